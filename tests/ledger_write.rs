//! What `print-run` and `hand-out` write, and what `stock` makes of it.

mod common;

use common::{ALPHA_LEDGER, TestProject};

#[test]
fn comments_and_hand_edits_survive_a_write() {
    let project = TestProject::fixture("ledger/basic");
    let hand_edited = format!("{}# last checked by hand on 2025-01-31\n", project.read(ALPHA_LEDGER));
    project.write(ALPHA_LEDGER, &hand_edited);
    let out = project
        .run(&["hand-out", "alpha", "--copies", "30", "--place", "Саты", "--date", "2025-02-03", "--by", "мектеп"])
        .ok();
    assert_eq!(out, "recorded 30 copies of alpha handed out in Саты on 3\u{a0}February 2025; 150 left in stock\n");
    project.run(&["print-run", "alpha", "--copies", "200", "--date", "2025-02-10", "--cost", "40 000"]).ok();
    let written = project.read(ALPHA_LEDGER);
    let edition = edition_of_last_run(&written);
    assert_eq!(
        written,
        format!(
            "{hand_edited}\n[[hand-out]]\ndate = 2025-02-03\ncopies = 30\nplace = \"Саты\"\nby = \"мектеп\"\n\
             \n[[run]]\ndate = 2025-02-10\ncopies = 200\ncost = 40000\nedition = \"{edition}\"\n"
        )
    );
}

#[test]
fn the_first_record_creates_a_commented_ledger() {
    let project = TestProject::fixture("ledger/basic");
    let out = project.run(&["print-run", "beta", "--copies", "300", "--printer", "Баспахана"]).ok();
    assert!(out.starts_with("recorded a print run of 300 copies of beta on 22\u{a0}February 2025, edition "), "{out}");
    let written = project.read("booklets/beta/print-runs.toml");
    assert!(written.starts_with("# Print runs and hand-outs of the booklet booklets/beta"), "{written}");
    assert!(
        written.contains("\n\n[[run]]\ndate = 2025-02-22\ncopies = 300\nprinter = \"Баспахана\"\nedition = "),
        "{written}"
    );
    project.run(&["stock"]).ok();
}

#[test]
fn print_run_records_the_fingerprint_of_the_pdf_the_content_builds() {
    let project = TestProject::fixture("ledger/basic");
    project.run(&["print-run", "alpha", "--copies", "100"]).ok();
    let recorded = edition_of_last_run(&project.read(ALPHA_LEDGER));
    // The press PDF is, for now, the screen PDF that `build` writes.
    project.run(&["build", "alpha"]).ok();
    let pdf = std::fs::read(project.root.join("out/alpha/alpha-press.pdf")).unwrap();
    assert_eq!(recorded, kitapsha::ledger::edition::fingerprint(&pdf));
    assert_eq!(recorded.len(), 16);
}

#[test]
fn stock_warns_when_the_content_changed_after_the_last_print_run() {
    let project = TestProject::fixture("ledger/basic");
    project.run(&["print-run", "alpha", "--copies", "100", "--date", "2025-02-01"]).ok();
    let json = project.run(&["stock", "--json"]);
    assert_eq!(json.stderr(), "", "no warning while the content is as printed");
    assert_eq!(stock_json(&json.ok())[0]["edition_current"], serde_json::json!(true));

    let campaign = project.read("booklets/alpha/campaign.toml");
    project.write("booklets/alpha/campaign.toml", &campaign.replace("Бірінші бөлім", "Бірінші тарау"));
    let json = project.run(&["stock", "--json"]);
    assert_eq!(stock_json(&json.ok())[0]["edition_current"], serde_json::json!(false));
    let stderr = json.stderr();
    let edition = edition_of_last_run(&project.read(ALPHA_LEDGER));
    let line = project.read(ALPHA_LEDGER).lines().position(|l| l.starts_with("edition")).unwrap() + 1;
    let expected = format!(
        "booklets/alpha/print-runs.toml:{line}:11: warning: the content of alpha has changed since the print run of 2025-02-01: edition {edition} was printed, the content now builds "
    );
    assert!(stderr.starts_with(&expected), "expected\n{expected}\nin\n{stderr}");
    assert!(stderr.ends_with("kitapsha: 0 errors, 1 warning\n"), "{stderr}");

    let table = project.run(&["stock"]).ok();
    assert!(table.contains("\nalpha *  "), "{table}");
    assert!(table.contains("\n* the content has changed since the last print run"), "{table}");
}

#[test]
fn print_run_of_content_that_does_not_build_is_recorded_without_an_edition() {
    let project = TestProject::fixture("ledger/basic");
    let campaign = project.read("booklets/alpha/campaign.toml");
    project.write("booklets/alpha/campaign.toml", &campaign.replace("format = \"a5\"", "format = \"a3\""));
    let run = project.run(&["print-run", "alpha", "--copies", "50"]);
    run.ok();
    assert!(
        run.stderr().starts_with("booklets/alpha/campaign.toml: warning: the print run is recorded without `edition`: the campaign's content has 1 error, so the booklet does not build\n"),
        "{}",
        run.stderr()
    );
    assert!(project.read(ALPHA_LEDGER).ends_with("\n[[run]]\ndate = 2025-02-22\ncopies = 50\n"));
}

#[test]
fn stock_prints_a_table_for_people() {
    let project = TestProject::fixture("ledger/basic");
    project.run(&["print-run", "alpha", "--copies", "1", "--date", "2025-02-01", "--cost", "301"]).ok();
    let table = project.run(&["stock"]).ok().replace('\u{a0}', "_");
    assert_eq!(
        table,
        "\
campaign  printed  handed out  in stock      cost  cost per copy  last hand-out
alpha         301         120       181  45,301_₸       150.50_₸  2025-01-20
beta            0           0         0       0_₸              —  —
-------------------------------------------------------------------------------
total         301         120       181  45,301_₸       150.50_₸  2025-01-20
"
    );
}

#[test]
fn stock_prints_the_same_table_as_csv_with_commas() {
    let project = TestProject::fixture("ledger/basic");
    assert_eq!(
        project.run(&["stock", "--csv-comma"]).ok(),
        "campaign,printed,handed_out,in_stock,cost,cost_per_copy,last_hand_out\nalpha,300,120,180,45000,150.00,2025-01-20\nbeta,0,0,0,0,,\n"
    );
}

#[test]
fn stock_json_has_one_object_per_campaign_with_zeros_for_a_campaign_without_a_ledger() {
    let project = TestProject::fixture("ledger/basic");
    let json = stock_json(&project.run(&["stock", "--json"]).ok());
    assert_eq!(json[0]["campaign"], "alpha");
    for (key, value) in [
        ("printed", serde_json::json!(300)),
        ("handed_out", serde_json::json!(120)),
        ("in_stock", serde_json::json!(180)),
        ("cost", serde_json::json!(45000)),
        ("cost_per_copy", serde_json::json!(150.0)),
        ("hand_outs_by_place", serde_json::json!({"Бақанас": 120})),
        ("last_hand_out", serde_json::json!("2025-01-20")),
    ] {
        assert_eq!(json[0][key], value, "{key}");
    }
    assert_eq!(json[1]["campaign"], "beta");
    for (key, value) in [
        ("printed", serde_json::json!(0)),
        ("handed_out", serde_json::json!(0)),
        ("in_stock", serde_json::json!(0)),
        ("cost", serde_json::json!(0)),
        ("cost_per_copy", serde_json::Value::Null),
        ("hand_outs_by_place", serde_json::json!({})),
    ] {
        assert_eq!(json[1][key], value, "{key}");
    }
}

#[test]
fn totals_are_a_library_function_for_the_donor_report() {
    let project = TestProject::fixture("ledger/basic");
    let mut diagnostics = kitapsha::diag::Diagnostics::new();
    let loaded = kitapsha::project::load(&project.root, &mut diagnostics).expect("the fixture loads");
    let folders = kitapsha::commands::campaign_folders(&loaded, &[], &mut diagnostics);
    let ledgers = kitapsha::ledger::read_all(&folders, &mut diagnostics).expect("the ledgers load");
    let totals: Vec<_> = ledgers.iter().map(|l| kitapsha::ledger::Totals::of(&l.campaign, &l.ledger)).collect();
    assert!(diagnostics.is_empty(), "{diagnostics:?}");
    assert_eq!(totals.iter().map(|t| t.campaign.as_str()).collect::<Vec<_>>(), ["alpha", "beta"]);
    assert_eq!((totals[0].printed, totals[0].handed_out, totals[0].in_stock), (300, 120, 180));
    assert_eq!(totals[0].cost_per_copy(), Some(150.0));
    assert_eq!(totals[1].cost_per_copy(), None);
}

fn stock_json(text: &str) -> Vec<serde_json::Value> {
    serde_json::from_str(text).unwrap_or_else(|e| panic!("{e}: {text}"))
}

fn edition_of_last_run(ledger: &str) -> String {
    let line = ledger.lines().rev().find(|line| line.starts_with("edition = ")).expect("an edition");
    line.trim_start_matches("edition = ").trim_matches('"').to_string()
}
