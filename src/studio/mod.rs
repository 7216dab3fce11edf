//! `kitapsha studio`: the same work as the command line, in a browser on 127.0.0.1, or with
//! `--lan` on the office network with a login. A front end like the CLI: every page asks the
//! library (`commands`, `campaign`, `ledger`, `watch`) and shows the answer; every change goes
//! through the same loading and checking as the CLI.

mod accounts;
mod attempts;
mod changes;
mod create;
mod editor;
mod form;
mod guard;
mod home;
mod language;
mod login;
mod outputs;
mod pages;
mod pictures;
mod places;
mod records;
mod refused;
mod report;
mod rules;
mod save;
mod sessions;
mod settings;
mod sheets;
mod state;
mod survey;
mod survey_file;
mod survey_question;
mod tokens;
mod upload;
mod uploads;
mod words;

pub use state::{Shared, Studio};

use std::net::{IpAddr, Ipv4Addr, SocketAddr};
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
        .route("/language", axum::routing::post(language::choose))
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
        // The office network: logging in and out, and the coordinator's users page.
        .route("/login", get(login::page).post(login::log_in))
        .route("/logout", axum::routing::post(login::log_out))
        .route("/users", get(accounts::page))
        .route("/users/{form}", axum::routing::post(accounts::change))
        // A volunteer's sheet of hand-outs, and the surveys: files sent, shown, then recorded.
        .route(
            "/campaign/{id}/ledger/sheet",
            axum::routing::post(sheets::preview).layer(DefaultBodyLimit::max(sheets::SHEET_LIMIT + 64 * 1024)),
        )
        .route("/campaign/{id}/ledger/sheet/confirm", axum::routing::post(sheets::confirm))
        .route("/campaign/{id}/survey", get(survey::page))
        .route(
            "/campaign/{id}/survey/upload",
            axum::routing::post(survey::upload).layer(DefaultBodyLimit::max(survey::EXPORT_LIMIT + 64 * 1024)),
        )
        .route("/campaign/{id}/survey/sort", axum::routing::post(survey::sort))
        .route("/campaign/{id}/survey/question", axum::routing::post(survey_question::add))
        // The campaign's PDFs, built and downloaded; the donor report.
        .route("/campaign/{id}/outputs", get(outputs::page))
        .route("/campaign/{id}/outputs/build", axum::routing::post(outputs::build))
        .route("/campaign/{id}/outputs/{file}", get(outputs::download))
        .route("/report", get(report::page).post(report::make))
        .route("/settings", get(settings::page).post(settings::save))
        .route("/places", get(places::page).post(places::add))
        .route("/report/{file}", get(report::download))
        .route("/static/studio.css", get(|| async { ([(header::CONTENT_TYPE, "text/css; charset=utf-8")], CSS) }))
        .route("/static/studio.js", get(|| async { ([(header::CONTENT_TYPE, "text/javascript; charset=utf-8")], JS) }))
        .layer(axum::middleware::from_fn_with_state(studio.clone(), changes::log))
        .layer(axum::middleware::from_fn_with_state(studio.clone(), guard::admit))
        .layer(DefaultBodyLimit::max(BODY_LIMIT))
        .with_state(studio)
}

/// Serves the studio for the project in `root` on 127.0.0.1:`port` (on every address of this
/// computer with `lan`) until the process is stopped. On the network it needs a user to log in.
pub fn run(root: &Path, port: u16, lan: bool, lang: Lang, diagnostics: &mut Diagnostics) -> Option<()> {
    if lan {
        let users = crate::users::load(root, diagnostics)?;
        if users.is_empty() {
            let none = Diagnostic::file_error(crate::users::USERS_FILE, msg!("studio-lan-no-users"))
                .with_hint(msg!("studio-lan-no-users-hint"));
            diagnostics.push(none);
            return None;
        }
    }
    let (studio, host) = if lan {
        (Studio::on_lan(root, lang), IpAddr::V4(Ipv4Addr::UNSPECIFIED))
    } else {
        (Studio::new(root, lang), IpAddr::V4(Ipv4Addr::LOCALHOST))
    };
    let address: SocketAddr = match studio.and_then(|studio| watch::server::start_at(host, port, router(studio))) {
        Ok(address) => address,
        Err(error) => {
            diagnostics.push(Diagnostic::file_error(
                root,
                msg!("studio-cannot-serve", port = port.to_string(), reason = io_problem(&error)),
            ));
            return None;
        }
    };
    if lan {
        let port = address.port().to_string();
        let serving = match network_address() {
            Some(ip) => msg!("studio-serving-lan", address = format!("http://{ip}:{port}/")),
            None => msg!("studio-serving-lan-port", port = port),
        };
        watch::say(&serving.render(lang));
    } else {
        watch::say(&msg!("studio-serving", address = format!("http://{address}/")).render(lang));
    }
    loop {
        std::thread::park();
    }
}

/// This computer's address on the office network, as the operating system would route to
/// another network: a UDP socket "connected" to a documentation address sends nothing.
fn network_address() -> Option<IpAddr> {
    let socket = std::net::UdpSocket::bind((Ipv4Addr::UNSPECIFIED, 0)).ok()?;
    socket.connect((Ipv4Addr::new(192, 0, 2, 1), 9)).ok()?;
    let ip = socket.local_addr().ok()?.ip();
    (!ip.is_loopback() && !ip.is_unspecified()).then_some(ip)
}
