//! A new survey question from the survey page: its id and its words in each language, added
//! to `survey.toml` as an `[[indicator]]` without answers. The exports then come through the
//! page's other form. What the library says of the new question (an id that is not short, a
//! question without its Russian words) refuses it, with the file as it was.

use std::path::Path as FilePath;

use axum::Form;
use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{IntoResponse, Response};

use crate::diag::Diagnostic;
use crate::fsutil;
use crate::msg;
use crate::project::BOOKLETS_DIR;
use crate::studio::editor::{not_found, problem};
use crate::studio::state::Shared;
use crate::studio::survey::{Refusals, render_page, restore, stats_of};
use crate::studio::survey_file::{self, NewQuestion};
use crate::studio::{changes, guard, home, save};
use crate::survey::load::SURVEY_FILE;

/// POST /campaign/{id}/survey/question
pub async fn add(
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
    let typed: Vec<(String, String)> = posted.into_iter().filter(|(key, _)| key != "csrf").collect();
    let for_add = (studio.clone(), id.clone(), typed.clone());
    let added = tokio::task::spawn_blocking(move || {
        let (studio, id, typed) = for_add;
        add_question(&studio.root, &id, &typed)
    })
    .await
    .unwrap_or_else(|_| Err(Vec::new()));
    match added {
        Ok((question, file)) => {
            let location = format!("/campaign/{id}/survey?added={question}#upload");
            changes::written((StatusCode::SEE_OTHER, [(header::LOCATION, location)]).into_response(), vec![file])
        }
        Err(problems) => {
            let refusals =
                Refusals { upload: Vec::new(), question: problems.iter().map(|d| problem(d, w.lang)).collect() };
            render_page(&studio, &id, &w, String::new(), refusals, typed, StatusCode::UNPROCESSABLE_ENTITY).await
        }
    }
}

/// Adds the question to `survey.toml` (made when the campaign has none); its id and the file
/// written, relative to the project, or what refused it with nothing changed.
fn add_question(
    root: &FilePath,
    id: &str,
    typed: &[(String, String)],
) -> Result<(String, std::path::PathBuf), Vec<Diagnostic>> {
    let field = |name: &str| typed.iter().find(|(key, _)| key == name).map_or("", |(_, value)| value.trim());
    let opened = crate::commands::open(root);
    let Some(project) = opened.value else { return Err(opened.diagnostics.into_vec()) };
    let folder = project.campaign_dir(id).map_err(|d| vec![d])?;
    let shown = folder.shown.join(SURVEY_FILE);
    let refuse = |message| vec![Diagnostic::file_error(&shown, message)];
    let question = field("question-id");
    if question.is_empty() {
        return Err(refuse(msg!("studio-survey-question-no-id")));
    }
    let path = folder.real.join(SURVEY_FILE);
    let before = std::fs::read(&path).ok();
    let text = before.as_deref().map(String::from_utf8_lossy).unwrap_or_default();
    if survey_file::indicator_ids(&text).iter().any(|existing| existing == question) {
        return Err(refuse(msg!("studio-survey-question-exists", indicator = question)));
    }
    let new = NewQuestion {
        id: question,
        question: ["kk", "ru", "en"].map(|lang| (lang, field(&format!("question.{lang}")))),
        measure: ["kk", "ru", "en"].map(|lang| (lang, field(&format!("measure.{lang}")))),
    };
    let new_text = survey_file::with_question(&text, &new).map_err(refuse)?;
    let errors_before = stats_of(&project, id).diagnostics.iter().filter(|d| save::is_error(d)).count();
    fsutil::write_atomically(&path, new_text.as_bytes())
        .map_err(|error| refuse(msg!("studio-survey-cannot-write", reason = fsutil::io_problem(&error))))?;
    let checked = stats_of(&project, id);
    let errors: Vec<Diagnostic> = checked.diagnostics.into_vec().into_iter().filter(save::is_error).collect();
    if errors.len() > errors_before {
        // The library refuses the question as it would refuse it typed by hand: put the file back.
        restore(&path, before.as_deref());
        return Err(errors);
    }
    Ok((question.to_string(), FilePath::new(BOOKLETS_DIR).join(id).join(SURVEY_FILE)))
}
