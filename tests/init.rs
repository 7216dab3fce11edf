//! `kitapsha init`: a project for one's own organisation, with none of the samples, that
//! builds at once and says which example texts are left to fill in.

mod common;

use common::{command_in, repo, run_in, tempdir};

/// Runs `kitapsha args…` in `dir`, speaking `lang`; returns (exit code, stdout, stderr).
fn run_speaking(dir: &std::path::Path, lang: &str, args: &[&str]) -> (i32, String, String) {
    let output = command_in(dir, args).env("KITAPSHA_LANG", lang).output().unwrap();
    let text = |bytes: &[u8]| String::from_utf8(bytes.to_vec()).unwrap();
    (output.status.code().unwrap(), text(&output.stdout), text(&output.stderr))
}

#[test]
fn a_new_project_has_no_samples_and_builds_its_first_booklet_at_once() {
    let scratch = tempdir();
    run_in(scratch.path(), &["init", "our-booklets"]).ok();
    let project = scratch.path().join("our-booklets");
    assert!(project.join("booklets").is_dir());
    assert_eq!(std::fs::read_dir(project.join("booklets")).unwrap().count(), 0, "no sample campaigns");
    let readme = std::fs::read_to_string(project.join("README.md")).unwrap();
    assert!(readme.contains("kitapsha new"), "{readme}");
    let file = std::fs::read_to_string(project.join("kitapsha.toml")).unwrap();
    // This year, as `SOURCE_DATE_EPOCH` (2025-02-22) gives it, and the language it was made in.
    assert!(file.contains("period = { from = 2025-01-01, to = 2025-12-31 }"), "{file}");
    assert!(file.contains("messages = \"en\""), "{file}");

    // Nothing to check yet but the example texts: warnings, and the project works meanwhile.
    let check = run_in(&project, &["check"]);
    assert_eq!(check.code(), 0, "{}", check.stderr());
    assert!(check.stderr().ends_with("kitapsha: 0 errors, 12 warnings\n"), "{}", check.stderr());

    run_in(&project, &["new", "first"]).ok();
    run_in(&project, &["build"]).ok();
    assert!(project.join("out/first/first.pdf").is_file());

    // The print run, a volunteer's sheet of hand-outs, and the donor report.
    let print_run = ["print-run", "first", "--copies", "300", "--cost", "45000", "--date", "2025-01-15"];
    run_in(&project, &print_run).ok();
    let sheet = repo().join("tests/fixtures/hand-out-sheets/volunteer.xlsx");
    run_in(&project, &["hand-out", "first", "--from-file", sheet.to_str().unwrap()]).ok();
    let stock = run_in(&project, &["stock", "--json"]).json();
    let rows = stock.as_array().unwrap();
    assert_eq!(rows.len(), 1, "only the organisation's own campaign: {stock}");
    assert_eq!((rows[0]["campaign"].as_str(), rows[0]["handed_out"].as_u64()), (Some("first"), Some(130)), "{stock}");
    run_in(&project, &["report"]).ok();
    let report = common::page_texts(&project.join("out/report-en.pdf")).join("\n");
    assert!(report.contains("[Name of the organisation]"), "the organisation's own project file: {report}");
    assert!(report.contains("45,000"), "the print run's cost: {report}");
    for sample in ["Balkhash", "Raiymbek", "Zhambyl", "Uighur", "Civil Society Support Centre"] {
        assert!(!report.contains(sample), "{sample} is a sample's, not the organisation's: {report}");
    }
}

#[test]
fn the_example_texts_left_are_warned_at_their_place_in_each_language() {
    for lang in ["en", "ru", "kk"] {
        let scratch = tempdir();
        run_speaking(scratch.path(), lang, &["init", "org"]);
        let project = scratch.path().join("org");
        let file = std::fs::read_to_string(project.join("kitapsha.toml")).unwrap();
        // An officer fills in the organisation's name in every language, and its phone.
        let file = file
            .replace("\"[Ұйымның атауы]\"", "\"Орталық\"")
            .replace("\"[Название организации]\"", "\"Центр\"")
            .replace("\"[Name of the organisation]\"", "\"Centre\"")
            .replace("\"[+7 (7xx) xxx xx xx]\"", "\"+7 727 398 95 25\"");
        std::fs::write(project.join("kitapsha.toml"), file).unwrap();
        let (code, _, stderr) = run_speaking(&project, lang, &["check"]);
        assert_eq!(code, 0, "{stderr}");
        let mut settings = insta::Settings::clone_current();
        settings.set_snapshot_suffix(lang);
        settings.bind(|| insta::assert_snapshot!("init-example-texts", stderr));
    }
}

#[test]
fn the_project_file_is_written_in_the_language_of_the_messages() {
    for (lang, comment) in [
        ("en", "# kitapsha project of your organisation"),
        ("ru", "# Проект kitapsha вашей организации"),
        ("kk", "# Ұйымыңыздың kitapsha жобасы"),
    ] {
        let scratch = tempdir();
        let (code, stdout, _) = run_speaking(scratch.path(), lang, &["init", "org"]);
        assert_eq!(code, 0);
        let mut settings = insta::Settings::clone_current();
        settings.set_snapshot_suffix(lang);
        settings.bind(|| insta::assert_snapshot!("init-created", stdout));
        let file = std::fs::read_to_string(scratch.path().join("org/kitapsha.toml")).unwrap();
        assert!(file.starts_with(comment), "{file}");
        assert!(file.contains(&format!("messages = \"{lang}\"")), "{file}");
    }
}

#[test]
fn init_never_writes_over_a_project_or_a_file() {
    // Inside the repository's own project, over its kitapsha.toml.
    let before = std::fs::read(repo().join("kitapsha.toml")).unwrap();
    run_in(&repo(), &["init", "."]).fails_with(1, ".: error: there is a project here already: kitapsha.toml exists");
    assert_eq!(std::fs::read(repo().join("kitapsha.toml")).unwrap(), before);

    let scratch = tempdir();
    std::fs::write(scratch.path().join("notes.txt"), "mine").unwrap();
    let refused = run_in(scratch.path(), &["init", "notes.txt"]);
    let stderr = refused.fails_with(1, "notes.txt: error: this is a file, not a folder: a project is a folder");
    insta::assert_snapshot!("init-not-a-folder", stderr);
    let stderr = run_in(scratch.path(), &["init", "notes.txt/org"])
        .fails_with(1, "notes.txt/org: error: cannot create the project: a part of the path is a file, not a folder");
    insta::assert_snapshot!("init-cannot-create", stderr);
    assert_eq!(std::fs::read_to_string(scratch.path().join("notes.txt")).unwrap(), "mine");

    // A folder with a README of its own keeps it.
    std::fs::create_dir(scratch.path().join("org")).unwrap();
    std::fs::write(scratch.path().join("org/README.md"), "ours").unwrap();
    run_in(scratch.path(), &["init", "org"]).ok();
    assert_eq!(std::fs::read_to_string(scratch.path().join("org/README.md")).unwrap(), "ours");
    for lang in ["en", "ru", "kk"] {
        let (code, _, stderr) = run_speaking(scratch.path(), lang, &["init", "org"]);
        assert_eq!(code, 1);
        let mut settings = insta::Settings::clone_current();
        settings.set_snapshot_suffix(lang);
        settings.bind(|| insta::assert_snapshot!("init-exists", stderr));
    }
}
