//! The donor report: a form for its language, campaigns and period, read as `kitapsha report`
//! reads `--lang`, `--campaigns`, `--from` and `--to` (the same date parser and messages), then
//! `commands::report`, and the PDF to download.

use askama::Template;
use axum::Form;
use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{Html, IntoResponse, Response};

use crate::commands::{self, ReportOptions};
use crate::diag::Diagnostics;
use crate::lang::Lang;
use crate::ledger::args::{self, ArgError};
use crate::messages::Reader;
use crate::msg;
use crate::project::Project;
use crate::scope::Scope;
use crate::studio::editor::{Problem, problem};
use crate::studio::outputs::pdf_attachment;
use crate::studio::state::{Shared, Studio};
use crate::studio::words::Words;
use crate::studio::{changes, guard};

/// One campaign's checkbox.
pub struct Choice {
    pub id: String,
    pub label: String,
    pub checked: bool,
}

#[derive(Template)]
#[template(path = "report.html")]
struct ReportPage<'a> {
    w: &'a Words,
    token: &'a str,
    back: &'a str,
    /// The report's language: code, name in itself, chosen.
    languages: Vec<(&'static str, String, bool)>,
    campaigns: Vec<Choice>,
    from: String,
    to: String,
    /// Each refusal with the field it belongs to (`lang`, `campaigns`, `from`, `to`).
    refusals: Vec<(&'static str, Problem)>,
    /// What the report call found: its errors, or the warnings of a report made.
    problems: Vec<Problem>,
    /// The report just made: its file name.
    made: Option<String>,
    /// The reports already in `out/`: file name and language name.
    existing: Vec<(String, String)>,
}

impl ReportPage<'_> {
    /// The refusals of field `name`.
    fn at(&self, name: &str) -> Vec<&Problem> {
        self.refusals.iter().filter(|(field, _)| *field == name).map(|(_, p)| p).collect()
    }

    fn refused(&self) -> bool {
        !self.refusals.is_empty() || self.problems.iter().any(|p| p.error)
    }
}

/// What was asked for, as typed.
struct Asked {
    lang: Lang,
    campaigns: Vec<String>,
    from: String,
    to: String,
}

/// GET /report
pub async fn page(State(studio): State<Shared>, headers: HeaderMap, access: guard::Access) -> Response {
    let w = access.words(&headers, studio.lang);
    let asked = Asked { lang: w.lang, campaigns: Vec::new(), from: String::new(), to: String::new() };
    let (for_page, lang) = (studio.clone(), w.lang);
    let page = tokio::task::spawn_blocking(move || {
        let mut page = Outcome { all_checked: true, ..Outcome::default() };
        page.fill(&for_page, lang);
        page
    })
    .await
    .unwrap_or_default();
    render(&w, &asked, page, StatusCode::OK)
}

/// POST /report: makes the report, or says at each field what is wrong.
pub async fn make(
    State(studio): State<Shared>,
    headers: HeaderMap,
    access: guard::Access,
    Form(fields): Form<Vec<(String, String)>>,
) -> Response {
    let w = access.words(&headers, studio.lang);
    if !access.token_matches(&fields) {
        return guard::forbidden();
    }
    let field = |name: &str| fields.iter().find(|(key, _)| key == name).map_or("", |(_, value)| value.trim());
    let Some(report_lang) = Lang::from_code(field("lang")) else {
        return (StatusCode::BAD_REQUEST, "unknown language").into_response();
    };
    let asked = Asked {
        lang: report_lang,
        campaigns: fields.iter().filter(|(key, _)| key == "campaign").map(|(_, id)| id.trim().to_string()).collect(),
        from: field("from").to_string(),
        to: field("to").to_string(),
    };
    let lang = w.lang;
    let for_make = (studio.clone(), asked.campaigns.clone(), asked.from.clone(), asked.to.clone());
    let page = tokio::task::spawn_blocking(move || {
        let (studio, campaigns, from, to) = for_make;
        let mut page = Outcome::default();
        let opened = commands::open(&studio.root);
        match opened.value {
            Some(project) => page.make(&project, report_lang, &campaigns, &from, &to, lang),
            None => page.problems = opened.diagnostics.iter().map(|d| problem(d, lang)).collect(),
        }
        page.fill(&studio, lang);
        page
    })
    .await
    .unwrap_or_default();
    let made = page.made.clone();
    let status = if made.is_some() { StatusCode::OK } else { StatusCode::UNPROCESSABLE_ENTITY };
    let response = render(&w, &asked, page, status);
    match made {
        Some(name) => changes::written(response, vec![std::path::Path::new(crate::project::OUT_DIR).join(name)]),
        None => response,
    }
}

/// GET /report/{file}: a report in `out/`, by the exact name the report command gives it.
pub async fn download(State(studio): State<Shared>, Path(file): Path<String>) -> Response {
    let read = tokio::task::spawn_blocking(move || {
        let project = commands::open(&studio.root).value?;
        let path = Lang::ALL
            .iter()
            .map(|&lang| crate::report::default_path(&project, lang))
            .find(|path| path.file_name().is_some_and(|name| name.to_string_lossy() == file.as_str()))?;
        Some((file, std::fs::read(path).ok()?))
    })
    .await
    .ok()
    .flatten();
    match read {
        Some((name, bytes)) => pdf_attachment(&name, bytes),
        None => StatusCode::NOT_FOUND.into_response(),
    }
}

/// What the page shows besides the form.
#[derive(Default)]
struct Outcome {
    /// The project's campaigns: id and label.
    all: Vec<(String, String)>,
    all_checked: bool,
    refusals: Vec<(&'static str, Problem)>,
    problems: Vec<Problem>,
    made: Option<String>,
    existing: Vec<(String, String)>,
}

impl Outcome {
    /// Reads the form as the CLI reads its flags and, when nothing is refused, makes the report.
    fn make(&mut self, project: &Project, report_lang: Lang, campaigns: &[String], from: &str, to: &str, lang: Lang) {
        let mut period = |name: &'static str, text: &str| -> Option<crate::date::Date> {
            if text.is_empty() {
                return None;
            }
            args::period_date(text)
                .map_err(|ArgError(message)| self.refuse(name, message.render_for(lang, Reader::Studio), lang))
                .ok()
        };
        let (from, to) = (period("from", from), period("to", to));
        if let (Some(from), Some(to)) = (from, to)
            && from > to
        {
            let message = msg!("studio-report-from-after-to", from = from.long(lang), to = to.long(lang));
            self.refuse("to", message.render_for(lang, Reader::Studio), lang);
        }
        if campaigns.is_empty() {
            self.refuse("campaigns", msg!("studio-report-no-campaigns").render(lang), lang);
        }
        if !self.refusals.is_empty() {
            return;
        }
        // Every campaign ticked is the whole programme, as `report` without `--campaigns`.
        let ids = project.campaign_ids();
        let mut named: Vec<String> = Vec::new();
        for id in campaigns {
            if !named.contains(id) {
                named.push(id.clone());
            }
        }
        let whole = ids.iter().all(|id| named.contains(id)) && named.len() == ids.len();
        let scope = Scope { campaigns: if whole { Vec::new() } else { named }, from, to };
        let made = commands::report(project, &ReportOptions { lang: report_lang, out: None, scope });
        self.problems = made.diagnostics.iter().map(|d| problem(d, lang)).collect();
        if made.succeeded() {
            self.made = made.value.and_then(|path| Some(path.file_name()?.to_string_lossy().into_owned()));
        }
    }

    fn refuse(&mut self, field: &'static str, text: String, lang: Lang) {
        let label = match field {
            "from" => "studio-report-from",
            "to" => "studio-report-to",
            _ => "studio-report-campaigns",
        };
        let place = crate::messages::render_id(label, lang);
        self.refusals.push((field, Problem { error: true, text, hint: String::new(), place }));
    }

    /// The campaigns to choose from and the reports already made.
    fn fill(&mut self, studio: &Studio, lang: Lang) {
        let Some(project) = commands::open(&studio.root).value else { return };
        let mut found = Diagnostics::new();
        let folders = commands::campaign_folders(&project, &[], &mut found);
        let loaded = commands::load_campaigns(&folders, &mut found);
        self.all = project
            .campaign_ids()
            .into_iter()
            .map(|id| {
                let label = loaded
                    .iter()
                    .find(|c| c.id == id)
                    .map_or_else(|| id.clone(), |c| format!("{} · {}", c.district.get(lang), c.topic.get(lang)));
                (id, label)
            })
            .collect();
        self.existing = Lang::ALL
            .iter()
            .map(|&lang| crate::report::default_path(&project, lang))
            .filter(|path| path.is_file())
            .filter_map(|path| path.file_name().map(|n| n.to_string_lossy().into_owned()))
            .map(|name| {
                let lang = name.trim_start_matches("report-").trim_end_matches(".pdf");
                let named = Lang::from_code(lang).map(|l| msg!("studio-language-name").render(l)).unwrap_or_default();
                (name, named)
            })
            .collect();
    }
}

fn render(w: &Words, asked: &Asked, outcome: Outcome, status: StatusCode) -> Response {
    let campaigns = outcome
        .all
        .iter()
        .map(|(id, label)| Choice {
            id: id.clone(),
            label: label.clone(),
            checked: outcome.all_checked || asked.campaigns.contains(id),
        })
        .collect();
    let languages = Lang::ALL
        .iter()
        .map(|&lang| (lang.code(), msg!("studio-language-name").render(lang), lang == asked.lang))
        .collect();
    let page = ReportPage {
        w,
        token: w.token(),
        back: "/report",
        languages,
        campaigns,
        from: asked.from.clone(),
        to: asked.to.clone(),
        refusals: outcome.refusals,
        problems: outcome.problems,
        made: outcome.made,
        existing: outcome.existing,
    };
    (status, Html(page.render().unwrap_or_default())).into_response()
}
