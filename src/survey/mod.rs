//! Survey statistics: `booklets/<id>/survey.toml` (and the CSV exports it names) turned into
//! shares before and after with confidence intervals, the change in percentage points with its
//! interval and test, and sentences that say so honestly in kk, ru and en.
//!
//! [`results`] gives the per-campaign results as data, for `kitapsha stats` and the donor
//! report alike; [`stats_command`] is the command.

pub mod csv;
pub mod load;
pub mod stats;
pub mod table;
pub mod wording;

use std::collections::BTreeMap;

use serde::{Serialize, Serializer};

use crate::campaign::model::Texts;
use crate::date::Date;
use crate::diag::Diagnostic;
use crate::lang::Lang;
use crate::project::Project;
use load::{Data, Indicator, Loaded, PairedCounts, Sample, SampleSource};
use stats::{Interval, PairedCells};

/// What `kitapsha stats` was asked for.
#[derive(Debug, Clone)]
pub struct StatsOptions {
    /// Confidence level of every interval, e.g. 0.95.
    pub level: f64,
    /// The language of the sentences; all three when `None`.
    pub lang: Option<Lang>,
    /// Print JSON instead of the table.
    pub json: bool,
}

/// The results of the campaigns asked for.
#[derive(Debug, Clone)]
pub struct Results {
    pub campaigns: Vec<CampaignResults>,
    /// Campaigns without survey results: no `survey.toml`, or one with no indicators yet.
    pub without_survey: Vec<String>,
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
    pub pairs: Option<Pairs>,
    #[serde(serialize_with = "texts_as_map")]
    pub question: Texts,
    #[serde(skip_serializing_if = "Option::is_none", serialize_with = "optional_texts_as_map")]
    pub measure: Option<Texts>,
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
    pub column: String,
    /// Blank answers, not counted as respondents.
    pub missing: u64,
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

#[derive(Debug, Clone, Copy, Serialize)]
pub struct Pairs {
    pub both: u64,
    pub only_before: u64,
    pub only_after: u64,
    pub neither: u64,
}

/// Loads the surveys of the named campaigns (all when none are named) and computes their
/// results. `None` when a survey file has errors (they are in `diagnostics`).
pub fn results(project: &Project, named: &[String], level: f64, diagnostics: &mut Vec<Diagnostic>) -> Option<Results> {
    let ids = match project.select_campaigns(named) {
        Ok(ids) => ids,
        Err(diagnostic) => {
            diagnostics.push(diagnostic);
            return None;
        }
    };
    let mut results = Results { campaigns: Vec::new(), without_survey: Vec::new() };
    let mut failed = false;
    for id in ids {
        let dir = match project.campaign_dir(&id) {
            Ok(dir) => dir,
            Err(diagnostic) => {
                diagnostics.push(diagnostic);
                failed = true;
                continue;
            }
        };
        let shown = std::path::Path::new(crate::project::BOOKLETS_DIR).join(&id);
        match load::load(&dir, &shown, diagnostics) {
            Loaded::Absent => results.without_survey.push(id),
            Loaded::Invalid => failed = true,
            Loaded::Survey(survey) if survey.indicators.is_empty() => results.without_survey.push(id),
            Loaded::Survey(survey) => {
                let indicators = survey.indicators.iter().map(|indicator| analyse(&id, indicator, level)).collect();
                results.campaigns.push(CampaignResults { campaign: id, indicators });
            }
        }
    }
    (!failed).then_some(results)
}

/// The statistics of one indicator at confidence level `level`.
pub fn analyse(campaign: &str, indicator: &Indicator, level: f64) -> IndicatorResult {
    let z = stats::critical_value(level);
    let effect = indicator.design_effect;
    let (before, after, change, pairs) = match &indicator.data {
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
            (before_share, after_share, change, None)
        }
        Data::Paired { before, after, cells } => {
            let PairedCounts { both, only_before, only_after, neither } = *cells;
            let n = cells.total();
            let effective = PairedCells {
                both: both as f64,
                only_before: only_before as f64,
                only_after: only_after as f64,
                neither: neither as f64,
            }
            .scaled(effect);
            let before_share = share(*before, n, both + only_before, &SampleSource::Counts, effect, z);
            let after_share = share(*after, n, both + only_after, &SampleSource::Counts, effect, z);
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
            (before_share, after_share, change, Some(Pairs { both, only_before, only_after, neither }))
        }
    };
    IndicatorResult {
        campaign: campaign.to_string(),
        indicator: indicator.id.clone(),
        paired: pairs.is_some(),
        before,
        after,
        change,
        level,
        design_effect: effect,
        pairs,
        question: indicator.question.clone(),
        measure: indicator.measure.clone(),
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
            SampleSource::Csv { file, column, missing } => {
                Some(CsvSource { file: file.clone(), column: column.clone(), missing: *missing })
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

/// `kitapsha stats`: the table and the sentences, or JSON. `None` after errors.
pub fn stats_command(
    project: &Project,
    named: &[String],
    options: &StatsOptions,
    diagnostics: &mut Vec<Diagnostic>,
) -> Option<String> {
    let results = results(project, named, options.level, diagnostics)?;
    if options.json {
        return Some(to_json(&results));
    }
    Some(table::render(&results, options))
}

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
pub fn parse_level(text: &str) -> Result<f64, String> {
    let value: f64 = text
        .trim()
        .parse()
        .map_err(|_| format!("`{text}` is not a number; write the level as a fraction, e.g. 0.95"))?;
    if value > 0.5 && value < 1.0 {
        Ok(value)
    } else if value > 50.0 && value < 100.0 {
        Err(format!("the level is a fraction: did you mean {}?", value / 100.0))
    } else {
        Err("the level is a fraction between 0.5 and 1, e.g. 0.95".to_string())
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
