//! The checks that need meaning: every language present, images inside the campaign folder,
//! sensible numbers. Each problem is a diagnostic; all of them are collected.

use std::collections::BTreeMap;
use std::ops::Range;
use std::path::Path;

use toml::Spanned;
use typst::foundations::Bytes;

use crate::campaign::markdown;
use crate::campaign::model::*;
use crate::campaign::raw::*;
use crate::diag::{Diagnostic, Diagnostics, SourceFile};
use crate::fsutil::{self, PathProblem};
use crate::lang::Lang;
use crate::messages::Message;

/// Larger pictures are refused before they are read: no booklet needs them.
pub const MAX_IMAGE_BYTES: u64 = 40 * 1024 * 1024;

/// Image formats Typst can place.
pub const IMAGE_EXTENSIONS: [&str; 6] = ["svg", "png", "jpg", "jpeg", "gif", "webp"];

/// The longest a text may be, in characters, and what to do with a longer one.
pub struct TextLimit {
    chars: usize,
    hint: &'static str,
}

/// Titles, subtitles, captions, names and districts: two lines of a cover at most.
pub const SHORT_TEXT: TextLimit = TextLimit { chars: 300, hint: "shorten it" };
/// A section's text: some eight A5 pages.
pub const SECTION_TEXT: TextLimit =
    TextLimit { chars: 20_000, hint: "split the text into two or more [[section]] tables" };
/// A quote: a quote box holds a few sentences.
pub const QUOTE_TEXT: TextLimit = TextLimit { chars: 2_000, hint: "shorten it" };
/// `link`: a longer address makes a QR code too dense to scan from paper.
pub const LINK: TextLimit = TextLimit { chars: 300, hint: "use a shorter address, e.g. the site's front page" };
/// Most sections, and most quotes, a booklet may have: 80 sections fill the 200 pages `pages` allows.
pub const MAX_SECTIONS: usize = 80;
pub const MAX_QUOTES: usize = 80;

/// Turns a parsed `campaign.toml` into a [`Campaign`], or reports why it cannot.
pub fn validate(
    id: &str,
    dir: &Path,
    file: &SourceFile,
    raw: &RawCampaignFile,
    diagnostics: &mut Diagnostics,
) -> Option<Campaign> {
    let start = diagnostics.checkpoint();
    let mut check = Checker { file, dir, diagnostics, printed: Vec::new() };

    let (district, topic, languages) = check.campaign_table(raw.campaign.as_ref());
    let (format, bilingual, pages, creep_mm) = check.booklet_table(raw.booklet.as_ref(), &languages);
    let cover = check.cover(raw.cover.as_ref(), &languages);
    let content = check.content(&raw.section, &raw.quote, &languages);
    let back_link = raw.back.as_ref().and_then(|back| check.link(back.get_ref().link.as_ref()));

    if check.diagnostics.failed_since(start) {
        return None;
    }
    let mut printed = check.printed;
    printed.sort_by_key(|text| text.span.start);
    Some(Campaign {
        id: id.to_string(),
        dir: dir.to_path_buf(),
        source: file.clone(),
        district,
        topic,
        languages,
        format,
        bilingual,
        pages,
        creep_mm,
        cover: cover?,
        content,
        back_link,
        printed,
    })
}

struct Checker<'a> {
    file: &'a SourceFile,
    dir: &'a Path,
    diagnostics: &'a mut Diagnostics,
    /// Every text that will be printed, where it is written.
    printed: Vec<PrintedText>,
}

/// The start of the file, for things that are missing altogether.
const TOP: Range<usize> = 0..0;

impl Checker<'_> {
    fn error(&mut self, span: Range<usize>, message: impl Into<Message>, hint: impl Into<Message>) {
        self.diagnostics.push(Diagnostic::error(self.file, span, message).with_hint(hint));
    }

    fn warning(&mut self, span: Range<usize>, message: impl Into<Message>, hint: impl Into<Message>) {
        self.diagnostics.push(Diagnostic::warning(self.file, span, message).with_hint(hint));
    }

    fn campaign_table(&mut self, table: Option<&Spanned<RawCampaign>>) -> (Texts, Texts, Vec<Lang>) {
        let Some(table) = table else {
            self.error(
                TOP,
                "`[campaign]` is missing",
                "add [campaign] with district, topic and languages (see `kitapsha new`)",
            );
            return (Texts::default(), Texts::default(), DEFAULT_LANGUAGES.to_vec());
        };
        let campaign = table.get_ref();
        let languages = self.languages(campaign.languages.as_ref());
        let district = self.translations("district", campaign.district.as_ref(), table.span(), &languages);
        let topic = self.translations("topic", campaign.topic.as_ref(), table.span(), &languages);
        (district, topic, languages)
    }

    fn languages(&mut self, written: Option<&Spanned<Vec<Spanned<Lang>>>>) -> Vec<Lang> {
        let Some(written) = written else {
            return DEFAULT_LANGUAGES.to_vec();
        };
        let mut languages = Vec::new();
        let mut reported = Vec::new();
        for lang in written.get_ref() {
            if languages.contains(lang.get_ref()) {
                // Once per language: a list of a thousand "kk" needs one message, not a thousand.
                if reported.contains(lang.get_ref()) {
                    continue;
                }
                reported.push(*lang.get_ref());
                self.error(
                    lang.span(),
                    format!("`{}` is listed twice in `languages`", lang.get_ref().code()),
                    "list each language once",
                );
            } else {
                languages.push(*lang.get_ref());
            }
        }
        if languages.is_empty() {
            self.error(written.span(), "`languages` is empty", "write languages = [\"kk\", \"ru\"]");
            return DEFAULT_LANGUAGES.to_vec();
        }
        languages
    }

    /// `{ kk = "…", ru = "…", en = "…" }`: each of the booklet's languages must be there.
    fn translations(
        &mut self,
        key: &str,
        written: Option<&Spanned<RawTranslations>>,
        table_span: Range<usize>,
        languages: &[Lang],
    ) -> Texts {
        let Some(written) = written else {
            let example = languages.iter().map(|l| format!("{} = \"…\"", l.code())).collect::<Vec<_>>();
            self.error(
                table_span,
                format!("`[campaign]` has no `{key}`"),
                format!("add {key} = {{ {} }}", example.join(", ")),
            );
            return Texts::default();
        };
        let mut texts = BTreeMap::new();
        for lang in Lang::ALL {
            match written.get_ref().get(lang) {
                Some(text) if !text.get_ref().trim().is_empty() => {
                    let where_ = format!("the {} `{key}`", lang.english_name());
                    if self.within_limit(text, &where_, &SHORT_TEXT) {
                        texts.insert(lang, text.get_ref().trim().to_string());
                    }
                }
                _ if languages.contains(&lang) => self.error(
                    written.span(),
                    format!("`{key}` has no {} text", lang.english_name()),
                    format!("add {} = \"…\" to {key}", lang.code()),
                ),
                _ => {}
            }
        }
        Texts(texts)
    }

    fn booklet_table(
        &mut self,
        table: Option<&Spanned<RawBooklet>>,
        languages: &[Lang],
    ) -> (Format, Bilingual, Option<u32>, f64) {
        let booklet = table.map(Spanned::get_ref);
        let format = booklet.and_then(|b| b.format.as_ref()).map_or(Format::A5, |f| *f.get_ref());
        // A leaflet has no back cover to flip to: it defaults to sequential.
        let default_bilingual = if format == Format::A4Trifold { Bilingual::Sequential } else { Bilingual::Flip };
        let bilingual = booklet.and_then(|b| b.bilingual.as_ref()).map_or(default_bilingual, |b| *b.get_ref());
        if let Some(written) = booklet.and_then(|b| b.bilingual.as_ref())
            && format == Format::A4Trifold
            && bilingual == Bilingual::Flip
        {
            self.error(
                written.span(),
                "a trifold leaflet cannot be a flip booklet",
                "use bilingual = \"parallel\" or bilingual = \"sequential\" with format = \"a4-trifold\"",
            );
        }
        if let Some(pages) = booklet.and_then(|b| b.pages.as_ref())
            && format == Format::A4Trifold
        {
            self.warning(
                pages.span(),
                "`pages` has no effect on a trifold leaflet: it is always one sheet",
                "remove `pages`",
            );
        }
        if let Some(written) = booklet.and_then(|b| b.bilingual.as_ref())
            && languages.len() == 1
        {
            self.warning(
                written.span(),
                "`bilingual` has no effect: the booklet has one language",
                "remove `bilingual`, or add a second language to `languages`",
            );
        }
        let pages = booklet.and_then(|b| b.pages.as_ref()).and_then(|pages| match u32::try_from(*pages.get_ref()) {
            Ok(n) if n > 0 && n <= 200 => Some(n),
            _ => {
                self.error(
                    pages.span(),
                    format!("`pages` must be between 1 and 200, not {}", pages.get_ref()),
                    "give the number of pages per language, e.g. pages = 12, or remove `pages`",
                );
                None
            }
        });
        let creep_mm = booklet.and_then(|b| b.creep_mm.as_ref()).map_or(0.0, |creep| {
            let value = *creep.get_ref();
            if (0.0..=1.0).contains(&value) {
                value
            } else {
                self.error(
                    creep.span(),
                    format!("`creep-mm` must be between 0 and 1 millimetre, not {value}"),
                    "give the thickness of one sheet of paper, e.g. creep-mm = 0.1",
                );
                0.0
            }
        });
        (format, bilingual, pages, creep_mm)
    }

    fn cover(&mut self, cover: Option<&Spanned<RawCover>>, languages: &[Lang]) -> Option<Cover> {
        let Some(cover) = cover else {
            let blocks = languages.iter().map(|l| format!("[cover.{}]", l.code())).collect::<Vec<_>>();
            self.error(TOP, "the booklet has no `[cover]`", format!("add {} with a title each", blocks.join(" and ")));
            return None;
        };
        let image = cover.get_ref().image.as_ref().and_then(|image| self.image(image));
        let mut text = BTreeMap::new();
        for &lang in languages {
            let Some(block) = self.lang_block(cover, lang, "the cover", "cover", "title = \"…\"") else {
                continue;
            };
            let where_ = format!("the {} cover", lang.english_name());
            let title = self.required_text(block.get_ref().title.as_ref(), block.span(), &where_, "title", &SHORT_TEXT);
            let subtitle = self.optional_text(block.get_ref().subtitle.as_ref(), &where_, "subtitle", &SHORT_TEXT);
            if let Some(title) = title {
                text.insert(lang, CoverText { title, subtitle });
            }
        }
        self.unused_languages(cover.get_ref(), languages, "cover");
        Some(Cover { image, text })
    }

    /// Sections and quotes, merged in the order they stand in the file.
    fn content(
        &mut self,
        sections: &[Spanned<RawSection>],
        quotes: &[Spanned<RawQuote>],
        languages: &[Lang],
    ) -> Vec<Item> {
        if sections.is_empty() {
            self.error(
                TOP,
                "the booklet has no sections",
                "add [[section]] with [section.kk] and [section.ru], each with title and text",
            );
        }
        // Past the limit nothing is checked: the booklet is refused, and a file of ten thousand
        // broken sections must not bury that message under ten thousand others.
        let sections = self.at_most(sections, MAX_SECTIONS, "sections", "[[section]]");
        let quotes = self.at_most(quotes, MAX_QUOTES, "quotes", "[[quote]]");
        let mut placed: Vec<(usize, Item)> = Vec::new();
        for (index, section) in sections.iter().enumerate() {
            if let Some(section) = self.section(index + 1, section, languages) {
                placed.push((section.span.start, Item::Section(section)));
            }
        }
        for (index, quote) in quotes.iter().enumerate() {
            if let Some(checked) = self.quote(index + 1, quote, languages) {
                placed.push((quote.span().start, Item::Quote(checked)));
            }
        }
        placed.sort_by_key(|(start, _)| *start);
        placed.into_iter().map(|(_, item)| item).collect()
    }

    fn section(&mut self, number: usize, section: &Spanned<RawSection>, languages: &[Lang]) -> Option<Section> {
        let name = format!("section {number}");
        let image = section.get_ref().image.as_ref().and_then(|image| self.image(image));
        let mut text = BTreeMap::new();
        let mut captions: Vec<(Lang, Range<usize>)> = Vec::new();
        for &lang in languages {
            let Some(block) = self.lang_block(section, lang, &name, "section", "title and text") else {
                continue;
            };
            let where_ = format!("{name} ({})", lang.english_name());
            let title = self.required_text(block.get_ref().title.as_ref(), block.span(), &where_, "title", &SHORT_TEXT);
            let body = self.required_text(block.get_ref().text.as_ref(), block.span(), &where_, "text", &SECTION_TEXT);
            let caption = self.optional_text(block.get_ref().caption.as_ref(), &where_, "caption", &SHORT_TEXT);
            if caption.is_some() {
                captions.push((lang, block.span()));
            }
            if let (Some(title), Some(body)) = (title, body) {
                text.insert(lang, SectionText { title, caption, blocks: markdown::parse(&body) });
            }
        }
        self.captions_consistent(&name, section.span(), &captions, languages, section.get_ref().image.is_some());
        self.unused_languages(section.get_ref(), languages, "section");
        (text.len() == languages.len()).then_some(Section { number, span: section.span(), image, text })
    }

    fn captions_consistent(
        &mut self,
        name: &str,
        span: Range<usize>,
        captions: &[(Lang, Range<usize>)],
        languages: &[Lang],
        has_image: bool,
    ) {
        if captions.is_empty() {
            return;
        }
        if !has_image {
            self.warning(
                captions[0].1.clone(),
                format!("{name} has a caption but no image"),
                "add image = \"images/….svg\" to the section, or remove the caption",
            );
        }
        for &lang in languages {
            if !captions.iter().any(|(l, _)| *l == lang) {
                self.error(
                    span.clone(),
                    format!(
                        "{name} has a caption in {} but none in {}",
                        captions[0].0.english_name(),
                        lang.english_name()
                    ),
                    format!("add caption = \"…\" to [section.{}]", lang.code()),
                );
            }
        }
    }

    fn quote(&mut self, number: usize, quote: &Spanned<RawQuote>, languages: &[Lang]) -> Option<Quote> {
        let name = format!("quote {number}");
        let mut text = BTreeMap::new();
        for &lang in languages {
            let Some(block) = self.lang_block(quote, lang, &name, "quote", "text = \"…\"") else {
                continue;
            };
            let where_ = format!("{name} ({})", lang.english_name());
            let who = self.optional_text(block.get_ref().who.as_ref(), &where_, "who", &SHORT_TEXT);
            if let Some(body) =
                self.required_text(block.get_ref().text.as_ref(), block.span(), &where_, "text", &QUOTE_TEXT)
            {
                text.insert(lang, QuoteText { text: body, who });
            }
        }
        self.unused_languages(quote.get_ref(), languages, "quote");
        (text.len() == languages.len()).then_some(Quote { text })
    }

    /// The block of one language, e.g. `[section.ru]`, or an error saying it is missing.
    fn lang_block<'b, T: LangBlocks>(
        &mut self,
        parent: &'b Spanned<T>,
        lang: Lang,
        name: &str,
        table: &str,
        contents: &str,
    ) -> Option<&'b Spanned<T::Text>> {
        let block = parent.get_ref().block(lang);
        if block.is_none() {
            self.error(
                parent.span(),
                format!("{name} has no {} text", lang.english_name()),
                format!("add [{table}.{}] with {contents}", lang.code()),
            );
        }
        block
    }

    fn required_text(
        &mut self,
        value: Option<&Spanned<String>>,
        block_span: Range<usize>,
        where_: &str,
        key: &str,
        limit: &TextLimit,
    ) -> Option<String> {
        match value {
            Some(text) if !text.get_ref().trim().is_empty() => self
                .within_limit(text, &format!("`{key}` of {where_}"), limit)
                .then(|| text.get_ref().trim().to_string()),
            Some(text) => {
                self.error(
                    text.span(),
                    format!("`{key}` of {where_} is empty"),
                    format!("write the {key} between the quotes"),
                );
                None
            }
            None => {
                self.error(block_span, format!("{where_} has no `{key}`"), format!("add {key} = \"…\""));
                None
            }
        }
    }

    /// An optional text: `None` when absent or blank, or when too long (after an error).
    fn optional_text(
        &mut self,
        value: Option<&Spanned<String>>,
        where_: &str,
        key: &str,
        limit: &TextLimit,
    ) -> Option<String> {
        let value = value.filter(|v| !v.get_ref().trim().is_empty())?;
        self.within_limit(value, &format!("`{key}` of {where_}"), limit).then(|| value.get_ref().trim().to_string())
    }

    /// Whether a text is at most `limit` characters long; an error when it is longer.
    fn within_limit(&mut self, text: &Spanned<String>, what: &str, limit: &TextLimit) -> bool {
        let length = text.get_ref().trim().chars().count();
        if length <= limit.chars {
            self.printed.push(PrintedText { span: text.span(), text: text.get_ref().clone() });
            return true;
        }
        self.error(
            text.span(),
            format!("{what} is {} characters long; at most {} fit", thousands(length), thousands(limit.chars)),
            limit.hint,
        );
        false
    }

    /// The first `limit` tables of a list, with an error at the first one past the limit.
    fn at_most<'b, T>(&mut self, tables: &'b [Spanned<T>], limit: usize, what: &str, header: &str) -> &'b [Spanned<T>] {
        if tables.len() <= limit {
            return tables;
        }
        self.error(
            tables[limit].span(),
            format!("the booklet has {} {what}; at most {limit} fit in one booklet", tables.len()),
            format!("remove {header} tables, or split the content into two campaigns"),
        );
        &tables[..limit]
    }

    /// Blocks in languages the booklet does not print are probably a mistake in `languages`.
    fn unused_languages<T: LangBlocks>(&mut self, parent: &T, languages: &[Lang], table: &str) {
        for lang in Lang::ALL {
            if let Some(block) = parent.block(lang)
                && !languages.contains(&lang)
            {
                self.warning(
                    block.span(),
                    format!(
                        "[{table}.{}] is not printed: `languages` does not include \"{}\"",
                        lang.code(),
                        lang.code()
                    ),
                    format!("add \"{}\" to `languages` in [campaign], or remove this block", lang.code()),
                );
            }
        }
    }

    fn link(&mut self, link: Option<&Spanned<String>>) -> Option<String> {
        let link = link?;
        let url = link.get_ref().trim();
        if !self.within_limit(link, "`link`", &LINK) {
            return None;
        }
        let valid = ["https://", "http://"].iter().any(|scheme| url.starts_with(scheme))
            && url.len() > "https://".len()
            && !url.contains(char::is_whitespace);
        if !valid {
            self.error(
                link.span(),
                format!("`link` is not a web address: \"{url}\""),
                "write the full address, e.g. link = \"https://eotinish.kz\"",
            );
            return None;
        }
        Some(url.to_string())
    }

    /// An image path must name a file inside the campaign folder, in a format Typst can place.
    fn image(&mut self, written: &Spanned<String>) -> Option<Image> {
        let relative = written.get_ref().trim();
        let span = written.span();
        let folder_hint = "copy the image into the campaign's images/ folder and write image = \"images/<name>\"";
        let real = match fsutil::resolve_within(self.dir, relative) {
            Ok(real) => real,
            Err(PathProblem::Empty) => {
                self.error(span, "the image path is empty", "write image = \"images/<name>\", or remove `image`");
                return None;
            }
            Err(PathProblem::Backslash { fixed }) => {
                self.error(
                    span,
                    format!("image path \"{relative}\" uses backslashes"),
                    format!("write / between folders: image = \"{fixed}\""),
                );
                return None;
            }
            Err(PathProblem::Outside) => {
                self.error(span, format!("image \"{relative}\" is outside the campaign folder"), folder_hint);
                return None;
            }
            Err(PathProblem::Missing) => {
                self.error(
                    span,
                    format!("image \"{relative}\" does not exist"),
                    format!("check the file name and that the file is in {}", self.shown_folder(Path::new(relative))),
                );
                return None;
            }
            Err(PathProblem::NotAFile) => {
                self.error(span, format!("image \"{relative}\" is not a file"), "name an image file, not a folder");
                return None;
            }
        };
        let extension = real.extension().and_then(|e| e.to_str()).unwrap_or("").to_lowercase();
        if !IMAGE_EXTENSIONS.contains(&extension.as_str()) {
            self.error(
                span,
                format!("image \"{relative}\" is not a picture format the booklet can use"),
                format!("use one of: {}", IMAGE_EXTENSIONS.join(", ")),
            );
            return None;
        }
        // Read once, here: preflight and Typst use these bytes.
        let size = std::fs::metadata(&real).map(|m| m.len()).unwrap_or(0);
        let hint = "save the picture again as PNG, JPEG or SVG, at most 7 000 × 7 000 pixels";
        if size > MAX_IMAGE_BYTES {
            let message = format!(
                "image \"{relative}\" is {} MB; at most {} MB can be used",
                size / 1_048_576,
                MAX_IMAGE_BYTES / 1_048_576
            );
            self.error(span, message, hint);
            return None;
        }
        match std::fs::read(&real) {
            Ok(bytes) => Some(Image { written: relative.to_string(), path: real, span, bytes: Bytes::new(bytes) }),
            Err(error) => {
                self.error(span, format!("image \"{relative}\" cannot be read: {error}"), hint);
                None
            }
        }
    }
}

impl Checker<'_> {
    /// The folder an image is looked for in, as the user sees it (`booklets/<id>/images`).
    fn shown_folder(&self, relative: &Path) -> String {
        let campaign = self.file.path.parent().unwrap_or(Path::new(""));
        campaign.join(relative).parent().unwrap_or(campaign).display().to_string()
    }
}

/// 20000 as "20,000": messages are in English.
fn thousands(n: usize) -> String {
    crate::numbers::integer(n as u64, Lang::En)
}
