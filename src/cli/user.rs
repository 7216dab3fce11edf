//! `kitapsha user add|list|remove|password`: the accounts of the studio on the office network.
//! A password is typed twice without being shown, or read from the input when that is not a
//! terminal (scripts and tests).

use std::io::{BufRead, IsTerminal};
use std::path::Path;

use crate::cli::args::UserCommand;
use crate::commands::{self, Outcome};
use crate::diag::Diagnostic;
use crate::lang::Lang;
use crate::msg;
use crate::users::{Role, USERS_FILE};

/// Runs a `user` command: what it says on success, worded, and its diagnostics.
pub fn run(root: &Path, command: UserCommand, lang: Lang) -> Outcome<String> {
    match command {
        UserCommand::List => said(commands::user_list(root), |users| {
            if users.is_empty() {
                return msg!("user-list-empty").render(lang);
            }
            let width = users.iter().map(|(name, _)| name.chars().count()).max().unwrap_or(0);
            users
                .iter()
                .map(|(name, role)| {
                    let pad = " ".repeat(width - name.chars().count());
                    format!("{name}{pad}  {}", role.message().render(lang))
                })
                .collect::<Vec<_>>()
                .join("\n")
        }),
        UserCommand::Add { name, role } => {
            let role = Role::from_name(&role).unwrap_or(Role::Editor);
            let outcome = with_password(&name, lang, |password| commands::user_add(root, &name, role, password, lang));
            said(outcome, |()| msg!("user-added", name = &name, role = role.message().render(lang)).render(lang))
        }
        UserCommand::Remove { name } => {
            said(commands::user_remove(root, &name), |()| msg!("user-removed", name = &name).render(lang))
        }
        UserCommand::Password { name } => {
            let outcome = with_password(&name, lang, |password| commands::user_password(root, &name, password));
            said(outcome, |()| msg!("user-password-set", name = &name).render(lang))
        }
    }
}

fn said<T>(outcome: Outcome<T>, say: impl FnOnce(T) -> String) -> Outcome<String> {
    Outcome { value: outcome.value.map(say), diagnostics: outcome.diagnostics }
}

/// Reads the password, then runs `change` with it.
fn with_password(name: &str, lang: Lang, change: impl FnOnce(&str) -> Outcome<()>) -> Outcome<()> {
    match read_password(name, lang) {
        Ok(password) => change(&password),
        Err(problem) => Outcome { value: None, diagnostics: std::iter::once(problem).collect() },
    }
}

fn read_password(name: &str, lang: Lang) -> Result<String, Diagnostic> {
    let unreadable = |error: &std::io::Error| {
        Diagnostic::file_error(USERS_FILE, msg!("users-password-unreadable", reason = crate::fsutil::io_problem(error)))
    };
    if !std::io::stdin().is_terminal() {
        let mut line = String::new();
        std::io::stdin().lock().read_line(&mut line).map_err(|error| unreadable(&error))?;
        return Ok(line.trim_end_matches(['\r', '\n']).to_string());
    }
    let first = rpassword::prompt_password(msg!("users-password-prompt", name = name).render(lang))
        .map_err(|error| unreadable(&error))?;
    let again =
        rpassword::prompt_password(msg!("users-password-again").render(lang)).map_err(|error| unreadable(&error))?;
    if first == again { Ok(first) } else { Err(Diagnostic::file_error(USERS_FILE, msg!("users-password-mismatch"))) }
}
