//! The outputs page and the donor report: builds and downloads through the CLI's own functions,
//! and only files the build or the report writes can be downloaded.

use axum::http::{StatusCode, header};
use lopdf::{Document, Object};

use crate::common::{TestProject, repo};
use crate::http::*;

/// A copy of the `minimal` fixture as `one` and the A6 fixture as `two`.
fn two_campaigns() -> TestProject {
    TestProject::with_campaigns(&[
        ("one", &repo().join("tests/fixtures/valid/minimal")),
        ("two", &repo().join("tests/fixtures/valid/a6-creep")),
    ])
}

#[tokio::test]
async fn a_build_from_the_page_gives_the_press_pdf_to_download() {
    let project = two_campaigns();
    let (app, token) = studio(&project);
    let before = send(&app, get("/campaign/one/outputs", "en")).await;
    assert_eq!(before.status, StatusCode::OK);
    assert!(before.body.contains("not built yet"), "{}", before.body);
    let missing = download(&app, get("/campaign/one/outputs/one-press.pdf", "en")).await;
    assert_eq!(missing.status, StatusCode::NOT_FOUND, "not built yet: nothing to download");

    let built = send(&app, post("/campaign/one/outputs/build", Some(ORIGIN), &form(&token, &[]))).await;
    assert_eq!(built.status, StatusCode::OK, "{}", built.body);
    assert!(built.body.contains("The files are built. Download them below."), "{}", built.body);
    // Only the campaign asked for is built.
    assert!(project.root.join("out/one/one-press-summary.pdf").is_file());
    assert!(!project.root.join("out/two").exists());
    // The change log names each file written.
    let log = project.read("changes.log");
    assert!(log.contains("\tlocal\tout/one/one-press.pdf\n"), "{log}");

    let press = download(&app, get("/campaign/one/outputs/one-press.pdf", "en")).await;
    assert_eq!(press.status, StatusCode::OK);
    assert_eq!(press.headers[header::CONTENT_TYPE], "application/pdf");
    assert_eq!(press.headers[header::CONTENT_DISPOSITION], "attachment; filename=\"one-press.pdf\"");
    assert_eq!(press.bytes, std::fs::read(project.root.join("out/one/one-press.pdf")).unwrap());
    let pdf = Document::load_mem(&press.bytes).unwrap();
    let pages = pdf.get_pages();
    let page = pdf.get_dictionary(*pages.values().next().unwrap()).unwrap();
    let trim: Vec<f32> =
        page.get(b"TrimBox").unwrap().as_array().unwrap().iter().map(|v| v.as_float().unwrap()).collect();
    let mm = |points: f32| (points / 72.0 * 25.4).round();
    assert_eq!((mm(trim[2] - trim[0]), mm(trim[3] - trim[1])), (148.0, 210.0), "A5");
    let intents = pdf.catalog().unwrap().get(b"OutputIntents").unwrap().as_array().unwrap();
    let intent = match &intents[0] {
        Object::Reference(id) => pdf.get_dictionary(*id).unwrap(),
        other => other.as_dict().unwrap(),
    };
    assert_eq!(intent.get(b"S").unwrap().as_name().unwrap(), b"GTS_PDFX");
    // The page lists it with its pages, as the PDF has them.
    let page = send(&app, get("/campaign/one/outputs", "en")).await;
    let listed = &page.body[page.body.find("id=\"file-one-press.pdf\"").unwrap()..];
    assert!(listed[..listed.find("</li>").unwrap()].contains(&format!("Pages: {}", pages.len())), "{listed}");
    // The summary beside it, for the print shop.
    let summary = download(&app, get("/campaign/one/outputs/one-press-summary.pdf", "en")).await;
    assert_eq!(summary.status, StatusCode::OK);
    assert_eq!(Document::load_mem(&summary.bytes).unwrap().get_pages().len(), 1);
}

#[tokio::test]
async fn only_the_files_the_build_writes_for_that_campaign_are_served() {
    let project = two_campaigns();
    let (app, token) = studio(&project);
    for id in ["one", "two"] {
        let built = send(&app, post(&format!("/campaign/{id}/outputs/build"), Some(ORIGIN), &form(&token, &[]))).await;
        assert_eq!(built.status, StatusCode::OK, "{}", built.body);
    }
    project.write("out/one/notes.pdf", "not a build's file");
    project.write("out/secret.pdf", "not a build's file");
    for path in [
        "/campaign/one/outputs/..%2Fkitapsha.toml",
        "/campaign/one/outputs/..%2F..%2Fkitapsha.toml",
        "/campaign/one/outputs/%2Fetc%2Fpasswd",
        "/campaign/one/outputs/two.pdf",
        "/campaign/one/outputs/two-press.pdf",
        "/campaign/one/outputs/notes.pdf",
        "/campaign/one/outputs/..%2Fsecret.pdf",
        "/campaign/one/outputs/one-press.PDF",
        "/campaign/one/outputs/one-large-press.pdf",
        "/campaign/three/outputs/one.pdf",
        "/campaign/..%2Fone/outputs/one.pdf",
        "/report/..%2Fkitapsha.toml",
        "/report/report-de.pdf",
    ] {
        let answer = download(&app, get(path, "en")).await;
        assert_eq!(answer.status, StatusCode::NOT_FOUND, "{path}");
        assert!(!answer.bytes.starts_with(b"not a build") && !answer.bytes.starts_with(b"[organisation]"), "{path}");
    }
    // The other campaign's files are served from its own page.
    assert_eq!(download(&app, get("/campaign/two/outputs/two.pdf", "en")).await.status, StatusCode::OK);
}

#[tokio::test]
async fn a_build_without_the_token_or_from_another_site_writes_nothing() {
    let project = two_campaigns();
    let (app, token) = studio(&project);
    let before = snapshot(&project.root);
    let no_token = send(&app, post("/campaign/one/outputs/build", Some(ORIGIN), &form("wrong", &[]))).await;
    assert_eq!(no_token.status, StatusCode::FORBIDDEN);
    let elsewhere =
        send(&app, post("/campaign/one/outputs/build", Some("http://evil.example"), &form(&token, &[]))).await;
    assert_eq!(elsewhere.status, StatusCode::FORBIDDEN);
    let report =
        send(&app, post("/report", Some(ORIGIN), &form("wrong", &[("lang", "ru"), ("campaign", "one")]))).await;
    assert_eq!(report.status, StatusCode::FORBIDDEN);
    assert_eq!(snapshot(&project.root), before);
}

#[tokio::test]
async fn a_build_with_errors_shows_them_in_the_interface_language() {
    let project = two_campaigns();
    let text = project.read("booklets/one/campaign.toml");
    project.write("booklets/one/campaign.toml", &text.replacen("format = \"a5\"", "format = \"a3\"", 1));
    let (app, token) = studio(&project);
    let built = send(&app, post_in("ru", "/campaign/one/outputs/build", Some(ORIGIN), &form(&token, &[]))).await;
    assert_eq!(built.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", built.body);
    assert!(built.body.contains("Файлы не собраны"), "{}", built.body);
    assert!(built.body.contains("campaign.toml:"), "the problem is located: {}", built.body);
    assert!(!project.root.join("out/one/one-press.pdf").exists());
}

#[tokio::test]
async fn the_report_form_refuses_a_bad_date_at_its_field_and_writes_nothing() {
    let project = two_campaigns();
    let (app, token) = studio(&project);
    let page = send(&app, get("/report", "en")).await;
    assert_eq!(page.status, StatusCode::OK);
    // Every campaign is ticked at first.
    assert_eq!(page.body.matches("name=\"campaign\"").count(), 2);
    assert_eq!(page.body.matches(" checked>").count(), 3, "two campaigns and the language: {}", page.body);
    let before = snapshot(&project.root);
    let fields = form(&token, &[("lang", "ru"), ("campaign", "one"), ("from", "31.02.2025"), ("to", "")]);
    let refused = send(&app, post("/report", Some(ORIGIN), &fields)).await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    let field = &refused.body[refused.body.find("id=\"field-from\"").unwrap()..];
    let field = &field[..field.find("</label>").unwrap()];
    assert!(field.contains("31.02.2025 is not a real date"), "at the field: {field}");
    assert!(field.contains("value=\"31.02.2025\""), "what was typed stays: {field}");
    // The last day before the first: at the last day's field.
    let fields = form(&token, &[("lang", "ru"), ("campaign", "one"), ("from", "2025-03-01"), ("to", "2025-02-01")]);
    let refused = send(&app, post("/report", Some(ORIGIN), &fields)).await;
    let field = &refused.body[refused.body.find("id=\"field-to\"").unwrap()..];
    // Dates are written with no-break spaces, as the report writes them.
    let field = field[..field.find("</label>").unwrap()].replace('\u{a0}', " ");
    assert!(
        field.contains("the first day (1 March 2025) is after the last day (1 February 2025): the period would hold no day. Swap the two dates."),
        "{field}"
    );
    // No campaign ticked.
    let refused = send(&app, post("/report", Some(ORIGIN), &form(&token, &[("lang", "en")]))).await;
    let field = &refused.body[refused.body.find("id=\"field-campaigns\"").unwrap()..];
    assert!(field[..field.find("</fieldset>").unwrap()].contains("tick at least one campaign"), "{field}");
    assert_eq!(snapshot(&project.root), before);
}

#[tokio::test]
async fn the_report_is_written_and_downloadable() {
    let project = two_campaigns();
    let (app, token) = studio(&project);
    let fields =
        form(&token, &[("lang", "ru"), ("campaign", "one"), ("campaign", "two"), ("from", "01.01.2025"), ("to", "")]);
    let made = send(&app, post("/report", Some(ORIGIN), &fields)).await;
    assert_eq!(made.status, StatusCode::OK, "{}", made.body);
    assert!(made.body.contains("The report is ready."), "{}", made.body);
    assert!(made.body.contains("href=\"/report/report-ru.pdf\""), "{}", made.body);
    let report = download(&app, get("/report/report-ru.pdf", "en")).await;
    assert_eq!(report.status, StatusCode::OK);
    assert_eq!(report.headers[header::CONTENT_DISPOSITION], "attachment; filename=\"report-ru.pdf\"");
    assert_eq!(report.bytes, std::fs::read(project.root.join("out/report-ru.pdf")).unwrap());
    assert!(Document::load_mem(&report.bytes).unwrap().get_pages().len() > 1);
    assert!(project.read("changes.log").contains("\tlocal\tout/report-ru.pdf\n"));
}

/// The row of campaign `id` on the home page.
fn home_row(html: &str, id: &str) -> String {
    let row = &html[html.find(&format!("<tr id=\"campaign-{id}\">")).unwrap()..];
    row[..row.find("</tr>").unwrap()].to_string()
}

#[tokio::test]
async fn the_home_page_shows_the_same_states_from_the_build_and_follows_each_edit() {
    // The second campaign has two warnings (HTML tags typed in its text), counted once each
    // whether they come from loading it or from the build that kept them.
    let project = TestProject::with_campaigns(&[
        ("one", &repo().join("tests/fixtures/valid/minimal")),
        ("two", &repo().join("tests/fixtures/valid/literal-characters")),
    ]);
    let (app, token) = studio(&project);
    let typeset = send(&app, get("/", "en")).await.body;
    assert!(home_row(&typeset, "two").contains("warnings: 2"), "{}", home_row(&typeset, "two"));
    assert!(typeset.contains("href=\"/campaign/one/outputs\"") && typeset.contains("href=\"/report\""), "{typeset}");
    for id in ["one", "two"] {
        let built = send(&app, post(&format!("/campaign/{id}/outputs/build"), Some(ORIGIN), &form(&token, &[]))).await;
        assert_eq!(built.status, StatusCode::OK, "{}", built.body);
    }
    // A new studio, which knows nothing yet: the rows come from what the build kept.
    let (fresh, _) = studio(&project);
    let from_build = send(&fresh, get("/", "en")).await.body;
    for id in ["one", "two"] {
        assert_eq!(home_row(&from_build, id), home_row(&typeset, id), "{id}");
    }
    // An edit that adds pages: the row follows it, never an old answer.
    let text = project.read("booklets/one/campaign.toml");
    let section = &text[text.find("[[section]]").unwrap()..text.find("[[quote]]").unwrap()];
    project.write(
        "booklets/one/campaign.toml",
        &text.replacen("[[quote]]", &format!("{}[[quote]]", section.repeat(6)), 1),
    );
    let edited = send(&fresh, get("/", "en")).await.body;
    let pages = |row: &str| -> usize {
        let cells: Vec<&str> = row.split("<td class=\"number\">").skip(1).collect();
        cells[0][..cells[0].find('<').unwrap()].parse().unwrap()
    };
    assert!(pages(&home_row(&edited, "one")) > pages(&home_row(&typeset, "one")), "{}", home_row(&edited, "one"));
    assert_eq!(home_row(&edited, "two"), home_row(&typeset, "two"));
}
