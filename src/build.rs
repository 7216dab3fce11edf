//! The pipeline of one campaign: preflight, typesetting, the checks that need the laid-out
//! pages, and its three PDFs. Which campaigns are built, and where their files go, is the
//! commands' business.

use crate::campaign::{Bilingual, Campaign, Edition, Format};
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
    let id = &campaign.file_name();
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
}

/// One booklet of `campaign` as it is (an edition is a campaign its edition has changed)
/// typeset, checked, and made into PDFs.
fn one_booklet(
    project: &Project,
    campaign: &Campaign,
    diagnostics: &mut Diagnostics,
) -> Option<(booklet::TypesetBooklet, BookletPdfs)> {
    let start = diagnostics.checkpoint();
    let booklet = typeset(project, campaign, diagnostics)?;
    if diagnostics.failed_since(start) {
        return None;
    }
    match make_pdfs(project, campaign, &booklet) {
        Ok(pdfs) => Some((booklet, pdfs)),
        Err(problems) => {
            diagnostics.extend(problems);
            None
        }
    }
}

/// A large-print booklet on A5 takes at most this many pages, covers and notes pages included:
/// twelve sheets, saddle-stitched, still open flat. A longer one is set on A4, whose pages hold
/// about twice the text at the same type size.
pub const LARGE_PRINT_A5_MOST_PAGES: usize = 48;

/// The campaign as `edition` prints it, and that edition's booklet.
pub fn edition_booklet(
    project: &Project,
    campaign: &Campaign,
    edition: Edition,
    diagnostics: &mut Diagnostics,
) -> Option<(booklet::TypesetBooklet, BookletPdfs)> {
    let edition_campaign = edition_campaign(project, campaign, edition);
    one_booklet(project, &edition_campaign, diagnostics)
}

/// The campaign as `edition` prints it: the same text, in the edition's format.
///
/// Large print: A5 when the booklet fits [`LARGE_PRINT_A5_MOST_PAGES`], A4 otherwise (at most
/// two trial typesettings, and never a loop). A trifold leaflet becomes a booklet (six
/// panels cannot hold 16-point text), and languages side by side come one after the other (two
/// columns of 16-point text on A5 hold three words a line). The campaign's `pages` limit is
/// for the standard booklet: the large-print pages grow as the text needs.
///
/// Latin: the Kazakh texts in the Latin alphabet, with the campaign's own `kk-latn` spellings;
/// the format, pages and the Russian stay as they are.
pub fn edition_campaign(project: &Project, campaign: &Campaign, edition: Edition) -> Campaign {
    let mut edition_campaign = campaign.clone();
    edition_campaign.edition = Some(edition);
    edition_campaign.editions = Vec::new();
    match edition {
        Edition::LargePrint => {
            if matches!(campaign.format, Format::A4Trifold) || campaign.bilingual == Bilingual::Parallel {
                edition_campaign.bilingual = Bilingual::Sequential;
            }
            edition_campaign.pages = None;
            edition_campaign.format = large_print_format(project, &edition_campaign);
        }
        Edition::Latin => {
            edition_campaign = crate::campaign::latin::latin_campaign(&edition_campaign);
        }
    }
    edition_campaign
}

/// A4 pages hold at least twice what A5 pages hold at the same type size (twice the text
/// area; headings and pictures take as much room on either), so a large-print booklet this long
/// on A4 would take more than [`LARGE_PRINT_A5_MOST_PAGES`] on A5.
const LARGE_PRINT_A4_SURELY_TOO_LONG_FOR_A5: usize = LARGE_PRINT_A5_MOST_PAGES / 2;

/// A5 or A4 for a large-print booklet. Set on A4 first: a long booklet is then decided without
/// typesetting it on A5 as well, and the page size chosen is typeset again from Typst's cache.
fn large_print_format(project: &Project, campaign: &Campaign) -> Format {
    let pages_on = |format: Format| {
        let on = Campaign { format, ..campaign.clone() };
        booklet::typeset(project, &on, project.creation_date()).map_or(0, |booklet| booklet.document.pages().len())
    };
    if pages_on(Format::A4) > LARGE_PRINT_A4_SURELY_TOO_LONG_FOR_A5 {
        return Format::A4;
    }
    if pages_on(Format::A5) > LARGE_PRINT_A5_MOST_PAGES { Format::A4 } else { Format::A5 }
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

pub fn make_pdfs(
    project: &Project,
    campaign: &Campaign,
    booklet: &booklet::TypesetBooklet,
) -> Result<BookletPdfs, Vec<Diagnostic>> {
    let today = project.creation_date();
    let shown = &campaign.source.path;
    let failed = |what: &'static str| {
        move |detail: String| vec![Diagnostic::file_error(shown, msg!("pdf-cannot-make", what = what, detail = detail))]
    };
    // The name of the booklet's files, `raiymbek` or `raiymbek-large`: the PDF's identifier.
    let id = &campaign.file_name();
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

    let sheets_pdf = match office_sheets(campaign, &order) {
        Some(sheets) => timing::phase(&format!("{id}: sheets PDF"), || {
            press::sheets::sheets_pdf(&screen_pdf, &sheets.paper, &sheets.sides, &sheets.title)
        })
        .map_err(failed("sheets"))?,
        // A leaflet's sheet is its page: both sides, outside first, as on screen.
        None => screen_pdf.clone(),
    };
    Ok(BookletPdfs { screen: screen_pdf, press: press_pdf, ink, sheets: sheets_pdf })
}

/// How a booklet's pages go on the office's sheets.
struct OfficeSheets {
    sides: Vec<press::impose::Side>,
    paper: crate::geometry::Paper,
    title: String,
}

/// The office sheets of a booklet whose pages go to press in `order`; `None` for a leaflet,
/// whose sheet is its page.
fn office_sheets(campaign: &Campaign, order: &[press::BoundPage]) -> Option<OfficeSheets> {
    (campaign.format != Format::A4Trifold).then(|| OfficeSheets {
        sides: press::impose::sheet_sides(order, campaign.creep_mm),
        paper: campaign.format.paper(),
        title: format!("{} (sheets)", campaign.cover.text.values().next().map_or("", |t| t.title.as_str())),
    })
}

/// The office sheets of a booklet as a Typst project that places the pages of `screen_pdf`,
/// for `--emit-typst`; made only when asked for, since the build imposes with lopdf.
pub fn sheets_sources(campaign: &Campaign, booklet: &booklet::TypesetBooklet, screen_pdf: &[u8]) -> Option<Sources> {
    let order = press::binding_order(campaign, &booklet.layout, booklet.document.pages().len());
    let sheets = office_sheets(campaign, &order)?;
    Some(press::impose::sheets_sources(screen_pdf, &sheets.paper, &sheets.sides, &sheets.title))
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
    let id = campaign.file_name();
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

/// [`press_ink`] of the campaign and of each of its editions, named by their files' names
/// (`raiymbek`, `raiymbek-large`); a problem an edition shares with the standard booklet is
/// reported once.
pub fn press_inks(project: &Project, campaign: &Campaign, diagnostics: &mut Diagnostics) -> Vec<(String, f32)> {
    let mut standard_found = Diagnostics::new();
    let mut inks: Vec<(String, f32)> =
        press_ink(project, campaign, &mut standard_found).map(|ink| (campaign.id.clone(), ink)).into_iter().collect();
    let mut edition_found = Vec::new();
    for &edition in &campaign.editions {
        let mut found = Diagnostics::new();
        let ink = press_ink(project, &edition_campaign(project, campaign, edition), &mut found);
        edition_found.extend(found.iter().filter(|d| !standard_found.iter().any(|s| s == *d)).cloned());
        inks.extend(ink.map(|ink| (format!("{}{}", campaign.id, edition.suffix()), ink)));
    }
    diagnostics.extend(standard_found);
    diagnostics.extend(edition_found);
    inks
}

/// The PDF that goes to press for `campaign`, or for one of its editions; the print-run
/// ledger fingerprints it to tell which version of the text was printed.
pub fn press_pdf_bytes(
    project: &Project,
    campaign: &Campaign,
    edition: Option<Edition>,
    diagnostics: &mut Diagnostics,
) -> Option<Vec<u8>> {
    let edition_campaign = edition.map(|edition| edition_campaign(project, campaign, edition));
    one_booklet(project, edition_campaign.as_ref().unwrap_or(campaign), diagnostics).map(|(_, pdfs)| pdfs.press)
}
