//! The typesetting a typesetter would sign, read back from the laid-out pages of every sample
//! booklet and of the fixtures with narrow columns: no runts, no ladders of more than three
//! hyphens, no list torn from its lead-in or across pages, Kazakh spaced no looser than Russian.
//! `cargo test --test typesetting -- --nocapture` prints the counts.

mod common;

use std::path::Path;

use kitapsha::diag::Diagnostics;
use kitapsha::lang::Lang;
use kitapsha::typeset::booklet;
use kitapsha::typeset::proof::{self, Proof};

use common::repo;

/// Typesets every campaign of the project at `root` (or only `only`) and proofreads it.
fn proofs(root: &Path, only: Option<&str>) -> Vec<(String, Proof)> {
    let mut diagnostics = Diagnostics::new();
    let project = kitapsha::project::load(root, &mut diagnostics).expect("the project loads");
    let mut out = Vec::new();
    for id in project.campaign_ids() {
        if only.is_some_and(|only| only != id) {
            continue;
        }
        let folder = project.campaign_dir(&id).unwrap();
        let campaign = kitapsha::campaign::load(&id, &folder, &mut diagnostics)
            .unwrap_or_else(|| panic!("{id} loads: {diagnostics:?}"));
        let typeset = booklet::typeset(&project, &campaign, project.creation_date())
            .unwrap_or_else(|problems| panic!("{id} typesets: {problems:?}"));
        out.push((id, proof::proof(&typeset.document)));
    }
    out
}

/// A scratch project holding one fixture campaign.
fn fixture(name: &str) -> common::TestProject {
    common::TestProject::with_campaigns(&[(name, &repo().join("tests/fixtures/valid").join(name))])
}

fn report(id: &str, proof: &Proof) -> String {
    let ratio = match (proof.word_gap_quantile(Lang::Kk, 0.9), proof.word_gap_quantile(Lang::Ru, 0.9)) {
        (Some(kk), Some(ru)) => format!("{:.2} ({kk:.3} em / {ru:.3} em)", kk / ru),
        _ => "-".to_string(),
    };
    format!(
        "{id}: runts {}, ladders {}, split lists {}, words split across pages {}, p90 word gap kk/ru {ratio}\n  runts: {:?}\n  ladders: {:?}\n  split lists: {:?}",
        proof.runts.len(),
        proof.ladders.len(),
        proof.split_lists.len(),
        proof.split_words.len(),
        proof.runts.iter().map(|f| (f.page, &f.text)).collect::<Vec<_>>(),
        proof.ladders.iter().map(|f| (f.page, &f.text)).collect::<Vec<_>>(),
        proof.split_lists.iter().map(|f| (f.page, &f.text)).collect::<Vec<_>>(),
    )
}

fn assert_clean(proofs: &[(String, Proof)]) {
    let mut failures = Vec::new();
    for (id, proof) in proofs {
        let shown = report(id, proof);
        println!("{shown}");
        let faults = [&proof.runts, &proof.ladders, &proof.split_lists, &proof.split_words];
        if faults.iter().any(|found| !found.is_empty()) {
            failures.push(shown);
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// The 90th percentile of the gaps between words in Kazakh over that in Russian.
fn word_gap_ratio(proof: &Proof) -> Option<f64> {
    Some(proof.word_gap_quantile(Lang::Kk, 0.9)? / proof.word_gap_quantile(Lang::Ru, 0.9)?)
}

#[test]
fn the_samples_have_no_runts_ladders_or_split_lists() {
    assert_clean(&proofs(&repo(), None));
}

#[test]
fn kazakh_is_spaced_no_looser_than_russian_in_every_sample() {
    for (id, proof) in proofs(&repo(), None) {
        let ratio = word_gap_ratio(&proof).unwrap_or_else(|| panic!("{id}: no justified lines in both languages"));
        assert!(ratio <= 1.0, "{id}: p90 word gap kk/ru {ratio:.3}");
    }
}

#[test]
fn narrow_columns_have_no_runts_ladders_or_split_lists() {
    let mut all = Vec::new();
    let parallel = fixture("narrow-columns");
    all.extend(proofs(parallel.path(), None));
    // The same text as a trifold leaflet, and the leaflet fixtures.
    let trifold = fixture("narrow-columns");
    let campaign = trifold.path().join("booklets/narrow-columns/campaign.toml");
    let text = std::fs::read_to_string(&campaign).unwrap().replace("format = \"a6\"", "format = \"a4-trifold\"");
    std::fs::write(&campaign, text).unwrap();
    all.extend(proofs(trifold.path(), None).into_iter().map(|(id, proof)| (format!("{id} as a trifold"), proof)));
    for name in ["trifold-parallel", "trifold-sequential", "parallel", "a6-creep"] {
        all.extend(proofs(fixture(name).path(), None));
    }
    assert_clean(&all);
}
