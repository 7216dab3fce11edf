//! The repository's sample ledgers: all six load, and `stock` adds them up.

mod common;

use common::TestProject;

const SAMPLES: [&str; 6] = ["balkhash", "kegen", "raiymbek", "uighur", "zhambyl", "zhambyl-youth"];

#[test]
fn every_sample_ledger_loads_and_stock_prints_the_table() {
    let project = TestProject::samples();
    let run = project.run(&["stock"]);
    let table = run.ok();
    assert_eq!(run.stderr(), "", "the sample ledgers must load without a warning");
    let lines: Vec<&str> = table.lines().collect();
    assert!(lines[0].starts_with("campaign       printed  handed out  in stock"), "{table}");
    for (line, campaign) in lines[1..].iter().zip(SAMPLES) {
        assert!(line.starts_with(&format!("{campaign} ")), "{table}");
    }
    assert!(lines.last().unwrap().starts_with("total "), "{table}");
}

#[test]
fn stock_json_on_the_sample_ledgers_has_the_documented_shape_and_sums() {
    let project = TestProject::samples();
    let json: serde_json::Value = serde_json::from_str(&project.run(&["stock", "--json"]).ok()).unwrap();
    let objects = json.as_array().expect("an array");
    assert_eq!(objects.len(), SAMPLES.len());
    for (object, campaign) in objects.iter().zip(SAMPLES) {
        assert_eq!(object["campaign"], campaign);
        for key in ["printed", "handed_out", "in_stock", "cost"] {
            assert!(object[key].is_u64(), "{campaign}: `{key}` is {}", object[key]);
        }
        assert!(object["cost_per_copy"].is_f64(), "{campaign}: {}", object["cost_per_copy"]);
        assert!(object["hand_outs_by_place"].is_object());
        assert!(object.get("edition_current").is_some_and(|v| v.is_boolean() || v.is_null()));

        // The same sums, worked out here from the file with a plain TOML parser.
        let ledger: toml::Table = project.read(&format!("booklets/{campaign}/print-runs.toml")).parse().unwrap();
        let sum = |kind: &str, key: &str| -> i64 {
            ledger[kind].as_array().unwrap().iter().filter_map(|t| t.get(key)?.as_integer()).sum()
        };
        let (printed, handed_out, cost) = (sum("run", "copies"), sum("hand-out", "copies"), sum("run", "cost"));
        assert_eq!(object["printed"], printed, "{campaign}");
        assert_eq!(object["handed_out"], handed_out, "{campaign}");
        assert_eq!(object["in_stock"], printed - handed_out, "{campaign}");
        assert_eq!(object["cost"], cost, "{campaign}");
        assert_eq!(object["cost_per_copy"].as_f64().unwrap(), cost as f64 / printed as f64, "{campaign}");
        let by_place: i64 =
            object["hand_outs_by_place"].as_object().unwrap().values().map(|v| v.as_i64().unwrap()).sum();
        assert_eq!(by_place, handed_out, "{campaign}");
        if ["raiymbek", "zhambyl-youth"].contains(&campaign) {
            assert_eq!(printed, 300, "{campaign}: FACTS.md gives a print run of 300 copies");
        }
    }
}
