//! The outputs page and the donor report in a browser: the campaign's files built, the press PDF
//! downloaded with a click and read back; the donor report made in Russian and downloaded.

use lopdf::Document;
use serde_json::json;

use crate::common::{TestProject, repo, tempdir};
use crate::driver::*;

/// The page count, first TrimBox width and height (mm, rounded) and whether it has an output
/// intent, of a PDF.
fn press_facts(bytes: &[u8]) -> (usize, (i64, i64), bool) {
    let pdf = Document::load_mem(bytes).unwrap();
    let pages = pdf.get_pages();
    let page = pdf.get_dictionary(*pages.values().next().unwrap()).unwrap();
    let trim: Vec<f32> =
        page.get(b"TrimBox").unwrap().as_array().unwrap().iter().map(|v| v.as_float().unwrap()).collect();
    let mm = |points: f32| (points / 72.0 * 25.4).round() as i64;
    let intents = pdf.catalog().unwrap().get(b"OutputIntents").is_ok();
    (pages.len(), (mm(trim[2] - trim[0]), mm(trim[3] - trim[1])), intents)
}

#[test]
#[ignore = "needs Debian's chromium and chromium-driver; .ci/run installs them and runs this test"]
fn the_press_pdf_is_built_and_downloaded_and_the_donor_report_made_in_russian() {
    let project = TestProject::with_campaigns(&[
        ("one", &repo().join("tests/fixtures/valid/minimal")),
        ("two", &repo().join("tests/fixtures/valid/a6-creep")),
    ]);
    let (_studio, address) = start_studio(&project);
    let profile = tempdir();
    let downloads = tempdir();
    let (_driver, browser) = start_browser(profile.path());
    browser.download_into(downloads.path());

    // From home to the campaign's files.
    browser.open(&format!("http://{address}/"));
    browser.click("#campaign-one a[href='/campaign/one/outputs']");
    browser.wait_for("the outputs page", "return location.pathname === '/campaign/one/outputs'");
    browser.click("#build");
    browser.wait_for("the build", "return !!document.querySelector('#notice.ok')");
    browser.screenshot("studio-outputs.png");

    // A click on the press PDF's link downloads it; the same file as the studio serves it.
    let link = "[id='file-one-press.pdf'] a[download]";
    let href = browser.script(&format!("return document.querySelector(\"{link}\").getAttribute('href')"));
    assert_eq!(href, json!("/campaign/one/outputs/one-press.pdf"));
    browser.click(link);
    let downloaded = wait_for_file(&downloads.path().join("one-press.pdf"));
    let served = http(&address, "GET", href.as_str().unwrap(), None);
    assert_eq!(downloaded, served);
    assert_eq!(served, std::fs::read(project.root.join("out/one/one-press.pdf")).unwrap());
    let (pages, trim, intent) = press_facts(&served);
    assert_eq!((trim, intent), ((148, 210), true), "A5 with its output intent");
    let listed = browser.script("return document.querySelector(\"[id='file-one-press.pdf'] .pages\").textContent");
    assert_eq!(listed, json!(format!("Pages: {pages}")));

    // In Russian: the same page, and the donor report.
    browser.click("#lang-ru");
    browser.wait_for("the page in Russian", "return document.documentElement.lang === 'ru'");
    browser.screenshot("studio-outputs-ru.png");
    browser.open(&format!("http://{address}/report"));
    browser.click("input[name='lang'][value='ru']");
    browser.type_into("input[name='from']", "01.06.2024");
    browser.click("#make-report");
    browser.wait_for("the report", "return !!document.querySelector('#download-report')");
    browser.screenshot("studio-report-ru.png");
    let href = browser.script("return document.querySelector('#download-report').getAttribute('href')");
    assert_eq!(href, json!("/report/report-ru.pdf"));
    browser.click("#download-report");
    let downloaded = wait_for_file(&downloads.path().join("report-ru.pdf"));
    assert_eq!(downloaded, std::fs::read(project.root.join("out/report-ru.pdf")).unwrap());
    let report = Document::load_mem(&downloaded).unwrap();
    assert!(report.get_pages().len() > 1);
    // In Russian: the document's language, which screen readers follow.
    let lang = report.catalog().unwrap().get(b"Lang").unwrap().as_str().unwrap().to_vec();
    assert_eq!(lang, b"ru");
}
