//! Campaign content: `booklets/<id>/campaign.toml` read, checked and turned into a [`Campaign`].

pub mod edition;
pub mod latin;
pub mod markdown;
pub mod model;
pub mod raw;
pub mod validate;

use std::path::Path;

pub use edition::Edition;
pub use model::*;

use crate::diag::{Diagnostics, SourceFile};
use crate::fsutil::Folder;
use crate::tomlfile;

/// The file every campaign folder holds.
pub const CAMPAIGN_FILE: &str = "campaign.toml";

/// Loads and validates the campaign `id` in `folder`.
pub fn load(id: &str, folder: &Folder, diagnostics: &mut Diagnostics) -> Option<Campaign> {
    let text = match folder.read_text(CAMPAIGN_FILE) {
        Ok(text) => text,
        Err(diagnostic) => {
            diagnostics.push(diagnostic);
            return None;
        }
    };
    load_text(id, &folder.real, &SourceFile::new(folder.shown.join(CAMPAIGN_FILE), text), diagnostics)
}

/// Checks the text of a `campaign.toml` that belongs to the campaign folder `dir`: what [`load`]
/// does once the file is read. Public so that the fuzz targets and tests can hand it any text.
pub fn load_text(id: &str, dir: &Path, file: &SourceFile, diagnostics: &mut Diagnostics) -> Option<Campaign> {
    let start = diagnostics.checkpoint();
    let raw = tomlfile::load::<raw::RawCampaignFile>(file, diagnostics)?;
    // Meaning is checked even after key errors, so that one run shows every problem; the
    // campaign is usable only when the file had no errors at all.
    let campaign = validate::validate(id, dir, file, &raw, diagnostics);
    diagnostics.since_mut(start).sort_by_key(|d| d.location.as_ref().map(|at| (at.line, at.column)));
    campaign.filter(|_| !diagnostics.failed_since(start))
}
