//! A small HTTP server on 127.0.0.1 for the preview page: the page itself, the build number, the
//! state as JSON and the page images. Only GET, only loopback, nothing from the disk.

use std::io::{BufRead, BufReader, Write};
use std::net::{SocketAddr, TcpListener, TcpStream};
use std::sync::{Arc, Mutex};

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

/// Starts serving in the background; returns the address it listens on.
pub fn start(port: u16, shared: Shared) -> std::io::Result<SocketAddr> {
    let listener = TcpListener::bind(("127.0.0.1", port))?;
    let address = listener.local_addr()?;
    std::thread::spawn(move || {
        for stream in listener.incoming().filter_map(Result::ok) {
            let shared = shared.clone();
            std::thread::spawn(move || {
                let _ = answer(stream, &shared);
            });
        }
    });
    Ok(address)
}

fn answer(mut stream: TcpStream, shared: &Shared) -> std::io::Result<()> {
    let mut reader = BufReader::new(stream.try_clone()?);
    let mut request = String::new();
    reader.read_line(&mut request)?;
    // The headers are not needed, but must be read before answering.
    let mut line = String::new();
    while reader.read_line(&mut line)? > 2 {
        line.clear();
    }
    let target = request.split_whitespace().nth(1).unwrap_or("/");
    let (path, query) = target.split_once('?').unwrap_or((target, ""));
    let (status, kind, body) = respond(path, query, shared);
    write!(
        stream,
        "HTTP/1.1 {status}\r\nContent-Type: {kind}\r\nContent-Length: {}\r\nCache-Control: no-store\r\nConnection: close\r\n\r\n",
        body.len()
    )?;
    stream.write_all(&body)
}

fn respond(path: &str, query: &str, shared: &Shared) -> (&'static str, &'static str, Vec<u8>) {
    let mut preview = shared.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
    match path {
        "/" => ("200 OK", "text/html; charset=utf-8", PAGE.as_bytes().to_vec()),
        "/version" => ("200 OK", "text/plain", preview.version.to_string().into_bytes()),
        "/state.json" => {
            let state = json!({
                "campaign": preview.campaign,
                "version": preview.version,
                "pages": preview.pages.len(),
                "errors": preview.errors,
                "seen": preview.seen,
                "shown-errors": preview.shown_errors,
            });
            ("200 OK", "application/json", state.to_string().into_bytes())
        }
        "/seen" => {
            let number = |key: &str| {
                query.split('&').find_map(|pair| pair.strip_prefix(key)?.strip_prefix('=')?.parse::<u64>().ok())
            };
            if let Some(version) = number("version").filter(|&v| v >= preview.seen) {
                preview.seen = version;
                preview.shown_errors = number("errors").unwrap_or(0);
            }
            ("200 OK", "text/plain", b"ok".to_vec())
        }
        _ => {
            let page =
                path.strip_prefix("/page/").and_then(|p| p.strip_suffix(".png")).and_then(|n| n.parse::<usize>().ok());
            match page.and_then(|n| n.checked_sub(1)).and_then(|i| preview.pages.get(i)) {
                Some(png) => ("200 OK", "image/png", png.as_ref().clone()),
                None => ("404 Not Found", "text/plain", b"not found".to_vec()),
            }
        }
    }
}
