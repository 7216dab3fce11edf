//! The home page: the programme, each campaign with its state as `check`, `stock` and `stats`
//! find it, and a link to its editor.

use askama::Template;
use axum::extract::State;
use axum::http::{HeaderMap, StatusCode};
use axum::response::{Html, IntoResponse, Response};

use std::sync::PoisonError;

use crate::cache::{BuildCache, Key};
use crate::campaign::Campaign;
use crate::commands::Output;
use crate::diag::Diagnostics;
use crate::lang::Lang;
use crate::msg;
use crate::project::Project;
use crate::studio::guard::Access;
use crate::studio::state::{Known, Shared, Studio};
use crate::studio::words::Words;
use crate::{build, commands, ledger, parallel, survey};

/// One campaign as the home page lists it.
pub struct Row {
    pub id: String,
    pub topic: String,
    pub district: String,
    pub errors: usize,
    pub warnings: usize,
    pub pages: Option<usize>,
    pub printed: Option<u64>,
    pub handed_out: Option<u64>,
    pub in_stock: Option<u64>,
    /// The awareness change of the first indicator, worded.
    pub change: Option<String>,
}

#[derive(Template)]
#[template(path = "home.html")]
struct HomePage<'a> {
    w: &'a Words,
    token: &'a str,
    back: &'a str,
    rows: Vec<Row>,
    /// Problems of the project file itself.
    problems: Vec<String>,
    creating: Creating,
}

/// The forms for a new campaign as a refused try left them: which form (`new` or `import`), the
/// id typed, and why it was refused.
#[derive(Default)]
pub struct Creating {
    pub form: &'static str,
    pub id: String,
    pub refusals: Vec<Refusal>,
}

/// A reason a new campaign was not made, in the interface language.
pub struct Refusal {
    pub text: String,
    pub hint: String,
    /// The file it is about: the folder, or a document as it was named.
    pub place: String,
}

/// The booklet's state without typesetting it when it can be known otherwise: from the build
/// cache (a build of the same files: its warnings, and the pages of its screen PDF), or from
/// what this studio found for the same files before. Otherwise typeset, as `check` does, and
/// remembered for the next load.
fn booklet_state(
    studio: &Studio,
    project: &Project,
    cache: Option<&BuildCache>,
    key: Option<&Key>,
    campaign: Option<&Campaign>,
    loaded: Diagnostics,
) -> Known {
    let Some(campaign) = campaign else {
        return Known { pages: None, diagnostics: loaded.into_vec() };
    };
    let id = &campaign.id;
    if let Some(key) = key {
        let remembered = studio.known.lock().unwrap_or_else(PoisonError::into_inner).get(id).cloned();
        if let Some((_, known)) = remembered.filter(|(known_key, _)| known_key == key) {
            return known;
        }
        if let Some(reused) = cache.and_then(|cache| cache.reuse(id, key, false)) {
            let screen = Output::Screen.file_name(id, None);
            let pages = reused
                .written
                .iter()
                .find(|path| path.file_name().is_some_and(|name| name.to_string_lossy() == screen))
                .and_then(|path| lopdf::Document::load(path).ok())
                .map(|pdf| pdf.get_pages().len());
            // A build's warnings are those of loading too: the campaign's own are not counted twice.
            let known = Known { pages, diagnostics: reused.warnings };
            remember(studio, id, key, &known);
            return known;
        }
    }
    let mut diagnostics = loaded;
    let pages = build::typeset(project, campaign, &mut diagnostics).map(|booklet| booklet.document.pages().len());
    let known = Known { pages, diagnostics: diagnostics.into_vec() };
    if let Some(key) = key {
        remember(studio, id, key, &known);
    }
    known
}

fn remember(studio: &Studio, id: &str, key: &Key, known: &Known) {
    studio.known.lock().unwrap_or_else(PoisonError::into_inner).insert(id.to_string(), (key.clone(), known.clone()));
}

/// True when `id` is one of the project's campaigns: the only names a request may use.
pub fn is_campaign(studio: &Studio, id: &str) -> bool {
    commands::open(&studio.root).value.is_some_and(|project| project.campaign_ids().iter().any(|c| c == id))
}

pub async fn page(State(studio): State<Shared>, headers: HeaderMap, access: Access) -> Response {
    let w = access.words(&headers, studio.lang);
    show(&studio, &w, Creating::default(), StatusCode::OK).await
}

/// The home page, its forms for a new campaign as `creating` says.
pub async fn show(studio: &Shared, w: &Words, creating: Creating, status: StatusCode) -> Response {
    let lang = w.lang;
    let for_rows = studio.clone();
    let (rows, problems) =
        tokio::task::spawn_blocking(move || rows(&for_rows, lang)).await.unwrap_or_else(|_| (Vec::new(), Vec::new()));
    let page = HomePage { w, token: w.token(), back: "/", rows, problems, creating };
    (status, Html(page.render().unwrap_or_default())).into_response()
}

/// Every campaign's state, in the project's order, checked on all cores.
pub fn rows(studio: &Studio, lang: Lang) -> (Vec<Row>, Vec<String>) {
    let opened = commands::open(&studio.root);
    let Some(project) = opened.value else {
        return (Vec::new(), opened.diagnostics.iter().map(|d| d.render(lang)).collect());
    };
    let cache = BuildCache::open(&project, &project.out_dir());
    let rows = parallel::map(&project.campaign_ids(), |id| {
        let mut diagnostics = Diagnostics::new();
        let folders = commands::campaign_folders(&project, std::slice::from_ref(id), &mut diagnostics);
        let key = cache.as_ref().zip(folders.first()).and_then(|(cache, folder)| cache.campaign_key(folder));
        let mut loaded = Diagnostics::new();
        let campaign = commands::load_campaigns(&folders, &mut loaded).pop();
        let booklet = booklet_state(studio, &project, cache.as_ref(), key.as_ref(), campaign.as_ref(), loaded);
        diagnostics.extend(booklet.diagnostics.iter().cloned());
        let pages = booklet.pages;
        let totals = ledger::read_all(&folders, &mut diagnostics)
            .and_then(|ledgers| ledgers.first().map(|l| ledger::Totals::of(&l.campaign, &l.ledger)));
        let results = survey::results(
            folders.iter().map(|c| (c.id.as_str(), &c.folder)),
            survey::stats::DEFAULT_LEVEL,
            &mut diagnostics,
        );
        let change = results.as_ref().and_then(|r| r.campaigns.first()?.indicators.first()).map(|indicator| {
            msg!("studio-change", points = format!("{:+.0}", indicator.change.points * 100.0)).render(lang)
        });
        Row {
            id: id.clone(),
            topic: campaign.as_ref().map_or_else(String::new, |c| c.topic.get(lang).to_string()),
            district: campaign.as_ref().map_or_else(String::new, |c| c.district.get(lang).to_string()),
            errors: diagnostics.error_count(),
            warnings: diagnostics.warning_count(),
            pages,
            printed: totals.as_ref().map(|t| t.printed),
            handed_out: totals.as_ref().map(|t| t.handed_out),
            in_stock: totals.as_ref().map(|t| t.in_stock),
            change,
        }
    });
    (rows, Vec::new())
}
