//! `kitapsha report`: the donor report in one language.

use std::path::PathBuf;

use crate::build;
use crate::cache::BuildCache;
use crate::campaign::Campaign;
use crate::commands::outcome::Outcome;
use crate::commands::select::{campaign_folders, load_campaigns, programme};
use crate::diag::Diagnostics;
use crate::lang::Lang;
use crate::project::Project;
use crate::report;
use crate::scope::Scope;

#[derive(Debug, Clone)]
pub struct ReportOptions {
    pub lang: Lang,
    /// An absolute path; `out/report-<lang>.pdf` in the project by default.
    pub out: Option<PathBuf>,
    /// The campaigns and the period the report covers; the whole programme by default.
    pub scope: Scope,
}

/// Writes the report; its value is the path written.
pub fn report(project: &Project, options: &ReportOptions) -> Outcome<PathBuf> {
    Outcome::of(|diagnostics| {
        let out = options.out.clone().unwrap_or_else(|| report::default_path(project, options.lang));
        let typeset = with_covers(project, &options.scope, diagnostics);
        let programme = programme(project, typeset, &options.scope, diagnostics)?;
        report::write(project, &programme, options.lang, &out, None, diagnostics)
    })
}

/// The campaigns in `scope` with their covers: those a build has kept in `out/.cache` for
/// booklets that have not changed since (with the warnings of that build), the others typeset
/// now. `None` when a campaign folder cannot be read, which `programme` then reports.
fn with_covers(
    project: &Project,
    scope: &Scope,
    diagnostics: &mut Diagnostics,
) -> Option<(Vec<Campaign>, Vec<Option<report::Covers>>)> {
    let mut found = Diagnostics::new();
    let folders = campaign_folders(project, &scope.campaigns, &mut found);
    if found.has_errors() {
        return None;
    }
    let cache = BuildCache::open(project, &project.out_dir());
    let campaigns = load_campaigns(&folders, diagnostics);
    let mut covers: Vec<Option<report::Covers>> = campaigns
        .iter()
        .map(|campaign| {
            let folder = folders.iter().find(|f| f.id == campaign.id)?;
            let cache = cache.as_ref()?;
            let reused = cache.reuse(&campaign.id, &cache.campaign_key(folder)?, true)?;
            diagnostics.extend(reused.warnings);
            reused.covers
        })
        .collect();
    let missing: Vec<Campaign> =
        campaigns.iter().zip(&covers).filter(|(_, c)| c.is_none()).map(|(campaign, _)| campaign.clone()).collect();
    let mut typeset = build::typeset_all(project, &missing, report::covers, diagnostics).into_iter();
    for cover in covers.iter_mut().filter(|c| c.is_none()) {
        *cover = typeset.next().flatten();
    }
    Some((campaigns, covers))
}
