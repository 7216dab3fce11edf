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
    let built = send(&app, post("/campaign/one/outputs/build", Some(ORIGIN), &form(&token, &[]))).await;
    assert!(
        built.body.contains("The files were not built: correct what is said below and build again."),
        "{}",
        built.body
    );
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

/// The `<li>` of file `name` on the outputs page.
fn file_item<'a>(html: &'a str, name: &str) -> &'a str {
    let item = &html[html.find(&format!("id=\"file-{name}\"")).unwrap_or_else(|| panic!("no {name}: {html}"))..];
    &item[..item.find("</li>").unwrap()]
}

#[tokio::test]
async fn each_file_says_what_it_is_for_and_every_edition_has_its_own() {
    let project = TestProject::with_campaigns(&[("one", &repo().join("tests/fixtures/valid/minimal"))]);
    let text = project.read("booklets/one/campaign.toml");
    project.write(
        "booklets/one/campaign.toml",
        &text.replacen("[booklet]", "[booklet]\neditions = [\"large-print\", \"latin\"]", 1),
    );
    let (app, token) = studio(&project);
    let page = send(&app, get("/campaign/one/outputs", "en")).await.body;
    assert!(page.contains("<h1>Files to print and share: Test booklet</h1>"), "{page}");
    assert!(page.contains(
        "«Build the files» makes the PDFs from the texts as they are saved now. When nothing has changed since the last build, it takes a moment."
    ));
    assert!(page.contains(">Build the files</button>"));
    let headings: Vec<&str> = page.split("<h2>").skip(1).map(|h| &h[..h.find("</h2>").unwrap()]).collect();
    assert_eq!(headings, ["The booklet", "Large print edition", "Edition with Kazakh in Latin letters"]);
    assert!(file_item(&page, "one-latn-sheets.pdf").contains("not built yet"));

    let built = send(&app, post("/campaign/one/outputs/build", Some(ORIGIN), &form(&token, &[]))).await.body;
    let said = |name: &str, title: &str, note: &str| {
        let item = file_item(&built, name);
        assert!(item.contains(&format!("<strong>{title}</strong>")) && item.contains(note), "{name}: {item}");
        assert!(item.contains(&format!("href=\"/campaign/one/outputs/{name}\" download>Download</a>")), "{item}");
        assert!(item.contains(" KB</span>") || item.contains(" MB</span>"), "{item}");
    };
    for edition in ["", "-large", "-latn"] {
        said(
            &format!("one{edition}.pdf"),
            "For reading on a screen",
            "To read on a phone or computer and to send by messenger or e-mail. Screen readers for the blind read it in order.",
        );
        said(
            &format!("one{edition}-press.pdf"),
            "For the print shop",
            "Colours for printing (CMYK), 3 mm bleed and crop marks (PDF/X-4). Send this file to the print shop.",
        );
        said(
            &format!("one{edition}-press-summary.pdf"),
            "Note for the print shop",
            "One page in Kazakh and Russian that says what the print shop file is: size, pages, bleed, colours, how it is bound. Send it with the print shop file.",
        );
        said(
            &format!("one{edition}-sheets.pdf"),
            "For the office printer",
            "Two pages on each side of a sheet, in folding order: print on both sides (flip on the short edge), fold in half and staple.",
        );
        let download = download(&app, get(&format!("/campaign/one/outputs/one{edition}-press.pdf"), "en")).await;
        assert_eq!(download.status, StatusCode::OK, "{edition}");
    }
}

#[tokio::test]
async fn the_report_page_asks_for_the_language_the_campaigns_and_the_period() {
    let project = two_campaigns();
    let (app, token) = studio(&project);
    let page = send(&app, get("/report", "en")).await.body;
    for words in [
        "<h1>Donor report</h1>",
        "The report for the donor as one A4 PDF: what was printed and handed out, where, at what cost, and how awareness changed.",
        "<legend>Language of the report</legend>",
        "<legend>Campaigns in the report</legend>",
        "<legend>Period</legend>",
        "The first and last day counted, for example 2025-01-15 or 15.01.2025. Leave them empty for the whole programme.",
        "id=\"field-from\">First day",
        "id=\"field-to\">Last day",
        ">Make the report</button>",
    ] {
        assert!(page.contains(words), "{words}: {page}");
    }
    // The language asked for is the interface's at first.
    assert!(page.contains("value=\"en\" checked> English"), "{page}");
    assert!(!page.contains("Reports made before"));
    let refused = send(&app, post("/report", Some(ORIGIN), &form(&token, &[("lang", "kk"), ("from", "soon")]))).await;
    assert!(
        refused
            .body
            .contains("The report was not made: correct what is said at the form. What you chose is still in it.")
    );
    assert!(refused.body.contains("value=\"kk\" checked>"), "the language chosen stays: {}", refused.body);
    let made = form(&token, &[("lang", "en"), ("campaign", "one"), ("campaign", "two")]);
    let made = send(&app, post("/report", Some(ORIGIN), &made)).await.body;
    assert!(made.contains(">Download the report</a>"), "{made}");
    let page = send(&app, get("/report", "en")).await.body;
    assert!(page.contains("<h2>Reports made before</h2>"), "{page}");
    assert!(page.contains("<a href=\"/report/report-en.pdf\" download>report-en.pdf</a>"), "{page}");
    // From home.
    let home = send(&app, get("/", "en")).await.body;
    assert!(home.contains("id=\"report-link\">Donor report</a>"), "{home}");
    assert!(home.contains("href=\"/campaign/one/outputs\">Files</a>"), "{home}");
}
