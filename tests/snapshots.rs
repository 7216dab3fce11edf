//! Snapshots (insta) of what kitapsha hands on: the data each valid fixture's template reads,
//! and `stats --json` and `stock --json` of the samples. A change to any of them shows up as a
//! reviewable diff of the snapshot (`INSTA_UPDATE=always cargo test` accepts it).

mod common;

use common::{TestProject, assert_snapshot_in, each_case, fixture_cases, repo};
use kitapsha::diag::Diagnostics;
use serde_json::Value;

/// Floats to 6 decimals, so that the last bits of a computation do not make a snapshot fail.
fn rounded(value: Value) -> Value {
    match value {
        Value::Number(n) if n.is_f64() => {
            let x = n.as_f64().unwrap();
            serde_json::Number::from_f64((x * 1e6).round() / 1e6).map_or(Value::Null, Value::Number)
        }
        Value::Array(items) => Value::Array(items.into_iter().map(rounded).collect()),
        Value::Object(map) => Value::Object(map.into_iter().map(|(k, v)| (k, rounded(v))).collect()),
        other => other,
    }
}

fn pretty(value: Value) -> String {
    serde_json::to_string_pretty(&rounded(value)).unwrap()
}

/// A valid fixture is a campaign (its expected output is the data its template reads) or a
/// survey on its own (its expected output is `stats --json`).
#[test]
fn the_output_of_every_valid_fixture() {
    each_case(&fixture_cases("valid"), |case| {
        let id = case.file_name().unwrap().to_str().unwrap();
        if !case.join("campaign.toml").exists() {
            let project = TestProject::with_campaigns(&[(id, case)]);
            // `stats` needs the campaign to exist; any campaign.toml will do.
            let campaign = project.root.join("booklets").join(id).join("campaign.toml");
            std::fs::copy(repo().join("tests/fixtures/valid/minimal/campaign.toml"), campaign).unwrap();
            let json = project.run(&["stats", "--json"]).json();
            return assert_snapshot_in(case, "stats", &pretty(json));
        }
        let project = TestProject::with_campaigns(&[(id, case)]);
        let loaded = kitapsha::commands::open(&project.root).value.expect("the test project loads");
        let mut diagnostics = Diagnostics::new();
        let folders = kitapsha::commands::campaign_folders(&loaded, &[], &mut diagnostics);
        let campaign = kitapsha::commands::load_campaigns(&folders, &mut diagnostics).pop();
        let campaign = campaign.unwrap_or_else(|| panic!("{id} loads: {diagnostics:?}"));
        let data = kitapsha::typeset::booklet::booklet_data(&loaded, &campaign, false);
        assert_snapshot_in(case, "data", &pretty(serde_json::to_value(&data).unwrap()));
    });
}

#[test]
fn stats_json_of_the_samples() {
    let project = TestProject::samples();
    let json = project.run(&["stats", "--json"]).json();
    assert_snapshot_in(&repo().join("tests/snapshots"), "samples-stats", &pretty(json));
}

#[test]
fn stock_json_of_the_samples() {
    let project = TestProject::samples();
    let json = project.run(&["stock", "--json"]).json();
    assert_snapshot_in(&repo().join("tests/snapshots"), "samples-stock", &pretty(json));
}
