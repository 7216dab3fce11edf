//! A save from the editor: refused when the file changed on disk since the form was opened,
//! checked by the same loading and validation as the CLI, written atomically only when the
//! check finds no error. Diagnostics are placed at the field they are about.

use std::collections::BTreeMap;

use sha2::{Digest, Sha256};
use toml_edit::DocumentMut;

use crate::campaign::{self, CAMPAIGN_FILE};
use crate::diag::{Diagnostic, Diagnostics, Severity, SourceFile};
use crate::fsutil::{self, io_problem};
use crate::msg;
use crate::project::Project;
use crate::studio::form::{self, Posted};

/// What became of a save.
pub enum Saved {
    /// Written; the warnings the check found, by field.
    Written(Placed),
    /// The file on disk is no longer the one the form was opened from: the fields whose text
    /// changed there, with their text now.
    Conflict(Vec<(String, String)>),
    /// Errors: nothing written.
    Invalid(Placed),
}

/// Diagnostics by the field they are about (`section.2.kk.title`), by block (`section.2`) when
/// no field holds them, and the rest.
#[derive(Default)]
pub struct Placed {
    pub at: BTreeMap<String, Vec<Diagnostic>>,
    pub other: Vec<Diagnostic>,
}

/// The SHA-256 of a file's bytes, in hex: what the form carries to tell a changed file.
pub fn hash(bytes: &[u8]) -> String {
    Sha256::digest(bytes).iter().map(|b| format!("{b:02x}")).collect()
}

/// Saves the posted form of campaign `id`. `opened` is the hash of the file the form showed and
/// `original` its text. An error that is not about the form (the file unreadable) comes back
/// as a diagnostic.
pub fn save(project: &Project, id: &str, fields: &Posted, opened: &str, original: &str) -> Result<Saved, Diagnostic> {
    let folder = project.campaign_dir(id)?;
    let path = folder.real.join(CAMPAIGN_FILE);
    let shown = folder.shown.join(CAMPAIGN_FILE);
    let on_disk = folder.read_text(CAMPAIGN_FILE)?;
    if hash(on_disk.as_bytes()) != opened {
        return Ok(Saved::Conflict(changes(original, &on_disk)));
    }
    let mut doc: DocumentMut = on_disk.parse().map_err(|_| {
        // The loader words a broken file best.
        let mut diagnostics = Diagnostics::new();
        campaign::load_text(id, &folder.real, &SourceFile::new(&shown, on_disk.clone()), &mut diagnostics);
        diagnostics.iter().next().cloned().unwrap_or_else(|| Diagnostic::file_error(&shown, msg!("studio-file-broken")))
    })?;
    form::apply(&mut doc, fields);
    let text = doc.to_string();
    let mut diagnostics = Diagnostics::new();
    campaign::load_text(id, &folder.real, &SourceFile::new(&shown, text.clone()), &mut diagnostics);
    let placed = place(&text, diagnostics.iter().cloned());
    if diagnostics.has_errors() {
        return Ok(Saved::Invalid(placed));
    }
    fsutil::write_atomically(&path, text.as_bytes())
        .map_err(|error| Diagnostic::file_error(&shown, msg!("studio-cannot-write", reason = io_problem(&error))))?;
    Ok(Saved::Written(placed))
}

/// The editor's fields whose text differs between the two versions of the file.
fn changes(original: &str, now: &str) -> Vec<(String, String)> {
    let (Ok(before), Ok(after)) = (original.parse::<DocumentMut>(), now.parse::<DocumentMut>()) else {
        return Vec::new();
    };
    let sections = form::count(before.as_item(), "section").max(form::count(after.as_item(), "section"));
    let quotes = form::count(before.as_item(), "quote").max(form::count(after.as_item(), "quote"));
    form::names(sections, quotes)
        .into_iter()
        .filter_map(|name| {
            let then = form::text_at(&before, &name);
            let now = form::text_at(&after, &name);
            (then != now).then_some((name, now))
        })
        .collect()
}

/// Each diagnostic at the field whose value holds its line, or at the block (`[cover]`,
/// `[[section]]`…) it falls in.
pub fn place(text: &str, diagnostics: impl Iterator<Item = Diagnostic>) -> Placed {
    let mut placed = Placed::default();
    let Ok(doc) = toml_edit::Document::parse(text) else {
        placed.other.extend(diagnostics);
        return placed;
    };
    let line_of = |offset: usize| text[..offset.min(text.len())].matches('\n').count() + 1;
    let sections = form::count(doc.as_item(), "section");
    let quotes = form::count(doc.as_item(), "quote");
    let fields: Vec<(String, usize, usize)> = form::names(sections, quotes)
        .into_iter()
        .filter_map(|name| {
            let span = form::item_at(doc.as_item(), &name)?.span()?;
            Some((name, line_of(span.start), line_of(span.end)))
        })
        .collect();
    let mut blocks: Vec<(usize, String)> = ["campaign", "booklet", "cover", "back"]
        .into_iter()
        .map(str::to_string)
        .chain((0..sections).map(|i| format!("section.{i}")))
        .chain((0..quotes).map(|i| format!("quote.{i}")))
        .chain(["cover.kk", "cover.ru"].map(str::to_string))
        .chain((0..sections).flat_map(|i| [format!("section.{i}.kk"), format!("section.{i}.ru")]))
        .filter_map(|name| {
            let table = form::item_at(doc.as_item(), &name)?.as_table()?;
            Some((line_of(table.span()?.start), name))
        })
        .collect();
    blocks.sort();
    for diagnostic in diagnostics {
        let Some(line) = diagnostic.location.as_ref().map(|at| at.line) else {
            placed.other.push(diagnostic);
            continue;
        };
        let at_field = fields.iter().find(|(_, start, end)| (*start..=*end).contains(&line)).map(|(name, ..)| name);
        let in_block = blocks.iter().rev().find(|(start, _)| *start <= line).map(|(_, name)| block_of(name));
        match at_field.cloned().or(in_block.filter(|b| b != "campaign" && b != "booklet")) {
            Some(key) => placed.at.entry(key).or_default().push(diagnostic),
            None => placed.other.push(diagnostic),
        }
    }
    placed
}

/// `section.2.kk` → `section.2`: problems of a language's table show at its block.
fn block_of(table: &str) -> String {
    table.strip_suffix(".kk").or_else(|| table.strip_suffix(".ru")).unwrap_or(table).to_string()
}

/// True when a diagnostic is an error, for the page's colours.
pub fn is_error(diagnostic: &Diagnostic) -> bool {
    diagnostic.severity == Severity::Error
}
