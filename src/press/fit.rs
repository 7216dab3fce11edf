//! Whether the text fits: `pages = N` for booklets, the four text panels for a leaflet. Read
//! from where the template's marks fell, so that the error names the section that overflows.

use crate::campaign::{Bilingual, Campaign, Format};
use crate::diag::Diagnostic;
use crate::press::POINTS_PER_MM;
use crate::typeset::booklet::{self, TypesetBooklet};

/// `pages = N`: every language must fit in N pages, covers and back page included.
pub fn check(campaign: &Campaign, typeset: &TypesetBooklet, diagnostics: &mut Vec<Diagnostic>) {
    if campaign.format == Format::A4Trifold {
        return check_leaflet(campaign, typeset, diagnostics);
    }
    let Some(limit) = campaign.pages else { return };
    let limit = limit as usize;
    let halves = booklet::pages_per_language(&typeset.layout);
    let shared = campaign.bilingual == Bilingual::Parallel;
    let spans: Vec<(String, usize, usize)> = if shared || campaign.languages.len() == 1 {
        vec![("all languages".to_string(), 1, typeset.document.pages().len())]
    } else {
        halves.iter().map(|(lang, start, end)| (lang.clone(), *start, *end)).collect()
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
            .filter(|m| m.kind == "section" && (shared || m.lang.as_deref() == Some(lang.as_str())))
            .find(|m| m.page > last_allowed)
            .and_then(|m| m.number);
        let section = overflowing.and_then(|n| campaign.sections().find(|s| s.number == n));
        let span = section.map_or(0..0, |s| s.span.clone());
        let which = section.map_or(String::new(), |s| format!(": section {} does not fit", s.number));
        let language = crate::lang::Lang::from_code(&lang).map_or(lang.clone(), |l| l.english_name().to_string());
        diagnostics.push(
            Diagnostic::error(
                &campaign.source,
                span,
                format!("the {language} text needs {used} pages but `pages` allows {limit}{which}"),
            )
            .with_hint(format!("shorten the text, remove an image, or raise `pages` to {used}")),
        );
    }
}

/// A leaflet's text must end in its inner flap, the first panel of the outside.
fn check_leaflet(campaign: &Campaign, typeset: &TypesetBooklet, diagnostics: &mut Vec<Diagnostic>) {
    let flap_end = 97.0 * POINTS_PER_MM;
    let beyond_flap = |m: &booklet::Mark| m.page > 2 || (m.page == 2 && m.x > flap_end);
    let marks = &typeset.layout.marks;
    let text_end = marks.iter().find(|m| m.kind == "text-end");
    if typeset.document.pages().len() == 2 && text_end.is_some_and(|m| !beyond_flap(m)) {
        return;
    }
    // The first section, in reading order, that starts past the inner flap.
    let first_beyond = marks.iter().find(|m| m.kind == "section" && beyond_flap(m));
    let section = first_beyond
        .and_then(|m| m.number)
        .or_else(|| campaign.sections().last().map(|s| s.number))
        .and_then(|n| campaign.sections().find(|s| s.number == n));
    let language = first_beyond
        .and_then(|m| m.lang.as_deref())
        .and_then(crate::lang::Lang::from_code)
        .map_or(String::new(), |lang| format!(" ({})", lang.english_name()));
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
