//! The thumbnail of a booklet's cover, rendered from the booklet itself.

use crate::campaign::{Bilingual, Campaign};
use crate::lang::Lang;
use crate::diag::Diagnostic;
use crate::typeset::booklet::TypesetBooklet;

/// About 110 dpi: sharp at the 45 mm the report prints it, small enough for e-mail.
const PIXELS_PER_POINT: f32 = 1.5;

/// The cover of the campaign's screen booklet as a PNG: the cover in `lang` when the booklet
/// has one (a flip booklet has a cover per language), else its first page.
pub fn cover_png(campaign: &Campaign, booklet: &TypesetBooklet, lang: Lang, diagnostics: &mut Vec<Diagnostic>) -> Option<Vec<u8>> {
    let cover = booklet
        .layout
        .marks
        .iter()
        .find(|m| m.kind == "half-start" && m.lang.as_deref() == Some(lang.code()) && campaign.bilingual == Bilingual::Flip)
        .map_or(0, |m| m.page - 1);
    let page = booklet.document.pages().get(cover)?;
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
