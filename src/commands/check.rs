//! `kitapsha check`: everything `build` checks (content, pictures, fit, ledgers, surveys),
//! on all cores like `build`, with nothing written.

use crate::build;
use crate::commands::outcome::Outcome;
use crate::commands::select::{campaign_folders, load_campaigns};
use crate::ledger;
use crate::project::Project;
use crate::survey;

#[derive(Debug, Clone, Default)]
pub struct CheckOptions {
    /// Campaign ids; all campaigns when empty.
    pub campaigns: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Checked {
    /// How many campaigns were loaded and checked.
    pub campaigns: usize,
}

pub fn check(project: &Project, options: &CheckOptions) -> Outcome<Checked> {
    Outcome::of(|diagnostics| {
        let folders = campaign_folders(project, &options.campaigns, diagnostics);
        let campaigns = load_campaigns(&folders, diagnostics);
        build::typeset_all(project, &campaigns, |_, _| (), diagnostics);
        ledger::read_all(&folders, diagnostics);
        survey::results(folders.iter().map(|c| (c.id.as_str(), &c.folder)), survey::stats::DEFAULT_LEVEL, diagnostics);
        Some(Checked { campaigns: campaigns.len() })
    })
}
