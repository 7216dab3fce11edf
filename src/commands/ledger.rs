//! `kitapsha print-run`, `hand-out` and `stock`: the ledgers, with the press PDF of the current
//! content as the edition a print run records.

use crate::commands::outcome::Outcome;
use crate::commands::select::{campaign_folders, press_pdf_of};
use crate::ledger::{
    self, LedgerFile, NewHandOut, NewHandOutSheet, NewRun, RecordedHandOut, RecordedRun, RecordedSheet, StockRow,
    VoidRequest, Voided,
};
use crate::project::Project;

pub fn print_run(project: &Project, run: NewRun) -> Outcome<RecordedRun> {
    Outcome::of(|diagnostics| ledger::print_run(project, run, &|id, d| press_pdf_of(project, id, d), diagnostics))
}

pub fn hand_out(project: &Project, hand_out: NewHandOut) -> Outcome<RecordedHandOut> {
    Outcome::of(|diagnostics| ledger::hand_out(project, hand_out, diagnostics))
}

/// Every hand-out of a volunteer's sheet, or none.
pub fn hand_out_sheet(project: &Project, sheet: &NewHandOutSheet) -> Outcome<RecordedSheet> {
    Outcome::of(|diagnostics| ledger::hand_out_sheet(project, sheet, diagnostics))
}

/// Marks a ledger record void.
pub fn void(project: &Project, request: &VoidRequest) -> Outcome<Voided> {
    Outcome::of(|diagnostics| ledger::void(project, request, diagnostics))
}

/// One campaign's ledger as written, void records included.
pub fn history(project: &Project, campaign: &str) -> Outcome<LedgerFile> {
    Outcome::of(|diagnostics| ledger::history(project, campaign, diagnostics))
}

/// Every campaign's totals, in campaign order.
pub fn stock(project: &Project) -> Outcome<Vec<StockRow>> {
    Outcome::of(|diagnostics| {
        let folders = campaign_folders(project, &[], diagnostics);
        let ledgers = ledger::read_all(&folders, diagnostics)?;
        Some(ledger::stock(&ledgers, &|id, d| press_pdf_of(project, id, d), diagnostics))
    })
}
