//! A validated campaign: everything later stages need, with nothing left to check.

use std::collections::BTreeMap;
use std::ops::Range;
use std::path::PathBuf;

use typst::foundations::Bytes;

use crate::campaign::edition::Edition;
use crate::campaign::markdown::Block;
pub use crate::campaign::raw::{Bilingual, Format};
use crate::diag::SourceFile;
use crate::lang::Lang;
pub use crate::texts::Texts;

/// The Kazakh-first order of the state language and the language used officially beside it.
pub const DEFAULT_LANGUAGES: [Lang; 2] = [Lang::Kk, Lang::Ru];

#[derive(Debug, Clone)]
pub struct Campaign {
    /// The folder name under `booklets/`.
    pub id: String,
    /// The campaign folder, resolved.
    pub dir: PathBuf,
    /// `campaign.toml`, kept so that later stages can point at the line a problem comes from.
    pub source: SourceFile,
    pub district: Texts,
    pub topic: Texts,
    /// The booklet's languages, in the order they appear.
    pub languages: Vec<Lang>,
    pub format: Format,
    pub bilingual: Bilingual,
    /// Pages per language the content must fit in, when the campaign sets it.
    pub pages: Option<u32>,
    /// Paper thickness for creep compensation on imposed sheets, in millimetres.
    pub creep_mm: f64,
    /// The editions built beside the standard booklet (`editions`), in the order written.
    pub editions: Vec<Edition>,
    /// Which edition this is: `None` for the standard booklet, set by `build::edition_campaign`.
    pub edition: Option<Edition>,
    pub cover: Cover,
    /// Sections and quotes in the order they stand in the file.
    pub content: Vec<Item>,
    pub back_link: Option<String>,
    /// Every text the booklet prints, as written and where, in the order of the file: the
    /// glyph check points at a character no font has.
    pub printed: Vec<PrintedText>,
}

/// A text of `campaign.toml` that is printed, and its span.
#[derive(Debug, Clone, PartialEq)]
pub struct PrintedText {
    pub span: Range<usize>,
    pub text: String,
    /// The language of a text of one language; `None` for the back link.
    pub lang: Option<Lang>,
    /// For a hand-written Latin text of a `kk-latn` block: where the Kazakh text it replaces in
    /// the Latin edition is written.
    pub replaces: Option<Range<usize>>,
}

impl Campaign {
    /// The name of its booklet's files: the id, and the edition's suffix (`raiymbek-large`).
    pub fn file_name(&self) -> String {
        format!("{}{}", self.id, self.edition.map_or("", Edition::suffix))
    }

    pub fn sections(&self) -> impl Iterator<Item = &Section> {
        self.content.iter().filter_map(|item| match item {
            Item::Section(section) => Some(section),
            Item::Quote(_) => None,
        })
    }

    pub fn quotes(&self) -> impl Iterator<Item = &Quote> {
        self.content.iter().filter_map(|item| match item {
            Item::Quote(quote) => Some(quote),
            Item::Section(_) => None,
        })
    }

    /// Every image the booklet places, cover first.
    pub fn images(&self) -> impl Iterator<Item = &Image> {
        self.cover.image.iter().chain(self.sections().filter_map(|s| s.image.as_ref()))
    }
}

/// An image file inside the campaign folder.
#[derive(Debug, Clone, PartialEq)]
pub struct Image {
    /// The path as written in `campaign.toml`, relative to the campaign folder.
    pub written: String,
    /// The resolved path on disk.
    pub path: PathBuf,
    /// Where the path is written in `campaign.toml`.
    pub span: Range<usize>,
    /// The file's bytes, read once when the campaign is loaded. (Typst's shared buffer, so that
    /// preflight and typesetting use them without copies.)
    pub bytes: Bytes,
}

#[derive(Debug, Clone)]
pub struct Cover {
    pub image: Option<Image>,
    pub text: BTreeMap<Lang, CoverText>,
    /// `[cover.kk-latn]`: the Latin edition prints these instead of transliterating.
    pub latin: Option<CoverLatin>,
}

#[derive(Debug, Clone)]
pub struct CoverText {
    pub title: String,
    pub subtitle: Option<String>,
    /// The cover picture's alternative text, when there is a picture.
    pub alt: Option<Alt>,
}

/// What a picture shows, said in words for readers who cannot see it (screen readers read it
/// from the screen PDF).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Alt {
    /// The picture shows this.
    Text(String),
    /// The picture is decoration: screen readers pass over it (`alt = ""`).
    Decorative,
}

#[derive(Debug, Clone)]
pub enum Item {
    Section(Section),
    Quote(Quote),
}

#[derive(Debug, Clone)]
pub struct Section {
    /// 1-based, counted in the file, for messages ("section 3").
    pub number: usize,
    /// The `[[section]]` header in `campaign.toml`.
    pub span: Range<usize>,
    pub image: Option<Image>,
    pub text: BTreeMap<Lang, SectionText>,
    /// `[section.kk-latn]`: the Latin edition prints these instead of transliterating.
    pub latin: Option<SectionLatin>,
}

#[derive(Debug, Clone)]
pub struct SectionText {
    pub title: String,
    pub caption: Option<String>,
    /// The picture's alternative text, when the section has a picture: its `alt`, or else
    /// its caption.
    pub alt: Option<Alt>,
    pub blocks: Vec<Block>,
}

#[derive(Debug, Clone)]
pub struct Quote {
    pub text: BTreeMap<Lang, QuoteText>,
    /// `[quote.kk-latn]`: the Latin edition prints these instead of transliterating.
    pub latin: Option<QuoteLatin>,
}

#[derive(Debug, Clone)]
pub struct QuoteText {
    pub text: String,
    pub who: Option<String>,
}

/// The Kazakh text of an item written by hand in Latin script (a `kk-latn` block). Each field
/// that is given wins over the automatic transliteration of the same Kazakh field; the others
/// are transliterated.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct CoverLatin {
    pub title: Option<String>,
    pub subtitle: Option<String>,
    /// Read aloud, not printed: `""` marks the picture as decoration, as in the other blocks.
    pub alt: Option<String>,
}

/// See [`CoverLatin`]; `blocks` is the whole `text`, read as Markdown.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct SectionLatin {
    pub title: Option<String>,
    pub caption: Option<String>,
    /// As in [`CoverLatin`].
    pub alt: Option<String>,
    pub blocks: Option<Vec<Block>>,
}

/// See [`CoverLatin`].
#[derive(Debug, Clone, Default, PartialEq)]
pub struct QuoteLatin {
    pub text: Option<String>,
    pub who: Option<String>,
}
