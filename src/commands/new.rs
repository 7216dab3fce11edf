//! `kitapsha new`: a campaign folder with a commented `campaign.toml` that builds at once;
//! `kitapsha init`: a project of one's own.

use std::path::{Path, PathBuf};

use crate::commands::outcome::Outcome;
use crate::date::Date;
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

/// Creates a project in `dir` (as the user typed it: `shown`), commented in `lang`.
pub fn init_project(dir: &Path, shown: &Path, lang: Lang) -> Outcome<PathBuf> {
    Outcome::of(|diagnostics| {
        scaffold::init_project(dir, shown, lang, Date::today(), diagnostics).map(|()| shown.to_path_buf())
    })
}
