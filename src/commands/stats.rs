//! `kitapsha stats`: awareness before and after, with intervals and tests.

use crate::commands::outcome::Outcome;
use crate::commands::select::campaign_folders;
use crate::project::Project;
use crate::survey::{self, Results};

#[derive(Debug, Clone)]
pub struct StatsOptions {
    /// Campaign ids; all campaigns when empty.
    pub campaigns: Vec<String>,
    /// The confidence level of every interval, e.g. 0.95.
    pub level: f64,
}

pub fn stats(project: &Project, options: &StatsOptions) -> Outcome<Results> {
    Outcome::of(|diagnostics| {
        let start = diagnostics.checkpoint();
        let folders = campaign_folders(project, &options.campaigns, diagnostics);
        if diagnostics.failed_since(start) {
            return None;
        }
        survey::results(folders.iter().map(|c| (c.id.as_str(), &c.folder)), options.level, diagnostics)
    })
}
