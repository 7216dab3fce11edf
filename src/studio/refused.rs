//! The pages of a change refused on the office network: one the user's role does not allow
//! (who may make it), and one sent without being logged in (log in again).

use askama::Template;
use axum::http::StatusCode;
use axum::response::{Html, IntoResponse, Response};

use crate::studio::words::Words;
use crate::users::Role;

#[derive(Template)]
#[template(path = "refused.html")]
struct RefusedPage<'a> {
    w: &'a Words,
    token: &'a str,
    back: &'a str,
    heading: String,
    /// "You are logged in as … Only an editor or a coordinator may do this."
    refusal: String,
    /// What happens now.
    then: String,
    /// Where the link goes, and its words.
    link: (&'a str, String),
}

/// 403, saying which roles may do what was asked.
pub fn page(w: &Words, allowed: &[Role]) -> Response {
    let names: Vec<String> = allowed.iter().map(|role| role.message().render(w.lang)).collect();
    let allowed = names.join(&format!(" {} ", w.t("studio-access-or")));
    let refusal = match &w.who {
        Some(who) => {
            crate::msg!("studio-access-refused", name = &who.name, role = &who.role, allowed = allowed).render(w.lang)
        }
        None => String::new(),
    };
    let page = RefusedPage {
        w,
        token: w.token(),
        back: "/",
        heading: w.t("studio-access-refused-heading"),
        refusal,
        then: w.t("studio-access-nothing-changed"),
        link: ("/", w.t("studio-back-home")),
    };
    (StatusCode::FORBIDDEN, Html(page.render().unwrap_or_default())).into_response()
}

/// 401 for a change sent without a session (it ended, or the person logged out in another
/// tab): nothing was changed; log in again.
pub fn logged_out(w: &Words) -> Response {
    let page = RefusedPage {
        w,
        token: w.token(),
        back: "/login",
        heading: w.t("studio-login-heading"),
        refusal: w.t("studio-access-logged-out"),
        then: w.t("studio-access-logged-out-then"),
        link: ("/login", w.t("studio-login-button")),
    };
    (StatusCode::UNAUTHORIZED, Html(page.render().unwrap_or_default())).into_response()
}
