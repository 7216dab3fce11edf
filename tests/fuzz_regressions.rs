//! Replays the committed fuzz corpus (`fuzz/corpus/<target>/`, minimised) and every input that
//! once crashed a target (`fuzz/regressions/<target>/`) through the same checks the fuzz targets
//! run, so that plain `cargo test` on stable Rust guards against regressions.

#[path = "../fuzz/checks.rs"]
mod checks;

use std::path::{Path, PathBuf};

/// The stack a fuzz target runs on (the main thread's): test threads get less by default.
const STACK: usize = 8 * 1024 * 1024;

fn inputs(target: &str) -> Vec<PathBuf> {
    let fuzz = Path::new(env!("CARGO_MANIFEST_DIR")).join("fuzz");
    let mut files = Vec::new();
    for folder in [fuzz.join("corpus").join(target), fuzz.join("regressions").join(target)] {
        let Ok(entries) = std::fs::read_dir(&folder) else { continue };
        files.extend(entries.map(|entry| entry.unwrap().path()).filter(|path| path.is_file()));
    }
    files.sort();
    files
}

/// Runs `check` over every committed input of `target`; a panic names the input.
fn replay(target: &str, check: fn(&[u8])) {
    let files = inputs(target);
    assert!(!files.is_empty(), "fuzz/corpus/{target}/ holds the minimised corpus");
    for file in files {
        let data = std::fs::read(&file).unwrap();
        let outcome = std::thread::Builder::new().stack_size(STACK).spawn(move || check(&data)).unwrap().join();
        assert!(outcome.is_ok(), "{target}: {} fails", file.display());
    }
}

#[test]
fn the_campaign_corpus_replays() {
    replay("campaign", checks::campaign);
}

#[test]
fn the_markdown_corpus_replays() {
    replay("markdown", checks::markdown);
}

#[test]
fn the_hyphenation_corpus_replays() {
    replay("hyphenate", checks::hyphenate);
}

#[test]
fn the_survey_csv_corpus_replays() {
    replay("survey_csv", checks::survey_csv);
}

#[test]
fn the_ledger_corpus_replays() {
    replay("ledger", checks::ledger);
}
