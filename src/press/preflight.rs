//! Preflight: what a print shop would send back, found before anything is written. Images must
//! be readable within sane limits and sharp enough at the size they are printed; every character
//! must be in a font kitapsha ships.

use std::collections::HashMap;

use typst::layout::{Frame, FrameItem, Transform};
use typst::visualize::{ExchangeFormat, ImageKind};
use typst_layout::PagedDocument;

use crate::campaign::{Campaign, Image};
use crate::diag::{Diagnostic, Diagnostics};
use crate::typeset::fonts;

/// Below this effective resolution at the printed size, a warning.
pub const GOOD_PPI: f64 = 300.0;
/// Below this, the image prints visibly blurred: an error.
pub const MINIMUM_PPI: f64 = 150.0;
/// Larger images are refused before decoding: a decompression bomb must not eat the memory.
pub const MAX_PIXELS: u64 = 60_000_000;

const MM_PER_INCH: f64 = 25.4;
const POINTS_PER_INCH: f64 = 72.0;

/// Checks that every image of the campaign can be read, and decodes every raster picture with
/// Typst's own decoder, whose result Typst's cache keeps for the typesetting: a broken picture
/// is named here, never met by the typesetting. Returns false after an error.
pub fn check_images(campaign: &Campaign, diagnostics: &mut Diagnostics) -> bool {
    let mut readable = true;
    for image in campaign.images() {
        let problem = match read_image(image) {
            Err(problem) => Some((problem, "save the picture again as PNG, JPEG or SVG, at most 7 000 × 7 000 pixels")),
            Ok(Some(format)) => typst::visualize::RasterImage::plain(image.bytes.clone(), format).err().map(|reason| {
                (format!("is damaged: {reason}"), "open it in an image editor and save it again as PNG or JPEG")
            }),
            Ok(None) => None,
        };
        if let Some((problem, hint)) = problem {
            readable = false;
            diagnostics.push(
                Diagnostic::error(
                    &campaign.source,
                    image.span.clone(),
                    format!("image \"{}\" {problem}", image.written),
                )
                .with_hint(hint),
            );
        }
    }
    readable
}

/// Checks what can be checked without decoding the pixels. Returns the format Typst decodes a
/// raster picture with (from the file's extension, as Typst takes it), `None` for an SVG drawing.
fn read_image(image: &Image) -> Result<Option<ExchangeFormat>, String> {
    let bytes = image.bytes.as_slice();
    let extension = image.path.extension().and_then(|e| e.to_str()).unwrap_or("").to_ascii_lowercase();
    if extension == "svg" {
        return check_svg(bytes).map(|()| None);
    }
    let reader = image::ImageReader::new(std::io::Cursor::new(bytes))
        .with_guessed_format()
        .map_err(|e| format!("cannot be read: {e}"))?;
    if reader.format().is_none() {
        return Err("is not a PNG, JPEG, GIF or WebP picture".to_string());
    }
    let format = reader.format();
    let (width, height) = reader.into_dimensions().map_err(|e| format!("is damaged: {e}"))?;
    if u64::from(width) * u64::from(height) > MAX_PIXELS {
        return Err(format!(
            "is {width}×{height} pixels, more than the {} million a booklet needs",
            MAX_PIXELS / 1_000_000
        ));
    }
    // The pixels are decoded once, by Typst. A file cut short is found here from its end.
    if !ends_whole(bytes, format) {
        return Err("is cut short: the file ends before the picture does".to_string());
    }
    Ok(Some(match extension.as_str() {
        "png" => ExchangeFormat::Png,
        "gif" => ExchangeFormat::Gif,
        "webp" => ExchangeFormat::Webp,
        _ => ExchangeFormat::Jpg,
    }))
}

/// Whether a PNG, JPEG, GIF or WebP file ends where its format says it ends.
fn ends_whole(bytes: &[u8], format: Option<image::ImageFormat>) -> bool {
    use image::ImageFormat;
    let tail = &bytes[bytes.len().saturating_sub(64)..];
    match format {
        Some(ImageFormat::Png) => bytes.len() >= 12 && &bytes[bytes.len() - 8..bytes.len() - 4] == b"IEND",
        // Some cameras pad after the end marker, so look for it near the end.
        Some(ImageFormat::Jpeg) => tail.windows(2).any(|w| w == [0xFF, 0xD9]),
        Some(ImageFormat::Gif) => tail.contains(&0x3B),
        Some(ImageFormat::WebP) => {
            bytes.len() >= 12
                && u64::from(u32::from_le_bytes([bytes[4], bytes[5], bytes[6], bytes[7]])) + 8 <= bytes.len() as u64
        }
        _ => true,
    }
}

fn check_svg(bytes: &[u8]) -> Result<(), String> {
    let text = std::str::from_utf8(bytes).map_err(|_| "is not a text SVG file (UTF-8)".to_string())?;
    let options = roxmltree::ParsingOptions { allow_dtd: false, nodes_limit: 200_000, ..Default::default() };
    let document = roxmltree::Document::parse_with_options(text, options)
        .map_err(|e| format!("is not a valid SVG drawing: {e}"))?;
    if document.root_element().tag_name().name() != "svg" {
        return Err("is not an SVG drawing (its root element is not <svg>)".to_string());
    }
    Ok(())
}

/// Warns about images that print below 300 ppi at their placed size, and refuses those below 150.
pub fn check_resolution(campaign: &Campaign, document: &PagedDocument, diagnostics: &mut Diagnostics) {
    // Typst places the campaign's own bytes: a placed raster is matched to its image by them.
    let by_content: Vec<&Image> = campaign.images().collect();
    // The largest printed size of each raster image, in points, with its pixel size.
    let mut placed: HashMap<String, (f64, f64, u32, u32)> = HashMap::new();
    for page in document.pages() {
        visit_images(&page.frame, Transform::identity(), &mut |kind, width, height| {
            let ImageKind::Raster(raster) = kind else { return };
            let Some(image) = by_content.iter().find(|image| &image.bytes == raster.data()) else { return };
            let entry = placed.entry(image.written.clone()).or_insert((0.0, 0.0, raster.width(), raster.height()));
            entry.0 = entry.0.max(width);
            entry.1 = entry.1.max(height);
        });
    }
    let mut names: Vec<&String> = placed.keys().collect();
    names.sort();
    for name in names {
        let (width_pt, height_pt, pixels_wide, pixels_high) = placed[name];
        let image = campaign.images().find(|i| &i.written == name).expect("placed images come from the campaign");
        let ppi = (f64::from(pixels_wide) / (width_pt / POINTS_PER_INCH))
            .min(f64::from(pixels_high) / (height_pt / POINTS_PER_INCH));
        if ppi >= GOOD_PPI {
            continue;
        }
        let needed = |points: f64| (points / POINTS_PER_INCH * GOOD_PPI).ceil() as u64;
        let message = format!(
            "image \"{name}\" is {pixels_wide}×{pixels_high} pixels: {ppi:.0} ppi at its printed size of {:.0}×{:.0} mm",
            width_pt / POINTS_PER_INCH * MM_PER_INCH,
            height_pt / POINTS_PER_INCH * MM_PER_INCH,
        );
        let hint = format!(
            "print needs {GOOD_PPI:.0} ppi: use a picture of at least {}×{} pixels, or an SVG drawing",
            needed(width_pt),
            needed(height_pt)
        );
        let diagnostic = if ppi < MINIMUM_PPI {
            Diagnostic::error(&campaign.source, image.span.clone(), format!("{message}, too blurred to print"))
        } else {
            Diagnostic::warning(&campaign.source, image.span.clone(), message)
        };
        diagnostics.push(diagnostic.with_hint(hint));
    }
}

/// Calls `found` with every image in the frame and its printed width and height in points.
fn visit_images(frame: &Frame, transform: Transform, found: &mut impl FnMut(&ImageKind, f64, f64)) {
    for (_, item) in frame.items() {
        match item {
            FrameItem::Group(group) => visit_images(&group.frame, transform.pre_concat(group.transform), found),
            FrameItem::Image(image, size, _) => {
                let scale_x = transform.sx.get().hypot(transform.ky.get());
                let scale_y = transform.sy.get().hypot(transform.kx.get());
                found(image.kind(), size.x.to_pt() * scale_x, size.y.to_pt() * scale_y);
            }
            _ => {}
        }
    }
}

/// Every character of printed text must be in one of the shipped fonts; a missing one would
/// print as an empty box.
pub fn check_glyphs(campaign: &Campaign, diagnostics: &mut Diagnostics) {
    let fonts = &fonts::shipped().fonts;
    let covered =
        |c: char| c.is_whitespace() || c.is_control() || fonts.iter().any(|f| f.info().coverage.contains(c as u32));
    let mut reported = std::collections::HashSet::new();
    let text = &campaign.source.text;
    for printed in &campaign.printed {
        for c in printed.text.chars().filter(|&c| !covered(c)) {
            if !reported.insert(c) {
                continue;
            }
            // Point at the character itself where it is written as is.
            let span = &printed.span;
            let at = text.get(span.clone()).and_then(|raw| raw.find(c)).map_or(span.start, |i| span.start + i);
            diagnostics.push(
                Diagnostic::error(
                    &campaign.source,
                    at..at + c.len_utf8(),
                    format!("the character “{c}” (U+{:04X}) is in none of the booklet's fonts", c as u32),
                )
                .with_hint("replace it with a letter or sign the fonts have (Kazakh, Russian and Latin letters, common punctuation, ₸ and №), or remove it"),
            );
        }
    }
}
