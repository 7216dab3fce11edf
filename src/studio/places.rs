//! The villages of the donor report's map (`places.toml`): those it has, the hand-out places of
//! the ledgers it lacks (with their copies, which the map leaves out), and a form that adds one
//! with its names and coordinates. The file is checked by the report's own loading and put back
//! when that refuses it; comments and layout stay as they were.

use std::collections::BTreeMap;

use askama::Template;
use axum::Form;
use axum::extract::{Query, State};
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{Html, IntoResponse, Response};
use serde::Deserialize;
use toml_edit::{DocumentMut, InlineTable, Item, Value};

use crate::diag::{Diagnostic, Diagnostics};
use crate::lang::Lang;
use crate::places::{self, PLACES_FILE};
use crate::studio::editor::{Problem, problem};
use crate::studio::state::Shared;
use crate::studio::words::Words;
use crate::studio::{changes, guard, save};
use crate::{commands, fsutil, ledger, msg};

/// A village of the map as the page lists it.
pub struct PlaceRow {
    pub names: String,
    pub lat: String,
    pub lon: String,
}

#[derive(Template)]
#[template(path = "places.html")]
struct PlacesPage<'a> {
    w: &'a Words,
    token: &'a str,
    back: String,
    places: Vec<PlaceRow>,
    /// Hand-out places the map cannot show, as the ledgers write them, with their copies.
    missing: Vec<(String, String)>,
    typed: Vec<(String, String)>,
    refusals: Vec<Problem>,
    /// Problems of `places.toml` itself.
    problems: Vec<Problem>,
    added: bool,
}

impl PlacesPage<'_> {
    fn typed(&self, name: &str) -> &str {
        self.typed.iter().find(|(key, _)| key == name).map_or("", |(_, value)| value.as_str())
    }
}

#[derive(Deserialize)]
pub struct Shown {
    added: Option<String>,
    /// A missing place to fill the form with.
    place: Option<String>,
}

/// GET /places
pub async fn page(
    State(studio): State<Shared>,
    Query(shown): Query<Shown>,
    headers: HeaderMap,
    access: guard::Access,
) -> Response {
    let w = access.words(&headers, studio.lang);
    let typed =
        shown.place.map(|place| Lang::ALL.iter().map(|l| (format!("name.{}", l.code()), place.clone())).collect());
    render(&studio, &w, typed.unwrap_or_default(), Vec::new(), shown.added.is_some(), StatusCode::OK).await
}

/// POST /places: one more village, at the end of the file (made when missing).
pub async fn add(
    State(studio): State<Shared>,
    headers: HeaderMap,
    access: guard::Access,
    Form(posted): Form<Vec<(String, String)>>,
) -> Response {
    let w = access.words(&headers, studio.lang);
    if !access.token_matches(&posted) {
        return guard::forbidden();
    }
    let typed: Vec<(String, String)> = posted.into_iter().filter(|(key, _)| key != "csrf").collect();
    let for_add = (studio.clone(), typed.clone());
    let added = tokio::task::spawn_blocking(move || {
        let (studio, typed) = for_add;
        add_place(&studio.root, &typed)
    })
    .await
    .unwrap_or_else(|_| Err(Vec::new()));
    match added {
        Ok(()) => {
            let response = (StatusCode::SEE_OTHER, [(header::LOCATION, "/places?added=1")]).into_response();
            changes::written(response, vec![PLACES_FILE.into()])
        }
        Err(found) => {
            let refusals = found.iter().map(|d| problem(d, w.lang)).collect();
            render(&studio, &w, typed, refusals, false, StatusCode::UNPROCESSABLE_ENTITY).await
        }
    }
}

/// Appends the typed place to `places.toml`; what refused it, with the file as it was.
fn add_place(root: &std::path::Path, typed: &[(String, String)]) -> Result<(), Vec<Diagnostic>> {
    let field = |name: &str| typed.iter().find(|(key, _)| key == name).map_or("", |(_, value)| value.trim());
    let refuse = |message| vec![Diagnostic::file_error(PLACES_FILE, message)];
    let coordinate = |name: &str| -> Result<f64, Vec<Diagnostic>> {
        let written = field(name);
        // A comma is how a Kazakh or Russian keyboard writes the decimal point.
        written
            .replace(',', ".")
            .parse::<f64>()
            .map_err(|_| refuse(msg!("studio-places-not-a-number", value = written)))
    };
    let (lat, lon) = (coordinate("lat")?, coordinate("lon")?);
    let path = root.join(PLACES_FILE);
    let before = std::fs::read(&path).ok();
    let text = before.as_deref().map(String::from_utf8_lossy).unwrap_or_default();
    text.parse::<DocumentMut>().map_err(|_| refuse(msg!("studio-places-file-broken")))?;
    let mut place = toml_edit::Table::new();
    let names: InlineTable = Lang::ALL
        .iter()
        .filter(|lang| !field(&format!("name.{}", lang.code())).is_empty())
        .map(|lang| (lang.code(), Value::from(field(&format!("name.{}", lang.code())))))
        .collect();
    place.insert("name", Item::Value(Value::InlineTable(names)));
    place.insert("lat", Item::Value(Value::from(lat)));
    place.insert("lon", Item::Value(Value::from(lon)));
    if !field("source").is_empty() {
        place.insert("source", Item::Value(Value::from(field("source"))));
    }
    let mut added = DocumentMut::new();
    let mut list = toml_edit::ArrayOfTables::new();
    list.push(place);
    added.insert("place", Item::ArrayOfTables(list));
    let separator = if text.is_empty() || text.ends_with("\n\n") {
        ""
    } else if text.ends_with('\n') {
        "\n"
    } else {
        "\n\n"
    };
    let new_text = format!("{text}{separator}{added}");
    let mut found = Diagnostics::new();
    let errors_before = {
        places::load(root, &mut found);
        found.iter().filter(|d| save::is_error(d)).count()
    };
    fsutil::write_atomically(&path, new_text.as_bytes())
        .map_err(|error| refuse(msg!("studio-places-cannot-write", reason = fsutil::io_problem(&error))))?;
    let mut checked = Diagnostics::new();
    places::load(root, &mut checked);
    let errors: Vec<Diagnostic> = checked.into_vec().into_iter().filter(save::is_error).collect();
    if errors.len() > errors_before {
        // The map's own reading refuses it (a name missing, a latitude beyond 90°): put back.
        let _ = match &before {
            Some(bytes) => fsutil::write_atomically(&path, bytes),
            None => std::fs::remove_file(&path),
        };
        return Err(errors);
    }
    Ok(())
}

async fn render(
    studio: &Shared,
    w: &Words,
    typed: Vec<(String, String)>,
    refusals: Vec<Problem>,
    added: bool,
    status: StatusCode,
) -> Response {
    let (lang, root) = (w.lang, studio.root.clone());
    let (places, missing, problems) = tokio::task::spawn_blocking(move || read(&root, lang)).await.unwrap_or_default();
    let page = PlacesPage {
        w,
        token: w.token(),
        back: "/places".to_string(),
        places,
        missing,
        typed,
        refusals,
        problems,
        added,
    };
    (status, Html(page.render().unwrap_or_default())).into_response()
}

/// The villages of the file, and the hand-out places of every ledger it lacks.
fn read(root: &std::path::Path, lang: Lang) -> (Vec<PlaceRow>, Vec<(String, String)>, Vec<Problem>) {
    let mut found = Diagnostics::new();
    let Some(known) = places::load(root, &mut found) else {
        return (Vec::new(), Vec::new(), found.iter().map(|d| problem(d, lang)).collect());
    };
    let rows = known
        .places
        .iter()
        .map(|place| PlaceRow {
            names: Lang::ALL.iter().map(|l| place.name.get(*l)).collect::<Vec<_>>().join(" · "),
            lat: format!("{:.5}", place.lat),
            lon: format!("{:.5}", place.lon),
        })
        .collect();
    let mut copies: BTreeMap<String, u64> = BTreeMap::new();
    if let Some(project) = commands::open(root).value {
        let mut ignored = Diagnostics::new();
        let folders = commands::campaign_folders(&project, &[], &mut ignored);
        for file in ledger::read_all(&folders, &mut ignored).unwrap_or_default() {
            for (place, count) in ledger::Totals::of(&file.campaign, &file.ledger).hand_outs_by_place {
                *copies.entry(place).or_default() += count;
            }
        }
    }
    let missing = places::map::missing_places(&known, &copies)
        .into_iter()
        .map(|m| (m.name, crate::numbers::integer(m.copies, lang)))
        .collect();
    (rows, missing, Vec::new())
}
