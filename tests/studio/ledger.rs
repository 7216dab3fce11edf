//! The ledger page: print runs, hand-outs and void records through the CLI's own functions.

use std::collections::BTreeMap;

use axum::Router;
use axum::http::{StatusCode, header};

use crate::common::{TestProject, assert_snapshot_in, repo};
use crate::http::*;
use kitapsha::lang::Lang;

const LEDGER: &str = "booklets/balkhash/print-runs.toml";

/// A copy of `balkhash` with its ledger, the studio and its token.
fn balkhash_ledger() -> (TestProject, Router, String) {
    let project = TestProject::with_campaigns(&[("balkhash", &repo().join("booklets/balkhash"))]);
    assert!(project.root.join(LEDGER).exists(), "the sample has a ledger");
    let (app, token) = studio(&project);
    (project, app, token)
}

/// The copies in stock as the English page shows them (`1,200`).
fn in_stock(html: &str) -> u64 {
    element(html, "in-stock").replace(',', "").parse().unwrap()
}
#[tokio::test]
async fn a_print_run_and_a_hand_out_are_recorded_through_the_forms() {
    let (project, app, token) = balkhash_ledger();
    let before = send(&app, get("/campaign/balkhash/ledger", "en")).await;
    assert_eq!(before.status, StatusCode::OK, "{}", before.body);
    let stock = in_stock(&before.body);

    let run = form(
        &token,
        &[("copies", "1 200"), ("date", "2025-01-10"), ("printer", "Типография «Нур»"), ("cost", "90 000")],
    );
    let recorded = send(&app, post("/campaign/balkhash/ledger/print-run", Some(ORIGIN), &run)).await;
    assert_eq!(recorded.status, StatusCode::SEE_OTHER, "{}", recorded.body);
    assert_eq!(recorded.headers[header::LOCATION], "/campaign/balkhash/ledger?done=print-run");
    let hand_out = form(&token, &[("copies", "40"), ("place", "Қарой"), ("date", "12.01.2025"), ("by", "Айгүл")]);
    let recorded = send(&app, post("/campaign/balkhash/ledger/hand-out", Some(ORIGIN), &hand_out)).await;
    assert_eq!(recorded.status, StatusCode::SEE_OTHER, "{}", recorded.body);

    let file: toml::Table = project.read(LEDGER).parse().unwrap();
    let run = file["run"].as_array().unwrap().last().unwrap();
    assert_eq!(run["copies"].as_integer(), Some(1200));
    assert_eq!(run["printer"].as_str(), Some("Типография «Нур»"));
    assert_eq!(run["cost"].as_integer(), Some(90_000));
    assert_eq!(run["date"].to_string(), "2025-01-10");
    let hand_out = file["hand-out"].as_array().unwrap().last().unwrap();
    assert_eq!(hand_out["copies"].as_integer(), Some(40));
    assert_eq!(hand_out["place"].as_str(), Some("Қарой"));
    assert_eq!(hand_out["by"].as_str(), Some("Айгүл"));
    assert_eq!(hand_out["date"].to_string(), "2025-01-12");

    let page = send(&app, get("/campaign/balkhash/ledger?done=hand-out", "en")).await;
    assert!(page.body.contains("Recorded. The figures below already count it."), "{}", page.body);
    assert_eq!(in_stock(&page.body), stock + 1200 - 40);
    // Both records in the log of changes, by the person at this computer.
    let log = project.read("changes.log");
    let logged: Vec<&str> = log.lines().map(|line| line.split_once('\t').unwrap().1).collect();
    assert_eq!(logged, ["local\tbooklets/balkhash/print-runs.toml"; 2], "{log}");
}

#[tokio::test]
async fn a_hand_out_beyond_the_stock_is_refused_and_nothing_is_written() {
    let (project, app, token) = balkhash_ledger();
    let page = send(&app, get("/campaign/balkhash/ledger", "en")).await;
    let too_many = (in_stock(&page.body) + 1).to_string();
    let before = records(&project.root);
    let fields = form(&token, &[("copies", &too_many), ("place", "Бақанас"), ("date", ""), ("by", "Ерлан")]);
    let refused = send(&app, post("/campaign/balkhash/ledger/hand-out", Some(ORIGIN), &fields)).await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", refused.body);
    assert_eq!(records(&project.root), before, "nothing written");
    let body = unescape(&refused.body);
    assert!(body.contains("Nothing was recorded: correct what is said at the form. What you typed is still in it."));
    // The library's own words, inside the hand-out's section, before its form.
    let section = &body[body.find("id=\"hand-out\"").unwrap()..];
    let section = &section[..section.find("</form>").unwrap()];
    let problem = &section[..section.find("<form").unwrap()];
    assert!(problem.contains(&format!("cannot hand out {too_many} copies on ")), "{problem}");
    assert!(
        problem.contains(&format!("nothing was recorded; hand out at most {} copies", in_stock(&page.body))),
        "{problem}"
    );
    assert_eq!(typed_value(&refused.body, "hand-out-form", "copies"), too_many);
    assert_eq!(typed_value(&refused.body, "hand-out-form", "place"), "Бақанас");
    assert_eq!(typed_value(&refused.body, "hand-out-form", "by"), "Ерлан");
    // The print run's form stays empty.
    assert_eq!(typed_value(&refused.body, "print-run-form", "copies"), "");
}

#[tokio::test]
async fn a_wrong_number_is_named_by_its_field_in_the_interface_language() {
    let (project, app, token) = balkhash_ledger();
    let before = records(&project.root);
    let fields = form(&token, &[("copies", "триста"), ("date", "2025-13-01"), ("printer", ""), ("cost", "")]);
    let refused = send(&app, post_in("ru", "/campaign/balkhash/ledger/print-run", Some(ORIGIN), &fields)).await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(records(&project.root), before, "nothing written");
    let body = unescape(&refused.body);
    let section = &body[body.find("id=\"print-run\"").unwrap()..];
    let section = &section[..section.find("<form").unwrap()];
    assert!(section.contains("Экземпляров"), "the field is named: {section}");
    assert!(section.contains("Дата"), "{section}");
    assert!(section.contains("триста"), "{section}");
    assert_eq!(typed_value(&refused.body, "print-run-form", "copies"), "триста");
}

#[tokio::test]
async fn a_record_is_voided_with_its_reason_and_never_without_one() {
    let (project, app, token) = balkhash_ledger();
    let page = send(&app, get("/campaign/balkhash/ledger", "en")).await;
    let last = page.body.matches("<tr id=\"record-").count();
    assert!(last > 1, "the sample has records");
    let number = last.to_string();

    let before = records(&project.root);
    let without = form(&token, &[("number", &number), ("reason", "  "), ("date", "")]);
    let refused = send(&app, post("/campaign/balkhash/ledger/void", Some(ORIGIN), &without)).await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(records(&project.root), before, "nothing written");
    // The problem opens the void form of that record, with the field named.
    let row = &refused.body[refused.body.find(&format!("<tr id=\"record-{number}\"")).unwrap()..];
    let row = &row[..row.find("</tr>").unwrap()];
    assert!(row.contains("<details open>"), "{row}");
    assert!(row.contains("this cannot be empty") && row.contains("Why is it void? (required)"), "{row}");

    let reason = "written twice by mistake";
    let with = form(&token, &[("number", &number), ("reason", reason), ("date", "")]);
    let voided = send(&app, post("/campaign/balkhash/ledger/void", Some(ORIGIN), &with)).await;
    assert_eq!(voided.status, StatusCode::SEE_OTHER, "{}", voided.body);
    let text = project.read(LEDGER);
    assert_eq!(text.matches("void = {").count(), before_voids(&before) + 1, "{text}");
    assert!(text.contains(&format!("reason = \"{reason}\"")), "{text}");
    let page = send(&app, get("/campaign/balkhash/ledger", "en")).await;
    let row = &page.body[page.body.find(&format!("<tr id=\"record-{number}\"")).unwrap()..];
    let row = &row[..row.find("</tr>").unwrap()];
    assert!(row.contains("class=\"void\"") && row.contains(reason), "{row}");
    assert!(!row.contains("<form"), "a void record cannot be voided again: {row}");
    // Sent again all the same (a second tab): refused, and the page says where to look.
    let again = send(&app, post("/campaign/balkhash/ledger/void", Some(ORIGIN), &with)).await;
    assert_eq!(again.status, StatusCode::UNPROCESSABLE_ENTITY);
    let shown = problems(&again.body);
    let hint = "nothing was changed; a void record stays in the ledger and counts for nothing. If another record is wrong, void that one under \"Every record\"";
    assert!(shown[0].ends_with(hint), "{shown:?}");
}

/// How many records of the ledger were void before.
fn before_voids(files: &BTreeMap<String, Vec<u8>>) -> usize {
    let ledger = files.iter().find(|(path, _)| path.ends_with("print-runs.toml")).unwrap().1;
    String::from_utf8_lossy(ledger).matches("void = {").count()
}

#[tokio::test]
async fn ledger_changes_without_the_token_or_from_another_site_are_refused() {
    let (project, app, token) = balkhash_ledger();
    let before = records(&project.root);
    for (action, fields) in [
        ("print-run", vec![("copies", "100")]),
        ("hand-out", vec![("copies", "1"), ("place", "Қарой")]),
        ("void", vec![("number", "1"), ("reason", "test")]),
    ] {
        let with_token = form(&token, &fields);
        let without_token = with_token[1..].to_vec();
        let path = format!("/campaign/balkhash/ledger/{action}");
        assert_eq!(send(&app, post(&path, Some(ORIGIN), &without_token)).await.status, StatusCode::FORBIDDEN);
        assert_eq!(
            send(&app, post(&path, Some("http://evil.example"), &with_token)).await.status,
            StatusCode::FORBIDDEN
        );
    }
    let unknown = send(&app, post("/campaign/balkhash/ledger/delete", Some(ORIGIN), &form(&token, &[]))).await;
    assert_eq!(unknown.status, StatusCode::NOT_FOUND);
    let elsewhere = send(&app, post("/campaign/nope/ledger/hand-out", Some(ORIGIN), &form(&token, &[]))).await;
    assert_eq!(elsewhere.status, StatusCode::NOT_FOUND);
    assert_eq!(records(&project.root), before, "nothing written");
}

#[tokio::test]
async fn the_ledger_page_in_russian_shows_what_stock_counts() {
    let (project, app, _) = balkhash_ledger();
    let opened = kitapsha::commands::open(&project.root).value.unwrap();
    let options = kitapsha::commands::StockOptions {
        scope: kitapsha::scope::Scope { campaigns: vec!["balkhash".to_string()], from: None, to: None },
    };
    let row = kitapsha::commands::stock(&opened, &options).value.unwrap().remove(0);
    let page = send(&app, get("/campaign/balkhash/ledger", "ru")).await;
    assert_eq!(page.status, StatusCode::OK);
    let body = &page.body;
    assert!(body.contains("<h2>Остаток</h2>") && body.contains("Выдано по сёлам"), "{body}");
    let ru = |n: u64| kitapsha::numbers::integer(n, Lang::Ru);
    assert_eq!(unescape(element(body, "printed")), ru(row.totals.printed));
    assert_eq!(unescape(element(body, "handed-out")), ru(row.totals.handed_out));
    assert_eq!(unescape(element(body, "in-stock")), ru(row.totals.in_stock));
    assert_eq!(unescape(element(body, "cost")), kitapsha::numbers::tenge(row.totals.cost, Lang::Ru));
    for (place, copies) in &row.totals.hand_outs_by_place {
        assert!(
            body.contains(&format!("<tr><td>{place}</td><td class=\"number\">{}</td></tr>", ru(*copies))),
            "{place}"
        );
    }
    // The home page and the editor lead to it.
    let home = send(&app, get("/", "ru")).await;
    assert!(home.body.contains("href=\"/campaign/balkhash/ledger\">Тиражи и выдача</a>"), "{}", home.body);
    let editor = send(&app, get("/campaign/balkhash", "ru")).await;
    assert!(editor.body.contains("href=\"/campaign/balkhash/ledger\">Тиражи и выдача</a>"));
}

#[tokio::test]
async fn the_ledger_page_of_a_small_campaign_as_served() {
    let project = TestProject::with_campaigns(&[("minimal", &repo().join("tests/fixtures/valid/minimal"))]);
    let file = "booklets/minimal/campaign.toml";
    project.write(
        file,
        &project.read(file).replacen(
            "bilingual = \"flip\"",
            "bilingual = \"flip\"\neditions = [\"large-print\", \"latin\"]",
            1,
        ),
    );
    let (app, token) = studio(&project);
    let empty = send(&app, get("/campaign/minimal/ledger", "en")).await;
    assert!(empty.body.contains("No hand-outs are recorded yet."), "{}", empty.body);
    for (action, fields) in [
        (
            "print-run",
            vec![
                ("copies", "500"),
                ("date", "2025-01-10"),
                ("printer", "Press"),
                ("cost", "75 000"),
                ("edition", "latin"),
            ],
        ),
        ("hand-out", vec![("copies", "120"), ("place", "Kegen"), ("date", "2025-01-12"), ("by", "Aigul")]),
        ("hand-out", vec![("copies", "20"), ("place", "Kegen"), ("date", "2025-01-13")]),
        ("void", vec![("number", "3"), ("reason", "counted twice"), ("date", "2025-01-14")]),
    ] {
        let path = format!("/campaign/minimal/ledger/{action}");
        let done = send(&app, post(&path, Some(ORIGIN), &form(&token, &fields))).await;
        assert_eq!(done.status, StatusCode::SEE_OTHER, "{action}: {}", done.body);
    }
    let page = send(&app, get("/campaign/minimal/ledger?done=void", "en")).await;
    assert_snapshot_in(&repo().join("tests/snapshots"), "studio-ledger-en", &without_token(&page.body, &token));
}

/// The texts of the problems a refused form shows, each with its hint.
fn problems(html: &str) -> Vec<String> {
    let html = unescape(html);
    html.split("<div class=\"problem ")
        .skip(1)
        .map(|rest| {
            let problem = &rest[rest.find("<strong>").unwrap() + 8..rest.find(" <span class=\"place\">").unwrap()];
            problem.replace("</strong><br>", "\n    ").replace("</strong>", "")
        })
        .collect()
}

#[tokio::test]
async fn refusals_say_what_to_type_in_the_form_not_on_a_command_line() {
    let (project, app, token) = balkhash_ledger();
    let page = send(&app, get("/campaign/balkhash/ledger", "en")).await;
    let records_shown = page.body.matches("<tr id=\"record-").count();
    let ledger = toml::from_str::<toml::Table>(&project.read(LEDGER)).unwrap();
    let first_run = ledger["run"].as_array().unwrap()[0].as_table().unwrap();
    let day_before = {
        let date = first_run["date"].as_datetime().unwrap().date.unwrap();
        format!("{}-{:02}-{:02}", date.year, date.month, date.day - 1)
    };
    let cases: [(&str, Vec<(&str, String)>); 9] = [
        ("hand-out", vec![("copies", "many".into()), ("place", "Қарой".into())]),
        ("hand-out", vec![("copies", "100000".into()), ("place", "Қарой".into()), ("date", "2025-12-31".into())]),
        ("print-run", vec![("copies", "500".into()), ("cost", "450.50".into())]),
        ("print-run", vec![("copies", "500".into()), ("cost", "4 50 00".into())]),
        ("print-run", vec![("copies", "500".into()), ("edition", "braille".into())]),
        ("void", vec![("number", "first".into()), ("reason", "typo".into())]),
        ("void", vec![("number", (records_shown + 1).to_string()), ("reason", "typo".into())]),
        ("void", vec![("number", "1".into()), ("reason", "typo".into()), ("date", day_before)]),
        ("void", vec![("number", "1".into()), ("reason", "typo".into())]),
    ];
    let before = records(&project.root);
    let mut shown = String::new();
    for (kind, fields) in cases {
        let fields: Vec<(&str, &str)> = fields.iter().map(|(k, v)| (*k, v.as_str())).collect();
        let refused =
            send(&app, post(&format!("/campaign/balkhash/ledger/{kind}"), Some(ORIGIN), &form(&token, &fields))).await;
        assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY, "{kind} {fields:?}");
        for problem in problems(&refused.body) {
            assert!(!problem.contains("--") && !problem.contains("kitapsha "), "a command-line word: {problem}");
            shown.push_str(&format!("{kind} {fields:?}\n    {problem}\n"));
        }
    }
    assert_eq!(records(&project.root), before, "nothing written");
    assert_snapshot_in(&repo().join("tests/snapshots"), "studio-ledger-refusals-en", &shown);
}

#[tokio::test]
async fn what_a_recorded_print_run_has_to_say_is_shown_and_the_text_changed_since_too() {
    let (project, app, token) = balkhash_ledger();
    let run = form(&token, &[("copies", "200"), ("date", "2025-02-01")]);

    // Recorded with its edition; then the text changes, and the page says the stock is of the old text.
    let recorded = send(&app, post("/campaign/balkhash/ledger/print-run", Some(ORIGIN), &run)).await;
    assert_eq!(recorded.status, StatusCode::SEE_OTHER, "{}", recorded.body);
    let text = project.read("booklets/balkhash/campaign.toml");
    project.write("booklets/balkhash/campaign.toml", &text.replacen("Өтініш", "Арыз", 1));
    let page = send(&app, get("/campaign/balkhash/ledger", "en")).await;
    let shown = problems(&page.body);
    assert!(
        shown.iter().any(|p| p.starts_with("the content of balkhash has changed since the print run of 2025-02-01")
            && p.ends_with(
                "the copies in stock carry the old text; when the new text is printed, record that print run under \"A new print run\""
            )),
        "{shown:?}"
    );

    // A text that does not build cannot tell whether the run's edition is still current.
    project.write("booklets/balkhash/campaign.toml", &text.replacen("[cover.kk]", "[cover.kk]\ntitle = 5", 1));
    let page = send(&app, get("/campaign/balkhash/ledger", "en")).await;
    let shown = problems(&page.body);
    assert!(shown.iter().any(|p| p.ends_with("open the campaign in the editor to see why")), "{shown:?}");

    // A print run of a text with an error is recorded all the same, and the page says what that means.
    let recorded = send(&app, post("/campaign/balkhash/ledger/print-run", Some(ORIGIN), &run)).await;
    assert_eq!(recorded.status, StatusCode::OK, "{}", recorded.body);
    assert!(recorded.body.contains("Recorded. The figures below already count it."), "{}", recorded.body);
    let shown = problems(&recorded.body);
    assert!(
        shown.iter().any(|p| p.contains("the print run is recorded without `edition`")
            && p.ends_with(
                "open the campaign in the editor to see them; the edition tells later which text went to press"
            )),
        "{shown:?}"
    );
    assert_eq!(project.read(LEDGER).matches("[[run]]").count(), 3);
}
