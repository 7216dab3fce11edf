//! Changes to `users.toml`: a user added or removed, a password or a role changed. Each one
//! reads the file as [`super::load`] checks it, edits it with toml_edit (comments kept byte for
//! byte) and writes it atomically; nothing is written when a check fails.

use std::path::Path;

use toml_edit::{ArrayOfTables, DocumentMut, Item, Table, value};

use crate::diag::{Diagnostic, Diagnostics};
use crate::fsutil::{io_problem, write_atomically};
use crate::lang::Lang;
use crate::msg;
use crate::users::{self, Role, USERS_FILE, User, password};

/// Adds user `name` with `role` and `password`. `lang` words the comment of a new file.
pub fn add(
    root: &Path,
    name: &str,
    role: Role,
    new_password: &str,
    lang: Lang,
    diagnostics: &mut Diagnostics,
) -> Option<()> {
    let users = users::load(root, diagnostics)?;
    if let Err(problem) = users::check_name(name) {
        return refuse(diagnostics, Diagnostic::file_error(USERS_FILE, problem).with_hint(msg!("users-name-hint")));
    }
    if users.iter().any(|user| user.name == name) {
        let taken = Diagnostic::file_error(USERS_FILE, msg!("users-name-taken", name = name))
            .with_hint(msg!("users-name-taken-hint", name = name));
        return refuse(diagnostics, taken);
    }
    let hash = hashed(new_password, diagnostics)?;
    let mut doc = document(root, diagnostics)?;
    let new_file = !root.join(USERS_FILE).exists();
    let mut entry = Table::new();
    entry.insert("name", value(name));
    entry.insert("role", value(role.name()));
    entry.insert("password", value(hash));
    match doc.get_mut("user").and_then(Item::as_array_of_tables_mut) {
        Some(list) => list.push(entry),
        None => {
            let mut list = ArrayOfTables::new();
            list.push(entry);
            doc.insert("user", Item::ArrayOfTables(list));
        }
    }
    let text = if new_file { header(lang) + &doc.to_string() } else { doc.to_string() };
    write(root, &text, diagnostics)
}

/// Removes user `name`; never the last coordinator.
pub fn remove(root: &Path, name: &str, diagnostics: &mut Diagnostics) -> Option<()> {
    let users = users::load(root, diagnostics)?;
    let user = known(&users, name, diagnostics)?;
    if user.role == Role::Coordinator {
        keeps_a_coordinator(&users, name, diagnostics)?;
    }
    let mut doc = document(root, diagnostics)?;
    let list = doc.get_mut("user").and_then(Item::as_array_of_tables_mut)?;
    list.retain(|table| table.get("name").and_then(Item::as_str) != Some(name));
    write(root, &doc.to_string(), diagnostics)
}

/// Gives user `name` a new password.
pub fn set_password(root: &Path, name: &str, new_password: &str, diagnostics: &mut Diagnostics) -> Option<()> {
    let users = users::load(root, diagnostics)?;
    known(&users, name, diagnostics)?;
    let hash = hashed(new_password, diagnostics)?;
    let mut doc = document(root, diagnostics)?;
    entry_mut(&mut doc, name)?.insert("password", value(hash));
    write(root, &doc.to_string(), diagnostics)
}

/// Gives user `name` a new role; the last coordinator keeps theirs.
pub fn set_role(root: &Path, name: &str, role: Role, diagnostics: &mut Diagnostics) -> Option<()> {
    let users = users::load(root, diagnostics)?;
    let user = known(&users, name, diagnostics)?;
    if user.role == Role::Coordinator && role != Role::Coordinator {
        keeps_a_coordinator(&users, name, diagnostics)?;
    }
    let mut doc = document(root, diagnostics)?;
    // Only the value changes: a comment after it stays.
    let entry = entry_mut(&mut doc, name)?;
    match entry.get_mut("role").and_then(Item::as_value_mut) {
        Some(old) => {
            let decor = old.decor().clone();
            *old = role.name().into();
            *old.decor_mut() = decor;
        }
        None => {
            entry.insert("role", value(role.name()));
        }
    }
    write(root, &doc.to_string(), diagnostics)
}

fn refuse<T>(diagnostics: &mut Diagnostics, problem: Diagnostic) -> Option<T> {
    diagnostics.push(problem);
    None
}

fn known<'a>(users: &'a [User], name: &str, diagnostics: &mut Diagnostics) -> Option<&'a User> {
    let found = users.iter().find(|user| user.name == name);
    if found.is_none() {
        let unknown = Diagnostic::file_error(USERS_FILE, msg!("users-unknown", name = name))
            .with_hint(msg!("users-unknown-hint"));
        diagnostics.push(unknown);
    }
    found
}

/// Refuses a change that would leave no coordinator to manage the users.
fn keeps_a_coordinator(users: &[User], name: &str, diagnostics: &mut Diagnostics) -> Option<()> {
    if users.iter().any(|user| user.role == Role::Coordinator && user.name != name) {
        return Some(());
    }
    let last = Diagnostic::file_error(USERS_FILE, msg!("users-last-coordinator", name = name))
        .with_hint(msg!("users-last-coordinator-hint"));
    refuse(diagnostics, last)
}

fn hashed(new_password: &str, diagnostics: &mut Diagnostics) -> Option<String> {
    if new_password.chars().count() < password::MIN_CHARS {
        let short = Diagnostic::file_error(USERS_FILE, msg!("users-password-short", min = password::MIN_CHARS));
        return refuse(diagnostics, short);
    }
    match password::hash(new_password) {
        Ok(hash) => Some(hash),
        Err(error) => refuse(diagnostics, cannot_write(&error)),
    }
}

/// The file as it is, or an empty one.
fn document(root: &Path, diagnostics: &mut Diagnostics) -> Option<DocumentMut> {
    let path = root.join(USERS_FILE);
    if !path.exists() {
        return Some(DocumentMut::new());
    }
    let text = match crate::fsutil::read_text(&path, Path::new(USERS_FILE)) {
        Ok(text) => text,
        Err(problem) => return refuse(diagnostics, problem),
    };
    // `load` parsed the same text a moment ago.
    text.parse().ok()
}

/// The comment that opens a new file: what it is.
fn header(lang: Lang) -> String {
    let lines: String = [msg!("users-file-what"), msg!("users-file-how"), msg!("users-file-private")]
        .iter()
        .map(|line| format!("# {}\n", line.render(lang)))
        .collect();
    format!("{lines}\n")
}

fn entry_mut<'a>(doc: &'a mut DocumentMut, name: &str) -> Option<&'a mut Table> {
    doc.get_mut("user")?
        .as_array_of_tables_mut()?
        .iter_mut()
        .find(|table| table.get("name").and_then(Item::as_str) == Some(name))
}

fn write(root: &Path, text: &str, diagnostics: &mut Diagnostics) -> Option<()> {
    match write_atomically(&root.join(USERS_FILE), text.as_bytes()) {
        Ok(()) => Some(()),
        Err(error) => refuse(diagnostics, cannot_write(&error)),
    }
}

fn cannot_write(error: &std::io::Error) -> Diagnostic {
    Diagnostic::file_error(USERS_FILE, msg!("users-cannot-write", reason = io_problem(error)))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn folder() -> std::path::PathBuf {
        let dir = std::env::temp_dir().join(format!("kitapsha-users-{}-{}", std::process::id(), fastrand::u64(..)));
        std::fs::create_dir_all(&dir).unwrap();
        dir
    }

    #[test]
    fn users_are_added_changed_and_removed_keeping_comments() {
        let root = folder();
        let mut diagnostics = Diagnostics::new();
        add(&root, "aigul", Role::Coordinator, "first password", Lang::En, &mut diagnostics).unwrap();
        let text = std::fs::read_to_string(root.join(USERS_FILE)).unwrap();
        assert!(text.starts_with("# "), "{text}");
        std::fs::write(root.join(USERS_FILE), text.replace("role = \"coordinator\"", "role = \"coordinator\" # boss"))
            .unwrap();
        add(&root, "erlan", Role::Distributor, "second password", Lang::En, &mut diagnostics).unwrap();
        set_role(&root, "erlan", Role::Editor, &mut diagnostics).unwrap();
        set_password(&root, "erlan", "third password", &mut diagnostics).unwrap();
        assert!(diagnostics.is_empty(), "{diagnostics:?}");
        let users = users::load(&root, &mut diagnostics).unwrap();
        assert_eq!(
            users.iter().map(|u| (u.name.as_str(), u.role)).collect::<Vec<_>>(),
            [("aigul", Role::Coordinator), ("erlan", Role::Editor)]
        );
        assert!(password::verify("third password", &users[1].hash));
        assert!(std::fs::read_to_string(root.join(USERS_FILE)).unwrap().contains("# boss"));

        // The last coordinator stays; nothing is written when refused.
        let before = std::fs::read(root.join(USERS_FILE)).unwrap();
        assert!(remove(&root, "aigul", &mut diagnostics).is_none());
        assert!(set_role(&root, "aigul", Role::Editor, &mut diagnostics).is_none());
        assert!(add(&root, "erlan", Role::Editor, "whatever1", Lang::En, &mut diagnostics).is_none());
        assert!(add(&root, "new", Role::Editor, "short", Lang::En, &mut diagnostics).is_none());
        assert_eq!(std::fs::read(root.join(USERS_FILE)).unwrap(), before);
        let ids: Vec<&str> = diagnostics.iter().map(|d| d.message.id).collect();
        assert_eq!(
            ids,
            ["users-last-coordinator", "users-last-coordinator", "users-name-taken", "users-password-short"]
        );

        let mut diagnostics = Diagnostics::new();
        remove(&root, "erlan", &mut diagnostics).unwrap();
        assert_eq!(users::load(&root, &mut diagnostics).unwrap().len(), 1);
        std::fs::remove_dir_all(root).unwrap();
    }
}
