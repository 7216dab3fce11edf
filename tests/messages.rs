//! The message catalogues (`src/messages/{kk,ru,en}.ftl`) are complete and correct: each has
//! the same messages in the same order, every message the code names is in them, every message in
//! them is used, and every message renders in every language with sample arguments, so that a
//! broken placeable or a missing plural form is caught here and not by a user.

mod common;

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use fluent_syntax::ast;
use kitapsha::lang::Lang;
use kitapsha::messages::{Arg, CATALOGUES, Message, Reader, STUDIO_ATTRIBUTE};

/// A message of a catalogue: its id, and the variables it uses, those a selector chooses by
/// (`{ $n -> … }`, which get a number) apart from the others.
struct Entry {
    id: String,
    variables: BTreeSet<String>,
    selectors: BTreeSet<String>,
    /// The names of its attributes: `studio` where the studio words it its own way.
    attributes: Vec<String>,
}

fn entries(text: &str) -> Vec<Entry> {
    let resource = fluent_syntax::parser::parse(text).unwrap_or_else(|(_, errors)| panic!("{errors:?}"));
    resource
        .body
        .iter()
        .filter_map(|entry| match entry {
            ast::Entry::Message(message) => {
                let mut entry = Entry {
                    id: message.id.name.to_string(),
                    variables: BTreeSet::new(),
                    selectors: BTreeSet::new(),
                    attributes: message.attributes.iter().map(|a| a.id.name.to_string()).collect(),
                };
                if let Some(pattern) = &message.value {
                    walk_pattern(pattern, &mut entry);
                }
                for attribute in &message.attributes {
                    walk_pattern(&attribute.value, &mut entry);
                }
                Some(entry)
            }
            _ => None,
        })
        .collect()
}

fn walk_pattern(pattern: &ast::Pattern<&str>, entry: &mut Entry) {
    for element in &pattern.elements {
        if let ast::PatternElement::Placeable { expression } = element {
            walk_expression(expression, entry);
        }
    }
}

fn walk_expression(expression: &ast::Expression<&str>, entry: &mut Entry) {
    match expression {
        ast::Expression::Select { selector, variants } => {
            if let ast::InlineExpression::VariableReference { id } = selector {
                entry.selectors.insert(id.name.to_string());
                entry.variables.insert(id.name.to_string());
            }
            for variant in variants {
                walk_pattern(&variant.value, entry);
            }
        }
        ast::Expression::Inline(ast::InlineExpression::VariableReference { id }) => {
            entry.variables.insert(id.name.to_string());
        }
        ast::Expression::Inline(ast::InlineExpression::Placeable { expression }) => walk_expression(expression, entry),
        ast::Expression::Inline(_) => {}
    }
}

fn catalogue(lang: Lang) -> Vec<Entry> {
    let text = CATALOGUES.iter().find(|(l, _)| *l == lang).unwrap().1;
    entries(text)
}

fn rust_files(dir: &Path) -> Vec<PathBuf> {
    common::files_under(dir).into_iter().filter(|path| path.extension().is_some_and(|e| e == "rs")).collect()
}

/// Every message id the code names: `msg!("id"…)`, `Message::new("id")` and, in the studio's
/// code and templates, `w.t("id")`.
fn ids_in_code() -> BTreeMap<String, PathBuf> {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = rust_files(&src);
    // The studio's page templates name their words as `w.t("id")`.
    files.extend(common::files_under(&src).into_iter().filter(|path| path.extension().is_some_and(|e| e == "html")));
    let mut ids = BTreeMap::new();
    for file in files {
        // Comments show examples, not uses.
        let text: String = std::fs::read_to_string(&file)
            .unwrap()
            .lines()
            .filter(|line| !line.trim_start().starts_with("//"))
            .map(|line| format!("{line}\n"))
            .collect();
        for opener in ["msg!(", "Message::new(", "w.t("] {
            for (at, _) in text.match_indices(opener) {
                let Some(rest) = text[at + opener.len()..].trim_start().strip_prefix('"') else { continue };
                let id = &rest[..rest.find('"').unwrap()];
                ids.insert(id.to_string(), file.clone());
            }
        }
    }
    // The help of every command and option is named from the command's own names.
    for id in kitapsha::cli::help_message_ids() {
        ids.insert(id, PathBuf::from("src/cli.rs"));
    }
    ids
}

#[test]
fn every_catalogue_has_the_same_messages_in_the_same_order() {
    let english: Vec<String> = catalogue(Lang::En).into_iter().map(|e| e.id).collect();
    for lang in [Lang::Kk, Lang::Ru] {
        let ids: Vec<String> = catalogue(lang).into_iter().map(|e| e.id).collect();
        let missing: Vec<&String> = english.iter().filter(|id| !ids.contains(id)).collect();
        let extra: Vec<&String> = ids.iter().filter(|id| !english.contains(id)).collect();
        assert!(missing.is_empty() && extra.is_empty(), "{}.ftl: missing {missing:?}, extra {extra:?}", lang.code());
        assert_eq!(ids, english, "{}.ftl has the messages of en.ftl in another order", lang.code());
    }
}

#[test]
fn the_studio_words_the_same_messages_in_every_catalogue() {
    let attributes = |lang| -> Vec<(String, Vec<String>)> {
        catalogue(lang).into_iter().filter(|e| !e.attributes.is_empty()).map(|e| (e.id, e.attributes)).collect()
    };
    let english = attributes(Lang::En);
    assert!(english.iter().all(|(_, names)| names == &[STUDIO_ATTRIBUTE]), "only .studio: {english:?}");
    for lang in [Lang::Kk, Lang::Ru] {
        assert_eq!(attributes(lang), english, "{}.ftl words other messages for the studio than en.ftl", lang.code());
    }
}

#[test]
fn every_message_the_code_names_is_in_the_catalogues() {
    let english: BTreeSet<String> = catalogue(Lang::En).into_iter().map(|e| e.id).collect();
    let missing: Vec<String> = ids_in_code()
        .into_iter()
        .filter(|(id, _)| !english.contains(id))
        .map(|(id, file)| format!("{id} ({})", file.display()))
        .collect();
    assert!(missing.is_empty(), "messages the code names but en.ftl lacks:\n{}", missing.join("\n"));
}

#[test]
fn every_message_in_the_catalogues_is_used_by_the_code() {
    let used = ids_in_code();
    let unused: Vec<String> =
        catalogue(Lang::En).into_iter().map(|e| e.id).filter(|id| !used.contains_key(id)).collect();
    assert!(unused.is_empty(), "messages no code uses:\n{}", unused.join("\n"));
}

#[test]
fn every_message_renders_in_every_language_with_sample_arguments() {
    let mut problems = Vec::new();
    for entry in catalogue(Lang::En) {
        let id: &'static str = Box::leak(entry.id.clone().into_boxed_str());
        for lang in Lang::ALL {
            let translated = catalogue(lang).into_iter().find(|e| e.id == entry.id).expect("the same ids (tested)");
            let invented: Vec<&String> = translated.variables.difference(&entry.variables).collect();
            if !invented.is_empty() {
                problems.push(format!("{id} in {}.ftl uses {invented:?}, which the code does not give", lang.code()));
            }
            // Numbers where any language chooses by them, text elsewhere; each plural form tried.
            let selectors: BTreeSet<&String> = Lang::ALL
                .iter()
                .flat_map(|&l| catalogue(l).into_iter().filter(|e| e.id == entry.id).flat_map(|e| e.selectors))
                .collect::<BTreeSet<String>>()
                .iter()
                .filter(|s| entry.variables.contains(*s))
                .map(|s| Box::leak(Box::new(s.clone())) as &String)
                .collect();
            for n in [0.0, 1.0, 2.0, 5.0, 21.0] {
                let mut message = Message::new(id);
                for variable in &entry.variables {
                    let name: &'static str = Box::leak(variable.clone().into_boxed_str());
                    let value =
                        if selectors.contains(variable) { Arg::Number(n) } else { Arg::Text(format!("<{name}>")) };
                    message = message.arg(name, value);
                }
                for reader in [Reader::CommandLine, Reader::Studio] {
                    match message.render_checked_for(lang, reader) {
                        Ok(text) if text.trim().is_empty() => {
                            problems.push(format!("{id} is empty in {}.ftl", lang.code()));
                        }
                        Ok(_) => {}
                        Err((_, errors)) => problems.push(format!("{id} in {}.ftl: {errors:?}", lang.code())),
                    }
                }
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// The fixed text of a message, in the pieces between its arguments: `unknown `{ $key }` value
/// "{ $value }"` is "unknown `", "` value \"" and "\"". A choice (`{ $n -> … }`) gives one such
/// list per variant (each with the pieces around the choice), so that a message made only of a
/// choice is pinned by what one of its variants says.
fn fixed_pieces(pattern: &ast::Pattern<&str>) -> Vec<Vec<String>> {
    let mut alternatives = vec![vec![String::new()]];
    for element in &pattern.elements {
        match element {
            ast::PatternElement::TextElement { value } => {
                for pieces in &mut alternatives {
                    let mut lines = value.split('\n');
                    pieces.last_mut().unwrap().push_str(lines.next().unwrap_or(""));
                    pieces.extend(lines.map(str::to_string));
                }
            }
            ast::PatternElement::Placeable {
                expression: ast::Expression::Inline(ast::InlineExpression::StringLiteral { value }),
            } => alternatives.iter_mut().for_each(|pieces| pieces.last_mut().unwrap().push_str(value)),
            ast::PatternElement::Placeable { expression: ast::Expression::Select { variants, .. } } => {
                let mut chosen = Vec::new();
                for pieces in &alternatives {
                    for variant in variants {
                        for variant_pieces in fixed_pieces(&variant.value) {
                            let mut joined = pieces.clone();
                            joined.push(String::new());
                            joined.extend(variant_pieces);
                            joined.push(String::new());
                            chosen.push(joined);
                        }
                    }
                }
                alternatives = chosen;
            }
            ast::PatternElement::Placeable { .. } => {
                alternatives.iter_mut().for_each(|pieces| pieces.push(String::new()));
            }
        }
    }
    let alternatives: Vec<Vec<String>> = alternatives
        .into_iter()
        .map(|pieces| pieces.into_iter().filter(|piece| !piece.trim().is_empty()).collect())
        .collect();
    // A variant with no text of its own (`[0] {""}`) pins nothing when another has some.
    if alternatives.iter().any(|pieces| !pieces.is_empty()) {
        alternatives.into_iter().filter(|pieces| !pieces.is_empty()).collect()
    } else {
        alternatives
    }
}

/// Whether `line` holds the pieces in their order.
fn holds_in_order(line: &str, pieces: &[String]) -> bool {
    let mut from = 0;
    pieces.iter().all(|piece| match line[from..].find(piece.as_str()) {
        Some(at) => {
            from += at + piece.len();
            true
        }
        None => false,
    })
}

/// Every line the tests expect: snapshots, fixtures' expected outputs and the strings in the
/// tests' code (Rust escapes undone), in `tests/` and in the unit tests of `src/`.
fn expected_lines() -> Vec<String> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = common::files_under(&root.join("tests"));
    files.extend(common::files_under(&root.join("src")));
    let mut lines = Vec::new();
    for file in files {
        let Some(extension) = file.extension().and_then(|e| e.to_str()) else { continue };
        if !matches!(extension, "snap" | "rs" | "txt") {
            continue;
        }
        let Ok(mut text) = std::fs::read_to_string(&file) else { continue };
        if file.starts_with(root.join("src")) {
            // Only the unit tests of the code: its messages are ids, not text.
            let Some(tests) = text.find("#[cfg(test)]") else { continue };
            text = text[tests..].to_string();
        }
        if extension == "rs" {
            text = text.replace("\\\"", "\"").replace("\\n", "\n").replace("\\u{a0}", "\u{a0}").replace("\\\\", "\\");
        }
        lines.extend(text.lines().map(str::to_string));
    }
    lines
}

#[test]
fn every_message_appears_in_an_expected_output() {
    let text = CATALOGUES.iter().find(|(l, _)| *l == Lang::En).unwrap().1;
    let resource = fluent_syntax::parser::parse(text).unwrap_or_else(|(_, errors)| panic!("{errors:?}"));
    let lines = expected_lines();
    let unpinned: BTreeSet<String> = resource
        .body
        .iter()
        .flat_map(|entry| match entry {
            // A message, and the studio's wording of it as `id.studio`: each pinned on its own.
            ast::Entry::Message(ast::Message { id, value: Some(pattern), attributes, .. }) => {
                std::iter::once((id.name.to_string(), fixed_pieces(pattern)))
                    .chain(attributes.iter().map(|a| (format!("{}.{}", id.name, a.id.name), fixed_pieces(&a.value))))
                    .collect()
            }
            _ => Vec::new(),
        })
        .filter(|(_, alternatives)| {
            !alternatives.iter().any(|pieces| lines.iter().any(|line| holds_in_order(line, pieces)))
        })
        .map(|(id, _)| id)
        .collect();
    // The list of those not pinned yet only shrinks: a new message comes with its test.
    let listed_text = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join(NOT_YET_PINNED)).unwrap();
    let listed: BTreeSet<String> =
        listed_text.lines().filter(|l| !l.is_empty() && !l.starts_with('#')).map(str::to_string).collect();
    let new: Vec<&String> = unpinned.difference(&listed).collect();
    let pinned_now: Vec<&String> = listed.difference(&unpinned).collect();
    assert!(
        new.is_empty() && pinned_now.is_empty(),
        "messages that appear in no snapshot or expected output, so that a change to them would go unseen: \
         {new:?}\nlisted in {NOT_YET_PINNED} but pinned now (remove them from the list): {pinned_now:?}"
    );
}

/// The messages no test pins yet, one id a line.
const NOT_YET_PINNED: &str = "tests/messages-not-yet-pinned.txt";
