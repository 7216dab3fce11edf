//! Imposition for saddle stitching on an office duplex printer: landscape sheets, two pages
//! per side, in sheet order (n, 1 | 2, n−1 | …), with optional creep compensation.

use serde::Serialize;
use typst::foundations::Bytes;

use crate::geometry::{Paper, Size};
use crate::press::BoundPage;
use crate::typeset::compile;

const TEMPLATE: &str = include_str!("sheets.typ");

/// A page placed on one half of a sheet side.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Slot {
    pub page: BoundPage,
    /// Creep: how far the page moves toward the fold, in millimetres.
    pub shift_mm: f64,
}

/// The two halves of one side of a sheet.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Side {
    pub left: Slot,
    pub right: Slot,
}

/// The sides of the sheets, front then back of each sheet, outermost sheet first. `bound` is the
/// booklet in binding order and has a multiple of four pages. Inner sheets stick out at the
/// fore-edge once folded, so their pages move toward the fold by `creep_mm` per sheet.
pub fn sheet_sides(bound: &[BoundPage], creep_mm: f64) -> Vec<Side> {
    let n = bound.len();
    assert!(n.is_multiple_of(4), "a saddle-stitched booklet has a multiple of four pages");
    let mut sides = Vec::with_capacity(n / 2);
    for sheet in 0..n / 4 {
        let shift = sheet as f64 * creep_mm;
        let slot = |index: usize, toward_fold: f64| Slot { page: bound[index], shift_mm: toward_fold };
        // Left pages move right, right pages move left: both toward the fold in the middle.
        sides.push(Side { left: slot(n - 1 - 2 * sheet, shift), right: slot(2 * sheet, -shift) });
        sides.push(Side { left: slot(2 * sheet + 1, shift), right: slot(n - 2 - 2 * sheet, -shift) });
    }
    sides
}

/// What `sheets.typ` (beside this file) reads, as `/sheets.json`.
#[derive(Debug, Serialize)]
struct SheetsData<'a> {
    title: &'a str,
    /// The booklet's trim and the sheet it is imposed on, in millimetres.
    page: Size,
    sheet: Size,
    sides: Vec<SideData>,
}

#[derive(Debug, Serialize)]
struct SideData {
    left: SlotData,
    right: SlotData,
}

#[derive(Debug, Serialize)]
#[serde(rename_all = "kebab-case")]
struct SlotData {
    /// 1-based page of the booklet PDF.
    page: usize,
    upside_down: bool,
    /// Creep, toward the fold, in millimetres.
    shift: f64,
}

impl From<&Slot> for SlotData {
    fn from(slot: &Slot) -> Self {
        SlotData { page: slot.page.index + 1, upside_down: slot.page.upside_down, shift: slot.shift_mm }
    }
}

/// The sheets as a Typst project, for `--emit-typst`: what `typst compile` needs to impose the
/// pages of `booklet_pdf` (trim size, reader order) as `sides`, the same way
/// [`sheets_pdf`](crate::press::sheets::sheets_pdf) does without typesetting.
pub fn sheets_sources(booklet_pdf: &[u8], paper: &Paper, sides: &[Side], title: &str) -> compile::Sources {
    let data = SheetsData {
        title,
        page: paper.trim,
        sheet: paper.office_sheet(),
        sides: sides.iter().map(|side| SideData { left: (&side.left).into(), right: (&side.right).into() }).collect(),
    };
    let files = vec![
        ("/booklet.pdf".to_string(), Bytes::new(booklet_pdf.to_vec())),
        ("/sheets.json".to_string(), Bytes::new(serde_json::to_vec(&data).expect("sheets data is plain data"))),
    ];
    compile::Sources { template: TEMPLATE, files }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pages(n: usize) -> Vec<BoundPage> {
        (0..n).map(|index| BoundPage { index, upside_down: false }).collect()
    }

    fn numbers(sides: &[Side]) -> Vec<(usize, usize)> {
        sides.iter().map(|s| (s.left.page.index + 1, s.right.page.index + 1)).collect()
    }

    #[test]
    fn eight_pages_go_on_two_sheets_in_saddle_stitch_order() {
        assert_eq!(numbers(&sheet_sides(&pages(8), 0.0)), vec![(8, 1), (2, 7), (6, 3), (4, 5)]);
    }

    #[test]
    fn every_page_is_placed_exactly_once() {
        for n in (4..=64).step_by(4) {
            let mut placed: Vec<usize> =
                numbers(&sheet_sides(&pages(n), 0.0)).into_iter().flat_map(|(a, b)| [a, b]).collect();
            placed.sort();
            assert_eq!(placed, (1..=n).collect::<Vec<_>>());
        }
    }

    #[test]
    fn creep_moves_inner_sheets_toward_the_fold() {
        let sides = sheet_sides(&pages(12), 0.1);
        let shifts: Vec<(f64, f64)> = sides.iter().map(|s| (s.left.shift_mm, s.right.shift_mm)).collect();
        assert_eq!(shifts, vec![(0.0, -0.0), (0.0, -0.0), (0.1, -0.1), (0.1, -0.1), (0.2, -0.2), (0.2, -0.2)]);
    }
}
