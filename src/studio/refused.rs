//! The page of a change the user's role does not allow: who may make it.

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
    /// "You are logged in as … Only an editor or a coordinator may do this."
    refusal: String,
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
    let page = RefusedPage { w, token: w.token(), back: "/", refusal };
    (StatusCode::FORBIDDEN, Html(page.render().unwrap_or_default())).into_response()
}
