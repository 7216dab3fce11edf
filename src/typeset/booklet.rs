//! A campaign as the data the booklet template reads, and the compilation of the booklet.
//! The template gets the campaign's text only as JSON values; nothing the user wrote becomes
//! Typst source.

use serde::Deserialize;
use serde_json::{Value, json};
use typst::foundations::Bytes;
use typst_layout::PagedDocument;

use crate::campaign::markdown::{Block, Inline};
use crate::campaign::{Bilingual, Campaign, Format, Image, Item};
use crate::date::Date;
use crate::diag::Diagnostic;
use crate::lang::Lang;
use crate::press;
use crate::project::Project;
use crate::typeset::compile::Sources;
use crate::typeset::typography::Typographer;
use crate::typeset::{compile, qr};

const BOOKLET_TEMPLATE: &str = include_str!("templates/booklet.typ");
const TRIFOLD_TEMPLATE: &str = include_str!("templates/trifold.typ");

/// Printed booklets are folded sheets: the page count is a multiple of this.
pub const PAGES_PER_SHEET: usize = 4;

/// A typeset booklet and where its parts fell.
pub struct TypesetBooklet {
    pub document: PagedDocument,
    /// What the document was compiled from, for `--emit-typst`.
    pub sources: Sources,
    pub layout: Layout,
}

/// Where the template put each half and section, read back from the compiled document.
#[derive(Debug, Clone, Default, Deserialize)]
pub struct Layout {
    pub marks: Vec<Mark>,
}

#[derive(Debug, Clone, Deserialize)]
pub struct Mark {
    pub kind: String,
    #[serde(default)]
    pub lang: Option<String>,
    #[serde(default)]
    pub number: Option<usize>,
    pub page: usize,
    /// Horizontal position on the page, in points.
    #[serde(default)]
    pub x: f64,
}

/// Typesets a campaign's booklet in reader order, padded with notes pages to a multiple of
/// four, each page with its bleed and crop marks around the trim (the screen PDF is cut to the
/// trim afterwards).
pub fn typeset(project: &Project, campaign: &Campaign, today: Date) -> Result<TypesetBooklet, Vec<Diagnostic>> {
    let files = files(campaign)?;
    if campaign.format == Format::A4Trifold {
        // A leaflet is one sheet: nothing to pad. When its text ends on the inside, the inner
        // flap (the first panel of the outside) is filled with a notes panel instead.
        let (document, sources) = compile_booklet(project, campaign, today, &files, false)?;
        let layout = compile::read_layout(&document).unwrap_or_default();
        let ends_inside = layout.marks.iter().any(|m| m.kind == "text-end" && m.page == 1);
        if !ends_inside {
            return Ok(TypesetBooklet { document, sources, layout });
        }
        let (document, sources) = compile_booklet(project, campaign, today, &files, true)?;
        let layout = compile::read_layout(&document).unwrap_or_default();
        return Ok(TypesetBooklet { document, sources, layout });
    }
    // The template pads to a multiple of four itself; a wrong count is a template bug.
    let (document, sources) = compile_booklet(project, campaign, today, &files, false)?;
    let layout = compile::read_layout(&document).unwrap_or_default();
    let pages = document.pages().len();
    if pages % PAGES_PER_SHEET != 0 {
        let message = format!("the booklet came out with {pages} pages, not a multiple of four");
        return Err(vec![
            Diagnostic::file_error(&campaign.source.path, message)
                .with_hint("this is a problem in kitapsha's template; please report it"),
        ]);
    }
    Ok(TypesetBooklet { document, sources, layout })
}

fn compile_booklet(
    project: &Project,
    campaign: &Campaign,
    today: Date,
    files: &[(String, Bytes)],
    flap_notes: bool,
) -> Result<(PagedDocument, Sources), Vec<Diagnostic>> {
    let data = booklet_data(project, campaign, flap_notes);
    let mut served = files.to_vec();
    served.push(("/data.json".to_string(), Bytes::new(data.to_string().into_bytes())));
    let template = if campaign.format == Format::A4Trifold { TRIFOLD_TEMPLATE } else { BOOKLET_TEMPLATE };
    let document = compile::compile(template, served.clone(), today, &campaign.source.path)?;
    Ok((document, Sources { template, files: served }))
}

/// The images of the campaign and the QR code, as the World serves them.
fn files(campaign: &Campaign) -> Result<Vec<(String, Bytes)>, Vec<Diagnostic>> {
    let mut files = Vec::new();
    for image in campaign.images() {
        let bytes = std::fs::read(&image.path).map_err(|error| {
            vec![Diagnostic::error(
                &campaign.source,
                image.span.clone(),
                format!("cannot read image \"{}\": {error}", image.written),
            )]
        })?;
        files.push((served_path(image), Bytes::new(bytes)));
    }
    if let Some(link) = &campaign.back_link {
        files.push(("/qr.svg".to_string(), Bytes::new(qr::svg(link).into_bytes())));
    }
    Ok(files)
}

/// Images are served under their path in the campaign folder.
fn served_path(image: &Image) -> String {
    format!("/campaign/{}", image.written.trim_start_matches("./"))
}

fn booklet_data(project: &Project, campaign: &Campaign, flap_notes: bool) -> Value {
    let parts: Vec<Value> = campaign.languages.iter().map(|&lang| part(project, campaign, lang)).collect();
    json!({
        "format": campaign.format,
        "bilingual": if campaign.languages.len() == 1 { Bilingual::Sequential } else { campaign.bilingual },
        "flap-notes": flap_notes,
        "press": { "bleed": press::BLEED_MM, "slug": press::SLUG_MM },
        "parts": parts,
        "cover-image": campaign.cover.image.as_ref().map(served_path),
        "link": campaign.back_link,
        "qr": campaign.back_link.as_ref().map(|_| "/qr.svg"),
        "phone": project.organisation.phone,
        "email": project.organisation.email,
    })
}

/// Everything one language half of the booklet prints.
fn part(project: &Project, campaign: &Campaign, lang: Lang) -> Value {
    let cover = &campaign.cover.text[&lang];
    let items: Vec<Value> = campaign
        .content
        .iter()
        .map(|item| match item {
            Item::Section(section) => {
                let text = &section.text[&lang];
                json!({
                    "kind": "section",
                    "number": section.number,
                    "title": title(lang, &text.title),
                    "image": section.image.as_ref().map(served_path),
                    "caption": text.caption.as_deref().map(|c| paragraph_text(lang, c)),
                    "blocks": text.blocks.iter().map(|b| block(lang, b)).collect::<Vec<_>>(),
                })
            }
            Item::Quote(quote) => {
                let text = &quote.text[&lang];
                json!({
                    "kind": "quote",
                    "text": paragraph_text(lang, &text.text),
                    "who": text.who.as_deref().map(|w| title(lang, w)),
                })
            }
        })
        .collect();
    let organisation = &project.organisation;
    json!({
        "lang": lang.code(),
        "title": title(lang, &cover.title),
        "subtitle": cover.subtitle.as_deref().map(|s| title(lang, s)),
        "district": campaign.district.get(lang),
        "items": items,
        "organisation": title(lang, organisation.name.get(lang)),
        "address": organisation.address.get(lang),
        "hours": organisation.hours.as_ref().map(|h| h.get(lang)),
        "programme": title(lang, &format!("«{}»", project.programme.title.get(lang))),
        "labels": labels(lang),
    })
}

/// The words the template prints around the content, in each language.
fn labels(lang: Lang) -> Value {
    match lang {
        Lang::Kk => json!({
            "language": "Қазақ тілінде",
            "contacts": "Байланыс",
            "phone": "Телефон",
            "email": "Эл. пошта",
            "hours": "Жұмыс уақыты",
            "more": "Толығырақ",
            "prepared": "Кітапша мына бағдарлама аясында әзірленді:",
            "other-side": "Орыс тіліндегі мәтін — кітапшаның екінші жағында.",
            "scan": "Телефонның камерасын QR-кодқа бағыттаңыз",
            "notes": "Жазбаларыңызға",
        }),
        Lang::Ru => json!({
            "language": "На русском языке",
            "contacts": "Контакты",
            "phone": "Телефон",
            "email": "Эл. почта",
            "hours": "Часы работы",
            "more": "Подробнее",
            "prepared": "Брошюра подготовлена в рамках программы",
            "other-side": "Текст на казахском языке — с другой стороны брошюры.",
            "scan": "Наведите камеру телефона на QR-код",
            "notes": "Для заметок",
        }),
        Lang::En => json!({
            "language": "In English",
            "contacts": "Contacts",
            "phone": "Phone",
            "email": "E-mail",
            "hours": "Office hours",
            "more": "More",
            "prepared": "This booklet was prepared within the programme",
            "other-side": "The other language starts from the other cover.",
            "scan": "Point your phone's camera at the QR code",
            "notes": "Notes",
        }),
    }
}

/// A title or a short line: quotes and no-break spaces, but no hyphenation.
fn title(lang: Lang, text: &str) -> String {
    Typographer::new(lang).piece_without_hyphens(text)
}

/// A paragraph given as one string, such as a caption or a quote.
fn paragraph_text(lang: Lang, text: &str) -> String {
    Typographer::new(lang).piece(text)
}

/// A block of section text as the template receives it, with its typography fixed for `lang`.
pub fn block(lang: Lang, block: &Block) -> Value {
    match block {
        Block::Paragraph { inlines } => json!({
            "kind": "paragraph",
            "inlines": fix_inlines(&mut Typographer::new(lang), inlines),
        }),
        Block::List { ordered, start, items } => json!({
            "kind": "list",
            "ordered": ordered,
            "start": start,
            "items": items.iter().map(|item| fix_inlines(&mut Typographer::new(lang), item)).collect::<Vec<_>>(),
        }),
    }
}

/// The same inlines with their text run through the typographer, in order.
fn fix_inlines(typographer: &mut Typographer, inlines: &[Inline]) -> Vec<Inline> {
    inlines
        .iter()
        .map(|inline| match inline {
            Inline::Text { text } => Inline::Text { text: typographer.piece(text) },
            Inline::Strong { children } => Inline::Strong { children: fix_inlines(typographer, children) },
            Inline::Emphasis { children } => Inline::Emphasis { children: fix_inlines(typographer, children) },
            Inline::Link { url, children } => {
                Inline::Link { url: url.clone(), children: fix_inlines(typographer, children) }
            }
            Inline::LineBreak => Inline::LineBreak,
        })
        .collect()
}

/// The page count each language takes, from the layout marks (for `pages`).
pub fn pages_per_language(layout: &Layout) -> Vec<(String, usize, usize)> {
    let mut halves = Vec::new();
    for mark in &layout.marks {
        if mark.kind == "half-start"
            && let Some(lang) = &mark.lang
        {
            let end = layout
                .marks
                .iter()
                .find(|m| m.kind == "half-end" && m.lang.as_ref() == Some(lang))
                .map_or(mark.page, |m| m.page);
            halves.push((lang.clone(), mark.page, end));
        }
    }
    halves
}
