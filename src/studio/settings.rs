//! The project's settings (`kitapsha.toml`) as a form: the organisation printed on every
//! booklet's back page, and the programme the donor report covers. A save goes through the
//! same loading as the command line and is put back when that refuses it; the file keeps its
//! comments and layout (toml_edit), and a file changed on disk since the form was opened is not
//! written over.

use std::collections::BTreeMap;

use askama::Template;
use axum::Form;
use axum::extract::{Query, State};
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{Html, IntoResponse, Response};
use serde::Deserialize;
use toml_edit::{DocumentMut, Item, Value};

use crate::diag::{Diagnostic, Diagnostics};
use crate::fsutil;
use crate::lang::Lang;
use crate::messages::Message;
use crate::msg;
use crate::project::{self, PROJECT_FILE};
use crate::studio::editor::{Problem, problem};
use crate::studio::state::Shared;
use crate::studio::words::Words;
use crate::studio::{changes, form, guard, save};

/// One field of the form: its place in the file (a dotted name), the words naming it, and
/// whether it may be left empty.
struct Setting {
    name: &'static str,
    label: Message,
    optional: bool,
}

fn setting(name: &'static str, label: Message, optional: bool) -> Setting {
    Setting { name, label, optional }
}

/// The fields, by group, in the order of the page.
fn groups() -> Vec<(Message, Vec<Setting>)> {
    vec![
        (
            msg!("studio-settings-organisation"),
            vec![
                setting("organisation.name", msg!("studio-settings-name"), false),
                setting("organisation.address", msg!("studio-settings-address"), false),
                setting("organisation.hours", msg!("studio-settings-hours"), true),
                setting("organisation.phone", msg!("studio-settings-phone"), false),
                setting("organisation.email", msg!("studio-settings-email"), false),
            ],
        ),
        (
            msg!("studio-settings-programme"),
            vec![
                setting("programme.title", msg!("studio-settings-title"), false),
                setting("programme.donor", msg!("studio-settings-donor"), false),
                setting("programme.funding-statement", msg!("studio-settings-funding"), true),
                setting("programme.period.from", msg!("studio-settings-from"), false),
                setting("programme.period.to", msg!("studio-settings-to"), false),
            ],
        ),
        (msg!("studio-settings-kitapsha"), vec![setting("project.messages", msg!("studio-settings-messages"), true)]),
    ]
}

/// The fields written in each language (an inline table of kk, ru and en).
const TRANSLATED: [&str; 5] = [
    "organisation.name",
    "organisation.address",
    "organisation.hours",
    "programme.title",
    "programme.funding-statement",
];

/// The fields that are dates.
const DATES: [&str; 2] = ["programme.period.from", "programme.period.to"];

/// Every input of the form: a translated field gives one per language.
fn inputs() -> Vec<String> {
    groups()
        .iter()
        .flat_map(|(_, settings)| settings.iter())
        .flat_map(|s| match TRANSLATED.contains(&s.name) {
            true => Lang::ALL.iter().map(|l| format!("{}.{}", s.name, l.code())).collect(),
            false => vec![s.name.to_string()],
        })
        .collect()
}

/// One input as the page shows it.
pub struct Input {
    pub name: String,
    /// The language of a translated field's input, its code; empty for the others.
    pub lang: &'static str,
    pub value: String,
    pub kind: &'static str,
    pub problems: Vec<Problem>,
}

pub struct Row {
    pub label: String,
    pub optional: bool,
    pub inputs: Vec<Input>,
}

#[derive(Template)]
#[template(path = "settings.html")]
struct SettingsPage<'a> {
    w: &'a Words,
    token: &'a str,
    back: String,
    groups: Vec<(String, Vec<Row>)>,
    notice: &'static str,
    other: Vec<Problem>,
    hash: String,
}

#[derive(Deserialize)]
pub struct Shown {
    saved: Option<String>,
}

/// GET /settings
pub async fn page(
    State(studio): State<Shared>,
    Query(shown): Query<Shown>,
    headers: HeaderMap,
    access: guard::Access,
) -> Response {
    let w = access.words(&headers, studio.lang);
    let text = std::fs::read_to_string(studio.root.join(PROJECT_FILE)).unwrap_or_default();
    let fields = read(&text);
    // What the command line would warn about: the example texts `kitapsha init` leaves.
    let mut found = Diagnostics::new();
    found.extend(project::placeholder_warnings(&studio.root));
    project::load(&studio.root, &mut found);
    let notice = if shown.saved.is_some() { "saved" } else { "" };
    render(&w, &text, &fields, found.into_vec(), notice, StatusCode::OK)
}

/// POST /settings
pub async fn save(
    State(studio): State<Shared>,
    headers: HeaderMap,
    access: guard::Access,
    Form(posted): Form<Vec<(String, String)>>,
) -> Response {
    let w = access.words(&headers, studio.lang);
    if !access.token_matches(&posted) {
        return guard::forbidden();
    }
    let path = studio.root.join(PROJECT_FILE);
    let text = std::fs::read_to_string(&path).unwrap_or_default();
    let posted: Vec<(String, String)> = posted.into_iter().filter(|(key, _)| key != "csrf").collect();
    if form::field(&posted, "hash") != Some(save::hash(text.as_bytes()).as_str()) {
        let refusal = Diagnostic::file_error(PROJECT_FILE, msg!("studio-settings-changed"));
        return render(&w, &text, &posted, vec![refusal], "conflict", StatusCode::CONFLICT);
    }
    let Ok(mut doc) = text.parse::<DocumentMut>() else {
        let mut found = Diagnostics::new();
        project::load(&studio.root, &mut found);
        return render(&w, &text, &posted, found.into_vec(), "invalid", StatusCode::UNPROCESSABLE_ENTITY);
    };
    let mut mistakes: Vec<(String, Diagnostic)> = Vec::new();
    for name in inputs() {
        let Some(value) = form::field(&posted, &name).map(str::trim) else { continue };
        if value == form::text_at(&doc, &name) || (DATES.contains(&name.as_str()) && value == date_at(&doc, &name)) {
            continue;
        }
        match (value.is_empty(), DATES.contains(&name.as_str())) {
            (true, _) => form::remove(&mut doc, &name),
            (false, false) => form::set(&mut doc, &name, value),
            (false, true) => match value.parse::<toml_edit::Datetime>() {
                Ok(date) if date.time.is_none() && date.date.is_some() => set_date(&mut doc, &name, date),
                _ => mistakes.push((
                    name.clone(),
                    Diagnostic::file_error(PROJECT_FILE, msg!("studio-settings-date", value = value)),
                )),
            },
        }
    }
    if !mistakes.is_empty() {
        return render_named(&w, &text, &posted, mistakes, "invalid", StatusCode::UNPROCESSABLE_ENTITY);
    }
    let new_text = doc.to_string();
    if new_text == text {
        return (StatusCode::SEE_OTHER, [(header::LOCATION, "/settings?saved=1")]).into_response();
    }
    if let Err(error) = fsutil::write_atomically(&path, new_text.as_bytes()) {
        let refusal = Diagnostic::file_error(
            PROJECT_FILE,
            msg!("studio-settings-cannot-write", reason = fsutil::io_problem(&error)),
        );
        return render(&w, &text, &posted, vec![refusal], "invalid", StatusCode::UNPROCESSABLE_ENTITY);
    }
    // The command line's own loading decides: what it refuses is put back, and shown.
    let mut found = Diagnostics::new();
    if project::load(&studio.root, &mut found).is_none() || found.has_errors() {
        let _ = fsutil::write_atomically(&path, text.as_bytes());
        return render(&w, &new_text, &posted, found.into_vec(), "invalid", StatusCode::UNPROCESSABLE_ENTITY);
    }
    let response = (StatusCode::SEE_OTHER, [(header::LOCATION, "/settings?saved=1")]).into_response();
    changes::written(response, vec![PROJECT_FILE.into()])
}

/// The form's values as the file has them.
fn read(text: &str) -> Vec<(String, String)> {
    let Ok(doc) = text.parse::<DocumentMut>() else { return Vec::new() };
    inputs()
        .into_iter()
        .map(|name| {
            let value = if DATES.contains(&name.as_str()) { date_at(&doc, &name) } else { form::text_at(&doc, &name) };
            (name, value)
        })
        .collect()
}

fn date_at(doc: &DocumentMut, name: &str) -> String {
    form::item_at(doc.as_item(), name).and_then(Item::as_datetime).map(ToString::to_string).unwrap_or_default()
}

/// Sets a date, keeping the comments of the value it replaces.
fn set_date(doc: &mut DocumentMut, name: &str, date: toml_edit::Datetime) {
    let Some((parent, key)) = name.rsplit_once('.') else { return };
    let mut item = doc.as_item_mut();
    for part in parent.split('.') {
        let Some(inner) = item.get_mut(part) else { return };
        item = inner;
    }
    let Some(table) = item.as_table_like_mut() else { return };
    let mut value = Value::from(date);
    if let Some(old) = table.get(key).and_then(Item::as_value) {
        *value.decor_mut() = old.decor().clone();
    }
    table.insert(key, Item::Value(value));
}

/// The page: each problem at the input its line and column fall on, the others above the form.
fn render(
    w: &Words,
    text: &str,
    fields: &[(String, String)],
    found: Vec<Diagnostic>,
    notice: &'static str,
    status: StatusCode,
) -> Response {
    let (at, other) = placed(text, found);
    page_of(w, text, fields, at, &other, notice, status)
}

/// The page with the form's own mistakes, each already named by its input.
fn render_named(
    w: &Words,
    text: &str,
    fields: &[(String, String)],
    named: Vec<(String, Diagnostic)>,
    notice: &'static str,
    status: StatusCode,
) -> Response {
    let mut at: BTreeMap<String, Vec<Diagnostic>> = BTreeMap::new();
    for (name, diagnostic) in named {
        at.entry(name).or_default().push(diagnostic);
    }
    page_of(w, text, fields, at, &[], notice, status)
}

#[allow(clippy::too_many_arguments)]
fn page_of(
    w: &Words,
    text: &str,
    fields: &[(String, String)],
    mut at: BTreeMap<String, Vec<Diagnostic>>,
    other: &[Diagnostic],
    notice: &'static str,
    status: StatusCode,
) -> Response {
    let lang = w.lang;
    let groups = groups()
        .iter()
        .map(|(heading, settings)| {
            let rows = settings
                .iter()
                .map(|s| {
                    let names: Vec<(String, &'static str)> = match TRANSLATED.contains(&s.name) {
                        true => Lang::ALL.iter().map(|l| (format!("{}.{}", s.name, l.code()), l.code())).collect(),
                        false => vec![(s.name.to_string(), "")],
                    };
                    let inputs = names
                        .into_iter()
                        .map(|(name, code)| Input {
                            value: form::field(fields, &name).unwrap_or("").to_string(),
                            kind: if DATES.contains(&name.as_str()) { "date" } else { "text" },
                            problems: at.remove(&name).unwrap_or_default().iter().map(|d| problem(d, lang)).collect(),
                            lang: code,
                            name,
                        })
                        .collect();
                    Row { label: s.label.render(lang), optional: s.optional, inputs }
                })
                .collect();
            (heading.render(lang), rows)
        })
        .collect();
    let mut other: Vec<Problem> = other.iter().map(|d| problem(d, lang)).collect();
    other.extend(at.into_values().flatten().map(|d| problem(&d, lang)));
    let page = SettingsPage {
        w,
        token: w.token(),
        back: "/settings".to_string(),
        groups,
        notice,
        other,
        hash: save::hash(text.as_bytes()),
    };
    (status, Html(page.render().unwrap_or_default())).into_response()
}

/// A line and a column, both from 1, as diagnostics give them.
type Position = (usize, usize);

/// Each diagnostic at the input whose value holds its line and column, the rest apart.
fn placed(text: &str, found: Vec<Diagnostic>) -> (BTreeMap<String, Vec<Diagnostic>>, Vec<Diagnostic>) {
    let mut at: BTreeMap<String, Vec<Diagnostic>> = BTreeMap::new();
    let mut other = Vec::new();
    let doc = toml_edit::Document::parse(text).ok();
    let position = |offset: usize| {
        let before = &text[..offset.min(text.len())];
        let line = before.matches('\n').count() + 1;
        let column = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
        (line, column)
    };
    // Each input's value, and the values that hold inputs (`period = { from, to }`): a problem of
    // the whole shows at its first input.
    let mut spans: Vec<(String, Position, Position)> = Vec::new();
    for name in inputs() {
        let parents = name.match_indices('.').map(|(at, _)| &name[..at]).filter(|p| p.contains('.'));
        for held in parents.chain(std::iter::once(name.as_str())) {
            if let Some(span) = doc.as_ref().and_then(|doc| form::item_at(doc.as_item(), held)?.span())
                && !spans.iter().any(|(_, start, _)| *start == position(span.start))
            {
                spans.push((name.clone(), position(span.start), position(span.end)));
            }
        }
    }
    for diagnostic in found {
        let here = diagnostic.location.as_ref().map(|l| (l.line, l.column));
        // The narrowest value that holds the problem.
        let holding = here.and_then(|here| {
            spans
                .iter()
                .filter(|(_, start, end)| *start <= here && here <= *end)
                .min_by_key(|(_, start, end)| (end.0 - start.0, end.1.abs_diff(start.1)))
        });
        match holding {
            Some((name, ..)) => at.entry(name.clone()).or_default().push(diagnostic),
            None => other.push(diagnostic),
        }
    }
    (at, other)
}
