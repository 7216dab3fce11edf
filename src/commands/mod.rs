//! Every operation kitapsha offers, as a library function: typed options in, a typed result
//! and the diagnostics out, and nothing printed. The command line, and the studio after it,
//! only turn what the user asked for into options, call one of these, and show the outcome.

mod build;
mod check;
mod import;
mod ledger;
mod new;
mod outcome;
mod report;
mod select;
mod stats;
mod users;

use std::path::Path;

pub use build::{BuildOptions, Built, Output, build, campaign_outputs};
pub use check::{CheckOptions, Checked, check};
pub use import::{ImportOptions, Imported, WordDocument, import};
pub use ledger::{
    StockOptions, edition_problem, hand_out, hand_out_sheet, history, preview_hand_out_sheet, print_run, stock,
    stock_xlsx, void,
};
pub use new::{Created, init_project, new_campaign};
pub use outcome::Outcome;
pub use report::{ReportOptions, report};
pub use select::{campaign_folders, load_campaigns, press_pdf_of, programme, write_workbook};
pub use stats::{StatsOptions, stats, stats_xlsx};
pub use users::{user_add, user_list, user_password, user_remove, user_role};

use crate::project::{self, Project};

/// Opens the project whose `kitapsha.toml` is in `root`.
pub fn open(root: &Path) -> Outcome<Project> {
    Outcome::of(|diagnostics| project::load(root, diagnostics))
}
