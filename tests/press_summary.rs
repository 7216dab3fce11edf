//! The print shop's summary beside each press PDF: one page, in Kazakh and Russian, whose facts
//! are those of the press PDF as written. The test reads the press PDF itself (lopdf) and finds
//! the same facts in the summary's text (pdftotext).

mod common;

use std::path::Path;
use std::process::Command;

use common::{TestProject, repo};
use lopdf::{Document, Object};

/// The campaign `id` copied from the fixture `case`, with `edit` applied to its campaign.toml,
/// built; returns the project.
fn built(case: &str, id: &str, edit: impl Fn(String) -> String) -> TestProject {
    let project = TestProject::with_campaigns(&[(id, &repo().join("tests/fixtures/valid").join(case))]);
    let file = format!("booklets/{id}/campaign.toml");
    project.write(&file, &edit(project.read(&file)));
    project.run(&["build", id]).ok();
    project
}

fn text_of(pdf: &Path) -> String {
    let output = Command::new("pdftotext").arg(pdf).arg("-").output().expect("pdftotext (poppler-utils) is installed");
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    // Table cells wrap: one line, one space, for looking phrases up.
    String::from_utf8(output.stdout).unwrap().split_whitespace().collect::<Vec<_>>().join(" ")
}

/// What the test itself reads from the press PDF: page count, trim width and height and bleed in
/// millimetres (rounded), and the output intent's condition identifier.
fn facts(press: &Path) -> (usize, (i64, i64), i64, String) {
    let document = Document::load(press).unwrap();
    let pages = document.get_pages();
    let page = document.get_dictionary(*pages.values().next().unwrap()).unwrap();
    let rect = |key: &[u8]| -> Vec<f64> {
        page.get(key).unwrap().as_array().unwrap().iter().map(|v| f64::from(v.as_float().unwrap())).collect()
    };
    let (trim, bleed) = (rect(b"TrimBox"), rect(b"BleedBox"));
    let mm = |points: f64| (points / 72.0 * 25.4).round() as i64;
    let intents = document.catalog().unwrap().get(b"OutputIntents").unwrap().as_array().unwrap();
    let intent = match &intents[0] {
        Object::Reference(id) => document.get_dictionary(*id).unwrap(),
        object => object.as_dict().unwrap(),
    };
    let condition = String::from_utf8_lossy(intent.get(b"OutputConditionIdentifier").unwrap().as_str().unwrap());
    (pages.len(), (mm(trim[2] - trim[0]), mm(trim[3] - trim[1])), mm(trim[0] - bleed[0]), condition.into_owned())
}

fn summary_and_facts(project: &TestProject, id: &str) -> (String, (usize, (i64, i64), i64, String)) {
    let folder = project.root.join("out").join(id);
    let summary = folder.join(format!("{id}-press-summary.pdf"));
    let document = Document::load(&summary).unwrap();
    assert_eq!(document.get_pages().len(), 1, "the summary is one page");
    (text_of(&summary), facts(&folder.join(format!("{id}-press.pdf"))))
}

#[test]
fn the_summary_says_what_the_press_pdf_says_of_itself_in_kazakh_and_russian() {
    let project = built("minimal", "one", |text| text);
    let (text, (pages, (width, height), bleed, condition)) = summary_and_facts(&project, "one");
    assert!(text.contains(&format!("{width} × {height} мм")), "trim size {width} × {height}: {text}");
    assert!(text.contains(&format!("{bleed} мм с каждой стороны")), "bleed {bleed}: {text}");
    assert!(text.contains(&format!("әр жағынан {bleed} мм")), "bleed in Kazakh: {text}");
    assert!(text.contains(&format!("Количество полос {pages} {pages}")), "{pages} pages: {text}");
    assert!(text.contains(&condition), "output intent {condition}: {text}");
    assert!(text.contains("PDF/X-4"), "{text}");
    assert!(text.contains("все встроены") && text.contains("барлығы енгізілген"), "fonts: {text}");
    assert!(text.contains("метки реза"), "crop marks: {text}");
    // The campaign, the file and who to ask, from kitapsha.toml and campaign.toml.
    assert!(text.contains("one-press.pdf") && text.contains("Кегенский район: Тестовая брошюра (one)"), "{text}");
    assert!(text.contains("Кеген ауданы: Сынақ кітапшасы (one)"), "{text}");
    assert!(text.contains("Тестовая организация") && text.contains("test@example.kz"), "who to ask: {text}");
    // A flip booklet: its second half is bound upside down, and the page says so.
    assert!(text.contains("полос перевёрнуты"), "{text}");
}

#[test]
fn another_format_gives_another_summary() {
    let a5 = built("minimal", "one", |text| text);
    let a6 = built("minimal", "one", |text| text.replacen("format = \"a5\"", "format = \"a6\"", 1));
    let (a5_text, (_, a5_trim, _, _)) = summary_and_facts(&a5, "one");
    let (a6_text, (a6_pages, a6_trim, _, _)) = summary_and_facts(&a6, "one");
    assert_ne!(a5_trim, a6_trim);
    assert!(a6_text.contains(&format!("{} × {} мм (A6)", a6_trim.0, a6_trim.1)), "{a6_text}");
    assert!(!a6_text.contains(&format!("{} × {} мм", a5_trim.0, a5_trim.1)), "{a6_text}");
    assert!(a5_text.contains("(A5)"), "{a5_text}");
    assert!(a6_text.contains(&format!("Количество полос {a6_pages} {a6_pages}")), "{a6_text}");
}

#[test]
fn a_leaflet_is_told_as_folded_in_three_not_stapled() {
    let project = built("trifold-sequential", "leaflet", |text| text);
    let (text, (pages, trim, _, _)) = summary_and_facts(&project, "leaflet");
    assert_eq!((pages, trim), (2, (297, 210)));
    assert!(text.contains("фальцовка в три части"), "{text}");
    assert!(!text.contains("скрепление скобой"), "{text}");
}
