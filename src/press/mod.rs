//! Print production: the press PDF (bleed, crop marks, boxes, binding order, CMYK through the
//! output profile, PDF/X-4) and the imposed sheets for office duplex printers.

pub mod boxes;
pub mod convert;
pub mod fit;
pub mod impose;
pub mod ink;
pub mod output;
pub mod pdfx;
pub mod preflight;
pub mod sheets;
pub mod summary;

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
