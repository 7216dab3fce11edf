//! The commands and options of the command line, as clap reads them. Their help texts are in
//! the message catalogues (`cli-*`), in each language: see `help.rs`.

use std::path::PathBuf;

use clap::{Parser, Subcommand};

use crate::date::Date;
use crate::ledger::args;
use crate::survey;

/// Two-language (Kazakh and Russian) print-ready booklets from TOML content files.
#[derive(Debug, Parser)]
#[command(
    name = "kitapsha",
    version,
    about,
    long_about = None,
    after_help = "Paths given on the command line are taken from the current folder; what a command \
                  writes by default goes into the project (out/, booklets/)."
)]
pub struct Cli {
    /// The project folder (the one with kitapsha.toml); found from the current folder by default.
    #[arg(long, global = true, value_name = "DIR")]
    pub project: Option<PathBuf>,
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Create a project for one's own organisation in DIR: a commented kitapsha.toml, an empty
    /// booklets/ and a README on what to do next.
    Init {
        /// The folder of the new project; made when missing.
        dir: PathBuf,
    },
    /// Create booklets/<ID>/ with a commented campaign.toml that builds at once.
    New {
        /// The new campaign's id: lowercase Latin letters, digits and dashes, e.g. kegen-youth.
        id: String,
    },
    /// Make booklets/<ID>/campaign.toml from Word documents, one per language.
    #[command(group(clap::ArgGroup::new("documents").args(["kk", "ru"]).required(true).multiple(true)))]
    Import {
        /// The new campaign's id: lowercase Latin letters, digits and dashes, e.g. kegen-youth.
        id: String,
        /// The Kazakh text: a Word document (.docx).
        #[arg(long, value_name = "FILE.docx")]
        kk: Option<PathBuf>,
        /// The Russian text: a Word document (.docx).
        #[arg(long, value_name = "FILE.docx")]
        ru: Option<PathBuf>,
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
        /// Where to write the PDFs; out/ in the project when not given.
        #[arg(long, value_name = "DIR")]
        out: Option<PathBuf>,
        /// Also write the donor report in English, Russian and Kazakh (DIR/report-<lang>.pdf).
        #[arg(long)]
        reports: bool,
        /// Also write, for every PDF, a self-contained Typst project (main.typ, data, images)
        /// into this folder, for `typst compile --font-path fonts FOLDER/<name>/main.typ`.
        #[arg(long, value_name = "FOLDER")]
        emit_typst: Option<PathBuf>,
        /// Make every PDF again, even those still up to date.
        #[arg(long)]
        force: bool,
    },
    /// Rebuild a campaign on every save and show its pages in the browser, with any errors.
    Watch {
        /// The campaign to watch; the first one when not given.
        campaign: Option<String>,
        /// The port of the preview on 127.0.0.1; 0 picks a free one.
        #[arg(long, default_value_t = 8737)]
        port: u16,
    },
    /// Edit the campaigns in the browser, on 127.0.0.1, with the booklet's pages beside the form.
    Studio {
        /// The port on 127.0.0.1; 0 picks a free one.
        #[arg(long, default_value_t = 8738)]
        port: u16,
        /// Open the studio to the other computers of the office network, each person logging in.
        #[arg(long)]
        lan: bool,
    },
    /// The people who may log in to `kitapsha studio --lan`, in users.toml.
    #[command(subcommand)]
    User(UserCommand),
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
        /// Which edition was printed: standard (the default) or one of the campaign's editions.
        #[arg(long, value_name = "EDITION", value_parser = args::edition)]
        edition: Option<args::EditionChoice>,
    },
    /// Record booklets handed out; refused when there are not that many in stock.
    HandOut {
        /// The campaign id: its folder name under booklets/.
        campaign: String,
        /// How many booklets were handed out.
        #[arg(
            long,
            value_name = "N",
            value_parser = args::copies,
            allow_negative_numbers = true,
            required_unless_present = "from_file"
        )]
        copies: Option<u64>,
        /// The village or town where they were handed out.
        #[arg(long, value_parser = args::text, required_unless_present = "from_file")]
        place: Option<String>,
        /// The day they were handed out, YYYY-MM-DD; today when not given.
        #[arg(long, value_name = "YYYY-MM-DD", value_parser = args::date)]
        date: Option<Date>,
        /// Who handed them out.
        #[arg(long, value_name = "WHO", value_parser = args::text)]
        by: Option<String>,
        /// A volunteer's sheet (.xlsx or .csv) with the columns date, place, copies and by.
        #[arg(long, value_name = "FILE", conflicts_with_all = ["copies", "place", "date", "by"])]
        from_file: Option<PathBuf>,
    },
    /// Mark a print run or hand-out void: it stays in the ledger and counts for nothing.
    Void {
        /// The campaign id: its folder name under booklets/.
        campaign: String,
        /// The record's number, as `kitapsha stock --history CAMPAIGN` shows it.
        #[arg(value_parser = args::record_number)]
        number: usize,
        /// Why the record is wrong.
        #[arg(long, value_name = "TEXT")]
        reason: String,
        /// The day it was found to be wrong, YYYY-MM-DD; today when not given.
        #[arg(long, value_name = "YYYY-MM-DD", value_parser = args::date)]
        date: Option<Date>,
    },
    /// Per campaign: printed, handed out, in stock, cost and cost per copy, last hand-out.
    Stock {
        /// Print JSON for programs instead of a table.
        #[arg(long, conflicts_with_all = ["csv", "csv_comma", "xlsx"])]
        json: bool,
        /// Print CSV for Excel with Russian or Kazakh settings (UTF-8 with a BOM, `;`, decimal comma).
        #[arg(long, conflicts_with_all = ["csv_comma", "xlsx"])]
        csv: bool,
        /// Every print run and hand-out of this campaign, numbered, void ones marked.
        #[arg(long, value_name = "CAMPAIGN", conflicts_with_all = ["csv", "csv_comma", "xlsx"])]
        history: Option<String>,
        /// Print CSV with commas and a decimal point, for other programs.
        #[arg(long, conflicts_with = "xlsx")]
        csv_comma: bool,
        /// Write an Excel workbook to this file instead of printing a table.
        #[arg(long, value_name = "FILE")]
        xlsx: Option<PathBuf>,
        #[command(flatten)]
        scope: ScopeArgs,
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
        /// Write an Excel workbook to this file instead of printing the table.
        #[arg(long, value_name = "FILE", conflicts_with = "json")]
        xlsx: Option<PathBuf>,
        #[command(flatten)]
        period: PeriodArgs,
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
        #[command(flatten)]
        scope: ScopeArgs,
    },
}

/// `kitapsha user …`.
#[derive(Debug, Subcommand)]
pub enum UserCommand {
    /// Add a user; the password is asked twice (or read from the input when it is not a terminal).
    Add {
        /// The user's name: letters, digits, `-`, `_` or `.`.
        name: String,
        /// What the user may change: editor, distributor or coordinator.
        #[arg(long, value_parser = ["editor", "distributor", "coordinator"], default_value = "editor")]
        role: String,
    },
    /// List the users and their roles.
    List,
    /// Remove a user.
    Remove {
        /// The user's name.
        name: String,
    },
    /// Set a user's new password.
    Password {
        /// The user's name.
        name: String,
    },
}

/// `--from` and `--to`: the period a command counts, either end open.
#[derive(Debug, Clone, clap::Args)]
pub struct PeriodArgs {
    /// The first day counted, 2025-01-15 or 15.01.2025; from the beginning when not given.
    #[arg(long, value_name = "DATE", value_parser = args::period_date)]
    pub from: Option<Date>,
    /// The last day counted, included; to the end when not given.
    #[arg(long, value_name = "DATE", value_parser = args::period_date)]
    pub to: Option<Date>,
}

/// `--campaigns a,b` with `--from` and `--to`: what `stock` and `report` cover.
#[derive(Debug, Clone, clap::Args)]
pub struct ScopeArgs {
    /// Only these campaigns, their ids separated by commas: kegen,raiymbek; all when not given.
    #[arg(long, value_name = "ID,ID", value_delimiter = ',', value_parser = args::campaign_id)]
    pub campaigns: Vec<String>,
    #[command(flatten)]
    pub period: PeriodArgs,
}
