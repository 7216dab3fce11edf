//! Paper geometry in millimetres, in one place: the trim and margins of each format, the bleed
//! and the slug for crop marks around it, the sheets pages are imposed on, and the panels of a
//! folded leaflet. The templates receive it as data; nothing else writes a paper size.

use serde::{Deserialize, Serialize};

pub const POINTS_PER_MM: f64 = 72.0 / 25.4;

/// Bleed past the trim on every side, as print shops ask for.
pub const BLEED_MM: f64 = 3.0;
/// Room outside the bleed for the crop marks.
pub const SLUG_MM: f64 = 7.0;

/// The trim size and binding of the printed piece.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Format {
    A5,
    A6,
    A4Trifold,
    /// A4 booklet pages: only for a large-print edition too long for A5, never written in
    /// `campaign.toml`.
    #[serde(skip)]
    A4,
}

/// A width and a height, in millimetres.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Size {
    pub width: f64,
    pub height: f64,
}

/// The space between the trim and the text, in millimetres.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Margins {
    pub x: f64,
    pub top: f64,
    pub bottom: f64,
}

/// Where a roll-fold leaflet folds, in millimetres from the left edge of each side. The inner
/// flap is 3 mm narrower than the other panels, so that it folds in under the cover.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Folds {
    /// The inside, laid out first: panel, panel, inner flap's back.
    pub inside: [f64; 2],
    /// The outside: inner flap, back panel, front cover.
    pub outside: [f64; 2],
    /// The gap between the text columns, across each fold.
    pub gutter: f64,
}

/// Everything a template needs to know about the paper of one format.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Paper {
    pub trim: Size,
    pub margin: Margins,
    /// The type scale of the format, relative to A5.
    pub scale: f64,
    pub bleed: f64,
    pub slug: f64,
    /// Only for a folded leaflet.
    pub folds: Option<Folds>,
}

impl Format {
    pub fn paper(self) -> Paper {
        let (trim, margin, scale, folds) = match self {
            Format::A5 => {
                (Size { width: 148.0, height: 210.0 }, Margins { x: 15.0, top: 15.0, bottom: 17.0 }, 1.0, None)
            }
            Format::A6 => {
                (Size { width: 105.0, height: 148.0 }, Margins { x: 10.0, top: 10.0, bottom: 12.0 }, 0.84, None)
            }
            Format::A4 => {
                (Size { width: 210.0, height: 297.0 }, Margins { x: 20.0, top: 20.0, bottom: 22.0 }, 1.0, None)
            }
            Format::A4Trifold => (
                Size { width: 297.0, height: 210.0 },
                Margins { x: 7.5, top: 12.0, bottom: 12.0 },
                0.9,
                Some(Folds { inside: [100.0, 200.0], outside: [97.0, 197.0], gutter: 18.0 }),
            ),
        };
        Paper { trim, margin, scale, bleed: BLEED_MM, slug: SLUG_MM, folds }
    }
}

impl Paper {
    /// The sheet two pages are printed on side by side in the office: A4 landscape for A5
    /// booklets, A5 landscape for A6 ones (the paper sizes an office printer takes), A3
    /// landscape for the A4 pages of a long large-print edition.
    pub fn office_sheet(&self) -> Size {
        if self.trim.width > 148.0 {
            Size { width: 420.0, height: 297.0 }
        } else if self.trim.width <= 105.0 {
            Size { width: 210.0, height: 148.0 }
        } else {
            Size { width: 297.0, height: 210.0 }
        }
    }

    /// The right edge of a leaflet's inner flap, the first panel of its outside, in points.
    pub fn inner_flap_end_pt(&self) -> Option<f64> {
        self.folds.map(|folds| folds.outside[0] * POINTS_PER_MM)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_a5_booklet_goes_two_up_on_a4_and_an_a6_one_on_a5() {
        assert_eq!(Format::A5.paper().office_sheet(), Size { width: 297.0, height: 210.0 });
        assert_eq!(Format::A6.paper().office_sheet(), Size { width: 210.0, height: 148.0 });
    }

    #[test]
    fn the_inner_flap_is_3_mm_narrower_than_the_panel_it_folds_under() {
        let paper = Format::A4Trifold.paper();
        let folds = paper.folds.unwrap();
        let cover = paper.trim.width - folds.outside[1];
        assert!((cover - folds.outside[0] - 3.0).abs() < 1e-9);
        assert_eq!(Format::A5.paper().inner_flap_end_pt(), None);
    }
}
