//! What every request of the studio shares.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use crate::cache::Key;
use crate::lang::Lang;
use crate::studio::attempts::Attempts;
use crate::studio::sessions::Sessions;
use crate::studio::tokens;
use crate::studio::uploads::Kept;
use crate::watch::RenderedPages;

/// What every request shares: the project, the CSRF token, the page images and, on the office
/// network, the sessions and the failed logins.
pub struct Studio {
    pub(super) root: PathBuf,
    /// The interface language when the browser has not chosen one.
    pub(super) lang: Lang,
    /// The token every form carries on 127.0.0.1 (and the login page's on the network): a page
    /// from another site cannot know it.
    pub(super) token: String,
    pub(super) previews: Mutex<HashMap<String, CampaignPreview>>,
    /// True for `--lan`: every page needs a login.
    pub(super) lan: bool,
    pub(super) sessions: Mutex<Sessions>,
    pub(super) attempts: Mutex<Attempts>,
    /// Held while the users page changes `users.toml`, so that two changes at once do not read
    /// the same file and the second write lose the first.
    pub(super) users_edit: Mutex<()>,
    /// Time that tests let pass without sleeping; zero otherwise.
    skipped: Mutex<Duration>,
    /// Files sent and shown but not yet recorded, by their random id, oldest first.
    pub(super) uploads: Kept,
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
    /// The studio on 127.0.0.1. Fails only when the operating system gives no random bytes for
    /// the token.
    pub fn new(root: &Path, lang: Lang) -> std::io::Result<Shared> {
        Self::make(root, lang, false)
    }

    /// The studio on the office network (`--lan`): every page needs a login.
    pub fn on_lan(root: &Path, lang: Lang) -> std::io::Result<Shared> {
        Self::make(root, lang, true)
    }

    fn make(root: &Path, lang: Lang, lan: bool) -> std::io::Result<Shared> {
        let token = tokens::new_token()?;
        Ok(Arc::new(Studio {
            root: root.to_path_buf(),
            lang,
            token,
            previews: Mutex::default(),
            lan,
            sessions: Mutex::default(),
            attempts: Mutex::default(),
            users_edit: Mutex::default(),
            skipped: Mutex::default(),
            uploads: Mutex::default(),
            known: Mutex::default(),
        }))
    }

    /// The CSRF token of this studio, for tests that post forms as the page does.
    pub fn token(&self) -> &str {
        &self.token
    }

    /// Lets `time` pass for the sessions and the waits after failed logins, for tests.
    pub fn let_time_pass(&self, time: Duration) {
        *lock(&self.skipped) += time;
    }

    /// Now, as the sessions and the failed logins count time.
    pub(super) fn now(&self) -> Instant {
        Instant::now() + *lock(&self.skipped)
    }
}

/// A lock that a panicked request left behind is still usable: what it guards stays consistent.
pub(super) fn lock<T>(mutex: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    mutex.lock().unwrap_or_else(std::sync::PoisonError::into_inner)
}
