//! The whole job in the studio alone, in Russian, for someone who has never seen TOML: from a
//! project fresh from `kitapsha init` to the organisation's details, a new campaign with its
//! texts, its print-ready PDF, a print run and a hand-out, a survey question with both rounds
//! and its result, and the donor report. (The tests' today is 2025-02-22, so the dates are
//! of the months before.)

use lopdf::Document;
use serde_json::json;

use crate::common::{TestProject, repo, tempdir};
use crate::driver::*;

/// Replaces what an input or text area holds with `text`, typed as a person types it.
fn fill(browser: &Browser, css: &str, text: &str) {
    let target = serde_json::to_string(css).unwrap();
    browser.script(&format!(
        "const e = document.querySelector({target}); e.value = ''; e.scrollIntoView({{ block: 'center' }}); return true"
    ));
    browser.type_into(css, text);
}

/// Sets a calendar field (`<input type=date>`) to a day, as choosing it in the calendar does.
fn choose_day(browser: &Browser, css: &str, day: &str) {
    let (target, day) = (serde_json::to_string(css).unwrap(), serde_json::to_string(day).unwrap());
    browser.script(&format!("document.querySelector({target}).value = {day}; return true"));
}

/// The text of the element `css`.
fn text_of(browser: &Browser, css: &str) -> String {
    let target = serde_json::to_string(css).unwrap();
    browser.script(&format!("return document.querySelector({target}).textContent")).as_str().unwrap().to_string()
}

/// Sends a KoboToolbox export for `round` of the question, chooses its column, sorts every
/// answer and saves.
fn send_round(browser: &Browser, address: &str, round: &str, export: &str, day: &str) {
    browser.open(&format!("http://{address}/campaign/ile-river/survey"));
    browser.wait_for("the survey page", "return !!document.querySelector('#survey-upload-form')");
    browser.click(&format!("input[name='round'][value='{round}']"));
    browser.type_into(
        "input[name='export']",
        &repo().join("booklets/raiymbek/surveys").join(export).display().to_string(),
    );
    browser.click("#send-export");
    browser.wait_for("the column to choose", "return !!document.querySelector('#column')");
    browser.script(
        "const c = document.querySelector('#column'); c.value = 'group_rights/q3'; \
         c.dispatchEvent(new Event('change', { bubbles: true })); return true",
    );
    browser.wait_for("the answers", "return document.querySelectorAll('tr.answer').length > 0");
    let answers =
        browser.script("return [...document.querySelectorAll('tr.answer td:first-child')].map(td => td.textContent)");
    for (index, answer) in answers.as_array().unwrap().iter().enumerate() {
        let choice = match answer.as_str().unwrap().to_lowercase().as_str() {
            "иә" | "да" => "aware",
            "білмеймін" | "не знаю" => "missing",
            _ => "not-aware",
        };
        browser.click(&format!("tr[data-answer='{index}'] input[value='{choice}']"));
    }
    choose_day(browser, "input[name='date']", day);
    browser.click("#save-sorting");
    browser.wait_for("the saved round", "return location.search.startsWith('?done=')");
}

#[test]
#[ignore = "needs Debian's chromium and chromium-driver; .ci/run installs them and runs this test"]
fn from_an_empty_project_to_the_donor_report_in_russian_without_toml() {
    let project = TestProject::initialised();
    let (_studio, address) = start_studio(&project);
    let profile = tempdir();
    let (_driver, browser) = start_browser(profile.path());

    // The studio in Russian; the project has no campaign yet.
    browser.open(&format!("http://{address}/"));
    browser.click("#lang-ru");
    browser.wait_for("the Russian home page", "return document.querySelector('h1').textContent === 'Программа'");

    // The organisation and the programme, in place of the examples `init` left.
    browser.click("#settings-link");
    browser.wait_for("the settings", "return !!document.querySelector('#settings-form')");
    for (name, text) in [
        ("organisation.name.kk", "«Іле» қоғамдық бірлестігі"),
        ("organisation.name.ru", "Общественное объединение «Иле»"),
        ("organisation.name.en", "Ile Public Association"),
        ("organisation.address.kk", "Байсейіт а., Абай к-сі, 5"),
        ("organisation.address.ru", "с. Байсеит, ул. Абая, 5"),
        ("organisation.address.en", "5 Abai St, Baiseit"),
        ("organisation.phone", "+7 (72775) 2 14 30"),
        ("organisation.email", "ile@example.kz"),
        ("programme.title.kk", "Өзенді бірге қорғайық"),
        ("programme.title.ru", "Сбережём реку вместе"),
        ("programme.title.en", "Let us save the river together"),
        ("programme.donor", "Small Grants Programme"),
    ] {
        fill(&browser, &format!("input[name='{name}']"), text);
    }
    choose_day(&browser, "input[name='programme.period.from']", "2024-09-01");
    choose_day(&browser, "input[name='programme.period.to']", "2025-02-28");
    browser.click("#save-settings");
    browser.wait_for("the saved settings", "return location.search === '?saved=1'");
    assert!(text_of(&browser, "#notice").starts_with("Сохранено в kitapsha.toml"));
    assert_eq!(browser.script("return document.querySelectorAll('.problem').length"), json!(0), "no example left");

    // A new campaign, its names and its cover in both languages.
    browser.open(&format!("http://{address}/"));
    browser.type_into("#new-form input[name='id']", "ile-river");
    browser.click("#create-new");
    browser.wait_for("the new campaign's editor", "return location.pathname === '/campaign/ile-river'");
    for (name, text) in [
        ("campaign.district.kk", "Еңбекшіқазақ ауданы"),
        ("campaign.district.ru", "Енбекшиказахский район"),
        ("campaign.district.en", "Enbekshikazakh district"),
        ("campaign.topic.kk", "Өзен жағасын таза ұстау"),
        ("campaign.topic.ru", "Чистый берег реки"),
        ("campaign.topic.en", "A clean river bank"),
        ("cover.kk.title", "Іле жағасы — ортақ үйіміз"),
        ("cover.ru.title", "Берег Или — наш общий дом"),
    ] {
        fill(&browser, &format!("input[name='{name}']"), text);
    }
    browser.click("#save");
    browser.wait_for("the saved campaign", "return location.search === '?saved=1'");
    let file = std::fs::read_to_string(project.root.join("booklets/ile-river/campaign.toml")).unwrap();
    assert!(file.contains("Берег Или — наш общий дом") && file.contains("Enbekshikazakh district"), "{file}");

    // Its files: built, and the press PDF is print-ready.
    browser.open(&format!("http://{address}/campaign/ile-river/outputs"));
    browser.click("#build");
    browser.wait_for("the build", "return !!document.querySelector('#notice.ok')");
    let href = browser
        .script("return document.querySelector(\"[id='file-ile-river-press.pdf'] a[download]\").getAttribute('href')");
    let press = Document::load_mem(&http(&address, "GET", href.as_str().unwrap(), None)).unwrap();
    assert!(press.catalog().unwrap().get(b"OutputIntents").is_ok(), "PDF/X output intent");
    let first = press.get_dictionary(*press.get_pages().values().next().unwrap()).unwrap();
    assert!(first.get(b"TrimBox").is_ok() && first.get(b"BleedBox").is_ok());

    // A print run and a hand-out.
    browser.open(&format!("http://{address}/campaign/ile-river/ledger"));
    fill(&browser, "#print-run-form input[name='copies']", "300");
    choose_day(&browser, "#print-run-form input[name='date']", "2024-11-05");
    fill(&browser, "#print-run-form input[name='printer']", "Типография «Жетісу»");
    fill(&browser, "#print-run-form input[name='cost']", "84 000");
    browser.click("#record-print-run");
    browser.wait_for("the recorded run", "return location.search === '?done=print-run'");
    fill(&browser, "#hand-out-form input[name='copies']", "120");
    fill(&browser, "#hand-out-form input[name='place']", "Байсейіт");
    choose_day(&browser, "#hand-out-form input[name='date']", "2024-11-12");
    fill(&browser, "#hand-out-form input[name='by']", "Дана");
    browser.click("#record-hand-out");
    browser.wait_for("the recorded hand-out", "return location.search === '?done=hand-out'");
    assert_eq!(text_of(&browser, "#in-stock"), "180");

    // A survey question, its two rounds, and the result in Russian.
    browser.open(&format!("http://{address}/campaign/ile-river/survey"));
    fill(&browser, "input[name='question-id']", "knows-river-rules");
    fill(&browser, "input[name='question.kk']", "Өзен жағасының ережелерін білесіз бе?");
    fill(&browser, "input[name='question.ru']", "Знаете ли вы правила поведения на берегу реки?");
    fill(&browser, "input[name='question.en']", "Do you know the rules for the river bank?");
    browser.click("#add-question");
    browser.wait_for("the added question", "return location.search.startsWith('?added=')");
    send_round(&browser, &address, "before", "before.csv", "2024-09-12");
    send_round(&browser, &address, "after", "after.csv", "2025-01-25");
    let sentence = text_of(&browser, "#indicator-knows-river-rules .sentence");
    let stats = project.run(&["stats", "ile-river", "--json"]).json();
    assert_eq!(sentence, stats[0]["sentences"]["ru"].as_str().unwrap());
    browser.script("document.querySelector('#indicator-knows-river-rules').scrollIntoView(); return true");
    browser.screenshot("studio-journey-survey-ru.png");

    // The village of the hand-out, put on the report's map.
    browser.open(&format!("http://{address}/places"));
    browser.click("#missing a");
    browser.wait_for("the form for the village", "return location.search.startsWith('?place=')");
    assert_eq!(browser.script("return document.querySelector(\"input[name='name.kk']\").value"), json!("Байсейіт"));
    fill(&browser, "input[name='name.ru']", "Байсеит");
    fill(&browser, "input[name='name.en']", "Baiseit");
    fill(&browser, "input[name='lat']", "43,4519");
    fill(&browser, "input[name='lon']", "77,6236");
    browser.click("#add-place");
    browser.wait_for("the added place", "return location.search === '?added=1'");
    assert_eq!(browser.script("return document.querySelectorAll('#missing li').length"), json!(0));

    // The donor report, in Russian.
    browser.open(&format!("http://{address}/report"));
    browser.click("input[name='lang'][value='ru']");
    browser.click("#make-report");
    browser.wait_for("the report", "return !!document.querySelector('#download-report')");
    assert_eq!(browser.script("return document.querySelectorAll('.problem').length"), json!(0), "nothing left out");
    let href = browser.script("return document.querySelector('#download-report').getAttribute('href')");
    let report = Document::load_mem(&http(&address, "GET", href.as_str().unwrap(), None)).unwrap();
    assert_eq!(report.catalog().unwrap().get(b"Lang").unwrap().as_str().unwrap(), b"ru");
    let text = crate::common::page_texts(&project.root.join("out/report-ru.pdf")).join("\n");
    for expected in ["Общественное объединение «Иле»", "Енбекшиказахский район", "300", "120"]
    {
        assert!(text.contains(expected), "{expected} in the report:\n{text}");
    }
    browser.screenshot("studio-journey-report-ru.png");
    let log = std::fs::read_to_string(project.root.join("changes.log")).unwrap();
    for file in [
        "kitapsha.toml",
        "booklets/ile-river/campaign.toml",
        "booklets/ile-river/print-runs.toml",
        "booklets/ile-river/survey.toml",
    ] {
        assert!(log.contains(&format!("\tlocal\t{file}\n")), "{file} in the log:\n{log}");
    }
}
