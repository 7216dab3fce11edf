//! Logging in and out on the office network. A login checks the name and password against
//! `users.toml` (argon2id), refused while the name or the computer waits after too many
//! failures; a success opens a session and sends the person on to the page they asked for.

use std::net::SocketAddr;

use askama::Template;
use axum::Form;
use axum::extract::{ConnectInfo, Query, State};
use axum::http::{Extensions, HeaderMap, StatusCode, header};
use axum::response::{Html, IntoResponse, Response};
use serde::Deserialize;

use crate::diag::Diagnostics;
use crate::studio::guard::{self, Access};
use crate::studio::sessions;
use crate::studio::state::{Shared, lock};
use crate::studio::words::Words;
use crate::users::{self, password};

#[derive(Template)]
#[template(path = "login.html")]
struct LoginPage<'a> {
    w: &'a Words,
    token: &'a str,
    back: &'a str,
    next: &'a str,
    name: &'a str,
    /// Why the last attempt was refused, worded; empty at first.
    refusal: String,
}

#[derive(Deserialize)]
pub struct Next {
    next: Option<String>,
}

/// GET /login
pub async fn page(
    State(studio): State<Shared>,
    Query(next): Query<Next>,
    headers: HeaderMap,
    access: Access,
) -> Response {
    let w = access.words(&headers, studio.lang);
    let next = own_page(next.next.as_deref());
    render(&w, next, "", String::new(), StatusCode::OK)
}

/// POST /login
pub async fn log_in(
    State(studio): State<Shared>,
    headers: HeaderMap,
    extensions: Extensions,
    access: Access,
    Form(fields): Form<Vec<(String, String)>>,
) -> Response {
    let w = access.words(&headers, studio.lang);
    let field = |name: &str| fields.iter().find(|(key, _)| key == name).map_or("", |(_, value)| value.as_str());
    let (name, given, next) =
        (field("name").trim().to_string(), field("password").to_string(), own_page(Some(field("next"))));
    // Per name and per computer: guessing many names from one computer waits too.
    let from =
        extensions.get::<ConnectInfo<SocketAddr>>().map_or_else(|| "?".to_string(), |info| info.0.ip().to_string());
    let keys = vec![format!("name:{}", name.to_lowercase()), format!("from:{from}")];
    if let Some(wait) = lock(&studio.attempts).wait(&keys, studio.now()) {
        let minutes = wait.as_secs().div_ceil(60);
        crate::watch::say(&format!("login refused (waiting): {name} from {from}"));
        let refusal = crate::msg!("studio-login-wait", minutes = minutes).render(w.lang);
        return render(&w, next, &name, refusal, StatusCode::TOO_MANY_REQUESTS);
    }
    let for_check = (studio.clone(), name.clone());
    let known = tokio::task::spawn_blocking(move || {
        let (studio, name) = for_check;
        let users = users::load(&studio.root, &mut Diagnostics::new()).unwrap_or_default();
        match users.iter().find(|user| user.name == name) {
            Some(user) => password::verify(&given, &user.hash),
            // As long as for a real user, so that the time taken does not tell which names exist.
            None => {
                password::verify(&given, unknown_user_hash());
                false
            }
        }
    })
    .await
    .unwrap_or(false);
    if !known {
        lock(&studio.attempts).failed(&keys, studio.now());
        crate::watch::say(&format!("login failed: {name} from {from}"));
        let refusal = crate::msg!("studio-login-wrong").render(w.lang);
        return render(&w, next, &name, refusal, StatusCode::UNAUTHORIZED);
    }
    lock(&studio.attempts).succeeded(&keys);
    let Ok((id, _)) = lock(&studio.sessions).open(&name, studio.now()) else { return guard::forbidden() };
    crate::watch::say(&format!("logged in: {name} from {from}"));
    (StatusCode::SEE_OTHER, [(header::SET_COOKIE, sessions::cookie(&id)), (header::LOCATION, next.to_string())])
        .into_response()
}

/// A hash to check the passwords of unknown names against: made once, of random bytes.
fn unknown_user_hash() -> &'static str {
    static HASH: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    HASH.get_or_init(|| {
        let random = crate::studio::tokens::new_token().unwrap_or_default();
        password::hash(&random).unwrap_or_default()
    })
}

/// POST /logout
pub async fn log_out(
    State(studio): State<Shared>,
    headers: HeaderMap,
    access: Access,
    Form(fields): Form<Vec<(String, String)>>,
) -> Response {
    if !access.token_matches(&fields) {
        return guard::forbidden();
    }
    if let Some(id) = sessions::id_of(&headers) {
        lock(&studio.sessions).close(&id);
        crate::watch::say(&format!("logged out: {}", access.who));
    }
    (
        StatusCode::SEE_OTHER,
        [(header::SET_COOKIE, sessions::expired_cookie()), (header::LOCATION, "/login".to_string())],
    )
        .into_response()
}

/// The page to go on to: one of the studio's own, the home page otherwise.
fn own_page(next: Option<&str>) -> &str {
    next.filter(|next| guard::is_own_page(next) && !next.starts_with("/login")).unwrap_or("/")
}

fn render(w: &Words, next: &str, name: &str, refusal: String, status: StatusCode) -> Response {
    let back = format!("/login?next={}", guard::percent_encoded(next));
    let page = LoginPage { w, token: w.token(), back: &back, next, name, refusal };
    (status, Html(page.render().unwrap_or_default())).into_response()
}
