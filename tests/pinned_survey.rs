//! What only `stats` and `report` print about surveys, places and the report, and the CSV
//! exports too large for a fixture: each run through the real binary on files with the real
//! slip, the whole output compared.

mod common;

use std::path::Path;

use common::{TestProject, assert_snapshot_in, repo};

/// The snapshots of this file, beside the other whole-output snapshots.
fn snapshots() -> std::path::PathBuf {
    repo().join("tests/snapshots")
}

/// A project with one campaign, `notes`, holding `tests/fixtures/stats/notes`: indicators that
/// make every note of the `stats` table appear.
fn notes_project() -> TestProject {
    let project = TestProject::with_campaigns(&[("notes", &repo().join("tests/fixtures/valid/minimal"))]);
    project.add_campaign("notes", &repo().join("tests/fixtures/stats/notes"));
    project
}

/// stdout of `kitapsha stats` in `lang`, for the interface and the sentences alike.
fn stats_in(project: &TestProject, lang: &str) -> String {
    let output = project.command(&["stats", "--lang", lang]).env("KITAPSHA_LANG", lang).output().unwrap();
    let stderr = String::from_utf8(output.stderr).unwrap();
    assert_eq!((output.status.code(), stderr.as_str()), (Some(0), ""), "stats {lang}");
    String::from_utf8(output.stdout).unwrap()
}

#[test]
fn the_stats_table_has_its_headings_notes_and_targets_in_each_language() {
    let project = notes_project();
    let english = stats_in(&project, "en");
    let lines: Vec<&str> = english.lines().collect();
    assert_eq!(
        lines[0],
        "Share aware before and after, in % with 95 % confidence intervals; change = after minus before, in \
         percentage points. Indented rows are groups of respondents; a group with fewer than 30 on either side is \
         too few to compare."
    );
    assert_eq!(
        lines[2],
        "campaign  indicator       n   before (95 % CI)    n    after (95 % CI)  change, pp (95 % CI)       p  test              target"
    );
    // The numbers, worked out apart from kitapsha. from-exports: 5 of 11 answers aware before
    // (1 blank), 5 of 7 after (3 blank); with design effect 1.5 the effective sizes are 11 / 1.5
    // and 7 / 1.5, whose Wilson intervals are [17.8, 76.3] and [29.9, 93.6]. The groups have
    // fewer than 30 respondents. asked-twice: 60 people, discordant pairs 5 and 15: McNemar's
    // exact p = 2 P(X <= 5 | n = 20) = 0.041, the chi-square (|15 - 5| - 1)^2 / 20 = 4.05 has
    // p = 0.044; the change +16.7 [+2.2, +30.0] (Newcombe) stays below the target of +35.
    // counted: after 74.6 [66.0, 81.6] includes the target of 70 %.
    assert_eq!(
        &lines[3..8],
        [
            "notes     from-exports   11  45.5 [17.8, 76.3]    7  71.4 [29.9, 93.6]  +26.0 [-25.7, +61.4]   0.377  two-proportion z",
            "            Sex: women    6  50.0 [15.0, 85.0]    4  75.0 [23.9, 96.6]    too few to compare",
            "            Sex: men      5   40.0 [9.1, 81.6]    3  66.7 [15.9, 95.5]    too few to compare",
            "notes     asked-twice    60  41.7 [30.1, 54.3]   60  58.3 [45.7, 69.9]   +16.7 [+2.2, +30.0]   0.041  McNemar exact     +35 pp: not met",
            "notes     counted       120  34.2 [26.3, 43.0]  118  74.6 [66.0, 81.6]  +40.4 [+28.1, +50.9]  <0.001  two-proportion z  70\u{a0}%: unclear",
        ]
    );
    // Each answer of an export with its count and how it was counted, so that an answer counted
    // the wrong way shows: before.csv has "Иә", "иә" and " иә" (5) and "жоқ" (6).
    assert_eq!(
        &lines[9..15],
        [
            "notes/from-exports: before: counted from surveys/before.csv, column group_rights/q3; 1 blank answer left out",
            "notes/from-exports: before: aware: \"Иә\" 5; not aware: \"жоқ\" 6",
            "notes/from-exports: after: counted from surveys/after.csv, column group_rights/q3; 3 blank answers left out",
            "notes/from-exports: after: aware: \"иә\" 5; not aware: \"жоқ\" 2",
            "notes/from-exports: design effect 1.5: intervals and test use effective sample sizes 7.3 and 4.7",
            "notes/asked-twice: the same 60 people asked twice (aware both times 20, only before 5, only after 15, \
             neither 20); McNemar chi-square with continuity correction: p = 0.044",
        ]
    );
    assert_snapshot_in(&snapshots(), "pinned-survey-stats-notes-en", &english);
    assert_snapshot_in(&snapshots(), "pinned-survey-stats-notes-ru", &stats_in(&project, "ru"));
    assert_snapshot_in(&snapshots(), "pinned-survey-stats-notes-kk", &stats_in(&project, "kk"));
}

#[test]
fn a_paired_p_value_below_a_thousandth_is_written_as_less_than() {
    let project = notes_project();
    // Discordant pairs 3 and 21: chi-square (18 - 1)^2 / 24 = 12.04, p = 0.0005.
    let survey = project
        .read("booklets/notes/survey.toml")
        .replace("only-before = 5, only-after = 15", "only-before = 3, only-after = 21");
    project.write("booklets/notes/survey.toml", &survey);
    let english = stats_in(&project, "en");
    let note = "notes/asked-twice: the same 64 people asked twice (aware both times 20, only before 3, only after 21, \
                neither 20); McNemar chi-square with continuity correction: p < 0.001";
    assert!(english.lines().any(|line| line == note), "{english}");
}

#[test]
fn stats_on_campaigns_without_survey_results_says_so() {
    let project = TestProject::with_campaigns(&[("plain", &repo().join("tests/fixtures/valid/minimal"))]);
    let stdout = project.run(&["stats"]).ok();
    assert_eq!(stdout, "no survey results in the campaigns asked for\n\nno survey results (skipped): plain\n");
}

/// A campaign `big` whose `before` survey is counted from `surveys/before.csv`.
fn project_with_export() -> TestProject {
    let project = TestProject::with_campaigns(&[("big", &repo().join("tests/fixtures/valid/minimal"))]);
    project.write(
        "booklets/big/survey.toml",
        "[[indicator]]\nid = \"knows\"\nquestion = { kk = \"Білесіз бе?\", ru = \"Знаете ли вы?\", en = \"Do you know?\" }\n\
         before = { date = 2024-09-10, csv = \"surveys/before.csv\", column = \"q3\", aware-if = [\"да\"], not-aware-if = [\"нет\"] }\n\
         after  = { date = 2025-01-25, respondents = 118, aware = 88 }\n",
    );
    project
}

#[test]
fn an_export_over_64_mib_is_refused_before_it_is_read() {
    let project = project_with_export();
    let path = project.root.join("booklets/big/surveys/before.csv");
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    // A sparse file: its size is what is checked, and no disk is filled.
    let file = std::fs::File::create(&path).unwrap();
    file.set_len(64 * 1024 * 1024 + 1).unwrap();
    let run = project.run(&["check", "big"]);
    assert_eq!(run.code(), 1);
    assert_eq!(
        run.stderr(),
        "booklets/big/surveys/before.csv: error: the file is 65 MiB; kitapsha reads survey exports of up to 64 MiB\n  \
         = hint: export only this survey's submissions, or only the columns you need\nkitapsha: 1 error, 0 warnings\n"
    );
}

#[test]
fn an_export_of_more_than_200_000_rows_is_refused_at_the_first_row_too_many() {
    let project = project_with_export();
    let mut text = String::from("id,q3\n");
    for row in 1..=200_001 {
        text.push_str(&format!("{row},да\n"));
    }
    project.write("booklets/big/surveys/before.csv", &text);
    let run = project.run(&["check", "big"]);
    assert_eq!(run.code(), 1);
    assert_eq!(
        run.stderr(),
        "booklets/big/surveys/before.csv:200002:1: error: the file has more than 200,000 rows\n       |\n200002 | 200001,да\n       | ^\n  = hint: export only this survey's submissions\nkitapsha: 1 \
         error, 0 warnings\n"
    );
}

/// stderr of `kitapsha report` in `lang`, which must fail.
fn report_fails(project: &TestProject, lang: &str) -> String {
    let output = project.command(&["report", "--lang", "en"]).env("KITAPSHA_LANG", lang).output().unwrap();
    assert_eq!(output.status.code(), Some(1), "report {lang}");
    String::from_utf8(output.stderr).unwrap()
}

#[test]
fn every_slip_in_places_toml_is_reported_by_the_report_at_its_place() {
    let project = TestProject::fixture("ledger/basic");
    std::fs::copy(repo().join("tests/fixtures/places/mistakes.toml"), project.root.join("places.toml")).unwrap();
    let dir = repo().join("tests/fixtures/places");
    for (lang, name) in [("en", "mistakes-stderr"), ("ru", "mistakes-stderr.ru"), ("kk", "mistakes-stderr.kk")] {
        assert_snapshot_in(&dir, name, &report_fails(&project, lang));
    }
    assert!(!project.root.join("out/report-en.pdf").exists(), "no report is written from a broken places.toml");
}

#[test]
fn a_hand_out_place_missing_from_places_toml_is_a_warning_with_what_to_add() {
    // `alpha` handed out 120 copies in Бақанас; the project has no places.toml.
    let project = TestProject::fixture("ledger/basic");
    let run = project.run(&["report", "--lang", "en"]);
    assert_eq!(run.code(), 0, "{}", run.stderr());
    assert_snapshot_in(&snapshots(), "pinned-survey-map-place-missing", &run.stderr());
    assert!(project.root.join("out/report-en.pdf").is_file());
}

#[test]
fn a_report_written_over_a_folder_is_an_error_naming_it() {
    let project = TestProject::fixture("ledger/basic");
    project.write(
        "places.toml",
        "[[place]]\nname = { kk = \"Бақанас\", ru = \"Баканас\", en = \"Bakanas\" }\nlat = 44.81\nlon = 76.27\n",
    );
    let folder = project.root.join("out/report-en.pdf");
    std::fs::create_dir_all(folder.join("old")).unwrap();
    let out = folder.to_str().unwrap();
    let run = project.run(&["report", "--lang", "en", "--out", out]);
    assert_eq!(run.code(), 1);
    assert_eq!(
        run.stderr(),
        "out/report-en.pdf: error: cannot write the report: it is a folder, not a file\nkitapsha: 1 error, 0 warnings\n"
    );
    assert!(folder.join("old").is_dir(), "the folder is left as it was");
    assert_no_temporaries(&project.root.join("out"));
}

fn assert_no_temporaries(folder: &Path) {
    let names: Vec<String> =
        std::fs::read_dir(folder).unwrap().map(|e| e.unwrap().file_name().to_string_lossy().into_owned()).collect();
    assert!(names.iter().all(|name| !name.ends_with(".tmp")), "{names:?}");
}

/// A survey export on a disk that fails part-way through reading (a USB stick pulled out, a bad
/// sector): the error names the file and says what to check. Read through the library, since
/// no file on a healthy disk fails like that.
#[test]
fn an_export_that_fails_to_read_part_way_is_an_error_naming_the_file() {
    use std::io::{BufReader, Read};
    struct FailingDisk(&'static [u8]);
    impl Read for FailingDisk {
        fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
            if self.0.is_empty() {
                return Err(std::io::Error::from_raw_os_error(5));
            }
            let n = self.0.len().min(buf.len());
            buf[..n].copy_from_slice(&self.0[..n]);
            self.0 = &self.0[n..];
            Ok(n)
        }
    }
    let disk = FailingDisk("start,q3\n2024-09-10,да\n2024-09-10,не".as_bytes());
    let shown = Path::new("booklets/big/surveys/before.csv");
    let result = kitapsha::survey::csv::tally_reader(BufReader::new(disk), shown, "q3", &["да".to_string()]);
    let Err(kitapsha::survey::csv::CsvError::File(problems)) = result else { panic!("{result:?}") };
    let shown: Vec<String> = problems.iter().map(ToString::to_string).collect();
    assert_eq!(
        shown,
        [
            "booklets/big/surveys/before.csv: error: cannot read the file: Input/output error (os error 5)\n  = hint: check the file and who may read it\n"
        ]
    );
}
