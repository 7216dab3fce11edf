//! `kitapsha studio`: the same work as the command line, in a browser on 127.0.0.1. A front end
//! like the CLI: every page asks the library (`commands`, `campaign`, `ledger`, `watch`) and
//! shows the answer; every change goes through the same loading and checking as the CLI.

mod editor;
mod form;
mod guard;
mod home;
mod pages;
mod save;
mod words;

use std::collections::HashMap;
use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

use axum::Router;
use axum::extract::DefaultBodyLimit;
use axum::http::header;
use axum::routing::get;

use crate::diag::{Diagnostic, Diagnostics};
use crate::fsutil::io_problem;
use crate::lang::Lang;
use crate::msg;
use crate::watch::{self, RenderedPages};

/// The largest request body: a campaign's texts are a few hundred kilobytes at most.
const BODY_LIMIT: usize = 2 * 1024 * 1024;

const CSS: &str = include_str!("studio.css");
const JS: &str = include_str!("studio.js");

/// What every request shares: the project, the session's CSRF token and the page images.
pub struct Studio {
    root: PathBuf,
    /// The interface language when the browser has not chosen one.
    lang: Lang,
    /// The token every form carries: a page from another site cannot know it.
    token: String,
    previews: Mutex<HashMap<String, CampaignPreview>>,
}

/// The last rendered pages of one campaign.
#[derive(Default)]
struct CampaignPreview {
    rendered: RenderedPages,
    pages: Vec<Arc<Vec<u8>>>,
    /// Counts rebuilds, so that image addresses change when the pages do.
    version: u64,
}

pub type Shared = Arc<Studio>;

impl Studio {
    pub fn new(root: &Path, lang: Lang) -> Shared {
        Arc::new(Studio { root: root.to_path_buf(), lang, token: guard::new_token(), previews: Mutex::default() })
    }

    /// The CSRF token of this session, for tests that post forms as the page does.
    pub fn token(&self) -> &str {
        &self.token
    }
}

/// Every route of the studio.
pub fn router(studio: Shared) -> Router {
    Router::new()
        .route("/", get(home::page))
        .route("/language", axum::routing::post(words::choose))
        .route("/campaign/{id}", get(editor::page).post(editor::save))
        .route("/campaign/{id}/page/{file}", get(pages::image))
        .route("/static/studio.css", get(|| async { ([(header::CONTENT_TYPE, "text/css; charset=utf-8")], CSS) }))
        .route("/static/studio.js", get(|| async { ([(header::CONTENT_TYPE, "text/javascript; charset=utf-8")], JS) }))
        .layer(axum::middleware::from_fn(guard::same_host))
        .layer(DefaultBodyLimit::max(BODY_LIMIT))
        .with_state(studio)
}

/// Serves the studio for the project in `root` on 127.0.0.1:`port` until the process is stopped.
pub fn run(root: &Path, port: u16, lang: Lang, diagnostics: &mut Diagnostics) -> Option<()> {
    let studio = Studio::new(root, lang);
    let address: SocketAddr = match watch::server::start(port, router(studio)) {
        Ok(address) => address,
        Err(error) => {
            diagnostics.push(Diagnostic::file_error(
                root,
                msg!("studio-cannot-serve", port = port.to_string(), reason = io_problem(&error)),
            ));
            return None;
        }
    };
    watch::say(&msg!("studio-serving", address = format!("http://{address}/")).render(lang));
    loop {
        std::thread::park();
    }
}
