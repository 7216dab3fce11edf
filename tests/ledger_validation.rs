//! One test per rule of the ledger, on the command line (a usage error naming the flag, exit 2)
//! and in a hand-edited `print-runs.toml` (a diagnostic at line and column, exit 1). Nothing is
//! ever written when a rule is broken.

mod common;

use common::{ALPHA_LEDGER, TestProject};

/// Runs `args` on the fixture and asserts that the ledger's bytes did not change.
fn refused(project: &TestProject, args: &[&str], code: i32, expected: &str) -> String {
    let before = project.read(ALPHA_LEDGER);
    let stderr = project.run(args).fails_with(code, expected);
    assert_eq!(project.read(ALPHA_LEDGER), before, "the ledger must not change");
    stderr
}

/// A hand-edited ledger: `stock` reports `expected`, and `hand-out` refuses to write.
fn invalid_ledger(text: &str, expected: &str) {
    let project = TestProject::fixture("ledger/basic");
    project.write(ALPHA_LEDGER, text);
    project.run(&["stock"]).fails_with(1, expected);
    let stderr = refused(&project, &["hand-out", "alpha", "--copies", "1", "--place", "Кеген"], 1, expected);
    assert!(
        stderr.contains("booklets/alpha/print-runs.toml: error: nothing was recorded: the ledger has errors"),
        "{stderr}"
    );
}

const RUN: &str = "[[run]]\ndate = 2025-01-15\ncopies = 300\n";

// Copies must be more than 0.

#[test]
fn zero_copies_on_the_command_line_is_a_usage_error() {
    let project = TestProject::fixture("ledger/basic");
    refused(
        &project,
        &["hand-out", "alpha", "--copies", "0", "--place", "Кеген"],
        2,
        "error: --copies <N>: the number of copies must be more than 0",
    );
    refused(
        &project,
        &["print-run", "alpha", "--copies", "-5"],
        2,
        "error: --copies <N>: the number of copies must be more than 0",
    );
}

#[test]
fn zero_or_negative_copies_in_the_ledger_are_errors_at_their_value() {
    invalid_ledger(
        &format!("{RUN}\n[[hand-out]]\ndate = 2025-01-20\ncopies = 0\nplace = \"Кеген\"\n"),
        "booklets/alpha/print-runs.toml:7:10: error: `copies` must be more than 0, but it is 0",
    );
    invalid_ledger(
        "[[run]]\ndate = 2025-01-15\ncopies = -300\n",
        "booklets/alpha/print-runs.toml:3:10: error: `copies` must be more than 0, but it is -300",
    );
}

// A hand-out never exceeds the copies in stock.

#[test]
fn a_hand_out_beyond_the_stock_is_refused_and_nothing_is_written() {
    let project = TestProject::fixture("ledger/basic");
    refused(
        &project,
        &["hand-out", "alpha", "--copies", "181", "--place", "Кеген"],
        1,
        "booklets/alpha/print-runs.toml: error: cannot hand out 181 copies on 2025-02-22: the stock that day is 180",
    );
    project.run(&["hand-out", "alpha", "--copies", "180", "--place", "Кеген"]).ok();
}

#[test]
fn a_hand_out_before_the_print_run_is_refused() {
    let project = TestProject::fixture("ledger/basic");
    refused(
        &project,
        &["hand-out", "alpha", "--copies", "1", "--place", "Кеген", "--date", "2025-01-14"],
        1,
        "booklets/alpha/print-runs.toml: error: cannot hand out 1 copy on 2025-01-14: the stock that day is 0",
    );
}

#[test]
fn a_backdated_hand_out_may_not_take_copies_that_later_hand_outs_used() {
    let project = TestProject::fixture("ledger/basic");
    project.run(&["hand-out", "alpha", "--copies", "150", "--place", "Кеген", "--date", "2025-02-01"]).ok();
    // On 18 January all 300 were in stock, but 270 went out later.
    refused(
        &project,
        &["hand-out", "alpha", "--copies", "31", "--place", "Саты", "--date", "2025-01-18"],
        1,
        "booklets/alpha/print-runs.toml: error: cannot hand out 31 copies on 2025-01-18: the stock that day is 300, and hand-outs recorded after that day need 270 of it",
    );
    project.run(&["hand-out", "alpha", "--copies", "30", "--place", "Саты", "--date", "2025-01-18"]).ok();
}

#[test]
fn hand_edited_hand_outs_beyond_the_stock_are_an_error_at_their_copies() {
    invalid_ledger(
        &format!(
            "{RUN}\n[[hand-out]]\ndate = 2025-01-20\ncopies = 200\nplace = \"Кеген\"\n\n\
             [[hand-out]]\ndate = 2025-01-21\ncopies = 101\nplace = \"Саты\"\n"
        ),
        "booklets/alpha/print-runs.toml:12:10: error: this hand-out of 101 copies on 2025-01-21 is more than the stock that day, 100",
    );
}

// Costs are whole tenge, not negative.

#[test]
fn a_cost_in_tiyn_on_the_command_line_is_a_usage_error() {
    let project = TestProject::fixture("ledger/basic");
    refused(
        &project,
        &["print-run", "alpha", "--copies", "100", "--cost", "45000.50"],
        2,
        "error: --cost <TENGE>: `45000.50` is not whole tenge; write the cost without tiyn, e.g. --cost 45000",
    );
}

#[test]
fn a_negative_cost_on_the_command_line_is_a_usage_error() {
    let project = TestProject::fixture("ledger/basic");
    refused(
        &project,
        &["print-run", "alpha", "--copies", "100", "--cost", "-1"],
        2,
        "error: --cost <TENGE>: the cost cannot be negative",
    );
}

#[test]
fn a_cost_in_tiyn_in_the_ledger_is_an_error_at_its_value() {
    invalid_ledger(
        &format!("{RUN}cost = 45000.5\n"),
        "booklets/alpha/print-runs.toml:4:8: error: `cost` must be whole tenge, but it is 45000.5",
    );
}

#[test]
fn a_negative_cost_in_the_ledger_is_an_error_at_its_value() {
    invalid_ledger(
        &format!("{RUN}cost = -45000\n"),
        "booklets/alpha/print-runs.toml:4:8: error: `cost` cannot be negative, but it is -45000",
    );
}

// Dates are real dates, not in the future.

#[test]
fn a_date_that_does_not_exist_on_the_command_line_is_a_usage_error() {
    let project = TestProject::fixture("ledger/basic");
    refused(
        &project,
        &["hand-out", "alpha", "--copies", "1", "--place", "Кеген", "--date", "2025-02-29"],
        2,
        "error: --date <YYYY-MM-DD>: 2025-02-29 is not a real date",
    );
}

#[test]
fn a_date_in_the_future_on_the_command_line_is_a_usage_error() {
    let project = TestProject::fixture("ledger/basic");
    refused(
        &project,
        &["print-run", "alpha", "--copies", "1", "--date", "2025-02-23"],
        2,
        "error: --date <YYYY-MM-DD>: 2025-02-23 is in the future (today is 2025-02-22)",
    );
}

#[test]
fn a_date_that_does_not_exist_in_the_ledger_is_an_error_at_its_value() {
    invalid_ledger(
        "[[run]]\ndate = 2025-02-30\ncopies = 300\n",
        "booklets/alpha/print-runs.toml:2:8: error: `2025-02-30` is no day of the calendar: the month has fewer days",
    );
}

#[test]
fn a_date_in_the_future_in_the_ledger_is_an_error_at_its_value() {
    invalid_ledger(
        "[[run]]\ndate = 2025-03-01\ncopies = 300\n",
        "booklets/alpha/print-runs.toml:2:8: error: `date` 2025-03-01 is in the future",
    );
}

#[test]
fn a_quoted_date_in_the_ledger_is_an_error_at_its_value() {
    invalid_ledger(
        "[[run]]\ndate = \"15.01.2025\"\ncopies = 300\n",
        "booklets/alpha/print-runs.toml:2:8: error: `date` should be a date, but it is the text \"15.01.2025\"",
    );
}

// An unknown campaign is an error that lists the known ones.

#[test]
fn an_unknown_campaign_is_an_error_listing_the_known_ones() {
    let project = TestProject::fixture("ledger/basic");
    let stderr = project
        .run(&["hand-out", "alpah", "--copies", "1", "--place", "Кеген"])
        .fails_with(1, "booklets/alpah: error: there is no campaign `alpah`");
    assert!(stderr.contains("  = hint: did you mean `alpha`? known campaigns: alpha, beta\n"), "{stderr}");
    project
        .run(&["print-run", "gamma", "--copies", "1"])
        .fails_with(1, "booklets/gamma: error: there is no campaign `gamma`");
    assert!(!project.root.join("booklets/gamma").exists());
}

// Hand edits that break the format.

#[test]
fn an_unknown_key_in_the_ledger_is_an_error_with_a_suggestion() {
    let project = TestProject::fixture("ledger/basic");
    project.write(ALPHA_LEDGER, &format!("{RUN}coast = 45000\n"));
    let stderr = project
        .run(&["stock"])
        .fails_with(1, "booklets/alpha/print-runs.toml:4:1: error: unknown key `coast` in [[run]]");
    assert!(stderr.contains("hint: did you mean `cost`?"), "{stderr}");
    refused(
        &project,
        &["print-run", "alpha", "--copies", "1"],
        1,
        "booklets/alpha/print-runs.toml:4:1: error: unknown key `coast` in [[run]]",
    );
}

#[test]
fn a_hand_out_without_a_place_is_an_error() {
    invalid_ledger(
        &format!("{RUN}\n[[hand-out]]\ndate = 2025-01-20\ncopies = 10\n"),
        "booklets/alpha/print-runs.toml:5:1: error: `place` is missing in this [[hand-out]]",
    );
    let project = TestProject::fixture("ledger/basic");
    refused(
        &project,
        &["hand-out", "alpha", "--copies", "1", "--place", " "],
        2,
        "error: --place <PLACE>: this cannot be empty",
    );
}

#[test]
fn a_ledger_that_is_not_toml_is_an_error_with_its_position() {
    invalid_ledger(
        "[[run]\ndate = 2025-01-15\n",
        "booklets/alpha/print-runs.toml:1:7: error: this is not valid TOML: unclosed array table, expected `]`",
    );
}

#[test]
fn the_check_function_reports_a_broken_ledger_for_kitapsha_check() {
    let project = TestProject::fixture("ledger/basic");
    project.write(ALPHA_LEDGER, &format!("{RUN}cost = -1\n"));
    let mut diagnostics = kitapsha::diag::Diagnostics::new();
    let loaded = kitapsha::project::load(&project.root, &mut diagnostics).unwrap();
    let folders = kitapsha::commands::campaign_folders(&loaded, &[], &mut diagnostics);
    kitapsha::ledger::read_all(&folders, &mut diagnostics);
    let headlines: Vec<String> = diagnostics.iter().map(kitapsha::diag::Diagnostic::headline).collect();
    assert_eq!(headlines, ["booklets/alpha/print-runs.toml:4:8: error: `cost` cannot be negative, but it is -1"]);
}
