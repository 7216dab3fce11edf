//! `kitapsha user …`: the accounts of `kitapsha studio --lan`, as the studio's users page
//! changes them too.

use std::path::Path;

use crate::commands::outcome::Outcome;
use crate::lang::Lang;
use crate::users::{self, Role, User, edit};

/// The users, name and role (their hashes stay in the file).
pub fn user_list(root: &Path) -> Outcome<Vec<(String, Role)>> {
    Outcome::of(|diagnostics| {
        users::load(root, diagnostics)
            .map(|list| list.into_iter().map(|User { name, role, .. }| (name, role)).collect())
    })
}

pub fn user_add(root: &Path, name: &str, role: Role, password: &str, lang: Lang) -> Outcome<()> {
    Outcome::of(|diagnostics| edit::add(root, name, role, password, lang, diagnostics))
}

pub fn user_remove(root: &Path, name: &str) -> Outcome<()> {
    Outcome::of(|diagnostics| edit::remove(root, name, diagnostics))
}

pub fn user_password(root: &Path, name: &str, password: &str) -> Outcome<()> {
    Outcome::of(|diagnostics| edit::set_password(root, name, password, diagnostics))
}

pub fn user_role(root: &Path, name: &str, role: Role) -> Outcome<()> {
    Outcome::of(|diagnostics| edit::set_role(root, name, role, diagnostics))
}
