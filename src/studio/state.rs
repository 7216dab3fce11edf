//! What every request of the studio shares.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

use crate::cache::Key;
use crate::lang::Lang;
use crate::studio::guard;
use crate::watch::RenderedPages;

/// What every request shares: the project, the session's CSRF token and the page images.
pub struct Studio {
    pub(super) root: PathBuf,
    /// The interface language when the browser has not chosen one.
    pub(super) lang: Lang,
    /// The token every form carries: a page from another site cannot know it.
    pub(super) token: String,
    pub(super) previews: Mutex<HashMap<String, CampaignPreview>>,
    /// What the home page found of each campaign's booklet, with the fingerprint of the files
    /// it was found for: a campaign whose files are the same is not typeset again.
    pub(super) known: Mutex<HashMap<String, (Key, Known)>>,
}

/// The last rendered pages of one campaign.
#[derive(Default)]
pub(super) struct CampaignPreview {
    pub(super) rendered: RenderedPages,
    pub(super) pages: Vec<Arc<Vec<u8>>>,
    /// Counts rebuilds, so that image addresses change when the pages do.
    pub(super) version: u64,
}

/// What the home page found of a campaign's booklet: its pages and what loading and
/// typesetting it found, for the files it was made from.
#[derive(Clone)]
pub(super) struct Known {
    pub(super) pages: Option<usize>,
    pub(super) diagnostics: Vec<crate::diag::Diagnostic>,
}

pub type Shared = Arc<Studio>;

impl Studio {
    /// Fails only when the operating system gives no random bytes for the token.
    pub fn new(root: &Path, lang: Lang) -> std::io::Result<Shared> {
        let token = guard::new_token()?;
        Ok(Arc::new(Studio {
            root: root.to_path_buf(),
            lang,
            token,
            previews: Mutex::default(),
            known: Mutex::default(),
        }))
    }

    /// The CSRF token of this studio, for tests that post forms as the page does.
    pub fn token(&self) -> &str {
        &self.token
    }
}
