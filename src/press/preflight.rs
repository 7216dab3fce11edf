//! Preflight: what a print shop would send back, found before anything is written. Images must
//! be readable within sane limits and sharp enough at the size they are printed; every character
//! must be in a font kitapsha ships.

use std::collections::HashMap;
use std::ops::Range;

use toml::Spanned;
use toml::de::{DeTable, DeValue};
use typst::layout::{Frame, FrameItem, Transform};
use typst::visualize::ImageKind;
use typst_layout::PagedDocument;

use crate::campaign::{Campaign, Image};
use crate::diag::Diagnostic;
use crate::typeset::fonts;

/// Below this effective resolution at the printed size, a warning.
pub const GOOD_PPI: f64 = 300.0;
/// Below this, the image prints visibly blurred: an error.
pub const MINIMUM_PPI: f64 = 150.0;
/// Larger images are refused before decoding: a decompression bomb must not eat the memory.
pub const MAX_PIXELS: u64 = 60_000_000;
pub const MAX_IMAGE_BYTES: u64 = 40 * 1024 * 1024;
const MAX_DECODE_MEMORY: u64 = 512 * 1024 * 1024;

const MM_PER_INCH: f64 = 25.4;
const POINTS_PER_INCH: f64 = 72.0;

/// Checks that every image of the campaign can be read. Returns false after an error.
pub fn check_images(campaign: &Campaign, diagnostics: &mut Vec<Diagnostic>) -> bool {
    let mut readable = true;
    for image in campaign.images() {
        if let Err(problem) = read_image(image) {
            readable = false;
            diagnostics.push(
                Diagnostic::error(
                    &campaign.source,
                    image.span.clone(),
                    format!("image \"{}\" {problem}", image.written),
                )
                .with_hint("save the picture again as PNG, JPEG or SVG, at most 7 000 × 7 000 pixels"),
            );
        }
    }
    readable
}

fn read_image(image: &Image) -> Result<(), String> {
    let size = std::fs::metadata(&image.path).map_err(|e| format!("cannot be read: {e}"))?.len();
    if size > MAX_IMAGE_BYTES {
        return Err(format!("is {} MB; at most {} MB can be used", size / 1_048_576, MAX_IMAGE_BYTES / 1_048_576));
    }
    let bytes = std::fs::read(&image.path).map_err(|e| format!("cannot be read: {e}"))?;
    if image.path.extension().is_some_and(|e| e.eq_ignore_ascii_case("svg")) {
        return check_svg(&bytes);
    }
    let reader = image::ImageReader::new(std::io::Cursor::new(&bytes))
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
    if !ends_whole(&bytes, format) {
        return Err("is cut short: the file ends before the picture does".to_string());
    }
    Ok(())
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

/// After Typst failed to decode a picture: decode each raster picture in full (within memory
/// limits) to name the one that is broken.
pub fn find_undecodable(campaign: &Campaign) -> Vec<Diagnostic> {
    let mut found = Vec::new();
    for image in campaign.images().filter(|i| !i.path.extension().is_some_and(|e| e.eq_ignore_ascii_case("svg"))) {
        let decoded = std::fs::read(&image.path).map_err(|e| e.to_string()).and_then(|bytes| {
            let mut reader = image::ImageReader::new(std::io::Cursor::new(bytes))
                .with_guessed_format()
                .map_err(|e| e.to_string())?;
            let mut limits = image::Limits::default();
            limits.max_alloc = Some(MAX_DECODE_MEMORY);
            reader.limits(limits);
            reader.decode().map(|_| ()).map_err(|e| e.to_string())
        });
        if let Err(reason) = decoded {
            found.push(
                Diagnostic::error(
                    &campaign.source,
                    image.span.clone(),
                    format!("image \"{}\" is damaged: {reason}", image.written),
                )
                .with_hint("open it in an image editor and save it again as PNG or JPEG"),
            );
        }
    }
    found
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
pub fn check_resolution(campaign: &Campaign, document: &PagedDocument, diagnostics: &mut Vec<Diagnostic>) {
    let mut by_content: HashMap<Vec<u8>, &Image> = HashMap::new();
    for image in campaign.images() {
        if let Ok(bytes) = std::fs::read(&image.path) {
            by_content.insert(bytes, image);
        }
    }
    // The largest printed size of each raster image, in points, with its pixel size.
    let mut placed: HashMap<String, (f64, f64, u32, u32)> = HashMap::new();
    for page in document.pages() {
        visit_images(&page.frame, Transform::identity(), &mut |kind, width, height| {
            let ImageKind::Raster(raster) = kind else { return };
            let Some(image) = by_content.get(raster.data().as_slice()) else { return };
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

/// Keys whose values are never printed.
const UNPRINTED_KEYS: [&str; 5] = ["image", "format", "bilingual", "languages", "creep-mm"];

/// Every character of printed text must be in one of the shipped fonts; a missing one would
/// print as an empty box.
pub fn check_glyphs(campaign: &Campaign, diagnostics: &mut Vec<Diagnostic>) {
    let Ok(table) = DeTable::parse(&campaign.source.text) else { return };
    let fonts = &fonts::shipped().fonts;
    let covered =
        |c: char| c.is_whitespace() || c.is_control() || fonts.iter().any(|f| f.info().coverage.contains(c as u32));
    let mut reported = std::collections::HashSet::new();
    let text = &campaign.source.text;
    visit_strings(table.get_ref(), &mut |span, value| {
        for c in value.chars().filter(|&c| !covered(c)) {
            if !reported.insert(c) {
                continue;
            }
            // Point at the character itself where it is written as is.
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
    });
}

fn visit_strings(table: &DeTable<'_>, found: &mut impl FnMut(Range<usize>, &str)) {
    for (key, value) in table.iter() {
        if UNPRINTED_KEYS.contains(&key.get_ref().as_ref()) {
            continue;
        }
        visit_value(value, found);
    }
}

fn visit_value(value: &Spanned<DeValue<'_>>, found: &mut impl FnMut(Range<usize>, &str)) {
    match value.get_ref() {
        DeValue::String(text) => found(value.span(), text),
        DeValue::Table(table) => visit_strings(table, found),
        DeValue::Array(items) => items.iter().for_each(|item| visit_value(item, found)),
        _ => {}
    }
}
