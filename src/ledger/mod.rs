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

pub use file::LedgerFile;
pub use model::{Entry, HandOut, Ledger, Run};
pub use stock::{EditionStatus, StockRow, Totals};

use std::path::Path;

use crate::campaign::CAMPAIGN_FILE;
use crate::date::Date;
use crate::diag::{Diagnostic, Diagnostics, Severity};
use crate::messages::Message;
use crate::msg;
use crate::project::{BOOKLETS_DIR, CampaignFolder, Project};
use crate::scope::Scope;

/// The press PDF that a campaign's current content builds, given the campaign id; `None` when
/// the content does not build, with its problems added to the diagnostics it is given.
pub type PressPdf<'a> = &'a dyn Fn(&str, &mut Diagnostics) -> Option<Vec<u8>>;

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

/// A print run as recorded.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RecordedRun {
    pub campaign: String,
    pub copies: u64,
    pub date: Date,
    /// The fingerprint of the press PDF; `None` when the content does not build now.
    pub edition: Option<String>,
    pub in_stock: u64,
}

/// A hand-out as recorded.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RecordedHandOut {
    pub campaign: String,
    pub copies: u64,
    pub place: String,
    pub date: Date,
    pub in_stock: u64,
}

/// Records a print run, with the edition the campaign's current content builds.
pub fn print_run(
    project: &Project,
    run: NewRun,
    press_pdf: PressPdf,
    diagnostics: &mut Diagnostics,
) -> Option<RecordedRun> {
    let campaign = known_campaign(project, &run.campaign, diagnostics)?;
    let mut content_problems = Diagnostics::new();
    let edition = press_pdf(&campaign, &mut content_problems).map(|bytes| edition::fingerprint(&bytes));
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
    // The copies exist whatever state the text is in now: they are recorded, and what is missing
    // is said once they are (a refused write records nothing, so nothing is missing then).
    if edition.is_none() {
        let errors = content_problems.error_count();
        diagnostics.push(warning(
            &Path::new(BOOKLETS_DIR).join(&campaign).join(CAMPAIGN_FILE),
            msg!("ledger-run-without-edition", errors = errors),
            msg!("ledger-run-without-edition-hint", campaign = &campaign),
        ));
    }
    Some(RecordedRun { campaign, copies: run.copies, date, edition, in_stock: ledger.in_stock() })
}

/// Records copies handed out. Refuses, writing nothing, when there are not that many in stock.
pub fn hand_out(project: &Project, hand_out: NewHandOut, diagnostics: &mut Diagnostics) -> Option<RecordedHandOut> {
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
    Some(RecordedHandOut {
        campaign,
        copies: hand_out.copies,
        place: hand_out.place,
        date,
        in_stock: ledger.in_stock(),
    })
}

/// Reads and checks the ledgers of `campaigns`; a campaign without one has an empty ledger.
/// `None` when a ledger has errors: totals of a broken ledger would mislead.
pub fn read_all(campaigns: &[CampaignFolder], diagnostics: &mut Diagnostics) -> Option<Vec<LedgerFile>> {
    let today = Date::today();
    let mut ledgers = Vec::new();
    let mut complete = true;
    for campaign in campaigns {
        match file::read(&campaign.folder, &campaign.id, today, diagnostics) {
            Some(ledger) => ledgers.push(ledger),
            None => complete = false,
        }
    }
    complete.then_some(ledgers)
}

/// The rows of `kitapsha stock`: totals per campaign in `scope`, and a warning for each campaign
/// whose content no longer builds the edition printed last.
pub fn stock(
    ledgers: &[LedgerFile],
    scope: &Scope,
    press_pdf: PressPdf,
    diagnostics: &mut Diagnostics,
) -> Vec<StockRow> {
    ledgers
        .iter()
        .map(|ledger| StockRow {
            totals: Totals::in_scope(&ledger.campaign, &ledger.ledger, scope),
            edition: edition_status(ledger, press_pdf, diagnostics),
        })
        .collect()
}

fn edition_status(ledger: &LedgerFile, press_pdf: PressPdf, diagnostics: &mut Diagnostics) -> EditionStatus {
    let id = &ledger.campaign;
    let Some(run) = ledger.ledger.last_run() else { return EditionStatus::Unknown };
    let Some(printed) = &run.edition else { return EditionStatus::Unknown };
    let mut content_problems = Diagnostics::new();
    let current = press_pdf(id, &mut content_problems).map(|bytes| edition::fingerprint(&bytes));
    let (status, message, hint) = match current {
        Some(current) if &current == printed => return EditionStatus::Current,
        Some(current) => (
            EditionStatus::Changed,
            msg!(
                "ledger-edition-changed",
                campaign = id,
                date = run.date.to_string(),
                printed = printed,
                current = current
            ),
            msg!("ledger-edition-changed-hint", campaign = id),
        ),
        None => (
            EditionStatus::Unknown,
            msg!("ledger-edition-unknown", campaign = id, printed = printed),
            msg!("ledger-edition-unknown-hint", campaign = id),
        ),
    };
    diagnostics.push(Diagnostic::warning(&ledger.source, run.span.clone(), message).with_hint(hint));
    status
}

fn known_campaign(project: &Project, name: &str, diagnostics: &mut Diagnostics) -> Option<String> {
    match project.select_campaigns(&[name.to_string()]) {
        Ok(mut ids) => ids.pop(),
        Err(diagnostic) => {
            diagnostics.push(diagnostic);
            None
        }
    }
}

fn warning(path: &Path, message: Message, hint: Message) -> Diagnostic {
    let mut diagnostic = Diagnostic::file_error(path, message).with_hint(hint);
    diagnostic.severity = Severity::Warning;
    diagnostic
}
