//! Orchestration of `kitapsha check` and `kitapsha build`: which campaigns, in which order, and
//! where their PDFs are written.

use std::path::{Path, PathBuf};

use crate::campaign::{self, Campaign, Format};
use crate::date::Date;
use crate::diag::{Diagnostic, display_path};
use crate::fsutil;
use crate::press::{self, fit, preflight};
use crate::project::{BOOKLETS_DIR, Project};
use crate::typeset::compile::Sources;
use crate::typeset::{self, booklet};
use crate::{parallel, timing};

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
        let dir = match project.campaign_dir(&id) {
            Ok(dir) => dir,
            Err(diagnostic) => {
                diagnostics.push(diagnostic);
                continue;
            }
        };
        let shown = Path::new(BOOKLETS_DIR).join(&id);
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

/// One campaign preflighted (fonts, images), typeset, and checked against its page limit and
/// the resolution its images print at.
pub fn typeset(
    project: &Project,
    campaign: &Campaign,
    diagnostics: &mut Vec<Diagnostic>,
) -> Option<booklet::TypesetBooklet> {
    let id = &campaign.id;
    timing::phase(&format!("{id}: glyph check"), || preflight::check_glyphs(campaign, diagnostics));
    if !timing::phase(&format!("{id}: image check"), || preflight::check_images(campaign, diagnostics)) {
        return None;
    }
    match timing::phase(&format!("{id}: typeset"), || booklet::typeset(project, campaign, creation_date(project))) {
        Ok(typeset) => {
            fit::check(campaign, &typeset, diagnostics);
            timing::phase(&format!("{id}: resolution check"), || {
                preflight::check_resolution(campaign, &typeset.document, diagnostics)
            });
            Some(typeset)
        }
        Err(problems) => {
            // Typst names the template line, not the picture: find the picture ourselves.
            let undecodable = problems.iter().any(|p| p.message.contains("decode image"));
            let named = if undecodable { preflight::find_undecodable(campaign) } else { Vec::new() };
            diagnostics.extend(if named.is_empty() { problems } else { named });
            None
        }
    }
}

/// The three PDFs of one campaign.
pub struct BookletPdfs {
    /// Reader order, trim size: for screens and for sending around.
    pub screen: Vec<u8>,
    /// Binding order, bleed and crop marks, TrimBox and BleedBox: for the print shop.
    pub press: Vec<u8>,
    /// A4 sheets, two pages a side, for duplex printing in the office.
    pub sheets: Vec<u8>,
    /// What the sheets were compiled from (a leaflet's sheets are its screen PDF).
    pub sheets_sources: Option<Sources>,
}

/// A campaign typeset, and its PDFs.
pub struct Built {
    pub booklet: booklet::TypesetBooklet,
    pub pdfs: BookletPdfs,
}

/// Typesets and checks one campaign and makes its PDFs; `None` after diagnostics.
pub fn booklet_pdfs(project: &Project, campaign: &Campaign, diagnostics: &mut Vec<Diagnostic>) -> Option<Built> {
    let errors_before = diagnostics.iter().filter(|d| d.is_error()).count();
    let booklet = typeset(project, campaign, diagnostics)?;
    if diagnostics.iter().filter(|d| d.is_error()).count() > errors_before {
        return None;
    }
    match make_pdfs(project, campaign, &booklet) {
        Ok(pdfs) => Some(Built { booklet, pdfs }),
        Err(problems) => {
            diagnostics.extend(problems);
            None
        }
    }
}

/// Every campaign typeset and checked, on all cores, and what `keep` takes from each typeset
/// booklet; `None` in the place of a campaign with errors.
pub fn typeset_all<T: Send>(
    project: &Project,
    campaigns: &[Campaign],
    keep: impl Fn(&Campaign, &booklet::TypesetBooklet) -> T + Sync,
    diagnostics: &mut Vec<Diagnostic>,
) -> Vec<Option<T>> {
    parallel::map_reporting(campaigns, diagnostics, |campaign, found| {
        let booklet = typeset(project, campaign, found);
        let ok = !found.iter().any(Diagnostic::is_error);
        booklet.filter(|_| ok).map(|booklet| keep(campaign, &booklet))
    })
}

fn make_pdfs(
    project: &Project,
    campaign: &Campaign,
    booklet: &booklet::TypesetBooklet,
) -> Result<BookletPdfs, Vec<Diagnostic>> {
    let today = creation_date(project);
    let shown = &campaign.source.path;
    let failed = |what: &'static str| {
        move |message: String| {
            vec![Diagnostic::file_error(shown, format!("the {what} could not be written: {message}"))]
        }
    };
    let id = &campaign.id;
    let order = press::binding_order(campaign, &booklet.layout, booklet.document.pages().len());
    let leaflet = campaign.format == Format::A4Trifold;
    // One typesetting, one export: the screen and press PDFs differ only in their page boxes.
    let typeset_pdf =
        timing::phase(&format!("{id}: PDF"), || typeset::pdf(&booklet.document, today, id)).map_err(failed("PDF"))?;
    let screen_pdf = timing::phase(&format!("{id}: screen boxes"), || {
        press::boxes::screen(&typeset_pdf, leaflet.then_some(order.as_slice()))
    })
    .map_err(failed("PDF"))?;
    let press_pdf = timing::phase(&format!("{id}: press boxes"), || press::boxes::finish(&typeset_pdf, &order))
        .map_err(failed("press PDF"))?;

    let (sheets_pdf, sheets_sources) = if leaflet {
        // A leaflet's sheet is its page: both sides, outside first, as on screen.
        (screen_pdf.clone(), None)
    } else {
        let sides = press::impose::sheet_sides(&order, campaign.creep_mm);
        let title = format!("{} (sheets)", campaign.cover.text.values().next().map_or("", |t| t.title.as_str()));
        let (document, sources) = timing::phase(&format!("{id}: sheets typeset"), || {
            press::impose::sheets_document(&screen_pdf, trim_mm(campaign), &sides, &title, today, shown)
        })?;
        let pdf =
            timing::phase(&format!("{id}: sheets PDF"), || typeset::pdf(&document, today, &format!("{id}-sheets")))
                .map_err(failed("sheets PDF"))?;
        (pdf, Some(sources))
    };
    Ok(BookletPdfs { screen: screen_pdf, press: press_pdf, sheets: sheets_pdf, sheets_sources })
}

/// The trim size of a campaign's pages in millimetres.
pub fn trim_mm(campaign: &Campaign) -> (f64, f64) {
    match campaign.format {
        Format::A6 => (105.0, 148.0),
        Format::A5 => (148.0, 210.0),
        Format::A4Trifold => (297.0, 210.0),
    }
}

/// How many campaigns later an unused cached Typst result is dropped: memory stays flat with
/// the number of campaigns (bench/compare.py --synthetic), and neighbours still share layouts.
const CACHE_GENERATIONS: usize = 12;

/// Builds the booklets of `campaigns` into `out/<id>/`, on all cores. Returns the files written
/// and, in the order of `campaigns`, what `keep` takes from each typeset booklet (the reports'
/// thumbnails): the booklet itself is dropped once its PDFs are written, so that memory does
/// not grow with the number of campaigns.
pub fn build<T: Send>(
    project: &Project,
    campaigns: &[Campaign],
    out: &Path,
    emit_typst: Option<&Path>,
    keep: impl Fn(&Campaign, &booklet::TypesetBooklet) -> T + Sync,
    diagnostics: &mut Vec<Diagnostic>,
) -> (Vec<PathBuf>, Vec<Option<T>>) {
    let results = parallel::map_reporting(campaigns, diagnostics, |campaign, found| {
        let mut written = Vec::new();
        let built = booklet_pdfs(project, campaign, found);
        if let (Some(built), Some(dir)) = (&built, emit_typst) {
            let id = &campaign.id;
            let mut emitted = vec![(dir.join(id), &built.booklet.sources)];
            emitted.extend(built.pdfs.sheets_sources.as_ref().map(|s| (dir.join(format!("{id}-sheets")), s)));
            for (folder, sources) in emitted {
                match sources.write_to(&folder) {
                    Ok(()) => written.push(folder),
                    Err(error) => found.push(Diagnostic::file_error(
                        display_path(&project.root, &folder),
                        format!("cannot write the Typst sources: {error}"),
                    )),
                }
            }
        }
        if let Some(built) = &built {
            let folder = out.join(&campaign.id);
            let pdfs = &built.pdfs;
            for (suffix, bytes) in [("", &pdfs.screen), ("-press", &pdfs.press), ("-sheets", &pdfs.sheets)] {
                let path = folder.join(format!("{}{suffix}.pdf", campaign.id));
                match fsutil::write_atomically(&path, bytes) {
                    Ok(()) => written.push(path),
                    Err(error) => found.push(Diagnostic::file_error(
                        display_path(&project.root, &path),
                        format!("cannot write the file: {error}"),
                    )),
                }
            }
        }
        let kept = built.map(|b| keep(campaign, &b.booklet));
        // Typst's cache would otherwise keep every campaign's layout to the end of the run.
        // What the campaigns share (fonts, the templates) is hit again and again and stays.
        typst::comemo::evict(CACHE_GENERATIONS);
        (written, kept)
    });
    let (written, kept): (Vec<Vec<PathBuf>>, Vec<Option<T>>) = results.into_iter().unzip();
    (written.into_iter().flatten().collect(), kept)
}

/// The PDF that goes to press for `campaign`; the print-run ledger fingerprints it to tell
/// which version of the text was printed.
pub fn press_pdf_bytes(project: &Project, campaign: &Campaign, diagnostics: &mut Vec<Diagnostic>) -> Option<Vec<u8>> {
    booklet_pdfs(project, campaign, diagnostics).map(|built| built.pdfs.press)
}

/// [`press_pdf_bytes`] of the campaign with this id, loaded and checked first.
pub fn press_pdf_of(project: &Project, id: &str, diagnostics: &mut Vec<Diagnostic>) -> Option<Vec<u8>> {
    let campaign = load_campaigns(project, &[id.to_string()], diagnostics).pop()?;
    press_pdf_bytes(project, &campaign, diagnostics)
}
