//! Corrections that keep the record (`void`), the numbered history (`stock --history`) and a
//! volunteer's sheet of hand-outs (`hand-out --from-file`): a transcript per language
//! (`tests/snapshots/ledger-corrections-<lang>.snap`) of the real binary run on the ledger
//! fixture, each command in a fresh copy after its own preparation, with what it printed and its
//! exit code. Every refused command leaves the ledger's bytes as they were.
#![cfg(unix)]

mod common;

use common::{ALPHA_LEDGER, TestProject, assert_snapshot_in, repo, transcript_entry, without_editions};

/// The ledger fixture has record 1, a print run of 300 on 2025-01-15, and record 2, 120 copies
/// handed out in Бақанас on 2025-01-20. `beta` has no ledger.
struct Scene {
    situation: &'static str,
    prepare: fn(&TestProject),
    args: &'static [&'static str],
    refused: bool,
}

/// The print run of the fixture recorded a second time, as record 3.
fn entered_twice(project: &TestProject) {
    project.run(&["print-run", "alpha", "--copies", "300", "--date", "2025-01-15", "--cost", "45000"]).ok();
}

/// Record 3 entered twice and then marked void.
fn entered_twice_and_void(project: &TestProject) {
    entered_twice(project);
    project.run(&["void", "alpha", "3", "--reason", "entered twice", "--date", "2025-01-21"]).ok();
}

/// Copies the sheets of `tests/fixtures/hand-out-sheets` into the project's `sheets/`.
fn with_sheets(project: &TestProject) {
    common::copy_dir(&repo().join("tests/fixtures/hand-out-sheets"), &project.root.join("sheets"));
}

const SCENES: &[Scene] = &[
    Scene {
        situation: "record 3 is the print run of 2025-01-15 entered a second time",
        prepare: entered_twice,
        args: &["void", "alpha", "3", "--reason", "entered twice", "--date", "2025-01-21"],
        refused: false,
    },
    Scene {
        situation: "record 3 is void",
        prepare: entered_twice_and_void,
        args: &["stock", "--history", "alpha"],
        refused: false,
    },
    Scene {
        situation: "record 3 is void",
        prepare: entered_twice_and_void,
        args: &["stock", "--history", "alpha", "--json"],
        refused: false,
    },
    Scene {
        situation: "record 3 is void: the stock counts 300 printed, not 600",
        prepare: entered_twice_and_void,
        args: &["stock"],
        refused: false,
    },
    Scene { situation: "no ledger yet", prepare: |_| {}, args: &["stock", "--history", "beta"], refused: false },
    Scene {
        situation: "the ledger has records 1 and 2",
        prepare: |_| {},
        args: &["void", "alpha", "7", "--reason", "typo"],
        refused: true,
    },
    Scene {
        situation: "a word for the number",
        prepare: |_| {},
        args: &["void", "alpha", "third", "--reason", "typo"],
        refused: true,
    },
    Scene {
        situation: "beta has no ledger yet",
        prepare: |_| {},
        args: &["void", "beta", "1", "--reason", "typo"],
        refused: false,
    },
    Scene {
        situation: "record 3 is void already",
        prepare: entered_twice_and_void,
        args: &["void", "alpha", "3", "--reason", "again"],
        refused: true,
    },
    Scene {
        situation: "a reason of spaces only",
        prepare: |_| {},
        args: &["void", "alpha", "2", "--reason", "  "],
        refused: true,
    },
    Scene {
        situation: "record 2 is of 2025-01-20",
        prepare: |_| {},
        args: &["void", "alpha", "2", "--reason", "wrong village", "--date", "2025-01-19"],
        refused: true,
    },
    Scene {
        situation: "120 of the 300 copies of record 1 were handed out",
        prepare: |_| {},
        args: &["void", "alpha", "1", "--reason", "wrong campaign"],
        refused: true,
    },
    Scene {
        situation: "a void typed by hand without a date, and one before its record",
        prepare: |project| {
            let ledger = project
                .read(ALPHA_LEDGER)
                .replace("cost = 45000   # paid in cash", "cost = 45000   # paid in cash\nvoid = { reason = \"\" }");
            project.write(ALPHA_LEDGER, &format!("{ledger}void = {{ date = 2025-01-19, reason = \"typo\" }}\n"));
        },
        args: &["check", "alpha"],
        refused: true,
    },
    Scene {
        situation: "a sheet in Russian: an Excel date cell, a dotted date, a blank row",
        prepare: with_sheets,
        args: &["hand-out", "alpha", "--from-file", "sheets/volunteer.xlsx"],
        refused: false,
    },
    Scene {
        situation: "a sheet in Kazakh with a problem in four rows",
        prepare: with_sheets,
        args: &["hand-out", "alpha", "--from-file", "sheets/bad-rows.xlsx"],
        refused: true,
    },
    Scene {
        situation: "180 in stock; the sheet's rows need 190",
        prepare: with_sheets,
        args: &["hand-out", "alpha", "--from-file", "sheets/over-stock.xlsx"],
        refused: true,
    },
    Scene {
        situation: "a CSV with semicolons, a byte-order mark, quotes and an empty row",
        prepare: with_sheets,
        args: &["hand-out", "alpha", "--from-file", "sheets/semicolons.csv"],
        refused: false,
    },
    Scene {
        situation: "a CSV without a column of copies",
        prepare: with_sheets,
        args: &["hand-out", "alpha", "--from-file", "sheets/missing-column.csv"],
        refused: true,
    },
    Scene {
        situation: "a sheet saved as .ods",
        prepare: |project| project.write("sheets/list.ods", "not read"),
        args: &["hand-out", "alpha", "--from-file", "sheets/list.ods"],
        refused: true,
    },
    Scene {
        situation: "a sheet with its column names only",
        prepare: |project| project.write("sheets/empty.csv", "Date,Place,Copies\n\n"),
        args: &["hand-out", "alpha", "--from-file", "sheets/empty.csv"],
        refused: true,
    },
    Scene {
        situation: "an empty file",
        prepare: |project| project.write("sheets/nothing.csv", ""),
        args: &["hand-out", "alpha", "--from-file", "sheets/nothing.csv"],
        refused: true,
    },
    Scene {
        situation: "two columns for the place",
        prepare: |project| {
            project.write("sheets/twice.csv", "date;село;место;количество\n2025-02-01;Саты;Саты;5\n");
        },
        args: &["hand-out", "alpha", "--from-file", "sheets/twice.csv"],
        refused: true,
    },
    Scene {
        situation: "a row without a date and without copies",
        prepare: |project| project.write("sheets/gaps.csv", "Date,Place,Copies\n,Саты,\n"),
        args: &["hand-out", "alpha", "--from-file", "sheets/gaps.csv"],
        refused: true,
    },
    Scene {
        situation: "no such file",
        prepare: |_| {},
        args: &["hand-out", "alpha", "--from-file", "sheets/missing.xlsx"],
        refused: true,
    },
    Scene {
        situation: "a file of 17 MB",
        prepare: |project| {
            project.write("sheets/huge.csv", "");
            let file = std::fs::File::options().write(true).open(project.root.join("sheets/huge.csv")).unwrap();
            file.set_len(17 << 20).unwrap();
        },
        args: &["hand-out", "alpha", "--from-file", "sheets/huge.csv"],
        refused: true,
    },
    Scene {
        situation: "a text file named .xlsx",
        prepare: |project| project.write("sheets/fake.xlsx", "date,place,copies\n"),
        args: &["hand-out", "alpha", "--from-file", "sheets/fake.xlsx"],
        refused: true,
    },
];

fn transcript(lang: &str) -> String {
    let mut out = String::new();
    for scene in SCENES {
        let project = TestProject::fixture("ledger/basic");
        (scene.prepare)(&project);
        let ledger = project.root.join(ALPHA_LEDGER);
        let before = std::fs::read(&ledger).unwrap();
        let output = project.command(scene.args).env("KITAPSHA_LANG", lang).output().unwrap();
        if scene.refused {
            assert_ne!(output.status.code(), Some(0), "{}: must be refused", scene.situation);
            assert_eq!(std::fs::read(&ledger).unwrap(), before, "{}: the ledger must not change", scene.situation);
        }
        out.push_str(&transcript_entry(scene.args, scene.situation, &output));
    }
    without_editions(&out)
}

#[test]
fn corrections_history_and_sheets_are_explained_in_each_language() {
    for lang in ["en", "ru", "kk"] {
        assert_snapshot_in(&repo().join("tests/snapshots"), &format!("ledger-corrections-{lang}"), &transcript(lang));
    }
}

#[test]
fn a_void_adds_one_line_to_its_record_and_changes_nothing_else() {
    let project = TestProject::fixture("ledger/basic");
    let before = project.read(ALPHA_LEDGER);
    project.run(&["void", "alpha", "2", "--reason", "handed out in Саты, not Бақанас", "--date", "2025-01-21"]).ok();
    let line = "void = { date = 2025-01-21, reason = \"handed out in Саты, not Бақанас\" }\n";
    assert_eq!(project.read(ALPHA_LEDGER), format!("{before}{line}"));

    // A record in the middle of the file: the line goes at the end of its table, before the
    // blank line and the header of the next one.
    let project = TestProject::fixture("ledger/basic");
    entered_twice(&project);
    let before = project.read(ALPHA_LEDGER);
    project.run(&["void", "alpha", "2", "--reason", "entered twice"]).ok();
    let expected = before
        .replace("by = 'volunteer'\n", "by = 'volunteer'\nvoid = { date = 2025-02-22, reason = \"entered twice\" }\n");
    assert_eq!(project.read(ALPHA_LEDGER), expected);
    // Numbers do not move: a new record is number 4, and the history still shows 2 as void.
    project.run(&["hand-out", "alpha", "--copies", "5", "--place", "Саты", "--date", "2025-02-02"]).ok();
    let history = project.run(&["stock", "--history", "alpha", "--json"]).json();
    let numbers: Vec<(u64, bool)> = history
        .as_array()
        .unwrap()
        .iter()
        .map(|record| (record["number"].as_u64().unwrap(), record["void"].is_object()))
        .collect();
    assert_eq!(numbers, [(1, false), (2, true), (3, false), (4, false)]);
    assert_eq!(project.run(&["stock", "--json"]).json()[0]["in_stock"], 595);
}

#[test]
fn a_refused_void_of_a_campaign_without_a_ledger_creates_none() {
    let project = TestProject::fixture("ledger/basic");
    project.run(&["void", "beta", "1", "--reason", "typo"]).fails_with(
        1,
        "booklets/beta/print-runs.toml: error: there is no record 1: the ledger has no print runs or hand-outs yet",
    );
    assert!(!project.root.join("booklets/beta/print-runs.toml").exists());
}

#[test]
fn a_sheet_is_recorded_in_one_write_with_every_row() {
    let project = TestProject::fixture("ledger/basic");
    with_sheets(&project);
    let before = project.read(ALPHA_LEDGER);
    project.run(&["hand-out", "alpha", "--from-file", "sheets/volunteer.xlsx"]).ok();
    let after = project.read(ALPHA_LEDGER);
    assert!(after.starts_with(&before));
    assert_eq!(
        &after[before.len()..],
        "\n[[hand-out]]\ndate = 2025-01-21\ncopies = 60\nplace = \"Саты\"\nby = \"Айгүл\"\n\
         \n[[hand-out]]\ndate = 2025-01-22\ncopies = 40\nplace = \"Кеген\"\n\
         \n[[hand-out]]\ndate = 2025-01-23\ncopies = 30\nplace = \"Жаланаш\"\nby = \"Ерлан\"\n"
    );
    let stock = project.run(&["stock", "--json"]).json();
    assert_eq!(stock[0]["in_stock"], 50);
}

#[test]
fn from_file_conflicts_with_the_options_of_one_hand_out() {
    let project = TestProject::fixture("ledger/basic");
    project
        .run(&["hand-out", "alpha", "--from-file", "list.xlsx", "--copies", "5"])
        .fails_with(2, "error: --from-file <FILE> cannot be given together with --copies <N>");
}
