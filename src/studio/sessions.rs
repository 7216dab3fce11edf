//! The sessions of the studio on the office network: a random id (128 bits from the operating
//! system) in a cookie, kept in memory with who logged in and the session's own CSRF token. A
//! session unused for [`IDLE`] ends.

use std::collections::HashMap;
use std::time::{Duration, Instant};

use axum::http::{HeaderMap, header};

use crate::studio::tokens::new_token;

/// The cookie that carries the session's id.
pub const COOKIE: &str = "kitapsha-session";

/// How long a session lasts without a request.
pub const IDLE: Duration = Duration::from_secs(8 * 3600);

#[derive(Clone)]
pub struct Session {
    pub who: String,
    pub token: String,
    last_seen: Instant,
}

#[derive(Default)]
pub struct Sessions {
    by_id: HashMap<String, Session>,
}

impl Sessions {
    /// A new session for `who`: its id and its token.
    pub fn open(&mut self, who: &str, now: Instant) -> std::io::Result<(String, Session)> {
        self.by_id.retain(|_, session| now.saturating_duration_since(session.last_seen) < IDLE);
        let id = new_token()?;
        let session = Session { who: who.to_string(), token: new_token()?, last_seen: now };
        self.by_id.insert(id.clone(), session.clone());
        Ok((id, session))
    }

    /// The session of `id` when it has not been idle too long; it counts as used now.
    pub fn find(&mut self, id: &str, now: Instant) -> Option<Session> {
        let session = self.by_id.get_mut(id)?;
        if now.saturating_duration_since(session.last_seen) >= IDLE {
            self.by_id.remove(id);
            return None;
        }
        session.last_seen = now;
        Some(session.clone())
    }

    pub fn close(&mut self, id: &str) {
        self.by_id.remove(id);
    }

    /// Ends every session of `who`: a user removed.
    pub fn close_all_of(&mut self, who: &str) {
        self.by_id.retain(|_, session| session.who != who);
    }
}

/// The session id a request's cookie carries.
pub fn id_of(headers: &HeaderMap) -> Option<String> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|value| value.to_str().ok())
        .flat_map(|value| value.split(';'))
        .find_map(|pair| pair.trim().strip_prefix(COOKIE)?.strip_prefix('=').map(str::to_string))
}

/// The cookie that keeps a session: never readable by the page's scripts, never sent by
/// another site's page.
pub fn cookie(id: &str) -> String {
    format!("{COOKIE}={id}; Path=/; HttpOnly; SameSite=Strict")
}

/// The cookie that ends a session in the browser.
pub fn expired_cookie() -> String {
    format!("{COOKIE}=; Path=/; HttpOnly; SameSite=Strict; Max-Age=0")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_session_ends_after_being_idle() {
        let start = Instant::now();
        let mut sessions = Sessions::default();
        let (id, session) = sessions.open("aigul", start).unwrap();
        assert_eq!(id.len(), 32);
        assert_ne!(id, session.token);
        let used = start + IDLE / 2;
        assert_eq!(sessions.find(&id, used).map(|s| s.who), Some("aigul".to_string()));
        assert!(sessions.find(&id, used + IDLE / 2).is_some(), "used since: not idle");
        assert!(sessions.find(&id, used + IDLE / 2 + IDLE).is_none());
        assert!(sessions.find(&id, start).is_none(), "gone for good");
    }
}
