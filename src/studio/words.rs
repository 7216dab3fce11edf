//! The interface language: the browser's choice kept in a cookie, or the one `kitapsha` speaks.

use axum::http::{HeaderMap, header};

use crate::lang::Lang;
use crate::messages::render_id;
use crate::msg;

pub const COOKIE: &str = "kitapsha-lang";

/// What the frame of every page shows: its language, the form token, and on the office network
/// who is logged in. Made by [`crate::studio::guard::Access::words`].
pub struct Words {
    pub lang: Lang,
    /// The token of this person's forms.
    pub token: String,
    /// On the office network: who is logged in.
    pub who: Option<Who>,
}

/// The logged-in user as the header shows them.
pub struct Who {
    pub name: String,
    /// The role, worded.
    pub role: String,
    /// True for a coordinator, whose header links to the users page.
    pub manages_users: bool,
}

impl Words {
    /// The catalogue's text for `id`.
    pub fn t(&self, id: &str) -> String {
        render_id(id, self.lang)
    }

    pub fn token(&self) -> &str {
        &self.token
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
pub fn language(headers: &HeaderMap, default: Lang) -> Lang {
    let chosen = headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|value| value.to_str().ok())
        .flat_map(|value| value.split(';'))
        .find_map(|pair| pair.trim().strip_prefix(COOKIE)?.strip_prefix('=').and_then(Lang::from_code));
    chosen.unwrap_or(default)
}
