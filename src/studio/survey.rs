//! The surveys of one campaign: the results as `kitapsha stats` gives them, and a KoboToolbox
//! or ODK export (.csv or .xlsx) sent for the "before" or "after" round of an indicator. The
//! person chooses the question's column, sorts every distinct answer into aware, not aware or
//! missing, and the choices are written to `survey.toml` (toml_edit, comments kept), with the
//! export stored in the campaign's `surveys/` folder under a name made here. The counting, the
//! statistics and the sentences are the library's, exactly as `stats` runs them.

use std::path::{Path as FilePath, PathBuf};

use askama::Template;
use axum::Form;
use axum::extract::{Multipart, Path, Query, State};
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{Html, IntoResponse, Response};
use serde::Deserialize;

use crate::commands::{self, StatsOptions};
use crate::diag::{Diagnostic, Diagnostics};
use crate::fsutil;
use crate::lang::Lang;
use crate::messages::Message;
use crate::msg;
use crate::project::{BOOKLETS_DIR, Project};
use crate::scope::Scope;
use crate::studio::editor::{Problem, not_found, problem};
use crate::studio::state::Shared;
use crate::studio::survey_file::{self, ExportRound};
use crate::studio::upload;
use crate::studio::uploads::{self, Format, Refused, TempCopy, Upload};
use crate::studio::words::Words;
use crate::studio::{changes, guard, home, save};
use crate::survey::export::{ExportError, MAX_DISTINCT_ANSWERS, Question, Tally};
use crate::survey::load::SURVEY_FILE;
use crate::survey::{IndicatorResult, ShareResult, csv, stats, wording, xlsx};

/// The largest export the studio takes: a district survey is a few megabytes.
pub const EXPORT_LIMIT: usize = 20 * 1024 * 1024;

/// The two rounds of an indicator, as `survey.toml` names them.
const ROUNDS: [&str; 2] = ["before", "after"];

/// The choices of one answer, as the radio buttons send them: the index is that of [`LISTS`].
const CHOICES: [&str; 3] = ["aware", "not-aware", "missing"];

/// One share as the page shows it.
pub struct ShareView {
    pub date: String,
    pub share: String,
    pub interval: String,
    pub respondents: String,
    /// The export it was counted from, or empty for counts written in survey.toml.
    pub file: String,
}

/// One indicator's result.
pub struct IndicatorView {
    pub id: String,
    pub question: String,
    pub before: ShareView,
    pub after: ShareView,
    pub change: String,
    pub change_interval: String,
    pub sentence: String,
}

#[derive(Template)]
#[template(path = "survey.html")]
struct SurveyPage<'a> {
    w: &'a Words,
    token: &'a str,
    back: String,
    id: &'a str,
    screen: &'static str,
    topic: String,
    indicators: Vec<IndicatorView>,
    /// The indicators of survey.toml an export may be sent for: id, and its question when known.
    ids: Vec<(String, String)>,
    /// The indicator just written, or nothing.
    done: String,
    /// Problems of survey.toml or its exports, as `stats` finds them.
    problems: Vec<Problem>,
    /// Why a sent file was refused.
    refusals: Vec<Problem>,
    /// Why a new question was refused.
    question_refusals: Vec<Problem>,
    typed: Vec<(String, String)>,
    has_file: bool,
}

impl SurveyPage<'_> {
    fn typed(&self, name: &str) -> &str {
        self.typed.iter().find(|(key, _)| key == name).map_or("", |(_, value)| value.as_str())
    }
}

/// One distinct answer on the sorting page.
pub struct AnswerRow {
    pub index: usize,
    pub answer: String,
    pub count: String,
    /// One of [`CHOICES`], or empty when not sorted yet.
    pub choice: &'static str,
    /// Not sorted when saving was asked for.
    pub marked: bool,
}

#[derive(Template)]
#[template(path = "survey-sort.html")]
struct SortPage<'a> {
    w: &'a Words,
    token: &'a str,
    back: String,
    id: &'a str,
    screen: &'static str,
    step: Step,
    columns: Vec<String>,
    answers: Vec<AnswerRow>,
    blank: String,
    problems: Vec<Problem>,
}

/// What the sorting page carries from one request to the next.
#[derive(Clone, Default)]
struct Step {
    upload: String,
    name: String,
    indicator: String,
    round: String,
    date: String,
    column: String,
    /// The hash of survey.toml when the file was sent: a change since is a conflict.
    hash: String,
}

#[derive(Deserialize)]
pub struct Shown {
    done: Option<String>,
    /// A question just added: its exports are what comes next.
    added: Option<String>,
}

/// GET /campaign/{id}/survey
pub async fn page(
    State(studio): State<Shared>,
    Path(id): Path<String>,
    Query(shown): Query<Shown>,
    headers: HeaderMap,
    access: guard::Access,
) -> Response {
    let w = access.words(&headers, studio.lang);
    if !home::is_campaign(&studio, &id) {
        return not_found(&w);
    }
    let done = shown.done.unwrap_or_default();
    // The question just added is the one its exports are sent for.
    let typed = shown.added.map(|added| vec![("indicator".to_string(), added), ("added".to_string(), "1".to_string())]);
    render_page(&studio, &id, &w, done, Refusals::default(), typed.unwrap_or_default(), StatusCode::OK).await
}

/// Why a form of the page was refused: the export's, or the new question's.
#[derive(Default)]
pub(super) struct Refusals {
    pub(super) upload: Vec<Problem>,
    pub(super) question: Vec<Problem>,
}

pub(super) async fn render_page(
    studio: &Shared,
    id: &str,
    w: &Words,
    done: String,
    refusals: Refusals,
    typed: Vec<(String, String)>,
    status: StatusCode,
) -> Response {
    let lang = w.lang;
    let for_read = (studio.clone(), id.to_string());
    let read = tokio::task::spawn_blocking(move || {
        let (studio, id) = for_read;
        read(&studio.root, &id, lang)
    })
    .await
    .unwrap_or_default();
    let done = if read.ids.iter().any(|(id, _)| *id == done) { done } else { String::new() };
    let page = SurveyPage {
        w,
        token: w.token(),
        back: format!("/campaign/{id}/survey"),
        id,
        screen: "survey",
        topic: read.topic,
        indicators: read.indicators,
        ids: read.ids,
        done,
        problems: read.problems,
        refusals: refusals.upload,
        question_refusals: refusals.question,
        typed,
        has_file: read.has_file,
    };
    (status, Html(page.render().unwrap_or_default())).into_response()
}

/// What the page shows of a campaign's surveys.
#[derive(Default)]
struct Read {
    topic: String,
    indicators: Vec<IndicatorView>,
    ids: Vec<(String, String)>,
    problems: Vec<Problem>,
    has_file: bool,
}

fn read(root: &FilePath, id: &str, lang: Lang) -> Read {
    let mut read = Read::default();
    let opened = commands::open(root);
    let Some(project) = opened.value else {
        read.problems = opened.diagnostics.iter().map(|d| problem(d, lang)).collect();
        return read;
    };
    let mut ignored = Diagnostics::new();
    let folders = commands::campaign_folders(&project, &[id.to_string()], &mut ignored);
    if let Some(campaign) = commands::load_campaigns(&folders, &mut ignored).pop() {
        read.topic = campaign.topic.get(lang).to_string();
    }
    let outcome = stats_of(&project, id);
    read.problems = outcome.diagnostics.iter().map(|d| problem(d, lang)).collect();
    if let Some(results) = outcome.value {
        read.indicators =
            results.campaigns.iter().flat_map(|c| &c.indicators).map(|result| indicator_view(result, lang)).collect();
    }
    if let Some(text) = survey_text(&project, id) {
        read.has_file = true;
        // Each indicator by its question, where the results give it; by its id otherwise.
        let question = |id: &str| read.indicators.iter().find(|i| i.id == id).map(|i| i.question.clone());
        read.ids = survey_file::indicator_ids(&text)
            .into_iter()
            .map(|id| (question(&id).map_or_else(|| id.clone(), |q| format!("{q} ({id})")), id))
            .map(|(label, id)| (id, label))
            .collect();
    }
    read
}

/// `kitapsha stats CAMPAIGN` at the usual level, over every date.
pub(super) fn stats_of(project: &Project, id: &str) -> commands::Outcome<crate::survey::Results> {
    let scope = Scope { campaigns: vec![id.to_string()], from: None, to: None };
    commands::stats(project, &StatsOptions { scope, level: stats::DEFAULT_LEVEL })
}

fn survey_text(project: &Project, id: &str) -> Option<String> {
    let folder = project.campaign_dir(id).ok()?;
    std::fs::read_to_string(folder.real.join(SURVEY_FILE)).ok()
}

fn indicator_view(result: &IndicatorResult, lang: Lang) -> IndicatorView {
    let decimals = wording::decimals_for(result);
    let share = |share: &ShareResult| ShareView {
        date: share.date.short(lang),
        share: wording::percent(share.share, decimals, lang),
        interval: format!(
            "{}–{}",
            wording::percent(share.ci.lower, decimals, lang),
            wording::percent(share.ci.upper, decimals, lang)
        ),
        respondents: wording::whole(share.respondents, lang),
        file: share.csv.as_ref().map(|csv| csv.file.clone()).unwrap_or_default(),
    };
    let change = &result.change;
    IndicatorView {
        id: result.indicator.clone(),
        question: result.question.get(lang).to_string(),
        before: share(&result.before),
        after: share(&result.after),
        change: wording::signed_points(change.points, decimals, lang),
        change_interval: format!(
            "{} … {}",
            wording::signed_points(change.ci.lower, decimals, lang),
            wording::signed_points(change.ci.upper, decimals, lang)
        ),
        sentence: wording::sentence(result, lang),
    }
}

/// POST /campaign/{id}/survey/upload: an export for one round of one indicator, kept and shown
/// with its columns (and, when the column is known, its answers). Nothing is written.
pub async fn upload(
    State(studio): State<Shared>,
    Path(id): Path<String>,
    headers: HeaderMap,
    access: guard::Access,
    multipart: Multipart,
) -> Response {
    let w = access.words(&headers, studio.lang);
    let posted = match uploads::read(multipart).await {
        Ok(posted) => posted,
        Err(Refused::Unreadable(message)) => return refuse_upload(&studio, &id, &w, &message, Vec::new()).await,
    };
    if !access.token_matches(&posted.fields) {
        return guard::forbidden();
    }
    if !home::is_campaign(&studio, &id) {
        return not_found(&w);
    }
    let typed: Vec<(String, String)> = posted.fields.iter().filter(|(key, _)| key != "csrf").cloned().collect();
    let field = |name: &str| typed.iter().find(|(key, _)| key == name).map_or("", |(_, v)| v.trim()).to_string();
    let (indicator, round) = (field("indicator"), field("round"));
    let text = commands::open(&studio.root).value.and_then(|project| survey_text(&project, &id)).unwrap_or_default();
    if !survey_file::indicator_ids(&text).contains(&indicator) {
        return refuse_upload(&studio, &id, &w, &msg!("studio-survey-choose-indicator"), typed).await;
    }
    if !ROUNDS.contains(&round.as_str()) {
        return refuse_upload(&studio, &id, &w, &msg!("studio-survey-choose-round"), typed).await;
    }
    let upload = match uploads::check(posted.file, EXPORT_LIMIT, &id) {
        Ok(upload) => upload,
        Err(message) => return refuse_upload(&studio, &id, &w, &message, typed).await,
    };
    let written = survey_file::written(&text, &indicator, &round).unwrap_or_default();
    let name = upload.name.clone();
    let Ok(kept) = uploads::keep(&studio.uploads, upload) else {
        return refuse_upload(&studio, &id, &w, &msg!("studio-upload-unreadable"), typed).await;
    };
    let step = Step {
        upload: kept,
        name,
        indicator,
        round,
        date: written.date.clone().unwrap_or_default(),
        column: written.column.clone().unwrap_or_default(),
        hash: save::hash(text.as_bytes()),
    };
    sort_page(&studio, &id, &w, step, &Choices::Written(written.lists), false).await
}

async fn refuse_upload(
    studio: &Shared,
    id: &str,
    w: &Words,
    message: &Message,
    typed: Vec<(String, String)>,
) -> Response {
    let refusal = Problem { error: true, text: message.render(w.lang), hint: String::new(), place: String::new() };
    let refusals = Refusals { upload: vec![refusal], question: Vec::new() };
    render_page(studio, id, w, String::new(), refusals, typed, StatusCode::UNPROCESSABLE_ENTITY).await
}

/// How the answers are sorted on the page shown.
enum Choices {
    /// As survey.toml lists them (the answers of each of [`LISTS`]).
    Written([Vec<String>; 3]),
    /// As the form sent them: the choice of answer number `index`.
    Posted(Vec<(String, String)>),
}

impl Choices {
    fn of(&self, index: usize, answer: &str) -> &'static str {
        match self {
            Choices::Written(lists) => {
                let key = csv::normalise(answer);
                lists
                    .iter()
                    .position(|list| list.iter().any(|a| csv::normalise(a) == key))
                    .map_or("", |list| CHOICES[list])
            }
            Choices::Posted(fields) => {
                let name = format!("answer-{index}");
                let posted = fields.iter().find(|(key, _)| *key == name).map_or("", |(_, v)| v.as_str());
                CHOICES.into_iter().find(|choice| *choice == posted).unwrap_or("")
            }
        }
    }
}

/// The column names and, when a column is chosen, its answers: counted by the library with no
/// answer sorted, so that every one is listed.
struct Counted {
    columns: Vec<String>,
    tally: Option<Tally>,
    problems: Vec<Diagnostic>,
}

async fn count(upload: &Upload, column: &str) -> Counted {
    let for_count = (upload.clone(), column.to_string());
    tokio::task::spawn_blocking(move || {
        let (upload, column) = for_count;
        count_now(&upload, &column)
    })
    .await
    .unwrap_or(Counted { columns: Vec::new(), tally: None, problems: Vec::new() })
}

fn count_now(upload: &Upload, column: &str) -> Counted {
    let shown = PathBuf::from(&upload.name);
    let mut counted = Counted { columns: Vec::new(), tally: None, problems: Vec::new() };
    let copy = match TempCopy::of(upload) {
        Ok(copy) => copy,
        Err(error) => {
            let message = msg!("file-cannot-read", reason = fsutil::io_problem(&error));
            counted.problems.push(Diagnostic::file_error(&shown, message));
            return counted;
        }
    };
    let header = match upload.format {
        Format::Csv => csv::header(&copy.path, &shown),
        Format::Xlsx => xlsx::header(&copy.path, &shown),
    };
    match header {
        Ok(columns) => counted.columns = columns,
        Err(error) => {
            counted.problems = export_problems(error, &shown);
            return counted;
        }
    }
    if column.is_empty() {
        return counted;
    }
    let question = Question { column, aware_if: &[], not_aware_if: &[], missing_if: &[], groups: &[] };
    let tally = match upload.format {
        Format::Csv => csv::tally(&copy.path, &shown, question),
        Format::Xlsx => xlsx::tally(&copy.path, &shown, None, question),
    };
    match tally {
        Ok(tally) if tally.other_rows > 0 => {
            let message = msg!("studio-survey-too-many-answers", max = MAX_DISTINCT_ANSWERS);
            counted.problems.push(Diagnostic::file_error(&shown, message));
        }
        Ok(tally) => counted.tally = Some(tally),
        Err(error) => counted.problems = export_problems(error, &shown),
    }
    counted
}

/// An export the library could not count, said as the page says it.
fn export_problems(error: ExportError, shown: &FilePath) -> Vec<Diagnostic> {
    match error {
        ExportError::File(problems) => problems,
        ExportError::NoSuchColumn(_)
        | ExportError::AmbiguousColumn(_)
        | ExportError::NoSuchGroupColumn { .. }
        | ExportError::AmbiguousGroupColumn { .. } => {
            vec![Diagnostic::file_error(shown, msg!("studio-survey-choose-column"))]
        }
        ExportError::NoSuchSheet(_) => vec![Diagnostic::file_error(shown, msg!("xlsx-not-a-workbook"))],
    }
}

/// The sorting page for `step`, its answers sorted as `choices` says; `mark` marks the answers
/// left unsorted.
async fn sort_page(studio: &Shared, id: &str, w: &Words, step: Step, choices: &Choices, mark: bool) -> Response {
    let Some(upload) = uploads::kept(&studio.uploads, &step.upload, id) else {
        return refuse_upload(studio, id, w, &msg!("studio-upload-expired"), Vec::new()).await;
    };
    let mut step = step;
    let counted = count(&upload, &step.column).await;
    // The column as the file names it (survey.toml may give `q3` for `group_rights/q3`); one
    // the file does not have is not chosen.
    match &counted.tally {
        Some(tally) => step.column.clone_from(&tally.column),
        None if !counted.columns.contains(&step.column) => step.column.clear(),
        None => {}
    }
    let lang = w.lang;
    let mut problems: Vec<Problem> = counted.problems.iter().map(|d| problem(d, lang)).collect();
    let answers: Vec<AnswerRow> = counted
        .tally
        .as_ref()
        .map(|tally| {
            tally
                .answers
                .iter()
                .enumerate()
                .map(|(index, answer)| {
                    let choice = choices.of(index, &answer.answer);
                    AnswerRow {
                        index,
                        answer: answer.answer.clone(),
                        count: wording::whole(answer.count, lang),
                        choice,
                        marked: mark && choice.is_empty(),
                    }
                })
                .collect()
        })
        .unwrap_or_default();
    let unsorted = answers.iter().filter(|a| a.marked).count();
    if unsorted > 0 {
        let text = msg!("studio-survey-unsorted", count = unsorted).render(lang);
        problems.insert(0, Problem { error: true, text, hint: String::new(), place: String::new() });
    }
    let blank = counted.tally.as_ref().map_or(0, |t| t.missing);
    let page = SortPage {
        w,
        token: w.token(),
        back: format!("/campaign/{id}/survey"),
        id,
        screen: "survey",
        step,
        columns: counted.columns,
        answers,
        blank: wording::whole(blank, lang),
        problems,
    };
    let status = if mark { StatusCode::UNPROCESSABLE_ENTITY } else { StatusCode::OK };
    (status, Html(page.render().unwrap_or_default())).into_response()
}

/// POST /campaign/{id}/survey/sort: shows the answers of the chosen column, or (with
/// `action=save`) writes the sorting once every answer is sorted.
pub async fn sort(
    State(studio): State<Shared>,
    Path(id): Path<String>,
    headers: HeaderMap,
    access: guard::Access,
    Form(posted): Form<Vec<(String, String)>>,
) -> Response {
    let w = access.words(&headers, studio.lang);
    if !access.token_matches(&posted) {
        return guard::forbidden();
    }
    if !home::is_campaign(&studio, &id) {
        return not_found(&w);
    }
    let field = |name: &str| posted.iter().find(|(key, _)| key == name).map_or("", |(_, v)| v.trim()).to_string();
    let step = Step {
        upload: field("upload"),
        name: String::new(),
        indicator: field("indicator"),
        round: field("round"),
        date: field("date"),
        column: field("column"),
        hash: field("hash"),
    };
    let Some(upload) = uploads::kept(&studio.uploads, &step.upload, &id) else {
        return refuse_upload(&studio, &id, &w, &msg!("studio-upload-expired"), Vec::new()).await;
    };
    // The round becomes part of the stored file's name: only the two rounds are taken.
    if !ROUNDS.contains(&step.round.as_str()) {
        return refuse_upload(&studio, &id, &w, &msg!("studio-survey-choose-round"), Vec::new()).await;
    }
    let step = Step { name: upload.name.clone(), ..step };
    let choices = Choices::Posted(posted.clone());
    if field("action") != "save" {
        return sort_page(&studio, &id, &w, step, &choices, false).await;
    }
    let counted = count(&upload, &step.column).await;
    let Some(tally) = counted.tally else { return sort_page(&studio, &id, &w, step, &choices, true).await };
    let mut lists: [Vec<String>; 3] = Default::default();
    for (index, answer) in tally.answers.iter().enumerate() {
        match CHOICES.iter().position(|c| *c == choices.of(index, &answer.answer)) {
            Some(list) => lists[list].push(answer.answer.clone()),
            None => return sort_page(&studio, &id, &w, step, &choices, true).await,
        }
    }
    let lang = w.lang;
    let for_save = (studio.clone(), id.clone(), step.clone(), upload, lists);
    let saved = tokio::task::spawn_blocking(move || {
        let (studio, id, step, upload, lists) = for_save;
        save_round(&studio.root, &id, &step, &upload, &lists)
    })
    .await
    .unwrap_or_else(|_| Err(Vec::new()));
    match saved {
        Ok(files) => {
            uploads::forget(&studio.uploads, &step.upload);
            let location = format!("/campaign/{id}/survey?done={}", encoded(&step.indicator));
            let response = (StatusCode::SEE_OTHER, [(header::LOCATION, location)]).into_response();
            changes::written(response, files)
        }
        Err(problems) => {
            let page = SortPage {
                w: &w,
                token: w.token(),
                back: format!("/campaign/{id}/survey"),
                id: &id,
                screen: "survey",
                step,
                columns: counted.columns,
                answers: tally
                    .answers
                    .iter()
                    .enumerate()
                    .map(|(index, a)| AnswerRow {
                        index,
                        answer: a.answer.clone(),
                        count: wording::whole(a.count, lang),
                        choice: choices.of(index, &a.answer),
                        marked: false,
                    })
                    .collect(),
                blank: wording::whole(tally.missing, lang),
                problems: problems.iter().map(|d| problem(d, lang)).collect(),
            };
            (StatusCode::UNPROCESSABLE_ENTITY, Html(page.render().unwrap_or_default())).into_response()
        }
    }
}

/// An indicator id in an address: letters, digits and `-` as they are, the rest escaped.
fn encoded(text: &str) -> String {
    text.bytes()
        .map(|b| {
            if b.is_ascii_alphanumeric() || b == b'-' || b == b'_' {
                (b as char).to_string()
            } else {
                format!("%{b:02X}")
            }
        })
        .collect()
}

/// Writes the export and the round's sorting; the files written (relative to the project), or
/// the problems, with nothing left changed. A sorting that `stats` then refuses is undone when
/// the survey had no errors before.
fn save_round(
    root: &FilePath,
    id: &str,
    step: &Step,
    upload: &Upload,
    lists: &[Vec<String>; 3],
) -> Result<Vec<PathBuf>, Vec<Diagnostic>> {
    let opened = commands::open(root);
    let Some(project) = opened.value else { return Err(opened.diagnostics.into_vec()) };
    let folder = project.campaign_dir(id).map_err(|d| vec![d])?;
    let shown_survey = folder.shown.join(SURVEY_FILE);
    let refuse = |message: Message| vec![Diagnostic::file_error(&shown_survey, message)];
    let date = crate::ledger::args::date(&step.date).map_err(|error| refuse(error.0))?;
    let survey_path = folder.real.join(SURVEY_FILE);
    let text = std::fs::read_to_string(&survey_path)
        .map_err(|e| refuse(msg!("file-cannot-read", reason = fsutil::io_problem(&e))))?;
    if save::hash(text.as_bytes()) != step.hash {
        return Err(refuse(msg!("studio-survey-conflict")));
    }
    let round = ROUNDS
        .into_iter()
        .find(|round| *round == step.round)
        .ok_or_else(|| refuse(msg!("studio-survey-choose-round")))?;
    let stored =
        format!("surveys/{}-{round}.{}", upload::safe_stem(&step.indicator, "indicator"), upload.format.extension());
    let date_text = date.to_string();
    let export = ExportRound { date: &date_text, file: &stored, column: &step.column, lists };
    let new_text = survey_file::with_export(&text, &step.indicator, round, &export).map_err(refuse)?;

    let had_errors = stats_of(&project, id).diagnostics.has_errors();
    let surveys = folder.real.join("surveys");
    let io_refusal =
        |error: std::io::Error| refuse(msg!("studio-survey-cannot-write", reason = fsutil::io_problem(&error)));
    std::fs::create_dir_all(&surveys).map_err(io_refusal)?;
    // The folder may be a link that leads out of the campaign: nothing is written there.
    if !surveys.canonicalize().is_ok_and(|real| real.starts_with(&folder.real)) {
        return Err(refuse(msg!("studio-survey-cannot-write", reason = "surveys/")));
    }
    let export_path = folder.real.join(&stored);
    let previous_export = std::fs::read(&export_path).ok();
    fsutil::write_atomically(&export_path, &upload.bytes).map_err(io_refusal)?;
    if let Err(error) = fsutil::write_atomically(&survey_path, new_text.as_bytes()) {
        restore(&export_path, previous_export.as_deref());
        return Err(io_refusal(error));
    }
    let checked = stats_of(&project, id);
    if checked.diagnostics.has_errors() && !had_errors {
        // Put back what was there: the sorting is refused with the reasons `stats` gives.
        let _ = fsutil::write_atomically(&survey_path, text.as_bytes());
        restore(&export_path, previous_export.as_deref());
        return Err(checked.diagnostics.into_vec().into_iter().filter(save::is_error).collect());
    }
    let campaign = FilePath::new(BOOKLETS_DIR).join(id);
    Ok(vec![campaign.join(&stored), campaign.join(SURVEY_FILE)])
}

pub(super) fn restore(path: &FilePath, previous: Option<&[u8]>) {
    let _ = match previous {
        Some(bytes) => fsutil::write_atomically(path, bytes),
        None => std::fs::remove_file(path),
    };
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stored_names_are_made_here() {
        let stem = |indicator| upload::safe_stem(indicator, "indicator");
        assert_eq!(stem("knows-appeal-procedure"), "knows-appeal-procedure");
        assert_eq!(stem("../../etc"), "etc");
        assert_eq!(stem("Білім"), "bilim");
        assert_eq!(stem("…"), "indicator");
        assert_eq!(encoded("a b/c"), "a%20b%2Fc");
    }
}
