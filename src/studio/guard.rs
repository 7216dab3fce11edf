//! The rules every request meets, even on 127.0.0.1: the Host is this computer (a web page
//! elsewhere cannot reach the studio through a name of its own), every change is a POST from a
//! page of the studio itself (its Origin), and every form carries the studio's token.

use axum::extract::Request;
use axum::http::{Method, StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};

/// A fresh token: 128 bits from the operating system's random source. Without one the studio
/// does not start: a guessable token would let another site's page post changes.
pub fn new_token() -> std::io::Result<String> {
    let mut bytes = [0u8; 16];
    getrandom::fill(&mut bytes).map_err(|error| std::io::Error::other(error.to_string()))?;
    Ok(bytes.iter().map(|byte| format!("{byte:02x}")).collect())
}

/// Refuses a request for another host name, and a change (anything but GET and HEAD) whose
/// Origin is not the studio itself.
pub async fn same_host(request: Request, next: Next) -> Response {
    let headers = request.headers();
    let host = headers.get(header::HOST).and_then(|h| h.to_str().ok()).unwrap_or("");
    if !is_loopback_host(host) {
        return forbidden();
    }
    let reads = request.method() == Method::GET || request.method() == Method::HEAD;
    if !reads {
        let origin = headers.get(header::ORIGIN).and_then(|h| h.to_str().ok());
        if origin != Some(format!("http://{host}").as_str()) {
            return forbidden();
        }
    }
    next.run(request).await
}

/// `127.0.0.1:PORT`, `localhost:PORT` or `[::1]:PORT`.
fn is_loopback_host(host: &str) -> bool {
    let name = host.rsplit_once(':').map_or(host, |(name, _)| name);
    matches!(name, "127.0.0.1" | "localhost" | "[::1]")
}

/// True when the form's `csrf` field is the studio's token.
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
