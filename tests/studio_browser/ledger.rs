//! The ledger page on a phone: a hand-out recorded, one beyond the stock refused.

use serde_json::json;

use crate::common::{TestProject, tempdir};
use crate::driver::*;

#[test]
#[ignore = "needs Debian's chromium and chromium-driver; .ci/run installs them and runs this test"]
fn a_hand_out_is_recorded_on_a_phone_and_one_beyond_the_stock_is_refused() {
    let project = TestProject::samples();
    let ledger = project.root.join("booklets/balkhash/print-runs.toml");

    let (_studio, address) = start_studio(&project);

    let profile = tempdir();
    let (_driver, browser) = start_browser(profile.path());
    // A phone's screen: the hand-out form comes first, above the stock.
    browser.call("POST", "/window/rect", Some(&json!({ "width": 390, "height": 844 })));
    browser.open(&format!("http://{address}/campaign/balkhash/ledger"));
    browser.wait_for("the ledger page", "return !!document.querySelector('#in-stock')");
    let above = "return document.querySelector('#hand-out').getBoundingClientRect().top \
        < document.querySelector('#stock').getBoundingClientRect().top";
    assert_eq!(browser.script(above), json!(true), "the hand-out form first on a phone");
    let in_stock = || -> u64 {
        let text = browser.script("return document.querySelector('#in-stock').textContent");
        text.as_str().unwrap().replace(',', "").parse().unwrap()
    };
    let stock = in_stock();
    assert!(stock > 1, "the sample has copies in stock");

    // One copy handed out: recorded, and the stock one less.
    browser.type_into("#hand-out-form input[name='copies']", "1");
    browser.type_into("#hand-out-form input[name='place']", "Бақанас");
    browser.type_into("#hand-out-form input[name='by']", "Ерлан");
    browser.click("#record-hand-out");
    browser.wait_for("the recorded hand-out", "return location.search === '?done=hand-out'");
    assert_eq!(in_stock(), stock - 1);
    let text = std::fs::read_to_string(&ledger).unwrap();
    assert!(text.trim_end().ends_with("by = \"Ерлан\""), "{text}");
    browser.screenshot("studio-ledger-phone.png");

    // More than the stock: refused, what was typed still there, the file as it was.
    let too_many = stock.to_string();
    browser.type_into("#hand-out-form input[name='copies']", &too_many);
    browser.type_into("#hand-out-form input[name='place']", "Қарой");
    browser.click("#record-hand-out");
    browser.wait_for("the refused hand-out", "return !!document.querySelector('.notice.error')");
    let problem = browser.script("return document.querySelector('#hand-out .problem.error').textContent");
    assert!(problem.as_str().unwrap().contains(&format!("cannot hand out {too_many} copies")), "{problem}");
    let typed = browser.script("return document.querySelector(\"#hand-out-form input[name='copies']\").value");
    assert_eq!(typed, json!(too_many));
    assert_eq!(std::fs::read_to_string(&ledger).unwrap(), text, "nothing written");
    browser.screenshot("studio-ledger-refused-phone.png");
}

#[test]
#[ignore = "needs Debian's chromium and chromium-driver; .ci/run installs them and runs this test"]
fn a_record_is_voided_with_its_reason_and_stays_crossed_out() {
    let project = TestProject::samples();
    let ledger = project.root.join("booklets/balkhash/print-runs.toml");
    let (_studio, address) = start_studio(&project);
    let profile = tempdir();
    let (_driver, browser) = start_browser(profile.path());
    browser.open(&format!("http://{address}/campaign/balkhash/ledger"));
    browser.wait_for("the ledger page", "return !!document.querySelector('#in-stock')");
    let stock = browser.script("return document.querySelector('#in-stock').textContent");
    let last = browser.script("return document.querySelectorAll('table.history tbody tr').length");
    let row = format!("#record-{}", last.as_u64().unwrap());
    let copies = browser.script(&format!("return document.querySelector('{row} td.copies').textContent"));

    // The last hand-out was entered twice: voided with the reason, never deleted.
    browser.script(&format!("document.querySelector('{row}').scrollIntoView({{ block: 'center' }}); return true"));
    browser.click(&format!("{row} summary"));
    browser.type_into(&format!("{row} input[name='reason']"), "записано дважды");
    browser.screenshot("studio-ledger-void.png");
    browser.click(&format!("{row} .void-form button[type='submit']"));
    browser.wait_for("the voided record", "return location.search === '?done=void'");
    assert_eq!(browser.script(&format!("return document.querySelector('{row}').className")), json!("void"));
    let note = browser.script(&format!("return document.querySelector('{row} .void-note').textContent"));
    assert!(note.as_str().unwrap().ends_with("записано дважды"), "{note}");
    let parse = |value: &serde_json::Value| value.as_str().unwrap().replace(',', "").parse::<u64>().unwrap();
    let now = browser.script("return document.querySelector('#in-stock').textContent");
    assert_eq!(parse(&now), parse(&stock) + parse(&copies), "the voided copies are in stock again");
    let text = std::fs::read_to_string(&ledger).unwrap();
    assert!(text.contains("reason = \"записано дважды\""), "{text}");
}
