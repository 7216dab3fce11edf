//! The example texts `kitapsha init` writes into `kitapsha.toml`, still there: every text
//! written wholly in square brackets, such as `"[Название организации]"`. The project builds
//! with them, so they are warnings, given by `kitapsha check` at the text's place.

use crate::diag::{Diagnostic, SourceFile};
use crate::msg;

/// A warning for each text of `file` that is still an example in square brackets.
pub fn placeholders(file: &SourceFile) -> Vec<Diagnostic> {
    let Ok(document) = toml_edit::Document::parse(file.text.as_str()) else { return Vec::new() };
    let mut found = Vec::new();
    walk_table(document.as_table(), "", &mut found);
    found
        .into_iter()
        .map(|(key, text, span)| {
            Diagnostic::warning(file, span, msg!("project-placeholder", key = key, text = text))
                .with_hint(msg!("project-placeholder-hint"))
        })
        .collect()
}

type Found = Vec<(String, String, std::ops::Range<usize>)>;

fn walk_table(table: &toml_edit::Table, prefix: &str, found: &mut Found) {
    for (key, item) in table.iter() {
        let path = joined(prefix, key);
        match item {
            toml_edit::Item::Value(value) => walk_value(value, &path, found),
            toml_edit::Item::Table(table) => walk_table(table, &path, found),
            toml_edit::Item::ArrayOfTables(array) => {
                for table in array.iter() {
                    walk_table(table, &path, found);
                }
            }
            toml_edit::Item::None => {}
        }
    }
}

fn walk_value(value: &toml_edit::Value, path: &str, found: &mut Found) {
    match value {
        toml_edit::Value::String(text) if is_placeholder(text.value()) => {
            if let Some(span) = value.span() {
                found.push((path.to_string(), text.value().clone(), span));
            }
        }
        toml_edit::Value::InlineTable(table) => {
            for (key, value) in table.iter() {
                walk_value(value, &joined(path, key), found);
            }
        }
        toml_edit::Value::Array(array) => array.iter().for_each(|value| walk_value(value, path, found)),
        _ => {}
    }
}

fn joined(prefix: &str, key: &str) -> String {
    if prefix.is_empty() { key.to_string() } else { format!("{prefix}.{key}") }
}

/// `[Название организации]`: brackets round the whole text, something inside them.
fn is_placeholder(text: &str) -> bool {
    let text = text.trim();
    text.len() > 2 && text.starts_with('[') && text.ends_with(']') && !text[1..text.len() - 1].contains(['[', ']'])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn texts_wholly_in_brackets_are_examples() {
        assert!(is_placeholder("[Название организации]"));
        assert!(is_placeholder(" [+7 (7xx) xxx xx xx] "));
        assert!(!is_placeholder("Центр [поддержки]"));
        assert!(!is_placeholder("[a] and [b]"));
        assert!(!is_placeholder("[]"));
    }

    #[test]
    fn each_example_is_found_at_its_place_with_its_key() {
        let text = "[organisation]\nname = { kk = \"Орталық\", ru = \"[Название]\" }\nphone = \"[+7]\"\n\
                    [[activity]]\ntitle = { en = \"[Title]\" }\n";
        let file = SourceFile::new("kitapsha.toml", text.to_string());
        let found: Vec<String> = placeholders(&file).iter().map(|d| d.render(crate::lang::Lang::En)).collect();
        assert_eq!(found.len(), 3, "{found:?}");
        assert!(found[0].contains("kitapsha.toml:2:") && found[0].contains("organisation.name.ru"), "{}", found[0]);
        assert!(found[1].contains("kitapsha.toml:3:") && found[1].contains("[+7]"), "{}", found[1]);
        assert!(found[2].contains("activity.title.en"), "{}", found[2]);
    }
}
