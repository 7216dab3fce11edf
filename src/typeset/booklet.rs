//! A campaign as the data the booklet templates read (`booklet.typ`, `trifold.typ`, beside
//! this file), and the compilation of the booklet. The templates get the campaign's text only
//! as JSON values; nothing the user wrote becomes Typst source.

use serde::Serialize;
use typst::foundations::Bytes;
use typst_layout::PagedDocument;

use crate::campaign::edition::{Edition, Look};
use crate::campaign::markdown::{Block, Inline};
use crate::campaign::{Alt, Bilingual, Campaign, Format, Image, Item};
use crate::date::Date;
use crate::diag::Diagnostic;
use crate::geometry::Paper;
use crate::lang::Lang;
use crate::latin_kk;
use crate::msg;
use crate::project::Project;
use crate::timing;
use crate::typeset::compile::{Layout, MarkKind, Sources};
use crate::typeset::last_line::{self, bind_last_words};
use crate::typeset::typography::Typographer;
use crate::typeset::{compile, proof, qr};

const BOOKLET_TEMPLATE: &str = include_str!("booklet.typ");
const TRIFOLD_TEMPLATE: &str = include_str!("trifold.typ");
/// Where the World serves the QR code of the back link.
const QR_PATH: &str = "/qr.svg";

/// Printed booklets are folded sheets: the page count is a multiple of this.
pub const PAGES_PER_SHEET: usize = 4;

/// A typeset booklet and where its parts fell.
pub struct TypesetBooklet {
    pub document: PagedDocument,
    /// What the document was compiled from, for `--emit-typst`.
    pub sources: Sources,
    pub layout: Layout,
}

/// Typesets a campaign's booklet in reader order, padded with notes pages to a multiple of
/// four, each page with its bleed and crop marks around the trim (the screen PDF is cut to the
/// trim afterwards).
pub fn typeset(project: &Project, campaign: &Campaign, today: Date) -> Result<TypesetBooklet, Vec<Diagnostic>> {
    let files = files(campaign);
    if campaign.format == Format::A4Trifold {
        // A leaflet is one sheet: nothing to pad. When its text ends on the inside, the inner
        // flap (the first panel of the outside) is filled with a notes panel instead.
        let (document, sources) = compile_booklet(project, campaign, today, &files, false)?;
        let layout = compile::read_layout(&document).unwrap_or_default();
        let ends_inside = layout.find(MarkKind::TextEnd, None).is_some_and(|m| m.page == 1);
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
        let message = msg!("typeset-pages-not-four", pages = pages);
        return Err(vec![
            Diagnostic::file_error(&campaign.source.path, message).with_hint(msg!("typeset-template-bug-hint")),
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
    let template = if campaign.format == Format::A4Trifold { TRIFOLD_TEMPLATE } else { BOOKLET_TEMPLATE };
    let mut data =
        serde_json::to_value(booklet_data(project, campaign, flap_notes)).expect("booklet data is plain data");
    // Typst's costs make ladders of hyphens rare but cannot forbid them: where more than three
    // lines in a row still end in a hyphen, the word broken at the fourth is kept whole and the
    // text set again; so is a word hyphenated across a page or column, which no search finds.
    let logo = donor_logo_file(project);
    let mut kept = Vec::new();
    for round in 0.. {
        let mut served = files.to_vec();
        served.extend(logo.clone());
        served.push(("/data.json".to_string(), Bytes::new(serde_json::to_vec(&data).expect("JSON values serialise"))));
        let label = format!("{}: layout, round {}", campaign.file_name(), round + 1);
        let document =
            timing::phase(&label, || compile::compile(template, served.clone(), today, &campaign.source.path))?;
        let proof =
            timing::phase(&format!("{}: proof, round {}", campaign.file_name(), round + 1), || proof::proof(&document));
        let words: Vec<String> = (proof.ladders.into_iter().chain(proof.split_words))
            .filter_map(|finding| finding.broken_word)
            .filter(|word| !kept.contains(word))
            .collect();
        if words.is_empty() || round == MAX_LADDER_ROUNDS {
            return Ok((document, Sources { template, files: served }));
        }
        keep_words_whole(&mut data, &words);
        kept.extend(words);
    }
    unreachable!("the loop returns")
}

/// How many times a booklet is set again to break up ladders of hyphens and words split
/// across pages.
const MAX_LADDER_ROUNDS: usize = 3;

/// Every string of the data with `words` kept whole wherever they stand.
fn keep_words_whole(value: &mut serde_json::Value, words: &[String]) {
    match value {
        serde_json::Value::String(text) => *text = last_line::keep_words_whole(text, words),
        serde_json::Value::Array(values) => values.iter_mut().for_each(|v| keep_words_whole(v, words)),
        serde_json::Value::Object(map) => map.values_mut().for_each(|v| keep_words_whole(v, words)),
        _ => {}
    }
}

/// The images of the campaign and the QR code, as the World serves them.
fn files(campaign: &Campaign) -> Vec<(String, Bytes)> {
    let mut files = Vec::new();
    for image in campaign.images() {
        files.push((served_path(image), image.bytes.clone()));
    }
    if let Some(link) = &campaign.back_link {
        files.push((QR_PATH.to_string(), Bytes::new(qr::svg(link).into_bytes())));
    }
    files
}

/// The donor's logo, when the programme has one, as the World serves it.
fn donor_logo_file(project: &Project) -> Option<(String, Bytes)> {
    let logo = project.programme.funding.as_ref()?.logo.as_ref()?;
    Some((logo.served_path(), logo.bytes.clone()))
}

/// Images are served under their path in the campaign folder.
fn served_path(image: &Image) -> String {
    format!("/campaign/{}", image.written.trim_start_matches("./"))
}

/// Everything the booklet and leaflet templates read, as `/data.json`.
#[derive(Debug, Serialize)]
#[serde(rename_all = "kebab-case")]
pub struct BookletData<'a> {
    pub paper: Paper,
    pub bilingual: Bilingual,
    /// A leaflet whose text ends on the inside gets a notes panel in its inner flap.
    pub flap_notes: bool,
    /// One per language, in the booklet's order.
    pub parts: Vec<Part<'a>>,
    pub cover_image: Option<String>,
    pub link: Option<&'a str>,
    /// The served path of the QR code of `link`.
    pub qr: Option<&'static str>,
    pub phone: &'a str,
    pub email: &'a str,
    /// The served path of the donor's logo, printed beside the funding statement.
    pub donor_logo: Option<String>,
    /// How an edition departs from the standard look; `None` for the standard booklet.
    pub look: Option<Look>,
}

/// Everything one language half of the booklet prints.
#[derive(Debug, Serialize)]
#[serde(rename_all = "kebab-case")]
pub struct Part<'a> {
    pub lang: Lang,
    pub title: String,
    pub subtitle: Option<String>,
    /// What the cover picture shows, for screen readers; `""` for a decorative picture.
    pub cover_alt: Option<String>,
    pub district: &'a str,
    pub items: Vec<PartItem>,
    pub organisation: String,
    pub address: String,
    pub hours: Option<String>,
    pub programme: String,
    /// The donor's funding statement in this language, when the programme has one.
    pub funding: Option<String>,
    pub labels: &'static BookletLabels,
}

/// A section or a quote, in the order of `campaign.toml`.
#[derive(Debug, Serialize)]
#[serde(tag = "kind", rename_all = "kebab-case")]
pub enum PartItem {
    Section {
        number: usize,
        title: String,
        image: Option<String>,
        caption: Option<String>,
        /// What the picture shows, for screen readers; `""` for a decorative picture.
        alt: Option<String>,
        blocks: Vec<Block>,
    },
    Quote {
        text: String,
        who: Option<String>,
    },
}

/// The words the booklet prints around the content.
#[derive(Debug, Serialize)]
#[serde(rename_all = "kebab-case")]
pub struct BookletLabels {
    pub language: &'static str,
    pub contacts: &'static str,
    pub phone: &'static str,
    pub email: &'static str,
    pub hours: &'static str,
    pub more: &'static str,
    pub prepared: &'static str,
    pub other_side: &'static str,
    pub scan: &'static str,
    pub notes: &'static str,
}

/// The data of a campaign's booklet.
pub fn booklet_data<'a>(project: &'a Project, campaign: &'a Campaign, flap_notes: bool) -> BookletData<'a> {
    BookletData {
        paper: campaign.format.paper(),
        bilingual: if campaign.languages.len() == 1 { Bilingual::Sequential } else { campaign.bilingual },
        flap_notes,
        parts: campaign.languages.iter().map(|&lang| part(project, campaign, Setting::new(campaign, lang))).collect(),
        cover_image: campaign.cover.image.as_ref().map(served_path),
        link: campaign.back_link.as_deref(),
        qr: campaign.back_link.as_ref().map(|_| QR_PATH),
        phone: &project.organisation.phone,
        email: &project.organisation.email,
        donor_logo: project
            .programme
            .funding
            .as_ref()
            .and_then(|f| f.logo.as_ref())
            .map(crate::project::DonorLogo::served_path),
        look: campaign.edition.and_then(Edition::look),
    }
}

/// The language a part is set in, whether its running text is hyphenated, and whether it is
/// Kazakh in the Latin alphabet.
#[derive(Debug, Clone, Copy)]
pub struct Setting {
    pub lang: Lang,
    pub hyphens: bool,
    pub latin: bool,
}

impl Setting {
    fn new(campaign: &Campaign, lang: Lang) -> Setting {
        let hyphens = campaign.edition.and_then(Edition::look).is_none_or(|look| look.hyphenate);
        let latin = lang == Lang::Kk && campaign.edition == Some(Edition::Latin);
        Setting { lang, hyphens, latin }
    }

    fn typographer(self) -> Typographer {
        let typographer =
            if self.hyphens { Typographer::new(self.lang) } else { Typographer::without_hyphens(self.lang) };
        if self.latin { typographer.in_latin() } else { typographer }
    }

    /// A text of the project (the organisation, the programme) in the part's script: the
    /// campaign's own texts are already in it.
    fn script(self, text: &str) -> String {
        if self.latin { latin_kk::transliterate(text) } else { text.to_string() }
    }
}

fn part<'a>(project: &'a Project, campaign: &'a Campaign, setting: Setting) -> Part<'a> {
    let lang = setting.lang;
    let cover = &campaign.cover.text[&lang];
    let items = campaign
        .content
        .iter()
        .map(|item| match item {
            Item::Section(section) => {
                let text = &section.text[&lang];
                PartItem::Section {
                    number: section.number,
                    title: title(lang, &text.title),
                    image: section.image.as_ref().map(served_path),
                    caption: text.caption.as_deref().map(|c| paragraph_text(setting, c)),
                    alt: text.alt.as_ref().map(alt_text),
                    blocks: text.blocks.iter().map(|b| block(setting, b)).collect(),
                }
            }
            Item::Quote(quote) => {
                let text = &quote.text[&lang];
                PartItem::Quote {
                    text: paragraph_text(setting, &text.text),
                    who: text.who.as_deref().map(|w| title(lang, w)),
                }
            }
        })
        .collect();
    let organisation = &project.organisation;
    Part {
        lang,
        title: title(lang, &cover.title),
        subtitle: cover.subtitle.as_deref().map(|s| title(lang, s)),
        cover_alt: cover.alt.as_ref().map(alt_text),
        district: campaign.district.get(lang),
        items,
        organisation: title(lang, &setting.script(organisation.name.get(lang))),
        address: title(lang, &setting.script(organisation.address.get(lang))),
        hours: organisation.hours.as_ref().map(|h| setting.script(h.get(lang))),
        programme: title(lang, &format!("«{}»", setting.script(project.programme.title.get(lang)))),
        funding: project
            .programme
            .funding
            .as_ref()
            .map(|f| paragraph_text(setting, &setting.script(f.statement.get(lang)))),
        labels: if setting.latin { &KAZAKH_LATIN } else { labels(lang) },
    }
}

fn labels(lang: Lang) -> &'static BookletLabels {
    match lang {
        Lang::Kk => &KAZAKH,
        Lang::Ru => &RUSSIAN,
        Lang::En => &ENGLISH,
    }
}

const KAZAKH: BookletLabels = BookletLabels {
    language: "Қазақ тілінде",
    contacts: "Байланыс",
    phone: "Телефон",
    email: "Эл. пошта",
    hours: "Жұмыс уақыты",
    more: "Толығырақ",
    prepared: "Кітапша мына бағдарлама аясында әзірленді:",
    other_side: "Орыс тіліндегі мәтін — кітапшаның екінші жағында.",
    scan: "Телефонның камерасын QR-кодқа бағыттаңыз",
    notes: "Жазбаларыңызға",
};

/// [`KAZAKH`] in the Latin alphabet (a test holds them to the transliteration).
const KAZAKH_LATIN: BookletLabels = BookletLabels {
    language: "Qazaq tılınde",
    contacts: "Bailanys",
    phone: "Telefon",
    email: "El. poşta",
    hours: "Jūmys uaqyty",
    more: "Tolyğyraq",
    prepared: "Kıtapşa myna bağdarlama aiasynda äzırlendı:",
    other_side: "Orys tılındegı mätın — kıtapşanyñ ekınşı jağynda.",
    scan: "Telefonnyñ kamerasyn QR-kodqa bağyttañyz",
    notes: "Jazbalaryñyzğa",
};

const RUSSIAN: BookletLabels = BookletLabels {
    language: "На русском языке",
    contacts: "Контакты",
    phone: "Телефон",
    email: "Эл. почта",
    hours: "Часы работы",
    more: "Подробнее",
    prepared: "Брошюра подготовлена в рамках программы",
    other_side: "Текст на казахском языке — с другой стороны брошюры.",
    scan: "Наведите камеру телефона на QR-код",
    notes: "Для заметок",
};

const ENGLISH: BookletLabels = BookletLabels {
    language: "In English",
    contacts: "Contacts",
    phone: "Phone",
    email: "E-mail",
    hours: "Office hours",
    more: "More",
    prepared: "This booklet was prepared within the programme",
    other_side: "The other language starts from the other cover.",
    scan: "Point your phone's camera at the QR code",
    notes: "Notes",
};

/// An alternative text as the template reads it: `""` marks a decorative picture. It is read
/// aloud, never printed: no typography.
fn alt_text(alt: &Alt) -> String {
    match alt {
        Alt::Text(text) => text.clone(),
        Alt::Decorative => String::new(),
    }
}

/// A title or a short line: quotes and no-break spaces, but no hyphenation; its last words
/// bound like a paragraph's.
fn title(lang: Lang, text: &str) -> String {
    bound(Typographer::new(lang).piece_without_hyphens(text))
}

fn bound(text: String) -> String {
    let mut inlines = [Inline::Text { text }];
    bind_last_words(&mut inlines);
    let [Inline::Text { text }] = inlines else { unreachable!("one run of text stays one") };
    text
}

/// A paragraph given as one string, such as a caption or a quote.
fn paragraph_text(setting: Setting, text: &str) -> String {
    bound(setting.typographer().piece(text))
}

/// A block of section text as the template receives it, with its typography fixed for the
/// language and hyphenation of `setting`.
pub fn block(setting: Setting, block: &Block) -> Block {
    match block {
        Block::Paragraph { inlines } => Block::Paragraph { inlines: paragraph(setting, inlines) },
        Block::List { ordered, start, items } => Block::List {
            ordered: *ordered,
            start: *start,
            items: items.iter().map(|item| paragraph(setting, item)).collect(),
        },
    }
}

/// A paragraph (or list item) with its typography fixed and its last words bound.
fn paragraph(setting: Setting, inlines: &[Inline]) -> Vec<Inline> {
    let mut fixed = fix_inlines(&mut setting.typographer(), inlines);
    bind_last_words(&mut fixed);
    fixed
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_latin_labels_are_the_kazakh_ones_transliterated() {
        let fields = |labels: &BookletLabels| {
            [
                labels.language,
                labels.contacts,
                labels.phone,
                labels.email,
                labels.hours,
                labels.more,
                labels.prepared,
                labels.other_side,
                labels.scan,
                labels.notes,
            ]
        };
        let expected: Vec<String> = fields(&KAZAKH).iter().map(|label| latin_kk::transliterate(label)).collect();
        assert_eq!(fields(&KAZAKH_LATIN).to_vec(), expected);
    }
}
