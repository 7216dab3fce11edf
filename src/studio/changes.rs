//! What a request changed on disk, told by its handler to whoever keeps the log of changes: a
//! handler that writes files answers with `written(response, files)`, and the layer that knows who
//! asked records them.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::time::{SystemTime, UNIX_EPOCH};

use axum::extract::{Request, State};
use axum::middleware::Next;
use axum::response::Response;

use crate::date::Date;
use crate::studio::guard::Access;
use crate::studio::state::Shared;

/// The files, relative to the project, that a request wrote.
#[derive(Clone, Debug, Default)]
pub struct Changed(pub Vec<PathBuf>);

/// `response`, carrying the files it wrote.
pub fn written(mut response: Response, files: Vec<PathBuf>) -> Response {
    response.extensions_mut().insert(Changed(files));
    response
}

/// The log of changes, in the project: one line per file written, "when (UTC)  who  file".
pub const LOG_FILE: &str = "changes.log";

/// Records the files a response says it wrote, as changed by `who`. A log that cannot be written
/// does not undo the change: the change is on disk either way, and the log is its record.
pub fn record(root: &Path, who: &str, response: &Response) {
    let Some(Changed(files)) = response.extensions().get::<Changed>() else { return };
    let when = now_utc();
    let lines: String = files.iter().map(|file| format!("{when}\t{who}\t{}\n", file.display())).collect();
    let appended = std::fs::OpenOptions::new()
        .create(true)
        .append(true)
        .open(root.join(LOG_FILE))
        .and_then(|mut log| log.write_all(lines.as_bytes()));
    if let Err(error) = appended {
        crate::watch::say(&format!("{LOG_FILE}: {error}"));
    }
}

/// The moment as `2026-12-07T05:40:12Z`.
fn now_utc() -> String {
    let seconds = SystemTime::now().duration_since(UNIX_EPOCH).map_or(0, |d| d.as_secs() as i64);
    let (days, rest) = (seconds.div_euclid(86_400), seconds.rem_euclid(86_400));
    let date = Date::from_days_since_epoch(days);
    format!("{date}T{:02}:{:02}:{:02}Z", rest / 3600, rest % 3600 / 60, rest % 60)
}

/// The layer that logs every change of the studio, by whoever made it: the logged-in user on the
/// office network, `local` (the person at this computer) on 127.0.0.1.
pub async fn log(State(studio): State<Shared>, request: Request, next: Next) -> Response {
    let who = request.extensions().get::<Access>().map_or_else(|| "local".to_string(), |access| access.who.clone());
    let response = next.run(request).await;
    record(&studio.root, &who, &response);
    response
}
