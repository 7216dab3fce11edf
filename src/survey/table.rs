//! The readable output of `kitapsha stats`: a table of every indicator, notes on where the
//! counts come from, and the sentences to paste into reports.

use std::fmt::Write;

use crate::lang::Lang;
use crate::survey::results::{GroupResult, IndicatorResult, MIN_GROUP_RESPONDENTS, Results, ShareResult, Test};
use crate::survey::target::TargetStatus;
use crate::survey::wording;

/// The table, the notes and the sentences (in `lang`, or in all three), at confidence `level`.
pub fn render(results: &Results, level: f64, lang: Option<Lang>, _ui: Lang) -> String {
    let mut out = String::new();
    let all: Vec<&IndicatorResult> = results.campaigns.iter().flat_map(|c| &c.indicators).collect();
    let level = format!("{} %", trimmed_level(level));
    if all.is_empty() {
        out.push_str("no survey results in the campaigns asked for\n");
    } else {
        let _ = writeln!(
            out,
            "Share aware before and after, in % with {level} confidence intervals; change = after minus before, in percentage points. Indented rows are groups of respondents; a group with fewer than {MIN_GROUP_RESPONDENTS} on either side is too few to compare.\n"
        );
        out.push_str(&table(&all, &level));
        let notes = notes(&all);
        if !notes.is_empty() {
            out.push('\n');
            out.push_str(&notes);
        }
    }
    if !results.without_survey.is_empty() {
        let _ = writeln!(out, "\nno survey results (skipped): {}", results.without_survey.join(", "));
    }
    let languages: Vec<Lang> = lang.map_or(Lang::ALL.to_vec(), |lang| vec![lang]);
    for lang in languages {
        if all.is_empty() {
            break;
        }
        let _ = writeln!(out, "\nSentences in {} ({}):", lang.english_name(), lang.code());
        for result in &all {
            let _ = writeln!(out, "{}/{}:\n  {}", result.campaign, result.indicator, wording::sentence(result, lang));
        }
    }
    out.trim_end().to_string()
}

fn table(all: &[&IndicatorResult], level: &str) -> String {
    let header = [
        "campaign".to_string(),
        "indicator".to_string(),
        "n".to_string(),
        format!("before ({level} CI)"),
        "n".to_string(),
        format!("after ({level} CI)"),
        format!("change, pp ({level} CI)"),
        "p".to_string(),
        "test".to_string(),
        "target".to_string(),
    ];
    let mut rows: Vec<[String; 10]> = Vec::new();
    for r in all {
        rows.push([
            r.campaign.clone(),
            r.indicator.clone(),
            r.before.respondents.to_string(),
            share_cell(&r.before),
            r.after.respondents.to_string(),
            share_cell(&r.after),
            change_cell(r.change.points, r.change.ci.lower, r.change.ci.upper),
            p_value(r.change.p_value),
            match r.change.test {
                Test::TwoProportionZ => "two-proportion z".to_string(),
                Test::McNemarExact => "McNemar exact".to_string(),
            },
            r.target.as_ref().map_or_else(String::new, |t| {
                let status = match t.status {
                    TargetStatus::Met => "met",
                    TargetStatus::NotMet => "not met",
                    TargetStatus::Unclear => "unclear",
                };
                format!("{}: {status}", wording::target_value(t, Lang::En))
            }),
        ]);
        rows.extend(r.groups.iter().map(group_row));
    }
    let mut widths = header.clone().map(|h| h.chars().count());
    debug_assert_eq!(widths.len(), 10);
    for row in &rows {
        for (width, cell) in widths.iter_mut().zip(row) {
            *width = (*width).max(cell.chars().count());
        }
    }
    // Numbers are right-aligned, text left-aligned.
    let right = [false, false, true, true, true, true, true, true, false, false];
    let line = |cells: &[String; 10]| {
        let mut text = String::new();
        for (index, cell) in cells.iter().enumerate() {
            let pad = " ".repeat(widths[index] - cell.chars().count());
            if right[index] {
                text.push_str(&pad);
                text.push_str(cell);
            } else {
                text.push_str(cell);
                text.push_str(&pad);
            }
            text.push_str("  ");
        }
        text.trim_end().to_string() + "\n"
    };
    let mut out = line(&header);
    for row in &rows {
        out.push_str(&line(row));
    }
    out
}

/// Where counts come from when that is not plain counts of two samples: CSV exports with their
/// blank answers, paired tables, design effects.
fn notes(all: &[&IndicatorResult]) -> String {
    let mut out = String::new();
    for result in all {
        let name = format!("{}/{}", result.campaign, result.indicator);
        for (when, share) in [("before", &result.before), ("after", &result.after)] {
            if let Some(csv) = &share.csv {
                let _ = writeln!(
                    out,
                    "{name}: {when}: counted from {}, column {}; {} blank answer(s) left out",
                    csv.file, csv.column, csv.missing
                );
            }
        }
        if let (Some(pairs), Some(chi2)) = (&result.pairs, result.change.chi2_p_value) {
            let _ = writeln!(
                out,
                "{name}: the same {} people asked twice (aware both times {}, only before {}, only after {}, neither {}); McNemar chi-square with continuity correction: p {}",
                result.before.respondents,
                pairs.both,
                pairs.only_before,
                pairs.only_after,
                pairs.neither,
                if chi2 < 0.001 { "< 0.001".to_string() } else { format!("= {chi2:.3}") }
            );
        }
        if result.design_effect != 1.0 {
            let _ = writeln!(
                out,
                "{name}: design effect {}: intervals and test use effective sample sizes {:.1} and {:.1}",
                result.design_effect, result.before.effective_respondents, result.after.effective_respondents
            );
        }
    }
    out
}

/// A group as an indented row: its shares and, when it is large enough, its change.
fn group_row(group: &GroupResult) -> [String; 10] {
    let (change, p) = if group.comparable {
        (change_cell(group.change.points, group.change.ci.lower, group.change.ci.upper), p_value(group.change.p_value))
    } else {
        ("too few to compare".to_string(), String::new())
    };
    [
        String::new(),
        format!("  {}: {}", group.by_name.get(Lang::En), group.label.get(Lang::En)),
        group.before.respondents.to_string(),
        share_cell(&group.before),
        group.after.respondents.to_string(),
        share_cell(&group.after),
        change,
        p,
        String::new(),
        String::new(),
    ]
}

fn change_cell(points: f64, lower: f64, upper: f64) -> String {
    format!("{} [{}, {}]", signed(points * 100.0), signed(lower * 100.0), signed(upper * 100.0))
}

fn share_cell(share: &ShareResult) -> String {
    if share.respondents == 0 {
        return "—".to_string();
    }
    format!("{:.1} [{:.1}, {:.1}]", share.share * 100.0, share.ci.lower * 100.0, share.ci.upper * 100.0)
}

fn signed(value: f64) -> String {
    let text = format!("{value:.1}");
    if value > 0.0 && text != "0.0" { format!("+{text}") } else { text.replace("-0.0", "0.0") }
}

fn p_value(p: f64) -> String {
    if p < 0.001 { "<0.001".to_string() } else { format!("{p:.3}") }
}

fn trimmed_level(level: f64) -> String {
    let text = format!("{:.2}", level * 100.0);
    text.trim_end_matches('0').trim_end_matches('.').to_string()
}
