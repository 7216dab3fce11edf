//! The donor report: one A4 PDF in the donor's language with what was printed and handed out,
//! where, at what cost, and how awareness changed, with honest statistics.
//!
//! Everything is gathered and worded here, in Rust; the template only lays it out. A campaign
//! without a ledger or a survey still gets its part, which says what is missing.

pub mod labels;
mod thumbnail;

pub use thumbnail::{Covers, covers};

use std::path::{Path, PathBuf};

use serde_json::{Value, json};
use typst::foundations::Bytes;

use crate::build;
use crate::campaign::{Campaign, Format, Item};
use crate::diag::{Diagnostic, display_path};
use crate::fsutil;
use crate::lang::Lang;
use crate::ledger::{self, stock::Totals};
use crate::numbers;
use crate::project::Project;
use crate::survey::{self, IndicatorResult, wording};
use crate::typeset::{self, compile, hyphenate_kk};

const TEMPLATE: &str = include_str!("../typeset/templates/report.typ");

/// The campaigns of the programme, typeset: what the reports are made from.
pub struct Programme {
    pub campaigns: Vec<Campaign>,
    /// Each booklet's cover thumbnails, rendered once for all the reports; `None` for a campaign
    /// that could not be typeset.
    covers: Vec<Option<Covers>>,
}

impl Programme {
    /// The programme of already typeset campaigns (`covers` in the order of `campaigns`).
    pub fn new(campaigns: Vec<Campaign>, covers: Vec<Option<Covers>>) -> Programme {
        Programme { campaigns, covers }
    }

    /// Loads and typesets every campaign (on all cores).
    pub fn typeset(project: &Project, diagnostics: &mut Vec<Diagnostic>) -> Programme {
        let campaigns = build::load_campaigns(project, &[], diagnostics);
        let covers = build::typeset_all(project, &campaigns, thumbnail::covers, diagnostics);
        Programme::new(campaigns, covers)
    }
}

/// Builds the report in `lang` and writes it to `out`. Returns the path written.
pub fn write(
    project: &Project,
    programme: &Programme,
    lang: Lang,
    out: &Path,
    emit_typst: Option<&Path>,
    diagnostics: &mut Vec<Diagnostic>,
) -> Option<PathBuf> {
    let (bytes, sources) = report_pdf(project, programme, lang, diagnostics)?;
    if let Some(dir) = emit_typst {
        let folder = dir.join(format!("report-{}", lang.code()));
        if let Err(error) = sources.write_to(&folder) {
            diagnostics.push(Diagnostic::file_error(
                display_path(&project.root, &folder),
                format!("cannot write the Typst sources: {error}"),
            ));
        }
    }
    match fsutil::write_atomically(out, &bytes) {
        Ok(()) => Some(out.to_path_buf()),
        Err(error) => {
            diagnostics.push(Diagnostic::file_error(
                display_path(&project.root, out),
                format!("cannot write the report: {error}"),
            ));
            None
        }
    }
}

/// The report in every language, on all cores, into `out/report-<lang>.pdf`.
pub fn write_all(
    project: &Project,
    programme: &Programme,
    out: &Path,
    emit_typst: Option<&Path>,
    diagnostics: &mut Vec<Diagnostic>,
) -> Vec<PathBuf> {
    let languages = [Lang::En, Lang::Ru, Lang::Kk];
    let written = crate::parallel::map_reporting(&languages, diagnostics, |&lang, found| {
        write(project, programme, lang, &out.join(format!("report-{}.pdf", lang.code())), emit_typst, found)
    });
    written.into_iter().flatten().collect()
}

/// The report's PDF bytes, and what it was compiled from.
pub fn report_pdf(
    project: &Project,
    programme: &Programme,
    lang: Lang,
    diagnostics: &mut Vec<Diagnostic>,
) -> Option<(Vec<u8>, compile::Sources)> {
    let errors_before = diagnostics.iter().filter(|d| d.is_error()).count();
    let campaigns = &programme.campaigns;
    let totals = ledger::totals(project, diagnostics)?;
    let results = survey::results(project, &[], survey::stats::DEFAULT_LEVEL, diagnostics)?;
    if diagnostics.iter().filter(|d| d.is_error()).count() > errors_before {
        return None;
    }
    let mut files = Vec::new();
    let mut parts = Vec::new();
    for (campaign, covers) in campaigns.iter().zip(&programme.covers) {
        let path = format!("/thumbnails/{}.jpg", campaign.id);
        files.push((path.clone(), covers.as_ref()?.get(&lang)?.clone()));
        let campaign_totals = totals.iter().find(|t| t.campaign == campaign.id);
        let indicators: Vec<&IndicatorResult> =
            results.campaigns.iter().filter(|c| c.campaign == campaign.id).flat_map(|c| c.indicators.iter()).collect();
        parts.push(campaign_part(campaign, campaign_totals, &indicators, &path, lang));
    }
    let data = json!({
        "lang": lang.code(),
        "labels": prose_labels(lang),
        "title": project.programme.title.get(lang),
        "organisation": project.organisation.name.get(lang),
        "address": project.organisation.address.get(lang),
        "contact": format!("{} · {}", project.organisation.phone, project.organisation.email),
        "donor": project.programme.donor,
        "period": format!("{} – {}", project.programme.from.long(lang), project.programme.to.long(lang)),
        "prepared": build::creation_date(project).long(lang),
        "summary": summary(campaigns, &totals, lang),
        "key-changes": key_changes(campaigns, &results, lang),
        "campaigns": parts,
        "activities": activities(project, campaigns, lang),
        "methodology": methodology(project, campaigns, &results, lang),
    });
    files.push(("/report.json".to_string(), Bytes::new(data.to_string().into_bytes())));
    let today = build::creation_date(project);
    let shown = Path::new(crate::project::PROJECT_FILE);
    let sources = compile::Sources { template: TEMPLATE, files };
    let compiled = crate::timing::phase(&format!("report-{}: compile", lang.code()), || {
        compile::compile(TEMPLATE, sources.files.clone(), today, shown)
    });
    let document = match compiled {
        Ok(document) => document,
        Err(problems) => {
            diagnostics.extend(problems);
            return None;
        }
    };
    let pdf = crate::timing::phase(&format!("report-{}: PDF", lang.code()), || {
        typeset::accessible_pdf(&document, today, &format!("report-{}", lang.code()))
    });
    match pdf {
        Ok(bytes) => Some((bytes, sources)),
        Err(message) => {
            diagnostics.push(Diagnostic::file_error(shown, format!("the report PDF could not be written: {message}")));
            None
        }
    }
}

/// One row per campaign, and the totals.
fn summary(campaigns: &[Campaign], totals: &[Totals], lang: Lang) -> Value {
    let rows: Vec<Value> = campaigns
        .iter()
        .map(|campaign| {
            let t = totals.iter().find(|t| t.campaign == campaign.id);
            json!({
                "district": campaign.district.get(lang),
                "topic": campaign.topic.get(lang),
                "printed": t.map(|t| numbers::integer(t.printed, lang)),
                "handed-out": t.map(|t| numbers::integer(t.handed_out, lang)),
                "in-stock": t.map(|t| numbers::integer(t.in_stock, lang)),
                "cost": t.filter(|t| t.copies_with_cost > 0).map(|t| numbers::tenge(t.cost, lang)),
            })
        })
        .collect();
    let sum = |f: fn(&Totals) -> u64| totals.iter().map(f).sum::<u64>();
    json!({
        "rows": rows,
        "printed": numbers::integer(sum(|t| t.printed), lang),
        "handed-out": numbers::integer(sum(|t| t.handed_out), lang),
        "in-stock": numbers::integer(sum(|t| t.in_stock), lang),
        "cost": numbers::tenge(sum(|t| t.cost), lang),
    })
}

/// The first indicator of each campaign, as a sentence.
fn key_changes(campaigns: &[Campaign], results: &survey::Results, lang: Lang) -> Vec<Value> {
    campaigns
        .iter()
        .filter_map(|campaign| {
            let first = results.campaigns.iter().find(|c| c.campaign == campaign.id)?.indicators.first()?;
            Some(json!({ "district": campaign.district.get(lang), "sentence": prose(lang, &wording::sentence(first, lang)) }))
        })
        .collect()
}

fn campaign_part(
    campaign: &Campaign,
    totals: Option<&Totals>,
    indicators: &[&IndicatorResult],
    thumbnail: &str,
    lang: Lang,
) -> Value {
    let languages: Vec<&str> = campaign.languages.iter().map(|l| l.code()).collect();
    json!({
        "id": campaign.id,
        "district": campaign.district.get(lang),
        "topic": campaign.topic.get(lang),
        "thumbnail": thumbnail,
        "thumbnail-alt": format!("{}: {}", campaign.district.get(lang), campaign.cover.text.values().next().map_or("", |t| t.title.as_str())),
        "format": match campaign.format { Format::A5 => "A5", Format::A6 => "A6", Format::A4Trifold => "A4 (3)" },
        "languages": languages.join(", ").to_uppercase(),
        "ledger": totals.filter(|t| t.runs > 0).map(|t| ledger_part(t, lang)),
        "indicators": indicators.iter().map(|r| indicator_part(r, lang)).collect::<Vec<_>>(),
        "quote": quote(campaign, lang),
    })
}

fn ledger_part(totals: &Totals, lang: Lang) -> Value {
    let most = totals.hand_outs_by_place.values().copied().max().unwrap_or(1).max(1);
    let places: Vec<Value> = totals
        .hand_outs_by_place
        .iter()
        .map(|(place, &copies)| json!({ "place": place, "copies": numbers::integer(copies, lang), "share": copies as f64 / most as f64 }))
        .collect();
    let cost_per_copy = (totals.copies_with_cost > 0).then(|| totals.cost as f64 / totals.copies_with_cost as f64);
    json!({
        "printed": numbers::integer(totals.printed, lang),
        "handed-out": numbers::integer(totals.handed_out, lang),
        "in-stock": numbers::integer(totals.in_stock, lang),
        "runs": totals.runs,
        "cost": (totals.copies_with_cost > 0).then(|| numbers::tenge(totals.cost, lang)),
        "cost-per-copy": cost_per_copy.map(|c| numbers::tenge_fraction(c, lang)),
        "places": places,
        "last-hand-out": totals.last_hand_out.map(|d| d.long(lang)),
    })
}

fn indicator_part(result: &IndicatorResult, lang: Lang) -> Value {
    let decimals = wording::decimals_for(result);
    let share = |s: &survey::ShareResult| {
        json!({
            "share": s.share,
            "lower": s.ci.lower,
            "upper": s.ci.upper,
            "label": wording::percent(s.share, decimals, lang),
            "interval": format!("{}–{}", wording::percent(s.ci.lower, decimals, lang), wording::percent(s.ci.upper, decimals, lang)),
            "n": numbers::integer(s.respondents, lang),
            "date": s.date.long(lang),
        })
    };
    let change = &result.change;
    json!({
        "question": result.question.get(lang),
        "before": share(&result.before),
        "after": share(&result.after),
        "change": wording::signed_points(change.points, decimals, lang),
        "change-interval": format!(
            "{} … {}",
            wording::signed_points(change.ci.lower, decimals, lang),
            wording::signed_points(change.ci.upper, decimals, lang)
        ),
        "sentence": prose(lang, &wording::sentence(result, lang)),
    })
}

/// The first quote of the booklet, in the report's language when the booklet has it, else in
/// the booklet's first language, saying which.
fn quote(campaign: &Campaign, lang: Lang) -> Option<Value> {
    let quote = campaign.content.iter().find_map(|item| match item {
        Item::Quote(quote) => Some(quote),
        Item::Section(_) => None,
    })?;
    let (used, text) = quote.text.get(&lang).map(|t| (lang, t)).or_else(|| {
        let first = campaign.languages[0];
        quote.text.get(&first).map(|t| (first, t))
    })?;
    Some(json!({
        "text": text.text,
        "who": text.who,
        "lang": used.code(),
        "in-other-language": used != lang,
    }))
}

fn activities(project: &Project, campaigns: &[Campaign], lang: Lang) -> Value {
    let district = |id: &str| {
        campaigns.iter().find(|c| c.id == id).map_or_else(|| id.to_string(), |c| c.district.get(lang).to_string())
    };
    let rows: Vec<Value> = project
        .activities
        .iter()
        .map(|a| json!({ "district": district(&a.district), "title": a.title.get(lang), "reached": a.reached.map(|r| numbers::integer(u64::from(r), lang)) }))
        .collect();
    let reached: u64 = project.activities.iter().filter_map(|a| a.reached).map(u64::from).sum();
    let counted = project.activities.iter().filter(|a| a.reached.is_some()).count();
    json!({
        "rows": rows,
        "reached": numbers::integer(reached, lang),
        "counted": counted,
        "all": project.activities.len(),
    })
}

fn methodology(project: &Project, campaigns: &[Campaign], results: &survey::Results, lang: Lang) -> Value {
    let labels = labels::labels(lang);
    let sample = |s: &survey::ShareResult| {
        format!("{}, n\u{a0}=\u{a0}{}", s.date.short(lang), numbers::integer(s.respondents, lang))
    };
    let mut rows = Vec::new();
    for campaign in campaigns {
        let Some(found) = results.campaigns.iter().find(|c| c.campaign == campaign.id) else { continue };
        for result in &found.indicators {
            let blanks = |s: &survey::ShareResult| s.csv.as_ref().map_or(0, |c| c.missing);
            let mut note = match (&result.before.csv, &result.after.csv) {
                (Some(before), Some(after)) => format!("{}, {} ({})", before.file, after.file, before.column),
                (Some(csv), None) | (None, Some(csv)) => format!("{} ({}); {}", csv.file, csv.column, labels.counts),
                (None, None) => labels.counts.to_string(),
            };
            let missing = blanks(&result.before) + blanks(&result.after);
            if missing > 0 {
                note.push_str(&format!("; {missing} {}", labels.blank_answers));
            }
            if result.design_effect != 1.0 {
                note.push_str(&format!(
                    "; {} {}",
                    labels.design_effect,
                    wording::decimal(result.design_effect, 1, lang)
                ));
            }
            rows.push(json!({
                "district": campaign.district.get(lang),
                "indicator": result.question.get(lang),
                "design": if result.paired { labels.paired } else { labels.independent },
                "before": sample(&result.before),
                "after": sample(&result.after),
                "source": note,
            }));
        }
    }
    let missing: Vec<String> = campaigns
        .iter()
        .filter(|c| results.without_survey.contains(&c.id))
        .map(|c| c.district.get(lang).to_string() + " — " + c.topic.get(lang))
        .collect();
    json!({
        "rows": rows,
        "without-survey": missing,
        "data-note": project.programme.data_note.as_ref().map(|n| prose(lang, n.get(lang))),
    })
}

/// Running text for justified paragraphs: Kazakh gets its soft hyphens (Typst has no Kazakh
/// patterns); Russian and English are hyphenated by Typst.
fn prose(lang: Lang, text: &str) -> String {
    match lang {
        Lang::Kk => hyphenate_kk::hyphenate(text),
        Lang::Ru | Lang::En => text.to_string(),
    }
}

/// The labels, with the paragraphs among them (the methodology) made ready for justification.
fn prose_labels(lang: Lang) -> Value {
    let mut value = serde_json::to_value(labels::labels(lang)).unwrap_or_default();
    if let Value::Object(map) = &mut value {
        for text in map.values_mut() {
            if let Value::String(s) = text
                && s.len() > 120
            {
                *s = prose(lang, s);
            }
        }
    }
    value
}

/// `out/report-<lang>.pdf` unless the user says otherwise.
pub fn default_path(project: &Project, lang: Lang) -> PathBuf {
    project.root.join("out").join(format!("report-{}.pdf", lang.code()))
}
