//! The donor report read back: every campaign's totals and intervals, in every language, as the
//! report displays them; missing data said, not hidden; an accessible, reproducible PDF.

mod common;

use std::path::Path;

use common::{TestProject, copy_dir, normalise, page_texts, repo, run_in, stderr};
use kitapsha::lang::Lang;
use kitapsha::numbers;
use kitapsha::survey::wording;
use serde_json::Value;

/// A copy of the sample project, so that the tests never write into the repository.
fn sample_project() -> TestProject {
    TestProject::samples()
}

fn json_of(dir: &Path, args: &[&str]) -> Value {
    let output = run_in(dir, args);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    serde_json::from_slice(&output.stdout).unwrap()
}

fn report_text(dir: &Path, lang: &str) -> String {
    let output = run_in(dir, &["report", "--lang", lang]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    normalise(&page_texts(&dir.join(format!("out/report-{lang}.pdf"))).join("\n"))
}

#[test]
fn each_report_shows_the_stock_totals_and_the_intervals_of_every_campaign_as_displayed() {
    let project_dir = sample_project();
    let dir = project_dir.path();
    let stock = json_of(dir, &["stock", "--json"]);
    let stats = json_of(dir, &["stats", "--json"]);
    let mut diagnostics = kitapsha::diag::Diagnostics::new();
    let project = kitapsha::project::load(dir, &mut diagnostics).unwrap();
    let options = kitapsha::commands::StatsOptions { scope: kitapsha::scope::Scope::all(), level: 0.95 };
    let results = kitapsha::commands::stats(&project, &options).value.unwrap();

    for (code, lang) in [("en", Lang::En), ("ru", Lang::Ru), ("kk", Lang::Kk)] {
        let text = report_text(dir, code);
        let shown = |value: String| normalise(&value);
        for row in stock.as_array().unwrap() {
            let campaign = row["campaign"].as_str().unwrap();
            for key in ["printed", "handed_out", "in_stock"] {
                let number = shown(numbers::integer(row[key].as_u64().unwrap(), lang));
                assert!(text.contains(&number), "{code}: {campaign} {key} {number}");
            }
            let cost = shown(numbers::tenge(row["cost"].as_u64().unwrap(), lang));
            assert!(text.contains(&cost), "{code}: {campaign} cost {cost}");
            let per_copy = shown(numbers::tenge_fraction(row["cost_per_copy"].as_f64().unwrap(), lang));
            assert!(text.contains(&per_copy), "{code}: {campaign} cost per copy {per_copy}");
        }
        for row in stats.as_array().unwrap() {
            let (campaign, indicator) = (row["campaign"].as_str().unwrap(), row["indicator"].as_str().unwrap());
            // The report rounds as the sentences do; the values come from `stats --json`.
            let result = results
                .campaigns
                .iter()
                .flat_map(|c| &c.indicators)
                .find(|r| r.campaign == campaign && r.indicator == indicator)
                .unwrap();
            let decimals = wording::decimals_for(result);
            for side in ["before", "after"] {
                let ci = row[side]["ci"].as_array().unwrap();
                for bound in ci {
                    let displayed = shown(wording::percent(bound.as_f64().unwrap(), decimals, lang));
                    assert!(text.contains(&displayed), "{code}: {campaign}/{indicator} {side} bound {displayed}");
                }
            }
            for bound in row["change"]["ci"].as_array().unwrap() {
                let displayed = shown(wording::signed_points(bound.as_f64().unwrap(), decimals, lang));
                assert!(text.contains(&displayed), "{code}: {campaign}/{indicator} change bound {displayed}");
            }
            let sentence = shown(wording::sentence(result, lang));
            assert!(text.contains(&sentence), "{code}: the sentence of {campaign}/{indicator}");
            // How each answer of an export was counted, with its count.
            let (open, close) = if code == "en" { ("\u{201c}", "\u{201d}") } else { ("«", "»") };
            for side in ["before", "after"] {
                for answer in row[side]["csv"]["answers"].as_array().into_iter().flatten() {
                    if answer["counted-as"] == "missing" {
                        continue;
                    }
                    let shown_answer =
                        format!("{open}{}{close} {}", answer["answer"].as_str().unwrap(), answer["count"]);
                    assert!(
                        text.contains(&shown_answer),
                        "{code}: {campaign}/{indicator} {side} answer {shown_answer}"
                    );
                }
            }
        }
    }
}

#[test]
fn the_kazakh_and_russian_reports_have_no_english_label_left() {
    let project_dir = sample_project();
    let english = kitapsha::report::labels::labels(Lang::En);
    let words =
        [english.summary, english.campaigns, english.handed_out, english.methodology, english.awareness, english.total];
    for code in ["ru", "kk"] {
        let text = report_text(project_dir.path(), code);
        for word in words {
            assert!(!text.contains(word), "{code}: English \"{word}\" left in the report");
        }
        assert!(!text.contains("percentage points"), "{code}: English statistics wording");
    }
}

#[test]
fn a_campaign_without_ledger_or_survey_gets_a_part_that_says_so() {
    let dir = common::tempdir();
    std::fs::copy(repo().join("tests/fixtures/kitapsha.toml"), dir.path().join("kitapsha.toml")).unwrap();
    copy_dir(&repo().join("tests/fixtures/valid/minimal"), &dir.path().join("booklets/minimal"));
    for code in ["en", "ru"] {
        let text = report_text(dir.path(), code);
        let labels = kitapsha::report::labels::labels(Lang::from_code(code).unwrap());
        assert!(text.contains(&normalise(labels.no_ledger.text())), "{code}: says the ledger is missing");
        assert!(text.contains(&normalise(labels.no_survey.text())), "{code}: says the survey is missing");
        assert!(text.contains("Кеген") || text.contains("Kegen"), "{code}: the campaign has its part");
    }
}

#[test]
fn the_report_is_tagged_accessible_and_reproducible() {
    let project_dir = sample_project();
    let dir = project_dir.path();
    let pdf = dir.join("out/report-en.pdf");
    assert_eq!(run_in(dir, &["report"]).status.code(), Some(0));
    let first = std::fs::read(&pdf).unwrap();
    assert_eq!(run_in(dir, &["report", "--out", "out/again.pdf"]).status.code(), Some(0));
    assert_eq!(first, std::fs::read(dir.join("out/again.pdf")).unwrap(), "the same input gives the same bytes");

    let document = lopdf::Document::load_mem(&first).unwrap();
    let catalog = document.catalog().unwrap();
    assert!(catalog.get(b"StructTreeRoot").is_ok(), "tagged");
    let metadata = catalog.get(b"Metadata").unwrap().as_reference().unwrap();
    let xmp = document.get_object(metadata).unwrap().as_stream().unwrap();
    let xmp = String::from_utf8_lossy(&xmp.content);
    assert!(xmp.contains("pdfuaid:part") && xmp.contains("pdfaid:part"), "claims PDF/UA and PDF/A: {xmp}");
    for (name, embedded) in common::fonts(&pdf) {
        assert!(embedded, "{name} is embedded");
    }
}

#[test]
fn each_report_has_the_results_framework_value_for_money_the_map_and_the_funding_statement() {
    let project_dir = sample_project();
    let dir = project_dir.path();
    for (code, lang) in [("en", Lang::En), ("ru", Lang::Ru), ("kk", Lang::Kk)] {
        let output = run_in(dir, &["report", "--lang", code]);
        assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
        let text = normalise(&page_texts(&dir.join(format!("out/report-{code}.pdf"))).join("\n"));
        let labels = kitapsha::report::labels::labels(lang);
        for label in [labels.framework, labels.value_for_money, labels.map, labels.per_printed, labels.per_person] {
            assert!(text.contains(&normalise(label)), "{code}: \"{label}\" is in the report");
        }
        // One target met, one the data cannot settle, groups too small to compare.
        for label in [labels.met, labels.unclear, labels.too_few] {
            assert!(text.contains(&normalise(label)), "{code}: status \"{label}\"");
        }
        // A village of the ledgers without coordinates is named under the map with its copies.
        assert!(text.contains("Бақбақты (60)"), "{code}: the map notes the copies it leaves out");
        let mut diagnostics = kitapsha::diag::Diagnostics::new();
        let project = kitapsha::project::load(dir, &mut diagnostics).unwrap();
        let statement = project.programme.funding.as_ref().unwrap().statement.get(lang);
        let first_words: String = statement.split_whitespace().take(5).collect::<Vec<_>>().join(" ");
        assert!(text.contains(&normalise(&first_words)), "{code}: the funding statement is on the cover");
    }
}

#[test]
fn a_hand_out_place_missing_from_places_toml_is_a_warning_that_names_it() {
    let project_dir = sample_project();
    let dir = project_dir.path();
    let output = run_in(dir, &["report"]);
    assert_eq!(output.status.code(), Some(0), "a missing place is not an error");
    let err = stderr(&output);
    assert!(
        err.contains("booklets/balkhash/print-runs.toml: warning: hand-out place `Бақбақты` is not in places.toml: the report's map leaves out its 60 copies"),
        "{err}"
    );
    // Once the place is added, the warning goes.
    let mut places = std::fs::read_to_string(dir.join("places.toml")).unwrap();
    places.push_str(
        "\n[[place]]\nname = { kk = \"Бақбақты\", ru = \"Бакбакты\", en = \"Bakbakty\" }\nlat = 44.5\nlon = 76.7\n",
    );
    std::fs::write(dir.join("places.toml"), places).unwrap();
    let err = stderr(&run_in(dir, &["report"]));
    assert!(!err.contains("`Бақбақты`"), "{err}");
}

#[test]
fn stats_json_gives_groups_and_targets() {
    let project_dir = sample_project();
    let stats = json_of(project_dir.path(), &["stats", "--json", "balkhash", "zhambyl"]);
    let rows = stats.as_array().unwrap();
    let appeal = rows.iter().find(|r| r["indicator"] == "knows-appeal-procedure").unwrap();
    assert_eq!(appeal["target"]["kind"], "after");
    assert_eq!(appeal["target"]["value"], 0.6);
    assert_eq!(appeal["target"]["status"], "met");
    let groups = appeal["groups"].as_array().unwrap();
    let women = groups.iter().find(|g| g["by"] == "sex" && g["value"] == "female").unwrap();
    assert_eq!(women["comparable"], true);
    for key in ["before", "after", "change"] {
        assert!(women[key]["ci"].is_array(), "{key} has the shape of the indicator's own");
    }
    let small = groups.iter().find(|g| g["value"] == "Ақкөл").unwrap();
    assert_eq!(small["comparable"], false);
    assert_eq!(small["before"]["respondents"], 20);
    let plans = rows.iter().find(|r| r["indicator"] == "knows-development-plans").unwrap();
    assert_eq!(plans["target"]["kind"], "change");
    assert_eq!(plans["target"]["status"], "unclear");
}

/// Whether every word of `paragraph` is in `text` in the same order, with at most the few words
/// of a page's foot and the next page's head between two of them (a paragraph may run over a
/// page break).
fn reads_in_order(text: &str, paragraph: &str) -> bool {
    let words: Vec<&str> = text.split(' ').collect();
    let wanted: Vec<&str> = paragraph.split(' ').collect();
    let follows = |start: usize| {
        let mut at = start + 1;
        wanted[1..].iter().all(|word| {
            let window = &words[at..(at + 16).min(words.len())];
            window.iter().position(|w| w == word).map(|found| at += found + 1).is_some()
        })
    };
    (0..words.len()).any(|start| words[start] == wanted[0] && follows(start))
}

#[test]
fn a_report_with_campaigns_and_a_period_says_so_on_its_cover_and_counts_only_them() {
    let project_dir = sample_project();
    let dir = project_dir.path();
    let scope = ["--campaigns", "kegen,raiymbek", "--from", "2025-01-01", "--to", "22.02.2025"];
    let stock = json_of(dir, &[&["stock", "--json"][..], &scope[..]].concat());
    let everything = json_of(dir, &["stock", "--json", "--campaigns", "kegen,raiymbek"]);
    for (code, lang, cover) in [
        ("en", Lang::En, "Campaigns Kegen district, Raiymbek district Period 1 January 2025 – 22 February 2025"),
        ("ru", Lang::Ru, "Кампании Кегенский район, Райымбекский район Период 1 января 2025 г. – 22 февраля 2025 г."),
        ("kk", Lang::Kk, "Науқандар Кеген ауданы, Райымбек ауданы Кезең 2025 жылғы 1 қаңтар – 2025 жылғы 22 ақпан"),
    ] {
        let output = run_in(dir, &[&["report", "--lang", code][..], &scope[..]].concat());
        assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
        let text = normalise(&page_texts(&dir.join(format!("out/report-{code}.pdf"))).join("\n"));
        assert!(text.contains(cover), "{code}: the cover says the scope: {text}");
        let labels = kitapsha::report::labels::labels(lang);
        assert!(reads_in_order(&text, &normalise(labels.method_scope.text())), "{code}: the methodology says the rule");
        let sum = |key: &str| stock.as_array().unwrap().iter().map(|row| row[key].as_u64().unwrap()).sum::<u64>();
        for key in ["printed", "handed_out", "in_stock"] {
            let total = normalise(&numbers::integer(sum(key), lang));
            assert!(text.contains(&total), "{code}: the {key} of the scope, {total}");
        }
        assert!(text.contains(&normalise(&numbers::tenge(sum("cost"), lang))), "{code}: the cost of the scope");
        // Other districts' campaigns and community projects are left out.
        for other in ["Uighur", "Уйгур", "Ұйғыр", "Balkhash", "Балхаш", "Балқаш"] {
            assert!(!text.contains(other), "{code}: {other} is out of scope");
        }
    }
    // The period leaves out what came before it: the whole record of the two printed more.
    let printed = |json: &Value| json.as_array().unwrap().iter().map(|r| r["printed"].as_u64().unwrap()).sum::<u64>();
    assert!(printed(&stock) < printed(&everything));
}
