//! The donor report: one A4 PDF in the donor's language with what was printed and handed out,
//! where, at what cost, and how awareness changed, with honest statistics.
//!
//! Everything is gathered and worded here, in Rust; the template only lays it out. A campaign
//! without a ledger or a survey still gets its part, which says what is missing.

mod data;
mod framework;
pub mod labels;
mod thumbnail;
mod value;

pub use thumbnail::{Covers, covers};

use std::path::{Path, PathBuf};

use typst::foundations::Bytes;

use crate::campaign::{Campaign, Format, Item};
use crate::diag::{Diagnostic, Diagnostics, display_path};
use crate::fsutil;
use crate::fsutil::io_problem;
use crate::lang::Lang;
use crate::ledger::Totals;
use crate::msg;
use crate::numbers;
use crate::project::{Activity, Project};
use crate::scope::Scope;
use crate::survey::export::{self, AnswerCount, CountedAs};
use crate::survey::{self, IndicatorResult, wording};
use crate::typeset::typography::prose;
use crate::typeset::{self, compile};
use data::*;
use labels::Labels;

const TEMPLATE: &str = include_str!("report.typ");

/// What the reports are made from: the programme's campaigns, their booklets' cover
/// thumbnails, their ledgers' totals and their survey results.
pub struct Programme {
    pub campaigns: Vec<Campaign>,
    /// Each booklet's cover thumbnails, rendered once for all the reports, in the order of
    /// `campaigns`; `None` for a campaign that could not be typeset.
    pub covers: Vec<Option<Covers>>,
    pub totals: Vec<Totals>,
    pub results: survey::Results,
    /// The villages of `places.toml`, for the map.
    pub places: crate::places::Places,
    /// The community projects of the districts in scope.
    pub activities: Vec<Activity>,
    /// The campaigns and the period the report covers; `campaigns` and `totals` are already of it.
    pub scope: Scope,
}

/// Builds the report in `lang` and writes it to `out`. Returns the path written.
pub fn write(
    project: &Project,
    programme: &Programme,
    lang: Lang,
    out: &Path,
    emit_typst: Option<&Path>,
    diagnostics: &mut Diagnostics,
) -> Option<PathBuf> {
    let sources = sources(project, programme, lang)?;
    write_sources(project, &sources, lang, out, emit_typst, diagnostics)
}

/// Compiles the report in `lang` from its `sources` and writes it to `out` (and the sources
/// into `emit_typst`, when given). Returns the path written.
pub fn write_sources(
    project: &Project,
    sources: &compile::Sources,
    lang: Lang,
    out: &Path,
    emit_typst: Option<&Path>,
    diagnostics: &mut Diagnostics,
) -> Option<PathBuf> {
    let bytes = compile_sources(project, sources, lang, diagnostics)?;
    if let Some(dir) = emit_typst {
        let folder = dir.join(format!("report-{}", lang.code()));
        if let Err(error) = sources.write_to(&folder) {
            diagnostics.push(Diagnostic::file_error(
                display_path(&project.root, &folder),
                msg!("typst-sources-cannot-write", reason = io_problem(&error)),
            ));
        }
    }
    match fsutil::write_atomically(out, &bytes) {
        Ok(()) => Some(out.to_path_buf()),
        Err(error) => {
            diagnostics.push(Diagnostic::file_error(
                display_path(&project.root, out),
                msg!("report-cannot-write", reason = io_problem(&error)),
            ));
            None
        }
    }
}

/// The report's PDF bytes, and what it was compiled from.
pub fn report_pdf(
    project: &Project,
    programme: &Programme,
    lang: Lang,
    diagnostics: &mut Diagnostics,
) -> Option<(Vec<u8>, compile::Sources)> {
    let sources = sources(project, programme, lang)?;
    compile_sources(project, &sources, lang, diagnostics).map(|bytes| (bytes, sources))
}

/// Everything the report in `lang` is compiled from: its template, its data and the pictures
/// it places. The same sources give the same PDF. `None` when a campaign has no cover.
pub fn sources(project: &Project, programme: &Programme, lang: Lang) -> Option<compile::Sources> {
    let campaigns = &programme.campaigns;
    let (totals, results) = (&programme.totals, &programme.results);
    let mut files = Vec::new();
    let mut parts = Vec::new();
    for (campaign, covers) in campaigns.iter().zip(&programme.covers) {
        let path = format!("/thumbnails/{}.jpg", campaign.id);
        files.push((path.clone(), covers.as_ref()?.get(&lang)?.clone()));
        let campaign_totals = totals.iter().find(|t| t.campaign == campaign.id);
        let indicators: Vec<&IndicatorResult> =
            results.campaigns.iter().filter(|c| c.campaign == campaign.id).flat_map(|c| c.indicators.iter()).collect();
        parts.push(campaign_part(campaign, campaign_totals, &indicators, path, lang));
    }
    let labels = labels::labels(lang);
    let mut copies_by_place = std::collections::BTreeMap::new();
    for t in totals {
        for (place, copies) in &t.hand_outs_by_place {
            *copies_by_place.entry(place.clone()).or_insert(0) += copies;
        }
    }
    let funding = project.programme.funding.as_ref().map(|funding| {
        let logo = funding.logo.as_ref().map(|logo| {
            files.push((logo.served_path(), logo.bytes.clone()));
            logo.served_path()
        });
        FundingPart { statement: prose(lang, funding.statement.get(lang)), logo }
    });
    let data = ReportData {
        lang,
        framework: framework::rows(campaigns, results, &labels, lang),
        value: value::value_for_money(&programme.activities, campaigns, totals, labels.programme_total, lang),
        map: crate::places::map::figure(&programme.places, &copies_by_place, lang),
        funding,
        labels,
        title: project.programme.title.get(lang),
        organisation: project.organisation.name.get(lang),
        address: project.organisation.address.get(lang),
        contact: format!("{} · {}", project.organisation.phone, project.organisation.email),
        donor: &project.programme.donor,
        period: format!(
            "{} – {}",
            programme.scope.from.unwrap_or(project.programme.from).long(lang),
            programme.scope.to.unwrap_or(project.programme.to).long(lang)
        ),
        scope_campaigns: scope_campaigns(&programme.scope, campaigns, lang),
        prepared: project.creation_date().long(lang),
        summary: summary(campaigns, totals, lang),
        key_changes: key_changes(campaigns, results, lang),
        campaigns: parts,
        activities: activities(&programme.activities, campaigns, lang),
        methodology: methodology(project, campaigns, results, lang),
    };
    files.push(("/report.json".to_string(), Bytes::new(serde_json::to_vec(&data).expect("report data is plain data"))));
    Some(compile::Sources { template: TEMPLATE, files })
}

/// The report compiled from `sources` into PDF bytes.
fn compile_sources(
    project: &Project,
    sources: &compile::Sources,
    lang: Lang,
    diagnostics: &mut Diagnostics,
) -> Option<Vec<u8>> {
    let today = project.creation_date();
    let shown = Path::new(crate::project::PROJECT_FILE);
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
        Ok(bytes) => Some(bytes),
        Err(message) => {
            diagnostics.push(Diagnostic::file_error(shown, msg!("pdf-cannot-make", what = "report", detail = message)));
            None
        }
    }
}

/// One row per campaign, and the totals.
fn summary<'a>(campaigns: &'a [Campaign], totals: &[Totals], lang: Lang) -> Summary<'a> {
    let rows = campaigns
        .iter()
        .map(|campaign| {
            let t = totals.iter().find(|t| t.campaign == campaign.id);
            SummaryRow {
                district: campaign.district.get(lang),
                topic: campaign.topic.get(lang),
                printed: t.map(|t| numbers::integer(t.printed, lang)),
                handed_out: t.map(|t| numbers::integer(t.handed_out, lang)),
                in_stock: t.map(|t| numbers::integer(t.in_stock, lang)),
                cost: t.filter(|t| t.copies_with_cost > 0).map(|t| numbers::tenge(t.cost, lang)),
            }
        })
        .collect();
    let sum = |f: fn(&Totals) -> u64| totals.iter().map(f).sum::<u64>();
    Summary {
        rows,
        printed: numbers::integer(sum(|t| t.printed), lang),
        handed_out: numbers::integer(sum(|t| t.handed_out), lang),
        in_stock: numbers::integer(sum(|t| t.in_stock), lang),
        cost: numbers::tenge(sum(|t| t.cost), lang),
    }
}

/// The first indicator of each campaign, as a sentence.
fn key_changes<'a>(campaigns: &'a [Campaign], results: &survey::Results, lang: Lang) -> Vec<KeyChange<'a>> {
    campaigns
        .iter()
        .filter_map(|campaign| {
            let first = results.campaigns.iter().find(|c| c.campaign == campaign.id)?.indicators.first()?;
            Some(KeyChange {
                district: campaign.district.get(lang),
                sentence: prose(lang, &wording::sentence(first, lang)),
            })
        })
        .collect()
}

fn campaign_part<'a>(
    campaign: &'a Campaign,
    totals: Option<&Totals>,
    indicators: &[&'a IndicatorResult],
    thumbnail: String,
    lang: Lang,
) -> CampaignPart<'a> {
    let languages: Vec<&str> = campaign.languages.iter().map(|l| l.code()).collect();
    CampaignPart {
        id: &campaign.id,
        district: campaign.district.get(lang),
        topic: campaign.topic.get(lang),
        thumbnail_alt: format!(
            "{}: {}",
            campaign.district.get(lang),
            campaign.cover.text.values().next().map_or("", |t| t.title.as_str())
        ),
        thumbnail,
        format: match campaign.format {
            Format::A5 => "A5",
            Format::A6 => "A6",
            Format::A4 => "A4",
            Format::A4Trifold => "A4 (3)",
        },
        languages: languages.join(", ").to_uppercase(),
        // In a period, a campaign with copies left from before it has no runs and still a stock.
        ledger: totals.filter(|t| t.runs > 0 || t.in_stock > 0).map(|t| ledger_part(t, lang)),
        indicators: indicators.iter().map(|r| indicator_part(r, lang)).collect(),
        quote: quote(campaign, lang),
    }
}

fn ledger_part(totals: &Totals, lang: Lang) -> LedgerPart {
    let most = totals.hand_outs_by_place.values().copied().max().unwrap_or(1).max(1);
    let places = totals
        .hand_outs_by_place
        .iter()
        .map(|(place, &copies)| PlaceBar {
            place: place.clone(),
            copies: numbers::integer(copies, lang),
            share: copies as f64 / most as f64,
        })
        .collect();
    let costed = totals.copies_with_cost > 0;
    LedgerPart {
        printed: numbers::integer(totals.printed, lang),
        handed_out: numbers::integer(totals.handed_out, lang),
        in_stock: numbers::integer(totals.in_stock, lang),
        runs: totals.runs,
        cost: costed.then(|| numbers::tenge(totals.cost, lang)),
        cost_per_copy: costed
            .then(|| numbers::tenge_fraction(totals.cost as f64 / totals.copies_with_cost as f64, lang)),
        places,
        last_hand_out: totals.last_hand_out.map(|d| d.long(lang)),
    }
}

fn indicator_part<'a>(result: &'a IndicatorResult, lang: Lang) -> IndicatorPart<'a> {
    let decimals = wording::decimals_for(result);
    let share = |s: &survey::ShareResult| SharePart {
        share: s.share,
        lower: s.ci.lower,
        upper: s.ci.upper,
        label: wording::percent(s.share, decimals, lang),
        interval: format!(
            "{}–{}",
            wording::percent(s.ci.lower, decimals, lang),
            wording::percent(s.ci.upper, decimals, lang)
        ),
        n: numbers::integer(s.respondents, lang),
        date: s.date.long(lang),
    };
    let change = &result.change;
    IndicatorPart {
        question: result.question.get(lang),
        before: share(&result.before),
        after: share(&result.after),
        change: wording::signed_points(change.points, decimals, lang),
        change_interval: format!(
            "{} … {}",
            wording::signed_points(change.ci.lower, decimals, lang),
            wording::signed_points(change.ci.upper, decimals, lang)
        ),
        sentence: prose(lang, &wording::sentence(result, lang)),
    }
}

/// The first quote of the booklet, in the report's language when the booklet has it, else in
/// the booklet's first language, saying which.
fn quote(campaign: &Campaign, lang: Lang) -> Option<QuotePart<'_>> {
    let quote = campaign.content.iter().find_map(|item| match item {
        Item::Quote(quote) => Some(quote),
        Item::Section(_) => None,
    })?;
    let (used, text) = quote.text.get(&lang).map(|t| (lang, t)).or_else(|| {
        let first = campaign.languages[0];
        quote.text.get(&first).map(|t| (first, t))
    })?;
    Some(QuotePart { text: &text.text, who: text.who.as_deref(), lang: used, in_other_language: used != lang })
}

fn activities<'a>(activities: &'a [Activity], campaigns: &'a [Campaign], lang: Lang) -> Activities<'a> {
    let district = |id: &str| {
        campaigns.iter().find(|c| c.id == id).map_or_else(|| id.to_string(), |c| c.district.get(lang).to_string())
    };
    let rows = activities
        .iter()
        .map(|a| ActivityRow {
            district: district(&a.district),
            title: a.title.get(lang),
            reached: a.reached.map(|r| numbers::integer(u64::from(r), lang)),
        })
        .collect();
    let reached: u64 = activities.iter().filter_map(|a| a.reached).map(u64::from).sum();
    Activities {
        rows,
        reached: numbers::integer(reached, lang),
        counted: activities.iter().filter(|a| a.reached.is_some()).count(),
        all: activities.len(),
    }
}

/// The campaigns a report is limited to, by district (with the topic where two share one);
/// `None` for the whole programme.
fn scope_campaigns(scope: &Scope, campaigns: &[Campaign], lang: Lang) -> Option<String> {
    if scope.campaigns.is_empty() {
        return None;
    }
    let names: Vec<String> = campaigns
        .iter()
        .map(|c| {
            let district = c.district.get(lang);
            let shared = campaigns.iter().filter(|other| other.district.get(lang) == district).count() > 1;
            if shared { format!("{district} ({})", c.topic.get(lang)) } else { district.to_string() }
        })
        .collect();
    Some(names.join(", "))
}

fn methodology<'a>(
    project: &'a Project,
    campaigns: &'a [Campaign],
    results: &'a survey::Results,
    lang: Lang,
) -> Methodology<'a> {
    let labels = labels::labels(lang);
    let sample = |s: &survey::ShareResult| {
        format!("{}, n\u{a0}=\u{a0}{}", s.date.short(lang), numbers::integer(s.respondents, lang))
    };
    let mut rows = Vec::new();
    let mut answers = Vec::new();
    for campaign in campaigns {
        let Some(found) = results.campaigns.iter().find(|c| c.campaign == campaign.id) else { continue };
        for result in &found.indicators {
            if let Some(note) = answer_note(campaign, result, &labels, lang) {
                answers.push(note);
            }
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
            rows.push(SurveyRow {
                district: campaign.district.get(lang),
                indicator: result.question.get(lang),
                design: if result.paired { labels.paired } else { labels.independent },
                before: sample(&result.before),
                after: sample(&result.after),
                source: note,
            });
        }
    }
    let missing: Vec<String> = campaigns
        .iter()
        .filter(|c| results.without_survey.contains(&c.id))
        .map(|c| c.district.get(lang).to_string() + " — " + c.topic.get(lang))
        .collect();
    Methodology {
        rows,
        without_survey: missing,
        data_note: project.programme.data_note.as_ref().map(|n| prose(lang, n.get(lang))),
        answers,
    }
}

/// How the answers of an indicator's survey exports were counted: a line per export with each
/// answer and its count, so that a reader can check that none was counted the wrong way.
fn answer_note(campaign: &Campaign, result: &IndicatorResult, labels: &Labels, lang: Lang) -> Option<AnswerNote> {
    let quotes = match lang {
        Lang::En => ("\u{201c}", "\u{201d}\u{a0}"),
        Lang::Kk | Lang::Ru => ("«", "»\u{a0}"),
    };
    let lines: Vec<String> = [(labels.before, &result.before), (labels.after, &result.after)]
        .into_iter()
        .filter_map(|(side, share)| {
            let csv = share.csv.as_ref()?;
            // An answer of several words stays on one line.
            let answers: Vec<AnswerCount> = csv
                .answers
                .iter()
                .map(|a| AnswerCount { answer: a.answer.replace(' ', "\u{a0}"), ..a.clone() })
                .collect();
            let mut line = format!(
                "{side} ({}, {} {}): {}: {}; {}: {}",
                csv.file,
                labels.column,
                csv.column,
                labels.aware_answers,
                export::listed(&answers, CountedAs::Aware, quotes),
                labels.not_aware_answers,
                export::listed(&answers, CountedAs::NotAware, quotes),
            );
            if csv.missing > 0 {
                line.push_str(&format!("; {}: {}", labels.missing_blank, numbers::integer(csv.missing, lang)));
            }
            Some(line)
        })
        .collect();
    if lines.is_empty() {
        return None;
    }
    let name = result.measure.as_ref().unwrap_or(&result.question).get(lang);
    Some(AnswerNote { indicator: format!("{} — {name}", campaign.district.get(lang)), lines })
}

/// `out/report-<lang>.pdf` unless the user says otherwise.
pub fn default_path(project: &Project, lang: Lang) -> PathBuf {
    project.out_dir().join(format!("report-{}.pdf", lang.code()))
}
