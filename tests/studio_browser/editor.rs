//! The editor: an edit saved and the pages following, the interface in Russian, a mistake at
//! its field.

use serde_json::json;

use crate::common::{TestProject, tempdir};
use crate::driver::*;

/// The bytes of every page image the editor shows now.
fn preview_pages(studio: &str, browser: &Browser) -> Vec<Vec<u8>> {
    let sources =
        browser.script("return Array.from(document.querySelectorAll('#preview img')).map(i => i.getAttribute('src'))");
    sources.as_array().unwrap().iter().map(|src| http(studio, "GET", src.as_str().unwrap(), None)).collect()
}

#[test]
#[ignore = "needs Debian's chromium and chromium-driver; .ci/run installs them and runs this test"]
fn an_edit_in_the_browser_is_saved_and_the_pages_follow() {
    let project = TestProject::samples();
    let campaign = project.root.join("booklets/balkhash/campaign.toml");
    let before = std::fs::read_to_string(&campaign).unwrap();

    let (_studio, address) = start_studio(&project);

    let profile = tempdir();
    let (_driver, browser) = start_browser(profile.path());

    // The home page lists the campaigns.
    browser.open(&format!("http://{address}/"));
    browser.wait_for("the programme", "return document.querySelectorAll('table.programme tbody tr').length === 6");
    browser.screenshot("studio-home.png");

    // The editor, with the booklet's pages beside it.
    browser.open(&format!("http://{address}/campaign/balkhash"));
    let all_loaded = "const images = document.querySelectorAll('#preview img'); \
        return images.length > 0 && Array.from(images).every(i => i.complete && i.naturalWidth > 0)";
    browser.wait_for("the page images", all_loaded);
    let pages_before = preview_pages(&address, &browser);

    let kazakh = "Өтінішті кез келген уақытта жазуға болады.";
    let russian = "Обращение можно написать в любое время.";
    browser.type_into("textarea[name='section.0.kk.text']", kazakh);
    browser.type_into("textarea[name='section.0.ru.text']", russian);
    browser.click("#save");
    browser
        .wait_for("the saved page", "return location.search === '?saved=1' && !!document.querySelector('.notice.ok')");
    browser.wait_for("the new page images", all_loaded);
    browser.screenshot("studio-editor.png");

    // Saved on disk: both sentences, and the rest of the file as it was.
    let after = std::fs::read_to_string(&campaign).unwrap();
    assert!(after.contains(kazakh) && after.contains(russian), "{after}");
    let kept =
        |text: &str| text.lines().filter(|l| l.starts_with('#') || l.starts_with('[')).collect::<Vec<_>>().join("\n");
    assert_eq!(kept(&after), kept(&before), "comments and tables as they were");
    // The preview follows: a page now differs from what it was.
    let pages_after = preview_pages(&address, &browser);
    assert_eq!(pages_after.len(), pages_before.len());
    assert!(pages_after.iter().zip(&pages_before).any(|(a, b)| a != b), "a page image changed");

    // The interface in Russian, and the choice kept from page to page.
    browser.click("#lang-ru");
    browser.wait_for("the Russian interface", "return document.documentElement.lang === 'ru'");
    assert_eq!(browser.script("return document.querySelector('#save').textContent"), json!("Сохранить"));

    // A mistake: the picture's name is wrong. The save is refused, the field marked, its problem
    // beside it in Russian, the file as it was.
    let saved = std::fs::read_to_string(&campaign).unwrap();
    browser.type_into("input[name='cover.image']", "x");
    browser.click("#save");
    browser.wait_for("the refused save", "return !!document.querySelector('.notice.error')");
    assert_eq!(
        browser.script("return document.querySelector(\"input[name='cover.image']\").className"),
        json!("marked")
    );
    let problem = browser.script(
        "return document.querySelector(\"input[name='cover.image']\").closest('label').nextElementSibling.textContent",
    );
    assert!(problem.as_str().unwrap().contains("файла изображения \"images/cover.svgx\" нет"), "{problem}");
    browser.script(
        "document.querySelector(\"input[name='cover.image']\").scrollIntoView({ block: 'center' }); return true",
    );
    browser.screenshot("studio-mistake-ru.png");
    assert_eq!(std::fs::read_to_string(&campaign).unwrap(), saved, "nothing written");

    browser.open(&format!("http://{address}/"));
    browser.wait_for("the Russian home page", "return document.querySelector('h1').textContent === 'Программа'");
}

#[test]
#[ignore = "needs Debian's chromium and chromium-driver; .ci/run installs them and runs this test"]
fn a_file_changed_on_disk_while_the_form_is_open_is_not_written_over() {
    let project = TestProject::samples();
    let campaign = project.root.join("booklets/balkhash/campaign.toml");
    let (_studio, address) = start_studio(&project);
    let profile = tempdir();
    let (_driver, browser) = start_browser(profile.path());
    browser.open(&format!("http://{address}/campaign/balkhash"));
    browser.wait_for("the editor", "return !!document.querySelector('#campaign-form')");

    // Someone types in the form while a colleague changes the file by hand.
    let typed = "Өтінішке жауап отыз күн ішінде келеді.";
    browser.type_into("textarea[name='section.0.kk.text']", typed);
    let by_hand =
        std::fs::read_to_string(&campaign).unwrap().replacen("[[section]]", "# checked by Aigerim\n[[section]]", 1);
    std::fs::write(&campaign, &by_hand).unwrap();
    browser.click("#save");
    browser.wait_for("the refused save", "return !!document.querySelector('#notice.error')");

    // Refused: the colleague's file as they left it, what was typed still in the form.
    assert_eq!(std::fs::read_to_string(&campaign).unwrap(), by_hand, "not written over");
    let kept = browser.script("return document.querySelector(\"textarea[name='section.0.kk.text']\").value");
    assert!(kept.as_str().unwrap().contains(typed), "{kept}");
    browser.screenshot("studio-conflict.png");
}
