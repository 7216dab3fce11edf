//! Imposition for saddle stitching on an office duplex printer: landscape sheets, two pages
//! per side, in sheet order (n, 1 | 2, n−1 | …), with optional creep compensation.

use serde_json::json;
use typst::foundations::Bytes;

use crate::date::Date;
use crate::diag::Diagnostic;
use crate::press::BoundPage;
use crate::typeset::compile;

const TEMPLATE: &str = include_str!("../typeset/templates/sheets.typ");

/// The sheet two pages of `page_mm` are printed on: A4 landscape for A5 booklets, A5 landscape
/// for A6 ones (the paper sizes an office printer takes).
pub fn sheet_mm(page_mm: (f64, f64)) -> (f64, f64) {
    if page_mm.0 <= 105.0 { (210.0, 148.0) } else { (297.0, 210.0) }
}

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

/// The sheets PDF: the pages of `booklet_pdf` (trim size, reader order) imposed as `sides`.
pub fn sheets_document(
    booklet_pdf: &[u8],
    page_mm: (f64, f64),
    sides: &[Side],
    title: &str,
    today: Date,
    shown: &std::path::Path,
) -> Result<(typst_layout::PagedDocument, compile::Sources), Vec<Diagnostic>> {
    let placed = |slot: &Slot| {
        json!({
            "page": slot.page.index + 1,
            "upside-down": slot.page.upside_down,
            "shift": slot.shift_mm,
        })
    };
    let data = json!({
        "title": title,
        "page-width": page_mm.0,
        "page-height": page_mm.1,
        "sheet-width": sheet_mm(page_mm).0,
        "sheet-height": sheet_mm(page_mm).1,
        "sides": sides.iter().map(|side| json!({"left": placed(&side.left), "right": placed(&side.right)})).collect::<Vec<_>>(),
    });
    let files = vec![
        ("/booklet.pdf".to_string(), Bytes::new(booklet_pdf.to_vec())),
        ("/sheets.json".to_string(), Bytes::new(data.to_string().into_bytes())),
    ];
    let document = compile::compile(TEMPLATE, files.clone(), today, shown)?;
    Ok((document, compile::Sources { template: TEMPLATE, files }))
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
