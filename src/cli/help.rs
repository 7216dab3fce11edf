//! The help of every command and option in the reader's language. clap's derive gives the
//! commands and options; their words come from the catalogues, by ids made from their names:
//! `cli-about`, `cli-<command>-about`, `cli-<option>` and `cli-<command>-<option>`.

use clap::{Arg, ArgAction, Command, CommandFactory};

use crate::cli::args::Cli;
use crate::lang::Lang;
use crate::messages::render_id;

/// The words clap would print in English: headings and the two flags every command has.
const FIXED_IDS: [&str; 6] = [
    "cli-heading-usage",
    "cli-heading-commands",
    "cli-heading-options",
    "cli-heading-arguments",
    "cli-help",
    "cli-version",
];

/// The command line, every text in `lang`.
pub fn command(lang: Lang) -> Command {
    let say = |id: &str| render_id(id, lang);
    let top = Cli::command()
        .after_help(say("cli-after-help"))
        .disable_version_flag(true)
        .arg(Arg::new("version").long("version").short('V').action(ArgAction::Version).help(say("cli-version")))
        .subcommand_help_heading(say("cli-heading-commands"))
        .disable_help_subcommand(true);
    localize(top, "cli", lang)
}

fn localize(command: Command, prefix: &str, lang: Lang) -> Command {
    let say = |id: &str| render_id(id, lang);
    let template =
        format!("{{about-with-newline}}\n{}: {{usage}}\n\n{{all-args}}{{after-help}}", say("cli-heading-usage"));
    let names: Vec<String> = command.get_subcommands().map(|sub| sub.get_name().to_string()).collect();
    let mut command = command
        .about(say(&format!("{prefix}-about")))
        .long_about(None)
        .help_template(template)
        .disable_help_flag(true)
        .arg(Arg::new("help").long("help").short('h').action(ArgAction::Help).help(say("cli-help")))
        .mut_args(|arg| {
            let id = arg.get_id().as_str().to_string();
            let id = id.as_str();
            if id == "help" || id == "version" {
                return arg.help_heading(say("cli-heading-options"));
            }
            let heading = if arg.is_positional() { "cli-heading-arguments" } else { "cli-heading-options" };
            let arg = arg.help(say(&arg_id(prefix, id))).help_heading(say(heading));
            // Defaults and choices are in the help text itself, in the reader's language.
            if arg.get_action().takes_values() { arg.hide_default_value(true).hide_possible_values(true) } else { arg }
        });
    if !names.is_empty() {
        command = command.subcommand_help_heading(say("cli-heading-commands"));
    }
    for name in names {
        command = command.mut_subcommand(&name, |sub| localize(sub, &format!("{prefix}-{name}"), lang));
    }
    command
}

fn arg_id(prefix: &str, arg: &str) -> String {
    format!("{prefix}-{}", arg.replace('_', "-"))
}

/// Every message id the help uses, for the catalogue tests.
pub fn message_ids() -> Vec<String> {
    let mut ids: Vec<String> = FIXED_IDS.iter().map(std::string::ToString::to_string).collect();
    ids.push("cli-after-help".to_string());
    collect(&Cli::command(), "cli", &mut ids);
    ids
}

fn collect(command: &Command, prefix: &str, ids: &mut Vec<String>) {
    ids.push(format!("{prefix}-about"));
    for arg in command.get_arguments() {
        let id = arg.get_id().as_str();
        if id != "help" && id != "version" {
            ids.push(arg_id(prefix, id));
        }
    }
    for sub in command.get_subcommands() {
        collect(sub, &format!("{prefix}-{}", sub.get_name()), ids);
    }
}
