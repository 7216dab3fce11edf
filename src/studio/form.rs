//! The editor's fields, named by where they live in `campaign.toml` (`cover.kk.title`,
//! `section.2.ru.text`, `back.link`), read from the file and written back into it with
//! toml_edit: a value the form did not change is not touched, so its comments and layout stay
//! byte for byte.

use toml_edit::{ArrayOfTables, DocumentMut, Item, Table, Value};

use crate::lang::Lang;

/// The languages edited side by side.
pub const LANGS: [Lang; 2] = [Lang::Kk, Lang::Ru];

/// One kind of text in a block, and whether it is a long Markdown text.
#[derive(Clone, Copy)]
pub struct Text {
    pub key: &'static str,
    pub long: bool,
}

pub const COVER_TEXTS: [Text; 3] =
    [Text { key: "title", long: false }, Text { key: "subtitle", long: true }, Text { key: "alt", long: false }];
pub const SECTION_TEXTS: [Text; 4] = [
    Text { key: "title", long: false },
    Text { key: "text", long: true },
    Text { key: "caption", long: false },
    Text { key: "alt", long: false },
];
pub const QUOTE_TEXTS: [Text; 2] = [Text { key: "text", long: true }, Text { key: "who", long: false }];

/// The values a form posted, in order, without the CSRF token and the hidden fields.
pub type Posted = Vec<(String, String)>;

pub fn field<'a>(fields: &'a [(String, String)], name: &str) -> Option<&'a str> {
    fields.iter().find(|(key, _)| key == name).map(|(_, value)| value.as_str())
}

/// Sets a field of a posted form, adding it when the form had none.
pub fn set_field(fields: &mut Posted, name: &str, value: &str) {
    match fields.iter_mut().find(|(key, _)| key == name) {
        Some((_, old)) => *old = value.to_string(),
        None => fields.push((name.to_string(), value.to_string())),
    }
}

/// The campaign's own texts, in each language (English for the donor report): `[campaign]
/// district = { kk, ru, en }`.
pub const CAMPAIGN_TEXTS: [&str; 2] = ["district", "topic"];

/// The booklet's settings the editor offers as a choice: `[booklet] format` and `bilingual`.
pub const BOOKLET_CHOICES: [&str; 2] = ["format", "bilingual"];

/// Every field name the editor shows for a file with `sections` sections and `quotes` quotes.
pub fn names(sections: usize, quotes: usize) -> Vec<String> {
    let mut names: Vec<String> =
        CAMPAIGN_TEXTS.iter().flat_map(|key| ["kk", "ru", "en"].map(|lang| format!("campaign.{key}.{lang}"))).collect();
    names.extend(BOOKLET_CHOICES.iter().map(|key| format!("booklet.{key}")));
    names.push("cover.image".to_string());
    names.extend(LANGS.iter().flat_map(|l| COVER_TEXTS.iter().map(move |t| format!("cover.{}.{}", l.code(), t.key))));
    for i in 0..sections {
        names.push(format!("section.{i}.image"));
        names.extend(
            LANGS.iter().flat_map(|l| SECTION_TEXTS.iter().map(move |t| format!("section.{i}.{}.{}", l.code(), t.key))),
        );
    }
    for i in 0..quotes {
        names.extend(
            LANGS.iter().flat_map(|l| QUOTE_TEXTS.iter().map(move |t| format!("quote.{i}.{}.{}", l.code(), t.key))),
        );
    }
    names.push("back.link".to_string());
    names
}

pub fn count(root: &Item, key: &str) -> usize {
    root.get(key).and_then(Item::as_array_of_tables).map_or(0, ArrayOfTables::len)
}

/// The item at a dotted field name.
pub fn item_at<'a>(root: &'a Item, name: &str) -> Option<&'a Item> {
    name.split('.').try_fold(root, |item, part| match part.parse::<usize>() {
        Ok(index) => item.get(index),
        Err(_) => item.get(part),
    })
}

/// The text at a field name; empty when the file has none.
pub fn text_at(doc: &DocumentMut, name: &str) -> String {
    item_at(doc.as_item(), name).and_then(Item::as_str).unwrap_or("").to_string()
}

/// The fields of a file as the editor shows them, with each section's place in the file.
pub fn read(doc: &DocumentMut) -> Posted {
    let sections = count(doc.as_item(), "section");
    let mut fields: Posted =
        names(sections, count(doc.as_item(), "quote")).into_iter().map(|n| (n.clone(), text_at(doc, &n))).collect();
    fields.extend((0..sections).map(|i| (format!("section.{i}.from"), i.to_string())));
    for (i, after) in layout(doc).into_iter().enumerate() {
        fields.push((format!("quote.{i}.from"), i.to_string()));
        fields.push((format!("quote.{i}.after"), after.to_string()));
    }
    fields
}

/// The quotes a form posted, in its order: for each, the quote of the file it was (none for a new
/// one). A quote posted without its place in the file is the file's quote of that number. A form
/// of the editor posts every quote it shows, so no quote posted is every quote removed.
pub fn quote_order(fields: &[(String, String)]) -> Vec<Option<usize>> {
    let posted = |i: usize| fields.iter().any(|(key, _)| key.starts_with(&format!("quote.{i}.")));
    (0..)
        .take_while(|i| posted(*i))
        .map(|i| match field(fields, &format!("quote.{i}.from")) {
            Some(from) => from.parse().ok(),
            None => Some(i),
        })
        .collect()
}

/// The sections a form posted, in its order: for each, the section of the file it was (none for
/// a new one).
pub fn section_order(fields: &[(String, String)]) -> Vec<Option<usize>> {
    (0..).map_while(|i| field(fields, &format!("section.{i}.from"))).map(|from| from.parse().ok()).collect()
}

/// Writes the posted fields into `doc`: sections moved, added and removed as posted, then every
/// text that differs from the file set. Only the editor's own field names are read.
pub fn apply(doc: &mut DocumentMut, fields: &[(String, String)]) {
    let order = section_order(fields);
    let quote_order = quote_order(fields);
    let quotes = quote_order.len();
    let layout = quote_places(fields, quotes).unwrap_or_else(|| {
        let mut layout = layout(doc);
        layout.resize(quotes, order.len());
        layout
    });
    let same =
        |posted: &[Option<usize>], key: &str| posted == (0..count(doc.as_item(), key)).map(Some).collect::<Vec<_>>();
    if !same(&order, "section") || !same(&quote_order, "quote") || layout != self::layout(doc) {
        reorder_sections(doc, &order, &quote_order, &layout);
    }
    for name in names(order.len(), quotes) {
        let Some(posted) = field(fields, &name) else { continue };
        let posted = posted.replace("\r\n", "\n");
        if posted.trim().is_empty() {
            remove(doc, &name);
        } else if text_at(doc, &name) != posted {
            set(doc, &name, &posted);
        }
    }
}

/// For each quote, how many sections stand before it in the file.
pub fn layout(doc: &DocumentMut) -> Vec<usize> {
    let positions = |key: &str| -> Vec<isize> {
        doc.get(key)
            .and_then(Item::as_array_of_tables)
            .map(|tables| tables.iter().map(|t| t.position().unwrap_or(isize::MAX)).collect())
            .unwrap_or_default()
    };
    let sections = positions("section");
    positions("quote").iter().map(|quote| sections.iter().filter(|s| *s < quote).count()).collect()
}

/// The posted `quote.N.after` fields: how many sections the page shows before each quote.
fn quote_places(fields: &[(String, String)], quotes: usize) -> Option<Vec<usize>> {
    (0..quotes).map(|i| field(fields, &format!("quote.{i}.after"))?.parse().ok()).collect()
}

/// The `[[section]]` and `[[quote]]` tables in the posted orders, new ones empty, and the quotes
/// among the sections as `layout` places them. Every section and quote table is then numbered again where the first
/// of them stood, so that the file is written in that order; each keeps its comments.
fn reorder_sections(doc: &mut DocumentMut, order: &[Option<usize>], quote_order: &[Option<usize>], layout: &[usize]) {
    let tables_of = |doc: &DocumentMut, key: &str| -> Vec<Table> {
        doc.get(key).and_then(Item::as_array_of_tables).map(|a| a.iter().cloned().collect()).unwrap_or_default()
    };
    let old = tables_of(doc, "section");
    let old_quotes = tables_of(doc, "quote");
    let mut tables = all_tables(doc.as_table());
    tables.sort_by_key(|(position, _)| *position);
    let is_content = |path: &[Part]| matches!(path.first(), Some(Part::Key(k)) if k == "section" || k == "quote");
    let first_content = tables.iter().position(|(_, path)| is_content(path)).unwrap_or(tables.len());
    let others: Vec<Vec<Part>> = tables.into_iter().map(|(_, path)| path).filter(|p| !is_content(p)).collect();

    let mut sections = ArrayOfTables::new();
    for from in order {
        sections.push(from.and_then(|i| old.get(i).cloned()).unwrap_or_default());
    }
    if sections.is_empty() {
        doc.remove("section");
    } else {
        doc.insert("section", Item::ArrayOfTables(sections));
    }
    let mut quotes = ArrayOfTables::new();
    for from in quote_order {
        quotes.push(from.and_then(|i| old_quotes.get(i).cloned()).unwrap_or_default());
    }
    if quotes.is_empty() {
        doc.remove("quote");
    } else {
        doc.insert("quote", Item::ArrayOfTables(quotes));
    }
    // The content in reading order: each quote after as many sections as the page showed.
    let mut content = Vec::new();
    for section in 0..=order.len() {
        for (quote, _) in layout.iter().enumerate().filter(|(_, after)| (**after).min(order.len()) == section) {
            content.push(vec![Part::Key("quote".into()), Part::Index(quote)]);
        }
        if section < order.len() {
            content.push(vec![Part::Key("section".into()), Part::Index(section)]);
        }
    }
    let mut sequence: Vec<Vec<Part>> = others[..first_content.min(others.len())].to_vec();
    sequence.extend(content);
    sequence.extend(others[first_content.min(others.len())..].iter().cloned());
    let mut next = 1;
    for path in sequence {
        if let Some(table) = table_at(doc.as_table_mut(), &path) {
            number(table, &mut next);
        }
    }
}

/// A step of a path to a table: a key, or an element of an array of tables.
#[derive(Clone, Debug)]
enum Part {
    Key(String),
    Index(usize),
}

/// The top-level tables and the elements of arrays of tables, with their place in the file.
/// Sub-tables (`[cover.kk]`) follow their table when numbered.
fn all_tables(root: &Table) -> Vec<(isize, Vec<Part>)> {
    let mut found = Vec::new();
    for (key, item) in root {
        let place = |table: &Table| table.position().unwrap_or(isize::MAX);
        match item {
            Item::Table(table) => found.push((place(table), vec![Part::Key(key.to_string())])),
            Item::ArrayOfTables(array) => found.extend(
                array
                    .iter()
                    .enumerate()
                    .map(|(i, table)| (place(table), vec![Part::Key(key.to_string()), Part::Index(i)])),
            ),
            _ => {}
        }
    }
    found
}

fn table_at<'a>(root: &'a mut Table, path: &[Part]) -> Option<&'a mut Table> {
    match path {
        [Part::Key(key)] => root.get_mut(key)?.as_table_mut(),
        [Part::Key(key), Part::Index(index)] => root.get_mut(key)?.as_array_of_tables_mut()?.get_mut(*index),
        _ => None,
    }
}

/// Numbers a table and then its sub-tables in the order they stand.
fn number(table: &mut Table, next: &mut isize) {
    table.set_position(Some(*next));
    *next += 1;
    for (_, item) in table.iter_mut() {
        if let Item::Table(inner) = item {
            number(inner, next);
        }
    }
}

/// The table that holds a field, made when missing (`[section.ru]` for a first Russian text).
fn parent_mut<'a>(doc: &'a mut DocumentMut, name: &'a str) -> Option<(&'a mut Item, &'a str)> {
    let (path, last) = name.rsplit_once('.')?;
    let mut item = doc.as_item_mut();
    for part in path.split('.') {
        item = match part.parse::<usize>() {
            Ok(index) => item.get_mut(index)?,
            Err(_) => item.as_table_like_mut()?.entry(part).or_insert(Item::Table(Table::new())),
        };
    }
    Some((item, last))
}

pub fn set(doc: &mut DocumentMut, name: &str, text: &str) {
    let Some((parent, key)) = parent_mut(doc, name) else { return };
    let Some(table) = parent.as_table_like_mut() else { return };
    let slot = table.entry(key).or_insert(Item::None);
    let mut value = text_value(text);
    if let Some(old) = slot.as_value() {
        *value.decor_mut() = old.decor().clone();
    }
    *slot = Item::Value(value);
}

pub fn remove(doc: &mut DocumentMut, name: &str) {
    if item_at(doc.as_item(), name).is_none() {
        return;
    }
    if let Some((parent, key)) = parent_mut(doc, name)
        && let Some(table) = parent.as_table_like_mut()
    {
        table.remove(key);
    }
}

/// A text as TOML: a text of several lines as a `"""` block, as people write it by hand.
fn text_value(text: &str) -> Value {
    if !text.contains('\n') {
        return Value::from(text);
    }
    let mut escaped = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        match c {
            '\\' => escaped.push_str("\\\\"),
            '"' => escaped.push_str("\\\""),
            '\n' | '\t' => escaped.push(c),
            c if c.is_control() => escaped.push_str(&format!("\\u{:04X}", u32::from(c))),
            c => escaped.push(c),
        }
    }
    format!("\"\"\"\n{escaped}\"\"\"").parse().unwrap_or_else(|_| Value::from(text))
}

#[cfg(test)]
mod tests {
    use super::*;

    const FILE: &str = "# The campaign.\n[cover]\nimage = \"images/cover.svg\" # drawn by Aigerim\n[cover.kk]\ntitle = \"Бірінші\"\n\n# --- one\n[[section]]\n[section.kk]\ntitle = \"A\"\ntext = \"\"\"\nОне.\n\"\"\"\n\n# --- two\n[[section]]\n[section.kk]\ntitle = \"B\"\n\n[back]\nlink = \"https://example.org\"\n";

    fn file() -> DocumentMut {
        FILE.parse().unwrap()
    }

    #[test]
    fn the_form_as_read_changes_nothing() {
        let mut doc = file();
        apply(&mut doc, &read(&file()));
        assert_eq!(doc.to_string(), FILE);
    }

    #[test]
    fn one_changed_text_changes_one_line() {
        let mut fields = read(&file());
        fields.iter_mut().find(|(k, _)| k == "section.1.kk.title").unwrap().1 = "Екі".to_string();
        let mut doc = file();
        apply(&mut doc, &fields);
        assert_eq!(doc.to_string(), FILE.replace("title = \"B\"", "title = \"Екі\""));
    }

    #[test]
    fn a_long_text_is_written_as_a_block_and_reads_back_the_same() {
        let mut fields = read(&file());
        let text = "Бірінші жол.\n\n- **екі** \\ \"үш\"\n";
        fields.iter_mut().find(|(k, _)| k == "section.1.kk.text").unwrap().1 = text.replace('\n', "\r\n");
        let mut doc = file();
        apply(&mut doc, &fields);
        let written = doc.to_string();
        assert!(written.contains("text = \"\"\"\nБірінші жол."), "{written}");
        let back: DocumentMut = written.parse().unwrap();
        assert_eq!(text_at(&back, "section.1.kk.text"), text);
    }

    #[test]
    fn sections_swap_with_their_comments_and_a_new_one_is_added() {
        let mut fields: Posted = read(&file()).into_iter().filter(|(k, _)| !k.starts_with("section.")).collect();
        let section = |pos: usize, from: &str, title: &str| {
            vec![
                (format!("section.{pos}.from"), from.to_string()),
                (format!("section.{pos}.kk.title"), title.to_string()),
            ]
        };
        fields.extend(section(0, "1", "B"));
        fields.extend(section(1, "0", "A"));
        fields.extend(section(2, "", "Жаңа"));
        let mut doc = file();
        apply(&mut doc, &fields);
        let written = doc.to_string();
        let two = written.find("# --- two").unwrap();
        let one = written.find("# --- one").unwrap();
        let new = written.find("title = \"Жаңа\"").unwrap();
        assert!(two < one && one < new && new < written.find("[back]").unwrap(), "{written}");
        // The first section's text was not posted in this form: it stays as it was.
        assert!(written.contains("text = \"\"\"\nОне.\n\"\"\""), "{written}");
    }

    #[test]
    fn a_quote_is_added_and_another_removed_with_its_comments_kept() {
        let file = FILE.replace("\n[back]", "\n# --- said\n[[quote]]\n[quote.kk]\ntext = \"Сөз.\"\n\n[back]");
        let doc: DocumentMut = file.parse().unwrap();
        assert_eq!(quote_order(&read(&doc)), [Some(0)]);
        // A new quote after the first section, posted in the page's order: before the old one.
        let mut fields: Posted = read(&doc).into_iter().filter(|(k, _)| !k.starts_with("quote.")).collect();
        for (key, value) in [
            ("quote.0.from", ""),
            ("quote.0.after", "1"),
            ("quote.0.kk.text", "Жаңа сөз."),
            ("quote.1.from", "0"),
            ("quote.1.after", "2"),
            ("quote.1.kk.text", "Сөз."),
        ] {
            fields.push((key.to_string(), value.to_string()));
        }
        let mut added = doc.clone();
        apply(&mut added, &fields);
        let written = added.to_string();
        let new = written.find("text = \"Жаңа сөз.\"").unwrap();
        assert!(written.find("# --- one").unwrap() < new && new < written.find("# --- two").unwrap(), "{written}");
        assert!(written.contains("# --- said\n[[quote]]\n[quote.kk]\ntext = \"Сөз.\""), "{written}");
        // The old quote removed: its fields no longer posted, the new one now the first.
        let again = read(&added);
        let kept: Posted = again.into_iter().filter(|(k, _)| !k.starts_with("quote.1.")).collect();
        let mut removed = added.clone();
        apply(&mut removed, &kept);
        let written = removed.to_string();
        assert!(!written.contains("Сөз.\"") && !written.contains("# --- said"), "{written}");
        assert!(written.contains("Жаңа сөз."), "{written}");
        // No quote posted: none left.
        let none: Posted = read(&removed).into_iter().filter(|(k, _)| !k.starts_with("quote.")).collect();
        let mut empty = removed.clone();
        apply(&mut empty, &none);
        assert!(!empty.to_string().contains("[[quote]]"), "{empty}");
    }

    #[test]
    fn an_emptied_text_is_removed_and_a_section_can_go() {
        let mut fields: Posted = read(&file()).into_iter().filter(|(k, _)| !k.starts_with("section.1")).collect();
        fields.iter_mut().find(|(k, _)| k == "back.link").unwrap().1 = "  ".to_string();
        let mut doc = file();
        apply(&mut doc, &fields);
        let written = doc.to_string();
        assert!(!written.contains("# --- two") && !written.contains("link ="), "{written}");
        assert!(written.contains("# --- one"), "{written}");
    }
}
