//! A campaign's PDFs: build them as `kitapsha build <id>` does (the build cache makes an
//! unchanged build instant), see what each file is for, and download it. A download is served
//! only by its exact name from the list of files the build writes for that campaign: a name
//! in the request never becomes a path.

use std::path::PathBuf;

use askama::Template;
use axum::Form;
use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{Html, IntoResponse, Response};

use crate::campaign::Edition;
use crate::commands::{self, BuildOptions, Output};
use crate::diag::Diagnostics;
use crate::lang::Lang;
use crate::messages::Message;
use crate::msg;
use crate::project::Project;
use crate::studio::editor::{Problem, not_found, problem};
use crate::studio::state::Shared;
use crate::studio::words::Words;
use crate::studio::{changes, guard, home};

/// One PDF of the campaign, as the page lists it.
pub struct FileRow {
    pub name: String,
    pub kind: &'static str,
    /// What it is for, worded.
    pub title: String,
    pub note: String,
    /// Its size and pages when it has been built.
    pub size: Option<String>,
    pub pages: Option<usize>,
}

/// The booklet or one edition, with its files.
pub struct Group {
    pub heading: String,
    pub files: Vec<FileRow>,
}

#[derive(Template)]
#[template(path = "outputs.html")]
struct OutputsPage<'a> {
    w: &'a Words,
    token: &'a str,
    back: String,
    id: &'a str,
    topic: String,
    groups: Vec<Group>,
    /// After a build: whether it succeeded; nothing before one.
    built: Option<bool>,
    problems: Vec<Problem>,
}

/// GET /campaign/{id}/outputs
pub async fn page(
    State(studio): State<Shared>,
    Path(id): Path<String>,
    headers: HeaderMap,
    access: guard::Access,
) -> Response {
    let w = access.words(&headers, studio.lang);
    if !home::is_campaign(&studio, &id) {
        return not_found(&w);
    }
    let lang = w.lang;
    let for_list = (studio.clone(), id.clone());
    let (topic, groups, problems) = tokio::task::spawn_blocking(move || {
        let (studio, id) = for_list;
        listed(&studio.root, &id, lang)
    })
    .await
    .unwrap_or_default();
    render(&w, &id, topic, groups, None, problems, StatusCode::OK)
}

/// POST /campaign/{id}/outputs/build: the campaign's build, as `kitapsha build <id>`.
pub async fn build(
    State(studio): State<Shared>,
    Path(id): Path<String>,
    headers: HeaderMap,
    access: guard::Access,
    Form(fields): Form<Vec<(String, String)>>,
) -> Response {
    let w = access.words(&headers, studio.lang);
    if !access.token_matches(&fields) {
        return guard::forbidden();
    }
    if !home::is_campaign(&studio, &id) {
        return not_found(&w);
    }
    let lang = w.lang;
    let for_build = (studio.clone(), id.clone());
    let (succeeded, written, problems, topic, groups) = tokio::task::spawn_blocking(move || {
        let (studio, id) = for_build;
        let opened = commands::open(&studio.root);
        let Some(project) = opened.value else {
            let problems: Vec<Problem> = opened.diagnostics.iter().map(|d| problem(d, lang)).collect();
            return (false, Vec::new(), problems, String::new(), Vec::new());
        };
        let options = BuildOptions { campaigns: vec![id.clone()], ..BuildOptions::default() };
        let built = commands::build(&project, &options);
        let succeeded = built.succeeded();
        // The build's problems include those of loading the campaign: the list's are not repeated.
        let problems: Vec<Problem> = built.diagnostics.iter().map(|d| problem(d, lang)).collect();
        let written: Vec<PathBuf> = built
            .value
            .iter()
            .flat_map(|b| b.written.iter())
            .filter_map(|path| path.strip_prefix(&studio.root).ok().map(PathBuf::from))
            .collect();
        let (topic, groups, _) = listed(&studio.root, &id, lang);
        (succeeded, written, problems, topic, groups)
    })
    .await
    .unwrap_or_default();
    let status = if succeeded { StatusCode::OK } else { StatusCode::UNPROCESSABLE_ENTITY };
    let response = render(&w, &id, topic, groups, Some(succeeded), problems, status);
    if written.is_empty() { response } else { changes::written(response, written) }
}

/// GET /campaign/{id}/outputs/{file}: one of the campaign's PDFs, by its exact name.
pub async fn download(State(studio): State<Shared>, Path((id, file)): Path<(String, String)>) -> Response {
    if !home::is_campaign(&studio, &id) {
        return StatusCode::NOT_FOUND.into_response();
    }
    let read = tokio::task::spawn_blocking(move || {
        let project = commands::open(&studio.root).value?;
        let campaign = campaign_of(&project, &id)?;
        // The name is looked up, never joined: only the build's own names reach the disk.
        let (_, _, name) = commands::campaign_outputs(&campaign).into_iter().find(|(_, _, name)| *name == file)?;
        let bytes = std::fs::read(project.out_dir().join(&id).join(&name)).ok()?;
        Some((name, bytes))
    })
    .await
    .ok()
    .flatten();
    match read {
        Some((name, bytes)) => pdf_attachment(&name, bytes),
        None => StatusCode::NOT_FOUND.into_response(),
    }
}

/// A PDF to save, under `name` (a name the server made: letters, digits, `-` and `.`).
pub fn pdf_attachment(name: &str, bytes: Vec<u8>) -> Response {
    (
        [
            (header::CONTENT_TYPE, "application/pdf".to_string()),
            (header::CONTENT_DISPOSITION, format!("attachment; filename=\"{name}\"")),
            (header::CACHE_CONTROL, "no-store".to_string()),
        ],
        bytes,
    )
        .into_response()
}

fn render(
    w: &Words,
    id: &str,
    topic: String,
    groups: Vec<Group>,
    built: Option<bool>,
    problems: Vec<Problem>,
    status: StatusCode,
) -> Response {
    let page = OutputsPage {
        w,
        token: w.token(),
        back: format!("/campaign/{id}/outputs"),
        id,
        topic,
        groups,
        built,
        problems,
    };
    (status, Html(page.render().unwrap_or_default())).into_response()
}

fn campaign_of(project: &Project, id: &str) -> Option<crate::campaign::Campaign> {
    let mut found = Diagnostics::new();
    let folders = commands::campaign_folders(project, &[id.to_string()], &mut found);
    commands::load_campaigns(&folders, &mut found).pop()
}

/// The campaign's topic and its PDFs as they are in `out/` now, grouped by booklet and edition.
fn listed(root: &std::path::Path, id: &str, lang: Lang) -> (String, Vec<Group>, Vec<Problem>) {
    let opened = commands::open(root);
    let Some(project) = opened.value else {
        return (String::new(), Vec::new(), opened.diagnostics.iter().map(|d| problem(d, lang)).collect());
    };
    let mut found = Diagnostics::new();
    let folders = commands::campaign_folders(&project, &[id.to_string()], &mut found);
    let Some(campaign) = commands::load_campaigns(&folders, &mut found).pop() else {
        return (String::new(), Vec::new(), found.iter().map(|d| problem(d, lang)).collect());
    };
    let folder = project.out_dir().join(id);
    let mut groups: Vec<Group> = Vec::new();
    for (edition, kind, name) in commands::campaign_outputs(&campaign) {
        let heading = edition_heading(edition, lang);
        if groups.last().is_none_or(|g| g.heading != heading) {
            groups.push(Group { heading, files: Vec::new() });
        }
        let bytes = std::fs::read(folder.join(&name)).ok();
        let (key, title, note) = words_of(kind);
        let row = FileRow {
            name,
            kind: key,
            title: title.render(lang),
            note: note.render(lang),
            size: bytes.as_ref().map(|b| size(b.len(), lang)),
            pages: bytes.as_ref().and_then(|b| lopdf::Document::load_mem(b).ok()).map(|d| d.get_pages().len()),
        };
        groups.last_mut().expect("pushed above").files.push(row);
    }
    (campaign.topic.get(lang).to_string(), groups, Vec::new())
}

fn edition_heading(edition: Option<Edition>, lang: Lang) -> String {
    let heading = match edition {
        None => msg!("studio-outputs-booklet"),
        Some(Edition::LargePrint) => msg!("studio-outputs-large-print"),
        Some(Edition::Latin) => msg!("studio-outputs-latin"),
    };
    heading.render(lang)
}

/// The kind's name for the page's classes, and what the file is for: its title and a note.
fn words_of(kind: Output) -> (&'static str, Message, Message) {
    match kind {
        Output::Screen => ("screen", msg!("studio-outputs-screen"), msg!("studio-outputs-screen-note")),
        Output::Press => ("press", msg!("studio-outputs-press"), msg!("studio-outputs-press-note")),
        Output::PressSummary => {
            ("press-summary", msg!("studio-outputs-press-summary"), msg!("studio-outputs-press-summary-note"))
        }
        Output::Sheets => ("sheets", msg!("studio-outputs-sheets"), msg!("studio-outputs-sheets-note")),
    }
}

/// `1.4 MB`, `312 KB`, with the language's decimal mark.
fn size(bytes: usize, lang: Lang) -> String {
    let kilobytes = bytes.div_ceil(1024);
    if kilobytes < 1024 {
        return msg!("studio-outputs-kilobytes", size = kilobytes.to_string()).render(lang);
    }
    let tenths = (bytes as f64 / (1024.0 * 1024.0) * 10.0).round() as u64;
    let point = if lang == Lang::En { '.' } else { ',' };
    msg!("studio-outputs-megabytes", size = format!("{}{point}{}", tenths / 10, tenths % 10)).render(lang)
}
