//! Pictures sent from the editor: stored in the campaign's `images/` under a name the studio
//! makes, the field set and saved, the resolution check shown at the field at once; a sent name
//! never leads outside the campaign; a file too large or not a picture is refused and nothing
//! is written.

use std::io::Cursor;

use axum::Router;
use axum::http::StatusCode;

use crate::common::{self, TestProject};
use crate::http::*;

/// A copy of the sample campaign `balkhash` and the editor's form as the page holds it (the
/// file inputs are sent as files, not as fields).
async fn editor() -> (TestProject, Router, Vec<(String, String)>) {
    let project = TestProject::with_campaigns(&[("balkhash", &common::repo().join("booklets/balkhash"))]);
    let (app, _) = studio(&project);
    let page = send(&app, get("/campaign/balkhash", "en")).await;
    assert_eq!(page.status, StatusCode::OK, "{}", page.body);
    assert!(page.body.contains("name=\"cover.image.upload\""), "a picture box at the cover");
    let fields = form_fields(&page.body).into_iter().filter(|(name, _)| !name.ends_with(".upload")).collect();
    (project, app, fields)
}

/// A picture `width`×`height` pixels in `format`, with some detail in it.
fn picture(width: u32, height: u32, format: image::ImageFormat) -> Vec<u8> {
    let pixels = image::RgbImage::from_fn(width, height, |x, y| {
        // Calm tones, as a photograph has: nothing beyond what CMYK prints.
        image::Rgb([
            (90 + x * 80 / width) as u8,
            (90 + y * 80 / height) as u8,
            (110 + (x / 40 + y / 40) % 2 * 40) as u8,
        ])
    });
    let mut bytes = Cursor::new(Vec::new());
    pixels.write_to(&mut bytes, format).unwrap();
    bytes.into_inner()
}

fn files_changed(before: &std::collections::BTreeMap<String, Vec<u8>>, project: &TestProject) -> Vec<String> {
    let root = project.root.display().to_string();
    let after = snapshot(&project.root);
    let mut changed: Vec<String> = after
        .iter()
        .filter(|(path, bytes)| before.get(*path) != Some(bytes))
        .map(|(path, _)| path.strip_prefix(&root).unwrap().trim_start_matches('/').to_string())
        .collect();
    changed.extend(before.keys().filter(|path| !after.contains_key(*path)).map(|p| format!("gone: {p}")));
    changed
}

#[tokio::test]
async fn a_picture_is_stored_under_a_safe_name_and_saved_in_its_field_with_the_texts() {
    let (project, app, mut fields) = editor().await;
    let before = snapshot(&project.root);
    // Typed meanwhile, not yet saved: it is saved with the picture.
    set(&mut fields, "section.0.ru.title", "Заголовок с картинкой");
    let png = picture(2600, 2600, image::ImageFormat::Png);
    let file = FilePart { field: "cover.image.upload", name: "C:\\Фото\\Су жинау.PNG", bytes: &png };
    let answer = send(&app, post_multipart("/campaign/balkhash/picture", &fields, &[file])).await;
    assert_eq!(answer.status, StatusCode::OK, "{}", answer.body);

    let stored = project.root.join("booklets/balkhash/images/su-jinau.png");
    assert_eq!(std::fs::read(&stored).unwrap(), png);
    let file: toml::Table = project.read("booklets/balkhash/campaign.toml").parse().unwrap();
    assert_eq!(file["cover"]["image"].as_str(), Some("images/su-jinau.png"));
    assert!(project.read("booklets/balkhash/campaign.toml").contains("title = \"Заголовок с картинкой\""));
    assert_eq!(value(&form_fields(&answer.body), "cover.image"), "images/su-jinau.png");
    // Sharp enough: nothing said at the field.
    assert!(
        !at_field(&answer.body, "cover.image").contains("class=\"problem"),
        "{}",
        at_field(&answer.body, "cover.image")
    );
    assert_eq!(
        files_changed(&before, &project),
        ["booklets/balkhash/campaign.toml", "booklets/balkhash/images/su-jinau.png", "changes.log"]
    );
    let log = project.read("changes.log");
    assert!(log.contains("\tlocal\tbooklets/balkhash/images/su-jinau.png\n"), "{log}");
    assert!(log.contains("\tlocal\tbooklets/balkhash/campaign.toml\n"), "{log}");

    // The same name again with other content: a new name, the first picture kept.
    let other = picture(2600, 2600, image::ImageFormat::Jpeg);
    let fields =
        form_fields(&answer.body).into_iter().filter(|(name, _)| !name.ends_with(".upload")).collect::<Vec<_>>();
    let file = FilePart { field: "cover.image.upload", name: "Су жинау.png", bytes: &other };
    let answer = send(&app, post_multipart("/campaign/balkhash/picture", &fields, &[file])).await;
    assert_eq!(answer.status, StatusCode::OK, "{}", answer.body);
    // Its extension comes from what it is: a JPEG sent as .png is stored as .jpg.
    assert_eq!(value(&form_fields(&answer.body), "cover.image"), "images/su-jinau.jpg");
    assert_eq!(std::fs::read(&stored).unwrap(), png);
}

#[tokio::test]
async fn a_low_resolution_picture_shows_the_resolution_check_at_its_field() {
    let (project, app, mut fields) = editor().await;
    // A picture needs words for a reader who cannot see it.
    set(&mut fields, "section.1.kk.alt", "Ауыл");
    set(&mut fields, "section.1.ru.alt", "Село");
    let jpeg = picture(300, 200, image::ImageFormat::Jpeg);
    let file = FilePart { field: "section.1.image.upload", name: "village.jpg", bytes: &jpeg };
    let answer = send(&app, post_multipart("/campaign/balkhash/picture", &fields, &[file])).await;
    assert_eq!(answer.status, StatusCode::OK, "{}", answer.body);
    assert!(project.root.join("booklets/balkhash/images/village.jpg").is_file());
    let at = unescape(at_field(&answer.body, "section.1.image"));
    assert!(at.contains("image \"images/village.jpg\" is 300×200 pixels:"), "{at}");
    assert!(at.contains("ppi at its printed size"), "{at}");
    assert!(at.contains("print needs 300 ppi: use a picture of at least"), "{at}");
    // The same words as `kitapsha check`.
    let check = project.run(&["check", "balkhash"]);
    let printed = at.split("<strong>").nth(1).unwrap().split("</strong>").next().unwrap();
    assert!(check.stderr().contains(printed), "{}\n{printed}", check.stderr());
}

#[tokio::test]
async fn a_sent_name_never_leads_outside_the_campaign() {
    let (project, app, fields) = editor().await;
    let before = snapshot(&project.root);
    let png = picture(2600, 2600, image::ImageFormat::Png);
    let file = FilePart { field: "cover.image.upload", name: "../../x.png", bytes: &png };
    let answer = send(&app, post_multipart("/campaign/balkhash/picture", &fields, &[file])).await;
    assert_eq!(answer.status, StatusCode::OK, "{}", answer.body);
    assert_eq!(
        files_changed(&before, &project),
        ["booklets/balkhash/campaign.toml", "booklets/balkhash/images/x.png", "changes.log"]
    );
    assert!(!project.root.join("x.png").exists() && !project.root.join("booklets/x.png").exists());
    assert!(!project.root.parent().unwrap().join("x.png").exists());
}

#[tokio::test]
async fn an_oversized_upload_is_refused_and_nothing_is_written() {
    let (project, app, fields) = editor().await;
    let before = snapshot(&project.root);
    let huge = vec![0u8; 26 * 1024 * 1024];
    let file = FilePart { field: "cover.image.upload", name: "huge.png", bytes: &huge };
    let answer = send(&app, post_multipart("/campaign/balkhash/picture", &fields, &[file])).await;
    assert_eq!(answer.status, StatusCode::PAYLOAD_TOO_LARGE, "{}", answer.body);
    assert_eq!(snapshot(&project.root), before, "nothing written");
}

#[tokio::test]
async fn what_is_not_a_whole_picture_is_refused_at_its_field_and_nothing_is_written() {
    let (project, app, fields) = editor().await;
    let before = snapshot(&project.root);
    let png = picture(400, 400, image::ImageFormat::Png);
    let cases: [(&[u8], &str, &str); 3] = [
        (b"%PDF-1.7 not a picture", "letter.png", "image \"letter.png\" is not a PNG, JPEG, GIF or WebP picture"),
        (&png[..png.len() / 2], "half.png", "image \"half.png\" is cut short"),
        (b"<html><body>no</body></html>", "page.svg", "image \"page.svg\" is not an SVG drawing"),
    ];
    for (bytes, name, expected) in cases {
        let file = FilePart { field: "cover.image.upload", name, bytes };
        let answer = send(&app, post_multipart("/campaign/balkhash/picture", &fields, &[file])).await;
        assert_eq!(answer.status, StatusCode::UNPROCESSABLE_ENTITY, "{name}: {}", answer.body);
        let at = unescape(at_field(&answer.body, "cover.image"));
        assert!(at.contains(expected), "{name}: {at}");
        assert!(answer.body.contains("Not saved: correct the marked fields."), "{name}");
        assert_eq!(snapshot(&project.root), before, "{name}: nothing written");
    }
    // In the interface's language.
    let file = FilePart { field: "cover.image.upload", name: "письмо.png", bytes: b"%PDF-1.7" };
    let answer = send(&app, post_multipart_in("ru", "/campaign/balkhash/picture", &fields, &[file])).await;
    assert_eq!(answer.status, StatusCode::UNPROCESSABLE_ENTITY);
    let at = unescape(at_field(&answer.body, "cover.image"));
    assert!(at.contains("файл \"письмо.png\" — не изображение PNG, JPEG, GIF или WebP"), "{at}");
    assert!(answer.body.contains("Не сохранено: исправьте отмеченные поля."), "{}", answer.body);
    // No file chosen at all.
    let answer = send(&app, post_multipart("/campaign/balkhash/picture", &fields, &[])).await;
    assert_eq!(answer.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        unescape(&answer.body)
            .contains("No picture was sent: choose a picture file first, then press “Put the picture in the booklet”."),
        "{}",
        answer.body
    );
    assert_eq!(snapshot(&project.root), before, "nothing written");
}

#[tokio::test]
async fn an_upload_without_the_token_or_from_elsewhere_is_refused() {
    let (project, app, fields) = editor().await;
    let before = snapshot(&project.root);
    let png = picture(100, 100, image::ImageFormat::Png);
    let without: Vec<(String, String)> = fields.iter().filter(|(name, _)| name != "csrf").cloned().collect();
    let file = || FilePart { field: "cover.image.upload", name: "a.png", bytes: &png };
    let answer = send(&app, post_multipart("/campaign/balkhash/picture", &without, &[file()])).await;
    assert_eq!(answer.status, StatusCode::FORBIDDEN);
    let mut request = post_multipart("/campaign/balkhash/picture", &fields, &[file()]);
    request.headers_mut().insert(axum::http::header::ORIGIN, "http://evil.example".parse().unwrap());
    assert_eq!(send(&app, request).await.status, StatusCode::FORBIDDEN);
    assert_eq!(snapshot(&project.root), before, "nothing written");
}

#[tokio::test]
async fn a_picture_and_a_changed_file_is_refused_without_leaving_the_picture() {
    let (project, app, fields) = editor().await;
    let text = project.read("booklets/balkhash/campaign.toml");
    project.write("booklets/balkhash/campaign.toml", &format!("{text}\n# changed by hand\n"));
    let before = snapshot(&project.root);
    let png = picture(2600, 2600, image::ImageFormat::Png);
    let file = FilePart { field: "cover.image.upload", name: "map.png", bytes: &png };
    let answer = send(&app, post_multipart("/campaign/balkhash/picture", &fields, &[file])).await;
    assert_eq!(answer.status, StatusCode::CONFLICT, "{}", answer.body);
    assert_eq!(snapshot(&project.root), before, "nothing written");
}

#[cfg(unix)]
#[tokio::test]
async fn an_images_folder_that_leads_elsewhere_takes_no_picture() {
    let (project, app, fields) = editor().await;
    let elsewhere = common::tempdir();
    let images = project.root.join("booklets/balkhash/images");
    let moved = elsewhere.path().join("images");
    std::fs::rename(&images, &moved).unwrap();
    std::os::unix::fs::symlink(&moved, &images).unwrap();
    let (before, outside) = (snapshot(&project.root), snapshot(elsewhere.path()));
    let png = picture(2600, 2600, image::ImageFormat::Png);
    let file = FilePart { field: "cover.image.upload", name: "map.png", bytes: &png };
    let answer = send(&app, post_multipart("/campaign/balkhash/picture", &fields, &[file])).await;
    assert_eq!(answer.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", answer.body);
    assert!(answer.body.contains("the file leads outside its campaign folder"), "{}", answer.body);
    assert_eq!(snapshot(&project.root), before, "nothing written");
    assert_eq!(snapshot(elsewhere.path()), outside, "nothing written outside");
}

#[tokio::test]
async fn a_picture_whose_save_is_refused_is_not_left_in_images() {
    let (project, app, fields) = editor().await;
    let before = snapshot(&project.root);
    // Section 2 has neither a caption nor a description: a picture there cannot be saved yet.
    let png = picture(2600, 2600, image::ImageFormat::Png);
    let file = FilePart { field: "section.1.image.upload", name: "types.png", bytes: &png };
    let answer = send(&app, post_multipart("/campaign/balkhash/picture", &fields, &[file])).await;
    assert_eq!(answer.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", answer.body);
    assert!(unescape(&answer.body).contains("has neither `alt` nor `caption`"), "{}", answer.body);
    assert_eq!(snapshot(&project.root), before, "nothing written, the picture taken back");
    // The form does not name the picture that is not there.
    assert_eq!(value(&form_fields(&answer.body), "section.1.image"), "");
}
