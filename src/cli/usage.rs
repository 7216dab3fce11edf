//! Usage errors (exit code 2) in the reader's language: clap finds what is wrong with the
//! command line; kitapsha says it, with what to type, from the catalogues.

use std::error::Error as _;
use std::ffi::OsString;
use std::io::Write;
use std::process::ExitCode;

use clap::error::{ContextKind, ContextValue, ErrorKind};

use crate::cli::help;
use crate::lang::Lang;
use crate::messages::{Message, MessageError};
use crate::msg;

/// Shows the help or version clap was asked for, or the usage error it found. Returns the exit
/// code: 0 for help and version, 2 for an error.
pub fn report(error: &clap::Error, args: &[OsString], lang: Lang) -> ExitCode {
    match error.kind() {
        ErrorKind::DisplayHelp | ErrorKind::DisplayVersion => {
            // The help is already in `lang`: it was built from the catalogues.
            let _ = write!(std::io::stdout(), "{}", error.render());
            return ExitCode::SUCCESS;
        }
        ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand => {
            let _ = write!(std::io::stderr(), "{}", error.render());
            return ExitCode::from(2);
        }
        _ => {}
    }
    let text = |kind| match error.get(kind) {
        Some(ContextValue::String(s)) => s.clone(),
        Some(ContextValue::Strings(list)) => list.join(", "),
        Some(other) => other.to_string(),
        None => String::new(),
    };
    let arg = text(ContextKind::InvalidArg);
    let message = match error.kind() {
        // A word that is no option is a value too many (`new a b`).
        ErrorKind::UnknownArgument if !arg.starts_with('-') => msg!("usage-unexpected-value", value = arg),
        ErrorKind::UnknownArgument => match error.get(ContextKind::SuggestedArg) {
            Some(_) => msg!("usage-unknown-argument-suggested", arg = arg, suggested = text(ContextKind::SuggestedArg)),
            None => msg!("usage-unknown-argument", arg = arg),
        },
        ErrorKind::InvalidSubcommand => match error.get(ContextKind::SuggestedSubcommand) {
            Some(_) => msg!(
                "usage-unknown-command-suggested",
                command = text(ContextKind::InvalidSubcommand),
                suggested = text(ContextKind::SuggestedSubcommand)
            ),
            None => msg!("usage-unknown-command", command = text(ContextKind::InvalidSubcommand)),
        },
        ErrorKind::InvalidValue => msg!(
            "usage-invalid-value",
            arg = arg,
            value = text(ContextKind::InvalidValue),
            valid = text(ContextKind::ValidValue)
        ),
        ErrorKind::ValueValidation => {
            let reason = error.source().and_then(|source| source.downcast_ref::<MessageError>()).map_or_else(
                || msg!("usage-other", detail = error.source().map(ToString::to_string).unwrap_or_default()),
                |e| e.0.clone(),
            );
            msg!("usage-value-refused", arg = arg, reason = reason)
        }
        ErrorKind::MissingRequiredArgument => msg!("usage-missing-argument", arg = arg),
        ErrorKind::MissingSubcommand => msg!("usage-missing-command"),
        ErrorKind::ArgumentConflict => msg!("usage-conflict", arg = arg, other = text(ContextKind::PriorArg)),
        ErrorKind::TooManyValues | ErrorKind::WrongNumberOfValues => {
            msg!("usage-unexpected-value", value = text(ContextKind::InvalidValue))
        }
        ErrorKind::InvalidUtf8 => msg!("usage-not-utf8"),
        _ => msg!("usage-other", detail = error.kind().as_str().unwrap_or("").to_string()),
    };
    refuse(&message, args, lang)
}

/// Says what is wrong with a command line that clap accepted (`--from` after `--to`), as a
/// usage error: the message, the synopsis and the hint. Returns exit code 2.
pub fn refuse(message: &Message, args: &[OsString], lang: Lang) -> ExitCode {
    let usage = synopsis(args, lang);
    let _ = writeln!(
        std::io::stderr(),
        "{}: {}\n\n{}: {usage}\n  = {}: {}",
        msg!("severity-error").render(lang),
        message.render(lang),
        msg!("cli-heading-usage").render(lang),
        msg!("hint-label").render(lang),
        msg!("usage-hint").render(lang)
    );
    ExitCode::from(2)
}

/// The synopsis of the command the user typed (or of kitapsha itself): clap's usage line
/// without its English heading.
fn synopsis(args: &[OsString], lang: Lang) -> String {
    let mut command = help::command(lang);
    let typed = args.iter().skip(1).map(|a| a.to_string_lossy().into_owned()).find(|a| !a.starts_with('-'));
    let strip =
        |usage: clap::builder::StyledStr| usage.to_string().trim().trim_start_matches("Usage:").trim().to_string();
    match typed.as_deref().and_then(|name| command.find_subcommand_mut(name)) {
        // A subcommand on its own does not know the program's name.
        Some(sub) => format!("kitapsha {}", strip(sub.render_usage())),
        None => strip(command.render_usage()),
    }
}
