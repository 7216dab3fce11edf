//! The survey page in a browser: a KoboToolbox CSV export sent for a round counted by hand so
//! far, its question's column chosen, every answer sorted with the radio buttons, and the result
//! as `kitapsha stats` gives it. Then a volunteer's sheet shown and recorded on a phone.

use serde_json::json;

use crate::common::{TestProject, repo, tempdir};
use crate::driver::*;

/// The sorting of the sample export's answers: "don't know" is a missing answer.
fn choice(answer: &str) -> &'static str {
    match answer.to_lowercase().as_str() {
        "иә" | "да" => "aware",
        "білмеймін" | "не знаю" => "missing",
        _ => "not-aware",
    }
}

#[test]
#[ignore = "needs Debian's chromium and chromium-driver; .ci/run installs them and runs this test"]
fn a_kobo_export_is_sent_its_answers_sorted_and_the_result_shown() {
    // Balkhash counts its second question by hand; the export is raiymbek's, a real Kobo CSV.
    let project = TestProject::with_campaigns(&[("balkhash", &repo().join("booklets/balkhash"))]);
    let export = repo().join("booklets/raiymbek/surveys/before.csv");
    let (_studio, address) = start_studio(&project);
    let profile = tempdir();
    let (_driver, browser) = start_browser(profile.path());
    browser.call("POST", "/window/rect", Some(&json!({ "width": 1280, "height": 900 })));

    browser.open(&format!("http://{address}/campaign/balkhash/survey"));
    browser.wait_for("the survey page", "return !!document.querySelector('#survey-upload-form')");
    browser.screenshot("studio-survey.png");
    browser.script("document.querySelector('select[name=indicator]').value = 'has-appealed'");
    browser.click("input[name='round'][value='before']");
    browser.type_into("input[name='export']", &export.display().to_string());
    browser.click("#send-export");
    browser.wait_for("the column to choose", "return !!document.querySelector('#column')");

    // Choosing the column shows its answers at once (the page's script sends the form).
    browser.script(
        "const c = document.querySelector('#column'); c.value = 'group_rights/q3'; \
         c.dispatchEvent(new Event('change', { bubbles: true }));",
    );
    browser.wait_for("the answers", "return document.querySelectorAll('tr.answer').length > 0");
    let answers =
        browser.script("return [...document.querySelectorAll('tr.answer td:first-child')].map(td => td.textContent)");
    let answers: Vec<String> = answers.as_array().unwrap().iter().map(|a| a.as_str().unwrap().to_string()).collect();
    assert_eq!(answers.len(), 6, "{answers:?}");
    assert_eq!(
        browser.script("return document.querySelector('#save-sorting').disabled"),
        json!(true),
        "nothing sorted yet"
    );
    browser.screenshot("studio-survey-unsorted.png");
    for (index, answer) in answers.iter().enumerate() {
        browser.click(&format!("tr[data-answer='{index}'] input[value='{}']", choice(answer)));
    }
    assert_eq!(browser.script("return document.querySelector('#save-sorting').disabled"), json!(false));
    browser.screenshot("studio-survey-sorted.png");
    browser.click("#save-sorting");
    browser.wait_for("the result", "return location.search === '?done=has-appealed'");

    // The figures on the page are those of `kitapsha stats` on the files now on disk.
    let stats = project.run(&["stats", "balkhash", "--json"]).json();
    let indicator = stats.as_array().unwrap().iter().find(|i| i["indicator"] == "has-appealed").unwrap().clone();
    assert_eq!(indicator["before"]["csv"]["file"], "surveys/has-appealed-before.csv");
    let sentence = browser.script("return document.querySelector('#indicator-has-appealed .sentence').textContent");
    assert_eq!(sentence.as_str().unwrap(), indicator["sentences"]["en"].as_str().unwrap());
    browser.script("document.querySelector('#indicator-has-appealed').scrollIntoView()");
    browser.screenshot("studio-survey-result.png");
    browser.click("#lang-ru");
    browser.wait_for("the page in Russian", "return document.documentElement.lang === 'ru'");
    let sentence = browser.script("return document.querySelector('#indicator-has-appealed .sentence').textContent");
    assert_eq!(sentence.as_str().unwrap(), indicator["sentences"]["ru"].as_str().unwrap());
    browser.script("document.querySelector('#indicator-has-appealed').scrollIntoView()");
    browser.screenshot("studio-survey-result-ru.png");
}

#[test]
#[ignore = "needs Debian's chromium and chromium-driver; .ci/run installs them and runs this test"]
fn a_volunteers_sheet_is_shown_and_recorded_on_a_phone() {
    let project = TestProject::fixture("ledger/basic");
    let sheet = repo().join("tests/fixtures/hand-out-sheets/volunteer.xlsx");
    let (_studio, address) = start_studio(&project);
    let profile = tempdir();
    let (_driver, browser) = start_browser(profile.path());
    browser.call("POST", "/window/rect", Some(&json!({ "width": 390, "height": 844 })));
    browser.open(&format!("http://{address}/campaign/alpha/ledger"));
    browser.wait_for("the ledger page", "return !!document.querySelector('#in-stock')");
    browser.click(".sheet-upload summary");
    browser.type_into("#sheet-form input[name='sheet']", &sheet.display().to_string());
    browser.screenshot("studio-sheet-form-phone.png");
    browser.click("#preview-sheet");
    browser.wait_for("the rows", "return !!document.querySelector('#sheet-rows')");
    let rows = browser.script("return document.querySelectorAll('#sheet-rows tbody tr').length");
    assert_eq!(rows, json!(3));
    let fits = "return document.documentElement.scrollWidth <= window.innerWidth";
    assert_eq!(browser.script(fits), json!(true), "nothing to scroll sideways on a phone");
    browser.screenshot("studio-sheet-preview-phone.png");
    let ledger = project.root.join("booklets/alpha/print-runs.toml");
    let before = std::fs::read_to_string(&ledger).unwrap();
    browser.click("#record-sheet");
    browser.wait_for("the recorded sheet", "return location.search === '?done=sheet'");
    assert_eq!(browser.script("return document.querySelector('#in-stock').textContent"), json!("50"));
    assert!(std::fs::read_to_string(&ledger).unwrap().len() > before.len());
    browser.screenshot("studio-sheet-recorded-phone.png");
}
