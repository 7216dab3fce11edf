//! The command line: arguments in, one call into the library, diagnostics and an exit code out.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Parser, Subcommand};

use crate::diag::{Diagnostic, Severity, has_errors};
use crate::{build, project, scaffold, survey};

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
    /// Build the booklets of the campaigns (all in booklets/ when none is named) into out/<id>/.
    Build {
        /// Campaign ids: folder names under booklets/.
        campaigns: Vec<String>,
        /// Where to write the PDFs.
        #[arg(long, value_name = "DIR", default_value = "out")]
        out: PathBuf,
    },
    /// Check content, images and fit without writing PDFs; exit 1 on any error.
    Check {
        /// Campaign ids: folder names under booklets/.
        campaigns: Vec<String>,
    },
    /// Awareness before and after each campaign (booklets/<id>/survey.toml): shares with
    /// confidence intervals, the change in percentage points with its interval and test, and
    /// sentences in kk, ru and en.
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
    /// Create booklets/<ID>/ with a commented campaign.toml that builds at once.
    New {
        /// The new campaign's id: lowercase Latin letters, digits and dashes, e.g. kegen-youth.
        id: String,
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
        command => with_project(&root, command, &mut diagnostics),
    };
    report(&diagnostics);
    match outcome {
        Some(message) if !has_errors(&diagnostics) => {
            if !message.is_empty() {
                println!("{message}");
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
            Some(format!("checked {} campaign(s)", loaded.len()))
        }
        Command::Build { campaigns, out } => {
            let out = if out.is_absolute() { out } else { root.join(out) };
            let loaded = build::load_campaigns(&project, &campaigns, diagnostics);
            let written = build::build(&project, &loaded, &out, diagnostics);
            let lines: Vec<String> = written
                .iter()
                .map(|path| format!("wrote {}", crate::diag::display_path(root, path).display()))
                .collect();
            Some(lines.join("\n"))
        }
        Command::Stats { campaigns, json, lang, level } => {
            let lang = lang.as_deref().and_then(crate::lang::Lang::from_code);
            survey::stats_command(&project, &campaigns, &survey::StatsOptions { level, lang, json }, diagnostics)
        }
        Command::New { .. } => unreachable!("handled before the project is loaded"),
    }
}

/// Prints every diagnostic to stderr, then a count.
fn report(diagnostics: &[Diagnostic]) {
    for diagnostic in diagnostics {
        eprint!("{diagnostic}");
    }
    let errors = diagnostics.iter().filter(|d| d.severity == Severity::Error).count();
    let warnings = diagnostics.len() - errors;
    if errors > 0 || warnings > 0 {
        eprintln!("kitapsha: {errors} error(s), {warnings} warning(s)");
    }
}
