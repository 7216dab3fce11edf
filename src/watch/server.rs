//! The HTTP server of the preview and of the studio: axum on a tokio runtime in a background
//! thread, listening on 127.0.0.1 only. The preview's own routes are here too: the page, the
//! build number, the state as JSON and the page images; only GET, nothing from the disk.

use std::net::SocketAddr;
use std::sync::{Arc, Mutex};

use axum::Router;
use axum::extract::{Path, Query, State};
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use serde::Deserialize;
use serde_json::json;

const PAGE: &str = include_str!("page.html");

/// What the preview page shows: the last build.
#[derive(Default)]
pub struct Preview {
    /// Counts builds; the page reloads when it changes.
    pub version: u64,
    pub campaign: String,
    /// The pages of the last build that typeset, as PNG.
    pub pages: Vec<Arc<Vec<u8>>>,
    /// The diagnostics of the last build, as the terminal shows them.
    pub errors: Vec<String>,
    /// The newest build the browser has said it shows, and how many errors it displays.
    pub seen: u64,
    pub shown_errors: u64,
}

pub type Shared = Arc<Mutex<Preview>>;

/// Serves `router` on 127.0.0.1:`port` (0: any free port) from a background thread; returns
/// the address it listens on once it does.
pub fn start(port: u16, router: Router) -> std::io::Result<SocketAddr> {
    start_at(std::net::IpAddr::V4(std::net::Ipv4Addr::LOCALHOST), port, router)
}

/// [`start`] on the address `ip`: the studio on the office network listens on all of them. The
/// handlers may ask for the client's address (`ConnectInfo`).
pub fn start_at(ip: std::net::IpAddr, port: u16, router: Router) -> std::io::Result<SocketAddr> {
    let listener = std::net::TcpListener::bind((ip, port))?;
    listener.set_nonblocking(true)?;
    let address = listener.local_addr()?;
    let runtime = tokio::runtime::Builder::new_multi_thread().worker_threads(2).enable_io().build()?;
    std::thread::spawn(move || {
        runtime.block_on(async move {
            if let Ok(listener) = tokio::net::TcpListener::from_std(listener) {
                let _ = axum::serve(listener, router.into_make_service_with_connect_info::<SocketAddr>()).await;
            }
        });
    });
    Ok(address)
}

/// The routes of `kitapsha watch`'s preview page.
pub fn preview_router(shared: Shared) -> Router {
    Router::new()
        .route("/", get(|| async { ([(header::CONTENT_TYPE, "text/html; charset=utf-8")], PAGE) }))
        .route("/version", get(version))
        .route("/state.json", get(state))
        .route("/seen", get(seen))
        .route("/page/{file}", get(page))
        .layer(axum::middleware::map_response(no_store))
        .with_state(shared)
}

/// The page polls for new builds: nothing it asks may come from a cache. Each answer closes
/// its connection, as the preview has always done: simple clients read to the end.
async fn no_store(mut response: Response) -> Response {
    let headers = response.headers_mut();
    headers.insert(header::CACHE_CONTROL, header::HeaderValue::from_static("no-store"));
    headers.insert(header::CONNECTION, header::HeaderValue::from_static("close"));
    response
}

fn lock(shared: &Shared) -> std::sync::MutexGuard<'_, Preview> {
    shared.lock().unwrap_or_else(std::sync::PoisonError::into_inner)
}

async fn version(State(shared): State<Shared>) -> String {
    lock(&shared).version.to_string()
}

async fn state(State(shared): State<Shared>) -> Response {
    let preview = lock(&shared);
    let state = json!({
        "campaign": preview.campaign,
        "version": preview.version,
        "pages": preview.pages.len(),
        "errors": preview.errors,
        "seen": preview.seen,
        "shown-errors": preview.shown_errors,
    });
    ([(header::CONTENT_TYPE, "application/json")], state.to_string()).into_response()
}

#[derive(Deserialize)]
struct Seen {
    version: Option<u64>,
    errors: Option<u64>,
}

async fn seen(State(shared): State<Shared>, Query(seen): Query<Seen>) -> &'static str {
    let mut preview = lock(&shared);
    if let Some(version) = seen.version.filter(|&v| v >= preview.seen) {
        preview.seen = version;
        preview.shown_errors = seen.errors.unwrap_or(0);
    }
    "ok"
}

async fn page(State(shared): State<Shared>, Path(file): Path<String>) -> Response {
    let preview = lock(&shared);
    let png = page_number(&file).and_then(|n| n.checked_sub(1)).and_then(|i| preview.pages.get(i));
    match png {
        Some(png) => png_response(png.as_ref().clone()),
        None => (StatusCode::NOT_FOUND, "not found").into_response(),
    }
}

/// `3.png` → 3.
pub fn page_number(file: &str) -> Option<usize> {
    file.strip_suffix(".png")?.parse().ok()
}

pub fn png_response(png: Vec<u8>) -> Response {
    ([(header::CONTENT_TYPE, "image/png"), (header::CACHE_CONTROL, "no-store")], png).into_response()
}
