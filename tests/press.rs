//! The print outputs read back: boxes of the press PDF, the upside-down half of a flip booklet,
//! and the order and creep of the imposed sheets.

mod common;

use std::path::PathBuf;

use common::{
    TestProject, normalise, page_entries, page_texts, placed_form_x, placed_forms, rectangle, repo, run_in, stderr,
};

const MM: f32 = 72.0 / 25.4;
const BLEED: f32 = 3.0 * MM;

/// Builds the valid fixture `case` as campaign `id`; returns the project and the three PDFs.
fn build(case: &str, id: &str) -> (TestProject, [PathBuf; 3]) {
    let project = TestProject::with_campaigns(&[(id, &repo().join("tests/fixtures/valid").join(case))]);
    let output = run_in(project.path(), &["build"]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let folder = project.path().join("out").join(id);
    let pdfs = [
        folder.join(format!("{id}.pdf")),
        folder.join(format!("{id}-press.pdf")),
        folder.join(format!("{id}-sheets.pdf")),
    ];
    (project, pdfs)
}

fn assert_boxes(pdf: &std::path::Path, trim_size: (f32, f32)) {
    let trims = page_entries(pdf, b"TrimBox");
    let bleeds = page_entries(pdf, b"BleedBox");
    let medias = page_entries(pdf, b"MediaBox");
    for page in 0..trims.len() {
        let trim = rectangle(trims[page].as_ref().expect("every page has a TrimBox"));
        let bleed = rectangle(bleeds[page].as_ref().expect("every page has a BleedBox"));
        let media = rectangle(medias[page].as_ref().unwrap());
        assert!((trim[2] - trim[0] - trim_size.0).abs() < 0.01, "page {page}: trim width {trim:?}");
        assert!((trim[3] - trim[1] - trim_size.1).abs() < 0.01, "page {page}: trim height {trim:?}");
        for side in 0..4 {
            let outward = if side < 2 { -1.0 } else { 1.0 };
            assert!(
                (bleed[side] - (trim[side] + outward * BLEED)).abs() < 0.01,
                "page {page}: bleed {bleed:?} trim {trim:?}"
            );
            assert!(
                outward * (media[side] - bleed[side]) > 1.0,
                "page {page}: media {media:?} holds bleed {bleed:?} and marks"
            );
        }
    }
}

#[test]
fn press_pages_have_the_trim_size_and_3_mm_of_bleed_inside_the_media() {
    let (_project, [_, press, _]) = build("minimal", "minimal");
    assert_boxes(&press, (419.53, 595.28));
    let (_project, [_, press, _]) = build("a6-creep", "small");
    assert_boxes(&press, (297.64, 419.53));
}

#[test]
fn a_flip_booklet_is_bound_with_the_second_language_upside_down_from_the_back() {
    let (_project, [screen, press, _]) = build("minimal", "minimal");
    let rotations: Vec<i64> =
        page_entries(&press, b"Rotate").iter().map(|r| r.as_ref().map_or(0, |r| r.as_i64().unwrap())).collect();
    assert_eq!(rotations, vec![0, 0, 180, 180]);
    let press_pages: Vec<String> = page_texts(&press).iter().map(|t| normalise(t)).collect();
    let screen_pages: Vec<String> = page_texts(&screen).iter().map(|t| normalise(t)).collect();
    // Reader order on screen: kk cover, kk text, ru cover, ru text. Bound: the ru half reversed.
    assert!(screen_pages[2].contains("Факторы успеха социальных проектов"));
    assert_eq!(press_pages[0], screen_pages[0]);
    assert_eq!(press_pages[1], screen_pages[1]);
    assert_eq!(press_pages[2], screen_pages[3]);
    assert_eq!(press_pages[3], screen_pages[2], "the Russian cover is the back cover");
}

/// The sides of the sheets hold the screen pages `(left, right)` in this order.
fn assert_sheet_order(screen: &std::path::Path, sheets: &std::path::Path, expected: &[(usize, usize)]) {
    let pages: Vec<String> = page_texts(screen).iter().map(|t| normalise(t)).collect();
    let sides: Vec<String> = page_texts(sheets).iter().map(|t| normalise(t)).collect();
    assert_eq!(sides.len(), expected.len());
    for (side, &(left, right)) in sides.iter().zip(expected) {
        let (left, right) = (&pages[left - 1], &pages[right - 1]);
        assert!(
            side.starts_with(left.as_str()) && side.ends_with(right.as_str()),
            "side {side:?}\nshould be {left:?}\nthen {right:?}"
        );
    }
}

#[test]
fn sheets_put_the_pages_in_saddle_stitch_order() {
    let (_project, [screen, _, sheets]) = build("a6-creep", "small");
    assert_sheet_order(&screen, &sheets, &[(8, 1), (2, 7), (6, 3), (4, 5)]);
    // A flip booklet is imposed in binding order: its last page is the Russian cover.
    let (_project, [screen, _, sheets]) = build("minimal", "minimal");
    assert_sheet_order(&screen, &sheets, &[(3, 1), (2, 4)]);
}

#[test]
fn creep_moves_the_pages_of_inner_sheets_toward_the_fold() {
    let (_project, [_, _, sheets]) = build("a6-creep", "small");
    let placed = placed_form_x(&sheets);
    let creep = 0.5 * MM;
    // Side 3 is the front of the second sheet: its left page moves right, its right page left.
    assert!((placed[2][0] - placed[0][0] - creep).abs() < 0.01, "{placed:?}");
    assert!((placed[2][1] - placed[0][1] + creep).abs() < 0.01, "{placed:?}");
    assert!((placed[1][0] - placed[0][0]).abs() < 0.01, "the outer sheet does not move: {placed:?}");
}

#[test]
fn each_page_fills_its_half_of_the_sheet_and_the_second_half_of_a_flip_booklet_is_turned() {
    let (_project, [_, press, sheets]) = build("minimal", "minimal");
    let (sheet_width, sheet_height) = (297.0 * MM, 210.0 * MM);
    let (width, height) = (148.0 * MM, 210.0 * MM);
    let left = (sheet_width - 2.0 * width) / 2.0;
    let sides = placed_forms(&sheets);
    assert_eq!(sides.len(), 2, "four pages, two sides");
    for side in &sides {
        assert_eq!(side.len(), 2, "{side:?}");
        for (form, x) in side.iter().zip([left, left + width]) {
            let expected = [x, (sheet_height - height) / 2.0, x + width, (sheet_height + height) / 2.0];
            let found = form.on_page();
            assert!(found.iter().zip(expected).all(|(a, b)| (a - b).abs() < 0.01), "{found:?} is not {expected:?}");
        }
    }
    // Turned on the sheets exactly where the press PDF turns its pages.
    let turned_on_press = page_entries(&press, b"Rotate").iter().filter(|r| r.is_some()).count();
    let turned_on_sheets = sides.iter().flatten().filter(|form| form.upside_down()).count();
    assert_eq!(turned_on_press, 2);
    assert_eq!(turned_on_sheets, turned_on_press);
}

/// The image XObjects of a PDF: their dictionaries and raw (still encoded) data.
fn pdf_images(pdf: &std::path::Path) -> Vec<(lopdf::Dictionary, Vec<u8>)> {
    let document = lopdf::Document::load(pdf).unwrap();
    document
        .objects
        .values()
        .filter_map(|object| object.as_stream().ok())
        .filter(|stream| stream.dict.get(b"Subtype").and_then(|s| s.as_name()).ok() == Some(b"Image".as_slice()))
        .map(|stream| (stream.dict.clone(), stream.content.clone()))
        .collect()
}

#[test]
fn cmyk_jpegs_and_transparent_pngs_keep_their_colours() {
    let (project, [screen, press, _]) = build("raster-images", "raster");
    let jpeg = std::fs::read(project.path().join("booklets/raster/images/cmyk.jpg")).unwrap();
    for pdf in [&screen, &press] {
        let images = pdf_images(pdf);
        // The JPEG goes in unchanged, as CMYK, with the inverted decode that Adobe CMYK JPEGs
        // need (poppler in CI renders it and checks the colours).
        let (dictionary, data) = images
            .iter()
            .find(|(d, _)| d.get(b"Filter").and_then(|f| f.as_name()).ok() == Some(b"DCTDecode".as_slice()))
            .expect("the JPEG is embedded as JPEG");
        assert_eq!(data, &jpeg);
        assert_eq!(dictionary.get(b"ColorSpace").unwrap().as_name().unwrap(), b"DeviceCMYK");
        let decode: Vec<i64> =
            dictionary.get(b"Decode").unwrap().as_array().unwrap().iter().map(|v| v.as_i64().unwrap()).collect();
        assert_eq!(decode, vec![1, 0, 1, 0, 1, 0, 1, 0]);
        // The PNG keeps its transparency as a soft mask.
        assert!(images.iter().any(|(d, _)| d.get(b"SMask").is_ok()), "{pdf:?}: the PNG has a soft mask");
    }
}

#[test]
fn a_trifold_leaflet_is_one_a4_sheet_with_the_cover_outside_and_the_text_inside() {
    for case in ["trifold-sequential", "trifold-parallel"] {
        let (_project, [screen, press, sheets]) = build(case, "leaflet");
        let pages: Vec<String> = page_texts(&screen).iter().map(|t| normalise(t)).collect();
        assert_eq!(pages.len(), 2, "{case}: one sheet, two sides");
        // Outside: inner flap, back panel with the contacts, and the front cover.
        assert!(
            pages[0].contains("Ауыл ісіне сіздің үніңіз керек") && pages[0].contains("Ваш голос нужен селу"),
            "{case}"
        );
        assert!(pages[0].contains("Байланыс / Контакты"), "{case}");
        // Inside: the text, starting with the first section.
        assert!(
            pages[1].starts_with("ҚАЗАҚ ТІЛІНДЕ Тұрғынның қандай мүмкіндігі бар")
                || pages[1].contains("Тұрғынның қандай мүмкіндігі бар"),
            "{case}: {}",
            pages[1]
        );
        assert_boxes(&press, (841.89, 595.28));
        assert_eq!(page_texts(&sheets).len(), 2);
        let press_pages: Vec<String> = page_texts(&press).iter().map(|t| normalise(t)).collect();
        assert_eq!(press_pages, pages, "{case}: the press PDF has the outside first too");
    }
}

#[test]
fn a_parallel_trifold_keeps_each_section_in_both_languages_together() {
    let (_project, [screen, _, _]) = build("trifold-parallel", "leaflet");
    let inside = normalise(&page_texts(&screen)[1]);
    let kk = inside.find("Жергілікті қоғамдастық жиыны мен жиналысы").unwrap();
    let ru = inside.find("Сход и собрание местного сообщества").unwrap();
    let next_kk = inside.find("Бюджетті талқылау").unwrap();
    assert!(kk < ru && ru < next_kk, "{inside}");
}

// ---- The press PDF for the print shop: CMYK, black text in K alone, PDF/X-4 -------------------

/// Every press PDF of a build into `out`, editions included.
fn press_pdfs(out: &std::path::Path) -> Vec<PathBuf> {
    let mut pdfs: Vec<PathBuf> = std::fs::read_dir(out)
        .unwrap()
        .map(|e| e.unwrap().path())
        // out/.cache is the build's, not a campaign's.
        .filter(|p| p.is_dir() && !p.file_name().unwrap().to_string_lossy().starts_with('.'))
        // The standard press PDF and each edition's (`<id>-large-press.pdf`).
        .flat_map(|dir| std::fs::read_dir(dir).unwrap().map(|e| e.unwrap().path()))
        .filter(|p| p.to_string_lossy().ends_with("-press.pdf"))
        .collect();
    pdfs.sort();
    pdfs
}

fn name_of(object: &lopdf::Object) -> &[u8] {
    object.as_name().unwrap_or(b"")
}

fn resolve<'a>(document: &'a lopdf::Document, object: &'a lopdf::Object) -> &'a lopdf::Object {
    document.dereference(object).map(|(_, o)| o).unwrap_or(object)
}

fn dict_of<'a>(document: &'a lopdf::Document, object: &'a lopdf::Object) -> Option<&'a lopdf::Dictionary> {
    match resolve(document, object) {
        lopdf::Object::Dictionary(d) => Some(d),
        lopdf::Object::Stream(s) => Some(&s.dict),
        _ => None,
    }
}

fn text(object: &lopdf::Object) -> String {
    let bytes = object.as_str().unwrap_or(b"");
    if bytes.starts_with(&[0xFE, 0xFF]) {
        let units: Vec<u16> = bytes[2..].chunks_exact(2).map(|c| u16::from_be_bytes([c[0], c[1]])).collect();
        String::from_utf16_lossy(&units)
    } else {
        String::from_utf8_lossy(bytes).into_owned()
    }
}

fn inside(inner: [f32; 4], outer: [f32; 4]) -> bool {
    const EPS: f32 = 0.01;
    inner[0] >= outer[0] - EPS && inner[1] >= outer[1] - EPS && inner[2] <= outer[2] + EPS && inner[3] <= outer[3] + EPS
}

/// Every row of the PDF/X-4 checklist in PRINT.md, and no RGB anywhere; returns the problems.
fn pdfx_problems(pdf: &std::path::Path) -> Vec<String> {
    use lopdf::Object;
    let mut problems = Vec::new();
    let mut problem = |p: String| problems.push(p);
    let bytes = std::fs::read(pdf).unwrap();
    let document = lopdf::Document::load_mem(&bytes).unwrap();

    // 1. Version, encryption, ID.
    if !bytes.starts_with(b"%PDF-1.") || bytes[7] > b'6' {
        problem(format!("header {:?} is not PDF 1.6 or lower", String::from_utf8_lossy(&bytes[..8])));
    }
    let catalog = document.catalog().unwrap();
    if let Ok(version) = catalog.get(b"Version")
        && name_of(version) > b"1.6".as_slice()
    {
        problem(format!("catalog /Version {version:?}"));
    }
    if document.trailer.has(b"Encrypt") {
        problem("encrypted".into());
    }
    match document.trailer.get(b"ID").and_then(Object::as_array) {
        Ok(ids) if ids.len() == 2 && ids.iter().all(|i| i.as_str().is_ok_and(|s| !s.is_empty())) => {}
        _ => problem("no trailer /ID".into()),
    }

    // 2. Info.
    let info = document.trailer.get(b"Info").ok().and_then(|i| dict_of(&document, i)).cloned().unwrap_or_default();
    if info.get(b"Title").map(text).unwrap_or_default().trim().is_empty() {
        problem("no Info /Title".into());
    }
    for key in [&b"CreationDate"[..], b"ModDate"] {
        if info.get(key).map(text).unwrap_or_default().is_empty() {
            problem(format!("no Info /{}", String::from_utf8_lossy(key)));
        }
    }
    let trapped = info.get(b"Trapped").map(name_of).unwrap_or(b"");
    if trapped != b"False" && trapped != b"True" {
        problem(format!("Info /Trapped is {:?}", String::from_utf8_lossy(trapped)));
    }
    if let Ok(version) = info.get(b"GTS_PDFXVersion")
        && text(version) != "PDF/X-4"
    {
        problem(format!("Info GTS_PDFXVersion is {}", text(version)));
    }

    // 3. XMP.
    let xmp = catalog
        .get(b"Metadata")
        .ok()
        .map(|m| resolve(&document, m))
        .and_then(|m| m.as_stream().ok())
        .map(|s| String::from_utf8(s.decompressed_content().unwrap_or_else(|_| s.content.clone())).unwrap());
    match xmp {
        None => problem("no XMP metadata".into()),
        Some(xmp) => {
            let xml = roxmltree::Document::parse(&xmp).expect("the XMP is XML");
            let find = |ns: &str, name: &str| -> Option<String> {
                xml.descendants().find(|n| n.tag_name().namespace() == Some(ns) && n.tag_name().name() == name).map(
                    |n| {
                        n.descendants()
                            .filter(roxmltree::Node::is_text)
                            .filter_map(|d| d.text())
                            .collect::<String>()
                            .trim()
                            .to_string()
                    },
                )
            };
            const XMP: &str = "http://ns.adobe.com/xap/1.0/";
            const MM: &str = "http://ns.adobe.com/xap/1.0/mm/";
            if find("http://www.npes.org/pdfx/ns/id/", "GTS_PDFXVersion").as_deref() != Some("PDF/X-4") {
                problem("XMP pdfxid:GTS_PDFXVersion is not PDF/X-4".into());
            }
            if find("http://ns.adobe.com/pdf/1.3/", "Trapped").as_deref().map(str::as_bytes) != Some(trapped) {
                problem("XMP pdf:Trapped differs from Info".into());
            }
            let title = find("http://purl.org/dc/elements/1.1/", "title");
            if title.as_deref() != Some(text(info.get(b"Title").unwrap_or(&Object::Null)).as_str()) {
                problem(format!("XMP dc:title {title:?} differs from Info"));
            }
            for (ns, name) in [
                (XMP, "CreateDate"),
                (XMP, "ModifyDate"),
                (XMP, "MetadataDate"),
                (MM, "DocumentID"),
                (MM, "VersionID"),
                (MM, "RenditionClass"),
            ] {
                if find(ns, name).is_none_or(|v| v.is_empty()) {
                    problem(format!("XMP has no {name}"));
                }
            }
        }
    }

    // 4. One GTS_PDFX output intent with a CMYK output profile.
    let intents = catalog.get(b"OutputIntents").map(|o| resolve(&document, o)).and_then(Object::as_array);
    let intents: Vec<&lopdf::Dictionary> =
        intents.map(|a| a.iter().filter_map(|i| dict_of(&document, i)).collect()).unwrap_or_default();
    let pdfx: Vec<_> =
        intents.iter().filter(|i| i.get(b"S").map(name_of).ok() == Some(b"GTS_PDFX".as_slice())).collect();
    if pdfx.len() != 1 {
        problem(format!("{} GTS_PDFX output intents", pdfx.len()));
    } else {
        let intent = pdfx[0];
        if intent.get(b"OutputConditionIdentifier").map(text).unwrap_or_default() != "FOGRA39" {
            problem("OutputConditionIdentifier is not FOGRA39".into());
        }
        if intent.get(b"RegistryName").map(text).unwrap_or_default() != "http://www.color.org" {
            problem("no RegistryName".into());
        }
        if intent.get(b"Info").map(text).unwrap_or_default().is_empty() {
            problem("no output intent Info".into());
        }
        match intent.get(b"DestOutputProfile").map(|p| resolve(&document, p)).and_then(Object::as_stream) {
            Ok(stream) => {
                let icc = stream.decompressed_content().unwrap();
                if stream.dict.get(b"N").and_then(Object::as_i64).ok() != Some(4)
                    || icc.get(12..16) != Some(b"prtr")
                    || icc.get(16..20) != Some(b"CMYK")
                {
                    problem("the output profile is not a CMYK output (prtr) profile with /N 4".into());
                }
            }
            Err(_) => problem("no DestOutputProfile".into()),
        }
    }

    // 5, 6. Boxes, annotations.
    for (number, &page_id) in document.get_pages().iter() {
        let page = document.get_dictionary(page_id).unwrap();
        let get = |key: &[u8]| page.get(key).ok().map(|b| common::rectangle(resolve(&document, b)));
        let (media, crop, bleed, trim, art) =
            (get(b"MediaBox"), get(b"CropBox"), get(b"BleedBox"), get(b"TrimBox"), get(b"ArtBox"));
        if trim.is_some() == art.is_some() {
            problem(format!("page {number}: not exactly one of TrimBox and ArtBox"));
        }
        let (Some(media), Some(trim), Some(bleed)) = (media, trim, bleed) else {
            problem(format!("page {number}: no MediaBox, TrimBox or BleedBox"));
            continue;
        };
        if !inside(trim, bleed) || !inside(bleed, media) || crop.is_some_and(|c| !inside(trim, c)) {
            problem(format!("page {number}: TrimBox {trim:?} BleedBox {bleed:?} MediaBox {media:?}"));
        }
        if let Ok(annotations) = page.get(b"Annots").map(|a| resolve(&document, a)).and_then(Object::as_array) {
            for annotation in annotations.iter().filter_map(|a| dict_of(&document, a)) {
                let kind = annotation.get(b"Subtype").map(name_of).unwrap_or(b"");
                if kind != b"PrinterMark" && kind != b"TrapNet" {
                    problem(format!("page {number}: a {} annotation", String::from_utf8_lossy(kind)));
                }
            }
        }
    }

    // 7–10 and no RGB: every object.
    for (id, object) in &document.objects {
        let dict = match object {
            Object::Dictionary(d) => Some(d),
            Object::Stream(s) => Some(&s.dict),
            _ => None,
        };
        if let Object::Array(items) = object
            && let Some(first) = items.first()
        {
            let first = name_of(first);
            if matches!(first, b"ICCBased" | b"CalRGB" | b"Lab" | b"CalGray") {
                problem(format!("{id:?}: a {} colour space", String::from_utf8_lossy(first)));
            }
        }
        let mut values: Vec<&Object> = Vec::new();
        if let Some(dict) = dict {
            values.extend(dict.iter().map(|(_, v)| v));
        }
        if let Object::Array(items) = object {
            values.extend(items.iter());
        }
        for value in values.iter().flat_map(|v| match v {
            Object::Array(items) => items.iter().collect::<Vec<_>>(),
            other => vec![*other],
        }) {
            if matches!(name_of(value), b"DeviceRGB" | b"CalRGB" | b"Lab" | b"LZWDecode" | b"JavaScript") {
                problem(format!("{id:?}: /{}", String::from_utf8_lossy(name_of(value))));
            }
        }
        let Some(dict) = dict else { continue };
        if dict.get(b"Type").map(name_of).ok() == Some(b"Font".as_slice()) {
            let descriptor = match dict.get(b"Subtype").map(name_of) {
                Ok(b"Type0") => dict
                    .get(b"DescendantFonts")
                    .map(|d| resolve(&document, d))
                    .and_then(Object::as_array)
                    .ok()
                    .and_then(|a| a.first())
                    .and_then(|f| dict_of(&document, f))
                    .and_then(|f| f.get(b"FontDescriptor").ok())
                    .and_then(|d| dict_of(&document, d)),
                _ => dict.get(b"FontDescriptor").ok().and_then(|d| dict_of(&document, d)),
            };
            if !descriptor.is_some_and(|d| d.has(b"FontFile") || d.has(b"FontFile2") || d.has(b"FontFile3")) {
                problem(format!("{id:?}: a font that is not embedded"));
            }
        }
        if dict.get(b"S").map(name_of).ok() == Some(b"Transparency".as_slice())
            && let Ok(space) = dict.get(b"CS")
            && !matches!(name_of(space), b"DeviceCMYK" | b"DeviceGray")
        {
            problem(format!("{id:?}: a transparency group blends in {space:?}"));
        }
        for key in [&b"TR"[..], b"TR2"] {
            if dict.get(key).is_ok_and(|v| name_of(v) != b"Default") {
                problem(format!("{id:?}: a transfer function"));
            }
        }
        if let Ok(halftone) = dict.get(b"HT").map(|h| resolve(&document, h))
            && let Some(halftone) = dict_of(&document, halftone)
            && !matches!(halftone.get(b"HalftoneType").and_then(Object::as_i64).ok(), Some(1 | 5))
        {
            problem(format!("{id:?}: a halftone other than type 1 or 5"));
        }
        if dict.get(b"Subtype").map(name_of).ok() == Some(b"PS".as_slice()) || dict.has(b"OPI") {
            problem(format!("{id:?}: a PostScript XObject or OPI"));
        }
        if dict.has(b"EmbeddedFiles") || dict.has(b"JS") {
            problem(format!("{id:?}: an embedded file or JavaScript"));
        }
        if let Ok(space) = dict.get(b"ColorSpace")
            && dict.get(b"Subtype").map(name_of).ok() == Some(b"Image".as_slice())
        {
            let space = resolve(&document, space);
            let name = match space {
                Object::Array(items) => items.first().map(name_of).unwrap_or(b""),
                other => name_of(other),
            };
            if !matches!(name, b"DeviceCMYK" | b"DeviceGray" | b"Indexed") {
                problem(format!("{id:?}: a picture in {}", String::from_utf8_lossy(name)));
            }
        }
    }
    problems.extend(content_problems(&document));
    problems
}

/// Colour operators of every page and form: no RGB or ICC colour is set, and no text is shown
/// in a four-colour black; returns the problems (and checks that body text is 100 % K).
fn content_problems(document: &lopdf::Document) -> Vec<String> {
    use lopdf::Object;
    let mut problems = Vec::new();
    let mut k_only_text = false;
    let mut streams: Vec<Vec<u8>> = document.get_pages().values().map(|&p| document.get_page_content(p)).collect();
    streams.extend(
        document
            .objects
            .values()
            .filter_map(|o| o.as_stream().ok())
            .filter(|s| {
                s.dict.get(b"Subtype").map(name_of).ok() == Some(b"Form".as_slice())
                    || s.dict.get(b"PatternType").and_then(Object::as_i64).ok() == Some(1)
            })
            .map(|s| s.decompressed_content().unwrap()),
    );
    for data in streams {
        let content = lopdf::content::Content::decode(&data).unwrap();
        let mut fill = [0.0f32, 0.0, 0.0, 1.0];
        let mut stack = Vec::new();
        for op in &content.operations {
            let values: Vec<f32> = op.operands.iter().filter_map(|o| o.as_float().ok()).collect();
            match op.operator.as_str() {
                "q" => stack.push(fill),
                "Q" => fill = stack.pop().unwrap_or(fill),
                "rg" | "RG" => problems.push(format!("an RGB colour operator {op:?}")),
                "k" => fill = [values[0], values[1], values[2], values[3]],
                "g" => fill = [0.0, 0.0, 0.0, 1.0 - values[0]],
                "Tj" | "TJ" | "'" | "\"" => {
                    let [c, m, y, k] = fill;
                    if k >= 0.8 && (c > 0.0 || m > 0.0 || y > 0.0) {
                        problems.push(format!("text in a four-colour black {fill:?}"));
                    }
                    if fill == [0.0, 0.0, 0.0, 1.0] {
                        k_only_text = true;
                    }
                }
                _ => {}
            }
        }
    }
    if !k_only_text {
        problems.push("no text at 100 % K".to_string());
    }
    problems
}

/// The samples, the raster fixture and the colour test campaign, built once for these tests.
fn built_press_pdfs() -> &'static (common::TempDir, TestProject, Vec<PathBuf>) {
    static BUILT: std::sync::OnceLock<(common::TempDir, TestProject, Vec<PathBuf>)> = std::sync::OnceLock::new();
    BUILT.get_or_init(|| {
        let out = common::tempdir();
        let output = run_in(&repo(), &["build", "--out", out.path().to_str().unwrap()]);
        assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
        let fixtures = repo().join("tests/fixtures/valid");
        let project = TestProject::with_campaigns(&[
            ("colours", &fixtures.join("press-colours")),
            ("raster", &fixtures.join("raster-images")),
        ]);
        let output = run_in(project.path(), &["build"]);
        assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
        let mut pdfs = press_pdfs(out.path());
        assert_eq!(pdfs.len(), 8, "the six samples, Raiymbek's large print and Zhambyl youth's Latin edition");
        pdfs.extend(press_pdfs(&project.path().join("out")));
        (out, project, pdfs)
    })
}

#[test]
fn every_press_pdf_holds_to_the_pdf_x_4_checklist_and_has_no_rgb() {
    let (_, _, pdfs) = built_press_pdfs();
    let mut failures = Vec::new();
    for pdf in pdfs {
        for problem in pdfx_problems(pdf) {
            failures.push(format!("{}: {problem}", pdf.file_name().unwrap().to_string_lossy()));
        }
    }
    failures.dedup();
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn the_screen_pdfs_stay_srgb() {
    let (out, _, _) = built_press_pdfs();
    for id in ["kegen", "balkhash"] {
        let document = lopdf::Document::load(out.path().join(id).join(format!("{id}.pdf"))).unwrap();
        assert!(document.catalog().unwrap().get(b"OutputIntents").is_err(), "{id}: no output intent on screen");
        let content = document.get_page_content(*document.get_pages().values().nth(1).unwrap());
        let operations = lopdf::content::Content::decode(&content).unwrap().operations;
        assert!(operations.iter().any(|op| op.operator == "scn"), "{id}: colours set in an ICC space");
        assert!(!operations.iter().any(|op| op.operator == "k"), "{id}: no CMYK colour on screen");
        let icc_rgb = document.objects.values().filter_map(|o| o.as_stream().ok()).any(|s| {
            s.dict.get(b"N").and_then(lopdf::Object::as_i64).ok() == Some(3)
                && s.decompressed_content().is_ok_and(|icc| icc.get(16..20) == Some(b"RGB "))
        });
        assert!(icc_rgb, "{id}: the screen PDF is ICC-based sRGB");
    }
}

#[test]
fn pictures_and_drawings_go_through_the_profile_with_their_transparency() {
    let (_, project, _) = built_press_pdfs();
    let press = project.path().join("out/colours/colours-press.pdf");
    let images = pdf_images(&press);
    assert!(
        images
            .iter()
            .all(|(d, _)| matches!(d.get(b"ColorSpace").unwrap().as_name().unwrap(), b"DeviceCMYK" | b"DeviceGray")),
        "pictures in CMYK, soft masks in grey"
    );
    assert!(images.iter().any(|(d, _)| d.get(b"SMask").is_ok()), "the PNG keeps its transparency");
    // The photo's pure red, blue and black through the profile: nothing over 300 %.
    let document = lopdf::Document::load(&press).unwrap();
    for stream in document.objects.values().filter_map(|o| o.as_stream().ok()) {
        if stream.dict.get(b"Subtype").and_then(lopdf::Object::as_name).ok() != Some(b"Image".as_slice())
            || stream.dict.get(b"ColorSpace").and_then(lopdf::Object::as_name).ok() != Some(b"DeviceCMYK".as_slice())
        {
            continue;
        }
        let pixels = stream.decompressed_content().unwrap();
        let max = pixels.chunks_exact(4).map(|p| p.iter().map(|&v| u32::from(v)).sum::<u32>()).max().unwrap();
        assert!(max as f32 / 255.0 * 100.0 <= 300.5, "a picture prints at {:.1} %", max as f32 / 2.55);
    }
    // The SVG's gradients became CMYK sampled functions; its pure black is 100 % K.
    let shadings: Vec<_> =
        document.objects.values().filter_map(|o| o.as_dict().ok()).filter(|d| d.has(b"ShadingType")).collect();
    assert!(shadings.len() >= 3, "the drawing's three gradients");
    for shading in shadings {
        let space = shading.get(b"ColorSpace").unwrap().as_name().unwrap();
        assert!(space == b"DeviceCMYK" || space == b"DeviceGray", "{shading:?}");
    }
    let cover = document.get_page_content(*document.get_pages().values().next().unwrap());
    let operations = lopdf::content::Content::decode(&cover).unwrap().operations;
    let k_only = |op: &lopdf::content::Operation| {
        op.operator == "k"
            && op.operands.iter().map(|o| o.as_float().unwrap()).collect::<Vec<_>>() == [0.0, 0.0, 0.0, 1.0]
    };
    assert!(operations.iter().any(k_only), "the drawing's black is 100 % K");
}

#[test]
fn the_palette_prints_close_to_the_screen_colours() {
    use kitapsha::colour::{self, PALETTE, delta_e_2000};
    let profile = colour::bundled();
    let mut report = Vec::new();
    for colour in PALETTE {
        let screen = profile.lab_of_srgb(colour.srgb.map(|v| f32::from(v) / 255.0));
        let printed = profile.lab_of_cmyk(colour.cmyk.map(|v| f32::from(v) / 100.0));
        let delta = delta_e_2000(screen, printed);
        let [c, m, y, k] = colour.cmyk;
        report.push(format!("{:12} {c}/{m}/{y}/{k} ΔE2000 {delta:.2}", colour.name));
        let k_only = c == 0 && m == 0 && y == 0;
        // The text and the greys are K alone, whatever their hue costs; the brand colours match.
        assert!(if k_only { delta < 8.0 } else { delta < 1.5 }, "{}", report.join("\n"));
        assert!(c as u32 + m as u32 + y as u32 + k as u32 <= 300);
    }
    assert_eq!(PALETTE[0].cmyk, [0, 0, 0, 100], "the text is 100 % K");
    println!("{}", report.join("\n"));
    // Every colour the booklet templates write is in the palette.
    for template in ["common.typ", "booklet.typ", "pieces.typ", "trifold.typ"] {
        let text = std::fs::read_to_string(repo().join("src/typeset").join(template)).unwrap();
        for hex in text.split("rgb(\"#").skip(1).map(|rest| &rest[..6]) {
            let value = u32::from_str_radix(hex, 16).unwrap();
            let srgb = [(value >> 16) as u8, (value >> 8) as u8, value as u8];
            assert!(PALETTE.iter().any(|c| c.srgb == srgb), "{template}: #{hex} has no CMYK value");
        }
    }
}

#[test]
fn a_print_shop_profile_is_used_and_a_wrong_one_is_an_error_at_its_line() {
    let minimal = repo().join("tests/fixtures/valid/minimal");
    let project = TestProject::with_campaigns(&[("minimal", &minimal)]);
    let config = project.path().join("kitapsha.toml");
    let base = std::fs::read_to_string(&config).unwrap();
    std::fs::create_dir_all(project.path().join("print")).unwrap();
    std::fs::copy(repo().join("print/kitapsha-fogra39-tac300.icc"), project.path().join("print/shop.icc")).unwrap();
    std::fs::write(project.path().join("print/srgb.icc"), moxcms::ColorProfile::new_srgb().encode().unwrap()).unwrap();
    std::fs::write(project.path().join("print/broken.icc"), b"not a profile at all").unwrap();

    // The shop's profile and condition go into the output intent.
    std::fs::write(&config, format!("{base}\n[print]\nprofile = \"print/shop.icc\"\ncondition = \"FOGRA39\"\n"))
        .unwrap();
    let output = run_in(project.path(), &["build"]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let problems = pdfx_problems(&project.path().join("out/minimal/minimal-press.pdf"));
    assert!(problems.is_empty(), "{problems:?}");

    let line = base.lines().count() + 3;
    for (file, reason) in [("print/srgb.icc", "not a CMYK one"), ("print/broken.icc", "not a readable ICC profile")] {
        std::fs::write(&config, format!("{base}\n[print]\nprofile = \"{file}\"\ncondition = \"Shop\"\n")).unwrap();
        let output = run_in(project.path(), &["check"]);
        assert_eq!(output.status.code(), Some(1));
        let err = stderr(&output);
        assert!(err.contains(&format!("kitapsha.toml:{line}:11: error: the profile \"{file}\"")), "{err}");
        assert!(err.contains(reason), "{err}");
    }
    std::fs::write(&config, format!("{base}\n[print]\nprofile = \"print/none.icc\"\ncondition = \"Shop\"\n")).unwrap();
    let err = stderr(&run_in(project.path(), &["check"]));
    assert!(err.contains(&format!("kitapsha.toml:{line}:11: error: there is no profile \"print/none.icc\"")), "{err}");
    std::fs::write(&config, format!("{base}\n[print]\nprofile = \"print/shop.icc\"\n")).unwrap();
    let err = stderr(&run_in(project.path(), &["check"]));
    assert!(err.contains("`condition` is missing"), "{err}");
}

#[test]
fn check_reports_each_press_pdfs_highest_ink_and_the_pictures_that_lose_detail() {
    let fixtures = repo().join("tests/fixtures/valid");
    let project = TestProject::with_campaigns(&[
        ("colours", &fixtures.join("press-colours")),
        ("minimal", &fixtures.join("minimal")),
    ]);
    let output = run_in(project.path(), &["check"]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let out = String::from_utf8_lossy(&output.stdout);
    for id in ["colours", "minimal"] {
        let line =
            out.lines().find(|l| l.starts_with(&format!("{id}: press PDF in CMYK, highest total ink "))).unwrap();
        let ink: f32 = line.split("ink ").nth(1).unwrap().split(' ').next().unwrap().parse().unwrap();
        assert!(ink <= 300.0, "{line}");
    }
    let err = stderr(&output);
    assert!(err.contains("warning: image \"images/photo.jpg\" loses detail in print (CMYK)"), "{err}");
    assert!(err.contains("more saturated than CMYK can print"), "{err}");
}

#[test]
fn a_flip_booklets_notes_pages_end_the_screen_pdf_and_are_bound_between_the_halves() {
    let project = TestProject::with_campaigns(&[("one", &repo().join("tests/fixtures/valid/minimal"))]);
    // A second Kazakh section long enough to take a page of its own: five pages, padded to eight.
    let paragraph = "Өтінішті қағазбен немесе электрондық түрде беруге болады. ".repeat(12);
    let section = format!(
        "\n[[section]]\n[section.kk]\ntitle = \"Екінші бөлім\"\ntext = \"\"\"\n{}\n\"\"\"\n\
         [section.ru]\ntitle = \"Второй раздел\"\ntext = \"Коротко.\"\n",
        [paragraph.as_str(); 4].join("\n\n")
    );
    let campaign = project.read("booklets/one/campaign.toml").replace("\n[back]", &format!("{section}\n[back]"));
    project.write("booklets/one/campaign.toml", &campaign);
    let output = run_in(project.path(), &["build"]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let folder = project.path().join("out/one");
    let screen: Vec<String> = page_texts(&folder.join("one.pdf")).iter().map(|t| normalise(t)).collect();
    let press: Vec<String> = page_texts(&folder.join("one-press.pdf")).iter().map(|t| normalise(t)).collect();
    let is_notes = |page: &String| page.contains("ДЛЯ ЗАМЕТОК");
    let notes = screen.iter().filter(|page| is_notes(page)).count();
    assert!(screen.len().is_multiple_of(4) && notes > 0, "{} pages, {notes} of notes", screen.len());
    // On screen the notes pages come last, after the Russian text, which they do not interrupt.
    assert!(screen[screen.len() - notes..].iter().all(is_notes), "{screen:#?}");
    // In print they follow the Kazakh text, turned with the Russian half they end.
    let russian_cover = screen.iter().position(|page| page.contains("Факторы успеха")).unwrap();
    assert!(press[russian_cover..russian_cover + notes].iter().all(is_notes), "{press:#?}");
    assert!(press[russian_cover - 1].contains("Байланыс"), "the Kazakh text ends before them: {press:#?}");
    let rotations: Vec<bool> =
        page_entries(&folder.join("one-press.pdf"), b"Rotate").iter().map(Option::is_some).collect();
    assert!(rotations[russian_cover..].iter().all(|&turned| turned), "{rotations:?}");
    assert_eq!(press.last(), screen.get(russian_cover), "the Russian cover is the back cover");
}
