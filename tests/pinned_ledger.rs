//! What `print-run`, `hand-out` and `stock` say when a ledger cannot or must not be written, or
//! when the copies in stock no longer match the content: a transcript per language
//! (`tests/snapshots/ledger-<lang>.snap`) of the real binary run on the ledger fixture, each
//! command after its own slip, with what it printed and its exit code. A refused write leaves
//! the ledger's bytes as they were.
#![cfg(unix)]

mod common;

use common::{ALPHA_LEDGER, TestProject, assert_snapshot_in, repo, transcript_entry, without_editions};

/// One situation: what is done to a fresh copy of `tests/fixtures/ledger/basic`, then the
/// command run in it, and whether that command must leave the ledger of `alpha` as it was.
struct Scene {
    situation: &'static str,
    prepare: fn(&TestProject),
    args: &'static [&'static str],
    refused: bool,
}

const SCENES: &[Scene] = &[
    Scene {
        situation: "the ledger is read-only",
        prepare: |project| {
            use std::os::unix::fs::PermissionsExt;
            let ledger = project.root.join(ALPHA_LEDGER);
            std::fs::set_permissions(ledger, std::fs::Permissions::from_mode(0o444)).unwrap();
        },
        args: &["hand-out", "alpha", "--copies", "10", "--place", "Кеген", "--date", "2025-02-01"],
        refused: true,
    },
    Scene {
        situation: "the ledger is a symbolic link to records.toml beside it",
        prepare: |project| {
            let folder = project.root.join("booklets/alpha");
            std::fs::rename(folder.join("print-runs.toml"), folder.join("records.toml")).unwrap();
            std::os::unix::fs::symlink("records.toml", folder.join("print-runs.toml")).unwrap();
        },
        args: &["print-run", "alpha", "--copies", "100", "--date", "2025-02-01"],
        refused: true,
    },
    Scene {
        situation: "the lock file .print-runs.toml.lock is a folder",
        prepare: |project| std::fs::create_dir(project.root.join("booklets/alpha/.print-runs.toml.lock")).unwrap(),
        args: &["hand-out", "alpha", "--copies", "10", "--place", "Кеген", "--date", "2025-02-01"],
        refused: true,
    },
    Scene {
        situation: "the ledger has a negative cost typed by hand",
        prepare: |project| {
            let ledger = project.read(ALPHA_LEDGER).replace("cost = 45000", "cost = -45000");
            project.write(ALPHA_LEDGER, &ledger);
        },
        args: &["print-run", "alpha", "--copies", "100", "--date", "2025-02-01"],
        refused: true,
    },
    Scene {
        situation: "180 copies in stock",
        prepare: |_| {},
        args: &["hand-out", "alpha", "--copies", "181", "--place", "Кеген"],
        refused: true,
    },
    Scene {
        situation: "before the first print run, of 2025-01-15",
        prepare: |_| {},
        args: &["hand-out", "alpha", "--copies", "10", "--place", "Кеген", "--date", "2025-01-10"],
        refused: true,
    },
    Scene {
        situation: "the print runs are written as one inline list, not as [[run]] tables",
        prepare: |project| {
            project.write(ALPHA_LEDGER, "run = [{ date = 2025-01-15, copies = 300, cost = 45000 }]\n");
        },
        args: &["print-run", "alpha", "--copies", "100", "--date", "2025-02-01"],
        refused: true,
    },
    Scene {
        situation: "the campaign's format is a3, which does not exist",
        prepare: break_the_content,
        args: &["print-run", "alpha", "--copies", "50", "--date", "2025-02-01"],
        refused: false,
    },
    Scene {
        situation: "a section renamed after the last print run",
        prepare: |project| {
            project.run(&["print-run", "alpha", "--copies", "100", "--date", "2025-02-01"]).ok();
            let campaign = project.read("booklets/alpha/campaign.toml");
            project.write("booklets/alpha/campaign.toml", &campaign.replace("Бірінші бөлім", "Бірінші тарау"));
        },
        args: &["stock"],
        refused: false,
    },
    Scene {
        situation: "the content stopped building after the last print run",
        prepare: |project| {
            project.run(&["print-run", "alpha", "--copies", "100", "--date", "2025-02-01"]).ok();
            break_the_content(project);
        },
        args: &["stock"],
        refused: false,
    },
];

fn break_the_content(project: &TestProject) {
    let campaign = project.read("booklets/alpha/campaign.toml");
    assert!(campaign.contains("format = \"a5\""));
    project.write("booklets/alpha/campaign.toml", &campaign.replace("format = \"a5\"", "format = \"a3\""));
}

fn transcript(lang: &str) -> String {
    let mut out = String::new();
    for scene in SCENES {
        let project = TestProject::fixture("ledger/basic");
        (scene.prepare)(&project);
        let before = project.read(ALPHA_LEDGER);
        let output = project.command(scene.args).env("KITAPSHA_LANG", lang).output().unwrap();
        if scene.refused {
            assert_eq!(project.read(ALPHA_LEDGER), before, "{}: the ledger must not change", scene.situation);
        }
        out.push_str(&transcript_entry(scene.args, scene.situation, &output));
    }
    without_editions(&out)
}

#[test]
fn refused_writes_and_stale_editions_are_explained_in_each_language() {
    for lang in ["en", "ru", "kk"] {
        assert_snapshot_in(&repo().join("tests/snapshots"), &format!("ledger-{lang}"), &transcript(lang));
    }
}

#[test]
fn a_symbolic_link_stays_a_link_and_its_file_unchanged() {
    let project = TestProject::fixture("ledger/basic");
    (SCENES[1].prepare)(&project);
    let before = project.read("booklets/alpha/records.toml");
    project
        .run(SCENES[1].args)
        .fails_with(1, "booklets/alpha/print-runs.toml: error: nothing was recorded: the ledger is a symbolic link");
    let link = project.root.join(ALPHA_LEDGER);
    assert!(std::fs::symlink_metadata(link).unwrap().file_type().is_symlink());
    assert_eq!(project.read("booklets/alpha/records.toml"), before);
}

#[test]
fn the_first_print_run_writes_a_ledger_that_says_what_it_is() {
    let project = TestProject::fixture("ledger/basic");
    project.run(&["print-run", "beta", "--copies", "300", "--date", "2025-02-01"]).ok();
    let written = without_editions(&project.read("booklets/beta/print-runs.toml"));
    let (header, records) = written.split_once("\n\n").unwrap();
    let header: Vec<&str> = header.lines().map(|line| line.strip_prefix("# ").unwrap()).collect();
    assert_eq!(
        header.join(" "),
        "Print runs and hand-outs of the booklet booklets/beta, recorded by `kitapsha print-run` and `kitapsha hand-out`. Records may be corrected by hand; `kitapsha stock` checks them."
    );
    assert_eq!(records, "[[run]]\ndate = 2025-02-01\ncopies = 300\nedition = \"<16-hex-edition>\"\n");
    // The comment is in the language kitapsha speaks, and what follows it reads as a ledger.
    let project = TestProject::fixture("ledger/basic");
    project.command(&["print-run", "beta", "--copies", "300"]).env("KITAPSHA_LANG", "kk").output().unwrap();
    let written = project.read("booklets/beta/print-runs.toml");
    assert!(written.starts_with("# "), "{written}");
    assert!(!written.contains("Print runs"), "{written}");
    project.run(&["stock"]).ok();
}
