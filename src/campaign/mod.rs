//! Campaign content: `booklets/<id>/campaign.toml` read, checked and turned into a [`Campaign`].

pub mod markdown;
pub mod model;
pub mod raw;
pub mod validate;

use std::path::Path;

pub use model::*;

use crate::diag::{Diagnostic, SourceFile};
use crate::tomlfile;

/// The file every campaign folder holds.
pub const CAMPAIGN_FILE: &str = "campaign.toml";

/// Loads and validates the campaign in `dir`, the real path of its folder (see
/// [`Project::campaign_dir`](crate::project::Project::campaign_dir)). `shown_as` is the path
/// used in diagnostics.
pub fn load(id: &str, dir: &Path, shown_as: &Path, diagnostics: &mut Vec<Diagnostic>) -> Option<Campaign> {
    let path = dir.join(CAMPAIGN_FILE);
    let shown = shown_as.join(CAMPAIGN_FILE);
    let text = match crate::project::read_text_within(&path, dir, &shown) {
        Ok(text) => text,
        Err(diagnostic) => {
            diagnostics.push(diagnostic);
            return None;
        }
    };
    load_text(id, dir, &SourceFile::new(shown, text), diagnostics)
}

/// Checks the text of a `campaign.toml` that belongs to the campaign folder `dir`: what [`load`]
/// does once the file is read. Public so that the fuzz targets and tests can hand it any text.
pub fn load_text(id: &str, dir: &Path, file: &SourceFile, diagnostics: &mut Vec<Diagnostic>) -> Option<Campaign> {
    let errors_before = count_errors(diagnostics);
    let first_new = diagnostics.len();
    let raw = tomlfile::load::<raw::RawCampaignFile>(file, diagnostics)?;
    // Meaning is checked even after key errors, so that one run shows every problem; the
    // campaign is usable only when the file had no errors at all.
    let campaign = validate::validate(id, dir, file, raw, diagnostics);
    diagnostics[first_new..].sort_by_key(|d| d.location.as_ref().map(|at| (at.line, at.column)));
    campaign.filter(|_| count_errors(diagnostics) == errors_before)
}

fn count_errors(diagnostics: &[Diagnostic]) -> usize {
    diagnostics.iter().filter(|d| d.is_error()).count()
}
