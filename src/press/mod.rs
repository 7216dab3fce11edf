//! Print production: the press PDF (bleed, crop marks, boxes, binding order, CMYK through the
//! output profile, PDF/X-4) and the imposed sheets for office duplex printers.

pub mod boxes;
pub mod colour;
pub mod convert;
pub mod fit;
pub mod impose;
pub mod ink;
pub mod pdfx;
pub mod preflight;

use lopdf::Document;

use crate::press::colour::PressProfile;
use crate::press::convert::InkReport;

use crate::campaign::{Bilingual, Campaign, Format};
use crate::typeset::compile::{Layout, MarkKind};

/// One page of the booklet in binding order: which page of the screen PDF it is, and whether
/// it is printed upside down (the second half of a tête-bêche booklet).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct BoundPage {
    /// 0-based index into the screen PDF's pages.
    pub index: usize,
    pub upside_down: bool,
}

/// The pages in the order they are bound. The screen PDF has reader order; a flip booklet's
/// second half is bound from the back, reversed and upside down, so that its cover is the
/// booklet's back cover.
pub fn binding_order(campaign: &Campaign, layout: &Layout, page_count: usize) -> Vec<BoundPage> {
    let upright = |index| BoundPage { index, upside_down: false };
    if campaign.format == Format::A4Trifold {
        // Typst lays out the inside first; the outside, with the cover, is printed first.
        return (0..page_count).rev().map(upright).collect();
    }
    let second_half_start = (campaign.bilingual == Bilingual::Flip && campaign.languages.len() > 1)
        .then(|| layout.find(MarkKind::HalfStart, Some(campaign.languages[1])).map(|m| m.page - 1))
        .flatten();
    match second_half_start {
        Some(start) => (0..start)
            .map(upright)
            .chain((start..page_count).rev().map(|index| BoundPage { index, upside_down: true }))
            .collect(),
        None => (0..page_count).map(upright).collect(),
    }
}

/// The press PDF from the typeset one: boxes and binding order, every colour CMYK through
/// `profile`, and PDF/X-4 identification. Returns the PDF and what it found about ink.
pub fn press_pdf(typeset: &[u8], order: &[BoundPage], profile: &PressProfile) -> Result<(Vec<u8>, InkReport), String> {
    let mut document = Document::load_mem(typeset).map_err(|e| format!("cannot read the typeset PDF: {e}"))?;
    boxes::finish(&mut document, order)?;
    let report = convert::to_cmyk(&mut document, profile)?;
    pdfx::identify(&mut document, profile)?;
    let mut out = Vec::new();
    document.save_to(&mut out).map_err(|e| format!("cannot write the press PDF: {e}"))?;
    Ok((out, report))
}
