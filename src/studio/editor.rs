//! The campaign editor: cover, sections, quotes and back cover as a form, Kazakh and Russian
//! side by side, the booklet's pages beside it.

use askama::Template;
use axum::Form;
use axum::extract::{Path, Query, State};
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{Html, IntoResponse, Response};
use serde::Deserialize;
use toml_edit::DocumentMut;

use crate::campaign::CAMPAIGN_FILE;
use crate::diag::Diagnostic;
use crate::lang::Lang;
use crate::messages::{Message, Reader};
use crate::msg;
use crate::studio::form::{self, COVER_TEXTS, LANGS, Posted, QUOTE_TEXTS, SECTION_TEXTS, Text};
use crate::studio::guard::{self, Access};
use crate::studio::save::{self, Placed, Saved};
use crate::studio::state::Shared;
use crate::studio::words::Words;
use crate::studio::{changes, home, pages};

/// A diagnostic as the page shows it: its message and hint in the interface language.
pub struct Problem {
    pub error: bool,
    pub text: String,
    pub hint: String,
    /// `campaign.toml:12:3`, for the person who also opens the file.
    pub place: String,
}

pub struct Field {
    pub name: String,
    /// The name after its block's (`kk.title`), which the page uses to renumber sections.
    pub key: String,
    pub value: String,
    pub long: bool,
    /// A picture's path: the page offers to send a picture for it.
    pub picture: bool,
    /// For a field that is a choice: each value and its words.
    pub choices: Vec<(&'static str, String)>,
    pub problems: Vec<Problem>,
}

/// One kind of text in both languages, side by side.
impl Field {
    /// True when the value is one of the field's choices (a value written by hand may not be:
    /// it is offered as it is, so that a save does not change it unseen).
    pub fn is_choice(&self) -> bool {
        self.choices.iter().any(|(value, _)| *value == self.value)
    }
}

pub struct Pair {
    pub label: String,
    pub texts: Vec<Field>,
}

pub struct Block {
    pub kind: &'static str,
    /// `section.2`: what its field names start with.
    pub prefix: String,
    pub title: String,
    /// For a section or a quote: its place in the file when the form was opened.
    pub from: String,
    /// For a quote: how many sections stand before it.
    pub after: String,
    pub single: Vec<(String, Field)>,
    pub pairs: Vec<Pair>,
    pub problems: Vec<Problem>,
}

#[derive(Template)]
#[template(path = "editor.html")]
struct EditorPage<'a> {
    w: &'a Words,
    token: &'a str,
    back: String,
    id: &'a str,
    topic: String,
    hash: String,
    original: String,
    blocks: Vec<Block>,
    /// The empty section the "add" button copies.
    new_section: Block,
    /// The empty quote the "add" button copies.
    new_quote: Block,
    /// What the save did, when there was one: `saved`, `invalid` or `conflict`.
    notice: &'static str,
    changes: Vec<(String, String)>,
    other: Vec<Problem>,
    pages: usize,
    version: u64,
}

#[derive(Deserialize)]
pub struct Shown {
    saved: Option<u8>,
}

/// GET /campaign/{id}
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
    let path = studio.root.join(crate::project::BOOKLETS_DIR).join(&id).join(CAMPAIGN_FILE);
    let Ok(text) = std::fs::read_to_string(&path) else { return not_found(&w) };
    let fields = text.parse::<DocumentMut>().map(|doc| form::read(&doc)).unwrap_or_default();
    let notice = if shown.saved.is_some() { "saved" } else { "" };
    let mut view = View {
        fields,
        placed: Placed::default(),
        notice,
        changes: Vec::new(),
        hash: save::hash(text.as_bytes()),
        original: text,
    };
    if view.fields.is_empty() {
        // A file that is not TOML: the loader says where, and the form waits for a fix by hand.
        let mut diagnostics = crate::diag::Diagnostics::new();
        if let Some(project) = crate::commands::open(&studio.root).value {
            let folders = crate::commands::campaign_folders(&project, std::slice::from_ref(&id), &mut diagnostics);
            crate::commands::load_campaigns(&folders, &mut diagnostics);
        }
        view.placed.other = diagnostics.into_vec();
    }
    render(&studio, &id, &w, view, StatusCode::OK).await
}

/// POST /campaign/{id}
pub async fn save(
    State(studio): State<Shared>,
    Path(id): Path<String>,
    headers: HeaderMap,
    access: Access,
    Form(posted): Form<Vec<(String, String)>>,
) -> Response {
    let w = access.words(&headers, studio.lang);
    if !access.token_matches(&posted) {
        return guard::forbidden();
    }
    if !home::is_campaign(&studio, &id) {
        return not_found(&w);
    }
    let hash = form::field(&posted, "hash").unwrap_or("").to_string();
    let original = form::field(&posted, "original").unwrap_or("").replace("\r\n", "\n");
    let for_save = (studio.clone(), id.clone(), posted.clone(), hash.clone(), original.clone());
    let saved = tokio::task::spawn_blocking(move || {
        let (studio, id, posted, hash, original) = for_save;
        let project = crate::commands::open(&studio.root).value?;
        let saved = save::save(&project, &id, &posted, &hash, &original);
        if matches!(saved, Ok(Saved::Written(_))) {
            pages::refresh(&studio, &id);
        }
        Some(saved)
    })
    .await
    .ok()
    .flatten();
    let fields: Posted = posted.into_iter().filter(|(key, _)| key != "csrf").collect();
    let (view, status) = match saved {
        Some(Ok(Saved::Written(placed))) if placed.at.is_empty() && placed.other.is_empty() => {
            let response = (StatusCode::SEE_OTHER, [(header::LOCATION, format!("/campaign/{id}?saved=1"))]);
            return changes::written(response.into_response(), vec![campaign_file(&id)]);
        }
        Some(Ok(Saved::Written(placed))) => {
            // Saved with warnings: the form shows the file as written, the warnings at their fields.
            let path = studio.root.join(crate::project::BOOKLETS_DIR).join(&id).join(CAMPAIGN_FILE);
            let text = std::fs::read_to_string(path).unwrap_or_default();
            let fields = text.parse::<DocumentMut>().map(|doc| form::read(&doc)).unwrap_or_default();
            (
                View {
                    fields,
                    placed,
                    notice: "saved",
                    changes: Vec::new(),
                    hash: save::hash(text.as_bytes()),
                    original: text,
                },
                StatusCode::OK,
            )
        }
        Some(Ok(Saved::Invalid(placed))) => (
            View { fields, placed, notice: "invalid", changes: Vec::new(), hash, original },
            StatusCode::UNPROCESSABLE_ENTITY,
        ),
        Some(Ok(Saved::Conflict(changes))) => (
            View { fields, placed: Placed::default(), notice: "conflict", changes, hash, original },
            StatusCode::CONFLICT,
        ),
        Some(Err(diagnostic)) => {
            let placed = Placed { other: vec![diagnostic], ..Placed::default() };
            (
                View { fields, placed, notice: "invalid", changes: Vec::new(), hash, original },
                StatusCode::UNPROCESSABLE_ENTITY,
            )
        }
        None => return not_found(&w),
    };
    let response = render(&studio, &id, &w, view, status).await;
    if status == StatusCode::OK { changes::written(response, vec![campaign_file(&id)]) } else { response }
}

/// The campaign's file, relative to the project.
pub(super) fn campaign_file(id: &str) -> std::path::PathBuf {
    std::path::Path::new(crate::project::BOOKLETS_DIR).join(id).join(CAMPAIGN_FILE)
}

/// What one showing of the editor holds.
pub(super) struct View {
    pub(super) fields: Posted,
    pub(super) placed: Placed,
    pub(super) notice: &'static str,
    pub(super) changes: Vec<(String, String)>,
    pub(super) hash: String,
    pub(super) original: String,
}

pub(super) async fn render(studio: &Shared, id: &str, w: &Words, mut view: View, status: StatusCode) -> Response {
    let for_pages = (studio.clone(), id.to_string());
    let (pages, version) =
        tokio::task::spawn_blocking(move || pages::current(&for_pages.0, &for_pages.1)).await.unwrap_or((0, 0));
    let topic = crate::commands::open(&studio.root)
        .value
        .and_then(|project| {
            let folder = project.campaign_dir(id).ok()?;
            crate::campaign::load(id, &folder, &mut crate::diag::Diagnostics::new())
        })
        .map_or_else(|| id.to_string(), |campaign| campaign.topic.get(w.lang).to_string());
    let blocks = blocks(&view.fields, &mut view.placed, w);
    let changes = view.changes.iter().map(|(name, now)| (label_of(name, w), now.clone())).collect();
    let other = view.placed.other.iter().map(|d| problem(d, w.lang)).collect();
    let page = EditorPage {
        w,
        token: w.token(),
        back: format!("/campaign/{id}"),
        id,
        topic,
        hash: view.hash,
        original: view.original,
        new_section: section_block(&[], None, "", &mut Placed::default(), w),
        new_quote: quote_block(&[], None, &mut Placed::default(), w),
        blocks,
        notice: view.notice,
        changes,
        other,
        pages,
        version,
    };
    (status, Html(page.render().unwrap_or_default())).into_response()
}

pub(super) fn not_found(w: &Words) -> Response {
    (
        StatusCode::NOT_FOUND,
        Html(format!("<p>{}</p><p><a href=\"/\">{}</a></p>", w.t("studio-not-found"), w.t("studio-back-home"))),
    )
        .into_response()
}

pub(super) fn problem(diagnostic: &Diagnostic, lang: Lang) -> Problem {
    Problem {
        error: save::is_error(diagnostic),
        text: diagnostic.message.render_for(lang, Reader::Studio),
        hint: diagnostic.hint.as_ref().map(|h| h.render_for(lang, Reader::Studio)).unwrap_or_default(),
        place: match &diagnostic.location {
            // A spreadsheet's row has no column here: its message names the column.
            Some(at) if at.column == 0 => format!("{}:{}", diagnostic.path.display(), at.line),
            Some(at) => format!("{}:{}:{}", diagnostic.path.display(), at.line, at.column),
            None => diagnostic.path.display().to_string(),
        },
    }
}

fn field(fields: &[(String, String)], name: String, long: bool, placed: &mut Placed, lang: Lang) -> Field {
    let problems = placed.at.remove(&name).unwrap_or_default().iter().map(|d| problem(d, lang)).collect();
    let key = name.splitn(3, '.').last().unwrap_or("").to_string();
    let key = if name.starts_with("section.") || name.starts_with("quote.") { key } else { name.clone() };
    let picture = name.ends_with(".image");
    let choices = choices(&name, lang);
    Field { value: form::field(fields, &name).unwrap_or("").to_string(), name, key, long, picture, choices, problems }
}

/// The values a field may take, each with its words, for the fields that are a choice: the
/// booklet's size and fold, and how its two languages are laid out.
fn choices(name: &str, lang: Lang) -> Vec<(&'static str, String)> {
    let options = match name {
        "booklet.format" => vec![
            ("a5", Message::new("studio-format-a5")),
            ("a6", Message::new("studio-format-a6")),
            ("a4-trifold", Message::new("studio-format-a4-trifold")),
        ],
        "booklet.bilingual" => vec![
            ("flip", Message::new("studio-bilingual-flip")),
            ("sequential", Message::new("studio-bilingual-sequential")),
            ("parallel", Message::new("studio-bilingual-parallel")),
        ],
        _ => Vec::new(),
    };
    options.into_iter().map(|(value, words)| (value, words.render(lang))).collect()
}

fn pairs(fields: &[(String, String)], prefix: &str, texts: &[Text], placed: &mut Placed, w: &Words) -> Vec<Pair> {
    texts
        .iter()
        .map(|text| Pair {
            label: label(text.key).render(w.lang),
            texts: LANGS
                .iter()
                .map(|lang| field(fields, format!("{prefix}.{}.{}", lang.code(), text.key), text.long, placed, w.lang))
                .collect(),
        })
        .collect()
}

fn block_problems(placed: &mut Placed, key: &str, lang: Lang) -> Vec<Problem> {
    placed.at.remove(key).unwrap_or_default().iter().map(|d| problem(d, lang)).collect()
}

fn section_block(
    fields: &[(String, String)],
    index: Option<usize>,
    from: &str,
    placed: &mut Placed,
    w: &Words,
) -> Block {
    let prefix = index.map_or_else(|| "section.__N__".to_string(), |i| format!("section.{i}"));
    Block {
        kind: "section",
        prefix: prefix.clone(),
        title: w.t("studio-section"),
        from: from.to_string(),
        after: String::new(),
        single: vec![(label("image").render(w.lang), field(fields, format!("{prefix}.image"), false, placed, w.lang))],
        pairs: pairs(fields, &prefix, &SECTION_TEXTS, placed, w),
        problems: block_problems(placed, &prefix, w.lang),
    }
}

fn quote_block(fields: &[(String, String)], index: Option<usize>, placed: &mut Placed, w: &Words) -> Block {
    let prefix = index.map_or_else(|| "quote.__N__".to_string(), |i| format!("quote.{i}"));
    let value = |key: &str| form::field(fields, &format!("{prefix}.{key}")).unwrap_or("").to_string();
    Block {
        kind: "quote",
        prefix: prefix.clone(),
        title: index.map_or_else(|| w.t("studio-new-quote"), |i| msg!("studio-quote", number = i + 1).render(w.lang)),
        from: value("from"),
        after: index.map_or_else(String::new, |_| value("after")),
        single: Vec::new(),
        pairs: pairs(fields, &prefix, &QUOTE_TEXTS, placed, w),
        problems: block_problems(placed, &prefix, w.lang),
    }
}

/// The blocks of the form, in the file's order: cover, sections, quotes, back cover.
fn blocks(fields: &[(String, String)], placed: &mut Placed, w: &Words) -> Vec<Block> {
    if fields.is_empty() {
        return Vec::new();
    }
    let campaign = |key: &str, lang: &str, placed: &mut Placed| {
        field(fields, format!("campaign.{key}.{lang}"), false, placed, w.lang)
    };
    let mut blocks = vec![Block {
        kind: "campaign",
        prefix: "campaign".to_string(),
        title: w.t("studio-campaign-block"),
        from: String::new(),
        after: String::new(),
        single: {
            let mut single: Vec<(String, Field)> = form::CAMPAIGN_TEXTS
                .iter()
                .map(|key| (label(&format!("{key}-en")).render(w.lang), campaign(key, "en", placed)))
                .collect();
            for key in form::BOOKLET_CHOICES {
                single
                    .push((label(key).render(w.lang), field(fields, format!("booklet.{key}"), false, placed, w.lang)));
            }
            single
        },
        pairs: form::CAMPAIGN_TEXTS
            .iter()
            .map(|key| Pair {
                label: label(key).render(w.lang),
                texts: LANGS.iter().map(|lang| campaign(key, lang.code(), placed)).collect(),
            })
            .collect(),
        problems: Vec::new(),
    }];
    blocks.push(Block {
        kind: "cover",
        prefix: "cover".to_string(),
        title: w.t("studio-cover"),
        from: String::new(),
        after: String::new(),
        single: vec![(label("image").render(w.lang), field(fields, "cover.image".into(), false, placed, w.lang))],
        pairs: pairs(fields, "cover", &COVER_TEXTS, placed, w),
        problems: block_problems(placed, "cover", w.lang),
    });
    let sections: Vec<Block> = form::section_order(fields)
        .into_iter()
        .enumerate()
        .map(|(i, from)| section_block(fields, Some(i), &from.map(|f| f.to_string()).unwrap_or_default(), placed, w))
        .collect();
    let quotes = (0..).take_while(|i| fields.iter().any(|(k, _)| k.starts_with(&format!("quote.{i}.")))).count();
    let quotes: Vec<(usize, Block)> = (0..quotes)
        .map(|i| {
            let block = quote_block(fields, Some(i), placed, w);
            (block.after.parse().unwrap_or(0), block)
        })
        .collect();
    // Sections and quotes in the order they stand in the file.
    let mut quotes = quotes.into_iter().peekable();
    for (i, section) in sections.into_iter().enumerate() {
        while let Some((_, quote)) = quotes.next_if(|(after, _)| *after <= i) {
            blocks.push(quote);
        }
        blocks.push(section);
    }
    blocks.extend(quotes.map(|(_, quote)| quote));
    blocks.push(Block {
        kind: "back",
        prefix: "back".to_string(),
        title: w.t("studio-back"),
        from: String::new(),
        after: String::new(),
        single: vec![(label("link").render(w.lang), field(fields, "back.link".into(), false, placed, w.lang))],
        pairs: Vec::new(),
        problems: block_problems(placed, "back", w.lang),
    });
    blocks
}

/// The label of a kind of text (`title`, `who`…).
fn label(key: &str) -> crate::messages::Message {
    match key {
        "title" => msg!("studio-field-title"),
        "subtitle" => msg!("studio-field-subtitle"),
        "text" => msg!("studio-field-text"),
        "caption" => msg!("studio-field-caption"),
        "alt" => msg!("studio-field-alt"),
        "who" => msg!("studio-field-who"),
        "image" => msg!("studio-field-image"),
        "format" => msg!("studio-field-format"),
        "bilingual" => msg!("studio-field-bilingual"),
        "district" => msg!("studio-field-district"),
        "topic" => msg!("studio-field-topic"),
        "district-en" => msg!("studio-field-district-en"),
        "topic-en" => msg!("studio-field-topic-en"),
        _ => msg!("studio-field-link"),
    }
}

/// "Section 2, Russian, title" for a field name, for the list of what changed on disk.
fn label_of(name: &str, w: &Words) -> String {
    let parts: Vec<&str> = name.split('.').collect();
    let mut words = Vec::new();
    match parts.first() {
        Some(&"campaign") => words.push(w.t("studio-campaign-block")),
        Some(&"cover") => words.push(w.t("studio-cover")),
        Some(&"back") => words.push(w.t("studio-back")),
        Some(&"section") => words.push(format!(
            "{} {}",
            w.t("studio-section"),
            parts.get(1).and_then(|n| n.parse::<usize>().ok()).map_or(0, |n| n + 1)
        )),
        Some(&"quote") => words.push(
            msg!("studio-quote", number = parts.get(1).and_then(|n| n.parse::<usize>().ok()).map_or(0, |n| n + 1))
                .render(w.lang),
        ),
        _ => {}
    }
    for part in &parts[1..] {
        if let Some(lang) = Lang::from_code(part) {
            words.push(match lang {
                Lang::Kk => w.t("studio-lang-kk"),
                Lang::Ru => w.t("studio-lang-ru"),
                Lang::En => lang.code().to_string(),
            });
        } else if part.parse::<usize>().is_err() {
            words.push(label(part).render(w.lang));
        }
    }
    words.join(" · ")
}
