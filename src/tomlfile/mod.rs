//! Reading a TOML file into strict serde types while reporting every problem, not just the first.
//!
//! serde stops at the first error. To report them all, a failed deserialisation is turned into a
//! diagnostic, the offending key is removed from the parsed tree, and deserialisation runs again,
//! until it succeeds or fails in a way that removing a key cannot fix.

use std::ops::Range;

use serde::de::DeserializeOwned;
use toml::Spanned;
use toml::de::{DeTable, DeValue, ValueDeserializer};

use crate::diag::{Diagnostic, Diagnostics, SourceFile};
use crate::messages::{Arg, Message};
use crate::msg;

mod slips;

/// Stop retrying after this many problems in one file; the user fixes those first.
const MAX_PROBLEMS: usize = 50;

/// Parses `file` and deserialises it into `T`. Every problem becomes a diagnostic; `None` means
/// that the file could not be turned into a `T` at all.
pub fn load<T: DeserializeOwned>(file: &SourceFile, diagnostics: &mut Diagnostics) -> Option<T> {
    let (table, syntax_errors) = DeTable::parse_recoverable(&file.text);
    if !syntax_errors.is_empty() {
        report_syntax(file, &syntax_errors, diagnostics);
        return None;
    }
    let span = table.span();
    let root = Spanned::new(span, DeValue::Table(table.into_inner()));
    deserialize_reporting_all(file, root, diagnostics)
}

fn deserialize_reporting_all<'a, T: DeserializeOwned>(
    file: &SourceFile,
    mut root: Spanned<DeValue<'a>>,
    diagnostics: &mut Diagnostics,
) -> Option<T> {
    for _ in 0..MAX_PROBLEMS {
        let error = match T::deserialize(ValueDeserializer::from(root.clone())) {
            Ok(value) => return Some(value),
            Err(error) => error,
        };
        let span = error.span().unwrap_or(0..0);
        let rename = typo_correction(error.message());
        let removed = remove_entry_at(root.get_mut(), &span, &mut Vec::new(), rename.as_deref());
        diagnostics.push(describe(file, &error, &span, removed.as_ref()));
        // An error that no key can be removed to get past ends the search for more.
        removed.as_ref()?;
    }
    None
}

/// Marks an element of an array in a [`RemovedKey`]'s path, apart from keys.
const ARRAY_INDEX: char = '#';

/// The key that was removed to get past an error, and the tables it sat in.
struct RemovedKey {
    path: Vec<String>,
}

impl RemovedKey {
    fn key(&self) -> &str {
        self.path.last().map(String::as_str).unwrap_or("")
    }

    /// The table the key sat in, written the way the user wrote its header: `[cover.kk]`, and
    /// `[section.kk]` or `[[run]]` inside a list of tables (the line of the error says which).
    fn table(&self) -> Arg {
        let parents = &self.path[..self.path.len().saturating_sub(1)];
        let names: Vec<&str> =
            parents.iter().filter(|part| !part.starts_with(ARRAY_INDEX)).map(String::as_str).collect();
        let in_list = parents.last().is_some_and(|part| part.starts_with(ARRAY_INDEX));
        match (names.is_empty(), in_list) {
            (true, _) => Arg::from(msg!("toml-top-level")),
            (false, true) => Arg::Text(format!("[[{}]]", names.join("."))),
            (false, false) => Arg::Text(format!("[{}]", names.join("."))),
        }
    }
}

/// For an unknown key that is a clear typo of an expected one, the key it should have been.
fn typo_correction(message: &str) -> Option<String> {
    let rest = message.trim().strip_prefix("unknown field `")?;
    let (name, expected) = split_name(rest);
    did_you_mean(name, &expected)
}

/// Removes the innermost table entry whose key is at `span` or whose value holds it. When
/// `rename` is given and the table lacks that key, the entry is kept under that name instead,
/// so that a misspelt key is reported once and not again as a missing one.
///
/// Header tables (`[cover]`) have the span of their header only, so the whole tree is searched
/// rather than only the values whose span contains the error.
fn remove_entry_at(
    value: &mut DeValue<'_>,
    span: &Range<usize>,
    path: &mut Vec<String>,
    rename: Option<&str>,
) -> Option<RemovedKey> {
    match value {
        DeValue::Table(table) => {
            let mut hit = None;
            for (key, entry) in table.iter_mut() {
                path.push(key.get_ref().to_string());
                if let Some(inner) = remove_entry_at(entry.get_mut(), span, path, rename) {
                    return Some(inner);
                }
                if key.span() == *span || contains(&entry.span(), span) {
                    hit = Some((key.clone(), path.clone()));
                    path.pop();
                    break;
                }
                path.pop();
            }
            let (key, path) = hit?;
            let entry = table.remove(&key)?;
            if let Some(correct) = rename.filter(|name| !table.keys().any(|k| k.get_ref() == name)) {
                let renamed = Spanned::new(key.span(), toml::de::DeString::Owned(correct.to_string()));
                table.insert(renamed, entry);
            }
            Some(RemovedKey { path })
        }
        DeValue::Array(items) => {
            for (index, item) in items.iter_mut().enumerate() {
                path.push(format!("{ARRAY_INDEX}{}", index + 1));
                if let Some(inner) = remove_entry_at(item.get_mut(), span, path, rename) {
                    return Some(inner);
                }
                path.pop();
            }
            None
        }
        _ => None,
    }
}

fn contains(outer: &Range<usize>, inner: &Range<usize>) -> bool {
    outer.start <= inner.start && inner.end <= outer.end && !inner.is_empty()
}

/// Syntax errors, said as the slips they are where a slip explains them (one diagnostic for the
/// line, at its value), and at most [`MAX_PROBLEMS`] of them.
fn report_syntax(file: &SourceFile, errors: &[toml::de::Error], diagnostics: &mut Diagnostics) {
    // An unclosed text swallows the rest of the file: every later error follows from it.
    if let Some(slip) = slips::unclosed_text(&file.text) {
        diagnostics.push(Diagnostic::error(file, slip.span, slip.message).with_hint(slip.hint));
        return;
    }
    // One error a line, and none for the keys of a table given twice: they repeat with it.
    let line_starts: Vec<usize> = std::iter::once(0).chain(file.text.match_indices('\n').map(|(i, _)| i + 1)).collect();
    let mut lines_said = std::collections::HashSet::new();
    let mut repeated_table: Option<usize> = None;
    let mut to_say = Vec::new();
    for error in errors {
        let span = error.span().unwrap_or(0..0);
        let line = line_starts.partition_point(|&start| start <= span.start);
        if lines_said.contains(&line) {
            continue;
        }
        if is_duplicate(error) {
            if repeated_table.is_some_and(|header| in_same_table(&file.text, header, span.start)) {
                continue;
            }
            if file.text[..span.start].ends_with('[') {
                repeated_table = Some(span.start);
            }
        }
        lines_said.insert(line);
        to_say.push(error);
    }
    for error in to_say.iter().take(MAX_PROBLEMS) {
        let span = error.span().unwrap_or(0..0);
        diagnostics.push(match slips::on_line(&file.text, span.start) {
            Some(slip) => Diagnostic::error(file, slip.span, slip.message).with_hint(slip.hint),
            None => syntax_diagnostic(file, error),
        });
    }
    if to_say.len() > MAX_PROBLEMS {
        diagnostics.push(
            Diagnostic::file_error(&file.path, msg!("toml-more-errors", count = to_say.len() - MAX_PROBLEMS))
                .with_hint(msg!("toml-more-errors-hint")),
        );
    }
}

fn is_duplicate(error: &toml::de::Error) -> bool {
    error.message().trim().starts_with("duplicate key")
}

/// Whether `at` is in the table whose header is at `header`: no other header between them.
fn in_same_table(text: &str, header: usize, at: usize) -> bool {
    at > header && !text[header..at].lines().skip(1).any(|line| line.trim_start().starts_with('['))
}

fn syntax_diagnostic(file: &SourceFile, error: &toml::de::Error) -> Diagnostic {
    let span = error.span().unwrap_or(0..0);
    let detail = error.message().trim().trim_end_matches('.').to_string();
    // The toml crate stops at 80 levels of nesting, so that no file can overflow the stack.
    if detail.contains("recursion") {
        return Diagnostic::error(file, span, msg!("toml-too-deep")).with_hint(msg!("toml-too-deep-hint"));
    }
    if is_duplicate(error) {
        let key = file.text.get(span.clone()).unwrap_or("").trim_matches(['[', ']', '"', ' ']);
        return Diagnostic::error(file, span, msg!("toml-duplicate-key", key = key))
            .with_hint(msg!("toml-duplicate-key-hint"));
    }
    Diagnostic::error(file, span, msg!("toml-syntax", detail = lowercase_first(&detail)))
        .with_hint(msg!("toml-syntax-hint"))
}

/// Turns serde's findings into a message for people who are not programmers.
fn describe(
    file: &SourceFile,
    error: &toml::de::Error,
    span: &Range<usize>,
    removed: Option<&RemovedKey>,
) -> Diagnostic {
    let raw = error.message().trim();
    let table = removed.map_or_else(|| Arg::from(msg!("toml-this-table")), RemovedKey::table);
    if let Some(rest) = raw.strip_prefix("unknown field `") {
        let (name, expected) = split_name(rest);
        let takes = expected.join(", ");
        let hint = match (did_you_mean(name, &expected), cyrillic_letters(name)) {
            (Some(best), letters) if !letters.is_empty() => {
                msg!(
                    "toml-unknown-key-cyrillic-hint",
                    best = best,
                    letters = letters,
                    table = table.clone(),
                    takes = takes
                )
            }
            (Some(best), _) => msg!("toml-unknown-key-typo-hint", best = best, table = table.clone(), takes = takes),
            (None, _) if expected.is_empty() => msg!("toml-no-keys-hint", table = table.clone(), key = name),
            (None, _) => msg!("toml-unknown-key-hint", table = table.clone(), takes = takes),
        };
        return Diagnostic::error(file, span.clone(), msg!("toml-unknown-key", key = name, table = table))
            .with_hint(hint);
    }
    if let Some(rest) = raw.strip_prefix("unknown variant `") {
        let (value, expected) = split_name(rest);
        let key = removed.map_or("value", RemovedKey::key);
        let allowed = expected.join(", ");
        let hint = match did_you_mean(value, &expected) {
            Some(best) => msg!("toml-unknown-value-typo-hint", best = best, key = key, allowed = allowed),
            None => msg!("toml-unknown-value-hint", key = key, allowed = allowed),
        };
        return Diagnostic::error(file, span.clone(), msg!("toml-unknown-value", key = key, value = value))
            .with_hint(hint);
    }
    if let Some(field) = raw.strip_prefix("missing field `").and_then(|rest| rest.split('`').next()) {
        return Diagnostic::error(file, span.clone(), msg!("toml-missing-key", key = field))
            .with_hint(msg!("toml-missing-key-hint", key = field));
    }
    // A number past what any field holds: serde says `integer `…` as i128`, or an invalid value.
    let too_large = raw
        .strip_prefix("invalid value: integer `")
        .or_else(|| raw.strip_prefix("invalid type: integer `").filter(|rest| rest.contains("` as i128")))
        .filter(|rest| !rest.starts_with('-'));
    if let Some(rest) = too_large {
        let key = removed.map_or("", RemovedKey::key);
        let value = rest.split('`').next().unwrap_or("");
        return Diagnostic::error(file, span.clone(), msg!("toml-number-out-of-range", key = key, value = value))
            .with_hint(msg!("toml-extra-digits-hint"));
    }
    if let Some(rest) = raw.strip_prefix("invalid type: ") {
        let key = removed.map_or("", RemovedKey::key);
        let (found, expected) = rest.split_once(", expected ").unwrap_or((rest, ""));
        let kind = value_kind(expected);
        // `[activity]` written for `[[activity]]`: a list of tables wants double brackets.
        let hint = if found.starts_with("map") && kind == Arg::Text("list".to_string()) {
            msg!("toml-write-list-of-tables-hint", key = key)
        } else {
            type_hint(key, expected, found)
        };
        let found = found_value(found);
        let message = if key.is_empty() {
            msg!("toml-wrong-type-here", expected = kind.clone(), found = found)
        } else {
            msg!("toml-wrong-type", key = key, expected = kind.clone(), found = found)
        };
        return Diagnostic::error(file, span.clone(), message).with_hint(hint);
    }
    if let Some(rest) = raw.strip_prefix("duplicate field `") {
        let (name, _) = split_name(rest);
        return Diagnostic::error(file, span.clone(), msg!("toml-duplicate-key", key = name))
            .with_hint(msg!("toml-duplicate-key-hint"));
    }
    let key = removed.map_or("", RemovedKey::key);
    Diagnostic::error(file, span.clone(), msg!("toml-other", key = key, detail = lowercase_first(raw)))
        .with_hint(msg!("toml-other-hint"))
}

/// What serde expected, as a message: a text, a whole number, a number, a list, a date, yes or
/// no, a table.
fn value_kind(expected: &str) -> Arg {
    let kind = match expected {
        "i8" | "i16" | "i32" | "i64" | "u8" | "u16" | "u32" | "u64" | "usize" | "isize" => "whole-number",
        "f32" | "f64" => "number",
        e if e.contains("whole number") || e.contains("integer") => "whole-number",
        e if e.contains("number") => "number",
        e if e.contains("string") => "text",
        e if e.contains("sequence") => "list",
        e if e.contains("date") => "date",
        e if e.contains("bool") => "yes-no",
        e if e.contains("map") || e.contains("struct") => "table",
        _ => "other",
    };
    Arg::Text(kind.to_string())
}

/// What serde found ("integer `5`", "floating point `1.5`", "string \"x\""), as a kind and
/// the value written.
fn found_value(found: &str) -> Message {
    const KINDS: [(&str, &str); 8] = [
        ("integer", "whole-number"),
        ("floating point", "number"),
        ("float", "number"),
        ("string", "text"),
        ("sequence", "list"),
        ("boolean", "yes-no"),
        ("map", "table"),
        ("datetime", "date"),
    ];
    let (kind, value) = KINDS
        .iter()
        .find_map(|(prefix, kind)| found.strip_prefix(prefix).map(|value| (*kind, value)))
        .unwrap_or(("other", found));
    msg!("toml-found-value", kind = kind, value = value.trim().trim_matches(['`', '"']))
}

/// How to write a value of the kind expected, with an example that fits the key: the value
/// itself, rewritten, where what was typed can be read as one (`"25.01.2025"` for a date).
fn type_hint(key: &str, expected: &str, found: &str) -> Message {
    let key = if key.is_empty() { "key" } else { key };
    let typed_text = found.strip_prefix("string ").map(|text| text.trim().trim_matches('"'));
    match value_kind(expected) {
        Arg::Text(kind) if kind == "text" => msg!("toml-write-text-hint", key = key),
        Arg::Text(kind) if kind == "whole-number" => {
            let typed = typed_text.map(|text| text.replace([' ', '\u{a0}', '\u{202f}'], ""));
            match typed.filter(|digits| !digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit())) {
                Some(digits) => msg!("toml-write-whole-number-hint", key = key, example = digits),
                None => msg!("toml-write-whole-number-hint", key = key, example = example_number(key).to_string()),
            }
        }
        Arg::Text(kind) if kind == "number" => {
            let typed = typed_text.map(|text| text.replace(',', "."));
            match typed.filter(|number| number.parse::<f64>().is_ok()) {
                Some(number) => msg!("toml-write-number-hint", key = key, example = number),
                None => msg!("toml-write-number-hint", key = key, example = example_fraction(key)),
            }
        }
        Arg::Text(kind) if kind == "list" => msg!("toml-write-list-hint", key = key),
        Arg::Text(kind) if kind == "date" => {
            let example = typed_text.and_then(slips::date_written).unwrap_or_else(|| "2025-01-15".to_string());
            msg!("toml-write-date-hint", key = key, example = example)
        }
        _ => msg!("toml-other-hint"),
    }
}

/// A whole number that makes sense for the key, for a hint's example.
fn example_number(key: &str) -> u64 {
    match key {
        "pages" => 16,
        "copies" => 300,
        "cost" => 45_000,
        "respondents" => 120,
        "aware" => 41,
        "reached" => 70,
        "ink-limit" => 300,
        _ => 1,
    }
}

/// A number with a fraction that makes sense for the key, for a hint's example.
fn example_fraction(key: &str) -> &'static str {
    match key {
        "design-effect" => "1.7",
        "lat" => "44.81",
        "lon" => "76.27",
        "after" | "change" => "0.6",
        _ => "0.1",
    }
}

/// The Cyrillic letters of a key, which look Latin but are not (`titlе` with a Cyrillic е).
fn cyrillic_letters(key: &str) -> String {
    let mut letters: Vec<char> = key.chars().filter(|c| ('\u{400}'..='\u{4ff}').contains(c)).collect();
    letters.dedup();
    letters.into_iter().map(|c| format!("«{c}»")).collect::<Vec<_>>().join(", ")
}

/// Splits "name`, expected `a`, `b` or `c`" into the name and the expected names.
fn split_name(rest: &str) -> (&str, Vec<String>) {
    let (name, tail) = rest.split_once('`').unwrap_or((rest, ""));
    let expected = tail.split('`').skip(1).step_by(2).map(str::to_string).collect();
    (name, expected)
}

/// The expected name closest to what the user typed, if it is close enough to be a typo.
/// Cyrillic letters that look like Latin ones (`titlе`) count as those.
pub fn did_you_mean(typed: &str, expected: &[String]) -> Option<String> {
    let typed = slips::latin_lookalikes(&typed.to_lowercase());
    expected
        .iter()
        .map(|name| (strsim::normalized_damerau_levenshtein(&typed, name), name))
        .filter(|(score, _)| *score >= 0.6)
        .max_by(|a, b| a.0.total_cmp(&b.0))
        .map(|(_, name)| name.clone())
}

fn lowercase_first(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_lowercase().chain(chars).collect(),
        None => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde::Deserialize;

    // Serde fills the fields; the tests look at the diagnostics and at a few of them.
    #[allow(dead_code)]
    #[derive(Debug, Deserialize)]
    #[serde(deny_unknown_fields, rename_all = "kebab-case")]
    struct Config {
        cover: Option<Cover>,
        format: Option<Format>,
        #[serde(default)]
        section: Vec<Cover>,
    }

    #[allow(dead_code)]
    #[derive(Debug, Deserialize)]
    #[serde(deny_unknown_fields)]
    struct Cover {
        title: Option<String>,
        subtitle: Option<String>,
    }

    #[derive(Debug, Deserialize)]
    #[serde(rename_all = "kebab-case")]
    enum Format {
        A5,
        A4Trifold,
    }

    fn load_str(text: &str) -> (Option<Config>, Vec<String>) {
        let file = SourceFile::new("c.toml", text);
        let mut diagnostics = Diagnostics::new();
        let config = load::<Config>(&file, &mut diagnostics);
        (config, diagnostics.iter().map(std::string::ToString::to_string).collect())
    }

    #[test]
    fn every_unknown_key_is_reported_and_the_rest_still_loads() {
        let (config, messages) =
            load_str("[cover]\ntitel = \"A\"\nsubtitle = \"B\"\n\n[[section]]\ntitle = \"x\"\nsubtitel = \"y\"\n");
        let config = config.expect("loads after removing the misspelt keys");
        assert_eq!(config.cover.unwrap().subtitle.as_deref(), Some("B"));
        assert_eq!(messages.len(), 2, "{messages:?}");
        assert!(messages[0].starts_with("c.toml:2:1: error: unknown key `titel` in [cover]"), "{}", messages[0]);
        assert!(messages[0].contains("hint: did you mean `title`?"), "{}", messages[0]);
        assert!(messages[1].starts_with("c.toml:7:1: error: unknown key `subtitel` in [[section]]"), "{}", messages[1]);
    }

    #[test]
    fn unknown_enum_value_lists_the_allowed_ones() {
        let (_, messages) = load_str("format = \"a4-trifolt\"\n");
        assert!(
            messages[0].starts_with("c.toml:1:10: error: unknown `format` value \"a4-trifolt\""),
            "{}",
            messages[0]
        );
        assert!(
            messages[0].contains("did you mean \"a4-trifold\"? `format` is one of: a5, a4-trifold"),
            "{}",
            messages[0]
        );
    }

    #[test]
    fn wrong_type_names_the_key() {
        let (_, messages) = load_str("[cover]\ntitle = 5\n");
        assert!(
            messages[0]
                .starts_with("c.toml:2:9: error: `title` should be text in quotes, but it is the whole number `5`"),
            "{}",
            messages[0]
        );
    }

    #[test]
    fn ten_thousand_nested_arrays_or_tables_are_refused_without_overflowing_the_stack() {
        let depth = 10_000;
        let cases = [
            format!("format = {}{}\n", "[".repeat(depth), "]".repeat(depth)),
            format!("format = {}1{}\n", "{ a = ".repeat(depth), " }".repeat(depth)),
            format!("{} = 1\n", vec!["a"; depth].join(".")),
            format!("[{}]\n", vec!["a"; depth].join(".")),
        ];
        for text in cases {
            let (config, messages) = load_str(&text);
            assert!(config.is_none());
            assert!(!messages.is_empty() && messages.len() <= MAX_PROBLEMS + 1, "{}", messages.len());
            assert!(messages[0].starts_with("c.toml:1:"), "{}", messages[0]);
            assert!(messages[0].contains("this is not valid TOML"), "{}", messages[0]);
        }
        let (_, messages) = load_str(&format!("format = {}1{}\n", "[".repeat(depth), "]".repeat(depth)));
        assert!(
            messages[0].starts_with(
                "c.toml:1:90: error: this is not valid TOML: brackets are nested more than 80 levels deep"
            ),
            "{}",
            messages[0]
        );
    }

    #[test]
    fn a_flood_of_syntax_errors_is_cut_short() {
        let (_, messages) = load_str(&"=\n".repeat(100_000));
        assert_eq!(messages.len(), MAX_PROBLEMS + 1);
        assert!(messages[MAX_PROBLEMS].starts_with("c.toml: error: "), "{}", messages[MAX_PROBLEMS]);
        assert!(messages[MAX_PROBLEMS].contains("more syntax errors are not shown"), "{}", messages[MAX_PROBLEMS]);
    }

    #[test]
    fn syntax_errors_have_a_position() {
        let (config, messages) = load_str("[cover]\ntitle = \"unclosed\n");
        assert!(config.is_none());
        assert!(
            messages[0].starts_with("c.toml:2:9: error: the text in quotes is not closed on this line"),
            "{}",
            messages[0]
        );
        let (_, messages) = load_str("[cover]\ntitle = [1,\n");
        assert!(messages[0].starts_with("c.toml:2:12: error: this is not valid TOML: "), "{}", messages[0]);
    }
}
