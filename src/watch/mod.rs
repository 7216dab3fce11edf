//! `kitapsha watch`: rebuilds one campaign on every save, in one long-lived process so that
//! Typst's caches stay warm, and serves a preview page on 127.0.0.1 that shows the pages and
//! reloads itself after each build. Errors appear on the page as in the terminal.

pub mod server;

use server::{Preview, Shared};

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant, SystemTime};

use crate::diag::{Diagnostic, Diagnostics};
use crate::fsutil::io_problem;
use crate::lang::Lang;
use crate::msg;
use crate::typeset::booklet::TypesetBooklet;
use crate::typeset::raster;
use crate::{build, commands, parallel, project, timing};

/// How often the campaign folder is looked at.
const POLL: Duration = Duration::from_millis(100);
/// How long the files must stay unchanged before a build starts.
const SETTLE: Duration = Duration::from_millis(50);
/// Preview pages are rendered at about 108 dpi.
const PIXELS_PER_POINT: f64 = 1.5;

/// Watches the campaign `id` (or the first campaign) under `root` and serves the preview on
/// `port` (0: any free port). Runs until the process is stopped.
pub fn run(root: &Path, id: Option<String>, port: u16, lang: Lang, diagnostics: &mut Diagnostics) -> Option<String> {
    let project = project::load(root, diagnostics)?;
    let id = match id {
        Some(id) => project.select_campaigns(&[id]).map_err(|d| diagnostics.push(d)).ok()?.remove(0),
        None => project.campaign_ids().into_iter().next().or_else(|| {
            diagnostics.push(
                Diagnostic::file_error(project::BOOKLETS_DIR, msg!("watch-no-campaign"))
                    .with_hint(msg!("watch-no-campaign-hint")),
            );
            None
        })?,
    };
    let shared: Shared = Arc::new(Mutex::new(Preview { campaign: id.clone(), ..Preview::default() }));
    let address = match server::start(port, server::preview_router(shared.clone())) {
        Ok(address) => address,
        Err(error) => {
            diagnostics.push(Diagnostic::file_error(
                root,
                msg!("watch-cannot-serve", port = port.to_string(), reason = io_problem(&error)),
            ));
            return None;
        }
    };
    say(&msg!("watch-serving", campaign = &id, address = format!("http://{address}/")).render(lang));
    let folder = project.booklets_dir().join(&id);
    let mut rendered = RenderedPages::default();
    let mut last_state = None;
    loop {
        let watched = [root.join(project::PROJECT_FILE), folder.clone()];
        let state = folder_state(&watched);
        if last_state.as_ref() != Some(&state) {
            // An editor may save in steps (empty the file, then write it): build once the files
            // have stayed as they are for a moment, not from a file caught half-written.
            std::thread::sleep(SETTLE);
            if folder_state(&watched) != state {
                continue;
            }
            last_state = Some(state);
            rebuild(root, &id, &mut rendered, &shared, lang);
        }
        std::thread::sleep(POLL);
    }
}

/// One build: load, check, typeset, render the pages that changed, publish.
fn rebuild(root: &Path, id: &str, rendered: &mut RenderedPages, shared: &Shared, lang: Lang) {
    let start = Instant::now();
    let mut diagnostics = Diagnostics::new();
    let booklet = build_once(root, id, &mut diagnostics);
    let pages = booklet.as_ref().map(|b| rendered.pages(b));
    let elapsed = start.elapsed();
    // Keep what the last few builds used, as the Typst CLI's watch does: an afternoon of edits
    // must not fill the memory.
    typst::comemo::evict(10);
    let errors: Vec<String> = diagnostics.iter().map(|d| d.render(lang)).collect();
    for error in &errors {
        eprint!("{error}");
    }
    let mut preview = shared.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
    preview.version += 1;
    if let Some(pages) = pages {
        preview.pages = pages;
    }
    preview.errors = errors;
    let built = msg!(
        "watch-built",
        build = preview.version,
        pages = preview.pages.len(),
        ms = elapsed.as_millis() as u64,
        problems = preview.errors.len()
    );
    say(&built.render(lang));
}

/// A line for the terminal; a closed terminal must not stop the preview.
pub fn say(line: &str) {
    use std::io::Write;
    let mut out = std::io::stdout();
    let _ = writeln!(out, "{line}");
    let _ = out.flush();
}

/// Loads, checks and typesets the campaign `id` of the project in `root`, as a save does.
pub fn build_once(root: &Path, id: &str, diagnostics: &mut Diagnostics) -> Option<TypesetBooklet> {
    let project = project::load(root, diagnostics)?;
    let folders = commands::campaign_folders(&project, &[id.to_string()], diagnostics);
    let campaign = commands::load_campaigns(&folders, diagnostics).pop()?;
    build::typeset(&project, &campaign, diagnostics)
}

/// Page images by the hash of the page: an edit re-renders only the pages it changed.
#[derive(Default)]
pub struct RenderedPages {
    by_hash: HashMap<u128, Arc<Vec<u8>>>,
}

impl RenderedPages {
    /// The booklet's pages as PNG images; the pages an edit changed are rendered on all cores.
    pub fn pages(&mut self, booklet: &TypesetBooklet) -> Vec<Arc<Vec<u8>>> {
        let pages = booklet.document.pages();
        let hashes: Vec<u128> = timing::phase("hash the pages", || pages.iter().map(typst::utils::hash128).collect());
        let mut missing: Vec<(u128, &typst_layout::Page)> = Vec::new();
        for (&hash, page) in hashes.iter().zip(pages) {
            // The notes pages are all alike: rendered once.
            if !self.by_hash.contains_key(&hash) && !missing.iter().any(|(seen, _)| *seen == hash) {
                missing.push((hash, page));
            }
        }
        let rendered = timing::phase(&format!("render the {} changed pages", missing.len()), || {
            parallel::map(&missing, |(_, page)| Arc::new(raster::render(page, PIXELS_PER_POINT).png()))
        });
        self.by_hash.extend(missing.iter().map(|(hash, _)| *hash).zip(rendered));
        let pages: Vec<Arc<Vec<u8>>> = hashes.iter().map(|hash| self.by_hash[hash].clone()).collect();
        // Forget pages no longer shown.
        self.by_hash.retain(|hash, _| hashes.contains(hash));
        pages
    }
}

/// Every file under the given paths with its size and modification time: a change in any
/// of them is a save.
fn folder_state(paths: &[PathBuf]) -> Vec<(PathBuf, u64, Option<SystemTime>)> {
    let mut state = Vec::new();
    let mut pending: Vec<PathBuf> = paths.to_vec();
    while let Some(path) = pending.pop() {
        let Ok(metadata) = std::fs::metadata(&path) else { continue };
        if metadata.is_dir() {
            if let Ok(entries) = std::fs::read_dir(&path) {
                pending.extend(entries.filter_map(Result::ok).map(|e| e.path()).filter(|p| !is_ledger_scratch(p)));
            }
        } else {
            state.push((path, metadata.len(), metadata.modified().ok()));
        }
    }
    state.sort();
    state
}

/// The ledger's lock and temporary files change while a hand-out is recorded; they are not
/// content.
fn is_ledger_scratch(path: &Path) -> bool {
    path.file_name().and_then(|n| n.to_str()).is_some_and(|n| n.starts_with(".print-runs.toml"))
}
