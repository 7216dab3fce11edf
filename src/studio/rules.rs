//! Who may change what on the office network: the one rule from a request's method and path to
//! the roles allowed. Reading (GET) is everyone's who is logged in.

use axum::http::Method;

use crate::users::Role;

const EVERYONE: &[Role] = &[Role::Editor, Role::Distributor, Role::Coordinator];
const EDITORS: &[Role] = &[Role::Editor, Role::Coordinator];
const DISTRIBUTORS: &[Role] = &[Role::Distributor, Role::Coordinator];
const COORDINATORS: &[Role] = &[Role::Coordinator];

/// The roles that may make this request.
pub fn allowed(method: &Method, path: &str) -> &'static [Role] {
    if method == Method::GET || method == Method::HEAD {
        return EVERYONE;
    }
    let parts: Vec<&str> = path.trim_start_matches('/').split('/').collect();
    match parts.as_slice() {
        // What only changes how the page looks to the person, or ends their session.
        ["language" | "logout" | "login"] => EVERYONE,
        // Hand-outs and print runs.
        ["campaign", _, "ledger", ..] => DISTRIBUTORS,
        ["campaign", _, "survey", ..] => COORDINATORS,
        // Texts, pictures, imports, and building the outputs.
        ["campaign", _, ..] | ["new", ..] | ["report", ..] => EDITORS,
        // The users, and anything not named above.
        _ => COORDINATORS,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use Role::{Coordinator as C, Distributor as D, Editor as E};

    #[test]
    fn each_change_is_for_its_roles() {
        let post = Method::POST;
        let table: &[(&Method, &str, &[Role])] = &[
            (&Method::GET, "/", &[E, D, C]),
            (&Method::GET, "/users", &[E, D, C]),
            (&Method::GET, "/campaign/kegen/ledger", &[E, D, C]),
            (&Method::HEAD, "/campaign/kegen", &[E, D, C]),
            (&post, "/language", &[E, D, C]),
            (&post, "/logout", &[E, D, C]),
            (&post, "/login", &[E, D, C]),
            (&post, "/campaign/kegen", &[E, C]),
            (&post, "/campaign/kegen/pictures", &[E, C]),
            (&post, "/campaign/kegen/outputs/build", &[E, C]),
            (&post, "/new", &[E, C]),
            (&post, "/new/import", &[E, C]),
            (&post, "/report", &[E, C]),
            (&post, "/campaign/kegen/ledger/hand-out", &[D, C]),
            (&post, "/campaign/kegen/ledger", &[D, C]),
            (&post, "/campaign/kegen/ledgers", &[E, C]),
            (&post, "/campaign/kegen/survey/import", &[C]),
            (&post, "/users/add", &[C]),
            (&post, "/users", &[C]),
            (&post, "/something-new", &[C]),
            (&Method::PUT, "/campaign/kegen", &[E, C]),
            (&Method::DELETE, "/users/remove", &[C]),
        ];
        for (method, path, roles) in table {
            assert_eq!(allowed(method, path), *roles, "{method} {path}");
        }
    }
}
