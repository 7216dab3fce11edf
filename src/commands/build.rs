//! `kitapsha build`: every campaign's three PDFs into `out/<id>/`, and the donor reports.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use std::ops::Not;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Mutex, MutexGuard, OnceLock, PoisonError};

use crate::build;
use crate::cache::{BuildCache, Key};
use crate::campaign::{self, Campaign};
use crate::commands::outcome::Outcome;
use crate::commands::select::{campaign_folders, load_campaigns, programme};
use crate::diag::{Diagnostic, Diagnostics, display_path};
use crate::fsutil::io_problem;
use crate::lang::Lang;
use crate::msg;
use crate::parallel::{Pool, Task};
use crate::project::{CampaignFolder, Project};
use crate::scope::Scope;
use crate::typeset::booklet::TypesetBooklet;
use crate::typeset::compile::Sources;
use crate::{fsutil, report, timing};

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
        let folders = campaign_folders(project, &options.campaigns, diagnostics);
        // Typst sources come only from typesetting: asked for, everything is made.
        let cache = if options.emit_typst.is_none() { BuildCache::open(project, &out) } else { None };
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
        let work = Work {
            project,
            options,
            out: &out,
            cache: cache.as_ref(),
            reports_wanted: options.reports && !diagnostics.has_errors(),
            typesetting: AtomicUsize::new(to_build.len()),
            campaigns: to_build.iter().map(|_| Mutex::default()).collect(),
            covers_kept: Mutex::new(covers_kept),
            programme: OnceLock::new(),
            reports: Mutex::default(),
        };
        let mut tasks: Vec<Task> = Vec::new();
        for (index, (folder, key)) in to_build.iter().enumerate() {
            let work = &work;
            tasks.push(Box::new(move |pool| work.campaign(index, folder, key.as_ref(), pool)));
        }
        if to_build.is_empty() && work.reports_wanted {
            let work = &work;
            tasks.push(Box::new(move |pool| work.start_reports(pool)));
        }
        Pool::run(tasks);
        work.report(&mut built, diagnostics);
        Some(built)
    })
}

/// One build's work on all cores, and what each part found, kept in the order it is reported
/// whichever core finished first.
///
/// Each campaign is typeset, and its PDFs written, by one task. The reports need the covers of
/// every campaign: the last campaign typeset starts them, and the campaigns still typesetting
/// then leave their PDFs for later, so that the reports take a core as soon as one is free
/// and the writing of PDFs fills the cores while the reports are set.
struct Work<'a> {
    project: &'a Project,
    options: &'a BuildOptions,
    out: &'a Path,
    cache: Option<&'a BuildCache>,
    /// Asked for, and no campaign named that does not exist.
    reports_wanted: bool,
    /// Campaigns not yet typeset.
    typesetting: AtomicUsize,
    campaigns: Vec<Mutex<CampaignDone>>,
    /// The covers of the campaigns the cache found up to date, for the reports.
    covers_kept: Mutex<BTreeMap<String, report::Covers>>,
    programme: OnceLock<Option<report::Programme>>,
    reports: Mutex<ReportsDone>,
}

/// What one campaign's build gave.
#[derive(Default)]
struct CampaignDone {
    /// Loaded and typeset without errors, with its covers when the reports are wanted.
    typeset: Option<(Campaign, Option<report::Covers>)>,
    /// Whether loading or typesetting found errors: then no reports are made.
    failed: bool,
    written: Vec<PathBuf>,
    diagnostics: Diagnostics,
}

/// What the reports gave: the diagnostics of their preparation, then of each language.
#[derive(Default)]
struct ReportsDone {
    key: Option<Key>,
    prepared: Diagnostics,
    /// Reused from the cache, all languages at once.
    reused: Vec<PathBuf>,
    languages: BTreeMap<usize, (Option<(PathBuf, bool)>, Diagnostics)>,
}

impl<'a> Work<'a> {
    fn campaign(&'a self, index: usize, folder: &'a CampaignFolder, key: Option<&'a Key>, pool: &Pool<'a>) {
        let mut found = Diagnostics::new();
        let start = found.checkpoint();
        let typeset = campaign::load(&folder.id, &folder.folder, &mut found).and_then(|campaign| {
            let booklet = build::typeset(self.project, &campaign, &mut found)?;
            (!found.failed_since(start)).then_some((campaign, booklet))
        });
        let covers = typeset.as_ref().filter(|_| self.reports_wanted).map(|(campaign, booklet)| {
            timing::phase(&format!("{}: report covers", campaign.id), || report::covers(campaign, booklet))
        });
        {
            let mut done = self.lock_campaign(index);
            done.failed = typeset.is_none();
            done.typeset = typeset.as_ref().map(|(campaign, _)| (campaign.clone(), covers.clone()));
        }
        // Those typeset last leave their PDFs for later when the reports wait: nothing is kept
        // longer than the others take to finish, so memory stays flat with the campaigns.
        let last = pool.has_waiting_work().not() && self.reports_wanted;
        let pdfs = move |_: &Pool<'a>| {
            if let Some((campaign, booklet)) = typeset {
                let written = self.write_pdfs(&campaign, &booklet, &mut found);
                drop(booklet);
                // Typst's cache would otherwise keep every campaign's layout to the end of the
                // run. What the campaigns share (fonts, the templates) is hit again and stays.
                typst::comemo::evict(CACHE_GENERATIONS);
                if let (Some(cache), Some(key)) = (self.cache, key) {
                    cache.store(&campaign.id, key, &written, covers.as_ref(), &found);
                }
                self.lock_campaign(index).written = written;
            }
            self.lock_campaign(index).diagnostics = found;
        };
        if last {
            pool.later(Box::new(pdfs));
        } else {
            pdfs(pool);
        }
        if self.typesetting.fetch_sub(1, Ordering::AcqRel) == 1 && self.reports_wanted {
            self.start_reports(pool);
        }
    }

    fn lock_campaign(&self, index: usize) -> MutexGuard<'_, CampaignDone> {
        self.campaigns[index].lock().unwrap_or_else(PoisonError::into_inner)
    }

    fn lock_reports(&self) -> MutexGuard<'_, ReportsDone> {
        self.reports.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// Unless the cache has them from the same files, the donor reports in all three languages,
    /// each a task of its own. The report covers the whole programme, not only the campaigns
    /// named; the covers of the campaigns built or found up to date are used, and the others
    /// typeset.
    fn start_reports(&'a self, pool: &Pool<'a>) {
        if self.campaigns.iter().any(|c| c.lock().unwrap_or_else(PoisonError::into_inner).failed) {
            return;
        }
        let mut found = Diagnostics::new();
        let all = campaign_folders(self.project, &[], &mut found);
        let key = self.cache.and_then(|cache| cache.reports_key(self.project, &all, &Lang::ALL));
        if let (Some(cache), Some(key), false) = (self.cache, &key, self.options.force)
            && let Some(reused) = cache.reuse("reports", key, false)
        {
            found.extend(reused.warnings);
            let mut reports = self.lock_reports();
            reports.reused = reused.written;
            reports.prepared = found;
            return;
        }
        let typeset = self.options.campaigns.is_empty().then(|| {
            let mut kept = std::mem::take(&mut *self.covers_kept.lock().unwrap_or_else(PoisonError::into_inner));
            let mut typeset: BTreeMap<String, (Campaign, Option<report::Covers>)> = self
                .campaigns
                .iter()
                .filter_map(|c| c.lock().unwrap_or_else(PoisonError::into_inner).typeset.take())
                .map(|(campaign, covers)| (campaign.id.clone(), (campaign, covers)))
                .collect();
            // Campaigns found up to date are loaded (not typeset) for their texts.
            let kept_folders: Vec<CampaignFolder> = all.iter().filter(|f| kept.contains_key(&f.id)).cloned().collect();
            for campaign in load_campaigns(&kept_folders, &mut found) {
                let covers = kept.remove(&campaign.id);
                typeset.insert(campaign.id.clone(), (campaign, covers));
            }
            all.iter().filter_map(|f| typeset.remove(&f.id)).unzip()
        });
        let programme = self.programme.get_or_init(|| programme(self.project, typeset, &Scope::all(), &mut found));
        {
            let mut reports = self.lock_reports();
            reports.key = key;
            reports.prepared = found;
        }
        if programme.is_none() {
            return;
        }
        for (index, &lang) in REPORT_LANGUAGES.iter().enumerate() {
            pool.now(Box::new(move |_| self.report_in(index, lang)));
        }
    }

    fn report_in(&self, index: usize, lang: Lang) {
        let Some(Some(programme)) = self.programme.get() else { return };
        let mut found = Diagnostics::new();
        let cache = self.cache.filter(|_| !self.options.force);
        let made = write_report(self.project, programme, lang, self.out, cache, self.options, &mut found);
        let mut reports = self.lock_reports();
        reports.languages.insert(index, (made, found));
        if reports.languages.len() < REPORT_LANGUAGES.len() {
            return;
        }
        // The last language done keeps the three for the next build.
        if let (Some(cache), Some(key)) = (self.cache, &reports.key) {
            let written: Vec<PathBuf> = reports
                .languages
                .values()
                .filter_map(|(made, _)| made.as_ref().map(|(path, _)| path.clone()))
                .collect();
            let mut warnings: Vec<Diagnostic> = reports.prepared.to_vec();
            warnings.extend(reports.languages.values().flat_map(|(_, found)| found.iter().cloned()));
            cache.store("reports", key, &written, None, &warnings);
        }
    }

    /// What every part wrote and found, in order: the campaigns, then the reports.
    fn report(self, built: &mut Built, diagnostics: &mut Diagnostics) {
        for done in self.campaigns {
            let done = done.into_inner().unwrap_or_else(PoisonError::into_inner);
            built.written.extend(done.written);
            diagnostics.extend(done.diagnostics);
        }
        let reports = self.reports.into_inner().unwrap_or_else(PoisonError::into_inner);
        diagnostics.extend(reports.prepared);
        built.unchanged.extend(reports.reused);
        for (made, found) in reports.languages.into_values() {
            diagnostics.extend(found);
            match made {
                Some((path, true)) => built.written.push(path),
                Some((path, false)) => built.unchanged.push(path),
                None => {}
            }
        }
    }

    /// One campaign's PDFs written (and its Typst sources, when asked for); what was written.
    fn write_pdfs(&self, campaign: &Campaign, booklet: &TypesetBooklet, diagnostics: &mut Diagnostics) -> Vec<PathBuf> {
        let project = self.project;
        let mut written = Vec::new();
        let pdfs = match build::make_pdfs(project, campaign, booklet) {
            Ok(pdfs) => pdfs,
            Err(problems) => {
                diagnostics.extend(problems);
                return written;
            }
        };
        let id = &campaign.id;
        if let Some(dir) = &self.options.emit_typst {
            let mut emitted: Vec<(PathBuf, &Sources)> = vec![(dir.join(id), &booklet.sources)];
            emitted.extend(pdfs.sheets_sources.as_ref().map(|s| (dir.join(format!("{id}-sheets")), s)));
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
            let path = self.out.join(id).join(format!("{id}{suffix}.pdf"));
            match fsutil::write_atomically(&path, bytes) {
                Ok(()) => written.push(path),
                Err(error) => diagnostics.push(Diagnostic::file_error(
                    display_path(&project.root, &path),
                    msg!("output-cannot-write", reason = io_problem(&error)),
                )),
            }
        }
        written
    }
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
