//! Thumbnails of the booklets' covers, rendered from the typeset booklets themselves, once per
//! cover page for all the reports.

use std::collections::BTreeMap;

use image::codecs::jpeg::JpegEncoder;

use crate::campaign::{Bilingual, Campaign};
use crate::lang::Lang;
use crate::typeset::booklet::TypesetBooklet;

/// About 108 dpi: sharp at the 46 mm the report prints it, small enough for e-mail.
const PIXELS_PER_POINT: f64 = 1.5;
const JPEG_QUALITY: u8 = 88;

/// The page that is the cover in `lang`: a flip booklet has a cover per language, the others
/// one cover for all.
pub fn cover_page(campaign: &Campaign, booklet: &TypesetBooklet, lang: Lang) -> usize {
    booklet
        .layout
        .marks
        .iter()
        .find(|m| m.kind == "half-start" && m.lang.as_deref() == Some(lang.code()) && campaign.bilingual == Bilingual::Flip)
        .map_or(0, |m| m.page - 1)
}

/// Every cover page of the booklet that some report shows, as a JPEG, by page index.
pub fn covers(campaign: &Campaign, booklet: &TypesetBooklet) -> BTreeMap<usize, Vec<u8>> {
    let mut covers = BTreeMap::new();
    for lang in Lang::ALL {
        let index = cover_page(campaign, booklet, lang);
        if covers.contains_key(&index) {
            continue;
        }
        if let Some(jpeg) = booklet.document.pages().get(index).and_then(jpeg_of) {
            covers.insert(index, jpeg);
        }
    }
    covers
}

fn jpeg_of(page: &typst_layout::Page) -> Option<Vec<u8>> {
    let options = typst_render::RenderOptions {
        pixel_per_pt: typst::utils::Scalar::new(PIXELS_PER_POINT),
        render_bleed: false,
    };
    let pixmap = typst_render::render(page, &options);
    // The pixmap is premultiplied RGBA; on white paper each channel gains what alpha leaves.
    let rgb: Vec<u8> = pixmap
        .data()
        .chunks_exact(4)
        .flat_map(|p| {
            let light = 255 - p[3];
            [p[0].saturating_add(light), p[1].saturating_add(light), p[2].saturating_add(light)]
        })
        .collect();
    let mut jpeg = Vec::new();
    JpegEncoder::new_with_quality(&mut jpeg, JPEG_QUALITY)
        .encode(&rgb, pixmap.width(), pixmap.height(), image::ExtendedColorType::Rgb8)
        .ok()?;
    Some(jpeg)
}
