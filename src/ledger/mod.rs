//! The print-run ledger, `booklets/<id>/print-runs.toml`: every print run and every batch of
//! booklets handed out, how many are left, what each copy cost, and where they went.
//!
//! The ledger knows nothing of layout: the edition of a print run is the fingerprint of PDF
//! bytes that the caller supplies (see [`PressPdf`]).

pub mod args;
pub mod edition;
pub mod file;
pub mod lock;
pub mod model;
pub mod stock;
pub mod validate;

pub use model::{Entry, HandOut, Ledger, Run};
pub use stock::{EditionStatus, StockRow, Totals};

use std::path::Path;

use crate::campaign::CAMPAIGN_FILE;
use crate::date::Date;
use crate::diag::{Diagnostic, Severity};
use crate::project::{BOOKLETS_DIR, Project};

/// The press PDF that a campaign's current content builds, given the campaign id; `None` when
/// the content does not build, with its problems added to the diagnostics it is given.
pub type PressPdf<'a> = &'a dyn Fn(&str, &mut Vec<Diagnostic>) -> Option<Vec<u8>>;

/// `kitapsha print-run`, as the user typed it.
#[derive(Debug, Clone)]
pub struct NewRun {
    pub campaign: String,
    pub copies: u64,
    /// Today when not given.
    pub date: Option<Date>,
    pub printer: Option<String>,
    pub cost: Option<u64>,
}

/// `kitapsha hand-out`, as the user typed it.
#[derive(Debug, Clone)]
pub struct NewHandOut {
    pub campaign: String,
    pub copies: u64,
    pub place: String,
    /// Today when not given.
    pub date: Option<Date>,
    pub by: Option<String>,
}

/// How `kitapsha stock` prints.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StockFormat {
    Table,
    Csv,
    Json,
}

/// Records a print run, with the edition the campaign's current content builds. Returns what
/// to tell the user.
pub fn print_run(
    project: &Project,
    run: NewRun,
    press_pdf: PressPdf,
    diagnostics: &mut Vec<Diagnostic>,
) -> Option<String> {
    let campaign = known_campaign(project, &run.campaign, diagnostics)?;
    let mut content_problems = Vec::new();
    let edition = press_pdf(&campaign, &mut content_problems).map(|bytes| edition::fingerprint(&bytes));
    if edition.is_none() {
        // The copies exist whatever state the text is in now: record them, and say what is missing.
        let errors = content_problems.iter().filter(|d| d.is_error()).count();
        diagnostics.push(warning(
            &Path::new(BOOKLETS_DIR).join(&campaign).join(CAMPAIGN_FILE),
            format!(
                "the print run is recorded without `edition`: the campaign's content has {errors} error(s), \
                 so it does not build"
            ),
            format!("run `kitapsha check {campaign}` to see them; the edition tells later which text went to press"),
        ));
    }
    let today = Date::today();
    let date = run.date.unwrap_or(today);
    let entry = Entry::Run(Run {
        date,
        copies: run.copies,
        printer: run.printer,
        cost: run.cost,
        edition: edition.clone(),
        span: 0..0,
    });
    let ledger = file::append(project, &campaign, &entry, today, diagnostics)?;
    let edition = edition.map(|e| format!(", edition {e}")).unwrap_or_default();
    Some(format!(
        "recorded a print run of {} of {campaign} on {date}{edition}; {} in stock",
        model::copies(run.copies),
        ledger.in_stock()
    ))
}

/// Records copies handed out. Refuses, writing nothing, when there are not that many in stock.
pub fn hand_out(project: &Project, hand_out: NewHandOut, diagnostics: &mut Vec<Diagnostic>) -> Option<String> {
    let campaign = known_campaign(project, &hand_out.campaign, diagnostics)?;
    let today = Date::today();
    let date = hand_out.date.unwrap_or(today);
    let entry = Entry::HandOut(HandOut {
        date,
        copies: hand_out.copies,
        place: hand_out.place.clone(),
        by: hand_out.by,
        span: 0..0,
    });
    let ledger = file::append(project, &campaign, &entry, today, diagnostics)?;
    Some(format!(
        "recorded {} of {campaign} handed out in {} on {date}; {} left in stock",
        model::copies(hand_out.copies),
        hand_out.place,
        ledger.in_stock()
    ))
}

/// The totals of every campaign's ledger (zeros for a campaign without one), in campaign
/// order. `None` when a ledger has errors: totals of a broken ledger would mislead.
pub fn totals(project: &Project, diagnostics: &mut Vec<Diagnostic>) -> Option<Vec<Totals>> {
    let ledgers = read_all(project, diagnostics)?;
    Some(ledgers.iter().map(|(id, ledger)| Totals::of(id, &ledger.ledger)).collect())
}

/// `kitapsha stock`: totals per campaign, and a warning for each campaign whose content no
/// longer builds the edition printed last.
pub fn stock(
    project: &Project,
    format: StockFormat,
    press_pdf: PressPdf,
    diagnostics: &mut Vec<Diagnostic>,
) -> Option<String> {
    let ledgers = read_all(project, diagnostics)?;
    let rows: Vec<StockRow> = ledgers
        .iter()
        .map(|(id, ledger)| StockRow {
            totals: Totals::of(id, &ledger.ledger),
            edition: edition_status(id, ledger, press_pdf, diagnostics),
        })
        .collect();
    Some(match format {
        StockFormat::Table => stock::table(&rows),
        StockFormat::Csv => stock::csv(&rows).trim_end().to_string(),
        StockFormat::Json => stock::json(&rows),
    })
}

/// Checks the ledgers of the named campaigns (all when none are named) without writing
/// anything, for `kitapsha check`. Unknown campaign names are left to the caller to report.
pub fn check(project: &Project, named: &[String], diagnostics: &mut Vec<Diagnostic>) {
    let Ok(ids) = project.select_campaigns(named) else { return };
    let today = Date::today();
    for id in ids {
        file::read(project, &id, today, diagnostics);
    }
}

fn read_all(project: &Project, diagnostics: &mut Vec<Diagnostic>) -> Option<Vec<(String, file::LedgerFile)>> {
    let today = Date::today();
    let mut ledgers = Vec::new();
    let mut complete = true;
    for id in project.campaign_ids() {
        match file::read(project, &id, today, diagnostics) {
            Some(ledger) => ledgers.push((id, ledger)),
            None => complete = false,
        }
    }
    complete.then_some(ledgers)
}

fn edition_status(
    id: &str,
    ledger: &file::LedgerFile,
    press_pdf: PressPdf,
    diagnostics: &mut Vec<Diagnostic>,
) -> EditionStatus {
    let Some(run) = ledger.ledger.last_run() else { return EditionStatus::Unknown };
    let Some(printed) = &run.edition else { return EditionStatus::Unknown };
    let mut content_problems = Vec::new();
    let current = press_pdf(id, &mut content_problems).map(|bytes| edition::fingerprint(&bytes));
    let (status, message, hint) = match current {
        Some(current) if &current == printed => return EditionStatus::Current,
        Some(current) => (
            EditionStatus::Changed,
            format!(
                "the content of {id} has changed since the print run of {}: edition {printed} was printed, \
                 the content now builds {current}",
                run.date
            ),
            format!(
                "the copies in stock carry the old text; when the new text is printed, record it with \
                 `kitapsha print-run {id}`"
            ),
        ),
        None => (
            EditionStatus::Unknown,
            format!("cannot tell whether edition {printed} is still current: the content of {id} does not build"),
            format!("run `kitapsha check {id}` to see why"),
        ),
    };
    diagnostics.push(Diagnostic::warning(&ledger.source, run.span.clone(), message).with_hint(hint));
    status
}

fn known_campaign(project: &Project, name: &str, diagnostics: &mut Vec<Diagnostic>) -> Option<String> {
    match project.select_campaigns(&[name.to_string()]) {
        Ok(mut ids) => ids.pop(),
        Err(diagnostic) => {
            diagnostics.push(diagnostic);
            None
        }
    }
}

fn warning(path: &Path, message: String, hint: String) -> Diagnostic {
    let mut diagnostic = Diagnostic::file_error(path, message).with_hint(hint);
    diagnostic.severity = Severity::Warning;
    diagnostic
}
