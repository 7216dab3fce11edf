//! Pictures sent from the editor (file picker or drag and drop) for the cover and the sections.
//!
//! A picture is sent with the whole form and saved with it, as one save: the picture goes into
//! the campaign's `images/` and its path into the field, and the texts typed meanwhile are saved
//! too. A person who drops a picture expects to see it in the pages at once, with the check of
//! its sharpness, not a field that waits for another click, and never to lose what they typed.
//! The save is the editor's own (toml_edit, atomic, refused when the file changed on disk);
//! a refused save leaves no picture behind.

use std::path::{Path, PathBuf};

use axum::extract::{Multipart, Path as UrlPath, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::Response;

use crate::campaign::CAMPAIGN_FILE;
use crate::diag::{Diagnostic, Diagnostics};
use crate::fsutil::{self, io_problem};
use crate::msg;
use crate::press::preflight;
use crate::studio::editor::{self, View};
use crate::studio::form::{self, Posted};
use crate::studio::save::{self, Placed, Saved};
use crate::studio::state::Shared;
use crate::studio::upload::{self, Sent};
use crate::studio::{changes, guard, home, pages};

/// The campaign folder's folder for pictures.
const IMAGES: &str = "images";

/// A sent picture, checked: the field it is for, and the name and bytes it is stored with.
struct Picture {
    field: String,
    name: String,
    bytes: Vec<u8>,
}

/// POST /campaign/{id}/picture: the editor's form with one or more pictures.
pub async fn upload(
    State(studio): State<Shared>,
    UrlPath(id): UrlPath<String>,
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
    if !home::is_campaign(&studio, &id) {
        return editor::not_found(&w);
    }
    let hash = form::field(&received.fields, "hash").unwrap_or("").to_string();
    let original = form::field(&received.fields, "original").unwrap_or("").replace("\r\n", "\n");
    let fields: Posted = received.fields.into_iter().filter(|(key, _)| key != "csrf").collect();

    // Every picture is checked before anything is written.
    let (pictures, refused) = check(&id, &fields, received.files);
    if !refused.at.is_empty() || !refused.other.is_empty() {
        let view = View { fields, placed: refused, notice: "invalid", changes: Vec::new(), hash, original };
        return editor::render(&studio, &id, &w, view, StatusCode::UNPROCESSABLE_ENTITY).await;
    }
    // A refused save shows the form as it was sent: the pictures' paths are set only in the
    // copy that is saved, since a refused picture is not kept.
    let for_save = (studio.clone(), id.clone(), fields.clone(), hash.clone(), original.clone());
    let saved = tokio::task::spawn_blocking(move || {
        let (studio, id, fields, hash, original) = for_save;
        let saved = save_with(&studio.root, &id, &fields, &pictures, &hash, &original)?;
        Some(saved.map(|(_, written)| {
            // The build's own checks, the pictures' resolution at their printed size among them.
            let mut found = Diagnostics::new();
            pages::refresh_checked(&studio, &id, &mut found);
            let text = std::fs::read_to_string(studio.root.join(editor::campaign_file(&id))).unwrap_or_default();
            (save::place(&text, found.into_vec().into_iter()), written, text)
        }))
    })
    .await
    .ok()
    .flatten();
    let (view, status) = match saved {
        Some(Ok((placed, written, text))) => {
            let fields = text.parse().map(|doc| form::read(&doc)).unwrap_or_default();
            let view = View {
                fields,
                placed,
                notice: "saved",
                changes: Vec::new(),
                hash: save::hash(text.as_bytes()),
                original: text,
            };
            let response = editor::render(&studio, &id, &w, view, StatusCode::OK).await;
            return changes::written(response, written);
        }
        Some(Err(Saved::Conflict(changes))) => (
            View { fields, placed: Placed::default(), notice: "conflict", changes, hash, original },
            StatusCode::CONFLICT,
        ),
        Some(Err(Saved::Invalid(placed) | Saved::Written(placed))) => (
            View { fields, placed, notice: "invalid", changes: Vec::new(), hash, original },
            StatusCode::UNPROCESSABLE_ENTITY,
        ),
        None => return editor::not_found(&w),
    };
    editor::render(&studio, &id, &w, view, status).await
}

/// The sent pictures that the booklet can use, each for an image field of the form; the others
/// refused at their field.
fn check(id: &str, fields: &Posted, files: Vec<Sent>) -> (Vec<Picture>, Placed) {
    let mut refused = Placed::default();
    let mut pictures = Vec::new();
    let images = Path::new(crate::project::BOOKLETS_DIR).join(id).join(IMAGES);
    for file in files {
        let Some(field) = file.field.strip_suffix(".upload").filter(|f| is_picture_field(fields, f)) else {
            continue;
        };
        let shown = upload::shown_name(&file.name);
        match preflight::picture_kind(&file.bytes, &shown) {
            Ok(extension) => pictures.push(Picture {
                field: field.to_string(),
                name: format!("{}.{extension}", upload::safe_stem(&file.name, "picture")),
                bytes: file.bytes,
            }),
            Err((message, hint)) => refused
                .at
                .entry(field.to_string())
                .or_default()
                .push(Diagnostic::file_error(images.join(&shown), message).with_hint(hint)),
        }
    }
    if pictures.is_empty() && refused.at.is_empty() {
        refused.other.push(Diagnostic::file_error(&images, msg!("studio-picture-none")));
    }
    (pictures, refused)
}

/// `cover.image`, or `section.N.image` of a section the form holds.
fn is_picture_field(fields: &Posted, name: &str) -> bool {
    name == "cover.image"
        || name
            .strip_prefix("section.")
            .and_then(|rest| rest.strip_suffix(".image"))
            .is_some_and(|n| n.parse::<usize>().is_ok() && form::field(fields, &format!("section.{n}.from")).is_some())
}

/// Writes the pictures into `images/` under free names and saves the form with their paths.
/// Returns the files written, relative to the project; a save that is refused takes the new
/// pictures away again.
fn save_with(
    root: &Path,
    id: &str,
    fields: &Posted,
    pictures: &[Picture],
    hash: &str,
    original: &str,
) -> Option<Result<(Placed, Vec<PathBuf>), Saved>> {
    let project = crate::commands::open(root).value?;
    let folder = project.campaign_dir(id).ok()?;
    // A changed file is refused before a picture is written, as the save would refuse it.
    let on_disk = folder.read_text(CAMPAIGN_FILE).ok()?;
    if save::hash(on_disk.as_bytes()) != hash {
        return match save::save(&project, id, fields, hash, original) {
            Ok(Saved::Conflict(changes)) => Some(Err(Saved::Conflict(changes))),
            _ => None,
        };
    }
    let images = folder.real.join(IMAGES);
    let shown = Path::new(crate::project::BOOKLETS_DIR).join(id);
    // An `images` that is a link to elsewhere would take the pictures out of the campaign.
    if images.canonicalize().is_ok_and(|real| !real.starts_with(&folder.real)) {
        let problem = Diagnostic::file_error(shown.join(IMAGES), msg!("file-outside-campaign"))
            .with_hint(msg!("file-outside-campaign-hint"));
        return Some(Err(Saved::Invalid(Placed { other: vec![problem], ..Placed::default() })));
    }
    let mut fields = fields.clone();
    let mut new_files = Vec::new();
    let mut written = Vec::new();
    let take_back = |files: &[PathBuf]| files.iter().for_each(|file| drop(std::fs::remove_file(file)));
    for picture in pictures {
        let stem = picture.name.rsplit_once('.').map_or("picture", |(stem, _)| stem);
        let extension = picture.name.rsplit_once('.').map_or("png", |(_, extension)| extension);
        let name = upload::free_name(&images, stem, extension, &picture.bytes);
        let target = images.join(&name);
        if !target.exists() {
            if let Err(error) = fsutil::write_atomically(&target, &picture.bytes) {
                take_back(&new_files);
                let problem = Diagnostic::file_error(
                    shown.join(IMAGES).join(&name),
                    msg!("studio-cannot-write", reason = io_problem(&error)),
                );
                return Some(Err(Saved::Invalid(Placed { other: vec![problem], ..Placed::default() })));
            }
            new_files.push(target);
            written.push(shown.join(IMAGES).join(&name));
        }
        form::set_field(&mut fields, &picture.field, &format!("{IMAGES}/{name}"));
    }
    match save::save(&project, id, &fields, hash, original) {
        Ok(Saved::Written(placed)) => {
            written.push(editor::campaign_file(id));
            Some(Ok((placed, written)))
        }
        Ok(refused) => {
            take_back(&new_files);
            Some(Err(refused))
        }
        Err(diagnostic) => {
            take_back(&new_files);
            Some(Err(Saved::Invalid(Placed { other: vec![diagnostic], ..Placed::default() })))
        }
    }
}
