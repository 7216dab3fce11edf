//! The readable output of `kitapsha stats`: a table of every indicator, notes on where the
//! counts come from, and the sentences to paste into reports. Everything around the data is
//! worded in the reader's language; the sentences in the language asked for, or in all three.

use std::fmt::Write;

use crate::date::Date;
use crate::lang::Lang;
use crate::messages::Message;
use crate::msg;
use crate::survey::export::{self, CountedAs};
use crate::survey::results::{GroupResult, IndicatorResult, MIN_GROUP_RESPONDENTS, Results, ShareResult, Test};
use crate::survey::target::{TargetKind, TargetStatus};
use crate::survey::wording;
use crate::workbook::{self, Cell};

/// The table, the notes and the sentences at confidence `level`: the sentences in
/// `sentence_lang`, or in all three languages; everything else in `ui`.
pub fn render(results: &Results, level: f64, sentence_lang: Option<Lang>, ui: Lang) -> String {
    let say = |message: Message| message.render(ui);
    let mut out = String::new();
    let all: Vec<&IndicatorResult> = results.campaigns.iter().flat_map(|c| &c.indicators).collect();
    let numbers = Numbers(ui);
    let level = numbers.level(level);
    if all.is_empty() {
        let _ = writeln!(out, "{}", say(msg!("stats-no-results")));
    } else {
        let _ = writeln!(out, "{}\n", say(msg!("stats-intro", level = level.as_str(), min = MIN_GROUP_RESPONDENTS)));
        out.push_str(&table(&all, &level, numbers));
        let notes = notes(&all, numbers);
        if !notes.is_empty() {
            out.push('\n');
            out.push_str(&notes);
        }
    }
    if !results.without_survey.is_empty() {
        let _ = writeln!(out, "\n{}", say(msg!("stats-skipped", campaigns = results.without_survey.join(", "))));
    }
    let languages: Vec<Lang> = sentence_lang.map_or(Lang::ALL.to_vec(), |lang| vec![lang]);
    for lang in languages {
        if all.is_empty() {
            break;
        }
        let _ = writeln!(out, "\n{}", say(msg!("stats-sentences-heading", lang = lang, code = lang.code())));
        for result in &all {
            let _ = writeln!(out, "{}/{}:\n  {}", result.campaign, result.indicator, wording::sentence(result, lang));
        }
    }
    out.trim_end().to_string()
}

fn table(all: &[&IndicatorResult], level: &str, numbers: Numbers) -> String {
    let ui = numbers.0;
    let say = |message: Message| message.render(ui);
    let header = [
        say(msg!("stats-column-campaign")),
        say(msg!("stats-column-indicator")),
        "n".to_string(),
        say(msg!("stats-column-before", level = level)),
        "n".to_string(),
        say(msg!("stats-column-after", level = level)),
        say(msg!("stats-column-change", level = level)),
        "p".to_string(),
        say(msg!("stats-column-test")),
        say(msg!("stats-column-target")),
    ];
    let mut rows: Vec<[String; 10]> = Vec::new();
    for r in all {
        rows.push([
            r.campaign.clone(),
            r.indicator.clone(),
            r.before.respondents.to_string(),
            numbers.share(&r.before),
            r.after.respondents.to_string(),
            numbers.share(&r.after),
            numbers.change(r.change.points, r.change.ci.lower, r.change.ci.upper),
            numbers.p_value(r.change.p_value),
            say(match r.change.test {
                Test::TwoProportionZ => msg!("stats-test-z"),
                Test::McNemarExact => msg!("stats-test-mcnemar"),
            }),
            r.target.as_ref().map_or_else(String::new, |t| {
                let value = wording::target_value(t, ui);
                // A rise is in percentage points, as the change column is.
                let target = match t.kind {
                    TargetKind::After => value,
                    TargetKind::Change => say(msg!("stats-target-points", value = value)),
                };
                say(match t.status {
                    TargetStatus::Met => msg!("stats-target-met", target = target),
                    TargetStatus::NotMet => msg!("stats-target-not-met", target = target),
                    TargetStatus::Unclear => msg!("stats-target-unclear", target = target),
                })
            }),
        ]);
        rows.extend(r.groups.iter().map(|group| group_row(group, numbers)));
    }
    let mut widths = header.clone().map(|h| h.chars().count());
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
fn notes(all: &[&IndicatorResult], numbers: Numbers) -> String {
    let ui = numbers.0;
    let mut out = String::new();
    for result in all {
        let name = format!("{}/{}", result.campaign, result.indicator);
        for (side, share) in [("before", &result.before), ("after", &result.after)] {
            if let Some(csv) = &share.csv {
                let note = Message::new("stats-note-csv")
                    .arg("name", name.as_str())
                    .arg("side", side)
                    .arg("file", csv.file.as_str())
                    .arg("column", csv.column.as_str())
                    .arg("blank", csv.missing);
                let _ = writeln!(out, "{}", note.render(ui));
                let quotes = ("\"", "\" ");
                let answers = Message::new("stats-note-answers")
                    .arg("name", name.as_str())
                    .arg("side", side)
                    .arg("aware", export::listed(&csv.answers, CountedAs::Aware, quotes))
                    .arg("not_aware", export::listed(&csv.answers, CountedAs::NotAware, quotes));
                let _ = writeln!(out, "{}", answers.render(ui));
            }
        }
        if let (Some(pairs), Some(chi2)) = (&result.pairs, result.change.chi2_p_value) {
            let p = if chi2 < 0.001 {
                format!("< {}", numbers.decimal(0.001, 3))
            } else {
                format!("= {}", numbers.decimal(chi2, 3))
            };
            let note = Message::new("stats-note-paired")
                .arg("name", name.as_str())
                .arg("people", result.before.respondents)
                .arg("both", pairs.both)
                .arg("only_before", pairs.only_before)
                .arg("only_after", pairs.only_after)
                .arg("neither", pairs.neither)
                .arg("p", p);
            let _ = writeln!(out, "{}", note.render(ui));
        }
        if result.design_effect != 1.0 {
            let note = Message::new("stats-note-design-effect")
                .arg("name", name.as_str())
                .arg("effect", numbers.written(result.design_effect))
                .arg("before", numbers.decimal(result.before.effective_respondents, 1))
                .arg("after", numbers.decimal(result.after.effective_respondents, 1));
            let _ = writeln!(out, "{}", note.render(ui));
        }
    }
    out
}

/// A group as an indented row: its shares and, when it is large enough, its change.
fn group_row(group: &GroupResult, numbers: Numbers) -> [String; 10] {
    let ui = numbers.0;
    let (change, p) = if group.comparable {
        (
            numbers.change(group.change.points, group.change.ci.lower, group.change.ci.upper),
            numbers.p_value(group.change.p_value),
        )
    } else {
        (msg!("stats-too-few").render(ui), String::new())
    };
    [
        String::new(),
        format!("  {}: {}", group.by_name.get(ui), group.label.get(ui)),
        group.before.respondents.to_string(),
        numbers.share(&group.before),
        group.after.respondents.to_string(),
        numbers.share(&group.after),
        change,
        p,
        String::new(),
        String::new(),
    ]
}

/// The table's numbers as the reader's language writes them: "34.2 [26.3, 43.0]" in English,
/// "34,2 [26,3; 43,0]" with a decimal comma in Kazakh and Russian.
#[derive(Debug, Clone, Copy)]
struct Numbers(Lang);

impl Numbers {
    fn decimal(self, value: f64, decimals: usize) -> String {
        let text = format!("{value:.decimals$}");
        match self.0 {
            Lang::En => text,
            Lang::Kk | Lang::Ru => text.replace('.', ","),
        }
    }

    /// Between the bounds of an interval: a comma, or a semicolon where the comma is decimal.
    fn separator(self) -> &'static str {
        match self.0 {
            Lang::En => ", ",
            Lang::Kk | Lang::Ru => "; ",
        }
    }

    fn share(self, share: &ShareResult) -> String {
        if share.respondents == 0 {
            return "—".to_string();
        }
        let [value, lower, upper] = [share.share, share.ci.lower, share.ci.upper].map(|v| self.decimal(v * 100.0, 1));
        format!("{value} [{lower}{}{upper}]", self.separator())
    }

    fn change(self, points: f64, lower: f64, upper: f64) -> String {
        let [points, lower, upper] = [points, lower, upper].map(|v| self.signed(v * 100.0));
        format!("{points} [{lower}{}{upper}]", self.separator())
    }

    fn signed(self, value: f64) -> String {
        let text = self.decimal(value, 1);
        let zero = self.decimal(0.0, 1);
        if value > 0.0 && text != zero { format!("+{text}") } else { text.replace(&format!("-{zero}"), &zero) }
    }

    fn p_value(self, p: f64) -> String {
        if p < 0.001 { format!("<{}", self.decimal(0.001, 3)) } else { self.decimal(p, 3) }
    }

    /// A number as the file has it (a design effect of 1.5), with the language's decimal mark.
    fn written(self, value: f64) -> String {
        let text = value.to_string();
        match self.0 {
            Lang::En => text,
            Lang::Kk | Lang::Ru => text.replace('.', ","),
        }
    }

    /// A number with at most two decimals and no trailing zeros: 95, 99.5.
    fn plain(self, value: f64) -> String {
        let text = self.decimal(value, 2);
        text.trim_end_matches('0').trim_end_matches(['.', ',']).to_string()
    }

    /// The confidence level as the headings write it: "95 %" (en, ru), "95%" (kk).
    fn level(self, level: f64) -> String {
        let number = self.plain(level * 100.0);
        match self.0 {
            Lang::Kk => format!("{number}%"),
            Lang::Ru | Lang::En => format!("{number} %"),
        }
    }
}

/// `stats --xlsx`: one row per indicator and per group, headings in `ui`. Shares are numbers
/// shown as percentages, each interval in two columns (low, high), the change a number of
/// percentage points, the sample sizes numbers; `created` is its creation date.
pub fn xlsx(results: &Results, level: f64, ui: Lang, created: Date) -> Result<Vec<u8>, rust_xlsxwriter::XlsxError> {
    let say = |message: Message| message.render(ui);
    let level = Numbers(ui).level(level);
    let level = level.as_str();
    let [before, after, change] = [msg!("xlsx-before"), msg!("xlsx-after"), msg!("xlsx-change")].map(|m| m.render(ui));
    let bounds = |column: &str| {
        [say(msg!("xlsx-low", column = column, level = level)), say(msg!("xlsx-high", column = column, level = level))]
    };
    let mut headings = vec![
        say(msg!("stats-column-campaign")),
        say(msg!("stats-column-indicator")),
        say(msg!("xlsx-question")),
        say(msg!("xlsx-group")),
        say(msg!("xlsx-n-before")),
        before.clone(),
    ];
    headings.extend(bounds(&before));
    headings.extend([say(msg!("xlsx-n-after")), after.clone()]);
    headings.extend(bounds(&after));
    headings.push(change.clone());
    headings.extend(bounds(&change));
    headings.extend(["p".to_string(), say(msg!("stats-column-test")), say(msg!("stats-column-target"))]);
    let shares = |s: &ShareResult| {
        if s.respondents == 0 {
            vec![Cell::Whole(0), Cell::Empty, Cell::Empty, Cell::Empty]
        } else {
            vec![
                Cell::Whole(s.respondents),
                Cell::Percent(s.share),
                Cell::Percent(s.ci.lower),
                Cell::Percent(s.ci.upper),
            ]
        }
    };
    let points = |x: f64| Cell::Decimal1(x * 100.0);
    let mut rows = Vec::new();
    for r in results.campaigns.iter().flat_map(|c| &c.indicators) {
        // The question as asked, in the reader's language, beside the indicator's id.
        let question = Cell::Text(r.question.get(ui).to_string());
        let mut row =
            vec![Cell::Text(r.campaign.clone()), Cell::Text(r.indicator.clone()), question.clone(), Cell::Empty];
        row.extend(shares(&r.before));
        row.extend(shares(&r.after));
        row.extend([points(r.change.points), points(r.change.ci.lower), points(r.change.ci.upper)]);
        row.push(Cell::Decimal3(r.change.p_value));
        row.push(Cell::Text(say(match r.change.test {
            Test::TwoProportionZ => msg!("stats-test-z"),
            Test::McNemarExact => msg!("stats-test-mcnemar"),
        })));
        row.push(r.target.as_ref().map_or(Cell::Empty, |t| {
            let value = wording::target_value(t, ui);
            let target = match t.kind {
                TargetKind::After => value,
                TargetKind::Change => say(msg!("stats-target-points", value = value)),
            };
            Cell::Text(say(match t.status {
                TargetStatus::Met => msg!("stats-target-met", target = target),
                TargetStatus::NotMet => msg!("stats-target-not-met", target = target),
                TargetStatus::Unclear => msg!("stats-target-unclear", target = target),
            }))
        }));
        rows.push(row);
        for group in &r.groups {
            let mut row = vec![
                Cell::Text(r.campaign.clone()),
                Cell::Text(r.indicator.clone()),
                question.clone(),
                Cell::Text(format!("{}: {}", group.by_name.get(ui), group.label.get(ui))),
            ];
            row.extend(shares(&group.before));
            row.extend(shares(&group.after));
            if group.comparable {
                let c = &group.change;
                row.extend([points(c.points), points(c.ci.lower), points(c.ci.upper), Cell::Decimal3(c.p_value)]);
            } else {
                row.extend([
                    Cell::Empty,
                    Cell::Empty,
                    Cell::Empty,
                    Cell::Empty,
                    Cell::Text(say(msg!("stats-too-few"))),
                ]);
            }
            rows.push(row);
        }
    }
    workbook::one_sheet(&say(msg!("xlsx-sheet-stats")), &headings, &rows, created)
}
