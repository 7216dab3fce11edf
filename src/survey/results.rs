//! The statistics of every indicator of the campaigns' surveys, as data.

use serde::{Serialize, Serializer};

use crate::date::Date;
use crate::diag::Diagnostics;
use crate::fsutil::Folder;
use crate::scope::Scope;
use crate::survey::export::{AnswerCount, CountedAs};
use crate::survey::load::{self, Data, Indicator, Loaded, Sample, SampleSource};
use crate::survey::stats::{self, Interval, PairedCells};
use crate::survey::target::{self, Target, TargetKind, TargetStatus};
use crate::texts::Texts;

/// A group with fewer respondents than this on either side is too small to compare: its
/// counts are shown, its change is not worded.
pub const MIN_GROUP_RESPONDENTS: u64 = 30;

/// The results of the campaigns asked for.
#[derive(Debug, Clone)]
pub struct Results {
    pub campaigns: Vec<CampaignResults>,
    /// Campaigns without survey results: no `survey.toml`, or one with no indicators yet.
    pub without_survey: Vec<String>,
}

impl Results {
    /// The indicators that `scope` covers: of its campaigns, measured at the endline within its
    /// period (the baseline may lie before it: that is how a campaign is measured). A campaign
    /// left with no indicator counts as one without survey results.
    pub fn in_scope(self, scope: &Scope) -> Results {
        let mut without_survey: Vec<String> =
            self.without_survey.into_iter().filter(|id| scope.covers_campaign(id)).collect();
        let mut campaigns = Vec::new();
        for mut campaign in self.campaigns.into_iter().filter(|c| scope.covers_campaign(&c.campaign)) {
            campaign.indicators.retain(|indicator| scope.contains(indicator.after.date));
            if campaign.indicators.is_empty() {
                without_survey.push(campaign.campaign);
            } else {
                campaigns.push(campaign);
            }
        }
        Results { campaigns, without_survey }
    }
}

#[derive(Debug, Clone)]
pub struct CampaignResults {
    pub campaign: String,
    pub indicators: Vec<IndicatorResult>,
}

/// One indicator of one campaign: the shares before and after and the change.
#[derive(Debug, Clone, Serialize)]
pub struct IndicatorResult {
    pub campaign: String,
    pub indicator: String,
    /// The same people asked twice.
    pub paired: bool,
    pub before: ShareResult,
    pub after: ShareResult,
    pub change: ChangeResult,
    /// The confidence level of the intervals.
    pub level: f64,
    /// 1 for a simple random sample.
    pub design_effect: f64,
    /// The paired table, for paired data.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub pairs: Option<PairedCells<u64>>,
    #[serde(serialize_with = "texts_as_map")]
    pub question: Texts,
    #[serde(skip_serializing_if = "Option::is_none", serialize_with = "optional_texts_as_map")]
    pub measure: Option<Texts>,
    /// The same statistics for each group of respondents.
    pub groups: Vec<GroupResult>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub target: Option<TargetResult>,
}

/// One group of an indicator (the women, one village): the indicator's statistics for it alone.
#[derive(Debug, Clone, Serialize)]
pub struct GroupResult {
    /// The column it is a value of, as in the survey file.
    pub by: String,
    pub value: String,
    /// At least [`MIN_GROUP_RESPONDENTS`] respondents on each side. When false the change is
    /// still computed, but the report says "too few to compare".
    pub comparable: bool,
    pub before: ShareResult,
    pub after: ShareResult,
    pub change: ChangeResult,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub pairs: Option<PairedCells<u64>>,
    /// What the column is, in kk, ru and en.
    #[serde(serialize_with = "texts_as_map")]
    pub by_name: Texts,
    /// What the value means, in kk, ru and en.
    #[serde(serialize_with = "texts_as_map")]
    pub label: Texts,
}

/// The indicator's target and whether its interval shows it reached.
#[derive(Debug, Clone, Copy, Serialize)]
pub struct TargetResult {
    pub kind: TargetKind,
    pub value: f64,
    pub status: TargetStatus,
}
/// One survey's share of aware respondents.
#[derive(Debug, Clone, Serialize)]
pub struct ShareResult {
    #[serde(serialize_with = "as_text")]
    pub date: Date,
    pub respondents: u64,
    pub aware: u64,
    /// aware / respondents, as a fraction.
    pub share: f64,
    #[serde(serialize_with = "as_pair")]
    pub ci: Interval,
    /// respondents / design effect: the sample size the interval is computed with.
    pub effective_respondents: f64,
    /// Where the counts come from, when they were counted from a CSV export.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub csv: Option<CsvSource>,
}

#[derive(Debug, Clone, Serialize)]
pub struct CsvSource {
    pub file: String,
    /// The workbook's sheet, when the survey file names one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sheet: Option<String>,
    pub column: String,
    /// Blank answers, not counted as respondents.
    pub missing: u64,
    /// Each distinct answer with its count and how it was counted, the blanks last.
    pub answers: Vec<AnswerCount>,
}

/// After minus before.
#[derive(Debug, Clone, Serialize)]
pub struct ChangeResult {
    /// The change in percentage points, as a fraction (0.41 for +41 points).
    pub points: f64,
    #[serde(serialize_with = "as_pair")]
    pub ci: Interval,
    /// points / share before; `null` when the share before is 0.
    pub relative: Option<f64>,
    /// The p-value of `test`.
    pub p_value: f64,
    pub test: Test,
    /// The interval for the change excludes 0 and the test's p-value is below 1 − level: both
    /// methods agree that the change is real.
    pub significant: bool,
    /// The interval for the change excludes 0. When the test disagrees (a borderline result,
    /// possible because the interval and the test are different methods) the sentence says so.
    pub interval_excludes_zero: bool,
    /// Paired data: McNemar's χ² test with continuity correction, beside the exact test.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub chi2_p_value: Option<f64>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub enum Test {
    #[serde(rename = "two-proportion z")]
    TwoProportionZ,
    #[serde(rename = "mcnemar exact")]
    McNemarExact,
}

/// Loads the surveys of the campaigns, given as (id, folder), and computes their results.
/// `None` when a survey file has errors (they are in `diagnostics`).
pub fn results<'a>(
    campaigns: impl IntoIterator<Item = (&'a str, &'a Folder)>,
    level: f64,
    diagnostics: &mut Diagnostics,
) -> Option<Results> {
    let mut results = Results { campaigns: Vec::new(), without_survey: Vec::new() };
    let mut failed = false;
    for (id, folder) in campaigns {
        match load::load(folder, diagnostics) {
            Loaded::Absent => results.without_survey.push(id.to_string()),
            Loaded::Invalid => failed = true,
            Loaded::Survey(survey) if survey.indicators.is_empty() => results.without_survey.push(id.to_string()),
            Loaded::Survey(survey) => {
                let indicators = survey.indicators.iter().map(|indicator| analyse(id, indicator, level)).collect();
                results.campaigns.push(CampaignResults { campaign: id.to_string(), indicators });
            }
        }
    }
    (!failed).then_some(results)
}

/// The statistics of one indicator at confidence level `level`.
pub fn analyse(campaign: &str, indicator: &Indicator, level: f64) -> IndicatorResult {
    let effect = indicator.design_effect;
    let whole = measure(&indicator.data, effect, level);
    let groups = indicator
        .groups
        .iter()
        .map(|group| {
            let measured = measure(&group.data, effect, level);
            GroupResult {
                by: group.by.clone(),
                value: group.value.clone(),
                comparable: measured.before.respondents >= MIN_GROUP_RESPONDENTS
                    && measured.after.respondents >= MIN_GROUP_RESPONDENTS,
                before: measured.before,
                after: measured.after,
                change: measured.change,
                pairs: measured.pairs,
                by_name: group.by_name.clone(),
                label: group.label.clone(),
            }
        })
        .collect();
    let target = indicator.target.map(|target| {
        let interval = match target {
            Target::After(_) => whole.after.ci,
            Target::Change(_) => whole.change.ci,
        };
        TargetResult { kind: target.kind(), value: target.value(), status: target::status(interval, target.value()) }
    });
    IndicatorResult {
        campaign: campaign.to_string(),
        indicator: indicator.id.clone(),
        paired: whole.pairs.is_some(),
        before: whole.before,
        after: whole.after,
        change: whole.change,
        level,
        design_effect: effect,
        pairs: whole.pairs,
        question: indicator.question.clone(),
        measure: indicator.measure.clone(),
        groups,
        target,
    }
}

/// The shares, the change and its test of one set of counts.
struct Measured {
    before: ShareResult,
    after: ShareResult,
    change: ChangeResult,
    pairs: Option<PairedCells<u64>>,
}

fn measure(data: &Data, effect: f64, level: f64) -> Measured {
    let z = stats::critical_value(level);
    match data {
        Data::Independent { before, after } => {
            let effective = |sample: &Sample| (sample.aware as f64 / effect, sample.respondents as f64 / effect);
            let (before_counts, after_counts) = (effective(before), effective(after));
            let before_share = share(before.date, before.respondents, before.aware, &before.source, effect, z);
            let after_share = share(after.date, after.respondents, after.aware, &after.source, effect, z);
            let change = change(
                &before_share,
                &after_share,
                level,
                (
                    stats::newcombe_independent(after_counts, before_counts, z),
                    stats::two_proportion_z_test(after_counts, before_counts),
                ),
                Test::TwoProportionZ,
                None,
            );
            Measured { before: before_share, after: after_share, change, pairs: None }
        }
        Data::Paired { before, after, cells } => {
            let n = cells.total();
            let effective = cells.effective(effect);
            let before_share = share(*before, n, cells.aware_before(), &SampleSource::Counts, effect, z);
            let after_share = share(*after, n, cells.aware_after(), &SampleSource::Counts, effect, z);
            let change = change(
                &before_share,
                &after_share,
                level,
                (
                    stats::newcombe_paired(&effective, z),
                    stats::mcnemar_exact(effective.only_before, effective.only_after),
                ),
                Test::McNemarExact,
                Some(stats::mcnemar_chi_square(effective.only_before, effective.only_after)),
            );
            Measured { before: before_share, after: after_share, change, pairs: Some(*cells) }
        }
    }
}

fn share(date: Date, respondents: u64, aware: u64, source: &SampleSource, effect: f64, z: f64) -> ShareResult {
    let effective_respondents = respondents as f64 / effect;
    ShareResult {
        date,
        respondents,
        aware,
        share: aware as f64 / respondents as f64,
        ci: stats::wilson(aware as f64 / effect, effective_respondents, z),
        effective_respondents,
        csv: match source {
            SampleSource::Counts => None,
            SampleSource::Csv { file, sheet, column, missing, answers, .. } => {
                let mut answers = answers.clone();
                // How they were counted, then the most frequent first.
                answers.sort_by(|a, b| (a.counted_as, b.count).cmp(&(b.counted_as, a.count)));
                // The blank answers; those listed in `missing-if` are in the list already.
                let listed: u64 = answers.iter().filter(|a| a.counted_as == CountedAs::Missing).map(|a| a.count).sum();
                let blank = missing.saturating_sub(listed);
                if blank > 0 {
                    answers.push(AnswerCount { answer: String::new(), count: blank, counted_as: CountedAs::Missing });
                }
                Some(CsvSource {
                    file: file.clone(),
                    sheet: sheet.clone(),
                    column: column.clone(),
                    missing: *missing,
                    answers,
                })
            }
        },
    }
}

fn change(
    before: &ShareResult,
    after: &ShareResult,
    level: f64,
    (ci, p_value): (Interval, f64),
    test: Test,
    chi2_p_value: Option<f64>,
) -> ChangeResult {
    let interval_excludes_zero = !ci.contains(0.0);
    ChangeResult {
        points: after.share - before.share,
        ci,
        relative: stats::relative_change(after.share, before.share),
        p_value,
        test,
        significant: interval_excludes_zero && p_value < 1.0 - level,
        interval_excludes_zero,
        chi2_p_value,
    }
}

fn as_text<S: Serializer>(date: &Date, serializer: S) -> Result<S::Ok, S::Error> {
    serializer.collect_str(date)
}

fn as_pair<S: Serializer>(interval: &Interval, serializer: S) -> Result<S::Ok, S::Error> {
    [interval.lower, interval.upper].serialize(serializer)
}

fn texts_as_map<S: Serializer>(texts: &Texts, serializer: S) -> Result<S::Ok, S::Error> {
    texts.0.serialize(serializer)
}

fn optional_texts_as_map<S: Serializer>(texts: &Option<Texts>, serializer: S) -> Result<S::Ok, S::Error> {
    texts.as_ref().map(|t| &t.0).serialize(serializer)
}
