//! What `report.typ` (beside this file) reads, as `/report.json`: every figure already counted,
//! formatted and worded in the report's language. The template only lays it out.

use serde::Serialize;

use crate::lang::Lang;
use crate::report::labels::Labels;

#[derive(Debug, Serialize)]
#[serde(rename_all = "kebab-case")]
pub struct ReportData<'a> {
    pub lang: Lang,
    pub labels: Labels,
    pub title: &'a str,
    pub organisation: &'a str,
    pub address: &'a str,
    /// Phone and e-mail on one line.
    pub contact: String,
    pub donor: &'a str,
    pub period: String,
    /// The campaigns the report is limited to; `None` for the whole programme.
    pub scope_campaigns: Option<String>,
    pub prepared: String,
    pub summary: Summary<'a>,
    pub key_changes: Vec<KeyChange<'a>>,
    pub campaigns: Vec<CampaignPart<'a>>,
    pub activities: Activities<'a>,
    pub methodology: Methodology<'a>,
    pub framework: Vec<FrameworkRow>,
    pub value: ValueForMoney,
    pub map: crate::places::map::MapFigure,
    pub funding: Option<FundingPart>,
}

/// The summary table: a row per campaign and the programme's totals.
#[derive(Debug, Serialize)]
#[serde(rename_all = "kebab-case")]
pub struct Summary<'a> {
    pub rows: Vec<SummaryRow<'a>>,
    pub printed: String,
    pub handed_out: String,
    pub in_stock: String,
    pub cost: String,
}

/// `None` in a column: the campaign has no ledger, or no costs in it.
#[derive(Debug, Serialize)]
#[serde(rename_all = "kebab-case")]
pub struct SummaryRow<'a> {
    pub district: &'a str,
    pub topic: &'a str,
    pub printed: Option<String>,
    pub handed_out: Option<String>,
    pub in_stock: Option<String>,
    pub cost: Option<String>,
}

/// A campaign's first indicator, as a sentence.
#[derive(Debug, Serialize)]
pub struct KeyChange<'a> {
    pub district: &'a str,
    pub sentence: String,
}

/// One campaign's pages of the report.
#[derive(Debug, Serialize)]
#[serde(rename_all = "kebab-case")]
pub struct CampaignPart<'a> {
    pub id: &'a str,
    pub district: &'a str,
    pub topic: &'a str,
    /// The served path of the cover thumbnail.
    pub thumbnail: String,
    pub thumbnail_alt: String,
    pub format: &'static str,
    pub languages: String,
    /// `None` when nothing was printed yet.
    pub ledger: Option<LedgerPart>,
    pub indicators: Vec<IndicatorPart<'a>>,
    pub quote: Option<QuotePart<'a>>,
}

#[derive(Debug, Serialize)]
#[serde(rename_all = "kebab-case")]
pub struct LedgerPart {
    pub printed: String,
    pub handed_out: String,
    pub in_stock: String,
    pub runs: usize,
    pub cost: Option<String>,
    pub cost_per_copy: Option<String>,
    pub places: Vec<PlaceBar>,
    pub last_hand_out: Option<String>,
}

/// One bar of the hand-outs chart.
#[derive(Debug, Serialize)]
pub struct PlaceBar {
    pub place: String,
    pub copies: String,
    /// The bar's length, as a fraction of the longest.
    pub share: f64,
}

#[derive(Debug, Serialize)]
#[serde(rename_all = "kebab-case")]
pub struct IndicatorPart<'a> {
    pub question: &'a str,
    pub before: SharePart,
    pub after: SharePart,
    pub change: String,
    pub change_interval: String,
    pub sentence: String,
}

/// A share with its interval: as fractions for the chart, and as text.
#[derive(Debug, Serialize)]
pub struct SharePart {
    pub share: f64,
    pub lower: f64,
    pub upper: f64,
    pub label: String,
    pub interval: String,
    pub n: String,
    pub date: String,
}

#[derive(Debug, Serialize)]
#[serde(rename_all = "kebab-case")]
pub struct QuotePart<'a> {
    pub text: &'a str,
    pub who: Option<&'a str>,
    pub lang: Lang,
    /// The booklet has no quote in the report's language: the template says which it is in.
    pub in_other_language: bool,
}

/// The community projects that are not booklets.
#[derive(Debug, Serialize)]
pub struct Activities<'a> {
    pub rows: Vec<ActivityRow<'a>>,
    pub reached: String,
    /// How many projects report a reach, of `all`.
    pub counted: usize,
    pub all: usize,
}

#[derive(Debug, Serialize)]
pub struct ActivityRow<'a> {
    pub district: String,
    pub title: &'a str,
    pub reached: Option<String>,
}

#[derive(Debug, Serialize)]
#[serde(rename_all = "kebab-case")]
pub struct Methodology<'a> {
    pub rows: Vec<SurveyRow<'a>>,
    /// Campaigns without survey results.
    pub without_survey: Vec<String>,
    pub data_note: Option<String>,
    /// How the answers of each indicator read from a survey export were counted.
    pub answers: Vec<AnswerNote>,
}

/// One indicator read from survey exports: its name and a line per export, e.g. `Before
/// (surveys/before.xlsx, column q3): aware: «иә» 41, «да» 12; not aware: «жоқ» 60`.
#[derive(Debug, Serialize)]
pub struct AnswerNote {
    pub indicator: String,
    pub lines: Vec<String>,
}

/// One survey in the methodology table.
#[derive(Debug, Serialize)]
pub struct SurveyRow<'a> {
    pub district: &'a str,
    pub indicator: &'a str,
    pub design: &'static str,
    pub before: String,
    pub after: String,
    pub source: String,
}

/// One row of the results framework: an indicator, or (indented) one of its groups.
#[derive(Debug, Serialize)]
#[serde(rename_all = "kebab-case")]
pub struct FrameworkRow {
    /// A group of the indicator above it.
    pub group: bool,
    pub name: String,
    /// Lines of the cell: date (not for groups), sample size, share with its interval.
    pub baseline: Vec<String>,
    pub target: String,
    pub endline: Vec<String>,
    pub change: String,
    pub test: String,
    pub status: String,
    /// met, not-met, unclear, too-few or none: how the template colours the status.
    pub status_kind: &'static str,
}

/// What each result cost.
#[derive(Debug, Serialize)]
#[serde(rename_all = "kebab-case")]
pub struct ValueForMoney {
    pub rows: Vec<ValueRow>,
    pub total: ValueRow,
    pub projects: Vec<ProjectValue>,
}

/// A campaign's (or the programme's) printing cost per copy; "—" where it cannot be said.
#[derive(Debug, Serialize)]
#[serde(rename_all = "kebab-case")]
pub struct ValueRow {
    pub name: String,
    pub cost: String,
    pub printed: String,
    pub per_printed: String,
    pub handed_out: String,
    pub per_handed_out: String,
}

#[derive(Debug, Serialize)]
#[serde(rename_all = "kebab-case")]
pub struct ProjectValue {
    pub district: String,
    pub title: String,
    pub cost: String,
    pub reached: String,
    pub per_person: String,
}

/// The donor's funding statement in the report's language, and its logo's served path.
#[derive(Debug, Serialize)]
pub struct FundingPart {
    pub statement: String,
    pub logo: Option<String>,
}
