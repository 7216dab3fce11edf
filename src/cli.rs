//! The command line: arguments in, one call into the library, diagnostics and an exit code out.

mod args;
mod help;
mod usage;
mod user;

pub use args::{Cli, Command};
pub use help::message_ids as help_message_ids;

use std::ffi::OsString;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::FromArgMatches;

use crate::commands::{
    self, BuildOptions, CheckOptions, ImportOptions, Outcome, ReportOptions, StatsOptions, StockOptions,
};
use crate::diag::{Diagnostic, Diagnostics, display_path};
use crate::lang::Lang;
use crate::ledger;
use crate::ledger::stock::CsvDialect;
use crate::messages::{self, Message};
use crate::msg;
use crate::project::{self, Project};
use crate::scope::Scope;
use crate::survey;

/// The whole command line: the language chosen, the arguments parsed (help and usage errors
/// in that language), the command run, its outcome shown. Returns the exit code.
pub fn main() -> ExitCode {
    crate::timing::begin();
    // Before Typst starts the threads it lays out pages on, so that they get large stacks.
    crate::parallel::init();
    let args: Vec<OsString> = std::env::args_os().collect();
    let here = std::env::current_dir().unwrap_or_else(|_| PathBuf::from("."));
    // The language comes before the arguments are parsed, so that the help speaks it: the
    // project file it may come from is found from `--project` as typed, or from here.
    let start = project_flag(&args).map_or_else(|| here.clone(), |dir| from_here(&here, dir));
    let root = project::find_root(&start);
    let setting = root
        .as_ref()
        .and_then(|root| std::fs::read_to_string(root.join(project::PROJECT_FILE)).ok())
        .and_then(|text| messages::from_setting(&text));
    let lang = messages::choose(setting);
    let matches = match help::command(lang).try_get_matches_from(&args) {
        Ok(matches) => matches,
        Err(error) => return usage::report(&error, &args, lang),
    };
    let cli = match Cli::from_arg_matches(&matches) {
        Ok(cli) => cli,
        Err(error) => return usage::report(&error, &args, lang),
    };
    // A new project is made where there is none yet.
    if let Command::Init { dir } = &cli.command {
        let created = commands::init_project(&from_here(&here, dir.clone()), dir, lang);
        return finish(created, lang, |dir| msg!("init-created", folder = dir.display().to_string()));
    }
    if let Some(problem) = period_problem(&cli.command) {
        return usage::refuse(&problem, &args, lang);
    }
    let Some(root) = root else {
        let problem = Diagnostic::file_error(&start, msg!("no-project", file = project::PROJECT_FILE))
            .with_hint(msg!("no-project-hint"));
        print_diagnostics(&[problem].into_iter().collect(), lang);
        return ExitCode::from(1);
    };
    run(cli, &root, &here, lang)
}

/// `--from` after `--to`: a period that holds no day.
fn period_problem(command: &Command) -> Option<Message> {
    let period = match command {
        Command::Stock { scope, .. } | Command::Report { scope, .. } => &scope.period,
        Command::Stats { period, .. } => period,
        _ => return None,
    };
    match (period.from, period.to) {
        (Some(from), Some(to)) if from > to => {
            Some(msg!("usage-from-after-to", from = from.to_string(), to = to.to_string()))
        }
        _ => None,
    }
}

/// The scope that `--campaigns`, `--from` and `--to` ask for; a campaign named twice counts once.
fn scope_of(mut campaigns: Vec<String>, period: &args::PeriodArgs) -> Scope {
    let mut seen = std::collections::HashSet::new();
    campaigns.retain(|id| seen.insert(id.clone()));
    Scope { campaigns, from: period.from, to: period.to }
}

/// `--project DIR` or `--project=DIR`, wherever it stands.
fn project_flag(args: &[OsString]) -> Option<PathBuf> {
    let mut args = args.iter().skip(1);
    while let Some(arg) = args.next() {
        let text = arg.to_string_lossy();
        if text == "--project" {
            return args.next().map(PathBuf::from);
        }
        if let Some(dir) = text.strip_prefix("--project=") {
            return Some(PathBuf::from(dir));
        }
    }
    None
}

fn run(cli: Cli, root: &Path, here: &Path, lang: Lang) -> ExitCode {
    match cli.command {
        Command::New { id } => finish(commands::new_campaign(root, &id, lang), lang, |created| {
            msg!("new-created", folder = created.folder.display().to_string(), id = &created.id)
        }),
        Command::Init { .. } => unreachable!("handled before a project is looked for"),
        Command::Watch { campaign, port } => {
            let mut diagnostics = Diagnostics::new();
            crate::watch::run(root, campaign, port, lang, &mut diagnostics);
            print_diagnostics(&diagnostics, lang);
            ExitCode::from(1)
        }
        Command::Studio { port, lan } => {
            let mut diagnostics = Diagnostics::new();
            crate::studio::run(root, port, lan, lang, &mut diagnostics);
            print_diagnostics(&diagnostics, lang);
            ExitCode::from(1)
        }
        // The users file is the project's, whatever state its campaigns are in.
        Command::User(command) => finish_text(user::run(root, command, lang), lang, String::clone),
        command => {
            let opened = commands::open(root);
            let Some(project) = opened.value else {
                print_diagnostics(&opened.diagnostics, lang);
                return ExitCode::from(1);
            };
            run_in_project(&project, here, command, lang)
        }
    }
}

/// The commands that need the project file loaded.
fn run_in_project(project: &Project, here: &Path, command: Command, lang: Lang) -> ExitCode {
    let root = &project.root;
    let wrote = |path: &PathBuf| msg!("wrote", path = display_path(root, path).display().to_string());
    match command {
        Command::Check { campaigns } => {
            finish_lines(commands::check(project, &CheckOptions { campaigns }), lang, |checked| {
                let mut lines: Vec<Message> = checked
                    .press_ink
                    .iter()
                    .map(|(id, ink)| {
                        msg!("check-press-ink", campaign = id, ink = ink.round(), limit = checked.ink_limit)
                    })
                    .collect();
                lines.push(msg!("check-done", campaigns = checked.campaigns));
                lines
            })
        }
        Command::Build { campaigns, out, reports, emit_typst, force } => {
            let options = BuildOptions {
                campaigns,
                out: out.map(|dir| from_here(here, dir)),
                reports,
                emit_typst: emit_typst.map(|dir| from_here(here, dir)),
                force,
            };
            finish_lines(commands::build(project, &options), lang, |built| {
                let mut lines: Vec<Message> = built.written.iter().map(wrote).collect();
                if !built.unchanged.is_empty() {
                    lines.push(msg!("build-unchanged", files = built.unchanged.len()));
                }
                lines
            })
        }
        Command::PrintRun { campaign, copies, date, printer, cost, edition } => {
            let edition = edition.and_then(|choice| choice.0);
            if let Some(problem) = commands::edition_problem(project, &campaign, edition) {
                let args: Vec<std::ffi::OsString> = std::env::args_os().collect();
                return usage::refuse(&problem, &args, lang);
            }
            let run = ledger::NewRun { campaign, copies, date, printer, cost, edition };
            finish(commands::print_run(project, run), lang, |run| {
                let date = run.date.long(lang);
                // A named edition is shown with its fingerprint: "3f2a… (large-print)".
                let fingerprint = run.edition.as_ref().map(|print| match run.kind {
                    Some(kind) => format!("{print} ({})", kind.name()),
                    None => print.clone(),
                });
                match &fingerprint {
                    Some(edition) => msg!(
                        "print-run-recorded",
                        copies = run.copies,
                        campaign = &run.campaign,
                        date = date,
                        edition = edition,
                        in_stock = run.in_stock
                    ),
                    None => msg!(
                        "print-run-recorded-without-edition",
                        copies = run.copies,
                        campaign = &run.campaign,
                        date = date,
                        in_stock = run.in_stock
                    ),
                }
            })
        }
        Command::HandOut { campaign, from_file: Some(file), .. } => {
            let shown = file.clone();
            let sheet = ledger::NewHandOutSheet { campaign, file: from_here(here, file), shown };
            finish(commands::hand_out_sheet(project, &sheet), lang, |recorded| {
                msg!(
                    "sheet-recorded",
                    rows = recorded.rows,
                    copies = recorded.copies,
                    campaign = &recorded.campaign,
                    in_stock = recorded.in_stock
                )
            })
        }
        Command::HandOut { campaign, copies, place, date, by, from_file: None } => {
            // clap requires both without --from-file.
            let (Some(copies), Some(place)) = (copies, place) else { return ExitCode::from(2) };
            let hand_out = ledger::NewHandOut { campaign, copies, place, date, by };
            finish(commands::hand_out(project, hand_out), lang, |h| {
                msg!(
                    "hand-out-recorded",
                    copies = h.copies,
                    campaign = &h.campaign,
                    place = &h.place,
                    date = h.date.long(lang),
                    in_stock = h.in_stock
                )
            })
        }
        Command::Void { campaign, number, reason, date } => {
            let request = ledger::VoidRequest { campaign, number, reason, date };
            finish(commands::void(project, &request), lang, |voided| {
                let kind = match voided.entry {
                    ledger::Entry::Run(_) => "run",
                    ledger::Entry::HandOut(_) => "hand-out",
                };
                msg!(
                    "void-recorded",
                    number = voided.number,
                    campaign = &voided.campaign,
                    kind = kind,
                    copies = voided.entry.copies(),
                    date = voided.entry.date().long(lang),
                    reason = &voided.void.reason,
                    in_stock = voided.in_stock
                )
            })
        }
        Command::Stock { history: Some(campaign), json, .. } => {
            finish_text(commands::history(project, &campaign), lang, |ledger| {
                if json { ledger::history::json(&ledger.ledger) } else { ledger::history::table(&ledger.ledger, lang) }
            })
        }
        Command::Stock { json, csv, csv_comma, xlsx, scope, history: None } => {
            let options = StockOptions { scope: scope_of(scope.campaigns, &scope.period) };
            if let Some(file) = xlsx {
                let path = from_here(here, file);
                return finish(commands::stock_xlsx(project, &options, lang, &path), lang, wrote);
            }
            finish_text(commands::stock(project, &options), lang, |rows| match (json, csv, csv_comma) {
                (true, _, _) => ledger::stock::json(rows),
                (_, true, _) => ledger::stock::csv(rows, CsvDialect::Excel).trim_end().to_string(),
                (_, _, true) => ledger::stock::csv(rows, CsvDialect::Comma).trim_end().to_string(),
                _ => ledger::stock::table(rows, lang),
            })
        }
        Command::Import { id, kk, ru } => {
            let documents = [(Lang::Kk, kk), (Lang::Ru, ru)]
                .into_iter()
                .filter_map(|(lang, path)| {
                    let path = path?;
                    Some(commands::WordDocument { lang, path: from_here(here, path.clone()), shown: path })
                })
                .collect();
            finish(commands::import(project, &ImportOptions { id, documents }, lang), lang, |imported| {
                msg!(
                    "import-done",
                    file = imported.file.display().to_string(),
                    sections = imported.sections,
                    quotes = imported.quotes,
                    pictures = imported.pictures,
                    id = &imported.id
                )
            })
        }
        Command::Report { lang: report_lang, out, scope } => {
            let report_lang = Lang::from_code(&report_lang).unwrap_or(Lang::En);
            let options = ReportOptions {
                lang: report_lang,
                out: out.map(|file| from_here(here, file)),
                scope: scope_of(scope.campaigns, &scope.period),
            };
            finish(commands::report(project, &options), lang, wrote)
        }
        Command::Stats { campaigns, json, lang: sentences, level, xlsx, period } => {
            let sentences = sentences.as_deref().and_then(Lang::from_code);
            let options = StatsOptions { scope: scope_of(campaigns, &period), level };
            if let Some(file) = xlsx {
                let path = from_here(here, file);
                return finish(commands::stats_xlsx(project, &options, lang, &path), lang, wrote);
            }
            finish_text(commands::stats(project, &options), lang, |results| {
                if json { survey::to_json(results) } else { survey::table::render(results, level, sentences, lang) }
            })
        }
        Command::Init { .. }
        | Command::New { .. }
        | Command::Watch { .. }
        | Command::Studio { .. }
        | Command::User(_) => {
            unreachable!("handled before the project is loaded")
        }
    }
}

/// The one rule for every path on the command line: a relative path is taken from the current
/// folder, as in every other program; what a command writes by default goes into the project.
fn from_here(here: &Path, path: PathBuf) -> PathBuf {
    if path.is_absolute() { path } else { here.join(path) }
}

/// Prints the diagnostics, then the one message of a command that succeeded.
fn finish<T>(outcome: Outcome<T>, lang: Lang, message: impl FnOnce(&T) -> Message) -> ExitCode {
    finish_text(outcome, lang, |value| message(value).render(lang))
}

/// [`finish`] for a command that says several things, a line each.
fn finish_lines<T>(outcome: Outcome<T>, lang: Lang, lines: impl FnOnce(&T) -> Vec<Message>) -> ExitCode {
    finish_text(outcome, lang, |value| lines(value).iter().map(|m| m.render(lang)).collect::<Vec<_>>().join("\n"))
}

/// [`finish`] for a command whose output is a table or data, already worded.
fn finish_text<T>(outcome: Outcome<T>, lang: Lang, render: impl FnOnce(&T) -> String) -> ExitCode {
    print_diagnostics(&outcome.diagnostics, lang);
    let succeeded = outcome.succeeded();
    match outcome.value {
        Some(value) if succeeded => {
            let text = render(&value);
            if !text.is_empty() {
                // A closed pipe (`kitapsha stock | head`) is not an error of ours.
                let _ = writeln!(std::io::stdout(), "{text}");
            }
            ExitCode::SUCCESS
        }
        _ => ExitCode::from(1),
    }
}

/// Prints every diagnostic to stderr in `lang`, then a count.
fn print_diagnostics(diagnostics: &Diagnostics, lang: Lang) {
    // A problem that several checks meet (a campaign folder that cannot be opened, say) is
    // shown and counted once.
    let mut seen = std::collections::HashSet::new();
    let diagnostics: Vec<&Diagnostic> = diagnostics.iter().filter(|d| seen.insert(d.render(Lang::En))).collect();
    for diagnostic in &diagnostics {
        eprint!("{}", diagnostic.render(lang));
    }
    let errors = diagnostics.iter().filter(|d| d.is_error()).count();
    let warnings = diagnostics.len() - errors;
    if errors > 0 || warnings > 0 {
        eprintln!("{}", msg!("summary-errors", errors = errors, warnings = warnings).render(lang));
    }
}
