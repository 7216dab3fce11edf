//! Whether the text fits: `pages = N` for booklets, the four text panels for a leaflet. Read
//! from where the template's marks fell, so that the error names the section that overflows.

use crate::campaign::{Bilingual, Campaign, Format};
use crate::diag::{Diagnostic, Diagnostics};
use crate::lang::Lang;
use crate::typeset::booklet::TypesetBooklet;
use crate::typeset::compile::{Mark, MarkKind};

/// `pages = N`: every language must fit in N pages, covers and back page included.
pub fn check(campaign: &Campaign, typeset: &TypesetBooklet, diagnostics: &mut Diagnostics) {
    if campaign.format == Format::A4Trifold {
        return check_leaflet(campaign, typeset, diagnostics);
    }
    let Some(limit) = campaign.pages else { return };
    let limit = limit as usize;
    let shared = campaign.bilingual == Bilingual::Parallel;
    // `None`: the languages share the pages.
    let spans: Vec<(Option<Lang>, usize, usize)> = if shared || campaign.languages.len() == 1 {
        vec![(None, 1, typeset.document.pages().len())]
    } else {
        typeset.layout.halves().into_iter().map(|(lang, start, end)| (Some(lang), start, end)).collect()
    };
    for (lang, start, end) in spans {
        let used = end + 1 - start;
        if used <= limit {
            continue;
        }
        let last_allowed = start + limit - 1;
        let overflowing = typeset
            .layout
            .marks
            .iter()
            .filter(|m| m.kind == MarkKind::Section && (lang.is_none() || m.lang == lang))
            .find(|m| m.page > last_allowed)
            .and_then(|m| m.number);
        let section = overflowing.and_then(|n| campaign.sections().find(|s| s.number == n));
        let span = section.map_or(0..0, |s| s.span.clone());
        let which = section.map_or(String::new(), |s| format!(": section {} does not fit", s.number));
        let text = lang.map_or("the text".to_string(), |l| format!("the {} text", l.english_name()));
        diagnostics.push(
            Diagnostic::error(
                &campaign.source,
                span,
                format!("{text} needs {used} pages but `pages` allows {limit}{which}"),
            )
            .with_hint(format!("shorten the text, remove an image, or raise `pages` to {used}")),
        );
    }
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
    let section = first_beyond
        .and_then(|m| m.number)
        .or_else(|| campaign.sections().last().map(|s| s.number))
        .and_then(|n| campaign.sections().find(|s| s.number == n));
    let language =
        first_beyond.and_then(|m| m.lang).map_or(String::new(), |lang| format!(" ({})", lang.english_name()));
    let span = section.map_or(0..0, |s| s.span.clone());
    let which = section.map_or(String::new(), |s| format!(": section {}{language} does not fit", s.number));
    diagnostics.push(
        Diagnostic::error(
            &campaign.source,
            span,
            format!("the text is longer than the four text panels of a trifold leaflet{which}"),
        )
        .with_hint("shorten the text or remove an image, or make it an a5 booklet with format = \"a5\""),
    );
}
