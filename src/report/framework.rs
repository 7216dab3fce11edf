//! The results framework: every indicator's baseline, target, endline, change, test and status
//! on one table, with its groups as indented rows, worded in the report's language.

use crate::campaign::Campaign;
use crate::lang::Lang;
use crate::numbers;
use crate::report::data::FrameworkRow;
use crate::report::labels::Labels;
use crate::survey::results::{GroupResult, IndicatorResult, Results, ShareResult, Test};
use crate::survey::target::TargetStatus;
use crate::survey::wording;

/// The rows of every campaign's indicators, in the order of the campaigns.
pub fn rows(campaigns: &[Campaign], results: &Results, labels: &Labels, lang: Lang) -> Vec<FrameworkRow> {
    let mut rows = Vec::new();
    for campaign in campaigns {
        let Some(found) = results.campaigns.iter().find(|c| c.campaign == campaign.id) else { continue };
        for result in &found.indicators {
            rows.push(indicator_row(campaign, result, labels, lang));
            rows.extend(result.groups.iter().map(|group| group_row(group, labels, lang)));
        }
    }
    rows
}

fn indicator_row(campaign: &Campaign, result: &IndicatorResult, labels: &Labels, lang: Lang) -> FrameworkRow {
    let decimals = wording::decimals_for(result);
    let name = result.measure.as_ref().map_or_else(|| result.question.get(lang), |m| m.get(lang));
    let (status, status_kind) = match result.target.map(|t| t.status) {
        Some(TargetStatus::Met) => (labels.met.to_string(), "met"),
        Some(TargetStatus::NotMet) => (labels.not_met.to_string(), "not-met"),
        Some(TargetStatus::Unclear) => (labels.unclear.to_string(), "unclear"),
        None => ("—".to_string(), "none"),
    };
    FrameworkRow {
        group: false,
        name: format!("{}: {}", campaign.district.get(lang), capitalised(name)),
        baseline: sample(&result.before, true, decimals, lang),
        target: result.target.as_ref().map_or_else(|| "—".to_string(), |t| target_cell(t, labels, lang)),
        endline: sample(&result.after, true, decimals, lang),
        change: change(result.change.points, result.change.ci.lower, result.change.ci.upper, decimals, lang),
        test: test(result.change.test, result.change.p_value, labels, lang),
        status,
        status_kind,
    }
}

fn group_row(group: &GroupResult, labels: &Labels, lang: Lang) -> FrameworkRow {
    let decimals = 1;
    let (change_cell, test_cell, status, status_kind) = if group.comparable {
        let change = &group.change;
        (
            self::change(change.points, change.ci.lower, change.ci.upper, decimals, lang),
            test(change.test, change.p_value, labels, lang),
            String::new(),
            "none",
        )
    } else {
        (labels.too_few.to_string(), String::new(), labels.too_few.to_string(), "too-few")
    };
    FrameworkRow {
        group: true,
        name: format!("{}: {}", group.by_name.get(lang), group.label.get(lang)),
        baseline: sample(&group.before, false, decimals, lang),
        target: String::new(),
        endline: sample(&group.after, false, decimals, lang),
        change: change_cell,
        test: test_cell,
        status,
        status_kind,
    }
}

/// The cell of one survey: its date (for the indicator), its size, its share with the interval.
fn sample(share: &ShareResult, with_date: bool, decimals: usize, lang: Lang) -> Vec<String> {
    let mut lines = Vec::new();
    if with_date {
        lines.push(share.date.short(lang));
    }
    lines.push(format!("n\u{a0}=\u{a0}{}", numbers::integer(share.respondents, lang)));
    if share.respondents > 0 {
        lines.push(format!(
            "{} ({}–{})",
            wording::percent(share.share, decimals, lang),
            wording::decimal(share.ci.lower * 100.0, decimals, lang),
            wording::percent(share.ci.upper, decimals, lang)
        ));
    }
    lines
}

fn target_cell(target: &crate::survey::results::TargetResult, labels: &Labels, lang: Lang) -> String {
    let value = wording::target_value(target, lang);
    match target.kind {
        crate::survey::target::TargetKind::After => format!("{} {value}", labels.at_least),
        crate::survey::target::TargetKind::Change => format!("{value} {}", labels.points),
    }
}

fn change(points: f64, lower: f64, upper: f64, decimals: usize, lang: Lang) -> String {
    format!(
        "{} ({} … {})",
        wording::signed_points(points, decimals, lang),
        wording::signed_points(lower, decimals, lang),
        wording::signed_points(upper, decimals, lang)
    )
}

fn test(test: Test, p: f64, labels: &Labels, lang: Lang) -> String {
    let name = match test {
        Test::TwoProportionZ => labels.z_test,
        Test::McNemarExact => labels.mcnemar,
    };
    let p = if p < 0.001 {
        format!("p\u{a0}<\u{a0}{}", wording::decimal(0.001, 3, lang))
    } else {
        format!("p\u{a0}=\u{a0}{}", wording::decimal(p, 3, lang))
    };
    format!("{name}, {p}")
}

fn capitalised(text: &str) -> String {
    let mut chars = text.chars();
    chars.next().map_or_else(String::new, |first| first.to_uppercase().chain(chars).collect())
}
