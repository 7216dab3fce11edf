//! The colours of the press PDF (a foundation: the project file names the profile, the press
//! converts through it): the CMYK output profile it converts through and embeds, and
//! the rules that decide how each colour of the typeset (sRGB) PDF is printed:
//!
//! 1. the templates' palette has CMYK values chosen for it ([`PALETTE`]): the text colour is
//!    100 % K, the dark and light greys are K tints, the brand colours are given values;
//! 2. any other pure grey (an SVG's black, greys and white, the QR code) prints in K alone, the
//!    K tint of the same lightness through the profile (black is 100 % K);
//! 3. every other colour, and every pixel of a picture, is converted through the profile with
//!    the perceptual intent, by moxcms (a colour-management library, never a formula).
//!
//! No ICC transform makes text K-only: that is why rules 1 and 2 come first.

use std::sync::{Arc, LazyLock, OnceLock};

use moxcms::{
    ColorProfile, DataColorSpace, Layout, ProfileClass, ProfileText, RenderingIntent, Transform8BitExecutor,
    TransformF32Executor, TransformOptions,
};

use crate::messages::Message;
use crate::msg;

/// The profile kitapsha ships, built by `print/build-profile.sh` from Fogra's FOGRA39L data.
pub const BUNDLED_ICC: &[u8] = include_bytes!("../print/kitapsha-fogra39-tac300.icc");
/// The characterized printing condition of the bundled profile, as the registry of the ICC names it.
pub const BUNDLED_CONDITION: &str = "FOGRA39";
/// What the output intent says of the bundled profile.
pub const BUNDLED_INFO: &str = "kitapsha FOGRA39 CMYK, TAC 300% (built by ArgyllCMS from FOGRA39L data): \
     Offset printing, ISO 12647-2:2004/Amd 1, coated paper";
/// The grey ramp of the bundled profile (K in 1/10 000 for each sRGB grey level), as
/// [`PressProfile::grey_ramp_measured`] finds it: measuring takes longer than a booklet's
/// conversion.
#[rustfmt::skip]
const BUNDLED_GREY_RAMP: [u16; 256] = [
    10000, 9987, 9981, 9978, 9942, 9934, 9927, 9860, 9856, 9824, 9808, 9800, 9788, 9776, 9715, 9711,
    9666, 9654, 9636, 9540, 9526, 9515, 9471, 9450, 9442, 9365, 9319, 9302, 9254, 9237, 9191, 9123,
    9109, 9092, 9040, 8995, 8981, 8957, 8912, 8844, 8820, 8804, 8760, 8742, 8694, 8677, 8609, 8564,
    8547, 8497, 8478, 8407, 8361, 8340, 8287, 8255, 8209, 8186, 8139, 8093, 8021, 8003, 7982, 7940,
    7919, 7873, 7852, 7805, 7736, 7716, 7670, 7651, 7629, 7583, 7536, 7464, 7444, 7400, 7378, 7355,
    7312, 7265, 7243, 7196, 7175, 7104, 7084, 7035, 6990, 6968, 6919, 6900, 6879, 6832, 6768, 6741,
    6693, 6645, 6623, 6603, 6556, 6535, 6488, 6467, 6404, 6347, 6325, 6276, 6254, 6208, 6187, 6141,
    6093, 6070, 6023, 5999, 5976, 5906, 5859, 5812, 5791, 5742, 5718, 5670, 5647, 5599, 5578, 5531,
    5459, 5435, 5387, 5365, 5317, 5268, 5247, 5199, 5159, 5103, 5079, 5031, 4983, 4959, 4912, 4889,
    4839, 4768, 4744, 4696, 4647, 4624, 4601, 4554, 4530, 4474, 4451, 4360, 4335, 4287, 4264, 4215,
    4191, 4139, 4086, 4020, 3996, 3948, 3924, 3875, 3851, 3802, 3778, 3714, 3655, 3632, 3583, 3534,
    3510, 3460, 3436, 3387, 3357, 3306, 3240, 3190, 3166, 3116, 3092, 3042, 2993, 2966, 2894, 2846,
    2821, 2770, 2746, 2696, 2647, 2623, 2548, 2499, 2474, 2424, 2374, 2349, 2299, 2273, 2200, 2150,
    2099, 2074, 2024, 2000, 1975, 1874, 1825, 1799, 1750, 1723, 1673, 1648, 1548, 1523, 1474, 1448,
    1397, 1372, 1321, 1246, 1196, 1171, 1120, 1094, 1044, 992, 967, 916, 841, 816, 765, 740,
    689, 637, 611, 561, 485, 459, 409, 359, 332, 281, 255, 204, 128, 76, 51, 0,
];

/// Total ink (C + M + Y + K) allowed anywhere on the page, in percent.
pub const INK_LIMIT: f32 = 300.0;

/// A CMYK colour, each ink 0..=1.
pub type Cmyk = [f32; 4];

/// Total ink of a CMYK colour in percent.
pub fn total_ink(cmyk: Cmyk) -> f32 {
    cmyk.iter().sum::<f32>() * 100.0
}

/// A colour of the templates' palette and the CMYK value it prints as.
#[derive(Debug, Clone, Copy)]
pub struct PaletteColour {
    pub name: &'static str,
    /// The screen colour, as written in `src/typeset/*.typ`.
    pub srgb: [u8; 3],
    /// C, M, Y, K in percent.
    pub cmyk: [u8; 4],
}

const fn entry(name: &'static str, srgb: u32, cmyk: [u8; 4]) -> PaletteColour {
    PaletteColour { name, srgb: [(srgb >> 16) as u8, (srgb >> 8) as u8, srgb as u8], cmyk }
}

/// The templates' colours (`src/typeset/common.typ` and the notes lines), chosen for FOGRA39:
/// the text colour is 100 % K; the greys (captions and page numbers, the notes lines) are the
/// K tint of smallest ΔE2000 to the screen colour; each brand colour is the value of smallest
/// ΔE2000 among whole percents with at most three inks (fewer plates under coloured text).
/// `tests/press.rs` recomputes each ΔE through the profile and holds them to these bounds.
pub const PALETTE: &[PaletteColour] = &[
    entry("ink", 0x1d2526, [0, 0, 0, 100]),
    entry("muted", 0x5b6769, [0, 0, 0, 75]),
    entry("notes-line", 0xc9d9d7, [0, 0, 0, 22]),
    entry("teal", 0x0f5e63, [79, 0, 29, 63]),
    entry("teal-dark", 0x0b4448, [88, 0, 33, 78]),
    entry("teal-tint", 0xe7f1f0, [13, 0, 8, 0]),
    entry("ochre", 0xd98e04, [0, 43, 100, 16]),
    entry("ochre-light", 0xf3c766, [6, 23, 69, 0]),
];

/// A CMYK output profile and everything the press conversion needs from it.
pub struct PressProfile {
    /// The profile's bytes, embedded as the output intent.
    pub icc: Arc<Vec<u8>>,
    /// The same, deflated once for every PDF that embeds it.
    deflated: OnceLock<Vec<u8>>,
    /// The profile's own description.
    pub description: String,
    /// `OutputConditionIdentifier` of the output intent.
    pub condition: String,
    /// `Info` of the output intent.
    pub info: String,
    /// sRGB to CMYK, perceptual: every colour and picture that is converted.
    to_cmyk: Arc<Transform8BitExecutor>,
    /// The profile, read.
    parsed: ColorProfile,
    /// Colour measurement (Lab), made when first needed: the preflight of pictures and the
    /// grey ramp of a print shop's profile need it, a build with kitapsha's profile does not.
    measure: OnceLock<Result<Measure, Message>>,
    /// K for each grey level 0..=255 (sRGB), of the same lightness once black is mapped to 100 % K.
    grey_ramp: Vec<f32>,
}

/// The transforms that measure colours as CIE Lab.
struct Measure {
    /// CMYK to ProPhoto RGB (whose gamut holds any print's), relative colorimetric: moxcms
    /// converts CMYK to no PCS directly.
    cmyk_to_wide: Arc<TransformF32Executor>,
    /// ProPhoto RGB to PCS XYZ.
    wide_to_xyz: Arc<TransformF32Executor>,
    /// sRGB to PCS XYZ, relative colorimetric.
    srgb_to_xyz: Arc<TransformF32Executor>,
}

impl std::fmt::Debug for PressProfile {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("PressProfile")
            .field("description", &self.description)
            .field("condition", &self.condition)
            .finish()
    }
}

/// The bundled profile, read once per process, with its grey ramp as computed by
/// [`PressProfile::new`] (a test keeps the two equal).
pub fn bundled() -> Arc<PressProfile> {
    static PROFILE: LazyLock<Arc<PressProfile>> = LazyLock::new(|| {
        let ramp = BUNDLED_GREY_RAMP.iter().map(|&k| f32::from(k) / 10_000.0).collect();
        Arc::new(
            PressProfile::read(
                BUNDLED_ICC.to_vec(),
                BUNDLED_CONDITION.to_string(),
                Some(BUNDLED_INFO.to_string()),
                Some(ramp),
            )
            .expect("the bundled profile is a CMYK output profile"),
        )
    });
    PROFILE.clone()
}

impl PressProfile {
    /// Reads a profile; an error says in words why it cannot be a press profile (a reason
    /// for `print-profile-unusable`).
    pub fn new(icc: Vec<u8>, condition: String, info: Option<String>) -> Result<Self, Message> {
        Self::read(icc, condition, info, None)
    }

    fn read(icc: Vec<u8>, condition: String, info: Option<String>, ramp: Option<Vec<f32>>) -> Result<Self, Message> {
        let profile =
            ColorProfile::new_from_slice(&icc).map_err(|e| msg!("print-profile-unreadable", error = e.to_string()))?;
        if profile.color_space != DataColorSpace::Cmyk {
            let space = format!("{:?}", profile.color_space).to_uppercase();
            return Err(msg!("print-profile-not-cmyk", space = space));
        }
        if profile.profile_class != ProfileClass::OutputDevice {
            return Err(msg!("print-profile-not-output", class = format!("{:?}", profile.profile_class)));
        }
        let description = match &profile.description {
            Some(ProfileText::PlainString(text)) => text.clone(),
            Some(ProfileText::Description(d)) => d.ascii_string.clone(),
            Some(ProfileText::Localizable(list)) => list.first().map(|l| l.value.clone()).unwrap_or_default(),
            None => String::new(),
        };
        let description = description.trim_end_matches('\0').trim().to_string();
        let perceptual =
            TransformOptions { rendering_intent: RenderingIntent::Perceptual, ..TransformOptions::default() };
        let to_cmyk = ColorProfile::new_srgb()
            .create_transform_8bit(Layout::Rgb, &profile, Layout::Rgba, perceptual)
            .map_err(|e| msg!("print-profile-cannot-convert", error = e.to_string()))?;
        let info = info.unwrap_or_else(|| if description.is_empty() { condition.clone() } else { description.clone() });
        let mut out = PressProfile {
            icc: Arc::new(icc),
            deflated: OnceLock::new(),
            description,
            condition,
            info,
            to_cmyk,
            parsed: profile,
            measure: OnceLock::new(),
            grey_ramp: Vec::new(),
        };
        out.grey_ramp = match ramp {
            Some(ramp) => ramp,
            None => out.grey_ramp_measured()?,
        };
        Ok(out)
    }

    fn measure(&self) -> Result<&Measure, Message> {
        self.measure
            .get_or_init(|| {
                let srgb = ColorProfile::new_srgb();
                let wide = ColorProfile::new_pro_photo_rgb();
                // moxcms's Lab profile turns RGB into the PCS, XYZ, encoded as in ICC (1.0 at 0.5).
                let xyz = ColorProfile::new_lab();
                let relative = TransformOptions {
                    rendering_intent: RenderingIntent::RelativeColorimetric,
                    ..TransformOptions::default()
                };
                let broken = |e: moxcms::CmsError| msg!("print-profile-cannot-measure", error = e.to_string());
                Ok(Measure {
                    cmyk_to_wide: self
                        .parsed
                        .create_transform_f32(Layout::Rgba, &wide, Layout::Rgb, relative)
                        .map_err(broken)?,
                    wide_to_xyz: wide.create_transform_f32(Layout::Rgb, &xyz, Layout::Rgb, relative).map_err(broken)?,
                    srgb_to_xyz: srgb.create_transform_f32(Layout::Rgb, &xyz, Layout::Rgb, relative).map_err(broken)?,
                })
            })
            .as_ref()
            .map_err(Clone::clone)
    }

    /// The profile deflated, as the output intent embeds it.
    pub fn deflated(&self) -> Result<&[u8], String> {
        if let Some(done) = self.deflated.get() {
            return Ok(done);
        }
        let deflated = deflate(&self.icc)?;
        Ok(self.deflated.get_or_init(|| deflated))
    }

    /// CIE Lab (D50, relative colorimetric) of a CMYK colour printed in this condition.
    pub fn lab_of_cmyk(&self, cmyk: Cmyk) -> [f32; 3] {
        let mut xyz = [0.0; 3];
        if let Ok(measure) = self.measure() {
            let mut wide = [0.0; 3];
            let _ = measure.cmyk_to_wide.transform(&cmyk, &mut wide);
            let _ = measure.wide_to_xyz.transform(&wide, &mut xyz);
        }
        lab_of_pcs(xyz)
    }

    /// CIE Lab (D50) of an sRGB colour (0..=1).
    pub fn lab_of_srgb(&self, rgb: [f32; 3]) -> [f32; 3] {
        let mut xyz = [0.0; 3];
        if let Ok(measure) = self.measure() {
            let _ = measure.srgb_to_xyz.transform(&rgb, &mut xyz);
        }
        lab_of_pcs(xyz)
    }

    /// Lab of many CMYK colours (4 bytes each), as [`lab_of_cmyk`](Self::lab_of_cmyk).
    pub fn lab_of_cmyk_pixels(&self, cmyk: &[u8]) -> Vec<[f32; 3]> {
        let input: Vec<f32> = cmyk.iter().map(|&v| f32::from(v) / 255.0).collect();
        let mut xyz = vec![0.0; input.len() / 4 * 3];
        if let Ok(measure) = self.measure() {
            let mut wide = vec![0.0; xyz.len()];
            let _ = measure.cmyk_to_wide.transform(&input, &mut wide);
            let _ = measure.wide_to_xyz.transform(&wide, &mut xyz);
        }
        xyz.chunks_exact(3).map(|p| lab_of_pcs([p[0], p[1], p[2]])).collect()
    }

    /// Lab of many sRGB colours (3 bytes each).
    pub fn lab_of_srgb_pixels(&self, rgb: &[u8]) -> Vec<[f32; 3]> {
        let input: Vec<f32> = rgb.iter().map(|&v| f32::from(v) / 255.0).collect();
        let mut xyz = vec![0.0; input.len()];
        if let Ok(measure) = self.measure() {
            let _ = measure.srgb_to_xyz.transform(&input, &mut xyz);
        }
        xyz.chunks_exact(3).map(|p| lab_of_pcs([p[0], p[1], p[2]])).collect()
    }

    /// An sRGB colour through the profile, perceptual intent (in 8-bit steps, as Typst's
    /// colours are given).
    pub fn convert_srgb(&self, rgb: [f32; 3]) -> Cmyk {
        let input = rgb.map(|v| (v.clamp(0.0, 1.0) * 255.0).round() as u8);
        let mut out = [0u8; 4];
        let _ = self.to_cmyk.transform(&input, &mut out);
        out.map(|v| f32::from(v) / 255.0)
    }

    /// Pixels, 3 bytes each (sRGB), into CMYK, 4 bytes each, through the profile.
    pub fn convert_pixels(&self, rgb: &[u8], cmyk: &mut [u8]) -> Result<(), String> {
        self.to_cmyk.transform(rgb, cmyk).map_err(|e| e.to_string())
    }

    /// The grey ramp in use, as K in 1/10 000 for each level.
    pub fn grey_ramp(&self) -> Vec<u16> {
        self.grey_ramp.iter().map(|&k| (k * 10_000.0).round() as u16).collect()
    }

    /// K alone for a grey level of 0..=1: the K tint of the same lightness (black to 100 % K).
    pub fn grey(&self, level: f32) -> Cmyk {
        let position = level.clamp(0.0, 1.0) * 255.0;
        let below = position.floor() as usize;
        let above = (below + 1).min(255);
        let t = position - below as f32;
        let k = self.grey_ramp[below] * (1.0 - t) + self.grey_ramp[above] * t;
        [0.0, 0.0, 0.0, k]
    }

    /// How an sRGB colour of the typeset PDF prints (rules 1–3 of the module).
    pub fn map_srgb(&self, rgb: [f32; 3]) -> Cmyk {
        let bytes = rgb.map(|v| (v.clamp(0.0, 1.0) * 255.0).round() as u8);
        let exact = rgb.iter().zip(bytes).all(|(v, b)| (v * 255.0 - f32::from(b)).abs() < 0.02);
        if exact && let Some(colour) = PALETTE.iter().find(|c| c.srgb == bytes) {
            return colour.cmyk.map(|v| f32::from(v) / 100.0);
        }
        if (rgb[0] - rgb[1]).abs() < 1e-4 && (rgb[1] - rgb[2]).abs() < 1e-4 {
            return self.grey(rgb[0]);
        }
        self.convert_srgb(rgb)
    }

    /// K values for grey levels 0..=255: the lightness of the grey, with sRGB black mapped to
    /// the lightness of 100 % K and white to the paper (black-point compensation on L*), found
    /// on the K-only ramp of the profile.
    pub fn grey_ramp_measured(&self) -> Result<Vec<f32>, Message> {
        self.measure()?;
        const STEPS: usize = 400;
        let ramp: Vec<f32> =
            (0..=STEPS).map(|i| self.lab_of_cmyk([0.0, 0.0, 0.0, i as f32 / STEPS as f32])[0]).collect();
        let (paper, solid) = (ramp[0], ramp[STEPS]);
        if paper <= solid + 20.0 || paper.is_nan() {
            return Err(msg!("print-profile-black-prints-nothing"));
        }
        let black = self.lab_of_srgb([0.0; 3])[0];
        let white = self.lab_of_srgb([1.0; 3])[0];
        Ok((0..=255)
            .map(|level| {
                if level == 255 {
                    return 0.0;
                }
                if level == 0 {
                    return 1.0;
                }
                let v = level as f32 / 255.0;
                let lightness = self.lab_of_srgb([v; 3])[0];
                let target = solid + (lightness - black) / (white - black) * (paper - solid);
                // The ramp darkens as K grows; find the step where it crosses the target.
                let i = ramp.iter().position(|&l| l <= target).unwrap_or(STEPS).max(1);
                let (l0, l1) = (ramp[i - 1], ramp[i]);
                let t = if (l0 - l1).abs() < 1e-6 { 0.0 } else { (l0 - target) / (l0 - l1) };
                ((i - 1) as f32 + t.clamp(0.0, 1.0)) / STEPS as f32
            })
            .collect())
    }
}

/// CIE Lab (D50) of PCS XYZ as moxcms encodes it (ICC's 16-bit XYZ: 1.0 is 32768 / 65535).
fn lab_of_pcs(pcs: [f32; 3]) -> [f32; 3] {
    const SCALE: f32 = 65535.0 / 32768.0;
    const WHITE: [f32; 3] = [0.9642, 1.0, 0.8249];
    let f = |t: f32| if t > 216.0 / 24389.0 { t.cbrt() } else { (24389.0 / 27.0 * t + 16.0) / 116.0 };
    let [x, y, z] = [0, 1, 2].map(|i| f(pcs[i] * SCALE / WHITE[i]));
    [116.0 * y - 16.0, 500.0 * (x - y), 200.0 * (y - z)]
}

/// Deflate (zlib) at the fastest level: the press PDF's content streams and pictures are
/// compressed again after conversion, within a build of under a second.
pub fn deflate(data: &[u8]) -> Result<Vec<u8>, String> {
    deflate_at(data, 1)
}

fn deflate_at(data: &[u8], level: u32) -> Result<Vec<u8>, String> {
    use std::io::Write;
    let mut encoder =
        flate2::write::ZlibEncoder::new(Vec::with_capacity(data.len() / 3), flate2::Compression::new(level));
    encoder.write_all(data).map_err(|e| e.to_string())?;
    encoder.finish().map_err(|e| e.to_string())
}

/// CIEDE2000 colour difference.
pub fn delta_e_2000(lab1: [f32; 3], lab2: [f32; 3]) -> f32 {
    let [l1, a1, b1] = lab1.map(f64::from);
    let [l2, a2, b2] = lab2.map(f64::from);
    let c1 = a1.hypot(b1);
    let c2 = a2.hypot(b2);
    let c_mean = (c1 + c2) / 2.0;
    let g = 0.5 * (1.0 - (c_mean.powi(7) / (c_mean.powi(7) + 25f64.powi(7))).sqrt());
    let (a1p, a2p) = (a1 * (1.0 + g), a2 * (1.0 + g));
    let (c1p, c2p) = (a1p.hypot(b1), a2p.hypot(b2));
    let hue = |b: f64, a: f64| if a == 0.0 && b == 0.0 { 0.0 } else { b.atan2(a).to_degrees().rem_euclid(360.0) };
    let (h1p, h2p) = (hue(b1, a1p), hue(b2, a2p));
    let dl = l2 - l1;
    let dc = c2p - c1p;
    let dh = if c1p * c2p == 0.0 {
        0.0
    } else if (h2p - h1p).abs() <= 180.0 {
        h2p - h1p
    } else if h2p - h1p > 180.0 {
        h2p - h1p - 360.0
    } else {
        h2p - h1p + 360.0
    };
    let dh_big = 2.0 * (c1p * c2p).sqrt() * (dh.to_radians() / 2.0).sin();
    let l_mean = (l1 + l2) / 2.0;
    let cp_mean = (c1p + c2p) / 2.0;
    let hp_mean = if c1p * c2p == 0.0 {
        h1p + h2p
    } else if (h1p - h2p).abs() <= 180.0 {
        (h1p + h2p) / 2.0
    } else if h1p + h2p < 360.0 {
        (h1p + h2p + 360.0) / 2.0
    } else {
        (h1p + h2p - 360.0) / 2.0
    };
    let t = 1.0 - 0.17 * (hp_mean - 30.0).to_radians().cos()
        + 0.24 * (2.0 * hp_mean).to_radians().cos()
        + 0.32 * (3.0 * hp_mean + 6.0).to_radians().cos()
        - 0.20 * (4.0 * hp_mean - 63.0).to_radians().cos();
    let d_theta = 30.0 * (-((hp_mean - 275.0) / 25.0).powi(2)).exp();
    let rc = 2.0 * (cp_mean.powi(7) / (cp_mean.powi(7) + 25f64.powi(7))).sqrt();
    let sl = 1.0 + 0.015 * (l_mean - 50.0).powi(2) / (20.0 + (l_mean - 50.0).powi(2)).sqrt();
    let sc = 1.0 + 0.045 * cp_mean;
    let sh = 1.0 + 0.015 * cp_mean * t;
    let rt = -(2.0 * d_theta).to_radians().sin() * rc;
    let value = ((dl / sl).powi(2) + (dc / sc).powi(2) + (dh_big / sh).powi(2) + rt * (dc / sc) * (dh_big / sh)).sqrt();
    value as f32
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_bundled_grey_ramp_is_the_one_the_profile_gives() {
        let measured = PressProfile::new(BUNDLED_ICC.to_vec(), BUNDLED_CONDITION.to_string(), None).unwrap();
        assert_eq!(measured.grey_ramp(), bundled().grey_ramp());
        assert_eq!(bundled().grey(0.0), [0.0, 0.0, 0.0, 1.0]);
        assert_eq!(bundled().grey(1.0), [0.0; 4]);
    }
}
