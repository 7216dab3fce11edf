//! The rules every request meets. On 127.0.0.1: the Host is this computer (a web page
//! elsewhere cannot reach the studio through a name of its own), every change is a POST from a
//! page of the studio itself (its Origin), and every form carries the studio's token. On the
//! office network (`--lan`) any Host will do but the Origin must still be it, every page needs
//! a login, every form carries its session's token, and the user's role must allow the change.

use axum::extract::{FromRequestParts, Request, State};
use axum::http::request::Parts;
use axum::http::{HeaderMap, Method, StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};

use crate::lang::Lang;
use crate::studio::state::{Shared, Studio, lock};
use crate::studio::words::{self, Who, Words};
use crate::studio::{refused, rules, sessions};
use crate::users::Role;

/// Who makes a request, as the layer [`admit`] found out: every handler takes it. On
/// 127.0.0.1 it is the person at this computer (`local`, allowed everything) with the studio's
/// token; on the office network the logged-in user with their role and their session's token.
#[derive(Clone, Debug)]
pub struct Access {
    pub who: String,
    /// `None` before logging in: only the login page and the language buttons are open then.
    pub role: Option<Role>,
    /// The token the forms of this person's pages carry.
    pub token: String,
    /// True on the office network, where the header shows who is logged in.
    pub lan: bool,
}

impl Access {
    /// True when the form's `csrf` field is this person's token.
    pub fn token_matches(&self, fields: &[(String, String)]) -> bool {
        token_matches(&self.token, fields)
    }

    /// The words of this person's page: the browser's language, who they are, their token.
    pub fn words(&self, headers: &HeaderMap, default: Lang) -> Words {
        let lang = words::language(headers, default);
        let who = self.role.filter(|_| self.lan).map(|role| Who {
            name: self.who.clone(),
            role: role.message().render(lang),
            manages_users: role == Role::Coordinator,
        });
        Words { lang, token: self.token.clone(), who }
    }
}

impl<S: Send + Sync> FromRequestParts<S> for Access {
    type Rejection = Response;

    async fn from_request_parts(parts: &mut Parts, _: &S) -> Result<Self, Response> {
        // Only [`admit`] puts it there: a request it did not see is refused.
        parts.extensions.get::<Access>().cloned().ok_or_else(forbidden)
    }
}

/// The layer every request meets first: refuses a request for another host name (on
/// 127.0.0.1) and a change whose Origin is not the studio itself; on the office network finds
/// the session (or sends to the login page) and refuses a change the user's role does not
/// allow. What it lets through carries the [`Access`].
pub async fn admit(State(studio): State<Shared>, mut request: Request, next: Next) -> Response {
    let headers = request.headers();
    let host = headers.get(header::HOST).and_then(|h| h.to_str().ok()).unwrap_or("");
    if !studio.lan && !is_loopback_host(host) {
        return forbidden();
    }
    let reads = request.method() == Method::GET || request.method() == Method::HEAD;
    if !reads {
        let origin = headers.get(header::ORIGIN).and_then(|h| h.to_str().ok());
        if host.is_empty() || origin != Some(format!("http://{host}").as_str()) {
            return forbidden();
        }
    }
    let access = if studio.lan {
        match logged_in(&studio, headers) {
            Some(access) => access,
            None if is_open(request.uri().path()) => {
                Access { who: String::new(), role: None, token: studio.token.clone(), lan: true }
            }
            None if reads => return to_login(request.uri()),
            None => {
                let anonymous = Access { who: String::new(), role: None, token: studio.token.clone(), lan: true };
                return refused::logged_out(&anonymous.words(request.headers(), studio.lang));
            }
        }
    } else {
        Access { who: "local".to_string(), role: Some(Role::Coordinator), token: studio.token.clone(), lan: false }
    };
    if let Some(role) = access.role {
        let allowed = rules::allowed(request.method(), request.uri().path());
        if !allowed.contains(&role) {
            let w = access.words(request.headers(), studio.lang);
            return refused::page(&w, allowed);
        }
    }
    request.extensions_mut().insert(access);
    next.run(request).await
}

/// The pages open before logging in.
fn is_open(path: &str) -> bool {
    matches!(path, "/login" | "/language") || path.starts_with("/static/")
}

/// The session of the request's cookie, with the user's role as `users.toml` gives it now: a
/// user removed or given another role is so at once.
fn logged_in(studio: &Studio, headers: &HeaderMap) -> Option<Access> {
    let id = sessions::id_of(headers)?;
    let session = lock(&studio.sessions).find(&id, studio.now())?;
    let users = crate::users::load(&studio.root, &mut crate::diag::Diagnostics::new())?;
    let user = users.into_iter().find(|user| user.name == session.who)?;
    Some(Access { who: user.name, role: Some(user.role), token: session.token, lan: true })
}

/// 303 to the login page, which comes back here.
fn to_login(uri: &axum::http::Uri) -> Response {
    let here = uri.path_and_query().map_or("/", axum::http::uri::PathAndQuery::as_str);
    let location = format!("/login?next={}", percent_encoded(here));
    (StatusCode::SEE_OTHER, [(header::LOCATION, location)]).into_response()
}

/// `text` with everything but letters, digits, `-._~` and `/` percent-encoded.
pub fn percent_encoded(text: &str) -> String {
    text.bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'.' | b'_' | b'~' | b'/' => (b as char).to_string(),
            _ => format!("%{b:02X}"),
        })
        .collect()
}

/// True when `path` is a page of this studio (never another site's, nor a scheme trick).
pub fn is_own_page(path: &str) -> bool {
    path.starts_with('/') && !path.starts_with("//") && !path.contains('\\')
}

/// `127.0.0.1:PORT`, `localhost:PORT` or `[::1]:PORT`.
fn is_loopback_host(host: &str) -> bool {
    let name = host.rsplit_once(':').map_or(host, |(name, _)| name);
    matches!(name, "127.0.0.1" | "localhost" | "[::1]")
}

/// True when the form's `csrf` field is `expected`.
pub fn token_matches(expected: &str, fields: &[(String, String)]) -> bool {
    let given = fields.iter().find(|(key, _)| key == "csrf").map_or("", |(_, value)| value.as_str());
    // Compared in full whatever differs first, so that timing tells nothing.
    given.len() == expected.len() && given.bytes().zip(expected.bytes()).fold(0, |acc, (a, b)| acc | (a ^ b)) == 0
}

pub fn forbidden() -> Response {
    (StatusCode::FORBIDDEN, "forbidden").into_response()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::studio::tokens::new_token;

    #[test]
    fn only_this_computer_is_a_host() {
        assert!(is_loopback_host("127.0.0.1:8738"));
        assert!(is_loopback_host("localhost:1"));
        assert!(!is_loopback_host("evil.example:8738"));
        assert!(!is_loopback_host("127.0.0.1.evil.example:80"));
        assert!(!is_loopback_host(""));
    }

    #[test]
    fn tokens_differ_and_are_compared_in_full() {
        let token = new_token().unwrap();
        assert_eq!(token.len(), 32);
        assert_ne!(token, new_token().unwrap());
        let form = |value: &str| vec![("csrf".to_string(), value.to_string())];
        assert!(token_matches(&token, &form(&token)));
        assert!(!token_matches(&token, &form(&token[..31])));
        assert!(!token_matches(&token, &[]));
    }
}
