//! The thumbnail of a booklet's cover, rendered from the booklet itself.

use crate::build;
use crate::campaign::Campaign;
use crate::diag::Diagnostic;
use crate::project::Project;

/// About 110 dpi: sharp at the 45 mm the report prints it, small enough for e-mail.
const PIXELS_PER_POINT: f32 = 1.5;

/// The first page of the campaign's screen booklet as a PNG.
pub fn cover_png(project: &Project, campaign: &Campaign, diagnostics: &mut Vec<Diagnostic>) -> Option<Vec<u8>> {
    let booklet = build::typeset(project, campaign, diagnostics)?;
    let page = booklet.document.pages().first()?;
    let options = typst_render::RenderOptions {
        pixel_per_pt: typst::utils::Scalar::new(f64::from(PIXELS_PER_POINT)),
        render_bleed: false,
    };
    match typst_render::render(page, &options).encode_png() {
        Ok(png) => Some(png),
        Err(error) => {
            diagnostics.push(Diagnostic::file_error(&campaign.source.path, format!("the cover thumbnail could not be made: {error}")));
            None
        }
    }
}
