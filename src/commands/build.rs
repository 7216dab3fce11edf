//! `kitapsha build`: every campaign's three PDFs into `out/<id>/`, and the donor reports.

use std::path::{Path, PathBuf};

use crate::build::booklet_pdfs;
use crate::campaign::Campaign;
use crate::commands::outcome::Outcome;
use crate::commands::select::{campaign_folders, load_campaigns, programme};
use crate::diag::{Diagnostic, Diagnostics, display_path};
use crate::fsutil::io_problem;
use crate::msg;
use crate::project::Project;
use crate::scope::Scope;
use crate::typeset::compile::Sources;
use crate::{fsutil, parallel, report};

/// What to build. Paths are absolute; `None` takes the default.
#[derive(Debug, Clone, Default)]
pub struct BuildOptions {
    /// Campaign ids; all campaigns when empty.
    pub campaigns: Vec<String>,
    /// Where the PDFs go; `out/` in the project by default.
    pub out: Option<PathBuf>,
    /// Also the donor reports, in all three languages.
    pub reports: bool,
    /// Also a self-contained Typst project per PDF, into this folder.
    pub emit_typst: Option<PathBuf>,
}

/// What a build wrote.
#[derive(Debug, Clone, Default)]
pub struct Built {
    /// Every file and folder written, in order.
    pub written: Vec<PathBuf>,
}

/// How many campaigns later an unused cached Typst result is dropped: memory stays flat with
/// the number of campaigns (bench/compare.py --synthetic), and neighbours still share layouts.
const CACHE_GENERATIONS: usize = 12;

pub fn build(project: &Project, options: &BuildOptions) -> Outcome<Built> {
    Outcome::of(|diagnostics| {
        let out = options.out.clone().unwrap_or_else(|| project.out_dir());
        let emit = options.emit_typst.as_deref();
        let folders = campaign_folders(project, &options.campaigns, diagnostics);
        let campaigns = load_campaigns(&folders, diagnostics);
        let results = parallel::map_reporting(&campaigns, diagnostics, |campaign, found| {
            let written = build_one(project, campaign, &out, emit, options.reports, found);
            // Typst's cache would otherwise keep every campaign's layout to the end of the run.
            // What the campaigns share (fonts, the templates) is hit again and again and stays.
            typst::comemo::evict(CACHE_GENERATIONS);
            written
        });
        let (written, covers): (Vec<Vec<PathBuf>>, Vec<Option<report::Covers>>) = results.into_iter().unzip();
        let mut written: Vec<PathBuf> = written.into_iter().flatten().collect();
        if options.reports && !diagnostics.has_errors() {
            // The report covers the whole programme, not only the campaigns named.
            let typeset = options.campaigns.is_empty().then_some((campaigns, covers));
            let programme = programme(project, typeset, &Scope::all(), diagnostics)?;
            written.extend(report::write_all(project, &programme, &out, emit, diagnostics));
        }
        Some(Built { written })
    })
}

/// One campaign's PDFs written (and its Typst sources, when asked for). Returns what was
/// written and, when the reports are wanted, its cover thumbnails: the booklet itself is
/// dropped once its PDFs are written, so that memory does not grow with the campaigns.
fn build_one(
    project: &Project,
    campaign: &Campaign,
    out: &Path,
    emit_typst: Option<&Path>,
    covers: bool,
    diagnostics: &mut Diagnostics,
) -> (Vec<PathBuf>, Option<report::Covers>) {
    let mut written = Vec::new();
    let Some(built) = booklet_pdfs(project, campaign, diagnostics) else { return (written, None) };
    let id = &campaign.id;
    if let Some(dir) = emit_typst {
        let mut emitted: Vec<(PathBuf, &Sources)> = vec![(dir.join(id), &built.booklet.sources)];
        emitted.extend(built.pdfs.sheets_sources.as_ref().map(|s| (dir.join(format!("{id}-sheets")), s)));
        for (folder, sources) in emitted {
            match sources.write_to(&folder) {
                Ok(()) => written.push(folder),
                Err(error) => diagnostics.push(Diagnostic::file_error(
                    display_path(&project.root, &folder),
                    msg!("typst-sources-cannot-write", reason = io_problem(&error)),
                )),
            }
        }
    }
    let pdfs = &built.pdfs;
    for (suffix, bytes) in [("", &pdfs.screen), ("-press", &pdfs.press), ("-sheets", &pdfs.sheets)] {
        let path = out.join(id).join(format!("{id}{suffix}.pdf"));
        match fsutil::write_atomically(&path, bytes) {
            Ok(()) => written.push(path),
            Err(error) => diagnostics.push(Diagnostic::file_error(
                display_path(&project.root, &path),
                msg!("output-cannot-write", reason = io_problem(&error)),
            )),
        }
    }
    let covers = covers.then(|| report::covers(campaign, &built.booklet));
    (written, covers)
}
