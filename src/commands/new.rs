//! `kitapsha new`: a campaign folder with a commented `campaign.toml` that builds at once.

use std::path::{Path, PathBuf};

use crate::commands::outcome::Outcome;
use crate::lang::Lang;
use crate::scaffold;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Created {
    pub id: String,
    /// The new folder, relative to the project (`booklets/<id>`).
    pub folder: PathBuf,
}

/// Creates `booklets/<id>/` in the project at `root`, its templates commented in `lang`. The
/// project file need not be valid yet.
pub fn new_campaign(root: &Path, id: &str, lang: Lang) -> Outcome<Created> {
    Outcome::of(|diagnostics| {
        scaffold::new_campaign(root, id, lang, diagnostics).map(|folder| Created { id: id.to_string(), folder })
    })
}
