//! The pipeline of one campaign: preflight, typesetting, the checks that need the laid-out
//! pages, and its three PDFs. Which campaigns are built, and where their files go, is the
//! commands' business.

use crate::campaign::{Campaign, Format};
use crate::diag::{Diagnostic, Diagnostics};
use crate::msg;
use crate::press::{self, fit, ink, preflight};
use crate::project::Project;
use crate::typeset::compile::Sources;
use crate::typeset::{self, booklet};
use crate::{parallel, timing};

/// One campaign preflighted (fonts, images), typeset, and checked against its page limit and
/// the resolution its images print at.
pub fn typeset(
    project: &Project,
    campaign: &Campaign,
    diagnostics: &mut Diagnostics,
) -> Option<booklet::TypesetBooklet> {
    let id = &campaign.id;
    timing::phase(&format!("{id}: glyph check"), || preflight::check_glyphs(campaign, diagnostics));
    if !timing::phase(&format!("{id}: image check"), || preflight::check_images(campaign, diagnostics)) {
        return None;
    }
    if !timing::phase(&format!("{id}: picture ink check"), || {
        ink::check_pictures(campaign, &project.print, diagnostics)
    }) {
        return None;
    }
    match timing::phase(&format!("{id}: typeset"), || booklet::typeset(project, campaign, project.creation_date())) {
        Ok(typeset) => {
            fit::check(campaign, &typeset, diagnostics);
            timing::phase(&format!("{id}: resolution check"), || {
                preflight::check_resolution(campaign, &typeset.document, diagnostics);
            });
            Some(typeset)
        }
        Err(problems) => {
            diagnostics.extend(problems);
            None
        }
    }
}

/// The three PDFs of one campaign.
pub struct BookletPdfs {
    /// Reader order, trim size: for screens and for sending around.
    pub screen: Vec<u8>,
    /// Binding order, bleed and crop marks, TrimBox and BleedBox, CMYK, PDF/X-4: for the print shop.
    pub press: Vec<u8>,
    /// What the press PDF's conversion to CMYK found about ink.
    pub ink: press::convert::InkReport,
    /// A4 sheets, two pages a side, for duplex printing in the office.
    pub sheets: Vec<u8>,
    /// The sheets as a Typst project, for `--emit-typst` (none for a leaflet, whose sheets are its
    /// screen PDF).
    pub sheets_sources: Option<Sources>,
}

/// A campaign typeset, and its PDFs.
pub struct Built {
    pub booklet: booklet::TypesetBooklet,
    pub pdfs: BookletPdfs,
}

/// Typesets and checks one campaign and makes its PDFs; `None` after diagnostics.
pub fn booklet_pdfs(project: &Project, campaign: &Campaign, diagnostics: &mut Diagnostics) -> Option<Built> {
    let start = diagnostics.checkpoint();
    let booklet = typeset(project, campaign, diagnostics)?;
    if diagnostics.failed_since(start) {
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
    diagnostics: &mut Diagnostics,
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
    let today = project.creation_date();
    let shown = &campaign.source.path;
    let failed = |what: &'static str| {
        move |detail: String| vec![Diagnostic::file_error(shown, msg!("pdf-cannot-make", what = what, detail = detail))]
    };
    let id = &campaign.id;
    let order = press::binding_order(campaign, &booklet.layout, booklet.document.pages().len());
    let leaflet = campaign.format == Format::A4Trifold;
    // One typesetting, one export: tagged and checked against PDF/UA-1 for screen readers. The
    // screen and press PDFs differ in their page boxes; the press PDF's colours, metadata and
    // output intent are made again for PDF/X-4, which claims nothing of PDF/UA.
    let typeset_pdf =
        timing::phase(&format!("{id}: PDF (tagged, PDF/UA-1)"), || typeset::screen_pdf(&booklet.document, today, id))
            .map_err(failed("screen"))?;
    let screen_pdf = timing::phase(&format!("{id}: screen boxes"), || {
        press::boxes::screen(&typeset_pdf, leaflet.then_some(order.as_slice()))
    })
    .map_err(failed("screen"))?;
    let (press_pdf, ink) = press_pdf(project, campaign, &typeset_pdf, &order)?;

    let (sheets_pdf, sheets_sources) = if leaflet {
        // A leaflet's sheet is its page: both sides, outside first, as on screen.
        (screen_pdf.clone(), None)
    } else {
        let sides = press::impose::sheet_sides(&order, campaign.creep_mm);
        let title = format!("{} (sheets)", campaign.cover.text.values().next().map_or("", |t| t.title.as_str()));
        let paper = campaign.format.paper();
        let pdf = timing::phase(&format!("{id}: sheets PDF"), || {
            press::sheets::sheets_pdf(&screen_pdf, &paper, &sides, &title)
        })
        .map_err(failed("sheets"))?;
        (pdf, Some(press::impose::sheets_sources(&screen_pdf, &paper, &sides, &title)))
    };
    Ok(BookletPdfs { screen: screen_pdf, press: press_pdf, ink, sheets: sheets_pdf, sheets_sources })
}

/// The press PDF of a typeset booklet: boxes and binding order, CMYK through the project's
/// output profile, PDF/X-4. Every picture whose darkest part prints over the ink limit is an
/// error naming it.
fn press_pdf(
    project: &Project,
    campaign: &Campaign,
    typeset_pdf: &[u8],
    order: &[press::BoundPage],
) -> Result<(Vec<u8>, press::convert::InkReport), Vec<Diagnostic>> {
    let id = &campaign.id;
    let (pdf, ink) = timing::phase(&format!("{id}: press PDF (CMYK, PDF/X-4)"), || {
        press::output::press_pdf(typeset_pdf, order, &project.print.profile())
    })
    .map_err(|message| {
        vec![
            Diagnostic::file_error(&campaign.source.path, msg!("pdf-cannot-make", what = "press", detail = message))
                .with_hint(msg!("pdf-press-cannot-make-hint")),
        ]
    })?;
    let limit = project.print.ink_limit;
    if ink.max_ink > limit + 0.5 {
        return Err(vec![
            Diagnostic::file_error(
                &campaign.source.path,
                msg!("pdf-ink-over-limit", ink = ink.max_ink.round(), limit = limit.round()),
            )
            .with_hint(msg!("pdf-ink-over-limit-hint")),
        ]);
    }
    Ok((pdf, ink))
}

/// A campaign typeset and its press PDF made, for `check`: the PDF's highest total ink, or
/// `None` after errors. Nothing is written.
pub fn press_ink(project: &Project, campaign: &Campaign, diagnostics: &mut Diagnostics) -> Option<f32> {
    let start = diagnostics.checkpoint();
    let booklet = typeset(project, campaign, diagnostics)?;
    if diagnostics.failed_since(start) {
        return None;
    }
    let order = press::binding_order(campaign, &booklet.layout, booklet.document.pages().len());
    let typeset_pdf = match typeset::screen_pdf(&booklet.document, project.creation_date(), &campaign.id) {
        Ok(pdf) => pdf,
        Err(message) => {
            diagnostics.push(Diagnostic::file_error(
                &campaign.source.path,
                msg!("pdf-cannot-make", what = "screen", detail = message),
            ));
            return None;
        }
    };
    match press_pdf(project, campaign, &typeset_pdf, &order) {
        Ok((_, ink)) => Some(ink.max_ink),
        Err(problems) => {
            diagnostics.extend(problems);
            None
        }
    }
}

/// The PDF that goes to press for `campaign`; the print-run ledger fingerprints it to tell
/// which version of the text was printed.
pub fn press_pdf_bytes(project: &Project, campaign: &Campaign, diagnostics: &mut Diagnostics) -> Option<Vec<u8>> {
    booklet_pdfs(project, campaign, diagnostics).map(|built| built.pdfs.press)
}
