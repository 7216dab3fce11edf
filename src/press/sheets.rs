//! The sheets PDF for an office duplex printer, imposed at the PDF level: each page of the
//! screen PDF becomes a form XObject, drawn on its half of a sheet, clipped to the trim, moved
//! toward the fold for creep and turned for the upside-down half of a flip booklet. Nothing is
//! typeset again, and fonts, pictures and content streams are kept as they are: the booklet's
//! shared resources stay written once.

use lopdf::{Dictionary, Document, Object, ObjectId, Stream};
use sha2::{Digest, Sha256};

use crate::geometry::{POINTS_PER_MM, Paper};
use crate::press::boxes;
use crate::press::impose::{Side, Slot};

/// More page content than any booklet page has, decoded, when pieces must be joined.
const MAX_CONTENT_BYTES: usize = 256 * 1024 * 1024;

/// The sheets PDF of `screen_pdf` (trim size, reader order), its pages placed as `sides`.
pub fn sheets_pdf(screen_pdf: &[u8], paper: &Paper, sides: &[Side], title: &str) -> Result<Vec<u8>, String> {
    let mut document = Document::load_mem(screen_pdf).map_err(|e| format!("cannot read the screen PDF: {e}"))?;
    let pages: Vec<ObjectId> = document.get_pages().values().copied().collect();
    let mut forms = Vec::with_capacity(pages.len());
    for &page in &pages {
        forms.push(page_as_form(&mut document, page)?);
    }

    let sheet = paper.office_sheet();
    let (sheet_width, sheet_height) = (sheet.width * POINTS_PER_MM, sheet.height * POINTS_PER_MM);
    let (page_width, page_height) = (paper.trim.width * POINTS_PER_MM, paper.trim.height * POINTS_PER_MM);
    let left_x = (sheet_width - 2.0 * page_width) / 2.0;
    let y = (sheet_height - page_height) / 2.0;
    let tree = boxes::page_tree(&document)?;
    let mut kids = Vec::with_capacity(sides.len());
    for side in sides {
        let mut xobjects = Dictionary::new();
        let mut content = String::new();
        for (name, slot, x) in [("L", &side.left, left_x), ("R", &side.right, left_x + page_width)] {
            let form = *forms.get(slot.page.index).ok_or_else(|| format!("no page {}", slot.page.index + 1))?;
            xobjects.set(name, Object::Reference(form.id));
            content.push_str(&placement(name, slot, &form, [x, y, page_width, page_height]));
        }
        let mut stream = Stream::new(Dictionary::new(), content.into_bytes());
        stream.compress().map_err(|e| e.to_string())?;
        let contents = document.add_object(stream);
        let mut resources = Dictionary::new();
        resources.set("XObject", xobjects);
        let mut page = Dictionary::new();
        page.set("Type", Object::Name(b"Page".to_vec()));
        page.set("Parent", Object::Reference(tree));
        page.set("MediaBox", rectangle([0.0, 0.0, sheet_width, sheet_height]));
        page.set("Resources", resources);
        page.set("Contents", Object::Reference(contents));
        kids.push(document.add_object(page));
    }
    let tree_dictionary = document.get_dictionary_mut(tree).map_err(|e| e.to_string())?;
    tree_dictionary.set("Count", Object::Integer(kids.len() as i64));
    tree_dictionary.set("Kids", kids.into_iter().map(Object::Reference).collect::<Vec<_>>());
    forget_the_booklet_pages(&mut document, title)?;
    document.prune_objects();
    document.renumber_objects();
    let mut out = Vec::new();
    document.save_to(&mut out).map_err(|e| format!("cannot write the sheets PDF: {e}"))?;
    Ok(out)
}

/// A booklet page as a form XObject: its box, resources and content stream, unchanged.
#[derive(Debug, Clone, Copy)]
struct Form {
    id: ObjectId,
    /// The page's MediaBox: the trim, where the screen PDF has it.
    origin: [f64; 2],
}

fn page_as_form(document: &mut Document, page: ObjectId) -> Result<Form, String> {
    let dictionary = document.get_dictionary(page).map_err(|e| e.to_string())?;
    let media_box = inherited(document, dictionary, b"MediaBox").ok_or("a page has no MediaBox")?;
    let bounds = numbers(document, &media_box)?;
    let resources = inherited(document, dictionary, b"Resources").unwrap_or(Object::Dictionary(Dictionary::new()));
    let group = dictionary.get(b"Group").ok().cloned();
    // Typst writes one content stream a page: it is reused as it is, still compressed.
    let contents = document.get_page_contents(page);
    let (mut form, content) = match contents.as_slice() {
        [single] => {
            let stream = document.get_object(*single).and_then(Object::as_stream).map_err(|e| e.to_string())?;
            let mut dict = Dictionary::new();
            for key in [b"Filter".as_slice(), b"DecodeParms"] {
                if let Ok(value) = stream.dict.get(key) {
                    dict.set(key, value.clone());
                }
            }
            (dict, stream.content.clone())
        }
        _ => (
            Dictionary::new(),
            document.get_page_content_with_limit(page, MAX_CONTENT_BYTES).map_err(|e| e.to_string())?,
        ),
    };
    form.set("Type", Object::Name(b"XObject".to_vec()));
    form.set("Subtype", Object::Name(b"Form".to_vec()));
    form.set("BBox", rectangle(bounds));
    form.set("Resources", resources);
    if let Some(group) = group {
        form.set("Group", group);
    }
    let mut stream = Stream::new(form, content);
    if contents.len() != 1 {
        stream.compress().map_err(|e| e.to_string())?;
    }
    Ok(Form { id: document.add_object(stream), origin: [bounds[0], bounds[1]] })
}

/// The operators that draw `form` in the box `[x, y, width, height]` of a sheet, clipped to it,
/// moved toward the fold by the slot's creep and, for an upside-down page, turned about its
/// centre.
fn placement(name: &str, slot: &Slot, form: &Form, [x, y, width, height]: [f64; 4]) -> String {
    let shift = slot.shift_mm * POINTS_PER_MM;
    let turn =
        if slot.page.upside_down { format!("-1 0 0 -1 {} {} cm\n", num(width), num(height)) } else { String::new() };
    format!(
        "q\n1 0 0 1 {} {} cm\n0 0 {} {} re W n\n1 0 0 1 {} 0 cm\n{turn}1 0 0 1 {} {} cm\n/{name} Do\nQ\n",
        num(x),
        num(y),
        num(width),
        num(height),
        num(shift),
        num(-form.origin[0]),
        num(-form.origin[1]),
    )
}

/// A number as content streams write it: four decimals at most, no "-0".
fn num(value: f64) -> String {
    let rounded = (value * 10_000.0).round() / 10_000.0;
    let rounded = if rounded == 0.0 { 0.0 } else { rounded };
    let text = format!("{rounded:.4}");
    text.trim_end_matches('0').trim_end_matches('.').to_string()
}

/// The catalogue without what points into the booklet's own pages (outline, destinations,
/// page labels, structure tree), the metadata that describes the booklet, and the sheets'
/// own title and identifier, so that the old pages can go.
fn forget_the_booklet_pages(document: &mut Document, title: &str) -> Result<(), String> {
    let catalog = document.catalog_mut().map_err(|e| e.to_string())?;
    for key in [
        b"Outlines".as_slice(),
        b"Dests",
        b"Names",
        b"PageLabels",
        b"StructTreeRoot",
        b"MarkInfo",
        b"Metadata",
        b"OpenAction",
        b"PageMode",
        b"ViewerPreferences",
        b"Lang",
    ] {
        catalog.remove(key);
    }
    let mut info = Dictionary::new();
    info.set("Title", text_string(title));
    if let Ok(old) = document.trailer.get(b"Info").and_then(Object::as_reference)
        && let Ok(old) = document.get_dictionary(old)
    {
        for key in [b"Creator".as_slice(), b"Producer", b"CreationDate", b"ModDate"] {
            if let Ok(value) = old.get(key) {
                info.set(key, value.clone());
            }
        }
    }
    let info = document.add_object(info);
    document.trailer.set("Info", Object::Reference(info));
    // Reproducible, and not the screen PDF's: the identifier follows the pages placed.
    let first_id = document.trailer.get(b"ID").ok().and_then(|id| id.as_array().ok()).and_then(|ids| ids.first());
    let seed = first_id.and_then(|id| id.as_str().ok()).unwrap_or_default();
    let digest = Sha256::new().chain_update(seed).chain_update(b"sheets").chain_update(title).finalize();
    let id = Object::String(digest[..16].to_vec(), lopdf::StringFormat::Hexadecimal);
    document.trailer.set("ID", vec![id.clone(), id]);
    Ok(())
}

/// A text string as PDF writes one that is not plain ASCII: UTF-16BE after a byte-order mark.
fn text_string(text: &str) -> Object {
    let mut bytes = vec![0xFE, 0xFF];
    bytes.extend(text.encode_utf16().flat_map(u16::to_be_bytes));
    Object::String(bytes, lopdf::StringFormat::Hexadecimal)
}

/// A page entry, from the page or the nearest page tree node above it that has it.
fn inherited(document: &Document, page: &Dictionary, key: &[u8]) -> Option<Object> {
    let mut node = page;
    for _ in 0..32 {
        if let Ok(value) = node.get(key) {
            return Some(value.clone());
        }
        let parent = node.get(b"Parent").and_then(Object::as_reference).ok()?;
        node = document.get_dictionary(parent).ok()?;
    }
    None
}

/// A box, where the page may give it by reference.
fn numbers(document: &Document, object: &Object) -> Result<[f64; 4], String> {
    match object {
        Object::Reference(id) => boxes::rectangle(document.get_object(*id).map_err(|e| e.to_string())?),
        other => boxes::rectangle(other),
    }
}

fn rectangle(values: [f64; 4]) -> Object {
    Object::Array(values.iter().map(|&v| Object::Real(v as f32)).collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_are_written_short_and_never_as_minus_zero() {
        assert_eq!(num(-0.0), "0");
        assert_eq!(num(1.0), "1");
        assert_eq!(num(-8.503_937), "-8.5039");
        assert_eq!(num(419.527_559), "419.5276");
    }

    #[test]
    fn an_upside_down_page_is_turned_inside_its_box_after_the_creep() {
        let form = Form { id: (1, 0), origin: [8.5, 8.5] };
        let page = crate::press::BoundPage { index: 0, upside_down: true };
        let drawn = placement("L", &Slot { page, shift_mm: 0.5 }, &form, [10.0, 20.0, 100.0, 200.0]);
        assert_eq!(
            drawn,
            "q\n1 0 0 1 10 20 cm\n0 0 100 200 re W n\n1 0 0 1 1.4173 0 cm\n-1 0 0 -1 100 200 cm\n\
             1 0 0 1 -8.5 -8.5 cm\n/L Do\nQ\n"
        );
    }
}
