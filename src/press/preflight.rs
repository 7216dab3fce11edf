//! Preflight: what a print shop would send back, found before anything is written. Images must
//! be readable within sane limits and sharp enough at the size they are printed; every character
//! must be in a font kitapsha ships.

use std::collections::HashMap;

use typst::layout::{Frame, FrameItem, Transform};
use typst::visualize::{ExchangeFormat, ImageKind};
use typst_layout::PagedDocument;

use crate::campaign::{Campaign, Image};
use crate::diag::{Diagnostic, Diagnostics};
use crate::messages::Message;
use crate::msg;
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
        let path = image.written.as_str();
        let damaged =
            |reason: String| (msg!("image-damaged", path = path, reason = reason), msg!("image-damaged-hint"));
        let problem = match read_image(image) {
            Err(problem) => Some(match problem {
                ImageProblem::Damaged(reason) => damaged(reason),
                other => (other.message(path), msg!("image-save-again-hint")),
            }),
            Ok(Some(format)) => typst::visualize::RasterImage::plain(image.bytes.clone(), format)
                .err()
                .map(|reason| damaged(reason.to_string())),
            Ok(None) => None,
        };
        if let Some((message, hint)) = problem {
            readable = false;
            diagnostics.push(Diagnostic::error(&campaign.source, image.span.clone(), message).with_hint(hint));
        }
    }
    readable
}

/// Why a picture cannot be placed.
enum ImageProblem {
    /// The reader's own words (not the user's): they go to a bug report or an image editor.
    Unreadable(String),
    NotRaster,
    Damaged(String),
    TooManyPixels {
        width: u32,
        height: u32,
    },
    CutShort,
    SvgNotText,
    SvgInvalid(String),
    SvgNotSvg,
}

impl ImageProblem {
    fn message(self, path: &str) -> Message {
        match self {
            ImageProblem::Unreadable(reason) => msg!("image-unreadable", path = path, reason = reason),
            ImageProblem::NotRaster => msg!("image-not-raster", path = path),
            ImageProblem::Damaged(reason) => msg!("image-damaged", path = path, reason = reason),
            ImageProblem::TooManyPixels { width, height } => msg!(
                "image-too-many-pixels",
                path = path,
                width = width,
                height = height,
                millions = MAX_PIXELS / 1_000_000
            ),
            ImageProblem::CutShort => msg!("image-cut-short", path = path),
            ImageProblem::SvgNotText => msg!("image-svg-not-text", path = path),
            ImageProblem::SvgInvalid(reason) => msg!("image-svg-invalid", path = path, reason = reason),
            ImageProblem::SvgNotSvg => msg!("image-svg-not-svg", path = path),
        }
    }
}

/// Checks what can be checked without decoding the pixels. Returns the format Typst decodes a
/// raster picture with (from the file's extension, as Typst takes it), `None` for an SVG drawing.
fn read_image(image: &Image) -> Result<Option<ExchangeFormat>, ImageProblem> {
    let extension = image.path.extension().and_then(|e| e.to_str()).unwrap_or("").to_ascii_lowercase();
    read_bytes(image.bytes.as_slice(), &extension)
}

/// `read_image` for the bytes of a picture whose file name ends in `extension`.
fn read_bytes(bytes: &[u8], extension: &str) -> Result<Option<ExchangeFormat>, ImageProblem> {
    if extension == "svg" {
        return check_svg(bytes).map(|()| None);
    }
    let reader = image::ImageReader::new(std::io::Cursor::new(bytes))
        .with_guessed_format()
        .map_err(|e| ImageProblem::Unreadable(e.to_string()))?;
    if reader.format().is_none() {
        return Err(ImageProblem::NotRaster);
    }
    let format = reader.format();
    let (width, height) = reader.into_dimensions().map_err(|e| ImageProblem::Damaged(e.to_string()))?;
    if u64::from(width) * u64::from(height) > MAX_PIXELS {
        return Err(ImageProblem::TooManyPixels { width, height });
    }
    // The pixels are decoded once, by Typst. A file cut short is found here from its end.
    if !ends_whole(bytes, format) {
        return Err(ImageProblem::CutShort);
    }
    Ok(Some(match extension {
        "png" => ExchangeFormat::Png,
        "gif" => ExchangeFormat::Gif,
        "webp" => ExchangeFormat::Webp,
        _ => ExchangeFormat::Jpg,
    }))
}

/// The file extension a picture's bytes call for (`png`, `jpg`, `gif`, `webp` or `svg`), found
/// from its content alone, after the same checks and decoding the build makes; or why the booklet
/// cannot use it, worded for `shown` (message and hint). For a picture arriving from outside,
/// before it is written anywhere.
pub fn picture_kind(bytes: &[u8], shown: &str) -> Result<&'static str, (Message, Message)> {
    let extension = match image::guess_format(bytes) {
        Ok(image::ImageFormat::Png) => "png",
        Ok(image::ImageFormat::Jpeg) => "jpg",
        Ok(image::ImageFormat::Gif) => "gif",
        Ok(image::ImageFormat::WebP) => "webp",
        // Neither: an SVG drawing is text that starts with markup, or it is no picture at all.
        _ if bytes.iter().find(|b| !b.is_ascii_whitespace()) == Some(&b'<') => "svg",
        _ => return Err((ImageProblem::NotRaster.message(shown), msg!("image-save-again-hint"))),
    };
    let damaged = |reason: String| (msg!("image-damaged", path = shown, reason = reason), msg!("image-damaged-hint"));
    match read_bytes(bytes, extension) {
        Err(ImageProblem::Damaged(reason)) => Err(damaged(reason)),
        Err(other) => Err((other.message(shown), msg!("image-save-again-hint"))),
        Ok(Some(format)) => {
            typst::visualize::RasterImage::plain(typst::foundations::Bytes::new(bytes.to_vec()), format)
                .map(|_| extension)
                .map_err(|reason| damaged(reason.to_string()))
        }
        Ok(None) => Ok(extension),
    }
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

fn check_svg(bytes: &[u8]) -> Result<(), ImageProblem> {
    let text = std::str::from_utf8(bytes).map_err(|_| ImageProblem::SvgNotText)?;
    let options = roxmltree::ParsingOptions { allow_dtd: false, nodes_limit: 200_000, ..Default::default() };
    let document =
        roxmltree::Document::parse_with_options(text, options).map_err(|e| ImageProblem::SvgInvalid(e.to_string()))?;
    if document.root_element().tag_name().name() != "svg" {
        return Err(ImageProblem::SvgNotSvg);
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
        let millimetres = |points: f64| (points / POINTS_PER_INCH * MM_PER_INCH).round();
        let hint = msg!("image-resolution-hint", ppi = GOOD_PPI, width = needed(width_pt), height = needed(height_pt));
        let (width, height, shown_ppi) = (pixels_wide, pixels_high, ppi.round());
        let (width_mm, height_mm) = (millimetres(width_pt), millimetres(height_pt));
        let diagnostic = if ppi < MINIMUM_PPI {
            let message = msg!(
                "image-resolution-too-low",
                path = name,
                width = width,
                height = height,
                ppi = shown_ppi,
                width_mm = width_mm,
                height_mm = height_mm
            );
            Diagnostic::error(&campaign.source, image.span.clone(), message)
        } else {
            let message = msg!(
                "image-resolution-low",
                path = name,
                width = width,
                height = height,
                ppi = shown_ppi,
                width_mm = width_mm,
                height_mm = height_mm
            );
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
            let message = msg!("text-glyph-missing", character = c.to_string(), code = format!("U+{:04X}", c as u32));
            diagnostics.push(
                Diagnostic::error(&campaign.source, at..at + c.len_utf8(), message)
                    .with_hint(msg!("text-glyph-missing-hint")),
            );
        }
    }
}
