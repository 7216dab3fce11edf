//! Finishing the PDFs of a booklet, which is typeset once, with bleed and crop marks around
//! every page. Typst writes the TrimBox but no BleedBox and knows nothing of binding order: the
//! press PDF gets both here. The screen PDF is the same pages cut to the trim: its MediaBox is
//! the TrimBox, so that bleed and marks lie outside the page. Only page dictionaries change here;
//! the press PDF's colours are [`convert`](crate::press::convert)'s business.

use lopdf::{Document, Object, ObjectId};

use crate::geometry::{BLEED_MM, POINTS_PER_MM};
use crate::press::BoundPage;

/// Adds a BleedBox 3 mm outside each page's TrimBox, puts the pages in `order` and turns the
/// upside-down ones by 180°.
pub fn finish(document: &mut Document, order: &[BoundPage]) -> Result<(), String> {
    let pages: Vec<ObjectId> = document.get_pages().values().copied().collect();
    if order.len() != pages.len() || order.iter().any(|p| p.index >= pages.len()) {
        return Err(format!("binding order has {} pages, the PDF {}", order.len(), pages.len()));
    }
    let bleed = BLEED_MM * POINTS_PER_MM;
    for &id in &pages {
        let page = document.get_dictionary_mut(id).map_err(|e| e.to_string())?;
        let trim = rectangle(page.get(b"TrimBox").map_err(|_| "a page has no TrimBox".to_string())?)?;
        let bleed_box = [trim[0] - bleed, trim[1] - bleed, trim[2] + bleed, trim[3] + bleed];
        page.set("BleedBox", bleed_box.iter().map(|&v| Object::Real(v as f32)).collect::<Vec<_>>());
        // PDF/X: a TrimBox, and no ArtBox beside it.
        page.remove(b"ArtBox");
    }
    for bound in order.iter().filter(|b| b.upside_down) {
        let page = document.get_dictionary_mut(pages[bound.index]).map_err(|e| e.to_string())?;
        page.set("Rotate", Object::Integer(180));
    }
    reorder(document, order.iter().map(|b| pages[b.index]).collect())
}

/// The screen PDF: every page cut to its TrimBox, and put in `order` when one is given (a
/// leaflet shows its outside first).
pub fn screen(pdf: &[u8], order: Option<&[BoundPage]>) -> Result<Vec<u8>, String> {
    let mut document = Document::load_mem(pdf).map_err(|e| format!("cannot read the typeset PDF: {e}"))?;
    let pages: Vec<ObjectId> = document.get_pages().values().copied().collect();
    for &id in &pages {
        let page = document.get_dictionary_mut(id).map_err(|e| e.to_string())?;
        if let Ok(trim) = page.get(b"TrimBox").cloned() {
            page.set("MediaBox", trim);
            page.remove(b"CropBox");
            page.remove(b"TrimBox");
        }
    }
    if let Some(order) = order {
        reorder(&mut document, order.iter().map(|b| pages[b.index]).collect())?;
    }
    let mut out = Vec::new();
    document.save_to(&mut out).map_err(|e| format!("cannot write the PDF: {e}"))?;
    Ok(out)
}

/// Makes the page tree one flat list in the given order.
fn reorder(document: &mut Document, kids: Vec<ObjectId>) -> Result<(), String> {
    let root = page_tree(document)?;
    for &kid in &kids {
        document.get_dictionary_mut(kid).map_err(|e| e.to_string())?.set("Parent", Object::Reference(root));
    }
    let tree = document.get_dictionary_mut(root).map_err(|e| e.to_string())?;
    tree.set("Count", Object::Integer(kids.len() as i64));
    tree.set("Kids", kids.into_iter().map(Object::Reference).collect::<Vec<_>>());
    // Page labels follow reader order, which binding order no longer has.
    if let Ok(catalog) = document.catalog_mut() {
        catalog.remove(b"PageLabels");
    }
    Ok(())
}

/// The root of the document's page tree.
pub(crate) fn page_tree(document: &Document) -> Result<ObjectId, String> {
    document
        .catalog()
        .and_then(|catalog| catalog.get(b"Pages"))
        .and_then(Object::as_reference)
        .map_err(|e| format!("the PDF has no page tree: {e}"))
}

/// A box entry as four numbers.
pub(crate) fn rectangle(object: &Object) -> Result<[f64; 4], String> {
    let values: Vec<f64> = object
        .as_array()
        .map_err(|e| e.to_string())?
        .iter()
        .map(|v| v.as_float().map(f64::from).map_err(|e| e.to_string()))
        .collect::<Result<_, _>>()?;
    values.try_into().map_err(|_| "a box is not four numbers".to_string())
}
