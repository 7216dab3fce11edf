//! Per-campaign totals of the ledgers, and `kitapsha stock` as a table for people, CSV for
//! spreadsheets and JSON for programs.

use std::collections::BTreeMap;

use serde::Serialize;

use crate::campaign::Edition;
use crate::date::Date;
use crate::lang::Lang;
use crate::ledger::model::Ledger;
use crate::msg;
use crate::numbers;
use crate::scope::Scope;
use crate::workbook::{self, Cell};

/// What one campaign's ledger adds up to. The donor report reads these.
#[derive(Debug, Clone, PartialEq)]
pub struct Totals {
    pub campaign: String,
    pub printed: u64,
    pub handed_out: u64,
    pub in_stock: u64,
    /// Tenge, over the runs whose cost is recorded.
    pub cost: u64,
    /// Copies of the runs whose cost is recorded: what `cost` paid for.
    pub copies_with_cost: u64,
    pub runs: usize,
    pub runs_without_cost: usize,
    pub hand_outs_by_place: BTreeMap<String, u64>,
    pub last_hand_out: Option<Date>,
    /// The edition fingerprint of the last print run, when it was recorded.
    pub last_edition: Option<String>,
    /// Which edition the last print run printed; `None` for the standard booklet.
    pub last_edition_kind: Option<Edition>,
}

impl Totals {
    pub fn of(campaign: &str, ledger: &Ledger) -> Totals {
        let with_cost = ledger.runs.iter().filter(|run| run.cost.is_some());
        let mut hand_outs_by_place = BTreeMap::new();
        for hand_out in &ledger.hand_outs {
            *hand_outs_by_place.entry(hand_out.place.clone()).or_insert(0) += hand_out.copies;
        }
        Totals {
            campaign: campaign.to_string(),
            printed: ledger.printed(),
            handed_out: ledger.handed_out(),
            in_stock: ledger.in_stock(),
            cost: with_cost.clone().filter_map(|run| run.cost).sum(),
            copies_with_cost: with_cost.map(|run| run.copies).sum(),
            runs: ledger.runs.len(),
            runs_without_cost: ledger.runs.iter().filter(|run| run.cost.is_none()).count(),
            hand_outs_by_place,
            last_hand_out: ledger.last_hand_out().map(|hand_out| hand_out.date),
            last_edition: ledger.last_run().and_then(|run| run.edition.clone()),
            last_edition_kind: ledger.last_run().and_then(|run| run.kind),
        }
    }

    /// What the ledger adds up to in `scope`: the runs and hand-outs dated in its period, and
    /// the copies in stock at its end.
    pub fn in_scope(campaign: &str, ledger: &Ledger, scope: &Scope) -> Totals {
        let mut totals = Totals::of(campaign, &ledger.within(scope));
        totals.in_stock = ledger.until_end_of(scope).in_stock();
        totals
    }

    /// Tenge per copy over the runs whose cost is known; `None` when no cost is recorded.
    pub fn cost_per_copy(&self) -> Option<f64> {
        (self.copies_with_cost > 0).then(|| self.cost as f64 / self.copies_with_cost as f64)
    }

    /// The sum of several campaigns, named `campaign`.
    fn sum(campaign: &str, all: &[Totals]) -> Totals {
        let mut total = Totals::of(campaign, &Ledger::default());
        for totals in all {
            total.printed += totals.printed;
            total.handed_out += totals.handed_out;
            total.in_stock += totals.in_stock;
            total.cost += totals.cost;
            total.copies_with_cost += totals.copies_with_cost;
            total.runs += totals.runs;
            total.runs_without_cost += totals.runs_without_cost;
            total.last_hand_out = total.last_hand_out.max(totals.last_hand_out);
        }
        total
    }
}

/// Whether the content as it is now builds the edition that was printed last.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EditionStatus {
    Current,
    Changed,
    /// No run recorded an edition, or the content does not build.
    Unknown,
}

/// One row of `stock`: a campaign's totals and the state of its edition.
#[derive(Debug, Clone)]
pub struct StockRow {
    pub totals: Totals,
    pub edition: EditionStatus,
}

/// `stock --json`: one object per campaign, keys in the documented order.
pub fn json(rows: &[StockRow]) -> String {
    #[derive(Serialize)]
    struct Object<'a> {
        campaign: &'a str,
        printed: u64,
        handed_out: u64,
        in_stock: u64,
        cost: u64,
        cost_per_copy: Option<f64>,
        hand_outs_by_place: &'a BTreeMap<String, u64>,
        /// `null` when it cannot be told: no edition recorded, or content that does not build.
        edition_current: Option<bool>,
        last_hand_out: Option<String>,
        runs: usize,
        runs_without_cost: usize,
        edition: Option<&'a str>,
        /// The edition of the last print run by name (`large-print`); `null` for the standard booklet.
        edition_kind: Option<&'static str>,
    }
    let objects: Vec<Object> = rows
        .iter()
        .map(|row| {
            let totals = &row.totals;
            Object {
                campaign: &totals.campaign,
                printed: totals.printed,
                handed_out: totals.handed_out,
                in_stock: totals.in_stock,
                cost: totals.cost,
                cost_per_copy: totals.cost_per_copy(),
                hand_outs_by_place: &totals.hand_outs_by_place,
                edition_current: match row.edition {
                    EditionStatus::Current => Some(true),
                    EditionStatus::Changed => Some(false),
                    EditionStatus::Unknown => None,
                },
                last_hand_out: totals.last_hand_out.map(|date| date.to_string()),
                runs: totals.runs,
                runs_without_cost: totals.runs_without_cost,
                edition: totals.last_edition.as_deref(),
                edition_kind: totals.last_edition_kind.map(Edition::name),
            }
        })
        .collect();
    serde_json::to_string_pretty(&objects).expect("plain data serialises")
}

/// The table's headings, in the order of its columns.
fn headings(lang: Lang) -> [String; 7] {
    [
        msg!("stock-campaign"),
        msg!("stock-printed"),
        msg!("stock-handed-out"),
        msg!("stock-in-stock"),
        msg!("stock-cost"),
        msg!("stock-cost-per-copy"),
        msg!("stock-last-hand-out"),
    ]
    .map(|heading| heading.render(lang))
}

/// The header of `stock --csv`: fixed names in any language, like the keys of `--json`, so that
/// a spreadsheet or a script that reads the columns by name keeps working.
const CSV_HEADER: &str = "campaign,printed,handed_out,in_stock,cost,cost_per_copy,last_hand_out";

/// How `stock` writes CSV.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CsvDialect {
    /// `--csv`: what Excel opens in one click with Russian or Kazakh regional settings: UTF-8
    /// with a byte-order mark (without one Excel reads the Cyrillic as Windows-1251), `;` between
    /// fields (the list separator there) and a decimal comma.
    Excel,
    /// `--csv-comma`: plain UTF-8, `,` between fields, a decimal point, for other programs.
    Comma,
}

/// `stock --csv` and `--csv-comma`: the table's columns, plain numbers, a header row, no total
/// row.
pub fn csv(rows: &[StockRow], dialect: CsvDialect) -> String {
    let (separator, decimal_comma) = match dialect {
        CsvDialect::Excel => (';', true),
        CsvDialect::Comma => (',', false),
    };
    let mut out = String::new();
    if dialect == CsvDialect::Excel {
        out.push('\u{feff}');
    }
    out.push_str(&CSV_HEADER.replace(',', &separator.to_string()));
    out.push('\n');
    for row in rows {
        let totals = &row.totals;
        let cost_per_copy = totals.cost_per_copy().map(|c| format!("{c:.2}")).unwrap_or_default();
        let cells = [
            csv_field(&totals.campaign, separator),
            totals.printed.to_string(),
            totals.handed_out.to_string(),
            totals.in_stock.to_string(),
            totals.cost.to_string(),
            if decimal_comma { cost_per_copy.replace('.', ",") } else { cost_per_copy },
            totals.last_hand_out.map(|date| date.to_string()).unwrap_or_default(),
        ];
        out.push_str(&cells.join(&separator.to_string()));
        out.push('\n');
    }
    out
}

fn csv_field(text: &str, separator: char) -> String {
    if text.contains([separator, '"', '\n']) { format!("\"{}\"", text.replace('"', "\"\"")) } else { text.to_string() }
}

/// `stock --xlsx`: the table as a workbook, headings in `lang`, numbers as numbers, with the
/// total row when there are several campaigns; `created` is its creation date.
pub fn xlsx(rows: &[StockRow], lang: Lang, created: Date) -> Result<Vec<u8>, rust_xlsxwriter::XlsxError> {
    let cells = |totals: &Totals| {
        vec![
            Cell::Text(totals.campaign.clone()),
            Cell::Whole(totals.printed),
            Cell::Whole(totals.handed_out),
            Cell::Whole(totals.in_stock),
            Cell::Tenge(totals.cost),
            totals.cost_per_copy().map_or(Cell::Empty, Cell::TengeFraction),
            totals.last_hand_out.map_or(Cell::Empty, Cell::Date),
        ]
    };
    let mut lines: Vec<Vec<Cell>> = rows.iter().map(|row| cells(&row.totals)).collect();
    if rows.len() > 1 {
        let all: Vec<Totals> = rows.iter().map(|row| row.totals.clone()).collect();
        lines.push(cells(&Totals::sum(&msg!("stock-total").render(lang), &all)));
    }
    workbook::one_sheet(&msg!("xlsx-sheet-stock").render(lang), &headings(lang), &lines, created)
}

/// `stock`: a table for people in `lang`, with a total row and notes under it.
pub fn table(rows: &[StockRow], lang: Lang) -> String {
    let totals: Vec<Totals> = rows.iter().map(|row| row.totals.clone()).collect();
    let headings = headings(lang);
    let mut lines: Vec<[String; 7]> = vec![headings.clone()];
    let mut cells = |totals: &Totals, mark: &str| {
        lines.push([
            format!("{}{mark}", totals.campaign),
            numbers::integer(totals.printed, lang),
            numbers::integer(totals.handed_out, lang),
            numbers::integer(totals.in_stock, lang),
            numbers::tenge(totals.cost, lang),
            totals.cost_per_copy().map_or_else(|| "—".to_string(), |cost| numbers::tenge_fraction(cost, lang)),
            totals.last_hand_out.map_or_else(|| "—".to_string(), |date| date.short(lang)),
        ]);
    };
    for row in rows {
        cells(&row.totals, if row.edition == EditionStatus::Changed { " *" } else { "" });
    }
    if rows.len() > 1 {
        cells(&Totals::sum(&msg!("stock-total").render(lang), &totals), "");
    }
    let widths = column_widths(&lines);
    let mut out = String::new();
    for (index, line) in lines.iter().enumerate() {
        if index == lines.len() - 1 && rows.len() > 1 {
            out.push_str(&"-".repeat(widths.iter().sum::<usize>() + 2 * (widths.len() - 1)));
            out.push('\n');
        }
        // Names and dates read from the left, numbers line up on the right.
        out.push_str(&padded_line(line, &widths, |column| column != 0 && column != headings.len() - 1));
    }
    if rows.iter().any(|row| row.edition == EditionStatus::Changed) {
        out.push_str(&format!("* {}\n", msg!("stock-content-changed-note").render(lang)));
    }
    if totals.iter().any(|t| t.runs_without_cost > 0) {
        out.push_str(&msg!("stock-cost-note").render(lang));
        out.push('\n');
    }
    out.trim_end().to_string()
}

/// The width of each column of a table, in characters.
pub(crate) fn column_widths<const N: usize>(lines: &[[String; N]]) -> Vec<usize> {
    (0..N).map(|column| lines.iter().map(|line| line[column].chars().count()).max().unwrap_or(0)).collect()
}

/// One line of a table, each cell padded to its column's width, on the right of the cells whose
/// column `to_the_right` names, two spaces between columns, ending in a line break.
pub(crate) fn padded_line(line: &[String], widths: &[usize], to_the_right: impl Fn(usize) -> bool) -> String {
    let padded: Vec<String> = line
        .iter()
        .zip(widths)
        .enumerate()
        .map(|(column, (cell, width))| {
            let pad = " ".repeat(width - cell.chars().count());
            if to_the_right(column) { format!("{pad}{cell}") } else { format!("{cell}{pad}") }
        })
        .collect();
    format!("{}\n", padded.join("  ").trim_end())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ledger::model::{Entry, Run};

    #[test]
    fn cost_per_copy_counts_only_the_runs_whose_cost_is_known() {
        let run = |copies, cost| Run {
            date: Date::new(2025, 1, 15).unwrap(),
            copies,
            printer: None,
            cost,
            edition: None,
            kind: None,
            span: 0..0,
        };
        let ledger = Ledger::default().with_all([run(300, Some(45_000)), run(100, None)].map(Entry::Run));
        let totals = Totals::of("kegen", &ledger);
        assert_eq!((totals.printed, totals.cost, totals.runs_without_cost), (400, 45_000, 1));
        assert_eq!(totals.cost_per_copy(), Some(150.0));
        let rows = [StockRow { totals, edition: EditionStatus::Unknown }];
        let english = table(&rows, Lang::En);
        assert!(
            english.ends_with("\ncost and cost per copy count only the print runs whose cost is recorded"),
            "{english}"
        );
        let russian = table(&rows, Lang::Ru);
        assert!(russian.starts_with("кампания  напечатано  выдано  остаток"), "{russian}");
        assert!(russian.contains(" 45\u{a0}000\u{a0}₸  "), "{russian}");
        assert!(table(&rows, Lang::Kk).starts_with("науқан  басылды  таратылды  қалдық"));
    }

    #[test]
    fn void_records_count_for_nothing_in_the_totals() {
        use crate::ledger::model::{HandOut, Void};
        let day = |d| Date::new(2025, 1, d).unwrap();
        let run =
            |copies, cost| Run { date: day(15), copies, printer: None, cost, edition: None, kind: None, span: 0..0 };
        let hand_out = |place: &str| HandOut { date: day(20), copies: 50, place: place.into(), by: None, span: 0..0 };
        let ledger = Ledger::default().with_all([
            Entry::Run(run(300, Some(45_000))),
            Entry::Run(run(200, Some(40_000))),
            Entry::HandOut(hand_out("Саты")),
            Entry::HandOut(hand_out("Кеген")),
        ]);
        let void = |d| Void { date: day(d), reason: "entered twice".into() };
        let ledger = ledger.voiding(2, void(21)).unwrap().voiding(4, void(21)).unwrap();
        let totals = Totals::of("kegen", &ledger);
        assert_eq!((totals.printed, totals.handed_out, totals.in_stock), (300, 50, 250));
        assert_eq!((totals.cost, totals.runs, totals.cost_per_copy()), (45_000, 1, Some(150.0)));
        assert_eq!(totals.hand_outs_by_place.keys().collect::<Vec<_>>(), ["Саты"]);
    }
}
