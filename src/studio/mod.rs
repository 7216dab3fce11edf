//! `kitapsha studio`: the same work as the command line, in a browser on 127.0.0.1. A front end
//! like the CLI: every page asks the library (`commands`, `campaign`, `ledger`, `watch`) and
//! shows the answer; every change goes through the same loading and checking as the CLI.

mod changes;
mod create;
mod editor;
mod form;
mod guard;
mod home;
mod pages;
mod pictures;
mod records;
mod save;
mod state;
mod upload;
mod words;

pub use state::{Shared, Studio};

use std::net::SocketAddr;
use std::path::Path;

use axum::Router;
use axum::extract::DefaultBodyLimit;
use axum::http::header;
use axum::routing::get;

use crate::diag::{Diagnostic, Diagnostics};
use crate::fsutil::io_problem;
use crate::lang::Lang;
use crate::msg;
use crate::watch;

/// The largest request body: a campaign's texts are a few hundred kilobytes at most.
const BODY_LIMIT: usize = 2 * 1024 * 1024;

const CSS: &str = include_str!("studio.css");
const JS: &str = include_str!("studio.js");

/// Every route of the studio.
pub fn router(studio: Shared) -> Router {
    Router::new()
        .route("/", get(home::page))
        .route("/language", axum::routing::post(words::choose))
        .route("/campaign/{id}", get(editor::page).post(editor::save))
        .route("/campaign/{id}/page/{file}", get(pages::image))
        // New campaigns, and pictures for the editor: sent files, each route with its own limit.
        .route("/new", axum::routing::post(create::new))
        .route("/new/import", axum::routing::post(create::import).layer(DefaultBodyLimit::max(upload::UPLOAD_LIMIT)))
        .route(
            "/campaign/{id}/picture",
            axum::routing::post(pictures::upload).layer(DefaultBodyLimit::max(upload::UPLOAD_LIMIT)),
        )
        .route("/campaign/{id}/ledger", get(records::page))
        .route("/campaign/{id}/ledger/{form}", axum::routing::post(records::record))
        .route("/static/studio.css", get(|| async { ([(header::CONTENT_TYPE, "text/css; charset=utf-8")], CSS) }))
        .route("/static/studio.js", get(|| async { ([(header::CONTENT_TYPE, "text/javascript; charset=utf-8")], JS) }))
        .layer(axum::middleware::from_fn_with_state(studio.clone(), changes::log_local))
        .layer(axum::middleware::from_fn(guard::same_host))
        .layer(DefaultBodyLimit::max(BODY_LIMIT))
        .with_state(studio)
}

/// Serves the studio for the project in `root` on 127.0.0.1:`port` until the process is stopped.
pub fn run(root: &Path, port: u16, lang: Lang, diagnostics: &mut Diagnostics) -> Option<()> {
    let address: SocketAddr =
        match Studio::new(root, lang).and_then(|studio| watch::server::start(port, router(studio))) {
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
