//! Every folder under tests/fixtures/invalid/ holds files with problems, laid over the minimal
//! valid campaign; its expected.txt lists the exact diagnostics (file, line, column, message)
//! `kitapsha check` must print.

mod common;

use std::path::Path;

use common::{TestProject, copy_dir, repo, run_in, stderr};

/// A project whose campaign `id` is the minimal valid campaign with the case's files over it.
fn project_for_case(id: &str, case: &Path) -> TestProject {
    let project = TestProject::with_campaigns(&[(id, &repo().join("tests/fixtures/valid/minimal"))]);
    copy_dir(case, &project.path().join("booklets").join(id));
    project
}

fn headlines(stderr: &str) -> Vec<String> {
    stderr
        .lines()
        .filter(|line| line.starts_with("booklets/") && (line.contains(": error: ") || line.contains(": warning: ")))
        .map(str::to_string)
        .collect()
}

#[test]
fn each_invalid_fixture_gives_exactly_its_expected_diagnostics() {
    let fixtures = repo().join("tests/fixtures/invalid");
    let mut cases: Vec<_> = std::fs::read_dir(&fixtures).unwrap().map(|e| e.unwrap().path()).collect();
    cases.sort();
    assert!(cases.len() >= 20, "the invalid fixtures are there");
    let mut failures = Vec::new();
    for case in cases {
        let id = case.file_name().unwrap().to_str().unwrap().to_string();
        let expected: Vec<String> =
            std::fs::read_to_string(case.join("expected.txt")).unwrap().lines().map(str::to_string).collect();
        let project = project_for_case(&id, &case);
        let output = run_in(project.path(), &["check", &id]);
        let actual = headlines(&stderr(&output));
        if output.status.code() != Some(1) || actual != expected {
            failures.push(format!(
                "{id}: exit {:?}\n  expected: {expected:#?}\n  actual: {actual:#?}",
                output.status.code()
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn a_misspelt_key_a_missing_language_and_an_escaping_image_are_all_reported_in_one_run() {
    let case = repo().join("tests/fixtures/invalid/three-problems");
    let project = TestProject::with_campaigns(&[("three-problems", &case)]);
    let output = run_in(project.path(), &["check", "three-problems"]);
    let stderr = stderr(&output);
    assert_eq!(output.status.code(), Some(1));
    assert_eq!(headlines(&stderr).len(), 3, "{stderr}");
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
