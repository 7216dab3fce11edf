//! Orchestration of `kitapsha check` and `kitapsha build`: which campaigns, in which order, and
//! where their PDFs are written.

use std::path::{Path, PathBuf};

use crate::campaign::{self, Bilingual, Campaign};
use crate::date::Date;
use crate::diag::{Diagnostic, display_path};
use crate::fsutil;
use crate::project::Project;
use crate::typeset::{self, booklet};

/// Loads and validates the named campaigns (all when none are named).
pub fn load_campaigns(project: &Project, named: &[String], diagnostics: &mut Vec<Diagnostic>) -> Vec<Campaign> {
    let ids = match project.select_campaigns(named) {
        Ok(ids) => ids,
        Err(diagnostic) => {
            diagnostics.push(diagnostic);
            return Vec::new();
        }
    };
    let mut campaigns = Vec::new();
    for id in ids {
        let dir = project.booklets_dir().join(&id);
        let shown = display_path(&project.root, &dir);
        if let Some(campaign) = campaign::load(&id, &dir, &shown, diagnostics) {
            campaigns.push(campaign);
        }
    }
    campaigns
}

/// The date written into PDFs: `SOURCE_DATE_EPOCH` when set, otherwise the end of the
/// programme, so that the same files always give the same bytes.
pub fn creation_date(project: &Project) -> Date {
    match std::env::var("SOURCE_DATE_EPOCH") {
        Ok(_) => Date::today(),
        Err(_) => project.programme.to,
    }
}

/// One campaign typeset, and checked against its page limit.
pub fn typeset(project: &Project, campaign: &Campaign, diagnostics: &mut Vec<Diagnostic>) -> Option<booklet::TypesetBooklet> {
    match booklet::typeset(project, campaign, creation_date(project)) {
        Ok(typeset) => {
            check_fit(campaign, &typeset, diagnostics);
            Some(typeset)
        }
        Err(problems) => {
            diagnostics.extend(problems);
            None
        }
    }
}

/// `pages = N`: every language must fit in N pages, covers and back page included.
fn check_fit(campaign: &Campaign, typeset: &booklet::TypesetBooklet, diagnostics: &mut Vec<Diagnostic>) {
    let Some(limit) = campaign.pages else { return };
    let limit = limit as usize;
    let halves = booklet::pages_per_language(&typeset.layout);
    let shared = campaign.bilingual == Bilingual::Parallel;
    let spans: Vec<(String, usize, usize)> = if shared || campaign.languages.len() == 1 {
        vec![("all languages".to_string(), 1, typeset.document.pages().len())]
    } else {
        halves
            .iter()
            .map(|(lang, start, end)| (lang.clone(), *start, *end))
            .collect()
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
            .with_hint(format!("shorten the text, remove an image, or raise `pages` to {}", used.div_ceil(4) * 4)),
        );
    }
}

/// Builds the booklets of `campaigns` into `out/<id>/`. Returns the files written.
pub fn build(project: &Project, campaigns: &[Campaign], out: &Path, diagnostics: &mut Vec<Diagnostic>) -> Vec<PathBuf> {
    let mut written = Vec::new();
    for campaign in campaigns {
        let errors_before = diagnostics.iter().filter(|d| d.is_error()).count();
        let Some(typeset) = typeset(project, campaign, diagnostics) else { continue };
        if diagnostics.iter().filter(|d| d.is_error()).count() > errors_before {
            continue;
        }
        let path = out.join(&campaign.id).join(format!("{}.pdf", campaign.id));
        let shown = display_path(&project.root, &path);
        let result = typeset::pdf(&typeset.document, creation_date(project), &campaign.id)
            .map_err(|message| format!("the PDF could not be written: {message}"))
            .and_then(|bytes| {
                fsutil::write_atomically(&path, &bytes).map_err(|error| format!("cannot write the file: {error}"))
            });
        match result {
            Ok(()) => written.push(path),
            Err(message) => diagnostics.push(Diagnostic::file_error(shown, message)),
        }
    }
    written
}

/// The PDF that goes to press for `campaign`; the print-run ledger fingerprints it to tell
/// which version of the text was printed. For now the screen PDF.
pub fn press_pdf_bytes(project: &Project, campaign: &Campaign, diagnostics: &mut Vec<Diagnostic>) -> Option<Vec<u8>> {
    let errors_before = diagnostics.iter().filter(|d| d.is_error()).count();
    let typeset = typeset(project, campaign, diagnostics)?;
    if diagnostics.iter().filter(|d| d.is_error()).count() > errors_before {
        return None;
    }
    match typeset::pdf(&typeset.document, creation_date(project), &campaign.id) {
        Ok(bytes) => Some(bytes),
        Err(message) => {
            diagnostics.push(Diagnostic::file_error(&campaign.source.path, format!("the PDF could not be made: {message}")));
            None
        }
    }
}

/// [`press_pdf_bytes`] of the campaign with this id, loaded and checked first.
pub fn press_pdf_of(project: &Project, id: &str, diagnostics: &mut Vec<Diagnostic>) -> Option<Vec<u8>> {
    let campaign = load_campaigns(project, &[id.to_string()], diagnostics).pop()?;
    press_pdf_bytes(project, &campaign, diagnostics)
}
