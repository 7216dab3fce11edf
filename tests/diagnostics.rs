//! Every folder under tests/fixtures/invalid/ holds files with problems, laid over the minimal
//! valid campaign (and those in its `project/` folder over the project: `kitapsha.toml`,
//! `places.toml`, a print profile); its stderr.snap is the exact output `kitapsha check` must
//! print: every diagnostic (file, line, column, message), its source line, caret and hint.

mod common;

use std::path::Path;

use common::{TestProject, assert_snapshot_in, copy_dir, each_case, fixture_cases, repo, run_in, stderr};

/// A project whose campaign `id` is the minimal valid campaign with the case's files over it.
fn project_for_case(id: &str, case: &Path) -> TestProject {
    let project = TestProject::with_campaigns(&[(id, &repo().join("tests/fixtures/valid/minimal"))]);
    copy_dir(case, &project.path().join("booklets").join(id));
    let overlay = project.path().join("booklets").join(id).join(PROJECT_OVERLAY);
    if overlay.is_dir() {
        copy_dir(&overlay, project.path());
        std::fs::remove_dir_all(overlay).unwrap();
    }
    project
}

/// The folder of a case whose files go over the project's, not the campaign's.
const PROJECT_OVERLAY: &str = "project";

/// What `kitapsha check` prints for a case in `lang` (`KITAPSHA_LANG`), in full: every
/// diagnostic with its source line, caret and hint, then the count.
fn check_stderr(id: &str, case: &Path, lang: &str) -> String {
    let project = project_for_case(id, case);
    let output = project.command(&["check", id]).env("KITAPSHA_LANG", lang).output().unwrap();
    let stderr = String::from_utf8(output.stderr).unwrap();
    // 1 on errors, 0 when there are only warnings; the snapshot's last line says which.
    let expected = if stderr
        .lines()
        .any(|line| line.contains(": error: ") || line.contains(": ошибка: ") || line.contains(": қате: "))
    {
        1
    } else {
        0
    };
    assert_eq!(output.status.code(), Some(expected), "{id}: the exit code of check\n{stderr}");
    stderr
}

/// Each case's expected output in English (`stderr.snap`), Russian (`stderr.ru.snap`) and
/// Kazakh (`stderr.kk.snap`), beside its files.
#[test]
fn each_invalid_fixture_gives_exactly_its_expected_diagnostics_in_each_language() {
    let cases = fixture_cases("invalid");
    assert!(cases.len() >= 20, "the invalid fixtures are there");
    each_case(&cases, |case| {
        let id = case.file_name().unwrap().to_str().unwrap();
        for (lang, name) in [("en", "stderr"), ("ru", "stderr.ru"), ("kk", "stderr.kk")] {
            assert_snapshot_in(case, name, &check_stderr(id, case, lang));
        }
    });
}

#[test]
fn a_misspelt_key_a_missing_language_and_an_escaping_image_are_all_reported_in_one_run() {
    let case = repo().join("tests/fixtures/invalid/three-problems");
    let project = TestProject::with_campaigns(&[("three-problems", &case)]);
    let output = run_in(project.path(), &["check", "three-problems"]);
    let stderr = stderr(&output);
    assert_eq!(output.status.code(), Some(1));
    let headlines = stderr.lines().filter(|line| line.contains(": error: ")).count();
    assert_eq!(headlines, 3, "{stderr}");
    // Each comes with its source line, a caret and a hint.
    assert!(stderr.contains("14 | titel = \"Әлеуметтік жобаның табыс факторлары\"\n   | ^^^^^\n"), "{stderr}");
    assert!(stderr.contains("hint: did you mean `title`?"), "{stderr}");
    assert!(stderr.contains("hint: add [section.ru] with title and text"), "{stderr}");
    assert!(stderr.contains("12 | image = \"../../etc/passwd\"\n   |         ^^^^^^^^^^^^^^^^^^\n"), "{stderr}");
}

#[test]
fn check_writes_no_files_and_exits_0_on_a_valid_campaign() {
    let case = repo().join("tests/fixtures/valid/minimal");
    let project = TestProject::with_campaigns(&[("minimal", &case)]);
    let output = run_in(project.path(), &["check"]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    assert!(!project.path().join("out").exists());
}

#[test]
fn an_unknown_campaign_lists_the_known_ones() {
    let case = repo().join("tests/fixtures/valid/minimal");
    let project = TestProject::with_campaigns(&[("minimal", &case)]);
    let output = run_in(project.path(), &["check", "minimul"]);
    assert_eq!(output.status.code(), Some(1));
    let stderr = stderr(&output);
    assert!(stderr.contains("booklets/minimul: error: there is no campaign `minimul`"), "{stderr}");
    assert!(stderr.contains("hint: did you mean `minimal`? known campaigns: minimal"), "{stderr}");
}

#[test]
fn a_usage_error_exits_with_2() {
    let output = run_in(&repo(), &["build", "--no-such-flag"]);
    assert_eq!(output.status.code(), Some(2));
}
