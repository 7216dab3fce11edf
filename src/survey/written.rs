//! Which keys a TOML file has written in each of its tables, so that a key whose value was
//! already reported as wrong is not reported again as missing.
//!
//! The TOML loader reports a value of the wrong type at its place and then removes the key, so
//! that it can go on and report the file's other problems. The checks that follow would then
//! find the key missing and say so, contradicting the first diagnostic ("`after` has no `date`"
//! right after "`date` should be a date"). They ask [`WrittenKeys::has`] first.

use std::collections::{BTreeSet, HashMap};
use std::ops::Range;

use toml::de::{DeTable, DeValue};

/// The keys of every table of a file, by the table's span (the span serde gives a
/// `Spanned` table: from `{` to `}` for an inline table, the header for `[table]`).
#[derive(Debug, Default)]
pub struct WrittenKeys(HashMap<Range<usize>, BTreeSet<String>>);

impl WrittenKeys {
    /// The keys written in `text`, read the way the loader reads it.
    pub fn of(text: &str) -> WrittenKeys {
        let (root, _) = DeTable::parse_recoverable(text);
        let mut keys = WrittenKeys::default();
        let span = root.span();
        keys.table(span, root.get_ref());
        keys
    }

    /// True when the table at `table` has `key` written in it, whatever its value.
    pub fn has(&self, table: &Range<usize>, key: &str) -> bool {
        self.0.get(table).is_some_and(|keys| keys.contains(key))
    }

    fn table(&mut self, span: Range<usize>, table: &DeTable<'_>) {
        self.0.entry(span).or_default().extend(table.keys().map(|key| key.get_ref().to_string()));
        for value in table.values() {
            self.value(value.span(), value.get_ref());
        }
    }

    fn value(&mut self, span: Range<usize>, value: &DeValue<'_>) {
        match value {
            DeValue::Table(table) => self.table(span, table),
            DeValue::Array(items) => {
                for item in items {
                    self.value(item.span(), item.get_ref());
                }
            }
            _ => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn inline_and_header_tables_are_found_by_their_spans() {
        let text = "[[indicator]]\nid = 5\nafter = { date = \"25.01.2025\", aware = 3 }\n";
        let keys = WrittenKeys::of(text);
        let header = text.find("[[indicator]]").unwrap();
        assert!(keys.has(&(header..header + "[[indicator]]".len()), "id"));
        let inline = text.find('{').unwrap()..text.find('}').unwrap() + 1;
        assert!(keys.has(&inline, "date") && keys.has(&inline, "aware"));
        assert!(!keys.has(&inline, "respondents"));
    }

    #[test]
    fn a_value_that_is_not_valid_toml_still_leaves_its_key_written() {
        let text = "after = { date = 25.01.2025, aware = 3 }\n";
        let inline = text.find('{').unwrap()..text.find('}').unwrap() + 1;
        assert!(WrittenKeys::of(text).has(&inline, "date"));
    }
}
