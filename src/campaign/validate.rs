//! The checks that need meaning: every language present, images inside the campaign folder,
//! sensible numbers. Each problem is a diagnostic; all of them are collected.

use std::collections::BTreeMap;
use std::ops::Range;
use std::path::Path;

use toml::Spanned;
use typst::foundations::Bytes;

use crate::campaign::edition::Edition;
use crate::campaign::markdown;
use crate::campaign::model::*;
use crate::campaign::raw::*;
use crate::diag::{Diagnostic, Diagnostics, SourceFile};
use crate::fsutil::{self, PathProblem};
use crate::lang::Lang;
use crate::messages::{Arg, Message};
use crate::msg;

/// Larger pictures are refused before they are read: no booklet needs them.
pub const MAX_IMAGE_BYTES: u64 = 40 * 1024 * 1024;

/// Image formats Typst can place.
pub const IMAGE_EXTENSIONS: [&str; 6] = ["svg", "png", "jpg", "jpeg", "gif", "webp"];

/// The longest a text may be, in characters, and the message that says what to do with a
/// longer one.
pub struct TextLimit {
    chars: usize,
    hint: fn() -> Message,
}

/// Titles, subtitles, captions, names and districts: two lines of a cover at most.
pub const SHORT_TEXT: TextLimit = TextLimit { chars: 300, hint: || msg!("campaign-shorten-hint") };
/// A section's text: some eight A5 pages.
pub const SECTION_TEXT: TextLimit = TextLimit { chars: 20_000, hint: || msg!("campaign-split-section-hint") };
/// A picture's alternative text: a few sentences, read aloud in place of the picture.
pub const ALT_TEXT: TextLimit = TextLimit { chars: 1_000, hint: || msg!("campaign-shorten-hint") };
/// A quote: a quote box holds a few sentences.
pub const QUOTE_TEXT: TextLimit = TextLimit { chars: 2_000, hint: || msg!("campaign-shorten-hint") };
/// `link`: a longer address makes a QR code too dense to scan from paper.
pub const LINK: TextLimit = TextLimit { chars: 300, hint: || msg!("campaign-link-shorter-hint") };
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
    let mut check = Checker { file, dir, diagnostics, printed: Vec::new(), printing: Printing::default() };

    let (district, topic, languages) = check.campaign_table(raw.campaign.as_ref());
    let (format, bilingual, pages, creep_mm) = check.booklet_table(raw.booklet.as_ref(), &languages);
    let cover = check.cover(raw.cover.as_ref(), &languages);
    let content = check.content(&raw.section, &raw.quote, &languages);
    let back_link = raw.back.as_ref().and_then(|back| check.link(back.get_ref().link.as_ref()));
    let editions = check.editions(raw.booklet.as_ref().and_then(|b| b.get_ref().editions.as_ref()));

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
        editions,
        edition: None,
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
    /// What the texts checked now are, for `printed`.
    printing: Printing,
}

/// The language of the texts being checked, and for a `kk-latn` text the Kazakh text it replaces.
#[derive(Default, Clone)]
struct Printing {
    lang: Option<Lang>,
    replaces: Option<Range<usize>>,
}

/// The start of the file, for things that are missing altogether.
const TOP: Range<usize> = 0..0;

impl Checker<'_> {
    fn error(&mut self, span: Range<usize>, message: Message, hint: Message) {
        self.diagnostics.push(Diagnostic::error(self.file, span, message).with_hint(hint));
    }

    fn warning(&mut self, span: Range<usize>, message: Message, hint: Message) {
        self.diagnostics.push(Diagnostic::warning(self.file, span, message).with_hint(hint));
    }

    fn campaign_table(&mut self, table: Option<&Spanned<RawCampaign>>) -> (Texts, Texts, Vec<Lang>) {
        let Some(table) = table else {
            self.error(TOP, msg!("campaign-table-missing"), msg!("campaign-table-missing-hint"));
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
                    msg!("campaign-language-twice", lang = *lang.get_ref()),
                    msg!("campaign-language-twice-hint"),
                );
            } else {
                languages.push(*lang.get_ref());
            }
        }
        if languages.is_empty() {
            self.error(written.span(), msg!("campaign-languages-empty"), msg!("campaign-languages-empty-hint"));
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
                msg!("campaign-key-missing", key = key),
                msg!("campaign-key-missing-hint", key = key, example = example.join(", ")),
            );
            return Texts::default();
        };
        let mut texts = BTreeMap::new();
        for lang in Lang::ALL {
            self.printing = Printing { lang: Some(lang), replaces: None };
            match written.get_ref().get(lang) {
                Some(text) if !text.get_ref().trim().is_empty() => {
                    let too_long = |length: usize, limit: usize| {
                        msg!("campaign-translation-too-long", key = key, lang = lang, length = length, limit = limit)
                    };
                    if self.within_limit(text, too_long, &SHORT_TEXT) {
                        texts.insert(lang, text.get_ref().trim().to_string());
                    }
                }
                _ if languages.contains(&lang) => self.error(
                    written.span(),
                    msg!("campaign-translation-missing", key = key, lang = lang),
                    msg!("campaign-translation-missing-hint", key = key, lang = lang),
                ),
                _ => {}
            }
        }
        self.printing = Printing::default();
        Texts(texts)
    }

    /// `editions = ["large-print"]`: known names, each once.
    fn editions(&mut self, written: Option<&Spanned<Vec<Spanned<String>>>>) -> Vec<Edition> {
        let mut editions = Vec::new();
        let accepted = Edition::names();
        for name in written.map(Spanned::get_ref).into_iter().flatten() {
            let typed = name.get_ref().trim();
            match Edition::from_name(typed) {
                Some(edition) if editions.contains(&edition) => self.error(
                    name.span(),
                    msg!("campaign-edition-twice", edition = typed),
                    msg!("campaign-edition-twice-hint"),
                ),
                Some(edition) => editions.push(edition),
                None => {
                    let allowed = accepted.join(", ");
                    let hint = match crate::tomlfile::did_you_mean(typed, &accepted) {
                        Some(best) => msg!("campaign-edition-unknown-typo-hint", best = best, allowed = allowed),
                        None => msg!("campaign-edition-unknown-hint", allowed = allowed),
                    };
                    self.error(name.span(), msg!("campaign-edition-unknown", edition = typed), hint);
                }
            }
        }
        editions
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
            self.error(written.span(), msg!("campaign-trifold-flip"), msg!("campaign-trifold-flip-hint"));
        }
        if let Some(pages) = booklet.and_then(|b| b.pages.as_ref())
            && format == Format::A4Trifold
        {
            self.warning(pages.span(), msg!("campaign-trifold-pages"), msg!("campaign-trifold-pages-hint"));
        }
        if let Some(written) = booklet.and_then(|b| b.bilingual.as_ref())
            && languages.len() == 1
        {
            self.warning(
                written.span(),
                msg!("campaign-bilingual-one-language"),
                msg!("campaign-bilingual-one-language-hint"),
            );
        }
        let pages = booklet.and_then(|b| b.pages.as_ref()).and_then(|pages| match u32::try_from(*pages.get_ref()) {
            Ok(n) if n > 0 && n <= 200 => Some(n),
            _ => {
                self.error(
                    pages.span(),
                    msg!("campaign-pages-out-of-range", value = pages.get_ref().to_string()),
                    msg!("campaign-pages-out-of-range-hint"),
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
                    msg!("campaign-creep-out-of-range", value = value.to_string()),
                    msg!("campaign-creep-out-of-range-hint"),
                );
                0.0
            }
        });
        (format, bilingual, pages, creep_mm)
    }

    fn cover(&mut self, cover: Option<&Spanned<RawCover>>, languages: &[Lang]) -> Option<Cover> {
        let Some(cover) = cover else {
            let tables = languages.iter().map(|l| format!("[cover.{}]", l.code())).collect::<Vec<_>>();
            self.error(TOP, msg!("campaign-no-cover"), msg!("campaign-no-cover-hint", tables = list(&tables)));
            return None;
        };
        let image = cover.get_ref().image.as_ref().and_then(|image| self.image(image));
        let mut text = BTreeMap::new();
        for &lang in languages {
            let missing = || {
                (
                    msg!("campaign-cover-without-language", lang = lang),
                    msg!("campaign-cover-without-language-hint", lang = lang),
                )
            };
            let Some(block) = self.lang_block(cover, lang, missing) else {
                continue;
            };
            self.printing = Printing { lang: Some(lang), replaces: None };
            let place = || msg!("campaign-place-cover", lang = lang);
            let title = self.required_text(block.get_ref().title.as_ref(), block.span(), place, "title", &SHORT_TEXT);
            let subtitle = self.optional_text(block.get_ref().subtitle.as_ref(), place, "subtitle", &SHORT_TEXT);
            let table = format!("[cover.{}]", lang.code());
            let alt = match cover.get_ref().image {
                Some(_) => self.alt(block.get_ref().alt.as_ref(), None, block.span(), &place(), &table),
                None => self.alt_without_picture(block.get_ref().alt.as_ref(), &place(), "[cover]"),
            };
            if let Some(title) = title {
                text.insert(lang, CoverText { title, subtitle, alt });
            }
        }
        self.unused_languages(cover.get_ref(), languages, "cover");
        let latin = self.cover_latin(cover.get_ref(), languages);
        self.printing = Printing::default();
        Some(Cover { image, text, latin })
    }

    /// Sections and quotes, merged in the order they stand in the file.
    fn content(
        &mut self,
        sections: &[Spanned<RawSection>],
        quotes: &[Spanned<RawQuote>],
        languages: &[Lang],
    ) -> Vec<Item> {
        if sections.is_empty() {
            self.error(TOP, msg!("campaign-no-sections"), msg!("campaign-no-sections-hint"));
        }
        // Past the limit nothing is checked: the booklet is refused, and a file of ten thousand
        // broken sections must not bury that message under ten thousand others.
        let sections = self.at_most(sections, MAX_SECTIONS, |count, limit| {
            (msg!("campaign-too-many-sections", count = count, limit = limit), msg!("campaign-too-many-sections-hint"))
        });
        let quotes = self.at_most(quotes, MAX_QUOTES, |count, limit| {
            (msg!("campaign-too-many-quotes", count = count, limit = limit), msg!("campaign-too-many-quotes-hint"))
        });
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
        let image = section.get_ref().image.as_ref().and_then(|image| self.image(image));
        let mut text = BTreeMap::new();
        let mut captions: Vec<(Lang, Range<usize>)> = Vec::new();
        for &lang in languages {
            let missing = || {
                (
                    msg!("campaign-section-without-language", number = number, lang = lang),
                    msg!("campaign-section-without-language-hint", lang = lang),
                )
            };
            let Some(block) = self.lang_block(section, lang, missing) else {
                continue;
            };
            self.printing = Printing { lang: Some(lang), replaces: None };
            let place = || msg!("campaign-place-section", number = number, lang = lang);
            let written = block.get_ref();
            let title = self.required_text(written.title.as_ref(), block.span(), place, "title", &SHORT_TEXT);
            let body = self.required_text(written.text.as_ref(), block.span(), place, "text", &SECTION_TEXT);
            let caption = self.optional_text(written.caption.as_ref(), place, "caption", &SHORT_TEXT);
            if caption.is_some() {
                captions.push((lang, block.span()));
            }
            let table = format!("[section.{}]", lang.code());
            let alt = match section.get_ref().image {
                Some(_) => self.alt(written.alt.as_ref(), caption.as_deref(), block.span(), &place(), &table),
                None => self.alt_without_picture(written.alt.as_ref(), &place(), "[[section]]"),
            };
            if let (Some(title), Some(body), Some(value)) = (title, body, written.text.as_ref()) {
                let parsed = markdown::read(&body);
                self.literals(value, &parsed.literals);
                // Word's bullets become list marks and are never printed: the glyph check skips them.
                if let Some(printed) = self.printed.iter_mut().rev().find(|p| p.span == value.span()) {
                    printed.text = markdown::from_word_processor(&printed.text);
                }
                text.insert(lang, SectionText { title, caption, alt, blocks: parsed.blocks });
            }
        }
        self.captions_consistent(number, section.span(), &captions, languages, section.get_ref().image.is_some());
        self.unused_languages(section.get_ref(), languages, "section");
        let latin = self.section_latin(number, section.get_ref(), languages);
        self.printing = Printing::default();
        (text.len() == languages.len()).then_some(Section { number, span: section.span(), image, text, latin })
    }

    /// A warning for each kind of Markdown in a section's text that prints as typed, at the
    /// first line it is on; the others of its kind are counted in the message.
    fn literals(&mut self, value: &Spanned<String>, literals: &[markdown::Literal]) {
        use markdown::LiteralKind;
        let mut kinds: Vec<LiteralKind> = literals.iter().map(|l| l.kind).collect();
        kinds.sort();
        kinds.dedup();
        for kind in kinds {
            let mut lines: Vec<usize> = literals.iter().filter(|l| l.kind == kind).map(|l| l.line).collect();
            lines.dedup();
            let first = literals.iter().find(|l| l.kind == kind).expect("a literal of each kind found");
            let span = self.text_line_span(value, first.line, &first.typed);
            let (typed, more) = (first.typed.as_str(), lines.len() - 1);
            let (message, hint) = match kind {
                LiteralKind::Heading => (
                    msg!("text-literal-heading", typed = typed, more = more),
                    msg!("text-literal-heading-hint", typed = typed),
                ),
                LiteralKind::Quote => (msg!("text-literal-quote", more = more), msg!("text-literal-quote-hint")),
                LiteralKind::Code => {
                    (msg!("text-literal-code", typed = typed, more = more), msg!("text-literal-code-hint"))
                }
                LiteralKind::Html => {
                    (msg!("text-literal-html", typed = typed, more = more), msg!("text-literal-html-hint"))
                }
                LiteralKind::Picture => {
                    (msg!("text-literal-picture", typed = typed, more = more), msg!("text-literal-picture-hint"))
                }
                LiteralKind::Link => {
                    (msg!("text-literal-link", typed = typed, more = more), msg!("text-literal-link-hint"))
                }
                LiteralKind::Rule => {
                    (msg!("text-literal-rule", typed = typed, more = more), msg!("text-literal-rule-hint"))
                }
                LiteralKind::NestedList => {
                    (msg!("text-literal-nested-list", more = more), msg!("text-literal-nested-list-hint"))
                }
            };
            self.warning(span, message, hint);
        }
    }

    /// Where `typed` stands on line `line` (0-based) of a text value, as the text is read
    /// (trimmed): the lines of a `"""` or `'''` text are the lines of the file. When the file
    /// does not hold the characters as the text does (escapes), the line, or else the value.
    fn text_line_span(&self, value: &Spanned<String>, line: usize, typed: &str) -> Range<usize> {
        let span = value.span();
        let source = &self.file.text;
        let Some(raw) = source.get(span.clone()) else { return span };
        let opener = if raw.starts_with("\"\"\"") || raw.starts_with("'''") { 3 } else { 1 };
        let mut at = span.start + opener.min(raw.len());
        if opener == 3 {
            // A newline right after the opening quotes is not part of the text.
            if source[at..].starts_with("\r\n") {
                at += 2;
            } else if source[at..].starts_with('\n') {
                at += 1;
            }
        }
        let text = value.get_ref();
        let leading_lines = text[..text.len() - text.trim_start().len()].matches('\n').count();
        for _ in 0..leading_lines + line {
            match source[at..span.end].find('\n') {
                Some(newline) => at += newline + 1,
                None => return self.find_in(span.clone(), typed).unwrap_or(span),
            }
        }
        let end = source[at..span.end].find('\n').map_or(span.end, |newline| at + newline);
        self.find_in(at..end, typed).or_else(|| self.find_in(span.clone(), typed)).unwrap_or(at..end)
    }

    /// The span of the first `typed` within `within`.
    fn find_in(&self, within: Range<usize>, typed: &str) -> Option<Range<usize>> {
        let found = self.file.text.get(within.clone())?.find(typed)?;
        Some(within.start + found..within.start + found + typed.len())
    }

    fn captions_consistent(
        &mut self,
        number: usize,
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
                msg!("campaign-caption-without-image", number = number),
                msg!("campaign-caption-without-image-hint"),
            );
        }
        for &lang in languages {
            if !captions.iter().any(|(l, _)| *l == lang) {
                self.error(
                    span.clone(),
                    msg!("campaign-caption-missing", number = number, with = captions[0].0, without = lang),
                    msg!("campaign-caption-missing-hint", lang = lang),
                );
            }
        }
    }

    fn quote(&mut self, number: usize, quote: &Spanned<RawQuote>, languages: &[Lang]) -> Option<Quote> {
        let mut text = BTreeMap::new();
        for &lang in languages {
            let missing = || {
                (
                    msg!("campaign-quote-without-language", number = number, lang = lang),
                    msg!("campaign-quote-without-language-hint", lang = lang),
                )
            };
            let Some(block) = self.lang_block(quote, lang, missing) else {
                continue;
            };
            self.printing = Printing { lang: Some(lang), replaces: None };
            let place = || msg!("campaign-place-quote", number = number, lang = lang);
            let who = self.optional_text(block.get_ref().who.as_ref(), place, "who", &SHORT_TEXT);
            if let Some(body) =
                self.required_text(block.get_ref().text.as_ref(), block.span(), place, "text", &QUOTE_TEXT)
            {
                text.insert(lang, QuoteText { text: body, who });
            }
        }
        self.unused_languages(quote.get_ref(), languages, "quote");
        let latin = self.quote_latin(number, quote.get_ref(), languages);
        self.printing = Printing::default();
        (text.len() == languages.len()).then_some(Quote { text, latin })
    }

    /// A picture's alternative text in one language block (`table`, e.g. `[section.kk]`): its
    /// `alt`, with `alt = ""` for decoration; else its caption, with a warning; else an error.
    fn alt(
        &mut self,
        written: Option<&Spanned<String>>,
        caption: Option<&str>,
        block_span: Range<usize>,
        place: &Message,
        table: &str,
    ) -> Option<Alt> {
        if let Some(written) = written {
            let text = written.get_ref().trim();
            if text.is_empty() {
                return Some(Alt::Decorative);
            }
            let length = text.chars().count();
            if length > ALT_TEXT.chars {
                let message = msg!(
                    "campaign-text-too-long",
                    key = "alt",
                    place = place.clone(),
                    length = length,
                    limit = ALT_TEXT.chars
                );
                self.error(written.span(), message, (ALT_TEXT.hint)());
                return None;
            }
            return Some(Alt::Text(text.to_string()));
        }
        if let Some(caption) = caption {
            self.warning(
                block_span,
                msg!("campaign-alt-from-caption", place = place.clone()),
                msg!("campaign-alt-from-caption-hint", table = table),
            );
            return Some(Alt::Text(caption.to_string()));
        }
        self.error(
            block_span,
            msg!("campaign-alt-missing", place = place.clone()),
            msg!("campaign-alt-missing-hint", table = table),
        );
        None
    }

    /// An `alt` where there is no picture for it to describe: nothing reads it, so the person
    /// who wrote it learns that the picture is missing (or the line is left over). Never an `Alt`.
    fn alt_without_picture(&mut self, written: Option<&Spanned<String>>, place: &Message, table: &str) -> Option<Alt> {
        if let Some(written) = written {
            self.warning(
                written.span(),
                msg!("campaign-alt-without-image", place = place.clone()),
                msg!("campaign-alt-without-image-hint", table = table),
            );
        }
        None
    }

    /// The block of one language, e.g. `[section.ru]`, or the error `missing` gives, at the
    /// parent table.
    fn lang_block<'b, T: LangBlocks>(
        &mut self,
        parent: &'b Spanned<T>,
        lang: Lang,
        missing: impl FnOnce() -> (Message, Message),
    ) -> Option<&'b Spanned<T::Text>> {
        let block = parent.get_ref().block(lang);
        if block.is_none() {
            let (message, hint) = missing();
            self.error(parent.span(), message, hint);
        }
        block
    }

    /// A text that must be there; `place` words where it belongs ("section 3 (Kazakh)").
    fn required_text(
        &mut self,
        value: Option<&Spanned<String>>,
        block_span: Range<usize>,
        place: impl Fn() -> Message,
        key: &str,
        limit: &TextLimit,
    ) -> Option<String> {
        match value {
            Some(text) if !text.get_ref().trim().is_empty() => {
                let too_long = |length: usize, most: usize| {
                    msg!("campaign-text-too-long", key = key, place = place(), length = length, limit = most)
                };
                self.within_limit(text, too_long, limit).then(|| text.get_ref().trim().to_string())
            }
            Some(text) => {
                self.error(
                    text.span(),
                    msg!("campaign-text-empty", key = key, place = place()),
                    msg!("campaign-text-empty-hint", key = key),
                );
                None
            }
            None => {
                self.error(
                    block_span,
                    msg!("campaign-text-missing", key = key, place = place()),
                    msg!("campaign-text-missing-hint", key = key),
                );
                None
            }
        }
    }

    /// An optional text: `None` when absent or blank, or when too long (after an error).
    fn optional_text(
        &mut self,
        value: Option<&Spanned<String>>,
        place: impl Fn() -> Message,
        key: &str,
        limit: &TextLimit,
    ) -> Option<String> {
        let value = value.filter(|v| !v.get_ref().trim().is_empty())?;
        let too_long = |length: usize, most: usize| {
            msg!("campaign-text-too-long", key = key, place = place(), length = length, limit = most)
        };
        self.within_limit(value, too_long, limit).then(|| value.get_ref().trim().to_string())
    }

    /// Whether a text is at most `limit` characters long; when it is longer, the error
    /// `too_long` words from its length and the limit.
    fn within_limit(
        &mut self,
        text: &Spanned<String>,
        too_long: impl FnOnce(usize, usize) -> Message,
        limit: &TextLimit,
    ) -> bool {
        let length = text.get_ref().trim().chars().count();
        if length <= limit.chars {
            let Printing { lang, replaces } = self.printing.clone();
            self.printed.push(PrintedText { span: text.span(), text: text.get_ref().clone(), lang, replaces });
            return true;
        }
        self.error(text.span(), too_long(length, limit.chars), (limit.hint)());
        false
    }

    /// The first `limit` tables of a list, with the error `too_many` words at the first one
    /// past the limit.
    fn at_most<'b, T>(
        &mut self,
        tables: &'b [Spanned<T>],
        limit: usize,
        too_many: impl FnOnce(usize, usize) -> (Message, Message),
    ) -> &'b [Spanned<T>] {
        if tables.len() <= limit {
            return tables;
        }
        let (message, hint) = too_many(tables.len(), limit);
        self.error(tables[limit].span(), message, hint);
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
                    msg!("campaign-language-not-printed", table = table, lang = lang),
                    msg!("campaign-language-not-printed-hint", lang = lang),
                );
            }
        }
    }

    fn link(&mut self, link: Option<&Spanned<String>>) -> Option<String> {
        let link = link?;
        let url = link.get_ref().trim();
        let too_long = |length: usize, limit: usize| msg!("campaign-link-too-long", length = length, limit = limit);
        if !self.within_limit(link, too_long, &LINK) {
            return None;
        }
        let valid = ["https://", "http://"].iter().any(|scheme| url.starts_with(scheme))
            && url.len() > "https://".len()
            && !url.contains(char::is_whitespace);
        if !valid {
            self.error(link.span(), msg!("campaign-link-not-web", link = url), msg!("campaign-link-not-web-hint"));
            return None;
        }
        Some(url.to_string())
    }

    /// An image path must name a file inside the campaign folder, in a format Typst can place.
    fn image(&mut self, written: &Spanned<String>) -> Option<Image> {
        let relative = written.get_ref().trim();
        let span = written.span();
        let real = match fsutil::resolve_within(self.dir, relative) {
            Ok(real) => real,
            Err(problem) => {
                let (message, hint) = match problem {
                    PathProblem::Empty => (msg!("image-path-empty"), msg!("image-path-empty-hint")),
                    PathProblem::Backslash { fixed } => {
                        (msg!("image-backslash", path = relative), msg!("image-backslash-hint", path = fixed))
                    }
                    PathProblem::Outside => (msg!("image-outside", path = relative), msg!("image-outside-hint")),
                    PathProblem::Missing => (
                        msg!("image-missing", path = relative),
                        msg!("image-missing-hint", folder = self.shown_folder(Path::new(relative))),
                    ),
                    PathProblem::NotAFile => (msg!("image-not-a-file", path = relative), msg!("image-not-a-file-hint")),
                };
                self.error(span, message, hint);
                return None;
            }
        };
        let extension = real.extension().and_then(|e| e.to_str()).unwrap_or("").to_lowercase();
        if !IMAGE_EXTENSIONS.contains(&extension.as_str()) {
            self.error(
                span,
                msg!("image-not-a-picture-format", path = relative),
                msg!("image-not-a-picture-format-hint", formats = IMAGE_EXTENSIONS.join(", ")),
            );
            return None;
        }
        // Read once, here: preflight and Typst use these bytes.
        let size = std::fs::metadata(&real).map(|m| m.len()).unwrap_or(0);
        if size > MAX_IMAGE_BYTES {
            self.error(
                span,
                msg!(
                    "image-too-large",
                    path = relative,
                    megabytes = size / 1_048_576,
                    limit = MAX_IMAGE_BYTES / 1_048_576
                ),
                msg!("image-save-again-hint"),
            );
            return None;
        }
        match std::fs::read(&real) {
            Ok(bytes) => Some(Image { written: relative.to_string(), path: real, span, bytes: Bytes::new(bytes) }),
            Err(error) => {
                self.error(
                    span,
                    msg!("image-cannot-read", path = relative, reason = fsutil::io_problem(&error)),
                    msg!("image-save-again-hint"),
                );
                None
            }
        }
    }
}

/// The `kk-latn` blocks: hand-written Latin for the Latin edition, each field optional.
impl Checker<'_> {
    /// The `kk-latn` block of a cover, section or quote, when the booklet prints Kazakh; a
    /// warning when it does not.
    fn latin_block<'b, T: LangBlocks>(
        &mut self,
        parent: &'b T,
        languages: &[Lang],
        table: &str,
    ) -> Option<&'b Spanned<T::Text>> {
        let block = parent.latin_block()?;
        if !languages.contains(&Lang::Kk) {
            self.warning(
                block.span(),
                msg!("campaign-latin-without-kazakh", table = table),
                msg!("campaign-latin-without-kazakh-hint"),
            );
            return None;
        }
        Some(block)
    }

    /// One field of a `kk-latn` block: `None` when absent; an error when blank or too long.
    fn latin_text(
        &mut self,
        value: Option<&Spanned<String>>,
        replaces: Option<&Spanned<String>>,
        place: impl Fn() -> Message,
        key: &str,
        limit: &TextLimit,
    ) -> Option<String> {
        let value = value?;
        if value.get_ref().trim().is_empty() {
            self.error(
                value.span(),
                msg!("campaign-text-empty", key = key, place = place()),
                msg!("campaign-text-empty-hint", key = key),
            );
            return None;
        }
        self.printing = Printing { lang: Some(Lang::Kk), replaces: replaces.map(Spanned::span) };
        let text = self.optional_text(Some(value), place, key, limit);
        self.printing = Printing::default();
        text
    }

    fn cover_latin(&mut self, cover: &RawCover, languages: &[Lang]) -> Option<CoverLatin> {
        let block = self.latin_block(cover, languages, "cover")?.get_ref();
        let kk = cover.kk.as_ref().map(Spanned::get_ref);
        let place = || msg!("campaign-place-cover-latin");
        Some(CoverLatin {
            title: self.latin_text(
                block.title.as_ref(),
                kk.and_then(|k| k.title.as_ref()),
                place,
                "title",
                &SHORT_TEXT,
            ),
            subtitle: self.latin_text(
                block.subtitle.as_ref(),
                kk.and_then(|k| k.subtitle.as_ref()),
                place,
                "subtitle",
                &SHORT_TEXT,
            ),
            alt: block.alt.as_ref().map(|alt| alt.get_ref().trim().to_string()),
        })
    }

    fn section_latin(&mut self, number: usize, section: &RawSection, languages: &[Lang]) -> Option<SectionLatin> {
        let block = self.latin_block(section, languages, "section")?.get_ref();
        let kk = section.kk.as_ref().map(Spanned::get_ref);
        let place = || msg!("campaign-place-section-latin", number = number);
        let title =
            self.latin_text(block.title.as_ref(), kk.and_then(|k| k.title.as_ref()), place, "title", &SHORT_TEXT);
        let caption =
            self.latin_text(block.caption.as_ref(), kk.and_then(|k| k.caption.as_ref()), place, "caption", &SHORT_TEXT);
        let body = self.latin_text(block.text.as_ref(), kk.and_then(|k| k.text.as_ref()), place, "text", &SECTION_TEXT);
        let blocks = body.zip(block.text.as_ref()).map(|(body, value)| {
            let parsed = markdown::read(&body);
            self.literals(value, &parsed.literals);
            if let Some(printed) = self.printed.iter_mut().rev().find(|p| p.span == value.span()) {
                printed.text = markdown::from_word_processor(&printed.text);
            }
            parsed.blocks
        });
        let alt = block.alt.as_ref().map(|alt| alt.get_ref().trim().to_string());
        Some(SectionLatin { title, caption, alt, blocks })
    }

    fn quote_latin(&mut self, number: usize, quote: &RawQuote, languages: &[Lang]) -> Option<QuoteLatin> {
        let block = self.latin_block(quote, languages, "quote")?.get_ref();
        let kk = quote.kk.as_ref().map(Spanned::get_ref);
        let place = || msg!("campaign-place-quote-latin", number = number);
        Some(QuoteLatin {
            text: self.latin_text(block.text.as_ref(), kk.and_then(|k| k.text.as_ref()), place, "text", &QUOTE_TEXT),
            who: self.latin_text(block.who.as_ref(), kk.and_then(|k| k.who.as_ref()), place, "who", &SHORT_TEXT),
        })
    }
}

impl Checker<'_> {
    /// The folder an image is looked for in, as the user sees it (`booklets/<id>/images`).
    fn shown_folder(&self, relative: &Path) -> String {
        let campaign = self.file.path.parent().unwrap_or(Path::new(""));
        campaign.join(relative).parent().unwrap_or(campaign).display().to_string()
    }
}

/// Items as each language lists them: "[cover.kk] and [cover.ru]".
fn list(items: &[String]) -> Arg {
    match items {
        [] => Arg::Text(String::new()),
        [one] => Arg::Text(one.clone()),
        [first, second] => msg!("campaign-list-two", first = first, second = second).into(),
        [first, rest @ .., last] => {
            msg!("campaign-list-more", first = first, middle = rest.join(", "), last = last).into()
        }
    }
}
