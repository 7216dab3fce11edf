//! The people who may use the studio from other computers (`kitapsha studio --lan`):
//! `users.toml` at the project root, each user with a role and an argon2id hash of their
//! password. Read here with every problem located; changed by [`edit`].

pub mod edit;
pub mod password;

use std::path::Path;

use serde::Deserialize;
use toml::Spanned;

use crate::diag::{Diagnostic, Diagnostics, SourceFile};
use crate::fsutil::read_text;
use crate::msg;
use crate::tomlfile;

/// The file of users, at the project root. The studio never serves it.
pub const USERS_FILE: &str = "users.toml";

/// What a user may change in the studio. Everyone logged in may read every page.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    /// Texts, pictures, new campaigns, imports and building the outputs.
    Editor,
    /// Hand-outs and print runs only: the person in the villages.
    Distributor,
    /// Everything, the users included.
    Coordinator,
}

impl Role {
    pub const ALL: [Role; 3] = [Role::Editor, Role::Distributor, Role::Coordinator];

    /// The name written in `users.toml` and typed after `--role`.
    pub fn name(self) -> &'static str {
        match self {
            Role::Editor => "editor",
            Role::Distributor => "distributor",
            Role::Coordinator => "coordinator",
        }
    }

    pub fn from_name(name: &str) -> Option<Role> {
        Role::ALL.into_iter().find(|role| role.name() == name)
    }

    /// The role's name in the reader's language.
    pub fn message(self) -> crate::messages::Message {
        match self {
            Role::Editor => msg!("users-role-editor"),
            Role::Distributor => msg!("users-role-distributor"),
            Role::Coordinator => msg!("users-role-coordinator"),
        }
    }
}

/// One user of `users.toml`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct User {
    pub name: String,
    pub role: Role,
    /// The argon2id hash in PHC form (`$argon2id$v=19$…`): never the password itself.
    pub hash: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawUsersFile {
    #[serde(default)]
    user: Vec<RawUser>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawUser {
    name: Spanned<String>,
    /// Checked here rather than by serde, so that one wrong role does not hide the other problems.
    role: Spanned<String>,
    password: Spanned<String>,
}

/// The users of the project in `root`: none when there is no `users.toml` yet; `None` when the
/// file is there but wrong (the diagnostics say where).
pub fn load(root: &Path, diagnostics: &mut Diagnostics) -> Option<Vec<User>> {
    let path = root.join(USERS_FILE);
    if !path.exists() {
        return Some(Vec::new());
    }
    let text = match read_text(&path, Path::new(USERS_FILE)) {
        Ok(text) => text,
        Err(problem) => {
            diagnostics.push(problem);
            return None;
        }
    };
    let file = SourceFile::new(USERS_FILE, text);
    let checkpoint = diagnostics.checkpoint();
    let raw: RawUsersFile = tomlfile::load(&file, diagnostics)?;
    let mut users: Vec<User> = Vec::new();
    for entry in raw.user {
        let name = entry.name.get_ref();
        if let Err(problem) = check_name(name) {
            diagnostics.push(Diagnostic::error(&file, entry.name.span(), problem).with_hint(msg!("users-name-hint")));
        } else if users.iter().any(|user| user.name == *name) {
            diagnostics.push(
                Diagnostic::error(&file, entry.name.span(), msg!("users-written-twice", name = name))
                    .with_hint(msg!("users-written-twice-hint")),
            );
        }
        let role = Role::from_name(entry.role.get_ref());
        if role.is_none() {
            diagnostics.push(
                Diagnostic::error(&file, entry.role.span(), msg!("users-role-unknown", role = entry.role.get_ref()))
                    .with_hint(msg!("users-role-unknown-hint")),
            );
        }
        if !password::is_hash(entry.password.get_ref()) {
            diagnostics.push(
                Diagnostic::error(&file, entry.password.span(), msg!("users-not-a-hash"))
                    .with_hint(msg!("users-not-a-hash-hint", name = name)),
            );
        }
        let Some(role) = role else { continue };
        users.push(User { name: name.clone(), role, hash: entry.password.into_inner() });
    }
    if diagnostics.failed_since(checkpoint) { None } else { Some(users) }
}

/// The longest user name.
const MAX_NAME_CHARS: usize = 32;

/// A name is letters and digits of any alphabet, with `-`, `_` or `.` between them.
pub fn check_name(name: &str) -> Result<(), crate::messages::Message> {
    let allowed = |c: char| c.is_alphanumeric() || matches!(c, '-' | '_' | '.');
    let chars = name.chars().count();
    let edges_ok = name.chars().next().is_some_and(char::is_alphanumeric)
        && name.chars().last().is_some_and(char::is_alphanumeric);
    if (1..=MAX_NAME_CHARS).contains(&chars) && edges_ok && name.chars().all(allowed) {
        Ok(())
    } else {
        Err(msg!("users-name-bad", name = name))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_words_of_any_alphabet() {
        for good in ["aigul", "Айгүл", "erlan.b", "a-1", "x"] {
            assert!(check_name(good).is_ok(), "{good}");
        }
        for bad in ["", "../users", "a b", "-a", "a.", "a/b", "<b>", &"a".repeat(33)] {
            assert!(check_name(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn roles_go_by_their_names() {
        for role in Role::ALL {
            assert_eq!(Role::from_name(role.name()), Some(role));
        }
        assert_eq!(Role::from_name("admin"), None);
    }
}
