//! Hostile and broken input through the real binary: every limit is refused with a diagnostic
//! (not a crash, a hang or gigabytes of memory), and no path leads out of the campaign folder.

mod common;

use std::path::Path;

use common::{TestProject, repo, run_in, stderr};

/// The minimal valid campaign as text, to build broken variants from.
fn minimal() -> String {
    std::fs::read_to_string(repo().join("tests/fixtures/valid/minimal/campaign.toml")).unwrap()
}

/// A scratch project whose campaign `case` is the minimal one with `campaign_toml` as its text.
fn project_with_text(case: &str, campaign_toml: &str) -> TestProject {
    let project = TestProject::with_campaigns(&[(case, &repo().join("tests/fixtures/valid/minimal"))]);
    std::fs::write(project.path().join("booklets").join(case).join("campaign.toml"), campaign_toml).unwrap();
    project
}

fn headlines(stderr: &str) -> Vec<String> {
    stderr.lines().filter(|l| l.contains(": error: ") || l.contains(": warning: ")).map(str::to_string).collect()
}

/// Runs `kitapsha <args>` and asserts exit code 1 and exactly these diagnostic headlines.
/// Returns stderr.
fn assert_refused(project: &Path, args: &[&str], expected: &[&str]) -> String {
    let output = run_in(project, args);
    let stderr = stderr(&output);
    assert_eq!(output.status.code(), Some(1), "{stderr}");
    assert_eq!(headlines(&stderr), expected, "{stderr}");
    stderr
}

// ---- Limits -------------------------------------------------------------------------------

#[test]
fn a_title_over_300_characters_is_refused_at_its_value() {
    let long = "Ә".repeat(301);
    let text = minimal().replace("title = \"Әлеуметтік жобаның табыс факторлары\"", &format!("title = \"{long}\""));
    let project = project_with_text("long-title", &text);
    let stderr = assert_refused(
        project.path(),
        &["check", "long-title"],
        &[
            "booklets/long-title/campaign.toml:14:9: error: `title` of the Kazakh cover is 301 characters long; at most 300 fit",
        ],
    );
    assert!(stderr.contains("= hint: shorten it\n"), "{stderr}");
}

#[test]
fn a_section_text_over_20000_characters_is_refused() {
    let long = "Сөз ".repeat(5_001);
    let text = minimal().replace("Мемлекеттік органдарға өтініш беру — әр азаматтың құқығы.", &long);
    let project = project_with_text("long-text", &text);
    let stderr = assert_refused(
        project.path(),
        &["check", "long-text"],
        // 5 001 words of four characters, and the list after them.
        &[
            "booklets/long-text/campaign.toml:25:8: error: `text` of section 1 (Kazakh) is 20,026 characters long; at most 20,000 fit",
        ],
    );
    assert!(stderr.contains("= hint: split the text into two or more [[section]] tables\n"), "{stderr}");
}

#[test]
fn a_link_too_long_for_a_qr_code_is_refused() {
    let link = format!("https://eotinish.kz/{}", "a".repeat(300));
    let text = minimal().replace("link = \"https://eotinish.kz\"", &format!("link = \"{link}\""));
    let project = project_with_text("long-link", &text);
    assert_refused(
        project.path(),
        &["check", "long-link"],
        &[
            "booklets/long-link/campaign.toml:49:8: error: `link` is 320 characters long; at most 300 fit: a longer address makes the QR code too dense to scan from paper",
        ],
    );
}

#[test]
fn more_than_80_sections_or_quotes_are_refused_at_the_first_one_too_many() {
    let (start, end) = (minimal().find("[[section]]").unwrap(), minimal().find("[back]").unwrap());
    let section_and_quote = &minimal()[start..end];
    let text = format!("{}{}", &minimal()[..start], section_and_quote.repeat(81)) + &minimal()[end..];
    let lines_per_copy = section_and_quote.lines().count();
    let first = minimal()[..start].lines().count() + 1;
    let project = project_with_text("crowded", &text);
    let quote_offset = section_and_quote[..section_and_quote.find("[[quote]]").unwrap()].lines().count();
    assert_refused(
        project.path(),
        &["check", "crowded"],
        &[
            &format!(
                "booklets/crowded/campaign.toml:{}:1: error: the booklet has 81 sections; at most 80 fit in one booklet",
                first + 80 * lines_per_copy
            ),
            &format!(
                "booklets/crowded/campaign.toml:{}:1: error: the booklet has 81 quotes; at most 80 fit in one booklet",
                first + 80 * lines_per_copy + quote_offset
            ),
        ],
    );
}

#[test]
fn ten_thousand_nested_arrays_are_a_syntax_error_not_a_stack_overflow() {
    let depth = 10_000;
    let text = format!("{}\n[booklet]\npages = {}1{}\n", minimal(), "[".repeat(depth), "]".repeat(depth));
    let project = project_with_text("nested", &text);
    let output = run_in(project.path(), &["check", "nested"]);
    let stderr = stderr(&output);
    assert_eq!(output.status.code(), Some(1), "{stderr}");
    let lines = headlines(&stderr);
    assert_eq!(
        lines[0],
        "booklets/nested/campaign.toml:52:89: error: this is not valid TOML: brackets are nested more than 80 levels deep"
    );
    assert!(lines.len() <= 51, "{} diagnostics", lines.len());
}

#[test]
fn ten_thousand_nested_inline_tables_are_a_syntax_error_not_a_stack_overflow() {
    let depth = 10_000;
    let text = format!("{}\n[booklet]\npages = {}1{}\n", minimal(), "{ a = ".repeat(depth), " }".repeat(depth));
    let project = project_with_text("nested-tables", &text);
    let output = run_in(project.path(), &["check", "nested-tables"]);
    let stderr = stderr(&output);
    assert_eq!(output.status.code(), Some(1), "{stderr}");
    assert!(headlines(&stderr)[0].contains(": error: this is not valid TOML: "), "{stderr}");
}

#[test]
fn a_campaign_toml_over_2_mib_is_refused_before_it_is_parsed() {
    let padding = format!("# {}\n", "x".repeat(1_000)).repeat(2_200);
    let project = project_with_text("huge", &(minimal() + &padding));
    assert_refused(
        project.path(),
        &["check", "huge"],
        &["booklets/huge/campaign.toml: error: the file is larger than 2 MiB, far more than kitapsha reads"],
    );
}

#[test]
fn a_language_listed_a_thousand_times_is_one_error() {
    let languages = vec!["\"kk\""; 1_000].join(", ");
    let text = minimal().replace("languages = [\"kk\", \"ru\"]", &format!("languages = [\"ru\", {languages}]"));
    let project = project_with_text("repeated", &text);
    assert_refused(
        project.path(),
        &["check", "repeated"],
        &["booklets/repeated/campaign.toml:5:26: error: `kk` is listed twice in `languages`"],
    );
}

#[test]
fn an_image_path_with_backslashes_is_refused_even_when_such_a_file_exists() {
    let project = TestProject::with_campaigns(&[("backslash", &repo().join("tests/fixtures/valid/minimal"))]);
    let dir = project.path().join("booklets/backslash");
    // On Linux `images\cover.svg` is one file name; Typst would refuse it as a path.
    std::fs::copy(dir.join("images/cover.svg"), dir.join("images\\cover.svg")).unwrap();
    let text = minimal().replace("image = \"images/cover.svg\"", "image = 'images\\cover.svg'");
    std::fs::write(dir.join("campaign.toml"), text).unwrap();
    assert_refused(
        project.path(),
        &["check", "backslash"],
        &["booklets/backslash/campaign.toml:12:9: error: image path \"images\\cover.svg\" uses backslashes"],
    );
}

// ---- Invalid UTF-8: the line and the byte ---------------------------------------------------

/// `text` with the bytes of "да" in Windows-1251 where `marker` stands.
fn cp1251(text: &str, marker: &str) -> Vec<u8> {
    let (before, after) = text.split_once(marker).unwrap();
    [before.as_bytes(), &[0xE4, 0xE0], after.as_bytes()].concat()
}

#[test]
fn invalid_utf8_in_kitapsha_toml_names_the_line_and_byte() {
    let project = TestProject::with_campaigns(&[("minimal", &repo().join("tests/fixtures/valid/minimal"))]);
    let text = std::fs::read_to_string(project.path().join("kitapsha.toml")).unwrap();
    let line = text.lines().position(|l| l.starts_with("phone")).unwrap() + 1;
    std::fs::write(project.path().join("kitapsha.toml"), cp1251(&text, "+7")).unwrap();
    assert_refused(
        project.path(),
        &["check"],
        &[&format!("kitapsha.toml: error: the file is not UTF-8 text: line {line}, byte 10 of the line")],
    );
}

#[test]
fn invalid_utf8_in_a_ledger_names_the_line_and_byte() {
    let project = TestProject::with_campaigns(&[("minimal", &repo().join("tests/fixtures/valid/minimal"))]);
    let ledger = "[[run]]\ndate = 2025-01-15\ncopies = 300\nprinter = \"@\"\n";
    std::fs::write(project.path().join("booklets/minimal/print-runs.toml"), cp1251(ledger, "@")).unwrap();
    assert_refused(
        project.path(),
        &["stock"],
        &["booklets/minimal/print-runs.toml: error: the file is not UTF-8 text: line 4, byte 12 of the line"],
    );
}

#[test]
fn invalid_utf8_in_a_survey_names_the_line_and_byte() {
    let project = TestProject::with_campaigns(&[("minimal", &repo().join("tests/fixtures/valid/minimal"))]);
    let survey = "[[indicator]]\nid = \"q\"\nquestion = { kk = \"@\", ru = \"?\", en = \"?\" }\n";
    std::fs::write(project.path().join("booklets/minimal/survey.toml"), cp1251(survey, "@")).unwrap();
    assert_refused(
        project.path(),
        &["stats"],
        &["booklets/minimal/survey.toml: error: the file is not UTF-8 text: line 3, byte 20 of the line"],
    );
}

#[test]
fn invalid_utf8_in_a_survey_csv_names_the_line_and_column() {
    let project = TestProject::with_campaigns(&[("minimal", &repo().join("tests/fixtures/valid/minimal"))]);
    let dir = project.path().join("booklets/minimal");
    std::fs::create_dir_all(dir.join("surveys")).unwrap();
    std::fs::write(dir.join("surveys/before.csv"), cp1251("id;q3\n1;да\n2;@\n", "@")).unwrap();
    std::fs::write(dir.join("surveys/after.csv"), "id;q3\n1;да\n").unwrap();
    let survey = "[[indicator]]\nid = \"q\"\nquestion = { kk = \"?\", ru = \"?\", en = \"?\" }\n\
                  before = { date = 2024-09-01, csv = \"surveys/before.csv\", column = \"q3\", aware-if = [\"да\"], not-aware-if = [\"нет\"] }\n\
                  after = { date = 2025-01-01, csv = \"surveys/after.csv\", column = \"q3\", aware-if = [\"да\"], not-aware-if = [\"нет\"] }\n";
    std::fs::write(dir.join("survey.toml"), survey).unwrap();
    assert_refused(
        project.path(),
        &["stats"],
        &["booklets/minimal/surveys/before.csv:3:3: error: this answer is not UTF-8 text"],
    );
}

// ---- Containment: nothing outside the campaign folder is read or written -------------------

/// A folder outside the project, with a campaign, a ledger and a survey in it.
fn outside_campaign() -> common::TempDir {
    let outside = common::tempdir();
    common::copy_dir(&repo().join("tests/fixtures/valid/minimal"), outside.path());
    std::fs::write(outside.path().join("print-runs.toml"), "[[run]]\ndate = 2025-01-15\ncopies = 300\n").unwrap();
    outside
}

#[test]
fn a_campaign_folder_that_links_out_of_the_project_is_refused_by_every_command() {
    let outside = outside_campaign();
    let project = TestProject::with_campaigns(&[("minimal", &repo().join("tests/fixtures/valid/minimal"))]);
    std::os::unix::fs::symlink(outside.path(), project.path().join("booklets/escape")).unwrap();
    let refusal = "booklets/escape: error: the campaign folder leads outside the project folder";
    assert_refused(project.path(), &["check", "escape"], &[refusal]);
    assert_refused(project.path(), &["stats", "escape"], &[refusal]);
    assert_refused(project.path(), &["stock"], &[refusal]);
    assert_refused(project.path(), &["hand-out", "escape", "--copies", "1", "--place", "Кеген"], &[refusal]);
    assert_refused(project.path(), &["build", "escape"], &[refusal]);
    // Nothing was written there.
    assert_eq!(
        std::fs::read_to_string(outside.path().join("print-runs.toml")).unwrap(),
        "[[run]]\ndate = 2025-01-15\ncopies = 300\n"
    );
    assert!(!outside.path().join(".print-runs.toml.lock").exists());
}

#[test]
fn a_campaign_toml_that_links_out_of_its_folder_is_not_read() {
    let outside = outside_campaign();
    let project = TestProject::with_campaigns(&[("linked", &repo().join("tests/fixtures/valid/minimal"))]);
    let file = project.path().join("booklets/linked/campaign.toml");
    std::fs::remove_file(&file).unwrap();
    std::os::unix::fs::symlink(outside.path().join("campaign.toml"), &file).unwrap();
    assert_refused(
        project.path(),
        &["check", "linked"],
        &["booklets/linked/campaign.toml: error: the file leads outside its campaign folder"],
    );
}

#[test]
fn a_ledger_or_survey_that_links_out_of_the_campaign_folder_is_not_read_or_written() {
    let outside = outside_campaign();
    std::fs::write(outside.path().join("survey.toml"), "").unwrap();
    let project = TestProject::with_campaigns(&[("linked", &repo().join("tests/fixtures/valid/minimal"))]);
    let dir = project.path().join("booklets/linked");
    std::os::unix::fs::symlink(outside.path().join("print-runs.toml"), dir.join("print-runs.toml")).unwrap();
    std::os::unix::fs::symlink(outside.path().join("survey.toml"), dir.join("survey.toml")).unwrap();
    let ledger_refusal = "booklets/linked/print-runs.toml: error: the file leads outside its campaign folder";
    assert_refused(project.path(), &["stock"], &[ledger_refusal]);
    assert_refused(
        project.path(),
        &["hand-out", "linked", "--copies", "1", "--place", "Кеген"],
        &[ledger_refusal, "booklets/linked/print-runs.toml: error: nothing was recorded: the ledger has errors"],
    );
    assert_refused(
        project.path(),
        &["stats", "linked"],
        &["booklets/linked/survey.toml: error: the file leads outside its campaign folder"],
    );
    assert_eq!(
        std::fs::read_to_string(outside.path().join("print-runs.toml")).unwrap(),
        "[[run]]\ndate = 2025-01-15\ncopies = 300\n"
    );
}

#[test]
fn a_survey_csv_that_links_out_of_the_campaign_folder_is_not_read() {
    let outside = common::tempdir();
    std::fs::write(outside.path().join("secret.csv"), "q3\nда\n").unwrap();
    let project = TestProject::with_campaigns(&[("minimal", &repo().join("tests/fixtures/valid/minimal"))]);
    let dir = project.path().join("booklets/minimal");
    std::fs::create_dir_all(dir.join("surveys")).unwrap();
    std::os::unix::fs::symlink(outside.path().join("secret.csv"), dir.join("surveys/before.csv")).unwrap();
    std::fs::write(dir.join("surveys/after.csv"), "q3\nда\n").unwrap();
    let survey = "[[indicator]]\nid = \"q\"\nquestion = { kk = \"?\", ru = \"?\", en = \"?\" }\n\
                  before = { date = 2024-09-01, csv = \"surveys/before.csv\", column = \"q3\", aware-if = [\"да\"], not-aware-if = [\"нет\"] }\n\
                  after = { date = 2025-01-01, csv = \"surveys/after.csv\", column = \"q3\", aware-if = [\"да\"], not-aware-if = [\"нет\"] }\n";
    std::fs::write(dir.join("survey.toml"), survey).unwrap();
    assert_refused(
        project.path(),
        &["stats"],
        &["booklets/minimal/survey.toml:4:37: error: CSV file \"surveys/before.csv\" is outside the campaign folder"],
    );
}

#[test]
fn a_ledger_that_is_a_pipe_is_refused_instead_of_waiting_for_a_writer() {
    let project = TestProject::with_campaigns(&[("minimal", &repo().join("tests/fixtures/valid/minimal"))]);
    let ledger = project.path().join("booklets/minimal/print-runs.toml");
    let status = std::process::Command::new("mkfifo").arg(&ledger).status().expect("mkfifo runs");
    assert!(status.success());
    assert_refused(
        project.path(),
        &["stock"],
        &["booklets/minimal/print-runs.toml: error: this is not a file (a folder, a device or a pipe)"],
    );
}
