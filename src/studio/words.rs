//! The interface language: the browser's choice kept in a cookie, or the one `kitapsha` speaks.

use axum::Form;
use axum::extract::State;
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{IntoResponse, Response};

use crate::lang::Lang;
use crate::messages::render_id;
use crate::msg;
use crate::studio::guard;
use crate::studio::state::Shared;

const COOKIE: &str = "kitapsha-lang";

/// The words of one page, in its language.
pub struct Words {
    pub lang: Lang,
}

impl Words {
    /// The catalogue's text for `id`.
    pub fn t(&self, id: &str) -> String {
        render_id(id, self.lang)
    }

    pub fn code(&self) -> &'static str {
        self.lang.code()
    }

    /// The three languages the interface speaks, each named in itself, with the one shown.
    pub fn choices(&self) -> Vec<(&'static str, String, bool)> {
        Lang::ALL
            .iter()
            .map(|&lang| (lang.code(), msg!("studio-language-name").render(lang), lang == self.lang))
            .collect()
    }
}

/// The language of a request: its cookie, or the studio's own.
pub fn of(headers: &HeaderMap, default: Lang) -> Words {
    let chosen = headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|value| value.to_str().ok())
        .flat_map(|value| value.split(';'))
        .find_map(|pair| pair.trim().strip_prefix(COOKIE)?.strip_prefix('=').and_then(Lang::from_code));
    Words { lang: chosen.unwrap_or(default) }
}

/// POST /language: keeps the chosen language in a cookie and goes back to the page.
pub async fn choose(State(studio): State<Shared>, Form(fields): Form<Vec<(String, String)>>) -> Response {
    if !guard::token_matches(&studio.token, &fields) {
        return guard::forbidden();
    }
    let field = |name: &str| fields.iter().find(|(key, _)| key == name).map(|(_, value)| value.as_str());
    let Some(lang) = field("lang").and_then(Lang::from_code) else {
        return (StatusCode::BAD_REQUEST, "unknown language").into_response();
    };
    // Only a page of the studio: never another site.
    let back = field("back").filter(|b| b.starts_with('/') && !b.starts_with("//") && !b.contains('\\')).unwrap_or("/");
    let cookie = format!("{COOKIE}={}; Path=/; Max-Age=31536000; SameSite=Strict; HttpOnly", lang.code());
    (StatusCode::SEE_OTHER, [(header::SET_COOKIE, cookie), (header::LOCATION, back.to_string())]).into_response()
}
