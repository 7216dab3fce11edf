//! Value for money: printing cost per copy printed and per copy handed out, per campaign and
//! for the programme, and cost per person reached for the community projects. Each figure is
//! given only where both of its numbers are recorded; the report says what each divides by.

use crate::campaign::Campaign;
use crate::lang::Lang;
use crate::ledger::Totals;
use crate::numbers;
use crate::project::Activity;
use crate::report::data::{ProjectValue, ValueForMoney, ValueRow};

const NONE: &str = "—";

pub fn value_for_money(
    activities: &[Activity],
    campaigns: &[Campaign],
    totals: &[Totals],
    total_name: &str,
    lang: Lang,
) -> ValueForMoney {
    let rows = campaigns
        .iter()
        .filter_map(|campaign| {
            let t = totals.iter().find(|t| t.campaign == campaign.id).filter(|t| t.runs > 0)?;
            Some(row(
                campaign.district.get(lang).to_string(),
                t.cost,
                t.copies_with_cost,
                t.printed,
                t.handed_out,
                t.runs_without_cost,
                lang,
            ))
        })
        .collect();
    let sum = |f: fn(&Totals) -> u64| totals.iter().map(f).sum::<u64>();
    let runs_without_cost = totals.iter().map(|t| t.runs_without_cost).sum();
    let total = row(
        total_name.to_string(),
        sum(|t| t.cost),
        sum(|t| t.copies_with_cost),
        sum(|t| t.printed),
        sum(|t| t.handed_out),
        runs_without_cost,
        lang,
    );
    let district = |id: &str| {
        campaigns.iter().find(|c| c.id == id).map_or_else(|| id.to_string(), |c| c.district.get(lang).to_string())
    };
    let projects = activities
        .iter()
        .map(|activity| ProjectValue {
            district: district(&activity.district),
            title: activity.title.get(lang).to_string(),
            cost: activity.cost.map_or_else(|| NONE.to_string(), |c| numbers::tenge(c, lang)),
            reached: activity.reached.map_or_else(|| NONE.to_string(), |r| numbers::integer(u64::from(r), lang)),
            per_person: match (activity.cost, activity.reached) {
                (Some(cost), Some(reached)) if reached > 0 => {
                    numbers::tenge_fraction(cost as f64 / f64::from(reached), lang)
                }
                _ => NONE.to_string(),
            },
        })
        .collect();
    ValueForMoney { rows, total, projects }
}

fn row(
    name: String,
    cost: u64,
    copies_with_cost: u64,
    printed: u64,
    handed_out: u64,
    runs_without_cost: usize,
    lang: Lang,
) -> ValueRow {
    let costed = copies_with_cost > 0;
    ValueRow {
        name,
        cost: if costed { numbers::tenge(cost, lang) } else { NONE.to_string() },
        printed: numbers::integer(printed, lang),
        per_printed: if costed {
            numbers::tenge_fraction(cost as f64 / copies_with_cost as f64, lang)
        } else {
            NONE.to_string()
        },
        handed_out: numbers::integer(handed_out, lang),
        // Dividing a part of the cost by all the copies handed out would flatter the figure.
        per_handed_out: if costed && runs_without_cost == 0 && handed_out > 0 {
            numbers::tenge_fraction(cost as f64 / handed_out as f64, lang)
        } else {
            NONE.to_string()
        },
    }
}
