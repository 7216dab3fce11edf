//! `booklets/<id>/print-runs.toml` on disk: read and checked, or appended to under a lock so
//! that no record is ever lost.
//!
//! A write is: lock, read the ledger afresh, check it, append one table with toml_edit (which
//! keeps every comment and hand edit), check the result, write it to a temporary file in the
//! same folder, sync, rename it over the ledger, unlock. A process killed at any point leaves
//! the old ledger or the new one, never a mixture, and a record is acknowledged only after the
//! rename.

use std::path::Path;

use toml_edit::{ArrayOfTables, DocumentMut, Item, Table, value};

use crate::date::Date;
use crate::diag::{Diagnostic, Diagnostics, SourceFile};
use crate::fsutil::{self, Folder};
use crate::ledger::lock;
use crate::ledger::model::{Entry, Ledger, copies};
use crate::ledger::validate;
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
    let campaign_folder = project.campaign_dir(campaign).map_err(|d| diagnostics.push(d)).ok()?;
    let folder = campaign_folder.real.as_path();
    let (path, shown) = (folder.join(LEDGER_FILE), campaign_folder.shown.join(LEDGER_FILE));
    let io_error = |what: &str, error: std::io::Error| {
        Diagnostic::file_error(&shown, format!("nothing was recorded: cannot {what}: {}", fsutil::io_reason(&error)))
            .with_hint("the ledger is as it was; fix this, then run the command again")
    };

    let _lock = match lock::acquire(folder) {
        Ok(lock) => lock,
        Err(error) => {
            diagnostics.push(io_error("lock the ledger", error));
            return None;
        }
    };
    remove_abandoned_temporaries(folder);

    let Some(current) = read(&campaign_folder, campaign, today, diagnostics) else {
        diagnostics.push(
            Diagnostic::file_error(&shown, "nothing was recorded: the ledger has errors")
                .with_hint("fix the problems above, then run the command again"),
        );
        return None;
    };
    if let Err(refusal) = writable(&path, &shown) {
        diagnostics.push(refusal);
        return None;
    }
    if let Some(shortfall) = current.ledger.shortfall(entry) {
        diagnostics.push(shortfall_diagnostic(&shown, entry, shortfall));
        return None;
    }
    let text = match appended(&current.source.text, campaign, entry) {
        Ok(text) => text,
        Err(message) => {
            diagnostics.push(Diagnostic::file_error(&shown, message));
            return None;
        }
    };
    // The tool never writes a ledger it would refuse to read.
    let expected = current.ledger.with(entry.clone());
    let mut problems = Diagnostics::new();
    let written = validate::validate(&SourceFile::new(&shown, text.clone()), today, &mut problems);
    if written.as_ref().map(without_spans) != Some(without_spans(&expected)) {
        diagnostics.extend(problems);
        diagnostics.push(Diagnostic::file_error(
            &shown,
            "nothing was recorded: the new ledger did not read back as written (a bug in kitapsha)",
        ));
        return None;
    }
    if let Err(error) = fsutil::write_atomically(&path, text.as_bytes()) {
        diagnostics.push(io_error("write the ledger", error));
        return None;
    }
    written
}

/// A ledger marked read-only, or one that is a symbolic link, is not written. The permission bit
/// is checked here because the file system would not stop every user: root may write anything.
fn writable(path: &Path, shown: &Path) -> Result<(), Diagnostic> {
    let Ok(metadata) = std::fs::symlink_metadata(path) else { return Ok(()) };
    if metadata.file_type().is_symlink() {
        return Err(Diagnostic::file_error(shown, "nothing was recorded: the ledger is a symbolic link")
            .with_hint("kitapsha replaces the ledger on every write, which would turn the link into a file; put the file itself here"));
    }
    if metadata.permissions().readonly() {
        return Err(Diagnostic::file_error(shown, "nothing was recorded: the ledger is read-only")
            .with_hint(format!("if it should be changed, make it writable (chmod u+w {}, or untick Read-only in its Properties) and run the command again", shown.display())));
    }
    Ok(())
}

fn shortfall_diagnostic(shown: &Path, entry: &Entry, shortfall: crate::ledger::model::Shortfall) -> Diagnostic {
    let Entry::HandOut(hand_out) = entry else { unreachable!("only hand-outs fall short") };
    let mut message = format!(
        "cannot hand out {} on {}: the stock that day is {}",
        copies(hand_out.copies),
        hand_out.date,
        shortfall.in_stock
    );
    if shortfall.available < shortfall.in_stock {
        message.push_str(&format!(
            ", and hand-outs recorded after that day need {} of it",
            shortfall.in_stock - shortfall.available
        ));
    }
    Diagnostic::file_error(shown, message).with_hint(format!(
        "nothing was recorded; hand out at most {} on that day, or record the print run first with `kitapsha print-run`",
        copies(shortfall.available)
    ))
}

fn without_spans(ledger: &Ledger) -> Ledger {
    let mut ledger = ledger.clone();
    ledger.runs.iter_mut().for_each(|run| run.span = 0..0);
    ledger.hand_outs.iter_mut().for_each(|hand_out| hand_out.span = 0..0);
    ledger
}

/// The ledger's text with `entry` appended as a new table at the end of the file. Everything
/// already in the file, comments and hand formatting included, stays as it was. Public for the
/// round-trip property test; [`append`] is what commands use.
pub fn appended(text: &str, campaign: &str, entry: &Entry) -> Result<String, String> {
    let mut document: DocumentMut = if text.trim().is_empty() {
        new_ledger_header(campaign).parse().expect("the header is a comment")
    } else {
        text.parse().map_err(|error| format!("cannot edit the ledger: {error}"))?
    };
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
    table.set_position(Some(last_position(&document) + 1));
    let item = document.entry(key).or_insert_with(|| Item::ArrayOfTables(ArrayOfTables::new()));
    let Some(array) = item.as_array_of_tables_mut() else {
        return Err(format!("cannot edit the ledger: `{key}` is not a list of [[{key}]] tables"));
    };
    array.push(table);
    Ok(document.to_string())
}

fn new_ledger_header(campaign: &str) -> String {
    format!(
        "# Print runs and hand-outs of the booklet booklets/{campaign}, recorded by `kitapsha print-run`\n\
         # and `kitapsha hand-out`. Records may be corrected by hand; `kitapsha stock` checks them.\n"
    )
}

/// The position of the table written last, so that a new one goes after everything.
fn last_position(document: &DocumentMut) -> isize {
    let mut last = 0;
    for (_, item) in document.as_table().iter() {
        match item {
            Item::Table(table) => last = last.max(table.position().unwrap_or(0)),
            Item::ArrayOfTables(array) => {
                for table in array.iter() {
                    last = last.max(table.position().unwrap_or(0));
                }
            }
            _ => {}
        }
    }
    last
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
        let new = appended(text, "kegen", &hand_out("Кеген")).unwrap();
        assert_eq!(
            new,
            format!(
                "{text}\n[[hand-out]]\ndate = 2025-01-20\ncopies = 12\nplace = \"Кеген\"\nby = 'волонтёр \"Айгүл\"'\n"
            )
        );
    }

    #[test]
    fn a_new_ledger_starts_with_a_comment() {
        let new = appended("", "kegen", &hand_out("Кеген")).unwrap();
        assert!(new.starts_with("# Print runs and hand-outs of the booklet booklets/kegen"), "{new}");
        assert!(new.contains("\n\n[[hand-out]]\ndate = 2025-01-20\n"), "{new}");
    }
}
