//! The screen PDFs read back as a screen reader reads them: the structure tree Typst writes
//! (headings, lists, quotes, figures with their alternative texts, each text's language) is
//! there, survives kitapsha's page boxes and a leaflet's page order, and reads each half of a
//! flip booklet from start to end; the press PDF says it is PDF/X, not PDF/UA.

mod common;

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use common::{TempDir, TestProject, repo, run_in, stderr};
use lopdf::{Dictionary, Document, Object, ObjectId};

const SAMPLES: [&str; 6] = ["balkhash", "kegen", "raiymbek", "uighur", "zhambyl", "zhambyl-youth"];

/// The samples, a leaflet and the campaign with a decorative picture, built once.
fn built() -> &'static (TempDir, TestProject) {
    static BUILT: std::sync::OnceLock<(TempDir, TestProject)> = std::sync::OnceLock::new();
    BUILT.get_or_init(|| {
        let out = common::tempdir();
        let output = run_in(&repo(), &["build", "--out", out.path().to_str().unwrap()]);
        assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
        let fixtures = repo().join("tests/fixtures");
        let project = TestProject::with_campaigns(&[
            ("leaflet", &fixtures.join("valid/trifold-sequential")),
            ("decorative", &fixtures.join("invalid/picture-alt-from-caption")),
        ]);
        // The second campaign is the minimal one with its own file laid over it.
        common::copy_dir(&fixtures.join("valid/minimal/images"), &project.path().join("booklets/decorative/images"));
        let output = run_in(project.path(), &["build"]);
        assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
        (out, project)
    })
}

fn sample_pdf(id: &str, suffix: &str) -> PathBuf {
    built().0.path().join(id).join(format!("{id}{suffix}.pdf"))
}

fn project_pdf(id: &str) -> PathBuf {
    built().1.path().join("out").join(id).join(format!("{id}.pdf"))
}

/// A structure element as a screen reader meets it, in reading order.
#[derive(Debug)]
struct Element {
    tag: String,
    /// Its own language, or the nearest one above it, or the document's.
    lang: Option<String>,
    alt: Option<String>,
    page: Option<ObjectId>,
}

fn resolve<'a>(document: &'a Document, object: &'a Object) -> &'a Object {
    match object {
        Object::Reference(id) => document.get_object(*id).unwrap(),
        other => other,
    }
}

fn dictionary<'a>(document: &'a Document, object: &'a Object) -> Option<&'a Dictionary> {
    match resolve(document, object) {
        Object::Dictionary(d) => Some(d),
        Object::Stream(s) => Some(&s.dict),
        _ => None,
    }
}

/// A PDF text string: UTF-16BE after its mark, or else PDFDocEncoding read as Latin-1.
fn text(object: &Object) -> String {
    let bytes = object.as_str().unwrap();
    match bytes.strip_prefix(&[0xfe, 0xff]) {
        Some(utf16) => {
            let units: Vec<u16> = utf16.chunks(2).map(|pair| u16::from_be_bytes([pair[0], pair[1]])).collect();
            String::from_utf16(&units).unwrap()
        }
        None => bytes.iter().map(|&b| char::from(b)).collect(),
    }
}

fn catalog_lang(document: &Document) -> Option<String> {
    document.catalog().unwrap().get(b"Lang").ok().map(text)
}

/// Every structure element under the StructTreeRoot, depth first: the order a screen reader
/// reads them in.
fn elements(document: &Document) -> Vec<Element> {
    let catalog = document.catalog().unwrap();
    let root = dictionary(document, catalog.get(b"StructTreeRoot").expect("a StructTreeRoot")).unwrap();
    let mut out = Vec::new();
    walk(document, root.get(b"K").expect("the root has children"), catalog_lang(document), &mut out);
    out
}

fn walk(document: &Document, kids: &Object, lang: Option<String>, out: &mut Vec<Element>) {
    match resolve(document, kids) {
        Object::Array(items) => items.iter().for_each(|item| walk(document, item, lang.clone(), out)),
        Object::Dictionary(element) if element.has(b"S") => {
            let lang = element.get(b"Lang").ok().map(text).or(lang);
            out.push(Element {
                tag: String::from_utf8_lossy(element.get(b"S").unwrap().as_name().unwrap()).into_owned(),
                lang: lang.clone(),
                alt: element.get(b"Alt").ok().map(text),
                page: element.get(b"Pg").ok().and_then(|p| p.as_reference().ok()),
            });
            if let Ok(kids) = element.get(b"K") {
                walk(document, kids, lang, out);
            }
        }
        // Marked-content and object references: the leaves.
        _ => {}
    }
}

fn tags(elements: &[Element]) -> BTreeSet<&str> {
    elements.iter().map(|e| e.tag.as_str()).collect()
}

/// The pictures' `alt` texts of a campaign file, in every language.
fn alt_texts(campaign: &Path) -> Vec<String> {
    let file: toml::Table = std::fs::read_to_string(campaign).unwrap().parse().unwrap();
    let mut alts = Vec::new();
    let cover = file.get("cover").into_iter();
    let sections = file.get("section").and_then(|s| s.as_array()).into_iter().flatten();
    for table in cover.chain(sections) {
        for lang in ["kk", "ru"] {
            if let Some(alt) = table.get(lang).and_then(|block| block.get("alt")).and_then(|a| a.as_str()) {
                alts.push(alt.to_string());
            }
        }
    }
    alts
}

/// The problems of a tagged PDF's structure: what PDF/UA asks of the catalog, and references
/// from the structure tree to pages, and back, that kitapsha's rewriting of the pages must keep.
fn structure_problems(pdf: &Path) -> Vec<String> {
    let document = Document::load(pdf).unwrap();
    let catalog = document.catalog().unwrap();
    let mut problems = Vec::new();
    let marked = catalog
        .get(b"MarkInfo")
        .ok()
        .and_then(|m| dictionary(&document, m))
        .and_then(|m| m.get(b"Marked").ok())
        .and_then(|m| m.as_bool().ok());
    if marked != Some(true) {
        problems.push("MarkInfo /Marked is not true".to_string());
    }
    if catalog_lang(&document).is_none_or(|lang| lang.is_empty()) {
        problems.push("no document language".to_string());
    }
    let xmp = catalog
        .get(b"Metadata")
        .ok()
        .and_then(|m| resolve(&document, m).as_stream().ok())
        .map(|s| String::from_utf8_lossy(&s.content).into_owned())
        .unwrap_or_default();
    if !xmp.contains("pdfuaid:part") {
        problems.push("the XMP metadata does not say PDF/UA".to_string());
    }
    let pages: BTreeSet<ObjectId> = document.get_pages().values().copied().collect();
    for element in elements(&document) {
        if let Some(page) = element.page
            && !pages.contains(&page)
        {
            problems.push(format!("{} points at {page:?}, which is no page", element.tag));
        }
    }
    let root = dictionary(&document, catalog.get(b"StructTreeRoot").unwrap()).unwrap();
    let parent_tree = root.get(b"ParentTree").ok().and_then(|t| dictionary(&document, t));
    let Some(parent_tree) = parent_tree else {
        problems.push("no ParentTree".to_string());
        return problems;
    };
    let keys = number_tree_keys(&document, parent_tree);
    for page in &pages {
        let page = document.get_dictionary(*page).unwrap();
        if let Ok(key) = page.get(b"StructParents").and_then(Object::as_i64)
            && !keys.contains(&key)
        {
            problems.push(format!("a page's StructParents {key} is not in the ParentTree"));
        }
    }
    problems
}

fn number_tree_keys(document: &Document, node: &Dictionary) -> BTreeSet<i64> {
    let mut keys = BTreeSet::new();
    if let Ok(nums) = node.get(b"Nums").and_then(Object::as_array) {
        keys.extend(nums.iter().step_by(2).filter_map(|k| k.as_i64().ok()));
    }
    if let Ok(kids) = node.get(b"Kids").and_then(Object::as_array) {
        for kid in kids {
            keys.extend(number_tree_keys(document, dictionary(document, kid).unwrap()));
        }
    }
    keys
}

#[test]
fn every_screen_pdf_is_tagged_pdf_ua_1_with_its_structure_pointing_at_its_pages() {
    let mut pdfs: Vec<PathBuf> = SAMPLES.iter().map(|id| sample_pdf(id, "")).collect();
    pdfs.push(project_pdf("leaflet"));
    pdfs.push(project_pdf("decorative"));
    let mut failures = Vec::new();
    for pdf in &pdfs {
        for problem in structure_problems(pdf) {
            failures.push(format!("{}: {problem}", pdf.display()));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn headings_lists_quotes_captions_and_pictures_with_their_alt_texts_are_tagged() {
    for id in SAMPLES {
        let document = Document::load(sample_pdf(id, "")).unwrap();
        let elements = elements(&document);
        let found = tags(&elements);
        for tag in ["H1", "L", "LI", "LBody", "BlockQuote", "Figure", "P"] {
            assert!(found.contains(tag), "{id}: no {tag} in {found:?}");
        }
        // Sections with a picture in a figure have its caption tagged (a parallel booklet
        // prints the captions of its pictures beside each other, as paragraphs).
        if !["uighur", "zhambyl-youth"].contains(&id) {
            assert!(found.contains("Caption"), "{id}: no Caption in {found:?}");
        }
        let figure_alts: Vec<&str> =
            elements.iter().filter(|e| e.tag == "Figure").map(|e| e.alt.as_deref().unwrap_or("")).collect();
        assert!(figure_alts.iter().all(|alt| !alt.trim().is_empty()), "{id}: a figure without /Alt: {figure_alts:?}");
        let written = alt_texts(&repo().join("booklets").join(id).join("campaign.toml"));
        assert!(!written.is_empty(), "{id}: the sample's pictures have alt texts");
        for alt in written {
            assert!(
                figure_alts.iter().any(|figure| figure.contains(alt.as_str())),
                "{id}: the alt text {alt:?} is on no figure: {figure_alts:?}"
            );
        }
    }
}

/// The languages of the first-level headings (the sections' and the parts'), in reading
/// order, with repeats run together. (The back page a sequential booklet shares between its
/// languages has a heading in both.)
fn heading_languages(elements: &[Element]) -> Vec<String> {
    let mut runs: Vec<String> = Vec::new();
    for element in elements.iter().filter(|e| e.tag == "H1") {
        let lang = element.lang.clone().unwrap_or_default();
        if runs.last() != Some(&lang) {
            runs.push(lang);
        }
    }
    runs
}

#[test]
fn each_language_is_tagged_and_a_flip_or_sequential_booklet_reads_one_language_to_its_end() {
    // raiymbek and balkhash are flip booklets, kegen and zhambyl sequential: every heading of
    // the Kazakh half, then every heading of the Russian one.
    for id in ["raiymbek", "balkhash", "kegen", "zhambyl"] {
        let document = Document::load(sample_pdf(id, "")).unwrap();
        assert_eq!(catalog_lang(&document).as_deref(), Some("kk"), "{id}: the document's language");
        assert_eq!(heading_languages(&elements(&document)), ["kk", "ru"], "{id}: the headings' languages in order");
    }
    // Side by side: both languages, section by section.
    for id in ["uighur", "zhambyl-youth"] {
        let runs = heading_languages(&elements(&Document::load(sample_pdf(id, "")).unwrap()));
        assert!(
            runs.len() > 2 && runs.contains(&"kk".to_string()) && runs.contains(&"ru".to_string()),
            "{id}: {runs:?}"
        );
    }
}

#[test]
fn a_decorative_picture_is_left_out_and_a_picture_without_alt_is_read_by_its_caption() {
    let document = Document::load(project_pdf("decorative")).unwrap();
    let figures: Vec<String> =
        elements(&document).into_iter().filter(|e| e.tag == "Figure").filter_map(|e| e.alt).collect();
    let campaign: toml::Table =
        std::fs::read_to_string(repo().join("tests/fixtures/invalid/picture-alt-from-caption/campaign.toml"))
            .unwrap()
            .parse()
            .unwrap();
    let first = &campaign["section"].as_array().unwrap()[0];
    for lang in ["kk", "ru"] {
        let caption = first[lang]["caption"].as_str().unwrap();
        assert!(figures.iter().any(|alt| alt == caption), "the {lang} caption read for the picture: {figures:?}");
    }
    // Per language: the cover, the first section's picture and the QR code; the second
    // section's decorative picture is no figure at all.
    assert_eq!(figures.len(), 6, "{figures:?}");
}

#[test]
fn the_press_pdf_says_it_is_pdf_x_and_not_pdf_ua() {
    for id in SAMPLES {
        let document = Document::load(sample_pdf(id, "-press")).unwrap();
        let catalog = document.catalog().unwrap();
        let metadata = resolve(&document, catalog.get(b"Metadata").unwrap()).as_stream().unwrap();
        let xmp = String::from_utf8_lossy(&metadata.content);
        assert!(xmp.contains("PDF/X-4"), "{id}: the press XMP says PDF/X-4");
        assert!(!xmp.contains("pdfuaid"), "{id}: the press XMP claims no PDF/UA");
    }
}
