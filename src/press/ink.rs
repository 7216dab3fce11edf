//! Ink preflight of the pictures, before anything is written: each raster picture is converted
//! through the output profile as the press PDF converts it, and
//!
//! - a picture whose darkest part would print over the ink limit is an error (with kitapsha's
//!   300 % profile this cannot happen to an RGB picture; it can to a CMYK JPEG, or through a
//!   print shop's profile with a higher limit than its own `ink-limit`);
//! - a picture of which much is so dark that the ink limit flattens its shadows, or so
//!   saturated that CMYK cannot print its colours, is a warning: it loses detail in print.

use crate::campaign::Campaign;
use crate::colour::delta_e_2000;
use crate::diag::{Diagnostic, Diagnostics};
use crate::msg;
use crate::project::Print;

/// At most this many pixels of a picture are measured, spread evenly over it.
const SAMPLES: usize = 250_000;
/// Ink within this much of the limit: the shadows are compressed there.
const NEAR_LIMIT: f32 = 10.0;
/// A colour that moves more than this (ΔE2000) from screen to print is out of gamut.
const OUT_OF_GAMUT: f32 = 10.0;
/// Share of a picture, dark or saturated, from which on it is worth a warning.
const WARN_SHARE: f64 = 0.15;

/// What one picture prints at.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct PictureInk {
    /// Highest total ink of the measured pixels, in percent.
    pub max_ink: f32,
    /// Share of pixels within [`NEAR_LIMIT`] of the ink limit.
    pub dark: f64,
    /// Share of pixels that CMYK cannot print within [`OUT_OF_GAMUT`].
    pub saturated: f64,
}

/// Checks every raster picture of the campaign; returns false after an error.
pub fn check_pictures(campaign: &Campaign, print: &Print, diagnostics: &mut Diagnostics) -> bool {
    let mut fine = true;
    for image in campaign.images() {
        let Some(measured) = measure(&image.bytes, print) else { continue };
        let name = &image.written;
        if measured.max_ink > print.ink_limit + 0.5 {
            fine = false;
            let message = msg!(
                "ink-picture-over-limit",
                path = name,
                ink = measured.max_ink.round(),
                limit = print.ink_limit.round()
            );
            diagnostics.push(
                Diagnostic::error(&campaign.source, image.span.clone(), message)
                    .with_hint(msg!("ink-picture-over-limit-hint")),
            );
            continue;
        }
        let (dark, saturated) = ((measured.dark * 100.0).round(), (measured.saturated * 100.0).round());
        let loss = match (measured.dark >= WARN_SHARE, measured.saturated >= WARN_SHARE) {
            (true, true) => {
                Some(msg!("ink-picture-too-dark-and-saturated", path = name, dark = dark, saturated = saturated))
            }
            (true, false) => Some(msg!("ink-picture-too-dark", path = name, dark = dark)),
            (false, true) => Some(msg!("ink-picture-too-saturated", path = name, saturated = saturated)),
            (false, false) => None,
        };
        if let Some(message) = loss {
            diagnostics.push(
                Diagnostic::warning(&campaign.source, image.span.clone(), message)
                    .with_hint(msg!("ink-picture-loses-detail-hint")),
            );
        }
    }
    fine
}

/// A raster picture's ink through the profile; `None` for an SVG drawing or a file that does
/// not decode (which the image check reports).
pub fn measure(bytes: &[u8], print: &Print) -> Option<PictureInk> {
    let reader = image::ImageReader::new(std::io::Cursor::new(bytes)).with_guessed_format().ok()?;
    let format = reader.format()?;
    if format == image::ImageFormat::Jpeg && is_cmyk_jpeg(bytes) {
        return measure_cmyk_jpeg(bytes);
    }
    let decoded = reader.decode().ok()?;
    let rgba = decoded.to_rgba8();
    let pixels = rgba.as_raw();
    let count = pixels.len() / 4;
    let step = count.div_ceil(SAMPLES).max(1);
    // Only what shows: fully transparent pixels print nothing.
    let rgb: Vec<u8> =
        pixels.chunks_exact(4).step_by(step).filter(|p| p[3] > 0).flat_map(|p| [p[0], p[1], p[2]]).collect();
    if rgb.is_empty() {
        return None;
    }
    let profile = print.profile();
    let mut cmyk = vec![0u8; rgb.len() / 3 * 4];
    profile.convert_pixels(&rgb, &mut cmyk).ok()?;
    let inks: Vec<f32> =
        cmyk.chunks_exact(4).map(|p| p.iter().map(|&v| f32::from(v)).sum::<f32>() / 255.0 * 100.0).collect();
    let max_ink = inks.iter().copied().fold(0.0, f32::max);
    let printed = profile.lab_of_cmyk_pixels(&cmyk);
    let screen = profile.lab_of_srgb_pixels(&rgb);
    let n = inks.len() as f64;
    let dark = inks.iter().filter(|&&ink| ink >= print.ink_limit - NEAR_LIMIT).count() as f64 / n;
    let saturated =
        screen.iter().zip(&printed).filter(|(a, b)| delta_e_2000(**a, **b) > OUT_OF_GAMUT).count() as f64 / n;
    Some(PictureInk { max_ink, dark, saturated })
}

/// Whether a JPEG holds four components (CMYK or YCCK).
fn is_cmyk_jpeg(bytes: &[u8]) -> bool {
    let mut at = 2;
    while at + 4 <= bytes.len() {
        if bytes[at] != 0xFF {
            return false;
        }
        let marker = bytes[at + 1];
        let length = usize::from(u16::from_be_bytes([bytes[at + 2], bytes[at + 3]]));
        // Start of frame (baseline, extended, progressive…): the component count follows.
        if matches!(marker, 0xC0..=0xC3 | 0xC5..=0xC7 | 0xC9..=0xCB | 0xCD..=0xCF) {
            return bytes.get(at + 9) == Some(&4);
        }
        at += 2 + length;
    }
    false
}

/// A CMYK JPEG prints as it is: its total ink, read from its samples (Adobe's inverted ones
/// as the press PDF's `/Decode` reads them).
fn measure_cmyk_jpeg(bytes: &[u8]) -> Option<PictureInk> {
    use zune_jpeg::zune_core::colorspace::ColorSpace;
    use zune_jpeg::zune_core::options::DecoderOptions;
    let options = DecoderOptions::default().jpeg_set_out_colorspace(ColorSpace::CMYK);
    let mut decoder =
        zune_jpeg::JpegDecoder::new_with_options(zune_jpeg::zune_core::bytestream::ZCursor::new(bytes), options);
    let samples = decoder.decode().ok()?;
    let inverted = bytes.windows(5).take(4096).any(|w| w == b"Adobe");
    let max = samples
        .chunks_exact(4)
        .map(|p| p.iter().map(|&v| u32::from(if inverted { 255 - v } else { v })).sum::<u32>())
        .max()?;
    Some(PictureInk { max_ink: max as f32 / 255.0 * 100.0, dark: 0.0, saturated: 0.0 })
}
