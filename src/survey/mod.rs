//! Survey statistics: `booklets/<id>/survey.toml` (and the CSV exports it names) turned into
//! shares before and after with confidence intervals, the change in percentage points with its
//! interval and test, and sentences that say so honestly in kk, ru and en.
//!
//! [`results`] gives the per-campaign results as data, for `kitapsha stats` and the donor
//! report alike.

pub mod csv;
pub mod export;
pub mod load;
pub mod results;
pub mod stats;
pub mod table;
pub mod target;
pub mod wording;
pub mod written;
pub mod xlsx;

use std::collections::BTreeMap;

use serde::Serialize;

use crate::lang::Lang;
use crate::messages::MessageError;
pub use results::*;

/// One JSON object per indicator, with its sentences in all three languages.
pub fn to_json(results: &Results) -> String {
    #[derive(Serialize)]
    struct Row<'a> {
        #[serde(flatten)]
        result: &'a IndicatorResult,
        sentences: BTreeMap<Lang, String>,
    }
    let rows: Vec<Row> = results
        .campaigns
        .iter()
        .flat_map(|campaign| &campaign.indicators)
        .map(|result| Row {
            result,
            sentences: Lang::ALL.iter().map(|&lang| (lang, wording::sentence(result, lang))).collect(),
        })
        .collect();
    serde_json::to_string_pretty(&rows).expect("results are plain data")
}

/// Reads `--level`: a fraction strictly between 0.5 and 1.
pub fn parse_level(text: &str) -> Result<f64, MessageError> {
    let value: f64 =
        text.trim().parse().map_err(|_| MessageError(crate::msg!("arg-level-not-a-number", value = text)))?;
    if value > 0.5 && value < 1.0 {
        Ok(value)
    } else if value > 50.0 && value < 100.0 {
        Err(MessageError(crate::msg!("arg-level-percent", fraction = value / 100.0)))
    } else {
        Err(MessageError(crate::msg!("arg-level-range")))
    }
}
