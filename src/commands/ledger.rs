//! `kitapsha print-run`, `hand-out` and `stock`: the ledgers, with the press PDF of the current
//! content as the edition a print run records.

use std::path::{Path, PathBuf};

use crate::campaign::Edition;
use crate::commands::outcome::Outcome;
use crate::commands::select::{campaign_folders, load_campaigns, press_pdf_of, write_workbook};
use crate::diag::Diagnostics;
use crate::lang::Lang;
use crate::ledger::{
    self, LedgerFile, NewHandOut, NewHandOutSheet, NewRun, RecordedHandOut, RecordedRun, RecordedSheet, SheetPreview,
    StockRow, VoidRequest, Voided,
};
use crate::messages::Message;
use crate::msg;
use crate::project::Project;
use crate::scope::Scope;

pub fn print_run(project: &Project, run: NewRun) -> Outcome<RecordedRun> {
    Outcome::of(|diagnostics| ledger::print_run(project, run, &|id, e, d| press_pdf_of(project, id, e, d), diagnostics))
}

/// `--edition` naming an edition the campaign does not list: the usage error, naming its
/// editions. `None` when the edition is the standard one or listed, or the campaign does not
/// load (print-run says why).
pub fn edition_problem(project: &Project, campaign: &str, edition: Option<Edition>) -> Option<Message> {
    let edition = edition?;
    let mut ignored = Diagnostics::new();
    let folders = campaign_folders(project, &[campaign.to_string()], &mut ignored);
    let loaded = load_campaigns(&folders, &mut ignored).pop()?;
    if loaded.editions.contains(&edition) {
        return None;
    }
    let editions = std::iter::once(ledger::args::STANDARD.to_string())
        .chain(loaded.editions.iter().map(|e| e.name().to_string()))
        .collect::<Vec<_>>()
        .join(", ");
    Some(msg!("print-run-edition-unknown", campaign = campaign, edition = edition.name(), editions = editions))
}

pub fn hand_out(project: &Project, hand_out: NewHandOut) -> Outcome<RecordedHandOut> {
    Outcome::of(|diagnostics| ledger::hand_out(project, hand_out, diagnostics))
}

/// Every hand-out of a volunteer's sheet, or none.
pub fn hand_out_sheet(project: &Project, sheet: &NewHandOutSheet) -> Outcome<RecordedSheet> {
    Outcome::of(|diagnostics| ledger::hand_out_sheet(project, sheet, diagnostics))
}

/// What a volunteer's sheet would record, checked as `hand_out_sheet` checks it; writes nothing.
pub fn preview_hand_out_sheet(project: &Project, sheet: &NewHandOutSheet) -> Outcome<SheetPreview> {
    Outcome::of(|diagnostics| ledger::preview_sheet(project, sheet, diagnostics))
}

/// Marks a ledger record void.
pub fn void(project: &Project, request: &VoidRequest) -> Outcome<Voided> {
    Outcome::of(|diagnostics| ledger::void(project, request, diagnostics))
}

/// One campaign's ledger as written, void records included.
pub fn history(project: &Project, campaign: &str) -> Outcome<LedgerFile> {
    Outcome::of(|diagnostics| ledger::history(project, campaign, diagnostics))
}

/// What `stock` covers.
#[derive(Debug, Clone, Default)]
pub struct StockOptions {
    /// The campaigns (all when none are named) and the period: runs and hand-outs count when
    /// dated in it, and the stock is the stock at its end.
    pub scope: Scope,
}

/// The totals of the campaigns in scope, in campaign order.
pub fn stock(project: &Project, options: &StockOptions) -> Outcome<Vec<StockRow>> {
    Outcome::of(|diagnostics| stock_rows(project, &options.scope, diagnostics))
}

/// `stock --xlsx`: the same rows as a workbook at `path`, headings in `lang`. Its value is the
/// path written.
pub fn stock_xlsx(project: &Project, options: &StockOptions, lang: Lang, path: &Path) -> Outcome<PathBuf> {
    Outcome::of(|diagnostics| {
        let rows = stock_rows(project, &options.scope, diagnostics)?;
        write_workbook(project, path, ledger::stock::xlsx(&rows, lang, project.creation_date()), diagnostics)
    })
}

fn stock_rows(project: &Project, scope: &Scope, diagnostics: &mut Diagnostics) -> Option<Vec<StockRow>> {
    let start = diagnostics.checkpoint();
    let folders = campaign_folders(project, &scope.campaigns, diagnostics);
    if diagnostics.failed_since(start) {
        return None;
    }
    let ledgers = ledger::read_all(&folders, diagnostics)?;
    Some(ledger::stock(&ledgers, scope, &|id, e, d| press_pdf_of(project, id, e, d), diagnostics))
}
