//! The large-print edition: its layout rules read back from the laid-out pages (type size,
//! no hyphenation, ragged right, line spacing, no italics), its three PDFs with the same press
//! checks as the standard ones, and the print run that records it.

mod common;

use kitapsha::campaign::{Campaign, Edition};
use kitapsha::diag::Diagnostics;
use kitapsha::project::Project;
use kitapsha::typeset::booklet;
use typst::layout::{Frame, FrameItem, Point, Transform};
use typst::text::{FontStyle, TextItem};
use typst_layout::PagedDocument;

use common::{TestProject, page_count, page_entries, rectangle, repo};

/// A piece of text as laid out: where its baseline starts, its size, and what it shows.
#[derive(Debug, Clone)]
struct Run {
    page: usize,
    x: f64,
    y: f64,
    size: f64,
    text: String,
    italic: bool,
    /// Spaces wider or narrower than the font's own: set by justification.
    stretched_spaces: usize,
}

fn runs(document: &PagedDocument) -> Vec<Run> {
    fn walk(frame: &Frame, ts: Transform, page: usize, out: &mut Vec<Run>) {
        for (pos, item) in frame.items() {
            let ts = ts.pre_concat(Transform::translate(pos.x, pos.y));
            match item {
                FrameItem::Group(group) => walk(&group.frame, ts.pre_concat(group.transform), page, out),
                FrameItem::Text(text) => out.push(run(text, Point::zero().transform(ts), ts, page)),
                _ => {}
            }
        }
    }
    let mut out = Vec::new();
    for (index, page) in document.pages().iter().enumerate() {
        walk(&page.frame, Transform::identity(), index + 1, &mut out);
    }
    out
}

fn run(text: &TextItem, at: Point, ts: Transform, page: usize) -> Run {
    // Justification widens the spaces alone; tracking (spaced capitals) widens every glyph alike.
    let extra = |glyph: &typst::text::Glyph| {
        let own = text.font.x_advance(glyph.id).map_or(0.0, typst::layout::Em::get);
        ((glyph.x_advance.get() - own) * 1000.0).round() as i64
    };
    let is_space = |glyph: &typst::text::Glyph| text.text.get(glyph.range()) == Some(" ");
    let mut others: Vec<i64> = text.glyphs.iter().filter(|g| !is_space(g)).map(extra).collect();
    others.sort_unstable();
    let tracking = others.chunk_by(|a, b| a == b).max_by_key(|chunk| chunk.len()).map_or(0, |chunk| chunk[0]);
    let stretched_spaces = text
        .glyphs
        .iter()
        .filter(|glyph| glyph.x_advance.get() > 0.0 && is_space(glyph))
        .filter(|glyph| (extra(glyph) - tracking).abs() > 1)
        .count();
    Run {
        page,
        x: at.x.to_pt(),
        y: at.y.to_pt(),
        size: text.size.to_pt() * ts.sy.get(),
        text: text.text.to_string(),
        italic: text.font.info().variant.style != FontStyle::Normal,
        stretched_spaces,
    }
}

/// A text line: the runs sharing a baseline on one page, left to right.
fn lines(runs: &[Run]) -> Vec<Vec<Run>> {
    let mut lines: Vec<Vec<Run>> = Vec::new();
    for run in runs {
        match lines.last_mut() {
            Some(line) if line[0].page == run.page && (line[0].y - run.y).abs() < 0.3 * run.size => {
                line.push(run.clone());
            }
            _ => lines.push(vec![run.clone()]),
        }
    }
    for line in &mut lines {
        line.sort_by(|a, b| a.x.total_cmp(&b.x));
    }
    lines
}

fn project_and_campaign(root: &std::path::Path, id: &str) -> (Project, Campaign) {
    let mut diagnostics = Diagnostics::new();
    let project = kitapsha::project::load(root, &mut diagnostics).expect("the project loads");
    let folder = project.campaign_dir(id).unwrap();
    let campaign = kitapsha::campaign::load(id, &folder, &mut diagnostics).expect("the campaign loads");
    (project, campaign)
}

/// The large-print edition of the Raiymbek sample, laid out, and the standard booklet.
fn raiymbek() -> (Campaign, PagedDocument, PagedDocument) {
    let (project, campaign) = project_and_campaign(&repo(), "raiymbek");
    assert_eq!(campaign.editions, vec![Edition::LargePrint], "the sample lists its large-print edition");
    let large = kitapsha::build::edition_campaign(&project, &campaign, Edition::LargePrint);
    let large_print = booklet::typeset(&project, &large, project.creation_date()).unwrap_or_else(|p| panic!("{p:?}"));
    let standard = booklet::typeset(&project, &campaign, project.creation_date()).unwrap_or_else(|p| panic!("{p:?}"));
    (campaign, large_print.document, standard.document)
}

#[test]
fn large_print_sets_no_text_under_16_points_and_headings_larger() {
    let (_, large, standard) = raiymbek();
    let runs = runs(&large);
    let smallest = runs.iter().map(|r| r.size).fold(f64::MAX, f64::min);
    assert!(smallest >= 16.0 - 0.01, "smallest text {smallest:.2} pt: {:?}", runs.iter().find(|r| r.size == smallest));
    let largest = runs.iter().map(|r| r.size).fold(0.0, f64::max);
    assert!(largest >= 22.0, "headings and titles are larger: {largest:.1} pt");
    // The measure is the standard booklet's own, which is smaller: the test can fail.
    let standard_smallest = self::runs(&standard).iter().map(|r| r.size).fold(f64::MAX, f64::min);
    assert!(standard_smallest < 16.0);
    assert_eq!(large.pages().len() % 4, 0, "padded to a multiple of four");
}

#[test]
fn large_print_has_no_hyphenation_no_justification_and_no_italics() {
    let (campaign, large, standard) = raiymbek();
    let source = campaign.source.text.replace('\u{a0}', " ");
    let lines = lines(&runs(&large));
    for (index, line) in lines.iter().enumerate() {
        let text: String = line.iter().map(|r| r.text.as_str()).collect();
        assert!(!text.contains('\u{ad}'), "page {}: a soft hyphen drawn: {text:?}", line[0].page);
        // A line may end in a hyphen only where the word has one in the text.
        if let Some(before) = text.trim_end().strip_suffix('-')
            && let Some(next) = lines.get(index + 1)
        {
            let next_text: String = next.iter().map(|r| r.text.as_str()).collect();
            let word = format!(
                "{}-{}",
                before.split_whitespace().last().unwrap_or(""),
                next_text.split_whitespace().next().unwrap_or("")
            );
            assert!(source.contains(&word), "page {}: {word:?} is hyphenated but not written so", line[0].page);
        }
        let stretched: usize = line.iter().map(|r| r.stretched_spaces).sum();
        assert_eq!(stretched, 0, "page {}: justified line {text:?}", line[0].page);
        assert!(line.iter().all(|r| !r.italic), "page {}: italic in {text:?}", line[0].page);
    }
    // The standard booklet is justified and hyphenated: what is measured here is there to see.
    let standard_runs = runs(&standard);
    assert!(standard_runs.iter().any(|r| r.stretched_spaces > 0), "the standard booklet has justified lines");
    assert!(standard_runs.iter().any(|r| r.text.contains('\u{ad}')), "and hyphenated words");
}

#[test]
fn large_print_lines_are_set_one_and_a_half_apart() {
    let (_, large, _) = raiymbek();
    let lines = lines(&runs(&large));
    // Consecutive lines of body text (16 pt) on one page: their most common distance.
    let mut distances: Vec<i64> = lines
        .windows(2)
        .filter(|pair| pair[0][0].page == pair[1][0].page)
        .filter(|pair| pair.iter().all(|line| line.iter().all(|r| (r.size - 16.0).abs() < 0.01)))
        .map(|pair| ((pair[1][0].y - pair[0][0].y) * 10.0).round() as i64)
        .filter(|&d| d > 0)
        .collect();
    distances.sort_unstable();
    let mode = distances
        .chunk_by(|a, b| a == b)
        .max_by_key(|chunk| chunk.len())
        .map(|chunk| chunk[0] as f64 / 10.0)
        .expect("body text has lines");
    let spacing = mode / 16.0;
    assert!((1.45..=1.55).contains(&spacing), "line spacing {spacing:.2}");
}

/// The fixture `minimal` with `editions` added to its `[booklet]`.
fn with_large_print(fixture: &str) -> TestProject {
    let project = TestProject::with_campaigns(&[("minimal", &repo().join("tests/fixtures/valid").join(fixture))]);
    let file = "booklets/minimal/campaign.toml";
    let text = project.read(file);
    let text = if text.contains("[booklet]") {
        text.replacen("[booklet]", "[booklet]\neditions = [\"large-print\"]", 1)
    } else {
        format!("{text}\n[booklet]\neditions = [\"large-print\"]\n")
    };
    project.write(file, &text);
    project
}

#[test]
fn editions_large_print_builds_three_more_pdfs_with_the_press_checks_of_the_standard_ones() {
    let project = with_large_print("minimal");
    let built = project.run(&["build"]).ok();
    let out = project.path().join("out/minimal");
    for name in ["minimal-large.pdf", "minimal-large-press.pdf", "minimal-large-sheets.pdf"] {
        assert!(out.join(name).is_file(), "{name}");
        assert!(built.contains(&format!("out/minimal/{name}")), "the build lists {name}: {built}");
    }
    let press = out.join("minimal-large-press.pdf");
    assert_eq!(page_count(&press) % 4, 0);
    // A5 trim with 3 mm of bleed, as the standard press PDF.
    let mm = 72.0 / 25.4;
    for (trim, bleed) in page_entries(&press, b"TrimBox").iter().zip(page_entries(&press, b"BleedBox")) {
        let (trim, bleed) = (rectangle(trim.as_ref().unwrap()), rectangle(bleed.as_ref().unwrap()));
        assert!((trim[2] - trim[0] - 148.0 * mm).abs() < 0.01 && (trim[3] - trim[1] - 210.0 * mm).abs() < 0.01);
        assert!((trim[0] - bleed[0] - 3.0 * mm).abs() < 0.01);
    }
    let document = lopdf::Document::load(&press).unwrap();
    let intents = document.catalog().unwrap().get(b"OutputIntents").expect("an output intent");
    assert!(format!("{intents:?}").len() > 2);
    let version = document.version.clone();
    assert_eq!(version, "1.6", "PDF/X-4 is PDF 1.6");
    assert!(common::fonts(&press).iter().all(|(_, embedded)| *embedded), "fonts embedded");
    // Nothing printed in RGB on the press PDF.
    for page in document.get_pages().values() {
        let content = document.get_page_content(*page);
        let operations = lopdf::content::Content::decode(&content).unwrap().operations;
        assert!(!operations.iter().any(|op| op.operator == "rg" || op.operator == "RG"), "no RGB colour");
    }
    // A build with nothing changed restores them from the cache.
    std::fs::remove_file(out.join("minimal-large-press.pdf")).unwrap();
    project.run(&["build"]).ok();
    assert!(out.join("minimal-large-press.pdf").is_file(), "made again when deleted");
}

#[test]
fn print_run_edition_large_print_records_the_fingerprint_of_that_press_pdf() {
    let project = with_large_print("minimal");
    project.run(&["build"]).ok();
    let fingerprint = |name: &str| {
        let bytes = std::fs::read(project.path().join("out/minimal").join(name)).unwrap();
        kitapsha::ledger::edition::fingerprint(&bytes)
    };
    let (standard, large) = (fingerprint("minimal-press.pdf"), fingerprint("minimal-large-press.pdf"));
    assert_ne!(standard, large);
    project.run(&["print-run", "minimal", "--copies", "50", "--date", "2025-01-15", "--edition", "large-print"]).ok();
    project.run(&["print-run", "minimal", "--copies", "300", "--date", "2025-01-16"]).ok();
    let ledger = project.read("booklets/minimal/print-runs.toml");
    let runs: Vec<&str> = ledger.split("[[run]]").skip(1).collect();
    assert!(
        runs[0].contains(&format!("edition = \"{large}\"")) && runs[0].contains("kind = \"large-print\""),
        "{ledger}"
    );
    assert!(runs[1].contains(&format!("edition = \"{standard}\"")) && !runs[1].contains("kind"), "{ledger}");
    // Both editions are current: stock compares each with its own press PDF.
    let stock = project.run(&["stock", "--json"]).json();
    assert_eq!(stock[0]["edition_current"], true, "{stock}");
    let history = project.run(&["stock", "--history", "minimal", "--json"]).json();
    assert_eq!(history[0]["edition_kind"], "large-print");
    assert_eq!(history[1]["edition_kind"], serde_json::Value::Null);
    // A change to the text: each edition is compared with its own press PDF, and both changed.
    let file = "booklets/minimal/campaign.toml";
    project.write(file, &project.read(file).replace("право каждого гражданина", "право всякого гражданина"));
    let stock = project.run(&["stock", "--json"]);
    assert_eq!(stock.json()[0]["edition_current"], false);
    let warnings = stock.stderr();
    assert!(warnings.contains(&format!("edition {large} (large-print) was printed")), "{warnings}");
    assert!(warnings.contains(&format!("edition {standard} was printed")), "{warnings}");
}

#[test]
fn an_edition_the_campaign_does_not_list_is_a_usage_error_naming_its_editions() {
    let project = TestProject::with_campaigns(&[("minimal", &repo().join("tests/fixtures/valid/minimal"))]);
    let refused = project.run(&["print-run", "minimal", "--copies", "50", "--edition", "large-print"]);
    let expected = "error: minimal has no edition \"large-print\": its editions are standard. An edition is added in booklets/minimal/campaign.toml, e.g. editions = [\"large-print\"] under [booklet]";
    refused.fails_with(2, expected);
    assert!(!project.path().join("booklets/minimal/print-runs.toml").exists(), "nothing recorded");
    let unknown = project.run(&["print-run", "minimal", "--copies", "50", "--edition", "braille"]);
    unknown.fails_with(
        2,
        "error: --edition <EDITION>: there is no edition \"braille\"; --edition takes: standard, large-print, latin",
    );
}

#[test]
fn large_print_has_no_runts_or_split_lists() {
    let (_, large, _) = raiymbek();
    let proof = kitapsha::typeset::proof::proof(&large);
    let runts: Vec<_> = proof.runts.iter().map(|f| (f.page, &f.text)).collect();
    let split: Vec<_> = proof.split_lists.iter().map(|f| (f.page, &f.text)).collect();
    assert!(runts.is_empty() && split.is_empty(), "runts {runts:?}\nsplit lists {split:?}");
}

#[test]
fn a_large_print_edition_is_a5_when_it_fits_48_pages_and_a4_when_it_does_not() {
    use kitapsha::campaign::Format;
    let (project, campaign) = project_and_campaign(&repo(), "raiymbek");
    // Raiymbek set on A5 takes more than 48 pages: its edition is A4.
    let mut on_a5 = kitapsha::build::edition_campaign(&project, &campaign, Edition::LargePrint);
    assert_eq!(on_a5.format, Format::A4);
    on_a5.format = Format::A5;
    let a5 = booklet::typeset(&project, &on_a5, project.creation_date()).unwrap_or_else(|p| panic!("{p:?}"));
    assert!(a5.document.pages().len() > kitapsha::build::LARGE_PRINT_A5_MOST_PAGES);
    // A short booklet stays A5.
    let short = with_large_print("minimal");
    let (project, campaign) = project_and_campaign(short.path(), "minimal");
    assert_eq!(kitapsha::build::edition_campaign(&project, &campaign, Edition::LargePrint).format, Format::A5);
}

#[test]
fn a_trifold_leaflet_in_large_print_is_a_booklet_with_the_languages_one_after_the_other() {
    use kitapsha::campaign::{Bilingual, Format};
    let project = TestProject::with_campaigns(&[("leaflet", &repo().join("tests/fixtures/valid/trifold-parallel"))]);
    let file = "booklets/leaflet/campaign.toml";
    project.write(file, &project.read(file).replacen("[booklet]", "[booklet]\neditions = [\"large-print\"]", 1));
    let (kitapsha_project, campaign) = project_and_campaign(project.path(), "leaflet");
    let large = kitapsha::build::edition_campaign(&kitapsha_project, &campaign, Edition::LargePrint);
    assert_eq!((large.format, large.bilingual, large.pages), (Format::A5, Bilingual::Sequential, None));
    let typeset = booklet::typeset(&kitapsha_project, &large, kitapsha_project.creation_date()).unwrap();
    let proof = kitapsha::typeset::proof::proof(&typeset.document);
    assert!(proof.runts.is_empty() && proof.split_lists.is_empty(), "{:?} {:?}", proof.runts, proof.split_lists);
    project.run(&["build"]).ok();
    let press = project.path().join("out/leaflet/leaflet-large-press.pdf");
    assert_eq!(page_count(&press) % 4, 0, "a booklet of folded sheets");
    let mm = 72.0 / 25.4;
    let trim = rectangle(page_entries(&press, b"TrimBox")[0].as_ref().unwrap());
    assert!((trim[2] - trim[0] - 148.0 * mm).abs() < 0.01, "{trim:?}");
}
