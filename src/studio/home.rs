//! The home page: the programme, each campaign with its state as `check`, `stock` and `stats`
//! find it, and a link to its editor.

use askama::Template;
use axum::extract::State;
use axum::http::{HeaderMap, StatusCode};
use axum::response::{Html, IntoResponse, Response};

use crate::diag::Diagnostics;
use crate::lang::Lang;
use crate::msg;
use crate::studio::state::{Shared, Studio};
use crate::studio::words::{self, Words};
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

/// True when `id` is one of the project's campaigns: the only names a request may use.
pub fn is_campaign(studio: &Studio, id: &str) -> bool {
    commands::open(&studio.root).value.is_some_and(|project| project.campaign_ids().iter().any(|c| c == id))
}

pub async fn page(State(studio): State<Shared>, headers: HeaderMap) -> Response {
    let w = words::of(&headers, studio.lang);
    show(&studio, &w, Creating::default(), StatusCode::OK).await
}

/// The home page, its forms for a new campaign as `creating` says.
pub async fn show(studio: &Shared, w: &Words, creating: Creating, status: StatusCode) -> Response {
    let lang = w.lang;
    let for_rows = studio.clone();
    let (rows, problems) =
        tokio::task::spawn_blocking(move || rows(&for_rows, lang)).await.unwrap_or_else(|_| (Vec::new(), Vec::new()));
    let page = HomePage { w, token: &studio.token, back: "/", rows, problems, creating };
    (status, Html(page.render().unwrap_or_default())).into_response()
}

/// Every campaign's state, in the project's order, checked on all cores.
pub fn rows(studio: &Studio, lang: Lang) -> (Vec<Row>, Vec<String>) {
    let opened = commands::open(&studio.root);
    let Some(project) = opened.value else {
        return (Vec::new(), opened.diagnostics.iter().map(|d| d.render(lang)).collect());
    };
    let rows = parallel::map(&project.campaign_ids(), |id| {
        let mut diagnostics = Diagnostics::new();
        let folders = commands::campaign_folders(&project, std::slice::from_ref(id), &mut diagnostics);
        let campaign = commands::load_campaigns(&folders, &mut diagnostics).pop();
        let pages = campaign
            .as_ref()
            .and_then(|c| build::typeset(&project, c, &mut diagnostics))
            .map(|booklet| booklet.document.pages().len());
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
