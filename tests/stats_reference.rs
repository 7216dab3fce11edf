//! Every formula of `kitapsha stats` against a grid of values computed once with statsmodels and
//! SciPy (tests/fixtures/stats/generate_reference.py wrote statsmodels_reference.json).
//!
//! Tolerance: intervals and p-values must agree to 1e-12 (absolute), far inside the 1e-6 one
//! would need for reports; p-values must in addition agree to 1e-10 relative, so that tiny
//! p-values are compared too. Measured with statsmodels 0.15.0 / SciPy 1.17.1: at most 1.5e-14
//! absolute and 5e-13 relative; the rest is floating-point rounding, not method.

use kitapsha::survey::stats::*;
use serde_json::Value;

const REFERENCE: &str = include_str!("fixtures/stats/statsmodels_reference.json");
const ABSOLUTE: f64 = 1e-12;
const RELATIVE_P: f64 = 1e-10;

fn reference() -> Value {
    serde_json::from_str(REFERENCE).expect("the reference file is JSON")
}

fn cases<'a>(reference: &'a Value, section: &str) -> &'a [Value] {
    let cases = reference[section].as_array().unwrap_or_else(|| panic!("no section {section}"));
    assert!(!cases.is_empty(), "section {section} is empty");
    cases
}

fn number(case: &Value, key: &str) -> f64 {
    case[key].as_f64().unwrap_or_else(|| panic!("{key} missing in {case}"))
}

fn pair(case: &Value, key: &str) -> (f64, f64) {
    (case[key][0].as_f64().unwrap(), case[key][1].as_f64().unwrap())
}

fn assert_close(actual: f64, expected: f64, case: &Value, what: &str) {
    assert!((actual - expected).abs() <= ABSOLUTE, "{what}: got {actual}, statsmodels {expected}, case {case}");
}

fn assert_p_value(actual: f64, expected: f64, case: &Value) {
    assert_close(actual, expected, case, "p-value");
    if expected > 1e-300 {
        assert!(
            ((actual - expected) / expected).abs() <= RELATIVE_P,
            "p-value: got {actual}, expected {expected}, case {case}"
        );
    }
}

#[test]
fn wilson_interval_matches_statsmodels() {
    let reference = reference();
    for case in cases(&reference, "wilson") {
        let z = critical_value(number(case, "level"));
        let interval = wilson(number(case, "aware"), number(case, "n"), z);
        assert_close(interval.lower, number(case, "lower"), case, "lower");
        assert_close(interval.upper, number(case, "upper"), case, "upper");
    }
}

#[test]
fn newcombe_independent_interval_matches_statsmodels() {
    let reference = reference();
    for case in cases(&reference, "newcombe_independent") {
        let z = critical_value(number(case, "level"));
        let interval = newcombe_independent(pair(case, "after"), pair(case, "before"), z);
        assert_close(interval.lower, number(case, "lower"), case, "lower");
        assert_close(interval.upper, number(case, "upper"), case, "upper");
    }
}

#[test]
fn two_proportion_z_test_matches_statsmodels() {
    let reference = reference();
    for case in cases(&reference, "z_test") {
        let p = two_proportion_z_test(pair(case, "after"), pair(case, "before"));
        assert_p_value(p, number(case, "p_value"), case);
    }
}

#[test]
fn mcnemar_tests_match_statsmodels() {
    let reference = reference();
    for case in cases(&reference, "mcnemar") {
        let (only_before, only_after) = (number(case, "only_before"), number(case, "only_after"));
        assert_p_value(mcnemar_exact(only_before, only_after), number(case, "exact_p"), case);
        if let Some(expected) = case["chi2_p"].as_f64() {
            assert_p_value(mcnemar_chi_square(only_before, only_after), expected, case);
        }
    }
}

#[test]
fn mcnemar_exact_with_effective_counts_matches_scipy_betainc() {
    let reference = reference();
    for case in cases(&reference, "mcnemar_fractional") {
        let p = mcnemar_exact(number(case, "only_before"), number(case, "only_after"));
        assert_p_value(p, number(case, "exact_p"), case);
    }
}

#[test]
fn newcombe_paired_interval_matches_the_independent_python_computation() {
    let reference = reference();
    for case in cases(&reference, "newcombe_paired") {
        let cells = PairedCells {
            both: number(case, "both"),
            only_before: number(case, "only_before"),
            only_after: number(case, "only_after"),
            neither: number(case, "neither"),
        };
        let interval = newcombe_paired(&cells, critical_value(number(case, "level")));
        assert_close(interval.lower, number(case, "lower"), case, "lower");
        assert_close(interval.upper, number(case, "upper"), case, "upper");
    }
}

#[test]
fn special_functions_match_scipy() {
    let reference = reference();
    for case in cases(&reference, "normal_quantile") {
        let (p, expected) = (number(case, "p"), number(case, "value"));
        let actual = normal_quantile(p);
        assert!((actual - expected).abs() <= 1e-13 * expected.abs().max(1.0), "quantile {case}: {actual}");
    }
    for case in cases(&reference, "erfc") {
        let (x, expected) = (number(case, "x"), number(case, "value"));
        let actual = erfc(x);
        assert!((actual - expected).abs() <= 1e-14 * expected.abs().max(1e-300), "erfc {case}: {actual}");
    }
    for case in cases(&reference, "ln_gamma") {
        let (x, expected) = (number(case, "x"), number(case, "value"));
        let actual = ln_gamma(x);
        assert!((actual - expected).abs() <= 1e-13 * expected.abs().max(1.0), "ln_gamma {case}: {actual}");
    }
    for case in cases(&reference, "regularized_beta") {
        let expected = number(case, "value");
        let actual = regularized_beta(number(case, "x"), number(case, "a"), number(case, "b"));
        assert!((actual - expected).abs() <= 1e-12 * expected.abs().max(1e-300), "betainc {case}: {actual}");
    }
}

#[test]
fn reference_file_names_the_versions_it_was_made_with() {
    let reference = reference();
    assert!(reference["versions"]["statsmodels"].as_str().is_some_and(|v| !v.is_empty()));
}

/// The groups of one indicator, written as `[[indicator.group]]` counts and computed by
/// kitapsha as `stats` does, against statsmodels: a group with 0/n, one with n/n and one
/// under 30 respondents among them.
#[test]
fn group_statistics_match_statsmodels() {
    use kitapsha::diag::Diagnostics;
    use kitapsha::fsutil::Folder;
    use kitapsha::survey::results::MIN_GROUP_RESPONDENTS;

    let reference = reference();
    let cases = cases(&reference, "groups");
    let count = |case: &Value, side: &str, i: usize| case[side][i].as_u64().unwrap();
    let sum = |side: &str, i: usize| cases.iter().map(|c| count(c, side, i)).sum::<u64>();
    let mut text = format!(
        "[[indicator]]\nid = \"q\"\nquestion = {{ kk = \"?\", ru = \"?\", en = \"?\" }}\n\
         before = {{ date = 2024-09-10, respondents = {}, aware = {} }}\n\
         after = {{ date = 2025-01-25, respondents = {}, aware = {} }}\n\
         by = [{{ column = \"village\", name = {{ kk = \"Ауыл\", ru = \"Село\", en = \"Village\" }} }}]\n",
        sum("before", 1),
        sum("before", 0),
        sum("after", 1),
        sum("after", 0)
    );
    for (index, case) in cases.iter().enumerate() {
        text.push_str(&format!(
            "[[indicator.group]]\nby = \"village\"\nvalue = \"v{index}\"\n\
             before = {{ respondents = {}, aware = {} }}\nafter = {{ respondents = {}, aware = {} }}\n",
            count(case, "before", 1),
            count(case, "before", 0),
            count(case, "after", 1),
            count(case, "after", 0)
        ));
    }
    let dir = std::env::temp_dir().join(format!("kitapsha-group-reference-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("survey.toml"), text).unwrap();
    let folder = Folder { real: dir.clone(), shown: "booklets/x".into() };
    let mut diagnostics = Diagnostics::new();
    let results = kitapsha::survey::results([("x", &folder)], 0.95, &mut diagnostics).expect("the survey loads");
    std::fs::remove_dir_all(&dir).unwrap();
    assert!(diagnostics.is_empty(), "{:?}", diagnostics.into_vec());
    let groups = &results.campaigns[0].indicators[0].groups;
    assert_eq!(groups.len(), cases.len());
    for (index, case) in cases.iter().enumerate() {
        let group = groups.iter().find(|g| g.value == format!("v{index}")).unwrap();
        for (side, share) in [("before_ci", &group.before), ("after_ci", &group.after)] {
            assert_close(share.ci.lower, case[side][0].as_f64().unwrap(), case, side);
            assert_close(share.ci.upper, case[side][1].as_f64().unwrap(), case, side);
        }
        assert_close(group.change.ci.lower, case["change_ci"][0].as_f64().unwrap(), case, "change lower");
        assert_close(group.change.ci.upper, case["change_ci"][1].as_f64().unwrap(), case, "change upper");
        assert_p_value(group.change.p_value, number(case, "p_value"), case);
        let smaller = count(case, "before", 1).min(count(case, "after", 1));
        assert_eq!(group.comparable, smaller >= MIN_GROUP_RESPONDENTS, "{case}");
    }
    assert!(groups.iter().any(|g| !g.comparable), "a group under 30 is among the cases");
    assert!(groups.iter().any(|g| g.before.aware == 0), "a group with 0/n is among the cases");
}
