//! New campaigns from the home page: an empty one as `kitapsha new` makes it, or one imported
//! from Word documents as `kitapsha import` makes it. The commands do the work and word the
//! refusals; the page shows them at the form.

use std::path::{Path, PathBuf};

use axum::Form;
use axum::extract::{Multipart, State};
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{IntoResponse, Response};

use crate::campaign::CAMPAIGN_FILE;
use crate::commands::{self, ImportOptions, WordDocument};
use crate::diag::Diagnostic;
use crate::lang::Lang;
use crate::messages::Reader;
use crate::msg;
use crate::studio::editor::{self, View};
use crate::studio::form::{self, LANGS};
use crate::studio::home::{self, Creating, Refusal};
use crate::studio::state::Shared;
use crate::studio::words::Words;
use crate::studio::{changes, guard, save, tokens, upload};

/// POST /new: an empty campaign, then its editor.
pub async fn new(
    State(studio): State<Shared>,
    headers: HeaderMap,
    access: guard::Access,
    Form(fields): Form<Vec<(String, String)>>,
) -> Response {
    let w = access.words(&headers, studio.lang);
    if !access.token_matches(&fields) {
        return guard::forbidden();
    }
    let id = form::field(&fields, "id").unwrap_or("").trim().to_string();
    let (root, for_new, lang) = (studio.root.clone(), id.clone(), w.lang);
    let made = tokio::task::spawn_blocking(move || commands::new_campaign(&root, &for_new, lang)).await;
    let Ok(made) = made else { return refused(&studio, &w, "new", id, Vec::new()).await };
    if made.value.is_none() {
        return refused(&studio, &w, "new", id, made.diagnostics.into_vec()).await;
    }
    let response = (StatusCode::SEE_OTHER, [(header::LOCATION, format!("/campaign/{id}"))]).into_response();
    changes::written(response, files_of(&studio.root, &id))
}

/// POST /new/import: a campaign from one Word document per language, then its editor with what
/// the import found to check.
pub async fn import(
    State(studio): State<Shared>,
    headers: HeaderMap,
    access: guard::Access,
    multipart: Multipart,
) -> Response {
    let w = access.words(&headers, studio.lang);
    let received = match upload::receive(multipart).await {
        Ok(received) => received,
        Err(refused) => return refused,
    };
    if !access.token_matches(&received.fields) {
        return guard::forbidden();
    }
    let id = form::field(&received.fields, "id").unwrap_or("").trim().to_string();
    let documents: Vec<(Lang, upload::Sent)> = received
        .files
        .into_iter()
        .filter_map(|file| Some((LANGS.into_iter().find(|lang| lang.code() == file.field)?, file)))
        .collect();
    if documents.is_empty() {
        let refusal = Diagnostic::file_error(Path::new(""), msg!("studio-import-no-files"));
        return refused(&studio, &w, "import", id, vec![refusal]).await;
    }
    let (root, for_import, lang) = (studio.root.clone(), id.clone(), w.lang);
    let imported = tokio::task::spawn_blocking(move || import_documents(&root, &for_import, documents, lang)).await;
    let Ok(Some(imported)) = imported else { return refused(&studio, &w, "import", id, Vec::new()).await };
    if imported.value.is_none() {
        return refused(&studio, &w, "import", id, imported.diagnostics.into_vec()).await;
    }
    // The editor of the new campaign, with the import's warnings at their fields.
    let text = std::fs::read_to_string(studio.root.join(editor::campaign_file(&id))).unwrap_or_default();
    let view = View {
        fields: text.parse().map(|doc| form::read(&doc)).unwrap_or_default(),
        placed: save::place(&text, imported.diagnostics.into_vec().into_iter()),
        notice: "imported",
        changes: Vec::new(),
        hash: save::hash(text.as_bytes()),
        original: text,
    };
    let response = editor::render(&studio, &id, &w, view, StatusCode::OK).await;
    changes::written(response, files_of(&studio.root, &id))
}

/// The documents written into a folder of their own outside the project, imported from there,
/// and the folder removed: `kitapsha import` reads files, and a refused import leaves none.
fn import_documents(
    root: &Path,
    id: &str,
    documents: Vec<(Lang, upload::Sent)>,
    lang: Lang,
) -> Option<commands::Outcome<commands::Imported>> {
    let project = commands::open(root).value?;
    let folder = std::env::temp_dir().join(format!("kitapsha-import-{}", tokens::new_token().ok()?));
    let mut words = Vec::new();
    for (document_lang, sent) in documents {
        let path = folder.join(format!("{}.docx", document_lang.code()));
        if crate::fsutil::write_atomically(&path, &sent.bytes).is_err() {
            let _ = std::fs::remove_dir_all(&folder);
            return None;
        }
        words.push(WordDocument { lang: document_lang, path, shown: PathBuf::from(upload::shown_name(&sent.name)) });
    }
    let imported = commands::import(&project, &ImportOptions { id: id.to_string(), documents: words }, lang);
    let _ = std::fs::remove_dir_all(&folder);
    Some(imported)
}

/// The home page again, the form that was sent showing why nothing was made.
async fn refused(studio: &Shared, w: &Words, form: &'static str, id: String, problems: Vec<Diagnostic>) -> Response {
    let refusals = problems
        .iter()
        .filter(|d| save::is_error(d))
        .map(|d| Refusal {
            text: d.message.render_for(w.lang, Reader::Studio),
            hint: d.hint.as_ref().map(|h| h.render_for(w.lang, Reader::Studio)).unwrap_or_default(),
            place: d.path.display().to_string(),
        })
        .collect();
    home::show(studio, w, Creating { form, id, refusals }, StatusCode::UNPROCESSABLE_ENTITY).await
}

/// Every file of campaign `id`, relative to the project: what a new campaign wrote.
fn files_of(root: &Path, id: &str) -> Vec<PathBuf> {
    let folder = Path::new(crate::project::BOOKLETS_DIR).join(id);
    let mut files = Vec::new();
    let mut folders = vec![folder];
    while let Some(dir) = folders.pop() {
        let Ok(entries) = std::fs::read_dir(root.join(&dir)) else { continue };
        for entry in entries.flatten() {
            let relative = dir.join(entry.file_name());
            if entry.file_type().is_ok_and(|t| t.is_dir()) {
                folders.push(relative);
            } else {
                files.push(relative);
            }
        }
    }
    files.sort();
    // The campaign's file last, as it is written last.
    files.sort_by_key(|file| file.ends_with(CAMPAIGN_FILE));
    files
}
