//! Which campaigns an operation is about, written once: the names the user gave (or all of
//! them), their folders resolved, their files loaded.

use crate::build;
use crate::campaign::Edition;
use crate::campaign::{self, Campaign};
use crate::msg;
use std::path::{Path, PathBuf};

use crate::diag::{Diagnostic, Diagnostics, display_path};
use crate::fsutil::{self, io_problem};
use crate::lang::Lang;
use crate::ledger;
use crate::places;
use crate::project::{Activity, BOOKLETS_DIR, CampaignFolder, Project};
use crate::report::{self, Programme};
use crate::scope::Scope;
use crate::survey;

/// The folders of the named campaigns (all when none are named). An unknown name is reported
/// and gives no folders at all; a folder that cannot be used is reported and left out.
pub fn campaign_folders(project: &Project, named: &[String], diagnostics: &mut Diagnostics) -> Vec<CampaignFolder> {
    let ids = match project.select_campaigns(named) {
        Ok(ids) => ids,
        Err(diagnostic) => {
            diagnostics.push(diagnostic);
            return Vec::new();
        }
    };
    ids.into_iter()
        .filter_map(|id| match project.campaign_dir(&id) {
            Ok(folder) => Some(CampaignFolder { id, folder }),
            Err(diagnostic) => {
                diagnostics.push(diagnostic);
                None
            }
        })
        .collect()
}

/// The campaigns in `folders`, loaded and validated; those with errors are left out.
pub fn load_campaigns(folders: &[CampaignFolder], diagnostics: &mut Diagnostics) -> Vec<Campaign> {
    folders.iter().filter_map(|c| campaign::load(&c.id, &c.folder, diagnostics)).collect()
}

/// The press PDF that the campaign `id` builds now, in `edition` (`None`: the standard
/// booklet), for the ledger's edition fingerprint.
pub fn press_pdf_of(
    project: &Project,
    id: &str,
    edition: Option<Edition>,
    diagnostics: &mut Diagnostics,
) -> Option<Vec<u8>> {
    let folders = campaign_folders(project, &[id.to_string()], diagnostics);
    let campaign = load_campaigns(&folders, diagnostics).pop()?;
    build::press_pdf_bytes(project, &campaign, edition, diagnostics)
}

/// What the donor reports are made from, for the campaigns and period of `scope`: every
/// campaign with its booklet's cover thumbnails (typeset here unless a build has just made
/// them), its ledger's totals and survey results in scope, and the community projects of its
/// district. `None` when a ledger or a survey has errors.
pub fn programme(
    project: &Project,
    typeset: Option<(Vec<Campaign>, Vec<Option<report::Covers>>)>,
    scope: &Scope,
    diagnostics: &mut Diagnostics,
) -> Option<Programme> {
    let start = diagnostics.checkpoint();
    let folders = campaign_folders(project, &scope.campaigns, diagnostics);
    if diagnostics.failed_since(start) {
        return None;
    }
    let (campaigns, covers) = typeset.unwrap_or_else(|| {
        let campaigns = load_campaigns(&folders, diagnostics);
        let covers = build::typeset_all(project, &campaigns, report::covers, diagnostics);
        (campaigns, covers)
    });
    let start = diagnostics.checkpoint();
    let ledgers = ledger::read_all(&folders, diagnostics);
    let results =
        survey::results(folders.iter().map(|c| (c.id.as_str(), &c.folder)), survey::stats::DEFAULT_LEVEL, diagnostics);
    let places = places::load(&project.root, diagnostics);
    if diagnostics.failed_since(start) {
        return None;
    }
    let totals: Vec<ledger::Totals> =
        ledgers?.iter().map(|l| ledger::Totals::in_scope(&l.campaign, &l.ledger, scope)).collect();
    let places = places?;
    warn_missing_places(&places, &totals, diagnostics);
    let activities = activities_in_scope(project, &campaigns, scope);
    Some(Programme {
        campaigns,
        covers,
        totals,
        results: results?.in_scope(scope),
        places,
        activities,
        scope: scope.clone(),
    })
}

/// The community projects (`[[activity]]`, each named by a campaign id as its `district`) of
/// the districts of the campaigns in scope: all of them when no campaign is named. A project
/// of another campaign in the same district is kept, under the chosen campaign's id. Projects
/// have no dates: the period leaves them as they are.
fn activities_in_scope(project: &Project, chosen: &[Campaign], scope: &Scope) -> Vec<Activity> {
    if scope.campaigns.is_empty() {
        return project.activities.clone();
    }
    let district_of = |id: &str| -> Option<String> {
        if let Some(campaign) = chosen.iter().find(|c| c.id == id) {
            return Some(campaign.district.get(Lang::En).to_string());
        }
        // A campaign outside the scope: only its district is wanted, whatever else is wrong.
        let folder = project.campaign_dir(id).ok()?;
        let campaign = campaign::load(id, &folder, &mut Diagnostics::new())?;
        Some(campaign.district.get(Lang::En).to_string())
    };
    project
        .activities
        .iter()
        .filter_map(|activity| {
            let district = district_of(&activity.district)?;
            let campaign = chosen
                .iter()
                .find(|c| c.id == activity.district)
                .or_else(|| chosen.iter().find(|c| c.district.get(Lang::En) == district))?;
            Some(Activity { district: campaign.id.clone(), ..activity.clone() })
        })
        .collect()
}

/// Writes a workbook made in memory, atomically; a workbook that could not be made, or not be
/// written, is reported. Returns the path written.
pub fn write_workbook(
    project: &Project,
    path: &Path,
    workbook: Result<Vec<u8>, rust_xlsxwriter::XlsxError>,
    diagnostics: &mut Diagnostics,
) -> Option<PathBuf> {
    let shown = display_path(&project.root, path);
    let bytes = match workbook {
        Ok(bytes) => bytes,
        Err(error) => {
            diagnostics.push(Diagnostic::file_error(shown, msg!("xlsx-cannot-make", detail = error.to_string())));
            return None;
        }
    };
    match fsutil::write_atomically(path, &bytes) {
        Ok(()) => Some(path.to_path_buf()),
        Err(error) => {
            diagnostics.push(Diagnostic::file_error(shown, msg!("output-cannot-write", reason = io_problem(&error))));
            None
        }
    }
}

/// A hand-out place that `places.toml` lacks is a warning naming it: the map leaves it out.
pub fn warn_missing_places(places: &places::Places, totals: &[ledger::Totals], diagnostics: &mut Diagnostics) {
    for t in totals {
        for missing in places::map::missing_places(places, &t.hand_outs_by_place) {
            let ledger = Path::new(BOOKLETS_DIR).join(&t.campaign).join(ledger::file::LEDGER_FILE);
            let message =
                msg!("map-place-missing", place = &missing.name, file = places::PLACES_FILE, copies = missing.copies);
            diagnostics.push(
                Diagnostic::file_warning(ledger, message)
                    .with_hint(msg!("map-place-missing-hint", file = places::PLACES_FILE)),
            );
        }
    }
}
