//! The print runs and hand-outs of one campaign: its stock, the copies handed out in each
//! village, the numbered history, and forms that record a print run or a hand-out or void a
//! record. Every check, lock and write is the CLI's own (`commands::ledger`); this page only
//! reads the form's text as the CLI reads its flags and shows the answer.

use askama::Template;
use axum::Form;
use axum::extract::{Path, Query, State};
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{Html, IntoResponse, Response};
use serde::Deserialize;

use crate::campaign::Edition;
use crate::commands;
use crate::commands::{self as commands_ledger, StockOptions};
use crate::diag::{Diagnostic, Diagnostics};
use crate::lang::Lang;
use crate::ledger::args::{self, ArgError};
use crate::ledger::model::Entry;
use crate::ledger::{EditionStatus, NewHandOut, NewRun, VoidRequest};
use crate::numbers;
use crate::project::Project;
use crate::scope::Scope;
use crate::studio::editor::{Problem, not_found, problem};
use crate::studio::guard::{self, Access};
use crate::studio::state::Shared;
use crate::studio::words::Words;
use crate::studio::{changes, home};

/// The forms of the page, by the last part of the address they post to.
const FORMS: [&str; 3] = ["hand-out", "print-run", "void"];

/// The stock row of the campaign, worded for the page.
pub struct StockView {
    pub printed: String,
    pub handed_out: String,
    pub in_stock: String,
    pub cost: String,
    pub cost_per_copy: String,
    pub content_changed: bool,
}

/// One record of the history, numbered as `void` takes it.
pub struct HistoryRow {
    pub number: usize,
    pub date: String,
    pub record: String,
    pub copies: String,
    pub place: String,
    pub by: String,
    /// "void since …: reason", when it is void.
    pub void: Option<String>,
}

#[derive(Template)]
#[template(path = "ledger.html")]
struct LedgerPage<'a> {
    w: &'a Words,
    token: &'a str,
    back: String,
    id: &'a str,
    topic: String,
    stock: Option<StockView>,
    places: Vec<(String, String)>,
    history: Vec<HistoryRow>,
    /// The editions a print run may name (value, label); empty when the campaign has none.
    editions: Vec<(String, String)>,
    /// What was just recorded: a form's name, or nothing.
    done: String,
    /// The form that was refused, with what was typed in it and why.
    refused: &'static str,
    typed: Vec<(String, String)>,
    refusals: Vec<Problem>,
    /// Problems of the ledger or the campaign themselves.
    other: Vec<Problem>,
}

impl LedgerPage<'_> {
    /// What was typed in field `name` of the refused form `form`; empty for the other forms.
    fn typed(&self, form: &str, name: &str) -> &str {
        if self.refused != form {
            return "";
        }
        self.typed.iter().find(|(key, _)| key == name).map_or("", |(_, value)| value.as_str())
    }

    /// True when the refused form is the void form of record `number`.
    fn refused_void(&self, number: &usize) -> bool {
        self.refused == "void" && self.typed("void", "number") == number.to_string()
    }

    /// True when a void was refused for a number no row of the history offers to void (none,
    /// or one void already): its problems then show at the top, as there is no form to show
    /// them at.
    fn refused_void_elsewhere(&self) -> bool {
        self.refused == "void" && !self.history.iter().any(|row| row.void.is_none() && self.refused_void(&row.number))
    }
}

#[derive(Deserialize)]
pub struct Shown {
    done: Option<String>,
}

/// GET /campaign/{id}/ledger
pub async fn page(
    State(studio): State<Shared>,
    Path(id): Path<String>,
    Query(shown): Query<Shown>,
    headers: HeaderMap,
    access: Access,
) -> Response {
    let w = access.words(&headers, studio.lang);
    if !home::is_campaign(&studio, &id) {
        return not_found(&w);
    }
    let done = shown.done.filter(|d| FORMS.contains(&d.as_str()) || d == "sheet").unwrap_or_default();
    render(&studio, &id, &w, done, Refusal::default(), StatusCode::OK).await
}

/// A refused form: which, what was typed, and why.
#[derive(Default)]
struct Refusal {
    form: &'static str,
    typed: Vec<(String, String)>,
    problems: Vec<Problem>,
    /// What a form that was recorded had to say all the same.
    warnings: Vec<Problem>,
}

/// POST /campaign/{id}/ledger/{form}
pub async fn record(
    State(studio): State<Shared>,
    Path((id, form)): Path<(String, String)>,
    headers: HeaderMap,
    access: Access,
    Form(posted): Form<Vec<(String, String)>>,
) -> Response {
    let w = access.words(&headers, studio.lang);
    if !access.token_matches(&posted) {
        return guard::forbidden();
    }
    let Some(form) = FORMS.into_iter().find(|f| *f == form) else { return not_found(&w) };
    if !home::is_campaign(&studio, &id) {
        return not_found(&w);
    }
    let lang = w.lang;
    let typed: Vec<(String, String)> = posted.into_iter().filter(|(key, _)| key != "csrf").collect();
    let for_record = (studio.clone(), id.clone(), typed.clone());
    let problems = tokio::task::spawn_blocking(move || {
        let (studio, id, typed) = for_record;
        let opened = commands::open(&studio.root);
        match opened.value {
            Some(project) => submit(&project, &id, form, &typed, lang),
            None => opened.diagnostics.iter().map(|d| problem(d, lang)).collect(),
        }
    })
    .await
    .unwrap_or_default();
    if !problems.iter().any(|p| p.error) {
        let ledger =
            std::path::Path::new(crate::project::BOOKLETS_DIR).join(&id).join(crate::ledger::file::LEDGER_FILE);
        // Recorded. What the CLI would print after it (a print run of a text with errors) is
        // shown on the page itself; without it, the page is fetched again.
        let response = if problems.is_empty() {
            let location = format!("/campaign/{id}/ledger?done={form}");
            (StatusCode::SEE_OTHER, [(header::LOCATION, location)]).into_response()
        } else {
            render(
                &studio,
                &id,
                &w,
                form.to_string(),
                Refusal { warnings: problems, ..Refusal::default() },
                StatusCode::OK,
            )
            .await
        };
        return changes::written(response, vec![ledger]);
    }
    let refusal = Refusal { form, typed, problems, warnings: Vec::new() };
    render(&studio, &id, &w, String::new(), refusal, StatusCode::UNPROCESSABLE_ENTITY).await
}

/// Reads the form as the CLI reads its flags and records it; what the library said: errors when
/// nothing was recorded, warnings when it was.
fn submit(project: &Project, id: &str, form: &str, typed: &[(String, String)], lang: Lang) -> Vec<Problem> {
    let mut reader = Reader { typed, lang, problems: Vec::new() };
    let campaign = id.to_string();
    let diagnostics = match form {
        "print-run" => {
            let copies = reader.required("copies", "studio-ledger-copies", args::copies);
            let date = reader.optional("date", "studio-ledger-date", args::date);
            let printer = reader.optional("printer", "studio-ledger-printer", args::text);
            let cost = reader.optional("cost", "studio-ledger-cost", args::cost);
            let edition = reader.optional("edition", "studio-ledger-edition", args::edition).and_then(|e| e.0);
            if let Some(unknown) = commands_ledger::edition_problem(project, id, edition) {
                reader.refuse("studio-ledger-edition", &unknown);
            }
            let Some(copies) = copies.filter(|_| reader.problems.is_empty()) else { return reader.problems };
            let run = NewRun { campaign, copies, date, printer, cost, edition };
            commands_ledger::print_run(project, run).diagnostics
        }
        "hand-out" => {
            let copies = reader.required("copies", "studio-ledger-copies", args::copies);
            let place = reader.required("place", "studio-ledger-place", args::text);
            let date = reader.optional("date", "studio-ledger-date", args::date);
            let by = reader.optional("by", "studio-ledger-by", args::text);
            let (Some(copies), Some(place)) = (copies, place) else { return reader.problems };
            if !reader.problems.is_empty() {
                return reader.problems;
            }
            commands_ledger::hand_out(project, NewHandOut { campaign, copies, place, date, by }).diagnostics
        }
        _ => {
            let number = reader.required("number", "history-number", args::record_number);
            let reason = reader.required("reason", "studio-ledger-reason", args::text);
            let date = reader.optional("date", "studio-ledger-date", args::date);
            let (Some(number), Some(reason)) = (number, reason) else { return reader.problems };
            if !reader.problems.is_empty() {
                return reader.problems;
            }
            commands_ledger::void(project, &VoidRequest { campaign, number, reason, date }).diagnostics
        }
    };
    diagnostics.iter().map(|d| problem(d, lang)).collect()
}

/// Reads the fields of a posted form with the CLI's own parsers, keeping each refusal.
struct Reader<'a> {
    typed: &'a [(String, String)],
    lang: Lang,
    problems: Vec<Problem>,
}

impl Reader<'_> {
    fn text(&self, name: &str) -> &str {
        self.typed.iter().find(|(key, _)| key == name).map_or("", |(_, value)| value.trim())
    }

    /// A field that must be filled in.
    fn required<T>(&mut self, name: &str, label: &str, parse: fn(&str) -> Result<T, ArgError>) -> Option<T> {
        match parse(self.text(name)) {
            Ok(value) => Some(value),
            Err(ArgError(message)) => {
                self.refuse(label, &message);
                None
            }
        }
    }

    /// A field that may be left empty.
    fn optional<T>(&mut self, name: &str, label: &str, parse: fn(&str) -> Result<T, ArgError>) -> Option<T> {
        if self.text(name).is_empty() { None } else { self.required(name, label, parse) }
    }

    /// A refusal of the field labelled `label`.
    fn refuse(&mut self, label: &str, message: &crate::messages::Message) {
        let place = crate::messages::render_id(label, self.lang);
        self.problems.push(Problem {
            error: true,
            text: message.render_for(self.lang, crate::messages::Reader::Studio),
            hint: String::new(),
            place,
        });
    }
}

async fn render(studio: &Shared, id: &str, w: &Words, done: String, refusal: Refusal, status: StatusCode) -> Response {
    let lang = w.lang;
    let for_read = (studio.clone(), id.to_string());
    let read = tokio::task::spawn_blocking(move || {
        let (studio, id) = for_read;
        read(&studio.root, &id, lang)
    })
    .await
    .unwrap_or_default();
    let page = LedgerPage {
        w,
        token: w.token(),
        back: format!("/campaign/{id}/ledger"),
        id,
        topic: read.topic,
        stock: read.stock,
        places: read.places,
        history: read.history,
        editions: read.editions,
        done,
        refused: refusal.form,
        typed: refusal.typed,
        refusals: refusal.problems,
        other: read.other.into_iter().chain(refusal.warnings).collect(),
    };
    (status, Html(page.render().unwrap_or_default())).into_response()
}

/// What the page shows of the campaign's ledger.
#[derive(Default)]
struct Read {
    topic: String,
    stock: Option<StockView>,
    places: Vec<(String, String)>,
    history: Vec<HistoryRow>,
    editions: Vec<(String, String)>,
    other: Vec<Problem>,
}

/// The campaign's stock and history as `stock` and `stock --history` give them.
fn read(root: &std::path::Path, id: &str, lang: Lang) -> Read {
    let mut read = Read::default();
    let opened = commands::open(root);
    let Some(project) = opened.value else {
        read.other = opened.diagnostics.iter().map(|d| problem(d, lang)).collect();
        return read;
    };
    let mut diagnostics = Diagnostics::new();
    let folders = commands::campaign_folders(&project, &[id.to_string()], &mut diagnostics);
    if let Some(campaign) = commands::load_campaigns(&folders, &mut Diagnostics::new()).pop() {
        read.topic = campaign.topic.get(lang).to_string();
        if !campaign.editions.is_empty() {
            read.editions =
                std::iter::once((args::STANDARD.to_string(), crate::msg!("studio-ledger-standard").render(lang)))
                    .chain(campaign.editions.iter().map(|e| (e.name().to_string(), edition_label(*e, lang))))
                    .collect();
        }
    }
    let options = StockOptions { scope: Scope { campaigns: vec![id.to_string()], from: None, to: None } };
    let stock = commands_ledger::stock(&project, &options);
    let mut problems: Vec<Diagnostic> = stock.diagnostics.into_vec();
    if let Some(row) = stock.value.and_then(|rows| rows.into_iter().next()) {
        let totals = &row.totals;
        read.stock = Some(StockView {
            printed: numbers::integer(totals.printed, lang),
            handed_out: numbers::integer(totals.handed_out, lang),
            in_stock: numbers::integer(totals.in_stock, lang),
            cost: if totals.runs > totals.runs_without_cost { numbers::tenge(totals.cost, lang) } else { "—".into() },
            cost_per_copy: totals.cost_per_copy().map_or_else(|| "—".into(), |c| numbers::tenge_fraction(c, lang)),
            content_changed: row.edition == EditionStatus::Changed,
        });
        read.places = totals
            .hand_outs_by_place
            .iter()
            .map(|(place, copies)| (place.clone(), numbers::integer(*copies, lang)))
            .collect();
    }
    let history = commands_ledger::history(&project, id);
    if let Some(file) = history.value {
        read.history = file.ledger.history.iter().enumerate().map(|(index, record)| row(index, record, lang)).collect();
    } else {
        problems.extend(history.diagnostics.into_vec());
    }
    // The same problem found twice (by `stock` and by `history`) is shown once.
    let mut shown: Vec<Problem> = Vec::new();
    for problem in problems.iter().map(|d| problem(d, lang)) {
        if !shown.iter().any(|p| p.text == problem.text && p.place == problem.place) {
            shown.push(problem);
        }
    }
    read.other = shown;
    read
}

fn row(index: usize, record: &crate::ledger::model::Record, lang: Lang) -> HistoryRow {
    let (record_name, place, by) = match &record.entry {
        Entry::Run(run) => {
            let printed = crate::msg!("history-print-run").render(lang);
            let name = run.kind.map_or(printed.clone(), |kind| format!("{printed} ({})", edition_label(kind, lang)));
            let cost = run.cost.map(|c| numbers::tenge(c, lang)).unwrap_or_default();
            (name, run.printer.clone().unwrap_or_default(), cost)
        }
        Entry::HandOut(hand_out) => (
            crate::msg!("history-hand-out").render(lang),
            hand_out.place.clone(),
            hand_out.by.clone().unwrap_or_default(),
        ),
    };
    HistoryRow {
        number: index + 1,
        date: record.entry.date().short(lang),
        record: record_name,
        copies: numbers::integer(record.entry.copies(), lang),
        place,
        by,
        void: record.void.as_ref().map(|void| {
            crate::msg!("studio-ledger-void-since", date = void.date.short(lang), reason = &void.reason).render(lang)
        }),
    }
}

fn edition_label(edition: Edition, lang: Lang) -> String {
    match edition {
        Edition::LargePrint => crate::msg!("studio-ledger-large-print").render(lang),
        Edition::Latin => crate::msg!("studio-ledger-latin").render(lang),
    }
}
