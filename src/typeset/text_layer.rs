//! The text a PDF maps its glyphs to, without the soft hyphens kitapsha puts into Kazakh words.
//!
//! Typst shapes a soft hyphen (U+00AD) into no glyph at all and hands its text to the glyph
//! before it, so that the PDF maps «л» to «л\u{ad}» (in the font's ToUnicode map, or in an
//! `/ActualText` span where the same glyph also stands for a plain «л»). A search for a word
//! then misses it, and copied text carries invisible hyphens. Where a line breaks at a soft
//! hyphen, Typst draws a hyphen glyph whose text is U+00AD. That one becomes a plain hyphen
//! (U+002D), which both poppler and PDFium (Chromium's viewer) take, at a line end, for a word
//! that goes on: they join the two halves. With U+00AD there, poppler keeps them apart.

use typst::layout::{Frame, FrameItem};
use typst::text::TextItem;
use typst_layout::PagedDocument;

const SOFT_HYPHEN: char = '\u{ad}';
/// Typst folds a word joiner (which kitapsha puts into words it keeps whole) into the glyph
/// before it the same way.
const WORD_JOINER: char = crate::typeset::last_line::WORD_JOINER;
/// kitapsha's non-breaking hyphens in compound words read as plain hyphens, so that a search
/// typed with the hyphen on the keyboard finds them.
const NON_BREAKING_HYPHEN: char = crate::typeset::typography::NON_BREAKING_HYPHEN;

/// The document with every soft hyphen dropped from the text of the letters it follows, and
/// every hyphen drawn at a line break mapped to U+002D; `None` when it has no soft hyphens.
pub fn without_soft_hyphens(document: &PagedDocument) -> Option<PagedDocument> {
    if !document.pages().iter().any(|page| has_soft_hyphens(&page.frame)) {
        return None;
    }
    let mut pages = document.pages().to_vec();
    for page in &mut pages {
        clean_frame(&mut page.frame);
    }
    Some(PagedDocument::new(pages.into(), typst::model::Document::info(document).clone()))
}

fn has_soft_hyphens(frame: &Frame) -> bool {
    frame.items().any(|(_, item)| match item {
        FrameItem::Text(text) => needs_cleaning(text),
        FrameItem::Group(group) => has_soft_hyphens(&group.frame),
        _ => false,
    })
}

/// Rewrites only the frames that need it: the others stay shared with Typst's caches.
fn clean_frame(frame: &mut Frame) {
    if !has_soft_hyphens(frame) {
        return;
    }
    frame.retain(|item| {
        match item {
            FrameItem::Text(text) if needs_cleaning(text) => clean_text(text),
            FrameItem::Group(group) => clean_frame(&mut group.frame),
            _ => {}
        }
        true
    });
}

fn needs_cleaning(text: &TextItem) -> bool {
    text.text.contains([SOFT_HYPHEN, WORD_JOINER, NON_BREAKING_HYPHEN])
}

/// The offsets of the soft hyphens that are a glyph's whole text: the hyphens drawn where a
/// line breaks.
fn drawn_hyphens(text: &TextItem) -> Vec<usize> {
    text.glyphs
        .iter()
        .filter(|glyph| {
            text.text.get(glyph.range()).is_some_and(|t| !t.is_empty() && t.chars().all(|c| c == SOFT_HYPHEN))
        })
        .flat_map(|glyph| glyph.range().step_by(SOFT_HYPHEN.len_utf8()))
        .collect()
}

/// Drops the soft hyphens that only ride on the letter before them, turns those drawn at a line
/// end into hyphens, and moves every glyph's text range with the text.
fn clean_text(text: &mut TextItem) {
    let drawn = drawn_hyphens(text);
    // Where each byte offset of the old text lands in the new one.
    let mut moved = Vec::with_capacity(text.text.len() + 1);
    let mut cleaned = String::with_capacity(text.text.len());
    for (offset, c) in text.text.char_indices() {
        moved.extend(std::iter::repeat_n(cleaned.len(), c.len_utf8()));
        if drawn.contains(&offset) || c == NON_BREAKING_HYPHEN {
            cleaned.push('-');
        } else if c != SOFT_HYPHEN && c != WORD_JOINER {
            cleaned.push(c);
        }
    }
    moved.push(cleaned.len());
    let at = |offset: u16| moved.get(usize::from(offset)).copied().and_then(|o| u16::try_from(o).ok());
    let mut glyphs = text.glyphs.clone();
    for glyph in &mut glyphs {
        let (Some(start), Some(end)) = (at(glyph.range.start), at(glyph.range.end)) else { return };
        glyph.range = start..end;
    }
    text.text = cleaned.into();
    text.glyphs = glyphs;
}
