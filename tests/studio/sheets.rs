//! A volunteer's sheet of hand-outs sent from the ledger page: shown row by row with nothing
//! written, then recorded exactly as `kitapsha hand-out --from-file` records it.

use axum::Router;
use axum::http::{StatusCode, header};

use crate::common::{ALPHA_LEDGER, TestProject, assert_snapshot_in, copy_dir, repo};
use crate::http::*;

/// The ledger fixture (alpha: 300 printed, 120 handed out) with the sheet fixtures in `sheets/`.
fn alpha() -> (TestProject, Router, String) {
    let project = TestProject::fixture("ledger/basic");
    copy_dir(&repo().join("tests/fixtures/hand-out-sheets"), &project.root.join("sheets"));
    let (app, token) = studio(&project);
    (project, app, token)
}

fn sheet(project: &TestProject, name: &str) -> Vec<u8> {
    std::fs::read(project.root.join("sheets").join(name)).unwrap()
}

async fn preview(app: &Router, token: &str, lang: &str, name: &str, bytes: &[u8]) -> Answer {
    let fields = form(token, &[]);
    send(app, post_file(lang, "/campaign/alpha/ledger/sheet", &fields, Some(("sheet", name, bytes)))).await
}

/// The rows of the preview's table, each cell's text.
fn rows(html: &str) -> Vec<Vec<String>> {
    let table = &html[html.find("id=\"sheet-rows\"").expect("the rows' table")..];
    let body = &table[table.find("<tbody>").unwrap()..table.find("</tbody>").unwrap()];
    body.split("<tr>")
        .skip(1)
        .map(|row| {
            row.split("<td")
                .skip(1)
                .map(|cell| unescape(&cell[cell.find('>').unwrap() + 1..cell.find("</td>").unwrap()]))
                .collect()
        })
        .collect()
}

#[tokio::test]
async fn a_sheet_is_shown_with_nothing_written_then_recorded_as_the_cli_records_it() {
    let (project, app, token) = alpha();
    let bytes = sheet(&project, "volunteer.xlsx");
    let before = records(&project.root);
    let shown = preview(&app, &token, "en", "volunteer.xlsx", &bytes).await;
    assert_eq!(shown.status, StatusCode::OK, "{}", shown.body);
    assert_eq!(records(&project.root), before, "a preview writes nothing");
    assert_eq!(
        rows(&shown.body),
        [
            ["2", "2025-01-21", "Саты", "60", "Айгүл"],
            ["3", "2025-01-22", "Кеген", "40", ""],
            ["5", "2025-01-23", "Жаланаш", "30", "Ерлан"],
        ]
    );
    assert_eq!(element(&shown.body, "in-stock-now"), "180");
    assert_eq!(element(&shown.body, "sheet-copies"), "130");
    assert_eq!(element(&shown.body, "in-stock-after"), "50");
    assert_snapshot_in(&repo().join("tests/snapshots"), "studio-sheet-preview-en", &page_text(&shown.body));

    let confirm = form(&token, &[("upload", &hidden(&shown.body, "upload")), ("rows", &hidden(&shown.body, "rows"))]);
    let recorded = send(&app, post("/campaign/alpha/ledger/sheet/confirm", Some(ORIGIN), &confirm)).await;
    assert_eq!(recorded.status, StatusCode::SEE_OTHER, "{}", recorded.body);
    assert_eq!(recorded.headers[header::LOCATION], "/campaign/alpha/ledger?done=sheet");

    // The CLI on a copy of the same project and the same sheet writes the same bytes.
    let cli = TestProject::fixture("ledger/basic");
    copy_dir(&repo().join("tests/fixtures/hand-out-sheets"), &cli.root.join("sheets"));
    cli.run(&["hand-out", "alpha", "--from-file", "sheets/volunteer.xlsx"]).ok();
    assert_eq!(project.read(ALPHA_LEDGER), cli.read(ALPHA_LEDGER));
    assert!(project.read("changes.log").ends_with("\tlocal\tbooklets/alpha/print-runs.toml\n"));

    let page = send(&app, get("/campaign/alpha/ledger?done=sheet", "en")).await;
    assert!(page.body.contains("The sheet is recorded. The figures below already count it."), "{}", page.body);
    assert_eq!(element(&page.body, "in-stock"), "50");
    // Confirmed once: the same form a second time finds nothing to record.
    let again = send(&app, post("/campaign/alpha/ledger/sheet/confirm", Some(ORIGIN), &confirm)).await;
    assert_eq!(again.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(unescape(&again.body).contains(
        "the file sent earlier is no longer kept (the studio was restarted, or many files were sent since); send it again"
    ));
    assert_eq!(project.read(ALPHA_LEDGER), cli.read(ALPHA_LEDGER));
}

#[tokio::test]
async fn a_sheet_with_bad_rows_is_shown_with_its_problems_and_cannot_be_confirmed() {
    let (project, app, token) = alpha();
    let before = records(&project.root);
    let shown = preview(&app, &token, "en", "bad-rows.xlsx", &sheet(&project, "bad-rows.xlsx")).await;
    assert_eq!(shown.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", shown.body);
    assert!(!shown.body.contains("confirm-sheet"), "no way to record it");
    let text = page_text(&shown.body);
    assert!(text.contains("This sheet cannot be recorded: correct what is said below in the sheet itself, save it and send it again. Nothing was recorded."));
    // The CLI's own problems, each at its row.
    // Run on today's date, as the studio runs: a day in the future is judged alike.
    let cli = project
        .command(&["hand-out", "alpha", "--from-file", "sheets/bad-rows.xlsx"])
        .env_remove("SOURCE_DATE_EPOCH")
        .output()
        .unwrap();
    for line in String::from_utf8(cli.stderr).unwrap().lines().filter(|line| line.contains(": error: ")) {
        let (place, message) = line.split_once(": error: ").unwrap();
        assert!(text.contains(message), "{message} missing from\n{text}");
        assert!(text.contains(place.trim_start_matches("sheets/")), "{place} missing from\n{text}");
    }
    // The hint of a date names today: the snapshot names it TODAY.
    let today = kitapsha::date::Date::today().to_string();
    assert_snapshot_in(&repo().join("tests/snapshots"), "studio-sheet-bad-rows-en", &text.replace(&today, "TODAY"));
    // A confirmation made up for it finds nothing kept.
    let forged = form(&token, &[("upload", "0123456789abcdef0123456789abcdef"), ("rows", "")]);
    let refused = send(&app, post("/campaign/alpha/ledger/sheet/confirm", Some(ORIGIN), &forged)).await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(records(&project.root), before, "nothing written");
}

#[tokio::test]
async fn a_sheet_beyond_the_stock_is_refused_as_the_cli_refuses_it() {
    let (project, app, token) = alpha();
    let before = records(&project.root);
    let shown = preview(&app, &token, "en", "over-stock.xlsx", &sheet(&project, "over-stock.xlsx")).await;
    assert_eq!(shown.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", shown.body);
    assert!(!shown.body.contains("confirm-sheet"));
    assert_eq!(element(&shown.body, "in-stock-after"), "—");
    let cli = project.run(&["hand-out", "alpha", "--from-file", "sheets/over-stock.xlsx"]);
    assert_eq!(cli.code(), 1);
    let text = page_text(&shown.body);
    assert!(text.contains("The rows read from the sheet"), "{text}");
    for line in cli.stderr().lines().filter(|line| line.contains(": error: ")) {
        let message = line.split_once(": error: ").unwrap().1;
        assert!(text.contains(message), "{message} missing from\n{text}");
    }
    assert_eq!(records(&project.root), before, "nothing written");
}

#[tokio::test]
async fn rows_other_than_those_shown_are_not_recorded() {
    let (project, app, token) = alpha();
    let shown = preview(&app, &token, "en", "semicolons.csv", &sheet(&project, "semicolons.csv")).await;
    assert_eq!(shown.status, StatusCode::OK, "{}", shown.body);
    let before = records(&project.root);
    let changed = form(&token, &[("upload", &hidden(&shown.body, "upload")), ("rows", "not the rows shown")]);
    let refused = send(&app, post("/campaign/alpha/ledger/sheet/confirm", Some(ORIGIN), &changed)).await;
    assert_eq!(refused.status, StatusCode::CONFLICT);
    assert!(
        unescape(&refused.body).contains(
            "the sheet or the stock changed since the rows were shown; look at the rows again before recording"
        )
    );
    assert_eq!(records(&project.root), before, "nothing written");
    // Without the token nothing is even read.
    let fields =
        [("upload".to_string(), hidden(&shown.body, "upload")), ("rows".to_string(), hidden(&shown.body, "rows"))];
    let forbidden = send(&app, post("/campaign/alpha/ledger/sheet/confirm", Some(ORIGIN), &fields)).await;
    assert_eq!(forbidden.status, StatusCode::FORBIDDEN);
    assert_eq!(records(&project.root), before, "nothing written");
}

#[tokio::test]
async fn files_that_are_no_sheet_are_refused_before_they_are_read() {
    let (project, app, token) = alpha();
    let before = records(&project.root);
    let cases: [(&str, &[u8], &str); 5] = [
        (
            "list.pdf",
            b"%PDF-1.7",
            "list.pdf is neither an Excel workbook (.xlsx) nor a CSV file (.csv); in Excel or LibreOffice, save it as one of those and send that file",
        ),
        (
            "list.xlsx",
            "Күні;Саны\n".as_bytes(),
            "list.xlsx is called .xlsx but is not an Excel workbook; open it in Excel or LibreOffice and save it again as an Excel workbook (.xlsx)",
        ),
        (
            "list.csv",
            b"\xff\xfeD\0a\0t\0e\0",
            "list.csv is called .csv but is not text in UTF-8; in Excel choose \"CSV UTF-8\" when saving, or send the .xlsx workbook instead",
        ),
        ("../../print-runs.csv", b"", "print-runs.csv is empty"),
        (
            "big.csv",
            &[b'a'; 5 * 1024 * 1024 + 1],
            "the file is too large for this page; a sheet of hand-outs is at most 5 MB, a survey export at most 20 MB",
        ),
    ];
    for (name, bytes, said) in cases {
        let refused = preview(&app, &token, "en", name, bytes).await;
        assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY, "{name}");
        assert!(unescape(&refused.body).contains(said), "{name}: {}", refused.body);
    }
    let none = send(&app, post_file("en", "/campaign/alpha/ledger/sheet", &form(&token, &[]), None)).await;
    assert!(unescape(&none.body).contains("no file was chosen"));
    // Far beyond the route's limit: the body is not read to its end.
    let huge = vec![b'a'; 6 * 1024 * 1024];
    let refused = preview(&app, &token, "en", "huge.csv", &huge).await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    let forged = send(&app, post_file("en", "/campaign/alpha/ledger/sheet", &[], Some(("sheet", "a.csv", b"x")))).await;
    assert_eq!(forged.status, StatusCode::FORBIDDEN);
    assert_eq!(records(&project.root), before, "nothing written");
}

#[tokio::test]
async fn the_preview_speaks_the_interface_language() {
    let (project, app, token) = alpha();
    let shown = preview(&app, &token, "ru", "volunteer.xlsx", &sheet(&project, "volunteer.xlsx")).await;
    assert_eq!(shown.status, StatusCode::OK);
    assert_snapshot_in(&repo().join("tests/snapshots"), "studio-sheet-preview-ru", &page_text(&shown.body));
    let ledger = send(&app, get("/campaign/alpha/ledger", "en")).await;
    assert!(page_text(&ledger.body).contains("Or record a volunteer's whole sheet (.xlsx or .csv)"));
    let ledger = send(&app, get("/campaign/alpha/ledger", "kk")).await;
    assert!(ledger.body.contains("Не еріктінің бүкіл кестесін жазу (.xlsx не .csv)"));
}
