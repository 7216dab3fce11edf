//! `kitapsha new ID`: a campaign folder with a commented `campaign.toml` that builds at once.

use std::path::{Path, PathBuf};

use crate::diag::{Diagnostic, Diagnostics};
use crate::fsutil;
use crate::fsutil::io_problem;
use crate::msg;
use crate::project::BOOKLETS_DIR;

const CAMPAIGN_TEMPLATE: &str = include_str!("scaffold/en/campaign.toml");
const COVER_IMAGE: &str = include_str!("scaffold/cover.svg");
const SURVEY_TEMPLATE: &str = include_str!("scaffold/en/survey.toml");

/// Creates `booklets/<id>/`. Returns the folder as the user sees it, or `None` after a
/// diagnostic.
pub fn new_campaign(root: &Path, id: &str, diagnostics: &mut Diagnostics) -> Option<PathBuf> {
    let shown = Path::new(BOOKLETS_DIR).join(id);
    if !is_valid_id(id) {
        diagnostics
            .push(Diagnostic::file_error(&shown, msg!("new-bad-id", id = id)).with_hint(msg!("new-bad-id-hint")));
        return None;
    }
    let dir = root.join(&shown);
    if dir.exists() {
        diagnostics.push(Diagnostic::file_error(&shown, msg!("new-exists")).with_hint(msg!("new-exists-hint")));
        return None;
    }
    let campaign = CAMPAIGN_TEMPLATE.replace("{ID}", id);
    let written = fsutil::write_atomically(&dir.join("images").join("cover.svg"), COVER_IMAGE.as_bytes())
        .and_then(|()| fsutil::write_atomically(&dir.join(crate::campaign::CAMPAIGN_FILE), campaign.as_bytes()))
        .and_then(|()| {
            let survey = SURVEY_TEMPLATE.replace("{ID}", id);
            fsutil::write_atomically(&dir.join(crate::survey::load::SURVEY_FILE), survey.as_bytes())
        });
    if let Err(error) = written {
        diagnostics.push(Diagnostic::file_error(&shown, msg!("new-cannot-create", reason = io_problem(&error))));
        return None;
    }
    Some(shown)
}

fn is_valid_id(id: &str) -> bool {
    id.len() <= 64
        && id.starts_with(|c: char| c.is_ascii_lowercase())
        && id.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
        && !id.ends_with('-')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_folder_safe() {
        assert!(is_valid_id("kegen-youth"));
        assert!(is_valid_id("a5"));
        for bad in ["", "Kegen", "../x", "5a", "a b", "кеген", "x-"] {
            assert!(!is_valid_id(bad), "{bad}");
        }
    }
}
