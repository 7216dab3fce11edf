//! `kitapsha build`: every campaign's PDFs (for screens, the press with its print shop summary, and
//! the office sheets) into `out/<id>/`, and the donor reports.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use std::ops::Not;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Mutex, MutexGuard, OnceLock, PoisonError};

use crate::build::{self, BookletPdfs};
use crate::cache::{BuildCache, Key};
use crate::campaign::{self, Campaign, Edition};
use crate::commands::outcome::Outcome;
use crate::commands::select::{campaign_folders, load_campaigns, programme};
use crate::diag::{Diagnostic, Diagnostics, display_path};
use crate::fsutil::io_problem;
use crate::lang::Lang;
use crate::msg;
use crate::parallel::{Pool, Task};
use crate::press::summary;
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
        // Loaded first, so that the booklets go longest first and each edition is a task.
        let loaded: Vec<(Option<Campaign>, Diagnostics)> = timing::phase("load the campaigns", || {
            to_build
                .iter()
                .map(|(folder, _)| {
                    let mut found = Diagnostics::new();
                    (campaign::load(&folder.id, &folder.folder, &mut found), found)
                })
                .collect()
        });
        let work = Work {
            project,
            options,
            out: &out,
            cache: cache.as_ref(),
            reports_wanted: options.reports && !diagnostics.has_errors(),
            typesetting: AtomicUsize::new(loaded.iter().filter(|(campaign, _)| campaign.is_some()).count()),
            campaigns: to_build
                .iter()
                .zip(loaded)
                .map(|((_, key), (campaign, found))| {
                    let parts = campaign.as_ref().map_or(0, |c| c.editions.len());
                    let failed = campaign.is_none();
                    Mutex::new(CampaignDone {
                        campaign,
                        key: key.clone(),
                        failed,
                        loaded: found,
                        parts: (0..=parts).map(|_| None).collect(),
                        ..CampaignDone::default()
                    })
                })
                .collect(),
            covers_kept: Mutex::new(covers_kept),
            programme: OnceLock::new(),
            reports: Mutex::default(),
        };
        let work = &work;
        // The booklets first, the longest text first: the reports wait for their covers. The
        // editions, which nothing waits for, fill the cores while the reports are set.
        let mut order: Vec<(usize, usize, Vec<Edition>)> = (0..to_build.len())
            .filter_map(|index| {
                let done = work.lock_campaign(index);
                let campaign = done.campaign.as_ref()?;
                Some((index, campaign.source.text.len(), campaign.editions.clone()))
            })
            .collect();
        order.sort_by_key(|&(_, length, _)| std::cmp::Reverse(length));
        let mut booklets: Vec<Task> = Vec::new();
        let mut editions: Vec<Task> = Vec::new();
        for (index, _, wanted) in order {
            booklets.push(Box::new(move |pool| work.campaign(index, pool)));
            for (part, &edition) in wanted.iter().enumerate() {
                editions.push(Box::new(move |_| work.edition(index, part + 1, edition)));
            }
        }
        if work.typesetting.load(Ordering::Acquire) == 0 && work.reports_wanted {
            booklets.push(Box::new(move |pool| work.start_reports(pool)));
        }
        Pool::run(booklets, editions);
        work.report(&mut built, diagnostics);
        Some(built)
    })
}

/// One build's work on all cores, and what each part found, kept in the order it is reported
/// whichever core finished first.
///
/// Each campaign is typeset, and its PDFs written, by one task, and each of its editions by
/// another. The reports need the covers of every campaign: the last campaign typeset starts
/// them, and the campaigns still typesetting then leave their PDFs for later, so that the
/// reports take a core as soon as one is free; the editions and the writing of PDFs fill the
/// cores while the reports are set.
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
    /// `None` when it could not be loaded.
    campaign: Option<Campaign>,
    /// Its fingerprint, to keep what the build made in the cache.
    key: Option<Key>,
    /// Whether loading or typesetting the booklet found errors: then no reports are made.
    failed: bool,
    /// Its covers, once typeset, when the reports are wanted.
    covers: Option<report::Covers>,
    /// What loading it found.
    loaded: Diagnostics,
    /// The booklet's, then each edition's, once done: what each wrote and found.
    parts: Vec<Option<(Vec<PathBuf>, Diagnostics)>>,
}

impl CampaignDone {
    /// Everything its parts found, in order; a problem an edition shares with the booklet is
    /// reported once.
    fn diagnostics(&self) -> Vec<Diagnostic> {
        let mut all: Vec<Diagnostic> = self.loaded.to_vec();
        let booklet = self.parts.first().and_then(Option::as_ref).map_or(&[][..], |(_, found)| &found[..]);
        all.extend(booklet.iter().cloned());
        for (_, found) in self.parts.iter().skip(1).flatten() {
            all.extend(found.iter().filter(|d| !booklet.contains(d)).cloned());
        }
        all
    }

    fn written(&self) -> Vec<PathBuf> {
        self.parts.iter().flatten().flat_map(|(written, _)| written.iter().cloned()).collect()
    }
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
    /// The booklet of campaign `index`: typeset, its covers taken, its PDFs written.
    fn campaign(&'a self, index: usize, pool: &Pool<'a>) {
        let Some(campaign) = self.lock_campaign(index).campaign.clone() else { return };
        let mut found = Diagnostics::new();
        let booklet = build::typeset(self.project, &campaign, &mut found).filter(|_| !found.has_errors());
        let covers = booklet.as_ref().filter(|_| self.reports_wanted).map(|booklet| {
            timing::phase(&format!("{}: report covers", campaign.id), || report::covers(&campaign, booklet))
        });
        {
            let mut done = self.lock_campaign(index);
            done.failed = booklet.is_none();
            done.covers = covers;
        }
        // Those typeset last leave their PDFs for later when the reports wait: nothing is kept
        // longer than the others take to finish, so memory stays flat with the campaigns. The
        // reports start as soon as the covers are in, before any PDF is written.
        let last = pool.has_waiting_work().not() && self.reports_wanted;
        if self.typesetting.fetch_sub(1, Ordering::AcqRel) == 1 && self.reports_wanted {
            self.start_reports(pool);
        }
        let pdfs = move |_: &Pool<'a>| {
            let mut written = Vec::new();
            if let Some(booklet) = booklet {
                match build::make_pdfs(self.project, &campaign, &booklet) {
                    Ok(pdfs) => written = self.write_pdfs(&campaign, None, &booklet, &pdfs, &mut found),
                    Err(problems) => found.extend(problems),
                }
            }
            self.part_done(index, 0, written, found);
        };
        if last {
            pool.later(Box::new(pdfs));
        } else {
            pdfs(pool);
        }
    }

    /// Edition `part` (counted from 1) of campaign `index`: typeset and its PDFs written.
    fn edition(&self, index: usize, part: usize, edition: Edition) {
        let Some(campaign) = self.lock_campaign(index).campaign.clone() else { return };
        let mut found = Diagnostics::new();
        let written = build::edition_booklet(self.project, &campaign, edition, &mut found)
            .map(|(booklet, pdfs)| self.write_pdfs(&campaign, Some(edition), &booklet, &pdfs, &mut found))
            .unwrap_or_default();
        self.part_done(index, part, written, found);
    }

    /// Keeps what a part of a campaign wrote and found; the last part done keeps the
    /// campaign's outputs in the cache.
    fn part_done(&self, index: usize, part: usize, written: Vec<PathBuf>, found: Diagnostics) {
        // Typst's cache would otherwise keep every campaign's layout to the end of the run.
        // What the campaigns share (fonts, the templates) is hit again and again and stays.
        typst::comemo::evict(CACHE_GENERATIONS);
        let mut done = self.lock_campaign(index);
        done.parts[part] = Some((written, found));
        if done.parts.iter().any(Option::is_none) {
            return;
        }
        if let (Some(cache), Some(key), Some(campaign)) = (self.cache, &done.key, &done.campaign) {
            cache.store(&campaign.id, key, &done.written(), done.covers.as_ref(), &done.diagnostics());
        }
        // Only the reports read it again: without them, memory stays flat with the campaigns.
        if !self.reports_wanted {
            done.campaign = None;
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
                .filter_map(|c| {
                    let done = c.lock().unwrap_or_else(PoisonError::into_inner);
                    done.campaign.clone().map(|campaign| (campaign, done.covers.clone()))
                })
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
    fn report(&self, built: &mut Built, diagnostics: &mut Diagnostics) {
        for index in 0..self.campaigns.len() {
            let done = self.lock_campaign(index);
            built.written.extend(done.written());
            diagnostics.extend(done.diagnostics());
        }
        let reports = std::mem::take(&mut *self.lock_reports());
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

    /// The PDFs of a campaign's booklet, or of its edition (file names ending in its suffix),
    /// the print shop's summary of its press PDF (and its Typst sources, when asked for); what
    /// was written.
    fn write_pdfs(
        &self,
        campaign: &Campaign,
        edition: Option<Edition>,
        booklet: &TypesetBooklet,
        pdfs: &BookletPdfs,
        diagnostics: &mut Diagnostics,
    ) -> Vec<PathBuf> {
        let project = self.project;
        let id = &campaign.id;
        let name = format!("{id}{}", edition.map_or("", Edition::suffix));
        let mut written = Vec::new();
        if let Some(dir) = &self.options.emit_typst {
            let sheets = build::sheets_sources(campaign, booklet, &pdfs.screen);
            let mut emitted: Vec<(PathBuf, &Sources)> = vec![(dir.join(&name), &booklet.sources)];
            emitted.extend(sheets.as_ref().map(|s| (dir.join(format!("{name}-sheets")), s)));
            for (folder, sources) in emitted {
                emit(project, sources, &folder, &mut written, diagnostics);
            }
        }
        let file = |kind: Output| kind.file_name(id, edition);
        let press_name = file(Output::Press);
        let mut write = |file: String, bytes: &[u8], diagnostics: &mut Diagnostics| {
            let path = self.out.join(id).join(file);
            match fsutil::write_made(&path, bytes) {
                Ok(()) => {
                    written.push(path);
                    true
                }
                Err(error) => {
                    diagnostics.push(Diagnostic::file_error(
                        display_path(&project.root, &path),
                        msg!("output-cannot-write", reason = io_problem(&error)),
                    ));
                    false
                }
            }
        };
        write(file(Output::Screen), &pdfs.screen, diagnostics);
        // The summary tells of the press PDF as written: without it, there is nothing to tell.
        let mut summary_sources = None;
        if write(press_name.clone(), &pdfs.press, diagnostics)
            && let Some((summary, sources)) = crate::timing::phase(&format!("{name}: print shop summary"), || {
                press_summary(project, campaign, edition, &press_name, &pdfs.press, diagnostics)
            })
        {
            write(file(Output::PressSummary), &summary, diagnostics);
            summary_sources = Some(sources);
        }
        write(file(Output::Sheets), &pdfs.sheets, diagnostics);
        if let (Some(dir), Some(sources)) = (&self.options.emit_typst, summary_sources) {
            emit(project, &sources, &dir.join(format!("{name}-press-summary")), &mut written, diagnostics);
        }
        written
    }
}

/// The PDFs a build writes for each booklet and edition of a campaign, in `out/<id>/`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Output {
    /// Reader order at trim size: for screens and for sending around.
    Screen,
    /// For the print shop.
    Press,
    /// The print shop's one-page summary of the press PDF.
    PressSummary,
    /// Imposed sheets for an office duplex printer.
    Sheets,
}

impl Output {
    pub const ALL: [Output; 4] = [Output::Screen, Output::Press, Output::PressSummary, Output::Sheets];

    /// The file's name, in `out/<campaign>/`, for the booklet or `edition` of campaign `id`.
    pub fn file_name(self, id: &str, edition: Option<Edition>) -> String {
        let name = format!("{id}{}", edition.map_or("", Edition::suffix));
        match self {
            Output::Screen => format!("{name}.pdf"),
            Output::Press => format!("{name}-press.pdf"),
            Output::PressSummary => summary::file_name(&format!("{name}-press.pdf")),
            Output::Sheets => format!("{name}-sheets.pdf"),
        }
    }
}

/// Every PDF a build writes for `campaign` (its booklet, then each edition), with its edition
/// and kind, as file names in `out/<id>/`: the only names the studio serves for download.
pub fn campaign_outputs(campaign: &Campaign) -> Vec<(Option<Edition>, Output, String)> {
    std::iter::once(None)
        .chain(campaign.editions.iter().copied().map(Some))
        .flat_map(|edition| Output::ALL.map(|kind| (edition, kind, kind.file_name(&campaign.id, edition))))
        .collect()
}

/// Writes a document's Typst project into `folder` (`--emit-typst`).
fn emit(
    project: &Project,
    sources: &Sources,
    folder: &Path,
    written: &mut Vec<PathBuf>,
    diagnostics: &mut Diagnostics,
) {
    match sources.write_to(folder) {
        Ok(()) => written.push(folder.to_path_buf()),
        Err(error) => diagnostics.push(Diagnostic::file_error(
            display_path(&project.root, folder),
            msg!("typst-sources-cannot-write", reason = io_problem(&error)),
        )),
    }
}

/// The print shop's summary of the press PDF `press` (its bytes as written, named `file`).
fn press_summary(
    project: &Project,
    campaign: &Campaign,
    edition: Option<Edition>,
    file: &str,
    press: &[u8],
    diagnostics: &mut Diagnostics,
) -> Option<(Vec<u8>, Sources)> {
    let made = summary::read(press)
        .map_err(|detail| {
            vec![Diagnostic::file_error(
                crate::project::PROJECT_FILE,
                msg!("pdf-cannot-make", what = "press-summary", detail = detail),
            )]
        })
        .and_then(|facts| {
            let sources = summary::summary_sources(project, campaign, edition, file, &facts);
            summary::summary_pdf(project, &sources, file).map(|pdf| (pdf, sources))
        });
    made.map_err(|problems| diagnostics.extend(problems)).ok()
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
