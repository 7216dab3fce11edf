//! `kitapsha studio` over HTTP, request by request on the router: the home page, the editor's
//! saves (comments kept, a changed file refused, a mistake shown at its field) and the rules
//! every change meets. Nothing is written when a request is refused.

mod common;

use std::collections::BTreeMap;
use std::path::Path;

use axum::Router;
use axum::body::Body;
use axum::http::{Request, StatusCode, header};
use tower::ServiceExt;

use common::{TestProject, assert_snapshot_in, files_under, repo};
use kitapsha::lang::Lang;
use kitapsha::studio::{Studio, router};

const HOST: &str = "127.0.0.1:8738";
const ORIGIN: &str = "http://127.0.0.1:8738";

struct Answer {
    status: StatusCode,
    headers: axum::http::HeaderMap,
    body: String,
}

async fn send(app: &Router, request: Request<Body>) -> Answer {
    let response = app.clone().oneshot(request).await.unwrap();
    let status = response.status();
    let headers = response.headers().clone();
    let bytes = axum::body::to_bytes(response.into_body(), usize::MAX).await.unwrap();
    Answer { status, headers, body: String::from_utf8_lossy(&bytes).into_owned() }
}

fn get(path: &str, lang: &str) -> Request<Body> {
    Request::get(path)
        .header(header::HOST, HOST)
        .header(header::COOKIE, format!("kitapsha-lang={lang}"))
        .body(Body::empty())
        .unwrap()
}

/// A form posted as the browser posts it, by a page in English.
fn post(path: &str, origin: Option<&str>, fields: &[(String, String)]) -> Request<Body> {
    post_in("en", path, origin, fields)
}

fn post_in(lang: &str, path: &str, origin: Option<&str>, fields: &[(String, String)]) -> Request<Body> {
    let body = serde_urlencoded_pairs(fields);
    let mut request = Request::post(path)
        .header(header::HOST, HOST)
        .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
        .header(header::COOKIE, format!("kitapsha-lang={lang}"));
    if let Some(origin) = origin {
        request = request.header(header::ORIGIN, origin);
    }
    request.body(Body::from(body)).unwrap()
}

fn serde_urlencoded_pairs(fields: &[(String, String)]) -> String {
    let encode = |text: &str| {
        text.bytes()
            .map(|b| match b {
                b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'*' => (b as char).to_string(),
                b' ' => "+".to_string(),
                _ => format!("%{b:02X}"),
            })
            .collect::<String>()
    };
    fields.iter().map(|(k, v)| format!("{}={}", encode(k), encode(v))).collect::<Vec<_>>().join("&")
}

/// The text of an HTML attribute or element: named and numeric character references decoded.
fn unescape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = rest.find('&') {
        out.push_str(&rest[..at]);
        rest = &rest[at..];
        let end = rest.find(';').unwrap();
        let entity = &rest[1..end];
        let decoded = match entity {
            "lt" => '<',
            "gt" => '>',
            "quot" => '"',
            "amp" => '&',
            "apos" => '\'',
            _ => {
                let number = entity.strip_prefix('#').unwrap();
                let code = match number.strip_prefix('x') {
                    Some(hex) => u32::from_str_radix(hex, 16).unwrap(),
                    None => number.parse().unwrap(),
                };
                char::from_u32(code).unwrap()
            }
        };
        out.push(decoded);
        rest = &rest[end + 1..];
    }
    out.push_str(rest);
    out
}

/// The fields of the editor's form as a browser would post them: every named input and
/// textarea of the form, in order (the template of a new section left out).
fn form_fields(html: &str) -> Vec<(String, String)> {
    let form = html.split("<template").next().unwrap();
    let form = &form[form.find("id=\"campaign-form\"").expect("the editor's form")..];
    let mut fields = Vec::new();
    let mut rest = form;
    while let Some(at) = rest.find('<') {
        rest = &rest[at..];
        let end = rest.find('>').unwrap();
        let tag = &rest[..=end];
        let attribute = |name: &str| {
            let key = format!(" {name}=\"");
            tag.find(&key).map(|i| {
                let value = &tag[i + key.len()..];
                unescape(&value[..value.find('"').unwrap()])
            })
        };
        if (tag.starts_with("<input") || tag.starts_with("<textarea"))
            && let Some(name) = attribute("name")
        {
            let value = if tag.starts_with("<textarea") {
                let inner = &rest[end + 1..];
                let inner = &inner[..inner.find("</textarea>").unwrap()];
                // The parser drops the newline that follows the opening tag.
                unescape(inner.strip_prefix('\n').unwrap_or(inner))
            } else {
                attribute("value").unwrap_or_default()
            };
            fields.push((name, value));
        }
        rest = &rest[end + 1..];
    }
    fields
}

fn set(fields: &mut [(String, String)], name: &str, value: &str) {
    fields.iter_mut().find(|(k, _)| k == name).unwrap_or_else(|| panic!("no field {name}")).1 = value.to_string();
}

fn value<'a>(fields: &'a [(String, String)], name: &str) -> &'a str {
    &fields.iter().find(|(k, _)| k == name).unwrap_or_else(|| panic!("no field {name}")).1
}

/// Every file of the project with its bytes: what "nothing written" is checked against.
fn snapshot(root: &Path) -> BTreeMap<String, Vec<u8>> {
    files_under(root).into_iter().map(|p| (p.display().to_string(), std::fs::read(&p).unwrap())).collect()
}

fn studio(project: &TestProject) -> (Router, String) {
    let studio = Studio::new(&project.root, Lang::En).unwrap();
    let token = studio.token().to_string();
    (router(studio), token)
}

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

/// A page as the snapshot keeps it: the session's token is new in every run.
fn without_token(html: &str, token: &str) -> String {
    html.replace(token, "TOKEN")
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

// The ledger page: print runs, hand-outs and void records through the CLI's own functions.

const LEDGER: &str = "booklets/balkhash/print-runs.toml";

/// The project's files as "nothing written" compares them: the ledger's lock file, empty and
/// left in place by the CLI too, is not a record.
fn records(root: &Path) -> BTreeMap<String, Vec<u8>> {
    let mut files = snapshot(root);
    files.retain(|path, bytes| !(path.ends_with(".print-runs.toml.lock") && bytes.is_empty()));
    files
}

/// A copy of `balkhash` with its ledger, the studio and its token.
fn balkhash_ledger() -> (TestProject, Router, String) {
    let project = TestProject::with_campaigns(&[("balkhash", &repo().join("booklets/balkhash"))]);
    assert!(project.root.join(LEDGER).exists(), "the sample has a ledger");
    let (app, token) = studio(&project);
    (project, app, token)
}

fn form(token: &str, fields: &[(&str, &str)]) -> Vec<(String, String)> {
    std::iter::once(("csrf".to_string(), token.to_string()))
        .chain(fields.iter().map(|(k, v)| ((*k).to_string(), (*v).to_string())))
        .collect()
}

/// The text of the element with `id` on the page.
fn element<'a>(html: &'a str, id: &str) -> &'a str {
    let at = html.find(&format!("id=\"{id}\">")).unwrap_or_else(|| panic!("no #{id}: {html}")) + id.len() + 6;
    &html[at..at + html[at..].find('<').unwrap()]
}

/// The copies in stock as the English page shows them (`1,200`).
fn in_stock(html: &str) -> u64 {
    element(html, "in-stock").replace(',', "").parse().unwrap()
}

/// The value attribute of the input `name` inside the form `form_id`.
fn typed_value(html: &str, form_id: &str, name: &str) -> String {
    let form = &html[html.find(&format!("id=\"{form_id}\"")).unwrap()..];
    let form = &form[..form.find("</form>").unwrap()];
    value(&form_fields_of(form), name).to_string()
}

fn form_fields_of(html: &str) -> Vec<(String, String)> {
    form_fields(&format!("<form id=\"campaign-form\">{html}"))
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
