//! `kitapsha stats`: awareness before and after, with intervals and tests.

use std::path::{Path, PathBuf};

use crate::commands::outcome::Outcome;
use crate::commands::select::{campaign_folders, write_workbook};
use crate::diag::Diagnostics;
use crate::lang::Lang;
use crate::project::Project;
use crate::scope::Scope;
use crate::survey::{self, Results};

#[derive(Debug, Clone)]
pub struct StatsOptions {
    /// The campaigns (all when none are named) and the period: an indicator counts when its
    /// endline survey is dated in it.
    pub scope: Scope,
    /// The confidence level of every interval, e.g. 0.95.
    pub level: f64,
}

pub fn stats(project: &Project, options: &StatsOptions) -> Outcome<Results> {
    Outcome::of(|diagnostics| results(project, options, diagnostics))
}

/// `stats --xlsx`: the results as a workbook at `path`, headings in `lang`. Its value is the
/// path written.
pub fn stats_xlsx(project: &Project, options: &StatsOptions, lang: Lang, path: &Path) -> Outcome<PathBuf> {
    Outcome::of(|diagnostics| {
        let results = results(project, options, diagnostics)?;
        write_workbook(
            project,
            path,
            survey::table::xlsx(&results, options.level, lang, project.creation_date()),
            diagnostics,
        )
    })
}

fn results(project: &Project, options: &StatsOptions, diagnostics: &mut Diagnostics) -> Option<Results> {
    let start = diagnostics.checkpoint();
    let folders = campaign_folders(project, &options.scope.campaigns, diagnostics);
    if diagnostics.failed_since(start) {
        return None;
    }
    let results = survey::results(folders.iter().map(|c| (c.id.as_str(), &c.folder)), options.level, diagnostics)?;
    Some(results.in_scope(&options.scope))
}
