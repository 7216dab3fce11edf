//! Thumbnails of the booklets' covers, rendered from the typeset booklets themselves, once per
//! cover page for all the reports.

use std::collections::BTreeMap;

use typst::foundations::Bytes;

use crate::campaign::{Bilingual, Campaign};
use crate::lang::Lang;
use crate::typeset::booklet::TypesetBooklet;
use crate::typeset::compile::MarkKind;
use crate::typeset::raster;

/// The report prints a cover 46 mm wide: 560 pixels are 309 ppi there, print resolution (which
/// `.ci/check_pdfs.py` asks of every image), and no more, whatever the booklet's page size.
const WIDTH_PIXELS: f64 = 560.0;
const JPEG_QUALITY: u8 = 88;

/// The page that is the cover in `lang`: a flip booklet has a cover per language, the others
/// one cover for all.
fn cover_page(campaign: &Campaign, booklet: &TypesetBooklet, lang: Lang) -> usize {
    if campaign.bilingual != Bilingual::Flip {
        return 0;
    }
    booklet.layout.find(MarkKind::HalfStart, Some(lang)).map_or(0, |m| m.page - 1)
}

/// A booklet's cover as a JPEG for the report in each language, by language. Each cover page is
/// rendered once: the reports in all languages share a non-flip booklet's single cover.
pub type Covers = BTreeMap<Lang, Bytes>;

/// The [`Covers`] of a typeset booklet.
pub fn covers(campaign: &Campaign, booklet: &TypesetBooklet) -> Covers {
    let mut by_page: BTreeMap<usize, Option<Bytes>> = BTreeMap::new();
    let mut covers = Covers::new();
    for lang in Lang::ALL {
        let index = cover_page(campaign, booklet, lang);
        let jpeg = by_page
            .entry(index)
            .or_insert_with(|| booklet.document.pages().get(index).and_then(jpeg_of).map(Bytes::new));
        if let Some(jpeg) = jpeg {
            covers.insert(lang, jpeg.clone());
        }
    }
    covers
}

fn jpeg_of(page: &typst_layout::Page) -> Option<Vec<u8>> {
    let rgb = raster::render(page, WIDTH_PIXELS / page.frame.width().to_pt());
    let mut jpeg = Vec::new();
    let width = u16::try_from(rgb.width).ok()?;
    let height = u16::try_from(rgb.height).ok()?;
    // jpeg-encoder, with its AVX2 transform: `image`'s encoder took about a twentieth of a cold
    // build's CPU time (perf).
    jpeg_encoder::Encoder::new(&mut jpeg, JPEG_QUALITY)
        .encode(&rgb.pixels, width, height, jpeg_encoder::ColorType::Rgb)
        .ok()?;
    Some(jpeg)
}
