//! The Latin edition's campaign: the Kazakh texts in the 2021 Latin alphabet, each field taken
//! from the campaign's `kk-latn` block when it gives one and transliterated otherwise; and the
//! Kazakh words that cannot be transliterated, for `kitapsha check`.

use std::collections::BTreeSet;
use std::ops::Range;

use crate::campaign::markdown::{Block, Inline};
use crate::campaign::model::*;
use crate::diag::Diagnostic;
use crate::lang::Lang;
use crate::latin_kk::{self, NoRule};
use crate::msg;

/// The campaign whose Kazakh texts (district, topic, cover, sections with their captions and
/// Markdown, quotes, and the printed texts the glyph check reads) are in Latin script. Other
/// languages are unchanged.
pub fn latin_campaign(campaign: &Campaign) -> Campaign {
    let mut latin = campaign.clone();
    if let Some(text) = latin.district.0.get_mut(&Lang::Kk) {
        *text = latin_kk::transliterate(text);
    }
    if let Some(text) = latin.topic.0.get_mut(&Lang::Kk) {
        *text = latin_kk::transliterate(text);
    }
    let hand = latin.cover.latin.clone().unwrap_or_default();
    if let Some(cover) = latin.cover.text.get_mut(&Lang::Kk) {
        cover.title = hand.title.unwrap_or_else(|| latin_kk::transliterate(&cover.title));
        cover.subtitle = hand.subtitle.or_else(|| cover.subtitle.as_deref().map(latin_kk::transliterate));
        cover.alt = latin_alt(hand.alt, cover.alt.as_ref());
    }
    for item in &mut latin.content {
        match item {
            Item::Section(section) => {
                let hand = section.latin.clone().unwrap_or_default();
                if let Some(text) = section.text.get_mut(&Lang::Kk) {
                    text.title = hand.title.unwrap_or_else(|| latin_kk::transliterate(&text.title));
                    text.caption = hand.caption.or_else(|| text.caption.as_deref().map(latin_kk::transliterate));
                    text.alt = latin_alt(hand.alt, text.alt.as_ref());
                    text.blocks = hand.blocks.unwrap_or_else(|| text.blocks.iter().map(latin_block).collect());
                }
            }
            Item::Quote(quote) => {
                let hand = quote.latin.clone().unwrap_or_default();
                if let Some(text) = quote.text.get_mut(&Lang::Kk) {
                    text.text = hand.text.unwrap_or_else(|| latin_kk::transliterate(&text.text));
                    text.who = hand.who.or_else(|| text.who.as_deref().map(latin_kk::transliterate));
                }
            }
        }
    }
    latin.printed = latin_printed(&campaign.printed);
    latin
}

/// A picture's alternative text in Latin: the hand-written one (`""` for decoration), or the
/// Kazakh one transliterated.
fn latin_alt(hand: Option<String>, kazakh: Option<&Alt>) -> Option<Alt> {
    match hand {
        Some(text) if text.is_empty() => Some(Alt::Decorative),
        Some(text) => Some(Alt::Text(text)),
        None => kazakh.map(|alt| match alt {
            Alt::Text(text) => Alt::Text(latin_kk::transliterate(text)),
            Alt::Decorative => Alt::Decorative,
        }),
    }
}

/// The printed texts of the Latin edition: a Kazakh text replaced by hand is left out, the
/// other Kazakh texts transliterated, and the hand-written ones kept.
fn latin_printed(printed: &[PrintedText]) -> Vec<PrintedText> {
    let replaced = replaced_spans(printed);
    printed
        .iter()
        .filter(|text| !replaced.contains(&(text.span.start, text.span.end)))
        .map(|text| {
            let automatic = text.lang == Some(Lang::Kk) && text.replaces.is_none();
            let mut text = text.clone();
            if automatic {
                text.text = latin_kk::transliterate(&text.text);
            }
            text
        })
        .collect()
}

/// Where the Kazakh texts replaced by `kk-latn` texts are written.
fn replaced_spans(printed: &[PrintedText]) -> BTreeSet<(usize, usize)> {
    printed.iter().filter_map(|text| text.replaces.as_ref()).map(|span| (span.start, span.end)).collect()
}

fn latin_block(block: &Block) -> Block {
    match block {
        Block::Paragraph { inlines } => Block::Paragraph { inlines: latin_inlines(inlines) },
        Block::List { ordered, start, items } => Block::List {
            ordered: *ordered,
            start: *start,
            items: items.iter().map(|item| latin_inlines(item)).collect(),
        },
    }
}

/// The inlines in Latin; link addresses are kept as written.
fn latin_inlines(inlines: &[Inline]) -> Vec<Inline> {
    inlines
        .iter()
        .map(|inline| match inline {
            Inline::Text { text } => Inline::Text { text: latin_kk::transliterate(text) },
            Inline::Strong { children } => Inline::Strong { children: latin_inlines(children) },
            Inline::Emphasis { children } => Inline::Emphasis { children: latin_inlines(children) },
            Inline::Link { url, children } => Inline::Link { url: url.clone(), children: latin_inlines(children) },
            Inline::LineBreak => Inline::LineBreak,
        })
        .collect()
}

/// A Kazakh word of `campaign.toml` that the Latin edition would transliterate but cannot.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UntransliterableWord {
    /// Where the word is written in `campaign.toml` (the whole text when it cannot be found
    /// there as typed, e.g. because of escapes).
    pub span: Range<usize>,
    pub word: String,
    pub problem: NoRule,
}

/// Every Kazakh word the Latin edition transliterates (the Kazakh texts no `kk-latn` field
/// replaces) that has a Cyrillic letter outside the 2021 table and the loanword rule, or a
/// Latin letter among its Cyrillic ones (see [`latin_kk::untransliterable`]). In the order of
/// the file.
pub fn untransliterable_words(campaign: &Campaign) -> Vec<UntransliterableWord> {
    let replaced = replaced_spans(&campaign.printed);
    let source = &campaign.source.text;
    let mut words = Vec::new();
    for printed in &campaign.printed {
        let automatic = printed.lang == Some(Lang::Kk) && printed.replaces.is_none();
        if !automatic || replaced.contains(&(printed.span.start, printed.span.end)) {
            continue;
        }
        // The value as the file holds it; the word is looked for from where the last one was found.
        let mut from = printed.span.start;
        for found in latin_kk::untransliterable(&printed.text) {
            let within = source.get(from..printed.span.end).unwrap_or("");
            let span = match within.find(&found.word) {
                Some(at) => from + at..from + at + found.word.len(),
                None => printed.span.clone(),
            };
            from = span.end.min(printed.span.end).max(from);
            words.push(UntransliterableWord { span, word: found.word, problem: found.problem });
        }
    }
    words
}

/// A warning for each word of [`untransliterable_words`], at its place in `campaign.toml`.
pub fn untransliterable_warnings(campaign: &Campaign) -> Vec<Diagnostic> {
    untransliterable_words(campaign)
        .into_iter()
        .map(|found| {
            let word = found.word.as_str();
            let (message, hint) = match found.problem {
                NoRule::UnknownLetter(letter) => (
                    msg!("latin-unknown-letter", word = word, letter = letter.to_string()),
                    msg!("latin-unknown-letter-hint"),
                ),
                NoRule::LatinLetter(letter) => (
                    msg!("latin-latin-letter", word = word, letter = letter.to_string()),
                    msg!("latin-latin-letter-hint"),
                ),
            };
            Diagnostic::warning(&campaign.source, found.span, message).with_hint(hint)
        })
        .collect()
}

/// Whether the campaign has any `kk-latn` block.
pub fn has_latin_text(campaign: &Campaign) -> bool {
    campaign.cover.latin.is_some()
        || campaign.content.iter().any(|item| match item {
            Item::Section(section) => section.latin.is_some(),
            Item::Quote(quote) => quote.latin.is_some(),
        })
}
