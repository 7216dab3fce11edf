//! Whether the text fits: `pages = N` for booklets, the four text panels for a leaflet. Read
//! from where the template's marks fell, so that the error names the section that overflows.
//!
//! What `pages` counts: in a flip booklet, the pages of each language's half, from its cover to
//! its last page (the contacts); in a booklet whose languages share the pages (parallel,
//! sequential), every page from the front cover to the back page. The ruled notes pages that
//! kitapsha adds to make a multiple of four are not counted.

use typst::foundations::{Element, Selector, Value};
use typst::introspection::Introspector;
use typst::layout::{Frame, FrameItem, Transform};
use typst::model::HeadingElem;
use typst_layout::PagedDocument;

use crate::campaign::{Bilingual, Campaign, Format};
use crate::diag::{Diagnostic, Diagnostics};
use crate::lang::Lang;
use crate::messages::Message;
use crate::msg;
use crate::typeset::booklet::TypesetBooklet;
use crate::typeset::compile::{Mark, MarkKind};

/// A section's heading, where it fell.
#[derive(Debug, Clone, Copy)]
struct Heading {
    number: usize,
    lang: Option<Lang>,
    page: usize,
    /// The top of the heading on its page, in points, when it could be found.
    top: Option<f64>,
}

/// `pages = N`: every language (or, when they share the pages, the booklet) must fit in N
/// pages, covers included. The error stands at the first section that does not fit.
pub fn check(campaign: &Campaign, typeset: &TypesetBooklet, diagnostics: &mut Diagnostics) {
    if campaign.format == Format::A4Trifold {
        return check_leaflet(campaign, typeset, diagnostics);
    }
    let Some(limit) = campaign.pages else { return };
    let limit = limit as usize;
    let headings = headings(typeset);
    let document = &typeset.document;
    if campaign.bilingual == Bilingual::Flip {
        for (lang, start, end) in typeset.layout.halves() {
            let used = end + 1 - start;
            if used <= limit {
                continue;
            }
            let own: Vec<Heading> = headings.iter().copied().filter(|h| h.lang == Some(lang)).collect();
            let number = first_not_fitting(&own, start + limit - 1, document).unwrap_or_else(|| last_section(campaign));
            let message = msg!("fit-half-too-long", section = number, lang = lang, used = used, limit = limit);
            push(campaign, number, message, msg!("fit-half-too-long-hint", section = number, used = used), diagnostics);
        }
        return;
    }
    // The languages share the front cover and the back page, which follows the text.
    let pages = document.pages().len();
    let text_end = typeset.layout.marks.iter().filter(|m| m.kind == MarkKind::HalfEnd).map(|m| m.page).max();
    let used = text_end.map_or(pages, |end| (end + 1).min(pages));
    if used <= limit {
        return;
    }
    let first = first_not_fitting_heading(&headings, limit.saturating_sub(1), document);
    let number = first.map_or_else(|| last_section(campaign), |h| h.number);
    // In a sequential booklet each language has its part; side by side, a section is in both.
    let lang = match first.and_then(|h| h.lang) {
        Some(lang) if campaign.bilingual == Bilingual::Sequential && campaign.languages.len() > 1 => lang.code(),
        _ => "none",
    };
    let message = msg!("fit-booklet-too-long", section = number, lang = lang, used = used, limit = limit);
    push(campaign, number, message, msg!("fit-booklet-too-long-hint", section = number, used = used), diagnostics);
}

fn push(campaign: &Campaign, number: usize, message: Message, hint: Message, diagnostics: &mut Diagnostics) {
    let span = campaign.sections().find(|s| s.number == number).map_or(0..0, |s| s.span.clone());
    diagnostics.push(Diagnostic::error(&campaign.source, span, message).with_hint(hint));
}

/// The last section: where a text that runs past its pages is cut off when no mark tells more
/// (a checked campaign has sections).
fn last_section(campaign: &Campaign) -> usize {
    campaign.sections().last().map_or(1, |s| s.number)
}

fn first_not_fitting(headings: &[Heading], last_allowed: usize, document: &PagedDocument) -> Option<usize> {
    first_not_fitting_heading(headings, last_allowed, document).map(|h| h.number)
}

/// The section whose text first runs past page `last_allowed`: the one whose heading falls
/// past it, unless the section before it (whose heading is within) runs on past the page
/// too; and when every heading is within, the last section, whose text runs on.
fn first_not_fitting_heading(headings: &[Heading], last_allowed: usize, document: &PagedDocument) -> Option<Heading> {
    let Some(beyond) = headings.iter().position(|h| h.page > last_allowed) else {
        return headings.last().copied();
    };
    let heading = headings[beyond];
    let Some(&before) = beyond.checked_sub(1).and_then(|i| headings.get(i)) else { return Some(heading) };
    // The page after the last allowed one starts with the text of the section before, unless
    // this heading stands at its top.
    let runs_on =
        heading.page > last_allowed + 1 || heading.top.is_none_or(|top| printed_above(document, heading.page, top));
    Some(if runs_on { before } else { heading })
}

/// The section headings in document order, each with its number and language from the
/// template's mark inside it, and its top from the heading itself.
fn headings(typeset: &TypesetBooklet) -> Vec<Heading> {
    let marks: Vec<&Mark> = typeset.layout.marks.iter().filter(|m| m.kind == MarkKind::Section).collect();
    let introspector = typeset.document.introspector();
    let level_one: Vec<(usize, f64)> = introspector
        .query(&Selector::Elem(Element::of::<HeadingElem>(), None))
        .iter()
        .filter(|heading| matches!(heading.get_by_name("level"), Ok(Value::Int(1))))
        .filter_map(|heading| heading.location().and_then(|location| introspector.position(location)))
        .map(|position| (position.page.get(), position.point.y.to_pt()))
        .collect();
    // Each section heading holds one mark; anything else and the tops are not known.
    let matched = level_one.len() == marks.len() && level_one.iter().zip(&marks).all(|((page, _), m)| *page == m.page);
    marks
        .iter()
        .enumerate()
        .filter_map(|(index, mark)| {
            Some(Heading {
                number: mark.number?,
                lang: mark.lang,
                page: mark.page,
                top: matched.then(|| level_one[index].1),
            })
        })
        .collect()
}

/// Whether text or a picture is printed above `top` on page `page` (1-based).
fn printed_above(document: &PagedDocument, page: usize, top: f64) -> bool {
    fn above(frame: &Frame, transform: Transform, top: f64) -> bool {
        frame.items().any(|(position, item)| match item {
            FrameItem::Group(group) => {
                let inner =
                    transform.pre_concat(Transform::translate(position.x, position.y)).pre_concat(group.transform);
                above(&group.frame, inner, top)
            }
            FrameItem::Text(_) | FrameItem::Image(..) => position.transform(transform).y.to_pt() < top - 0.5,
            _ => false,
        })
    }
    document.pages().get(page - 1).is_some_and(|p| above(&p.frame, Transform::identity(), top))
}

/// A leaflet's text must end in its inner flap, the first panel of the outside.
fn check_leaflet(campaign: &Campaign, typeset: &TypesetBooklet, diagnostics: &mut Diagnostics) {
    let Some(flap_end) = campaign.format.paper().inner_flap_end_pt() else { return };
    let beyond_flap = |m: &Mark| m.page > 2 || (m.page == 2 && m.x > flap_end);
    let marks = &typeset.layout.marks;
    let text_end = typeset.layout.find(MarkKind::TextEnd, None);
    if typeset.document.pages().len() == 2 && text_end.is_some_and(|m| !beyond_flap(m)) {
        return;
    }
    // The first section, in reading order, that starts past the inner flap.
    let first_beyond = marks.iter().find(|m| m.kind == MarkKind::Section && beyond_flap(m));
    let number = first_beyond.and_then(|m| m.number).unwrap_or_else(|| last_section(campaign));
    let lang = first_beyond.and_then(|m| m.lang).map_or("none", Lang::code);
    push(
        campaign,
        number,
        msg!("fit-leaflet-too-long", section = number, lang = lang),
        msg!("fit-leaflet-too-long-hint"),
        diagnostics,
    );
}
