//! The home page and the editor: saves that keep comments, a changed file refused, a mistake
//! shown at its field, and the rules every change meets.

use axum::Router;
use axum::body::Body;
use axum::http::{Request, StatusCode, header};

use crate::common::{self, TestProject, assert_snapshot_in, repo};
use crate::http::*;

/// A copy of the sample campaign `balkhash`, whose file has comments, and the editor's form.
async fn balkhash_form() -> (TestProject, Router, Vec<(String, String)>) {
    let project = TestProject::with_campaigns(&[("balkhash", &common::repo().join("booklets/balkhash"))]);
    let (app, _) = studio(&project);
    let page = send(&app, get("/campaign/balkhash", "en")).await;
    assert_eq!(page.status, StatusCode::OK, "{}", page.body);
    let fields = form_fields(&page.body);
    (project, app, fields)
}

#[tokio::test]
async fn home_lists_every_sample_campaign_in_the_chosen_language() {
    let project = TestProject::samples();
    let (app, _) = studio(&project);
    for (lang, heading) in [("ru", "Программа"), ("kk", "Бағдарлама")] {
        let home = send(&app, get("/", lang)).await;
        assert_eq!(home.status, StatusCode::OK);
        assert!(home.body.contains(&format!("<h1>{heading}</h1>")), "{lang}: {}", home.body);
        assert!(home.body.contains(&format!("<html lang=\"{lang}\">")));
        for folder in std::fs::read_dir(project.root.join("booklets")).unwrap().map(|e| e.unwrap().path()) {
            let Ok(text) = std::fs::read_to_string(folder.join("campaign.toml")) else { continue };
            let file: toml::Table = text.parse().unwrap();
            let district = file["campaign"]["district"][lang].as_str().unwrap();
            let id = folder.file_name().unwrap().to_str().unwrap();
            let row = &home.body[home.body.find(&format!("id=\"campaign-{id}\"")).expect(id)..];
            let row = &row[..row.find("</tr>").unwrap()];
            assert!(row.contains(district), "{lang} {id}: {row}");
            assert!(row.contains(&format!("href=\"/campaign/{id}\"")), "{row}");
        }
    }
}

#[tokio::test]
async fn a_save_changes_the_edited_text_and_keeps_every_other_byte() {
    let (project, app, mut fields) = balkhash_form().await;
    let before = project.read("booklets/balkhash/campaign.toml");
    assert!(before.contains("\n# ---"), "the sample has comments");
    let title = value(&fields, "section.1.ru.title").to_string();
    set(&mut fields, "section.1.ru.title", "Виды обращений граждан");
    let saved = send(&app, post("/campaign/balkhash", Some(ORIGIN), &fields)).await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER, "{}", saved.body);
    assert_eq!(saved.headers[header::LOCATION], "/campaign/balkhash?saved=1");
    let after = project.read("booklets/balkhash/campaign.toml");
    let line = |t: &str| format!("title = \"{t}\"");
    assert_eq!(before.matches(&line(&title)).count(), 1);
    assert_eq!(after, before.replacen(&line(&title), &line("Виды обращений граждан"), 1));
    // The change is in the project's log: when, who, which file.
    let log = project.read("changes.log");
    let entry: Vec<&str> = log.trim_end().split('\t').collect();
    assert_eq!(entry[1..], ["local", "booklets/balkhash/campaign.toml"], "{log}");
    assert!(entry[0].len() == 20 && entry[0].ends_with('Z'), "{log}");

    // The page shows the saved text and the new build's pages.
    let page = send(&app, get("/campaign/balkhash?saved=1", "en")).await;
    assert!(page.body.contains("Saved. The pages beside the form show the new version."), "{}", page.body);
    assert_eq!(value(&form_fields(&page.body), "section.1.ru.title"), "Виды обращений граждан");
    assert!(page.body.contains("/campaign/balkhash/page/1.png?v="), "{}", page.body);
    let image = send(&app, get("/campaign/balkhash/page/1.png", "en")).await;
    assert_eq!(image.status, StatusCode::OK);
    assert_eq!(image.headers[header::CONTENT_TYPE], "image/png");
}

#[tokio::test]
async fn the_form_as_opened_saves_the_file_unchanged() {
    let (project, app, fields) = balkhash_form().await;
    let before = project.read("booklets/balkhash/campaign.toml");
    let saved = send(&app, post("/campaign/balkhash", Some(ORIGIN), &fields)).await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER, "{}", saved.body);
    assert_eq!(project.read("booklets/balkhash/campaign.toml"), before);
}

#[tokio::test]
async fn sections_move_with_their_comments_and_quotes_stay() {
    let (project, app, mut fields) = balkhash_form().await;
    let before = project.read("booklets/balkhash/campaign.toml");
    // The first two sections change places, as the page names them after a move.
    let first: Vec<(String, String)> = fields.iter().filter(|(k, _)| k.starts_with("section.0.")).cloned().collect();
    let second: Vec<(String, String)> = fields.iter().filter(|(k, _)| k.starts_with("section.1.")).cloned().collect();
    for (k, v) in &second {
        set(&mut fields, &k.replacen("section.1.", "section.0.", 1), v);
    }
    for (k, v) in &first {
        set(&mut fields, &k.replacen("section.0.", "section.1.", 1), v);
    }
    let saved = send(&app, post("/campaign/balkhash", Some(ORIGIN), &fields)).await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER, "{}", saved.body);
    let after = project.read("booklets/balkhash/campaign.toml");
    let blocks = |text: &str| text.split("\n[[section]]").map(str::to_string).collect::<Vec<_>>();
    let (old, new) = (blocks(&before), blocks(&after));
    assert_eq!(old.len(), new.len());
    // The file's blocks with the first two sections swapped; each with its comment lines.
    let mut expected = old.clone();
    expected.swap(1, 2);
    let trailing_comment = |s: &str| s.trim_end().ends_with('-');
    assert!(trailing_comment(&old[1]) && trailing_comment(&old[2]), "each section is followed by a comment rule");
    assert_eq!(new, expected, "{after}");
}

#[tokio::test]
async fn a_file_changed_on_disk_is_not_overwritten() {
    let (project, app, mut fields) = balkhash_form().await;
    set(&mut fields, "section.0.kk.title", "Менің өзгерісім");
    let file = "booklets/balkhash/campaign.toml";
    let someone = project.read(file).replacen("title = \"Өтініштің түрлері\"", "title = \"Өтініш түрлері\"", 1);
    project.write(file, &someone);
    let before = snapshot(&project.root);
    let refused = send(&app, post("/campaign/balkhash", Some(ORIGIN), &fields)).await;
    assert_eq!(refused.status, StatusCode::CONFLICT);
    assert_eq!(snapshot(&project.root), before, "nothing written");
    let expected = [
        "Not saved: campaign.toml was changed by someone else (or in another tab) after you opened this page. Your text is still in the form: copy what you need, open the file as it is now, and make your change there.",
        "What changed in the file:",
        "Open the file as it is now (new tab)",
    ];
    for sentence in expected {
        assert!(refused.body.contains(sentence), "{sentence}: {}", refused.body);
    }
    // The user's text is still in the form, and the page says what changed on disk.
    assert_eq!(value(&form_fields(&refused.body), "section.0.kk.title"), "Менің өзгерісім");
    assert!(refused.body.contains("<dt>Section 2 · Kazakh · Title</dt><dd>Өтініш түрлері</dd>"), "{}", refused.body);
}

#[tokio::test]
async fn a_mistake_is_shown_at_its_field_and_nothing_is_written() {
    let (project, app, mut fields) = balkhash_form().await;
    set(&mut fields, "cover.image", "images/no-such-picture.png");
    set(&mut fields, "section.2.ru.text", "Мой новый текст.\n\nВторой абзац.\n");
    let before = snapshot(&project.root);
    let refused = send(&app, post("/campaign/balkhash", Some(ORIGIN), &fields)).await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(snapshot(&project.root), before, "nothing written");
    let body = &refused.body;
    assert!(body.contains("Not saved: correct the marked fields. Your text is still in the form."), "{body}");
    // The input is marked, and the diagnostic stands right after it.
    let at = body.find("name=\"cover.image\"").unwrap();
    let field = &body[at..];
    assert!(field[..field.find('>').unwrap()].contains("class=\"marked\""), "{}", &field[..200]);
    let problem = &field[field.find('>').unwrap()..];
    let problem = &problem[..problem.find("name=\"").unwrap()];
    assert!(problem.contains("no-such-picture.png"), "{problem}");
    // What was typed stays, in every field.
    let again = form_fields(body);
    assert_eq!(value(&again, "cover.image"), "images/no-such-picture.png");
    assert_eq!(value(&again, "section.2.ru.text"), "Мой новый текст.\n\nВторой абзац.\n");
}

/// The text of the first section's block on the page, up to the next block.
fn first_section(html: &str) -> &str {
    let start = html.find("<fieldset class=\"block section\"").unwrap();
    let rest = &html[start..];
    &rest[..rest.find("</fieldset>").unwrap()]
}

#[tokio::test]
async fn a_missing_text_is_shown_at_its_section_in_the_interface_language() {
    let (project, app, mut fields) = balkhash_form().await;
    set(&mut fields, "section.0.kk.title", "");
    set(&mut fields, "cover.image", "images/no-such-picture.png");
    let before = snapshot(&project.root);
    let refused = send(&app, post_in("ru", "/campaign/balkhash", Some(ORIGIN), &fields)).await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(snapshot(&project.root), before, "nothing written");
    // The section without its title says so inside its own block, in Russian.
    let section = first_section(&refused.body);
    assert!(section.contains("class=\"problem error\""), "{section}");
    assert!(section.contains("booklets/balkhash/campaign.toml:"), "{section}");
    assert!(!section.contains("no-such-picture"), "the picture's problem is at the cover, not here");
    assert!(
        unescape(&refused.body).contains("файла изображения \"images/no-such-picture.png\" нет"),
        "{}",
        refused.body
    );
    assert_eq!(value(&form_fields(&refused.body), "section.0.kk.title"), "");
}

#[tokio::test]
async fn changes_without_the_token_or_from_another_site_are_refused() {
    let (project, app, fields) = balkhash_form().await;
    let mut edited = fields.clone();
    set(&mut edited, "section.0.ru.title", "Взлом");
    let before = snapshot(&project.root);
    let without_token: Vec<(String, String)> = edited.iter().filter(|(k, _)| k != "csrf").cloned().collect();
    let mut wrong_token = edited.clone();
    set(&mut wrong_token, "csrf", "0123456789abcdef0123456789abcdef");
    for (what, request) in [
        ("no token", post("/campaign/balkhash", Some(ORIGIN), &without_token)),
        ("a wrong token", post("/campaign/balkhash", Some(ORIGIN), &wrong_token)),
        ("a foreign origin", post("/campaign/balkhash", Some("http://evil.example"), &edited)),
        ("no origin", post("/campaign/balkhash", None, &edited)),
    ] {
        let refused = send(&app, request).await;
        assert_eq!(refused.status, StatusCode::FORBIDDEN, "{what}");
    }
    // A page that reached the studio through a name of its own (DNS rebinding).
    let rebound = Request::get("/").header(header::HOST, "evil.example:8738").body(Body::empty()).unwrap();
    assert_eq!(send(&app, rebound).await.status, StatusCode::FORBIDDEN);
    // A body larger than any campaign's texts.
    let mut huge = edited.clone();
    set(&mut huge, "section.0.ru.text", &"а".repeat(3 * 1024 * 1024));
    let refused = send(&app, post("/campaign/balkhash", Some(ORIGIN), &huge)).await;
    assert_eq!(refused.status, StatusCode::PAYLOAD_TOO_LARGE);
    // The language is a change too.
    let lang = vec![("lang".to_string(), "ru".to_string())];
    assert_eq!(send(&app, post("/language", Some(ORIGIN), &lang)).await.status, StatusCode::FORBIDDEN);
    assert_eq!(snapshot(&project.root), before, "nothing written");
}

#[tokio::test]
async fn only_the_projects_campaigns_can_be_named() {
    let (project, app, fields) = balkhash_form().await;
    let before = snapshot(&project.root);
    for id in ["nope", "..%2F..%2Fkitapsha", "..", "balkhash%2F..%2Fbalkhash"] {
        let page = send(&app, get(&format!("/campaign/{id}"), "en")).await;
        assert_eq!(page.status, StatusCode::NOT_FOUND, "{id}");
        assert!(page.body.contains("There is no such campaign in this project."), "{}", page.body);
        let saved = send(&app, post(&format!("/campaign/{id}"), Some(ORIGIN), &fields)).await;
        assert_eq!(saved.status, StatusCode::NOT_FOUND, "{id}");
        let image = send(&app, get(&format!("/campaign/{id}/page/1.png"), "en")).await;
        assert_eq!(image.status, StatusCode::NOT_FOUND, "{id}");
    }
    assert_eq!(snapshot(&project.root), before, "nothing written");
}

#[tokio::test]
async fn the_language_is_kept_in_a_cookie() {
    let project = TestProject::empty();
    let (app, token) = studio(&project);
    let fields = vec![
        ("csrf".to_string(), token),
        ("lang".to_string(), "kk".to_string()),
        ("back".to_string(), "/campaign/x".to_string()),
    ];
    let chosen = send(&app, post("/language", Some(ORIGIN), &fields)).await;
    assert_eq!(chosen.status, StatusCode::SEE_OTHER);
    assert_eq!(chosen.headers[header::LOCATION], "/campaign/x");
    let cookie = chosen.headers[header::SET_COOKIE].to_str().unwrap();
    assert!(cookie.starts_with("kitapsha-lang=kk;") && cookie.contains("SameSite=Strict"), "{cookie}");
    // Never back to another site.
    let mut away = fields.clone();
    away[2].1 = "//evil.example/".to_string();
    assert_eq!(send(&app, post("/language", Some(ORIGIN), &away)).await.headers[header::LOCATION], "/");
}

#[tokio::test]
async fn the_pages_of_a_small_campaign_as_served() {
    let project = TestProject::with_campaigns(&[("minimal", &repo().join("tests/fixtures/valid/minimal"))]);
    let (app, token) = studio(&project);
    let home = send(&app, get("/", "en")).await;
    assert_snapshot_in(&repo().join("tests/snapshots"), "studio-home-en", &without_token(&home.body, &token));
    let editor = send(&app, get("/campaign/minimal", "en")).await;
    assert_snapshot_in(&repo().join("tests/snapshots"), "studio-editor-en", &without_token(&editor.body, &token));
}

#[tokio::test]
async fn a_campaign_with_errors_opens_with_its_errors_and_no_pages() {
    let project = TestProject::with_campaigns(&[("broken", &repo().join("tests/fixtures/invalid/pages-not-a-number"))]);
    let (app, _) = studio(&project);
    let home = send(&app, get("/", "en")).await;
    assert!(home.body.contains("<span class=\"badge error\">errors: 1</span>"), "{}", home.body);
    let editor = send(&app, get("/campaign/broken", "en")).await;
    assert_eq!(editor.status, StatusCode::OK);
    assert!(editor.body.contains("No pages yet: the campaign has errors."), "{}", editor.body);
}

#[test]
fn the_command_prints_its_address_and_a_busy_port_is_reported() {
    let project = TestProject::with_campaigns(&[("minimal", &repo().join("tests/fixtures/valid/minimal"))]);
    let mut studio = project.command(&["studio", "--port", "0"]).stdout(std::process::Stdio::piped()).spawn().unwrap();
    let mut first_line = String::new();
    std::io::BufRead::read_line(&mut std::io::BufReader::new(studio.stdout.take().unwrap()), &mut first_line).unwrap();
    let address = first_line.split("http://").nth(1).and_then(|rest| rest.split('/').next()).unwrap().to_string();
    let port = address.strip_prefix("127.0.0.1:").expect("only on this computer");
    assert_eq!(first_line, format!("kitapsha studio: http://{address}/  (open it in the browser; stop with Ctrl-C)\n"));
    // A second studio on the same port.
    let busy = project.run(&["studio", "--port", port]);
    let _ = studio.kill();
    let _ = studio.wait();
    let stderr = busy.stderr();
    assert_eq!(busy.code(), 1);
    assert!(stderr.contains(&format!("error: cannot start the studio on port {port}: ")), "{stderr}");
}

#[tokio::test]
async fn the_booklets_size_and_layout_are_chosen_in_the_form() {
    let (project, app, mut fields) = balkhash_form().await;
    let page = send(&app, get("/campaign/balkhash", "en")).await;
    assert!(page.body.contains("<option value=\"a5\" selected>A5 booklet (an A4 sheet folded in half)</option>"));
    assert!(
        page.body.contains(
            "<option value=\"flip\" selected>each language from its own cover (turn the booklet over)</option>"
        )
    );
    let before = project.read("booklets/balkhash/campaign.toml");
    set(&mut fields, "booklet.format", "a6");
    set(&mut fields, "booklet.bilingual", "sequential");
    let saved = send(&app, post("/campaign/balkhash", Some(ORIGIN), &fields)).await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER, "{}", saved.body);
    let after = project.read("booklets/balkhash/campaign.toml");
    assert_eq!(
        after,
        before.replacen("format = \"a5\"", "format = \"a6\"", 1).replacen(
            "bilingual = \"flip\"",
            "bilingual = \"sequential\"",
            1
        )
    );
    // A value written by hand that is none of the choices is offered as it is, and refused by the
    // campaign's own check at its field.
    project.write("booklets/balkhash/campaign.toml", &after.replacen("format = \"a6\"", "format = \"b5\"", 1));
    let page = send(&app, get("/campaign/balkhash", "en")).await;
    assert!(page.body.contains("<option value=\"b5\" selected>b5</option>"), "{}", page.body);
}
