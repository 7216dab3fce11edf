//! `booklets/<id>/print-runs.toml` on disk: read and checked, or appended to under a lock so
//! that no record is ever lost.
//!
//! A write is: lock, read the ledger afresh, check it, append one table with toml_edit (which
//! keeps every comment and hand edit), check the result, write it to a temporary file in the
//! same folder, sync, rename it over the ledger, unlock. A process killed at any point leaves
//! the old ledger or the new one, never a mixture, and a record is acknowledged only after the
//! rename.

use std::path::Path;

use toml_edit::{ArrayOfTables, DocumentMut, InlineTable, Item, Table, value};

use crate::date::Date;
use crate::diag::{Diagnostic, Diagnostics, SourceFile};
use crate::fsutil::{self, Folder};
use crate::lang::Lang;
use crate::ledger::lock;
use crate::ledger::model::{Entry, HandOut, Ledger, Shortfall, Void};
use crate::ledger::validate;
use crate::messages::{self, Message};
use crate::msg;
use crate::project::Project;

pub const LEDGER_FILE: &str = "print-runs.toml";

/// A ledger as read from disk.
#[derive(Debug, Clone)]
pub struct LedgerFile {
    /// The id of the campaign it belongs to.
    pub campaign: String,
    /// The text as it is on disk (empty when the file does not exist yet).
    pub source: SourceFile,
    pub ledger: Ledger,
}

/// Reads and checks a campaign's ledger; a missing file is an empty ledger. `None` after
/// diagnostics. Readers take no lock: a write replaces the file in one rename, so a reader sees
/// the old ledger or the new one.
pub fn read(folder: &Folder, campaign: &str, today: Date, diagnostics: &mut Diagnostics) -> Option<LedgerFile> {
    let source = read_source(folder, diagnostics)?;
    let ledger = validate::validate(&source, today, diagnostics)?;
    Some(LedgerFile { campaign: campaign.to_string(), source, ledger })
}

fn read_source(folder: &Folder, diagnostics: &mut Diagnostics) -> Option<SourceFile> {
    let shown = folder.shown.join(LEDGER_FILE);
    if !folder.real.join(LEDGER_FILE).exists() {
        return Some(SourceFile::new(shown, String::new()));
    }
    match folder.read_text(LEDGER_FILE) {
        Ok(text) => Some(SourceFile::new(shown, text)),
        Err(diagnostic) => {
            diagnostics.push(diagnostic);
            None
        }
    }
}

/// Adds `entry` to a campaign's ledger. The ledger is checked under the lock, and nothing is
/// written when it has errors or when a hand-out takes more copies than are in stock. Returns
/// the ledger as written.
pub fn append(
    project: &Project,
    campaign: &str,
    entry: &Entry,
    today: Date,
    diagnostics: &mut Diagnostics,
) -> Option<Ledger> {
    let lang = messages::choose(project.messages);
    change(project, campaign, today, diagnostics, |current, shown| {
        if let Some(shortfall) = current.ledger.shortfall(entry) {
            return Err(vec![shortfall_diagnostic(shown, entry, shortfall)]);
        }
        let text = appended(&current.source.text, campaign, entry, lang)
            .map_err(|message| vec![Diagnostic::file_error(shown, message)])?;
        Ok((text, current.ledger.with(entry.clone())))
    })
}

/// Changes a campaign's ledger: under its lock, reads and checks it afresh, asks `make` for the
/// new text and the ledger that text must read back as (or for the reasons to write nothing),
/// checks the new text reads back as that, and puts it in place in one rename. Returns the
/// ledger as written; `None` after diagnostics, with the file as it was.
pub fn change(
    project: &Project,
    campaign: &str,
    today: Date,
    diagnostics: &mut Diagnostics,
    make: impl FnOnce(&LedgerFile, &Path) -> Result<(String, Ledger), Vec<Diagnostic>>,
) -> Option<Ledger> {
    let campaign_folder = project.campaign_dir(campaign).map_err(|d| diagnostics.push(d)).ok()?;
    let folder = campaign_folder.real.as_path();
    let (path, shown) = (folder.join(LEDGER_FILE), campaign_folder.shown.join(LEDGER_FILE));
    let io_error = |message: Message| Diagnostic::file_error(&shown, message).with_hint(msg!("ledger-unchanged-hint"));

    let _lock = match lock::acquire(folder) {
        Ok(lock) => lock,
        Err(error) => {
            diagnostics.push(io_error(msg!("ledger-cannot-lock", reason = fsutil::io_problem(&error))));
            return None;
        }
    };
    remove_abandoned_temporaries(folder);

    let Some(current) = read(&campaign_folder, campaign, today, diagnostics) else {
        diagnostics
            .push(Diagnostic::file_error(&shown, msg!("ledger-has-errors")).with_hint(msg!("ledger-has-errors-hint")));
        return None;
    };
    if let Err(refusal) = writable(&path, &shown) {
        diagnostics.push(refusal);
        return None;
    }
    let (text, expected) = match make(&current, &shown) {
        Ok(change) => change,
        Err(refusals) => {
            refusals.into_iter().for_each(|refusal| diagnostics.push(refusal));
            return None;
        }
    };
    // The tool never writes a ledger it would refuse to read.
    let mut problems = Diagnostics::new();
    let written = validate::validate(&SourceFile::new(&shown, text.clone()), today, &mut problems);
    if written.as_ref().map(Ledger::without_spans) != Some(expected.without_spans()) {
        diagnostics.extend(problems);
        diagnostics.push(Diagnostic::file_error(&shown, msg!("ledger-not-read-back")));
        return None;
    }
    if let Err(error) = fsutil::write_atomically(&path, text.as_bytes()) {
        diagnostics.push(io_error(msg!("ledger-cannot-write", reason = fsutil::io_problem(&error))));
        return None;
    }
    written
}

/// A ledger marked read-only, or one that is a symbolic link, is not written. The permission bit
/// is checked here because the file system would not stop every user: root may write anything.
fn writable(path: &Path, shown: &Path) -> Result<(), Diagnostic> {
    let Ok(metadata) = std::fs::symlink_metadata(path) else { return Ok(()) };
    if metadata.file_type().is_symlink() {
        return Err(
            Diagnostic::file_error(shown, msg!("ledger-symbolic-link")).with_hint(msg!("ledger-symbolic-link-hint"))
        );
    }
    if metadata.permissions().readonly() {
        let hint = msg!("ledger-read-only-hint", path = shown.display().to_string());
        return Err(Diagnostic::file_error(shown, msg!("ledger-read-only")).with_hint(hint));
    }
    Ok(())
}

fn shortfall_diagnostic(shown: &Path, entry: &Entry, shortfall: Shortfall) -> Diagnostic {
    let Entry::HandOut(hand_out) = entry else { unreachable!("only hand-outs fall short") };
    let (message, hint) = shortfall_messages(hand_out, shortfall);
    Diagnostic::file_error(shown, message).with_hint(hint)
}

/// What to say when `hand_out` takes more copies than the stock has for it.
pub fn shortfall_messages(hand_out: &HandOut, shortfall: Shortfall) -> (Message, Message) {
    let (copies, date, stock) = (hand_out.copies, hand_out.date.to_string(), shortfall.in_stock);
    let message = if shortfall.available < shortfall.in_stock {
        let later = shortfall.in_stock - shortfall.available;
        msg!("ledger-shortfall-later", copies = copies, date = date, stock = stock, later = later)
    } else {
        msg!("ledger-shortfall", copies = copies, date = date, stock = stock)
    };
    (message, msg!("ledger-shortfall-hint", available = shortfall.available))
}

/// The ledger's text with `entry` appended as a new table at the end of the file. Everything
/// already in the file, comments and hand formatting included, stays as it was; a new ledger
/// starts with a comment in `lang`. Public for the round-trip property test; [`append`] is what
/// commands use.
pub fn appended(text: &str, campaign: &str, entry: &Entry, lang: Lang) -> Result<String, Message> {
    appended_all(text, campaign, std::slice::from_ref(entry), lang)
}

/// [`appended`] for several entries, written in their order.
pub fn appended_all(text: &str, campaign: &str, entries: &[Entry], lang: Lang) -> Result<String, Message> {
    let mut document: DocumentMut = if text.trim().is_empty() {
        new_ledger_header(campaign, lang).parse().expect("the header is a comment")
    } else {
        editable(text)?
    };
    for entry in entries {
        append_table(&mut document, entry)?;
    }
    Ok(document.to_string())
}

fn editable(text: &str) -> Result<DocumentMut, Message> {
    text.parse().map_err(|error: toml_edit::TomlError| msg!("ledger-cannot-edit", error = error.to_string()))
}

/// The ledger's text with `void = { date = …, reason = "…" }` added at the end of record
/// `number` (1-based, counting `[[run]]` and `[[hand-out]]` tables in file order). Everything
/// else stays as it was, byte for byte.
pub fn voided(text: &str, number: usize, void: &Void) -> Result<String, Message> {
    let mut document = editable(text)?;
    let mut tables: Vec<(isize, &'static str, usize)> = Vec::new();
    for key in ["run", "hand-out"] {
        let Some(item) = document.get(key) else { continue };
        let Some(array) = item.as_array_of_tables() else { return Err(msg!("ledger-not-a-list", key = key)) };
        for (index, table) in array.iter().enumerate() {
            tables.push((table.position().unwrap_or(0), key, index));
        }
    }
    tables.sort_by_key(|(position, _, _)| *position);
    let Some(&(_, key, index)) = number.checked_sub(1).and_then(|i| tables.get(i)) else {
        return Err(msg!("ledger-not-read-back"));
    };
    let table = document[key].as_array_of_tables_mut().and_then(|array| array.get_mut(index));
    let table = table.expect("the table was just found");
    let mut inline = InlineTable::new();
    inline.insert("date", toml_date(void.date).into());
    inline.insert("reason", void.reason.as_str().into());
    table.insert("void", value(inline));
    let mut new = document.to_string();
    // toml_edit ends the last line with a line break; a file that had none keeps having none,
    // unless the void itself is the new last line.
    let last_line = |text: &str| text.trim_end_matches('\n').rsplit('\n').next().unwrap_or("").to_string();
    if !text.ends_with('\n') && new.ends_with('\n') && last_line(&new) == last_line(text) {
        new.pop();
    }
    Ok(new)
}

/// Adds `entry` as a new table after everything in `document`.
fn append_table(document: &mut DocumentMut, entry: &Entry) -> Result<(), Message> {
    let (key, mut table) = match entry {
        Entry::Run(run) => {
            let mut table = Table::new();
            table.insert("date", value(toml_date(run.date)));
            table.insert("copies", value(run.copies as i64));
            if let Some(printer) = &run.printer {
                table.insert("printer", value(printer.as_str()));
            }
            if let Some(cost) = run.cost {
                table.insert("cost", value(cost as i64));
            }
            if let Some(edition) = &run.edition {
                table.insert("edition", value(edition.as_str()));
            }
            if let Some(kind) = run.kind {
                table.insert("kind", value(kind.name()));
            }
            ("run", table)
        }
        Entry::HandOut(hand_out) => {
            let mut table = Table::new();
            table.insert("date", value(toml_date(hand_out.date)));
            table.insert("copies", value(hand_out.copies as i64));
            table.insert("place", value(hand_out.place.as_str()));
            if let Some(by) = &hand_out.by {
                table.insert("by", value(by.as_str()));
            }
            ("hand-out", table)
        }
    };
    // Comments after the last record belong to the document's end; keep them where they stand,
    // above the new record, and separate records by a blank line.
    let trailing = document.trailing().as_str().unwrap_or("").to_string();
    document.set_trailing("");
    let before = if document.as_table().is_empty() && trailing.is_empty() { "" } else { "\n" };
    table.decor_mut().set_prefix(format!("{trailing}{before}"));
    table.set_position(Some(last_position(document) + 1));
    let item = document.entry(key).or_insert_with(|| Item::ArrayOfTables(ArrayOfTables::new()));
    let Some(array) = item.as_array_of_tables_mut() else {
        return Err(msg!("ledger-not-a-list", key = key));
    };
    array.push(table);
    Ok(())
}

/// The comment a new ledger starts with: what the file is, a `#` before each line.
fn new_ledger_header(campaign: &str, lang: Lang) -> String {
    let text = msg!("ledger-file-header", campaign = campaign).render(lang);
    text.lines().map(|line| format!("# {line}\n")).collect()
}

/// The position of the table written last, so that a new one goes after everything (a table
/// inside a record, such as a hand-written `[run.void]`, included).
fn last_position(document: &DocumentMut) -> isize {
    fn last_in(table: &Table) -> isize {
        let mut last = table.position().unwrap_or(0);
        for (_, item) in table.iter() {
            match item {
                Item::Table(inner) => last = last.max(last_in(inner)),
                Item::ArrayOfTables(array) => {
                    for inner in array.iter() {
                        last = last.max(last_in(inner));
                    }
                }
                _ => {}
            }
        }
        last
    }
    last_in(document.as_table())
}

fn toml_date(date: Date) -> toml_edit::Datetime {
    toml_edit::Datetime {
        date: Some(toml_edit::Date { year: date.year as u16, month: date.month, day: date.day }),
        time: None,
        offset: None,
    }
}

/// Temporary files of writes that were killed before their rename. Only a process holding the
/// lock writes them, so while we hold it, any that exist are abandoned.
fn remove_abandoned_temporaries(folder: &Path) {
    let Ok(entries) = std::fs::read_dir(folder) else { return };
    for entry in entries.filter_map(Result::ok) {
        let name = entry.file_name();
        let name = name.to_string_lossy();
        if name.starts_with(&format!(".{LEDGER_FILE}.")) && name.ends_with(".tmp") {
            let _ = std::fs::remove_file(entry.path());
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ledger::model::HandOut;

    fn hand_out(place: &str) -> Entry {
        Entry::HandOut(HandOut {
            date: Date::new(2025, 1, 20).unwrap(),
            copies: 12,
            place: place.to_string(),
            by: Some("волонтёр \"Айгүл\"".to_string()),
            span: 0..0,
        })
    }

    #[test]
    fn appends_after_everything_and_keeps_the_text_before_it() {
        let text = "# top comment\n[[run]]\ndate=2025-01-15   # hand edited\ncopies = 300\n\n\
                    [[hand-out]]\ndate = 2025-01-16\ncopies = 1\nplace = 'A'\n\n\
                    [[run]]\ndate = 2025-01-17\ncopies = 5\n# closing note\n";
        let new = appended(text, "kegen", &hand_out("Кеген"), Lang::En).unwrap();
        assert_eq!(
            new,
            format!(
                "{text}\n[[hand-out]]\ndate = 2025-01-20\ncopies = 12\nplace = \"Кеген\"\nby = 'волонтёр \"Айгүл\"'\n"
            )
        );
    }

    #[test]
    fn a_new_ledger_starts_with_a_comment() {
        let new = appended("", "kegen", &hand_out("Кеген"), Lang::En).unwrap();
        assert!(new.starts_with("# Print runs and hand-outs of the booklet booklets/kegen"), "{new}");
        let russian = appended("", "kegen", &hand_out("Кеген"), Lang::Ru).unwrap();
        assert!(russian.starts_with("# Тиражи и выдачи брошюры booklets/kegen"), "{russian}");
        assert!(new.contains("\n\n[[hand-out]]\ndate = 2025-01-20\n"), "{new}");
    }

    #[test]
    fn a_void_goes_at_the_end_of_its_table_and_nothing_else_moves() {
        let void = Void { date: Date::new(2025, 1, 21).unwrap(), reason: "entered \"twice\"".to_string() };
        let text = "[[run]]\ndate=2025-01-15 # typed\ncopies = 300\n\n# next\n[[hand-out]]\ndate = 2025-01-20\ncopies = 1\nplace = 'A'";
        let line = "void = { date = 2025-01-21, reason = 'entered \"twice\"' }\n";
        assert_eq!(voided(text, 1, &void).unwrap(), text.replace("copies = 300\n", &format!("copies = 300\n{line}")));
        // A file that ends without a line break gets one before the new line.
        assert_eq!(voided(text, 2, &void).unwrap(), format!("{text}\n{line}"));
    }
}
