//! The booklet's pages beside the editor: rebuilt with `watch`'s cached rebuild after each
//! save, kept per campaign, served as PNG.

use std::sync::Arc;

use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};

use crate::diag::Diagnostics;
use crate::studio::home;
use crate::studio::state::{Shared, Studio};
use crate::watch;

/// Rebuilds the pages of campaign `id`; returns how many there are and their version.
pub fn refresh(studio: &Studio, id: &str) -> (usize, u64) {
    refresh_checked(studio, id, &mut Diagnostics::new())
}

/// `refresh`, keeping what the build found (as `kitapsha check` words it: the resolution of the
/// pictures at their printed size among it).
pub fn refresh_checked(studio: &Studio, id: &str, diagnostics: &mut Diagnostics) -> (usize, u64) {
    let booklet = watch::build_once(&studio.root, id, diagnostics);
    let mut previews = studio.previews.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
    let preview = previews.entry(id.to_string()).or_default();
    if let Some(booklet) = booklet {
        preview.pages = preview.rendered.pages(&booklet);
        preview.version += 1;
    }
    // Keep what the last few builds used, as `watch` does.
    typst::comemo::evict(10);
    (preview.pages.len(), preview.version)
}

/// The pages shown now, rendering them on first use.
pub fn current(studio: &Studio, id: &str) -> (usize, u64) {
    let known = {
        let previews = studio.previews.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
        previews.get(id).map(|p| (p.pages.len(), p.version))
    };
    known.unwrap_or_else(|| refresh(studio, id))
}

/// GET /campaign/{id}/page/{n}.png
pub async fn image(State(studio): State<Shared>, Path((id, file)): Path<(String, String)>) -> Response {
    if !home::is_campaign(&studio, &id) {
        return StatusCode::NOT_FOUND.into_response();
    }
    let previews = studio.previews.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
    let png = watch::server::page_number(&file)
        .and_then(|n| n.checked_sub(1))
        .and_then(|i| previews.get(&id)?.pages.get(i).map(Arc::clone));
    match png {
        Some(png) => watch::server::png_response(png.as_ref().clone()),
        None => StatusCode::NOT_FOUND.into_response(),
    }
}
