//! A volunteer's sheet of hand-outs, sent from the ledger page: every row shown as it would be
//! recorded, with every problem at its row and column and the stock after it, before anything
//! is written. Reading and checking are the library's (`commands::preview_hand_out_sheet`), and
//! confirming records it exactly as `kitapsha hand-out --from-file` does
//! (`commands::hand_out_sheet`), after checking that the rows are the ones shown.

use std::path::PathBuf;

use askama::Template;
use axum::Form;
use axum::extract::{Multipart, Path, State};
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{Html, IntoResponse, Response};

use crate::commands;
use crate::diag::Diagnostics;
use crate::lang::Lang;
use crate::ledger::{NewHandOutSheet, SheetPreview};
use crate::messages::{Message, Reader};
use crate::numbers;
use crate::studio::editor::{Problem, not_found, problem};
use crate::studio::state::Shared;
use crate::studio::uploads::{self, Refused, TempCopy, Upload};
use crate::studio::words::Words;
use crate::studio::{changes, guard, home, save};

/// The largest sheet the studio takes: a sheet of hand-outs is a few hundred rows.
pub const SHEET_LIMIT: usize = 5 * 1024 * 1024;

/// One row as it would be recorded.
pub struct RowView {
    pub row: usize,
    pub date: String,
    pub place: String,
    pub copies: String,
    pub by: String,
}

#[derive(Template)]
#[template(path = "sheet.html")]
struct SheetPage<'a> {
    w: &'a Words,
    token: &'a str,
    back: String,
    id: &'a str,
    screen: &'static str,
    /// The name of the file as sent.
    name: String,
    /// The kept upload's id and the fingerprint of its rows; empty when it cannot be recorded.
    upload: String,
    rows_hash: String,
    rows: Vec<RowView>,
    copies: String,
    in_stock_now: String,
    in_stock_after: String,
    problems: Vec<Problem>,
}

/// What the library found in a sheet: its preview, and its problems.
struct Checked {
    preview: Option<SheetPreview>,
    diagnostics: Diagnostics,
}

impl Checked {
    fn can_record(&self) -> bool {
        self.preview.as_ref().is_some_and(|p| p.in_stock_after.is_some()) && !self.diagnostics.has_errors()
    }
}

/// POST /campaign/{id}/ledger/sheet: the sheet shown, nothing written.
pub async fn preview(
    State(studio): State<Shared>,
    Path(id): Path<String>,
    headers: HeaderMap,
    access: guard::Access,
    multipart: Multipart,
) -> Response {
    let w = access.words(&headers, studio.lang);
    let posted = match uploads::read(multipart).await {
        Ok(posted) => posted,
        Err(Refused::Unreadable(message)) => return refused_upload(&id, &w, &message),
    };
    if !access.token_matches(&posted.fields) {
        return guard::forbidden();
    }
    if !home::is_campaign(&studio, &id) {
        return not_found(&w);
    }
    let upload = match uploads::check(posted.file, SHEET_LIMIT, &id) {
        Ok(upload) => upload,
        Err(message) => return refused_upload(&id, &w, &message),
    };
    let checked = check(&studio, &upload).await;
    let kept = if checked.can_record() { uploads::keep(&studio.uploads, upload.clone()).ok() } else { None };
    let status = if kept.is_some() { StatusCode::OK } else { StatusCode::UNPROCESSABLE_ENTITY };
    render(&id, &w, &upload.name, &checked, kept.unwrap_or_default(), status)
}

/// POST /campaign/{id}/ledger/sheet/confirm: records the rows shown, if they are still those.
pub async fn confirm(
    State(studio): State<Shared>,
    Path(id): Path<String>,
    headers: HeaderMap,
    access: guard::Access,
    Form(posted): Form<Vec<(String, String)>>,
) -> Response {
    let w = access.words(&headers, studio.lang);
    if !access.token_matches(&posted) {
        return guard::forbidden();
    }
    if !home::is_campaign(&studio, &id) {
        return not_found(&w);
    }
    let field = |name: &str| posted.iter().find(|(key, _)| key == name).map_or("", |(_, value)| value.as_str());
    let Some(upload) = uploads::kept(&studio.uploads, field("upload"), &id) else {
        return refused_upload(&id, &w, &crate::msg!("studio-upload-expired"));
    };
    // The rows are read again from the same bytes and must be the rows the person saw: a
    // day passing (a date no longer in the future) or the stock changing shows the sheet again.
    let checked = check(&studio, &upload).await;
    let shown = checked.preview.as_ref().map(rows_hash).unwrap_or_default();
    if !checked.can_record() || shown != field("rows") {
        let mut checked = checked;
        if shown != field("rows") && checked.can_record() {
            checked.preview = checked.preview.map(|p| SheetPreview { in_stock_after: None, ..p });
            let changed = crate::diag::Diagnostic::file_error(
                std::path::Path::new(&upload.name),
                crate::msg!("studio-sheet-changed"),
            );
            checked.diagnostics.push(changed);
        }
        return render(&id, &w, &upload.name, &checked, String::new(), StatusCode::CONFLICT);
    }
    let lang = w.lang;
    let for_record = (studio.clone(), upload.clone());
    let recorded = tokio::task::spawn_blocking(move || {
        let (studio, upload) = for_record;
        record(&studio.root, &upload)
    })
    .await
    .unwrap_or_else(|_| Err(vec![]));
    match recorded {
        Ok(()) => {
            uploads::forget(&studio.uploads, field("upload"));
            let response = (StatusCode::SEE_OTHER, [(header::LOCATION, format!("/campaign/{id}/ledger?done=sheet"))]);
            let ledger =
                std::path::Path::new(crate::project::BOOKLETS_DIR).join(&id).join(crate::ledger::file::LEDGER_FILE);
            changes::written(response.into_response(), vec![ledger])
        }
        Err(problems) => {
            let problems = problems.iter().map(|d| problem(d, lang)).collect();
            let page = page_of(&id, &w, &upload.name, None, problems, String::new());
            (StatusCode::UNPROCESSABLE_ENTITY, Html(page.render().unwrap_or_default())).into_response()
        }
    }
}

/// The fingerprint of the rows as they would be recorded.
fn rows_hash(preview: &SheetPreview) -> String {
    save::hash(format!("{:?}", preview.rows).as_bytes())
}

/// The library's preview of the uploaded sheet.
async fn check(studio: &Shared, upload: &Upload) -> Checked {
    let for_check = (studio.clone(), upload.clone());
    tokio::task::spawn_blocking(move || {
        let (studio, upload) = for_check;
        let opened = commands::open(&studio.root);
        let Some(project) = opened.value else { return Checked { preview: None, diagnostics: opened.diagnostics } };
        let copy = match TempCopy::of(&upload) {
            Ok(copy) => copy,
            Err(error) => {
                let mut diagnostics = Diagnostics::new();
                let message = crate::msg!("file-cannot-read", reason = crate::fsutil::io_problem(&error));
                diagnostics.push(crate::diag::Diagnostic::file_error(std::path::Path::new(&upload.name), message));
                return Checked { preview: None, diagnostics };
            }
        };
        let outcome = commands::preview_hand_out_sheet(&project, &sheet_of(&upload, &copy));
        Checked { preview: outcome.value, diagnostics: outcome.diagnostics }
    })
    .await
    .unwrap_or_else(|_| Checked { preview: None, diagnostics: Diagnostics::new() })
}

fn sheet_of(upload: &Upload, copy: &TempCopy) -> NewHandOutSheet {
    NewHandOutSheet { campaign: upload.campaign.clone(), file: copy.path.clone(), shown: PathBuf::from(&upload.name) }
}

/// Records the sheet as `hand-out --from-file` does; its errors when nothing was recorded.
fn record(root: &std::path::Path, upload: &Upload) -> Result<(), Vec<crate::diag::Diagnostic>> {
    let opened = commands::open(root);
    let Some(project) = opened.value else { return Err(opened.diagnostics.into_vec()) };
    let copy = TempCopy::of(upload).map_err(|error| {
        let message = crate::msg!("file-cannot-read", reason = crate::fsutil::io_problem(&error));
        vec![crate::diag::Diagnostic::file_error(std::path::Path::new(&upload.name), message)]
    })?;
    let outcome = commands::hand_out_sheet(&project, &sheet_of(upload, &copy));
    if outcome.succeeded() {
        Ok(())
    } else {
        Err(outcome.diagnostics.into_vec().into_iter().filter(save::is_error).collect())
    }
}

fn render(id: &str, w: &Words, name: &str, checked: &Checked, upload: String, status: StatusCode) -> Response {
    let problems = checked.diagnostics.iter().map(|d| problem(d, w.lang)).collect();
    let page = page_of(id, w, name, checked.preview.as_ref(), problems, upload);
    (status, Html(page.render().unwrap_or_default())).into_response()
}

fn page_of<'a>(
    id: &'a str,
    w: &'a Words,
    name: &str,
    preview: Option<&SheetPreview>,
    problems: Vec<Problem>,
    upload: String,
) -> SheetPage<'a> {
    let lang = w.lang;
    let rows = preview.map(|p| p.rows.iter().map(|row| view(row, lang)).collect()).unwrap_or_default();
    let copies = preview.map(|p| p.rows.iter().map(|row| row.hand_out.copies).sum::<u64>()).unwrap_or_default();
    let rows_hash = if upload.is_empty() { String::new() } else { preview.map(rows_hash).unwrap_or_default() };
    SheetPage {
        w,
        token: w.token(),
        back: format!("/campaign/{id}/ledger"),
        id,
        screen: "ledger",
        name: name.to_string(),
        upload,
        rows_hash,
        rows,
        copies: numbers::integer(copies, lang),
        in_stock_now: preview.map(|p| numbers::integer(p.in_stock_now, lang)).unwrap_or_default(),
        in_stock_after: preview.and_then(|p| p.in_stock_after).map(|n| numbers::integer(n, lang)).unwrap_or_default(),
        problems,
    }
}

fn view(row: &crate::ledger::sheet::SheetRow, lang: Lang) -> RowView {
    RowView {
        row: row.row,
        date: row.hand_out.date.short(lang),
        place: row.hand_out.place.clone(),
        copies: numbers::integer(row.hand_out.copies, lang),
        by: row.hand_out.by.clone().unwrap_or_default(),
    }
}

/// A file that could not be taken: the page says why, with the form to send another.
fn refused_upload(id: &str, w: &Words, message: &Message) -> Response {
    let problem = Problem {
        error: true,
        text: message.render_for(w.lang, Reader::Studio),
        hint: String::new(),
        place: String::new(),
    };
    let page = page_of(id, w, "", None, vec![problem], String::new());
    (StatusCode::UNPROCESSABLE_ENTITY, Html(page.render().unwrap_or_default())).into_response()
}
