//! The command line: arguments in, one call into the library, diagnostics and an exit code out.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Parser, Subcommand};

use crate::date::Date;
use crate::diag::{Diagnostic, Severity, has_errors};
use crate::ledger::{self, args};
use crate::{build, project, report, scaffold, survey};

/// Two-language (Kazakh and Russian) print-ready booklets from TOML content files.
#[derive(Debug, Parser)]
#[command(name = "kitapsha", version, about, long_about = None)]
pub struct Cli {
    /// The project folder (the one with kitapsha.toml); found from the current folder by default.
    #[arg(long, global = true, value_name = "DIR")]
    pub project: Option<PathBuf>,
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Create booklets/<ID>/ with a commented campaign.toml that builds at once.
    New {
        /// The new campaign's id: lowercase Latin letters, digits and dashes, e.g. kegen-youth.
        id: String,
    },
    /// Check content, images, fit, ledgers and surveys without writing anything; exit 1 on errors.
    Check {
        /// Campaign ids: folder names under booklets/.
        campaigns: Vec<String>,
    },
    /// Build the booklets of the campaigns (all in booklets/ when none is named) into out/<id>/.
    Build {
        /// Campaign ids: folder names under booklets/.
        campaigns: Vec<String>,
        /// Where to write the PDFs.
        #[arg(long, value_name = "DIR", default_value = "out")]
        out: PathBuf,
        /// Also write the donor report in English, Russian and Kazakh (DIR/report-<lang>.pdf).
        #[arg(long)]
        reports: bool,
        /// Also write, for every PDF, a self-contained Typst project (main.typ, data, images)
        /// into this folder, for `typst compile --font-path fonts FOLDER/<name>/main.typ`.
        #[arg(long, value_name = "FOLDER")]
        emit_typst: Option<PathBuf>,
    },
    /// Rebuild a campaign on every save and show its pages in the browser, with any errors.
    Watch {
        /// The campaign to watch; the first one when not given.
        campaign: Option<String>,
        /// The port of the preview on 127.0.0.1; 0 picks a free one.
        #[arg(long, default_value_t = 8737)]
        port: u16,
    },
    /// Record a print run in booklets/<CAMPAIGN>/print-runs.toml, with the edition it printed.
    PrintRun {
        /// The campaign id: its folder name under booklets/.
        campaign: String,
        /// How many booklets were printed.
        #[arg(long, value_name = "N", value_parser = args::copies, allow_negative_numbers = true)]
        copies: u64,
        /// The day of the print run, YYYY-MM-DD; today when not given.
        #[arg(long, value_name = "YYYY-MM-DD", value_parser = args::date)]
        date: Option<Date>,
        /// Who printed it.
        #[arg(long, value_name = "NAME", value_parser = args::text)]
        printer: Option<String>,
        /// What the whole run cost, in whole tenge.
        #[arg(long, value_name = "TENGE", value_parser = args::cost, allow_negative_numbers = true)]
        cost: Option<u64>,
    },
    /// Record booklets handed out; refused when there are not that many in stock.
    HandOut {
        /// The campaign id: its folder name under booklets/.
        campaign: String,
        /// How many booklets were handed out.
        #[arg(long, value_name = "N", value_parser = args::copies, allow_negative_numbers = true)]
        copies: u64,
        /// The village or town where they were handed out.
        #[arg(long, value_parser = args::text)]
        place: String,
        /// The day they were handed out, YYYY-MM-DD; today when not given.
        #[arg(long, value_name = "YYYY-MM-DD", value_parser = args::date)]
        date: Option<Date>,
        /// Who handed them out.
        #[arg(long, value_name = "WHO", value_parser = args::text)]
        by: Option<String>,
    },
    /// Per campaign: printed, handed out, in stock, cost and cost per copy, last hand-out.
    Stock {
        /// Print JSON for programs instead of a table.
        #[arg(long, conflicts_with = "csv")]
        json: bool,
        /// Print CSV for spreadsheets instead of a table.
        #[arg(long)]
        csv: bool,
    },
    /// Awareness before and after each campaign, with confidence intervals and honest sentences.
    ///
    /// Reads booklets/<id>/survey.toml: shares with confidence intervals, the change in percentage
    /// points with its interval and test, and sentences in kk, ru and en.
    Stats {
        /// Campaign ids: folder names under booklets/ (all when none is named).
        campaigns: Vec<String>,
        /// Print JSON (shares and points as fractions, unrounded) instead of the table.
        #[arg(long)]
        json: bool,
        /// The language of the sentences; all three when not given.
        #[arg(long, value_parser = ["kk", "ru", "en"])]
        lang: Option<String>,
        /// The confidence level of the intervals, as a fraction.
        #[arg(long, default_value_t = survey::stats::DEFAULT_LEVEL, value_parser = survey::parse_level)]
        level: f64,
    },
    /// Write the donor report as one A4 PDF.
    ///
    /// What was printed and handed out, where, at what cost, and how awareness changed.
    Report {
        /// The report's language.
        #[arg(long, value_parser = ["en", "ru", "kk"], default_value = "en")]
        lang: String,
        /// Where to write it; out/report-<lang>.pdf by default.
        #[arg(long, value_name = "FILE")]
        out: Option<PathBuf>,
    },
}

/// Runs a parsed command line and returns the process's exit code.
pub fn run(cli: Cli) -> ExitCode {
    let start = match cli.project.clone() {
        Some(dir) => dir,
        None => std::env::current_dir().unwrap_or_else(|_| PathBuf::from(".")),
    };
    let Some(root) = project::find_root(&start) else {
        eprintln!(
            "error: no {} in {} or any folder above it\n  = hint: run kitapsha inside the project folder, or pass --project DIR",
            project::PROJECT_FILE,
            start.display()
        );
        return ExitCode::from(1);
    };
    let mut diagnostics = Vec::new();
    let outcome = match cli.command {
        Command::New { id } => scaffold::new_campaign(&root, &id, &mut diagnostics),
        Command::Watch { campaign, port } => crate::watch::run(&root, campaign, port, &mut diagnostics),
        command => with_project(&root, command, &mut diagnostics),
    };
    report(&diagnostics);
    match outcome {
        Some(message) if !has_errors(&diagnostics) => {
            if !message.is_empty() {
                // A closed pipe (`kitapsha stock | head`) is not an error of ours.
                let _ = writeln!(std::io::stdout(), "{message}");
            }
            ExitCode::SUCCESS
        }
        _ => ExitCode::from(1),
    }
}

fn with_project(root: &Path, command: Command, diagnostics: &mut Vec<Diagnostic>) -> Option<String> {
    let project = project::load(root, diagnostics)?;
    match command {
        Command::Check { campaigns } => {
            let loaded = build::load_campaigns(&project, &campaigns, diagnostics);
            for campaign in &loaded {
                build::typeset(&project, campaign, diagnostics);
            }
            // Ledgers and surveys are checked only for names that exist, which
            // `load_campaigns` has already reported otherwise.
            if project.select_campaigns(&campaigns).is_ok() {
                ledger::check(&project, &campaigns, diagnostics);
                survey::results(&project, &campaigns, survey::stats::DEFAULT_LEVEL, diagnostics);
            }
            Some(format!("checked {} campaign(s)", loaded.len()))
        }
        Command::Build { campaigns, out, reports, emit_typst } => {
            let out = if out.is_absolute() { out } else { root.join(out) };
            let emit = emit_typst.map(|dir| if dir.is_absolute() { dir } else { root.join(dir) });
            let loaded = build::load_campaigns(&project, &campaigns, diagnostics);
            let all = campaigns.is_empty();
            // The reports' cover thumbnails are rendered while the booklets are at hand.
            let covers = |campaign: &_, booklet: &_| {
                if reports { report::covers(campaign, booklet) } else { report::Covers::new() }
            };
            let (mut written, covers) = build::build(&project, &loaded, &out, emit.as_deref(), covers, diagnostics);
            if reports && !crate::diag::has_errors(diagnostics) {
                // The report covers the whole programme, not only the campaigns named.
                let programme = if all {
                    report::Programme::new(loaded, covers)
                } else {
                    report::Programme::typeset(&project, diagnostics)
                };
                written.extend(report::write_all(&project, &programme, &out, emit.as_deref(), diagnostics));
            }
            let lines: Vec<String> = written
                .iter()
                .map(|path| format!("wrote {}", crate::diag::display_path(root, path).display()))
                .collect();
            Some(lines.join("\n"))
        }
        Command::PrintRun { campaign, copies, date, printer, cost } => {
            let run = ledger::NewRun { campaign, copies, date, printer, cost };
            ledger::print_run(&project, run, &|id, d| build::press_pdf_of(&project, id, d), diagnostics)
        }
        Command::HandOut { campaign, copies, place, date, by } => {
            ledger::hand_out(&project, ledger::NewHandOut { campaign, copies, place, date, by }, diagnostics)
        }
        Command::Stock { json, csv } => {
            let format = match (json, csv) {
                (true, _) => ledger::StockFormat::Json,
                (_, true) => ledger::StockFormat::Csv,
                _ => ledger::StockFormat::Table,
            };
            ledger::stock(&project, format, &|id, d| build::press_pdf_of(&project, id, d), diagnostics)
        }
        Command::Report { lang, out } => {
            let lang = crate::lang::Lang::from_code(&lang).unwrap_or(crate::lang::Lang::En);
            let out = match out {
                Some(path) if path.is_absolute() => path,
                Some(path) => std::env::current_dir().unwrap_or_else(|_| root.to_path_buf()).join(path),
                None => report::default_path(&project, lang),
            };
            let programme = report::Programme::typeset(&project, diagnostics);
            report::write(&project, &programme, lang, &out, None, diagnostics)
                .map(|path| format!("wrote {}", crate::diag::display_path(root, &path).display()))
        }
        Command::Stats { campaigns, json, lang, level } => {
            let lang = lang.as_deref().and_then(crate::lang::Lang::from_code);
            survey::stats_command(&project, &campaigns, &survey::StatsOptions { level, lang, json }, diagnostics)
        }
        Command::New { .. } | Command::Watch { .. } => unreachable!("handled before the project is loaded"),
    }
}

/// Prints every diagnostic to stderr, then a count.
fn report(diagnostics: &[Diagnostic]) {
    // A problem that several checks meet (a campaign folder that cannot be opened, say) is
    // shown and counted once.
    let mut seen = std::collections::HashSet::new();
    let diagnostics: Vec<&Diagnostic> = diagnostics.iter().filter(|d| seen.insert(d.to_string())).collect();
    for diagnostic in &diagnostics {
        eprint!("{diagnostic}");
    }
    let errors = diagnostics.iter().filter(|d| d.severity == Severity::Error).count();
    let warnings = diagnostics.len() - errors;
    if errors > 0 || warnings > 0 {
        eprintln!("kitapsha: {errors} error(s), {warnings} warning(s)");
    }
}
