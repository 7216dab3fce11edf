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

/// Stop retrying after this many problems in one file; the user fixes those first.
const MAX_PROBLEMS: usize = 50;

/// Parses `file` and deserialises it into `T`. Every problem becomes a diagnostic; `None` means
/// that the file could not be turned into a `T` at all.
pub fn load<T: DeserializeOwned>(file: &SourceFile, diagnostics: &mut Diagnostics) -> Option<T> {
    let (table, syntax_errors) = DeTable::parse_recoverable(&file.text);
    if !syntax_errors.is_empty() {
        let count = syntax_errors.len();
        for error in syntax_errors.iter().take(MAX_PROBLEMS) {
            diagnostics.push(syntax_diagnostic(file, error));
        }
        if count > MAX_PROBLEMS {
            diagnostics.push(
                Diagnostic::file_error(
                    &file.path,
                    format!("{} more syntax errors are not shown", count - MAX_PROBLEMS),
                )
                .with_hint("fix the errors above first; the rest often go with them"),
            );
        }
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

/// The key that was removed to get past an error, and the tables it sat in.
struct RemovedKey {
    path: Vec<String>,
}

impl RemovedKey {
    fn key(&self) -> &str {
        self.path.last().map(String::as_str).unwrap_or("")
    }

    /// The table the key sat in, written the way the user wrote its header: `[cover.kk]`.
    fn table(&self) -> String {
        let parents = &self.path[..self.path.len().saturating_sub(1)];
        if parents.is_empty() { "the top level".to_string() } else { format!("[{}]", parents.join(".")) }
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
                path.push((index + 1).to_string());
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

fn syntax_diagnostic(file: &SourceFile, error: &toml::de::Error) -> Diagnostic {
    let span = error.span().unwrap_or(0..0);
    let message = error.message().trim().trim_end_matches('.').to_string();
    // The toml crate stops at 80 levels of nesting, so that no file can overflow the stack.
    if message.contains("recursion") {
        return Diagnostic::error(file, span, "this is not valid TOML: brackets are nested more than 80 levels deep")
            .with_hint("kitapsha's files need two or three levels of [ ] or { } at most; look for brackets that are never closed");
    }
    Diagnostic::error(file, span, format!("this is not valid TOML: {}", lowercase_first(&message)))
        .with_hint("check quotes and brackets on this line; text goes in \"double quotes\" or \"\"\"triple quotes\"\"\" for several lines")
}

/// Turns serde's wording into a message for people who are not programmers.
fn describe(
    file: &SourceFile,
    error: &toml::de::Error,
    span: &Range<usize>,
    removed: Option<&RemovedKey>,
) -> Diagnostic {
    let raw = error.message().trim();
    let table = removed.map(RemovedKey::table).unwrap_or_else(|| "this table".to_string());
    if let Some(rest) = raw.strip_prefix("unknown field `") {
        let (name, expected) = split_name(rest);
        let hint = match did_you_mean(name, &expected) {
            Some(best) => format!("did you mean `{best}`? {table} takes: {}", expected.join(", ")),
            None if expected.is_empty() => format!("{table} takes no keys here; remove `{name}`"),
            None => format!("{table} takes: {}", expected.join(", ")),
        };
        return Diagnostic::error(file, span.clone(), format!("unknown key `{name}` in {table}")).with_hint(hint);
    }
    if let Some(rest) = raw.strip_prefix("unknown variant `") {
        let (value, expected) = split_name(rest);
        let key = removed.map(RemovedKey::key).unwrap_or("value");
        let hint = match did_you_mean(value, &expected) {
            Some(best) => format!("did you mean \"{best}\"? `{key}` is one of: {}", expected.join(", ")),
            None => format!("`{key}` is one of: {}", expected.join(", ")),
        };
        return Diagnostic::error(file, span.clone(), format!("unknown `{key}` value \"{value}\"")).with_hint(hint);
    }
    if let Some(field) = raw.strip_prefix("missing field `").and_then(|rest| rest.split('`').next()) {
        return Diagnostic::error(file, span.clone(), format!("`{field}` is missing here"))
            .with_hint(format!("add `{field} = …` to this table"));
    }
    if let Some(rest) = raw.strip_prefix("invalid type: ") {
        let key = removed.map(RemovedKey::key).unwrap_or("this value");
        let (found, expected) = rest.split_once(", expected ").unwrap_or((rest, "another type"));
        let expected = plain_type_name(expected);
        return Diagnostic::error(file, span.clone(), format!("`{key}` should be {expected}, but it is {found}"))
            .with_hint(type_hint(expected).replace("key = ", &format!("{key} = ")));
    }
    if let Some(rest) = raw.strip_prefix("duplicate field `") {
        let (name, _) = split_name(rest);
        return Diagnostic::error(file, span.clone(), format!("`{name}` is given twice")).with_hint("keep one of them");
    }
    let key = removed.map(|r| format!("`{}`: ", r.key())).unwrap_or_default();
    Diagnostic::error(file, span.clone(), format!("{key}{}", lowercase_first(raw)))
        .with_hint("see the commented example that `kitapsha new` writes")
}

/// Rust's names for numbers mean nothing to campaign staff.
fn plain_type_name(expected: &str) -> &str {
    match expected {
        "i8" | "i16" | "i32" | "i64" | "u8" | "u16" | "u32" | "u64" | "usize" | "isize" => "a whole number",
        "f32" | "f64" => "a number",
        other => other,
    }
}

fn type_hint(expected: &str) -> String {
    if expected.contains("string") {
        "put text in double quotes: key = \"text\"".to_string()
    } else if expected.contains("whole number") || expected.contains("integer") {
        "write a whole number without quotes: key = 300".to_string()
    } else if expected.contains("sequence") {
        "write a list in square brackets: key = [\"kk\", \"ru\"]".to_string()
    } else if expected.contains("date") {
        "write a date without quotes: key = 2025-01-15".to_string()
    } else {
        format!("write {expected}")
    }
}

/// Splits "name`, expected `a`, `b` or `c`" into the name and the expected names.
fn split_name(rest: &str) -> (&str, Vec<String>) {
    let (name, tail) = rest.split_once('`').unwrap_or((rest, ""));
    let expected = tail.split('`').skip(1).step_by(2).map(str::to_string).collect();
    (name, expected)
}

/// The expected name closest to what the user typed, if it is close enough to be a typo.
pub fn did_you_mean(typed: &str, expected: &[String]) -> Option<String> {
    expected
        .iter()
        .map(|name| (strsim::normalized_damerau_levenshtein(&typed.to_lowercase(), name), name))
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
        assert!(messages[1].starts_with("c.toml:7:1: error: unknown key `subtitel` in [section.1]"), "{}", messages[1]);
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
            messages[0].starts_with("c.toml:2:9: error: `title` should be a string, but it is integer `5`"),
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
            messages[0].starts_with("c.toml:2:18: error: this is not valid TOML: invalid basic string"),
            "{}",
            messages[0]
        );
    }
}
