//! `kitapsha build` keeps `out/.cache`: an output is made again only when something it is made
//! from has changed, and a cache that cannot be trusted is never used.

mod common;

use std::collections::BTreeSet;

use common::{TestProject, repo};

/// Two campaigns, `one` and `two`, each with a ledger and a survey, built once with the reports.
fn built_project() -> TestProject {
    let project = TestProject::with_campaigns(&[
        ("one", &repo().join("tests/fixtures/valid/minimal")),
        ("two", &repo().join("tests/fixtures/valid/a6-creep")),
    ]);
    for id in ["one", "two"] {
        project.write(&format!("booklets/{id}/print-runs.toml"), "[[run]]\ndate = 2025-01-15\ncopies = 300\n");
        project.write(&format!("booklets/{id}/survey.toml"), SURVEY);
    }
    let first = built(&project, &["build", "--reports"]);
    assert_eq!(first.len(), 11, "four PDFs of each campaign and three reports: {first:?}");
    project
}

const SURVEY: &str = "[[indicator]]\nid = \"knows\"\n\
    question = { kk = \"Біледі ме?\", ru = \"Знает ли?\", en = \"Knows?\" }\n\
    before = { date = 2024-09-10, respondents = 120, aware = 41 }\n\
    after = { date = 2025-01-25, respondents = 118, aware = 88 }\n";

/// Runs `args` and returns the files it says it wrote, relative to `out/`.
fn built(project: &TestProject, args: &[&str]) -> BTreeSet<String> {
    let stdout = project.run(args).ok();
    stdout.lines().filter_map(|line| line.strip_prefix("wrote out/")).map(str::to_string).collect()
}

fn files(names: &[&str]) -> BTreeSet<String> {
    names.iter().map(|name| (*name).to_string()).collect()
}

/// A campaign's PDFs: for screens, for the press with the print shop's summary, and the sheets.
fn booklet(id: &str) -> [String; 4] {
    [
        format!("{id}/{id}.pdf"),
        format!("{id}/{id}-press.pdf"),
        format!("{id}/{id}-press-summary.pdf"),
        format!("{id}/{id}-sheets.pdf"),
    ]
}

const REPORTS: [&str; 3] = ["report-en.pdf", "report-ru.pdf", "report-kk.pdf"];

#[test]
fn nothing_is_made_again_when_nothing_changed() {
    let project = built_project();
    let before = std::fs::read(project.root.join("out/one/one-press.pdf")).unwrap();
    let run = project.run(&["build", "--reports"]);
    assert_eq!(
        run.ok(),
        "11 files are up to date: made from the same files before (`kitapsha build --force` makes them again)\n"
    );
    assert_eq!(std::fs::read(project.root.join("out/one/one-press.pdf")).unwrap(), before);
    // --force makes everything again, whatever the cache says.
    assert_eq!(built(&project, &["build", "--reports", "--force"]).len(), 11);
}

#[test]
fn an_edit_makes_again_exactly_what_depends_on_it() {
    let project = built_project();
    let reports = files(&REPORTS);

    // The text of one campaign: its booklet and the reports (they show its cover).
    let text = project.read("booklets/one/campaign.toml");
    project.write("booklets/one/campaign.toml", &text.replacen("title = \"", "title = \"Жаңа ", 1));
    let mut expected: BTreeSet<String> = booklet("one").into_iter().collect();
    expected.extend(reports.iter().cloned());
    assert_eq!(built(&project, &["build", "--reports"]), expected);

    // A sentence inside: the booklet only, for the reports show its cover, which is the same.
    let text = project.read("booklets/one/campaign.toml");
    project.write("booklets/one/campaign.toml", &text.replace("право каждого гражданина", "право всякого гражданина"));
    assert_eq!(built(&project, &["build", "--reports"]), booklet("one").into_iter().collect());

    // A picture of the other: its booklet and the reports.
    let cover = project.root.join("booklets/two/images/cover.svg");
    let svg = std::fs::read_to_string(&cover).unwrap();
    std::fs::write(&cover, svg.replacen("</svg>", "<circle cx=\"1\" cy=\"1\" r=\"1\"/></svg>", 1)).unwrap();
    let mut expected: BTreeSet<String> = booklet("two").into_iter().collect();
    expected.extend(reports.iter().cloned());
    assert_eq!(built(&project, &["build", "--reports"]), expected);

    // A ledger or a survey: no booklet prints them, only the reports.
    project.write("booklets/one/print-runs.toml", "[[run]]\ndate = 2025-01-15\ncopies = 500\n");
    assert_eq!(built(&project, &["build", "--reports"]), reports);
    project.write("booklets/two/survey.toml", &SURVEY.replace("aware = 88", "aware = 90"));
    assert_eq!(built(&project, &["build", "--reports"]), reports);
    // Without the reports, nothing of the campaigns has changed.
    project.write("booklets/two/survey.toml", SURVEY);
    assert!(built(&project, &["build"]).is_empty());

    // The project file: every booklet prints the organisation.
    let organisation = project.read("kitapsha.toml");
    project.write("kitapsha.toml", &format!("{organisation}\n# a comment is a change too\n"));
    assert_eq!(built(&project, &["build", "--reports"]).len(), 11);
}

#[test]
fn a_damaged_cache_or_an_output_changed_by_hand_is_never_trusted() {
    let project = built_project();
    std::fs::write(project.root.join("out/.cache/one.json"), "{ not json").unwrap();
    std::fs::write(project.root.join("out/two/two-sheets.pdf"), b"edited by hand").unwrap();
    std::fs::remove_file(project.root.join("out/report-kk.pdf")).unwrap();
    let mut expected: BTreeSet<String> = booklet("one").into_iter().chain(booklet("two")).collect();
    // The other reports are made from the same sources as before: only the deleted one is made.
    expected.insert("report-kk.pdf".to_string());
    assert_eq!(built(&project, &["build", "--reports"]), expected);
    // A cover kept for the reports that was damaged: the reports are made again, from a
    // booklet typeset again.
    std::fs::write(project.root.join("out/.cache/one.cover-en.jpg"), b"not a picture").unwrap();
    project.write("booklets/one/print-runs.toml", "[[run]]\ndate = 2025-01-15\ncopies = 400\n");
    let mut expected: BTreeSet<String> = booklet("one").into_iter().collect();
    expected.extend(files(&REPORTS));
    assert_eq!(built(&project, &["build", "--reports"]), expected);
}

#[test]
fn the_warnings_of_a_build_are_shown_again_when_its_outputs_are_reused() {
    let project = TestProject::with_campaigns(&[("one", &repo().join("tests/fixtures/valid/minimal"))]);
    // A hand-out in a village the map does not know: a warning of the reports.
    project.write(
        "booklets/one/print-runs.toml",
        "[[run]]\ndate = 2025-01-15\ncopies = 300\n\n[[hand-out]]\ndate = 2025-01-20\ncopies = 10\nplace = \"Жоқауыл\"\n",
    );
    let first = project.run(&["build", "--reports"]);
    first.ok();
    let second = project.run(&["build", "--reports"]);
    second.ok();
    assert!(first.stderr().contains("hand-out place `Жоқауыл` is not in places.toml"), "{}", first.stderr());
    assert_eq!(second.stderr(), first.stderr());
    assert!(second.stdout().starts_with("7 files are up to date"), "{}", second.stdout());
}

#[test]
fn the_report_command_takes_the_covers_a_build_kept_and_typesets_only_what_changed() {
    let project = built_project();
    let timed = |args: &[&str]| {
        let output = project.command(args).env("KITAPSHA_TIMING", "1").output().unwrap();
        assert_eq!(output.status.code(), Some(0), "{}", String::from_utf8_lossy(&output.stderr));
        String::from_utf8(output.stderr).unwrap()
    };
    let stderr = timed(&["report", "--lang", "ru"]);
    assert!(!stderr.contains(": typeset"), "no booklet typeset again:\n{stderr}");
    assert!(stderr.contains("report-ru: compile"), "{stderr}");
    // One booklet changed since the build: only it is typeset for its cover.
    let text = project.read("booklets/two/campaign.toml");
    project.write("booklets/two/campaign.toml", &text.replacen("title = \"", "title = \"Жаңа ", 1));
    let stderr = timed(&["report", "--lang", "ru"]);
    assert!(stderr.contains("two: typeset") && !stderr.contains("one: typeset"), "{stderr}");
}

#[test]
#[cfg(unix)]
fn a_folder_linked_to_itself_is_built_not_followed_for_ever() {
    let project = TestProject::with_campaigns(&[("one", &repo().join("tests/fixtures/valid/minimal"))]);
    std::os::unix::fs::symlink(".", project.root.join("booklets/one/images/again")).unwrap();
    assert_eq!(built(&project, &["build"]), booklet("one").into_iter().collect());
    // Not cached, so built again: never a crash.
    assert_eq!(built(&project, &["build"]), booklet("one").into_iter().collect());
}

#[test]
fn a_campaigns_editions_are_in_its_key_and_come_back_with_its_outputs() {
    let project = TestProject::with_campaigns(&[("one", &repo().join("tests/fixtures/valid/minimal"))]);
    assert_eq!(built(&project, &["build"]), booklet("one").into_iter().collect());
    // Adding an edition makes the campaign again, with the edition's three PDFs.
    let text = project.read("booklets/one/campaign.toml");
    project
        .write("booklets/one/campaign.toml", &text.replacen("[booklet]", "[booklet]\neditions = [\"large-print\"]", 1));
    let large =
        ["one/one-large.pdf", "one/one-large-press.pdf", "one/one-large-press-summary.pdf", "one/one-large-sheets.pdf"];
    let mut expected: BTreeSet<String> = booklet("one").into_iter().collect();
    expected.extend(files(&large));
    assert_eq!(built(&project, &["build"]), expected);
    // Nothing changed: all eight are up to date, the edition's included.
    let before = std::fs::read(project.root.join("out/one/one-large-press.pdf")).unwrap();
    assert_eq!(
        project.run(&["build"]).ok(),
        "8 files are up to date: made from the same files before (`kitapsha build --force` makes them again)\n"
    );
    assert_eq!(std::fs::read(project.root.join("out/one/one-large-press.pdf")).unwrap(), before);
    // An edition's file deleted by hand: the campaign is made again.
    std::fs::remove_file(project.root.join("out/one/one-large-sheets.pdf")).unwrap();
    assert_eq!(built(&project, &["build"]), expected);
    // Taking the edition out makes the campaign again, without it.
    project.write("booklets/one/campaign.toml", &text);
    assert_eq!(built(&project, &["build"]), booklet("one").into_iter().collect());
}

#[test]
fn the_print_shops_summary_is_kept_and_restored_with_its_press_pdf() {
    let project = TestProject::with_campaigns(&[("one", &repo().join("tests/fixtures/valid/minimal"))]);
    assert_eq!(built(&project, &["build"]), booklet("one").into_iter().collect());
    let summary = project.root.join("out/one/one-press-summary.pdf");
    let before = std::fs::read(&summary).unwrap();
    // Unchanged: not made again, and the file is the one written before.
    assert!(built(&project, &["build"]).is_empty());
    assert_eq!(std::fs::read(&summary).unwrap(), before);
    // The summary is one of the campaign's outputs: deleted or edited by hand, the campaign is
    // made again, the summary with it.
    std::fs::remove_file(&summary).unwrap();
    assert_eq!(built(&project, &["build"]), booklet("one").into_iter().collect());
    assert_eq!(std::fs::read(&summary).unwrap(), before);
    std::fs::write(&summary, b"edited by hand").unwrap();
    assert_eq!(built(&project, &["build"]), booklet("one").into_iter().collect());
    assert_eq!(std::fs::read(&summary).unwrap(), before);
}
