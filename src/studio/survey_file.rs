//! `survey.toml` as the survey page reads and changes it, with toml_edit: the indicators it
//! has, what one round of one indicator says, and that round pointed at an export with the
//! answers sorted. Every other byte, comments included, stays as it was.

use toml_edit::{Array, DocumentMut, InlineTable, Item, Value};

use crate::messages::Message;
use crate::msg;

/// The keys of the lists an answer may be sorted into, in the order the page shows them.
pub const LISTS: [&str; 3] = ["aware-if", "not-aware-if", "missing-if"];

/// One round (`before` or `after`) of an indicator as written.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Written {
    pub date: Option<String>,
    pub column: Option<String>,
    /// The answers of each list of [`LISTS`].
    pub lists: [Vec<String>; 3],
}

/// A round counted from an export, as the page asks to write it.
pub struct ExportRound<'a> {
    pub date: &'a str,
    /// The export's path, relative to the campaign folder.
    pub file: &'a str,
    pub column: &'a str,
    pub lists: &'a [Vec<String>; 3],
}

/// The ids of the indicators, in file order; none when the text is no TOML.
pub fn indicator_ids(text: &str) -> Vec<String> {
    let Ok(document) = text.parse::<DocumentMut>() else { return Vec::new() };
    let Some(indicators) = document.get("indicator").and_then(Item::as_array_of_tables) else { return Vec::new() };
    indicators.iter().filter_map(|table| table.get("id")?.as_str().map(str::to_string)).collect()
}

/// What `round` of `indicator` says, or else the other round (its answers are usually sorted
/// the same way); `None` when the indicator is not in the file.
pub fn written(text: &str, indicator: &str, round: &str) -> Option<Written> {
    let document = text.parse::<DocumentMut>().ok()?;
    let table = find(&document, indicator)?;
    let other = if round == "before" { "after" } else { "before" };
    let read = |key: &str| -> Option<Written> {
        let sample = table.get(key)?;
        let text_of = |name: &str| sample.get(name).and_then(Item::as_value).map(shown_value);
        let list = |name: &str| -> Vec<String> {
            sample
                .get(name)
                .and_then(Item::as_array)
                .map(|array| array.iter().filter_map(|v| v.as_str().map(str::to_string)).collect())
                .unwrap_or_default()
        };
        Some(Written { date: text_of("date"), column: text_of("column"), lists: LISTS.map(list) })
    };
    let own = read(round).unwrap_or_default();
    let from_other = read(other).unwrap_or_default();
    let lists = if own.lists.iter().all(Vec::is_empty) { from_other.lists } else { own.lists };
    Some(Written { date: own.date, column: own.column.or(from_other.column), lists })
}

/// A date or text value as a person reads it.
fn shown_value(value: &Value) -> String {
    match value {
        Value::String(text) => text.value().clone(),
        other => other.to_string().trim().to_string(),
    }
}

fn find<'a>(document: &'a DocumentMut, indicator: &str) -> Option<&'a toml_edit::Table> {
    let indicators = document.get("indicator")?.as_array_of_tables()?;
    indicators.iter().find(|table| table.get("id").and_then(Item::as_str) == Some(indicator))
}

/// The text with `round` of `indicator` counted from an export. Refused when the indicator is
/// not in the file, or gives paired counts (the same people asked twice, which an export of one
/// round cannot give).
pub fn with_export(text: &str, indicator: &str, round: &str, export: &ExportRound) -> Result<String, Message> {
    let mut document = text.parse::<DocumentMut>().map_err(|_| msg!("studio-survey-file-broken"))?;
    let indicators = document
        .get_mut("indicator")
        .and_then(Item::as_array_of_tables_mut)
        .ok_or_else(|| msg!("studio-survey-no-indicator", indicator = indicator))?;
    let table = indicators
        .iter_mut()
        .find(|table| table.get("id").and_then(Item::as_str) == Some(indicator))
        .ok_or_else(|| msg!("studio-survey-no-indicator", indicator = indicator))?;
    if table.contains_key("paired") {
        return Err(msg!("studio-survey-paired", indicator = indicator));
    }
    let date: toml_edit::Datetime = export.date.parse().map_err(|_| msg!("studio-survey-date-bad"))?;
    let mut sample = InlineTable::new();
    sample.insert("date", Value::from(date));
    sample.insert("file", Value::from(export.file));
    sample.insert("column", Value::from(export.column));
    for (key, answers) in LISTS.iter().zip(export.lists) {
        // An empty `missing-if` says nothing: it is left out. The other two are always written.
        if *key == "missing-if" && answers.is_empty() {
            continue;
        }
        let list: Array = answers.iter().map(String::as_str).collect();
        sample.insert(*key, Value::Array(list));
    }
    match table.get_mut(round) {
        // The key keeps its place and its comments; only its value is new.
        Some(item) => {
            let mut value = Value::InlineTable(sample);
            if let Some(old) = item.as_value() {
                *value.decor_mut() = old.decor().clone();
            }
            *item = Item::Value(value);
        }
        None => {
            table.insert(round, Item::Value(Value::InlineTable(sample)));
        }
    }
    Ok(document.to_string())
}

/// A question as the survey page asks for it: its id, its words in each language, and what it
/// measures (optional; empty texts are left out).
pub struct NewQuestion<'a> {
    pub id: &'a str,
    pub question: [(&'a str, &'a str); 3],
    pub measure: [(&'a str, &'a str); 3],
}

/// The text with one more `[[indicator]]` at its end, with its id and words and no answers yet:
/// those come with the exports. It is written after everything else, comments included (a new
/// campaign's file is all comments), so that every byte before it stays as it was.
pub fn with_question(text: &str, new: &NewQuestion) -> Result<String, Message> {
    text.parse::<DocumentMut>().map_err(|_| msg!("studio-survey-file-broken"))?;
    let texts = |pairs: &[(&str, &str); 3]| -> InlineTable {
        pairs
            .iter()
            .filter(|(_, text)| !text.trim().is_empty())
            .map(|(lang, text)| (*lang, Value::from(text.trim())))
            .collect()
    };
    let mut table = toml_edit::Table::new();
    table.insert("id", Item::Value(Value::from(new.id.trim())));
    table.insert("question", Item::Value(Value::InlineTable(texts(&new.question))));
    let measure = texts(&new.measure);
    if !measure.is_empty() {
        table.insert("measure", Item::Value(Value::InlineTable(measure)));
    }
    let mut indicators = toml_edit::ArrayOfTables::new();
    indicators.push(table);
    let mut added = DocumentMut::new();
    added.insert("indicator", Item::ArrayOfTables(indicators));
    let separator = match text {
        "" => "",
        _ if text.ends_with("\n\n") => "",
        _ if text.ends_with('\n') => "\n",
        _ => "\n\n",
    };
    let whole = format!("{text}{separator}{added}");
    whole.parse::<DocumentMut>().map_err(|_| msg!("studio-survey-file-broken"))?;
    Ok(whole)
}

#[cfg(test)]
mod tests {
    use super::*;

    const FILE: &str = "# the survey\n[[indicator]]\nid = \"a\"\n# counted by hand\nbefore = { date = 2024-09-10, respondents = 120, aware = 41 } # old\nafter  = { date = 2025-01-25, csv = \"x.csv\", column = \"q3\", aware-if = [\"иә\"], not-aware-if = [\"жоқ\"] }\n\n[[indicator]]\nid = \"b\"\npaired = { both = 1 }\n";

    #[test]
    fn rounds_are_read_with_the_other_rounds_answers() {
        assert_eq!(indicator_ids(FILE), ["a", "b"]);
        let before = written(FILE, "a", "before").unwrap();
        assert_eq!(before.date.as_deref(), Some("2024-09-10"));
        assert_eq!(before.column.as_deref(), Some("q3"));
        assert_eq!(before.lists, [vec!["иә".to_string()], vec!["жоқ".to_string()], vec![]]);
        assert_eq!(written(FILE, "c", "before"), None);
    }

    #[test]
    fn a_round_is_replaced_and_every_comment_kept() {
        let lists = [vec!["иә".to_string()], vec!["жоқ".to_string()], vec!["—".to_string()]];
        let export = ExportRound { date: "2024-09-12", file: "surveys/a-before.csv", column: "q3", lists: &lists };
        let text = with_export(FILE, "a", "before", &export).unwrap();
        assert!(text.starts_with("# the survey\n[[indicator]]\nid = \"a\"\n# counted by hand\nbefore = { date = 2024-09-12, file = \"surveys/a-before.csv\", column = \"q3\", aware-if = [\"иә\"], not-aware-if = [\"жоқ\"], missing-if = [\"—\"] } # old\nafter  = "), "{text}");
        let refusal = |text: &str, indicator: &str, date: &str| {
            let export = ExportRound { date, ..ExportRound { file: "surveys/a.csv", ..export } };
            with_export(text, indicator, "before", &export).unwrap_err().render(crate::lang::Lang::En)
        };
        assert_eq!(
            refusal(FILE, "b", "2024-09-12"),
            "the indicator \"b\" gives paired counts (the same people asked twice); an export of one round cannot replace them"
        );
        assert_eq!(refusal(FILE, "c", "2024-09-12"), "survey.toml has no indicator with id = \"c\"");
        assert_eq!(refusal(FILE, "a", "12.09.2024"), "the date of the round is not a date; choose it in the calendar");
        assert_eq!(
            refusal("[[indicator]\n", "a", "2024-09-12"),
            "survey.toml cannot be read as TOML; correct it first (kitapsha check says where)"
        );
    }

    #[test]
    fn a_question_is_added_at_the_end_and_the_rest_kept() {
        let new = NewQuestion {
            id: "knows-hotline",
            question: [("kk", "Сенім телефонын білесіз бе?"), ("ru", "Знаете ли вы телефон доверия?"), ("en", "")],
            measure: [("kk", ""), ("ru", ""), ("en", "")],
        };
        let text = with_question(FILE, &new).unwrap();
        assert!(text.starts_with(FILE), "{text}");
        let added = &text[FILE.len()..];
        assert_eq!(
            added,
            "\n[[indicator]]\nid = \"knows-hotline\"\nquestion = { kk = \"Сенім телефонын білесіз бе?\", ru = \"Знаете ли вы телефон доверия?\" }\n"
        );
        assert_eq!(indicator_ids(&text), ["a", "b", "knows-hotline"]);
        let first = with_question("# only a comment\n", &new).unwrap();
        assert_eq!(indicator_ids(&first), ["knows-hotline"]);
        assert!(first.starts_with("# only a comment\n"), "{first}");
    }
}
