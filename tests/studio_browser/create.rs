//! A campaign made from the home page's form, a Kazakh and a Russian section typed, a quote
//! added, a picture chosen with the file picker: each time the page preview changes, and the
//! picture's resolution check shows at its field.

use std::io::Cursor;

use serde_json::json;

use crate::common::{TestProject, tempdir};
use crate::driver::*;

/// The bytes of every page image the editor shows now.
fn preview_pages(studio: &str, browser: &Browser) -> Vec<Vec<u8>> {
    let sources =
        browser.script("return Array.from(document.querySelectorAll('#preview img')).map(i => i.getAttribute('src'))");
    sources.as_array().unwrap().iter().map(|src| http(studio, "GET", src.as_str().unwrap(), None)).collect()
}

const ALL_LOADED: &str = "const images = document.querySelectorAll('#preview img'); \
    return images.length > 0 && Array.from(images).every(i => i.complete && i.naturalWidth > 0)";

#[test]
#[ignore = "needs Debian's chromium and chromium-driver; .ci/run installs them and runs this test"]
fn a_campaign_made_in_the_browser_gets_its_texts_and_a_picture_and_the_pages_follow() {
    let project = TestProject::empty();
    let (_studio, address) = start_studio(&project);
    let profile = tempdir();
    let (_driver, browser) = start_browser(profile.path());

    // The home page's form makes the campaign and opens its editor.
    browser.open(&format!("http://{address}/"));
    browser.wait_for("the home page", "return !!document.querySelector('#new-form')");
    browser.type_into("#new-form input[name='id']", "ile-river");
    browser.screenshot("studio-create-home.png");
    browser.click("#create-new");
    browser.wait_for("the new campaign's editor", "return location.pathname === '/campaign/ile-river'");
    browser.wait_for("the page images", ALL_LOADED);
    assert!(project.root.join("booklets/ile-river/campaign.toml").is_file());
    let pages_new = preview_pages(&address, &browser);

    // A Kazakh and a Russian section, saved: the pages change.
    let kazakh = "Іле өзенінің жағасын таза ұстайық.";
    let russian = "Сохраним берег реки Или чистым.";
    browser.script(
        "document.querySelector(\"textarea[name='section.0.kk.text']\").value = ''; \
         document.querySelector(\"textarea[name='section.0.ru.text']\").value = ''; return true",
    );
    browser.type_into("textarea[name='section.0.kk.text']", kazakh);
    browser.type_into("textarea[name='section.0.ru.text']", russian);
    browser.click("#save");
    browser
        .wait_for("the saved page", "return location.search === '?saved=1' && !!document.querySelector('.notice.ok')");
    browser.wait_for("the new page images", ALL_LOADED);
    let file = std::fs::read_to_string(project.root.join("booklets/ile-river/campaign.toml")).unwrap();
    assert!(file.contains(kazakh) && file.contains(russian), "{file}");
    let pages_typed = preview_pages(&address, &browser);
    assert!(pages_typed.iter().zip(&pages_new).any(|(a, b)| a != b), "a page image changed with the texts");

    // A quote added with its button, saved where the page shows it: after the last section.
    browser.script("document.querySelector('#add-quote').scrollIntoView({ block: 'center' }); return true");
    browser.click("#add-quote");
    browser.type_into("textarea[name='quote.1.kk.text']", "Өзен бәріміздікі.");
    browser.type_into("textarea[name='quote.1.ru.text']", "Река у нас одна.");
    // The page before the save also says "saved": it is marked, to wait for the new one.
    browser.script("document.body.dataset.before = 'save'; return true");
    browser.click("#save");
    browser.wait_for(
        "the saved quote",
        "return !document.body.dataset.before && !!document.querySelector('.notice.ok') \
         && !!document.querySelector(\"textarea[name='quote.1.ru.text']\")",
    );
    browser.wait_for("the page images", ALL_LOADED);
    let file = std::fs::read_to_string(project.root.join("booklets/ile-river/campaign.toml")).unwrap();
    assert_eq!(file.matches("[[quote]]").count(), 2, "{file}");
    assert!(file.rfind("Река у нас одна.").unwrap() > file.rfind("[[section]]").unwrap(), "{file}");
    let pages_typed = preview_pages(&address, &browser);

    // A picture for the cover, chosen with the file picker: sent at once, stored in images/,
    // the field holds its path, its resolution check is at the field, the pages show it.
    let picture_dir = tempdir();
    let picture = picture_dir.path().join("Іле өзені.png");
    let pixels = image::RgbImage::from_fn(500, 500, |x, y| image::Rgb([90 + (x / 7) as u8, 110 + (y / 7) as u8, 140]));
    let mut png = Cursor::new(Vec::new());
    pixels.write_to(&mut png, image::ImageFormat::Png).unwrap();
    std::fs::write(&picture, png.get_ref()).unwrap();
    browser.type_into("input[name='cover.image.upload']", &picture.display().to_string());
    browser.wait_for(
        "the picture in its field",
        "return document.querySelector(\"input[name='cover.image']\").value === 'images/ile-ozeni.png'",
    );
    browser.wait_for("the page images with the picture", ALL_LOADED);
    assert_eq!(std::fs::read(project.root.join("booklets/ile-river/images/ile-ozeni.png")).unwrap(), png.into_inner());
    let at_field = browser.script(
        "return document.querySelector(\"input[name='cover.image']\").closest('label').nextElementSibling.textContent",
    );
    assert!(at_field.as_str().unwrap().contains("ppi at its printed size"), "{at_field}");
    let pages_picture = preview_pages(&address, &browser);
    assert!(pages_picture.iter().zip(&pages_typed).any(|(a, b)| a != b), "a page image changed with the picture");
    browser.script("document.querySelector('.picture-drop').scrollIntoView({ block: 'center' }); return true");
    browser.screenshot("studio-picture.png");

    // A picture dropped on a section's box: sent at once as well, with the words typed for it.
    browser.type_into("input[name='section.0.kk.alt']", "Өзен жағасы.");
    browser.type_into("input[name='section.0.ru.alt']", "Берег реки.");
    browser.script(
        "const canvas = document.createElement('canvas'); canvas.width = 1200; canvas.height = 900; \
         const context = canvas.getContext('2d'); context.fillStyle = '#6a8f9a'; context.fillRect(0, 0, 1200, 900); \
         canvas.toBlob((blob) => { \
           const transfer = new DataTransfer(); \
           transfer.items.add(new File([blob], 'Жаға.png', { type: 'image/png' })); \
           const box = document.querySelector(\"input[name='section.0.image.upload']\").closest('.picture-drop'); \
           box.dispatchEvent(new DragEvent('dragover', { dataTransfer: transfer, bubbles: true, cancelable: true })); \
           box.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true })); \
         }, 'image/png'); return true",
    );
    browser.wait_for(
        "the dropped picture in its field",
        "return document.querySelector(\"input[name='section.0.image']\").value === 'images/jaga.png'",
    );
    browser.wait_for("the page images with the dropped picture", ALL_LOADED);
    let file = std::fs::read_to_string(project.root.join("booklets/ile-river/campaign.toml")).unwrap();
    assert!(file.contains("image = \"images/jaga.png\"") && file.contains("Берег реки."), "{file}");
    let pages_dropped = preview_pages(&address, &browser);
    assert!(pages_dropped.iter().zip(&pages_picture).any(|(a, b)| a != b), "a page image changed with the drop");

    // The same page in Russian.
    browser.click("#lang-ru");
    browser.wait_for("the Russian interface", "return document.documentElement.lang === 'ru'");
    assert_eq!(
        browser.script("return document.querySelector('[data-upload]').textContent"),
        json!("Поставить картинку в буклет")
    );
    browser.screenshot("studio-picture-ru.png");
    browser.open(&format!("http://{address}/"));
    browser.wait_for("the Russian home page", "return !!document.querySelector('#import-form')");
    browser.screenshot("studio-create-home-ru.png");
}
