//! The print-run ledger, `booklets/<id>/print-runs.toml`: every print run and every batch of
//! booklets handed out, how many are left, what each copy cost, and where they went.
//!
//! The ledger knows nothing of layout: the edition of a print run is the fingerprint of PDF
//! bytes that the caller supplies (see [`PressPdf`]).

pub mod args;
pub mod edition;
pub mod file;
pub mod history;
pub mod lock;
pub mod model;
pub mod sheet;
pub mod stock;
pub mod validate;

pub use file::LedgerFile;
pub use model::{Entry, HandOut, Ledger, Record, Run, Void, VoidRefusal};
pub use stock::{EditionStatus, StockRow, Totals};

use std::path::{Path, PathBuf};

use crate::campaign::{CAMPAIGN_FILE, Edition};
use crate::date::Date;
use crate::diag::{Diagnostic, Diagnostics, Severity};
use crate::messages::{self, Message};
use crate::msg;
use crate::project::{BOOKLETS_DIR, CampaignFolder, Project};
use crate::scope::Scope;

/// The press PDF that a campaign's current content builds, given the campaign id; `None` when
/// the content does not build, with its problems added to the diagnostics it is given.
/// The edition is `None` for the standard booklet.
pub type PressPdf<'a> = &'a dyn Fn(&str, Option<Edition>, &mut Diagnostics) -> Option<Vec<u8>>;

/// `kitapsha print-run`, as the user typed it.
#[derive(Debug, Clone)]
pub struct NewRun {
    pub campaign: String,
    pub copies: u64,
    /// Today when not given.
    pub date: Option<Date>,
    pub printer: Option<String>,
    pub cost: Option<u64>,
    /// The edition printed (`--edition`); `None` for the standard booklet.
    pub edition: Option<Edition>,
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
    /// The edition printed; `None` for the standard booklet.
    pub kind: Option<Edition>,
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
    let edition = press_pdf(&campaign, run.edition, &mut content_problems).map(|bytes| edition::fingerprint(&bytes));
    let today = Date::today();
    let date = run.date.unwrap_or(today);
    let entry = Entry::Run(Run {
        date,
        copies: run.copies,
        printer: run.printer,
        cost: run.cost,
        edition: edition.clone(),
        kind: run.edition,
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
    Some(RecordedRun { campaign, copies: run.copies, date, edition, kind: run.edition, in_stock: ledger.in_stock() })
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

/// `kitapsha void`, as the user typed it.
#[derive(Debug, Clone)]
pub struct VoidRequest {
    pub campaign: String,
    /// The record's number, as `stock --history` shows it.
    pub number: usize,
    pub reason: String,
    /// Today when not given.
    pub date: Option<Date>,
}

/// A record as marked void.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Voided {
    pub campaign: String,
    pub number: usize,
    pub entry: Entry,
    pub void: Void,
    pub in_stock: u64,
}

/// Marks a record void: it stays in the ledger, with the day and the reason, and counts for
/// nothing from then on. Refused, writing nothing, for a number no record has, a record void
/// already, a blank reason, a day before the record's, and a print run whose copies were
/// handed out (the hand-outs it would leave without stock are named).
pub fn void(project: &Project, request: &VoidRequest, diagnostics: &mut Diagnostics) -> Option<Voided> {
    let campaign = known_campaign(project, &request.campaign, diagnostics)?;
    let today = Date::today();
    let number = request.number;
    // A reason is one line of the record, however it was typed or pasted.
    let reason = request.reason.split_whitespace().collect::<Vec<_>>().join(" ");
    let void = Void { date: request.date.unwrap_or(today), reason };
    let mut voided_entry = None;
    let ledger = file::change(project, &campaign, today, diagnostics, |current, shown| {
        let voided = match current.ledger.voiding(number, void.clone()) {
            Ok(voided) => voided,
            Err(refusal) => return Err(void_refused(current, shown, number, &void, refusal)),
        };
        let text =
            file::voided(&current.source.text, number, &void).map_err(|m| vec![Diagnostic::file_error(shown, m)])?;
        voided_entry = current.ledger.record(number).map(|record| record.entry.clone());
        Ok((text, voided))
    })?;
    let entry = voided_entry?;
    Some(Voided { campaign, number, entry, void, in_stock: ledger.in_stock() })
}

fn void_refused(
    current: &LedgerFile,
    shown: &Path,
    number: usize,
    void: &Void,
    refusal: VoidRefusal,
) -> Vec<Diagnostic> {
    let campaign = current.campaign.as_str();
    let refused = |message: Message, hint: Message| vec![Diagnostic::file_error(shown, message).with_hint(hint)];
    match refusal {
        VoidRefusal::NoSuchNumber { records: 0 } => {
            refused(msg!("void-no-records", number = number), msg!("void-no-records-hint", campaign = campaign))
        }
        VoidRefusal::NoSuchNumber { records } => refused(
            msg!("void-no-such-record", number = number, records = records),
            msg!("void-no-such-record-hint", campaign = campaign),
        ),
        VoidRefusal::AlreadyVoid(earlier) => refused(
            msg!("void-already", number = number, date = earlier.date.to_string(), reason = earlier.reason),
            msg!("void-already-hint"),
        ),
        VoidRefusal::NoReason => refused(msg!("void-no-reason"), msg!("void-no-reason-hint")),
        VoidRefusal::BeforeRecord { record } => refused(
            msg!("void-before-record", number = number, date = void.date.to_string(), record = record.to_string()),
            msg!("void-before-record-hint", record = record.to_string()),
        ),
        VoidRefusal::Overdraws(overdrawn) => {
            let copies = current.ledger.record(number).map_or(0, |record| record.entry.copies());
            let mut problems = refused(
                msg!("void-overdraws", number = number, copies = copies, count = overdrawn.len()),
                msg!("void-overdraws-hint", campaign = campaign),
            );
            for (hand_out_number, hand_out, in_stock) in overdrawn {
                let message = msg!(
                    "void-overdrawn-hand-out",
                    number = hand_out_number,
                    copies = hand_out.copies,
                    place = &hand_out.place,
                    date = hand_out.date.to_string(),
                    stock = in_stock
                );
                problems.push(Diagnostic::error(&current.source, hand_out.span.clone(), message));
            }
            problems
        }
    }
}

/// `kitapsha hand-out --from-file`, as the user typed it.
#[derive(Debug, Clone)]
pub struct NewHandOutSheet {
    pub campaign: String,
    /// The sheet, .xlsx or .csv.
    pub file: PathBuf,
    /// How to show its path.
    pub shown: PathBuf,
}

/// A sheet of hand-outs as recorded.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RecordedSheet {
    pub campaign: String,
    pub rows: usize,
    pub copies: u64,
    pub in_stock: u64,
}

/// What a volunteer's sheet would record, checked as [`hand_out_sheet`] checks it, with
/// nothing written: the studio shows it before the user confirms.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SheetPreview {
    pub campaign: String,
    /// The rows as they would be recorded, in sheet order.
    pub rows: Vec<sheet::SheetRow>,
    /// The copies in stock now, and after the sheet; `None` after it when the stock does not
    /// cover it (each short row is in the diagnostics).
    pub in_stock_now: u64,
    pub in_stock_after: Option<u64>,
}

/// Reads and checks a sheet as [`hand_out_sheet`] does, against the ledger as it is now, and
/// writes nothing. `None` when the sheet's rows cannot be read; its rows, with the stock
/// problems in the diagnostics, when the stock does not cover them.
pub fn preview_sheet(
    project: &Project,
    sheet: &NewHandOutSheet,
    diagnostics: &mut Diagnostics,
) -> Option<SheetPreview> {
    let campaign = known_campaign(project, &sheet.campaign, diagnostics)?;
    let today = Date::today();
    let rows = sheet::read(&sheet.file, &sheet.shown, today, diagnostics)?;
    let folder = project.campaign_dir(&campaign).map_err(|d| diagnostics.push(d)).ok()?;
    let current = file::read(&folder, &campaign, today, diagnostics)?;
    let in_stock_after = match sheet_stock(&current.ledger, &rows, &sheet.shown) {
        Ok(ledger) => Some(ledger.in_stock()),
        Err(problems) => {
            problems.into_iter().for_each(|problem| diagnostics.push(problem));
            None
        }
    };
    Some(SheetPreview { campaign, rows, in_stock_now: current.ledger.in_stock(), in_stock_after })
}

/// Records every hand-out of a volunteer's sheet, or none: nothing is written unless every row
/// is right and the stock covers them all, taken in date order with what is recorded already.
pub fn hand_out_sheet(
    project: &Project,
    sheet: &NewHandOutSheet,
    diagnostics: &mut Diagnostics,
) -> Option<RecordedSheet> {
    let campaign = known_campaign(project, &sheet.campaign, diagnostics)?;
    let today = Date::today();
    let rows = sheet::read(&sheet.file, &sheet.shown, today, diagnostics)?;
    let lang = messages::choose(project.messages);
    let ledger = file::change(project, &campaign, today, diagnostics, |current, _| {
        let expected = sheet_stock(&current.ledger, &rows, &sheet.shown)?;
        let entries: Vec<Entry> = rows.iter().map(|row| Entry::HandOut(row.hand_out.clone())).collect();
        let text = file::appended_all(&current.source.text, &campaign, &entries, lang)
            .map_err(|m| vec![Diagnostic::file_error(&sheet.shown, m)])?;
        Ok((text, expected))
    })?;
    let copies = rows.iter().map(|row| row.hand_out.copies).sum();
    Some(RecordedSheet { campaign, rows: rows.len(), copies, in_stock: ledger.in_stock() })
}

/// The ledger with every row of the sheet added, or the rows the stock does not cover: in date
/// order (rows of one day in sheet order), each must find its copies in stock.
fn sheet_stock(current: &Ledger, rows: &[sheet::SheetRow], shown: &Path) -> Result<Ledger, Vec<Diagnostic>> {
    let mut by_date: Vec<&sheet::SheetRow> = rows.iter().collect();
    by_date.sort_by_key(|row| row.hand_out.date);
    let mut stock = current.clone();
    let mut problems = Vec::new();
    for row in by_date {
        let entry = Entry::HandOut(row.hand_out.clone());
        match stock.shortfall(&entry) {
            Some(shortfall) => {
                let (message, hint) = file::shortfall_messages(&row.hand_out, shortfall);
                let problem = Diagnostic::at_row(shown, row.row, row.line_text.clone(), message);
                problems.push((row.row, problem.with_hint(hint)));
            }
            None => stock = stock.with(entry),
        }
    }
    if problems.is_empty() {
        return Ok(current.with_all(rows.iter().map(|row| Entry::HandOut(row.hand_out.clone()))));
    }
    problems.sort_by_key(|(row, _)| *row);
    let count = problems.len();
    let mut problems: Vec<Diagnostic> = problems.into_iter().map(|(_, problem)| problem).collect();
    problems.push(
        Diagnostic::file_error(shown, msg!("sheet-nothing-recorded", rows = count))
            .with_hint(msg!("sheet-nothing-recorded-hint")),
    );
    Err(problems)
}

/// One campaign's ledger, read and checked, for `stock --history`.
pub fn history(project: &Project, campaign: &str, diagnostics: &mut Diagnostics) -> Option<LedgerFile> {
    let campaign = known_campaign(project, campaign, diagnostics)?;
    let folder = project.campaign_dir(&campaign).map_err(|d| diagnostics.push(d)).ok()?;
    file::read(&folder, &campaign, Date::today(), diagnostics)
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

/// Whether the content still builds the edition each kind of booklet (standard, large print)
/// was last printed in: each one's press PDF is compared with its own last print run.
fn edition_status(ledger: &LedgerFile, press_pdf: PressPdf, diagnostics: &mut Diagnostics) -> EditionStatus {
    let mut overall = EditionStatus::Unknown;
    for run in ledger.ledger.last_run_of_each_edition() {
        let status = run_status(ledger, run, press_pdf, diagnostics);
        overall = match (overall, status) {
            (EditionStatus::Changed, _) | (_, EditionStatus::Changed) => EditionStatus::Changed,
            (EditionStatus::Current, _) | (_, EditionStatus::Current) => EditionStatus::Current,
            _ => EditionStatus::Unknown,
        };
    }
    overall
}

fn run_status(ledger: &LedgerFile, run: &Run, press_pdf: PressPdf, diagnostics: &mut Diagnostics) -> EditionStatus {
    let id = &ledger.campaign;
    let Some(printed) = &run.edition else { return EditionStatus::Unknown };
    let mut content_problems = Diagnostics::new();
    let current = press_pdf(id, run.kind, &mut content_problems).map(|bytes| edition::fingerprint(&bytes));
    // A named edition is shown with its fingerprint: "3f2a… (large-print)".
    let shown = |print: &str| match run.kind {
        Some(kind) => format!("{print} ({})", kind.name()),
        None => print.to_string(),
    };
    let (status, message, hint) = match current {
        Some(current) if &current == printed => return EditionStatus::Current,
        Some(current) => (
            EditionStatus::Changed,
            msg!(
                "ledger-edition-changed",
                campaign = id,
                date = run.date.to_string(),
                printed = shown(printed),
                current = current
            ),
            msg!("ledger-edition-changed-hint", campaign = id),
        ),
        None => (
            EditionStatus::Unknown,
            msg!("ledger-edition-unknown", campaign = id, printed = shown(printed)),
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
