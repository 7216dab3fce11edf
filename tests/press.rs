//! The print outputs read back: boxes of the press PDF, the upside-down half of a flip booklet,
//! and the order and creep of the imposed sheets.

mod common;

use std::path::PathBuf;

use common::{TestProject, normalise, page_entries, page_texts, placed_form_x, rectangle, repo, run_in, stderr};

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
