//! `kitapsha check`: everything `build --reports` checks (content, pictures, fit, ledgers,
//! surveys, places), on all cores like `build`, with nothing written.

use crate::build;
use crate::campaign::{Campaign, Edition, latin};
use crate::commands::outcome::Outcome;
use crate::commands::select::{campaign_folders, load_campaigns, warn_missing_places};
use crate::ledger;
use crate::project::{self, Project};
use crate::{parallel, places, survey};

#[derive(Debug, Clone, Default)]
pub struct CheckOptions {
    /// Campaign ids; all campaigns when empty.
    pub campaigns: Vec<String>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Checked {
    /// How many campaigns were loaded and checked.
    pub campaigns: usize,
    /// Each campaign whose press PDF could be made, with its highest total ink in percent.
    pub press_ink: Vec<(String, f32)>,
    /// The most ink the print shop allows, in percent.
    pub ink_limit: f32,
}

pub fn check(project: &Project, options: &CheckOptions) -> Outcome<Checked> {
    Outcome::of(|diagnostics| {
        diagnostics.extend(project::placeholder_warnings(&project.root));
        let folders = campaign_folders(project, &options.campaigns, diagnostics);
        let campaigns = load_campaigns(&folders, diagnostics);
        for campaign in campaigns.iter().filter(|c| wants_latin_edition(c)) {
            diagnostics.extend(latin::untransliterable_warnings(campaign));
        }
        // The press PDF is made in memory: its ink is what the print shop will measure.
        let inks = parallel::map_reporting(&campaigns, diagnostics, |campaign, found| {
            build::press_inks(project, campaign, found)
        });
        let ledgers = ledger::read_all(&folders, diagnostics);
        survey::results(folders.iter().map(|c| (c.id.as_str(), &c.folder)), survey::stats::DEFAULT_LEVEL, diagnostics);
        // The places of the donor report's map, and the hand-out places it would leave out.
        if let (Some(places), Some(ledgers)) = (places::load(&project.root, diagnostics), ledgers) {
            let totals: Vec<ledger::Totals> =
                ledgers.iter().map(|l| ledger::Totals::of(&l.campaign, &l.ledger)).collect();
            warn_missing_places(&places, &totals, diagnostics);
        }
        Some(Checked {
            campaigns: campaigns.len(),
            press_ink: inks.into_iter().flatten().collect(),
            ink_limit: project.print.ink_limit,
        })
    })
}

/// Whether the campaign is made in Latin script too (`editions = ["latin"]`, or hand-written
/// Latin in a `kk-latn` block), so that `check` warns about the Kazakh words that cannot be
/// transliterated.
pub fn wants_latin_edition(campaign: &Campaign) -> bool {
    campaign.editions.contains(&Edition::Latin) || latin::has_latin_text(campaign)
}
