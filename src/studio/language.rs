//! The language buttons of every page's header.

use axum::Form;
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};

use crate::lang::Lang;
use crate::studio::guard::{self, Access};
use crate::studio::words::COOKIE;

/// POST /language: keeps the chosen language in a cookie and goes back to the page.
pub async fn choose(access: Access, Form(fields): Form<Vec<(String, String)>>) -> Response {
    if !access.token_matches(&fields) {
        return guard::forbidden();
    }
    let field = |name: &str| fields.iter().find(|(key, _)| key == name).map(|(_, value)| value.as_str());
    let Some(lang) = field("lang").and_then(Lang::from_code) else {
        return (StatusCode::BAD_REQUEST, "unknown language").into_response();
    };
    // Only a page of the studio: never another site.
    let back = field("back").filter(|b| guard::is_own_page(b)).unwrap_or("/");
    let cookie = format!("{COOKIE}={}; Path=/; Max-Age=31536000; SameSite=Strict; HttpOnly", lang.code());
    (StatusCode::SEE_OTHER, [(header::SET_COOKIE, cookie), (header::LOCATION, back.to_string())]).into_response()
}
