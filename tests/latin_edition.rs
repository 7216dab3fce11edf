//! The Latin edition (`editions = ["latin"]`): built from one line, its Kazakh in the Latin
//! alphabet of 2021, hyphenated, with the campaign's own spellings, beside the same Russian.

mod common;

use common::{TestProject, page_texts, repo};

/// The Kazakh letters the Latin alphabet replaces.
const KAZAKH_CYRILLIC: &str = "ӘәҒғҚқҢңӨөҰұҮүҺһІі";

/// A PDF's text, its lines joined by single spaces.
fn text_of(pdf: &std::path::Path) -> String {
    page_texts(pdf).join(" ").split_whitespace().collect::<Vec<_>>().join(" ")
}

fn with_latin(extra: &str) -> TestProject {
    let project = TestProject::with_campaigns(&[("minimal", &repo().join("tests/fixtures/valid/minimal"))]);
    let file = "booklets/minimal/campaign.toml";
    let text = project.read(file).replacen("[booklet]", "[booklet]\neditions = [\"latin\"]", 1);
    project.write(file, &format!("{text}{extra}"));
    project
}

#[test]
fn editions_latin_builds_the_kazakh_in_latin_beside_the_same_russian() {
    let project = with_latin("");
    let built = project.run(&["build"]).ok();
    let out = project.path().join("out/minimal");
    for name in ["minimal-latn.pdf", "minimal-latn-press.pdf", "minimal-latn-sheets.pdf"] {
        assert!(built.contains(&format!("out/minimal/{name}")), "the build lists {name}: {built}");
    }
    let latin = text_of(&out.join("minimal-latn.pdf"));
    let standard = text_of(&out.join("minimal.pdf"));
    // The cover title, its letters in the 2021 alphabet; the booklet's own words too.
    assert!(latin.contains("Äleumettık jobanyñ tabys faktorlary"), "{latin}");
    assert!(latin.contains("Bailanys"), "the contacts heading in Latin: {latin}");
    assert!(standard.contains("Әлеуметтік жобаның"), "the standard edition stays Cyrillic");
    // No Kazakh Cyrillic letter is left, and the Russian is the standard edition's.
    let left: Vec<char> = latin.chars().filter(|c| KAZAKH_CYRILLIC.contains(*c)).collect();
    assert!(left.is_empty(), "Kazakh Cyrillic letters left in the Latin edition: {left:?}");
    assert!(latin.contains("Факторы успеха социальных проектов"), "{latin}");
}

#[test]
fn a_kk_latn_block_spells_a_text_by_hand_in_the_latin_edition_only() {
    let project = with_latin("");
    let file = "booklets/minimal/campaign.toml";
    let text = project.read(file).replacen(
        "[cover.ru]",
        "[cover.kk-latn]\ntitle = \"Äleumettık jobalardyñ tabys faktorlary\"\n\n[cover.ru]",
        1,
    );
    project.write(file, &text);
    project.run(&["build"]).ok();
    let out = project.path().join("out/minimal");
    let latin = text_of(&out.join("minimal-latn.pdf"));
    assert!(latin.contains("Äleumettık jobalardyñ tabys faktorlary"), "{latin}");
    assert!(!latin.contains("Äleumettık jobanyñ"), "the automatic title is replaced: {latin}");
    let standard = text_of(&out.join("minimal.pdf"));
    assert!(standard.contains("Әлеуметтік жобаның табыс факторлары"), "{standard}");
}

#[test]
fn check_reports_a_word_the_latin_edition_cannot_spell_only_when_it_is_wanted() {
    let word = "[[section]]\n[section.kk]\ntitle = \"Київ\"\ntext = \"Мәтін.\"\n[section.ru]\ntitle = \"Киев\"\ntext = \"Текст.\"\n";
    let project = with_latin(&format!("\n{word}"));
    let checked = project.run(&["check"]);
    assert!(checked.stderr().contains("«Київ»"), "{}", checked.stderr());
    let file = "booklets/minimal/campaign.toml";
    project.write(file, &project.read(file).replace("editions = [\"latin\"]\n", ""));
    let checked = project.run(&["check"]);
    assert!(!checked.stderr().contains("«Київ»"), "no Latin edition, no warning: {}", checked.stderr());
}

#[test]
fn print_run_edition_latin_records_its_own_kind() {
    let project = with_latin("");
    project.run(&["build"]).ok();
    project.run(&["print-run", "minimal", "--copies", "100", "--date", "2025-01-15", "--edition", "latin"]).ok();
    let ledger = project.read("booklets/minimal/print-runs.toml");
    assert!(ledger.contains("kind = \"latin\""), "{ledger}");
    let bytes = std::fs::read(project.path().join("out/minimal/minimal-latn-press.pdf")).unwrap();
    assert!(ledger.contains(&kitapsha::ledger::edition::fingerprint(&bytes)), "{ledger}");
}
