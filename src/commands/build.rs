//! `kitapsha build`: every campaign's three PDFs into `out/<id>/`, and the donor reports.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use crate::build::booklet_pdfs;
use crate::cache::{BuildCache, Key};
use crate::campaign::{self, Campaign};
use crate::commands::outcome::Outcome;
use crate::commands::select::{campaign_folders, load_campaigns, programme};
use crate::diag::{Diagnostic, Diagnostics, display_path};
use crate::fsutil::io_problem;
use crate::lang::Lang;
use crate::msg;
use crate::project::{CampaignFolder, Project};
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
    /// Make every output again, even those the cache finds up to date.
    pub force: bool,
}

/// What a build wrote.
#[derive(Debug, Clone, Default)]
pub struct Built {
    /// Every file and folder written, in order.
    pub written: Vec<PathBuf>,
    /// The outputs found up to date, made from the same files by an earlier build.
    pub unchanged: Vec<PathBuf>,
}

/// How many campaigns later an unused cached Typst result is dropped: memory stays flat with
/// the number of campaigns (bench/compare.py --synthetic), and neighbours still share layouts.
const CACHE_GENERATIONS: usize = 12;

pub fn build(project: &Project, options: &BuildOptions) -> Outcome<Built> {
    Outcome::of(|diagnostics| {
        let out = options.out.clone().unwrap_or_else(|| project.out_dir());
        let emit = options.emit_typst.as_deref();
        let folders = campaign_folders(project, &options.campaigns, diagnostics);
        // Typst sources come only from typesetting: asked for, everything is made.
        let cache = if emit.is_none() { BuildCache::open(project, &out) } else { None };
        let mut built = Built::default();
        let mut covers_kept: BTreeMap<String, report::Covers> = BTreeMap::new();
        let mut to_build: Vec<(CampaignFolder, Option<Key>)> = Vec::new();
        for folder in folders {
            let key = cache.as_ref().and_then(|cache| cache.campaign_key(&folder));
            let reused = match (&cache, &key) {
                (Some(cache), Some(key)) if !options.force => cache.reuse(&folder.id, key, options.reports),
                _ => None,
            };
            match reused {
                Some(reused) => {
                    diagnostics.extend(reused.warnings);
                    built.unchanged.extend(reused.written);
                    covers_kept.insert(folder.id.clone(), reused.covers.unwrap_or_default());
                }
                None => to_build.push((folder, key)),
            }
        }
        let results = parallel::map_reporting(&to_build, diagnostics, |(folder, key), found| {
            let campaign = campaign::load(&folder.id, &folder.folder, found)?;
            let (written, covers) = build_one(project, &campaign, &out, emit, options.reports, found);
            // Typst's cache would otherwise keep every campaign's layout to the end of the run.
            // What the campaigns share (fonts, the templates) is hit again and again and stays.
            typst::comemo::evict(CACHE_GENERATIONS);
            if let (Some(cache), Some(key)) = (&cache, key) {
                cache.store(&campaign.id, key, &written, covers.as_ref(), found);
            }
            Some((campaign, written, covers))
        });
        let mut campaigns = Vec::new();
        let mut written = Vec::new();
        let mut covers = BTreeMap::new();
        for (campaign, files, cover) in results.into_iter().flatten() {
            written.extend(files);
            covers.insert(campaign.id.clone(), cover);
            campaigns.push(campaign);
        }
        built.written = written;
        if options.reports && !diagnostics.has_errors() {
            let made = Made { campaigns, covers, kept: covers_kept };
            write_reports(project, options, &out, cache.as_ref(), made, &mut built, diagnostics)?;
        }
        Some(built)
    })
}

/// The campaigns built in this run, with their covers, and the covers of those found up to
/// date, for the reports.
struct Made {
    campaigns: Vec<Campaign>,
    covers: BTreeMap<String, Option<report::Covers>>,
    kept: BTreeMap<String, report::Covers>,
}

/// The donor reports, in all three languages, unless the cache has them from the same files.
/// The report covers the whole programme, not only the campaigns named; the covers of the
/// campaigns built or found up to date are used, and the others typeset.
fn write_reports(
    project: &Project,
    options: &BuildOptions,
    out: &Path,
    cache: Option<&BuildCache>,
    made: Made,
    result: &mut Built,
    diagnostics: &mut Diagnostics,
) -> Option<()> {
    let all = campaign_folders(project, &[], diagnostics);
    let key = cache.and_then(|cache| cache.reports_key(project, &all, &Lang::ALL));
    if let (Some(cache), Some(key), false) = (cache, &key, options.force)
        && let Some(reused) = cache.reuse("reports", key, false)
    {
        diagnostics.extend(reused.warnings);
        result.unchanged.extend(reused.written);
        return Some(());
    }
    let typeset = options.campaigns.is_empty().then(|| {
        // Campaigns found up to date are loaded (not typeset) for their texts.
        let kept: Vec<CampaignFolder> = all.iter().filter(|f| made.kept.contains_key(&f.id)).cloned().collect();
        let mut campaigns: BTreeMap<String, Campaign> =
            made.campaigns.into_iter().chain(load_campaigns(&kept, diagnostics)).map(|c| (c.id.clone(), c)).collect();
        let mut covers = made.covers;
        covers.extend(made.kept.into_iter().map(|(id, c)| (id, Some(c))));
        let ordered: Vec<Campaign> = all.iter().filter_map(|f| campaigns.remove(&f.id)).collect();
        let covers = ordered.iter().map(|c| covers.remove(&c.id).flatten()).collect();
        (ordered, covers)
    });
    let start = diagnostics.checkpoint();
    let programme = programme(project, typeset, &Scope::all(), diagnostics)?;
    let reports = parallel::map_reporting(&REPORT_LANGUAGES, diagnostics, |&lang, found| {
        write_report(project, &programme, lang, out, cache.filter(|_| !options.force), options, found)
    });
    let mut all_reports = Vec::new();
    for (path, made) in reports.into_iter().flatten() {
        all_reports.push(path.clone());
        if made { result.written.push(path) } else { result.unchanged.push(path) }
    }
    if let (Some(cache), Some(key)) = (cache, &key) {
        cache.store("reports", key, &all_reports, None, diagnostics.since(start));
    }
    Some(())
}

/// The languages of the donor reports a build writes, in the order it writes them.
const REPORT_LANGUAGES: [Lang; 3] = [Lang::En, Lang::Ru, Lang::Kk];

/// The report in `lang`, unless the cache has it from the same sources: a change to the files
/// that the report does not show (the inside pages of a booklet, say) leaves it as it is.
/// Returns its path and whether it was made now.
fn write_report(
    project: &Project,
    programme: &report::Programme,
    lang: Lang,
    out: &Path,
    cache: Option<&BuildCache>,
    options: &BuildOptions,
    diagnostics: &mut Diagnostics,
) -> Option<(PathBuf, bool)> {
    let sources = report::sources(project, programme, lang)?;
    let name = format!("report-{}", lang.code());
    let key = cache.map(|cache| cache.sources_key(&name, &sources));
    if let (Some(cache), Some(key)) = (cache, &key)
        && let Some(reused) = cache.reuse(&name, key, false)
    {
        diagnostics.extend(reused.warnings);
        return reused.written.into_iter().next().map(|path| (path, false));
    }
    let path = out.join(format!("{name}.pdf"));
    let written = report::write_sources(project, &sources, lang, &path, options.emit_typst.as_deref(), diagnostics)?;
    if let (Some(cache), Some(key)) = (cache, &key) {
        cache.store(&name, key, std::slice::from_ref(&written), None, diagnostics);
    }
    Some((written, true))
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
    // The standard booklet, then each edition under its own suffix: `<id>-large.pdf`.
    let booklets = std::iter::once(("", &built.booklet, &built.pdfs))
        .chain(built.editions.iter().map(|e| (e.edition.suffix(), &e.booklet, &e.pdfs)));
    for (edition, booklet, pdfs) in booklets {
        let name = format!("{id}{edition}");
        if let Some(dir) = emit_typst {
            let mut emitted: Vec<(PathBuf, &Sources)> = vec![(dir.join(&name), &booklet.sources)];
            emitted.extend(pdfs.sheets_sources.as_ref().map(|s| (dir.join(format!("{name}-sheets")), s)));
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
        for (suffix, bytes) in [("", &pdfs.screen), ("-press", &pdfs.press), ("-sheets", &pdfs.sheets)] {
            let path = out.join(id).join(format!("{name}{suffix}.pdf"));
            match fsutil::write_atomically(&path, bytes) {
                Ok(()) => written.push(path),
                Err(error) => diagnostics.push(Diagnostic::file_error(
                    display_path(&project.root, &path),
                    msg!("output-cannot-write", reason = io_problem(&error)),
                )),
            }
        }
    }
    let covers = covers.then(|| report::covers(campaign, &built.booklet));
    (written, covers)
}
