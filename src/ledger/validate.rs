//! `print-runs.toml` as written, checked into a [`Ledger`]: every problem of a hand-edited file
//! becomes a diagnostic at its line and column.

use std::ops::Range;

use serde::Deserialize;
use toml::{Spanned, Value};

use crate::campaign::Edition;
use crate::date::Date;
use crate::diag::{Diagnostic, Diagnostics, SourceFile};
use crate::ledger::model::{Entry, HandOut, Ledger, Record, Run, Void};
use crate::messages::Message;
use crate::msg;
use crate::tomlfile;

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
struct RawLedger {
    #[serde(default)]
    run: Vec<Spanned<RawRun>>,
    #[serde(default)]
    hand_out: Vec<Spanned<RawHandOut>>,
}

// Dates and numbers are read as any TOML value so that a float cost or a quoted date gets a
// message about tenge or dates, not about serde types.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
struct RawRun {
    date: Option<Spanned<Value>>,
    copies: Option<Spanned<Value>>,
    printer: Option<Spanned<String>>,
    cost: Option<Spanned<Value>>,
    edition: Option<Spanned<String>>,
    kind: Option<Spanned<String>>,
    void: Option<Spanned<RawVoid>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
struct RawHandOut {
    date: Option<Spanned<Value>>,
    copies: Option<Spanned<Value>>,
    place: Option<Spanned<String>>,
    by: Option<Spanned<String>>,
    void: Option<Spanned<RawVoid>>,
}

/// `void = { date = 2025-01-21, reason = "entered twice" }`: the record is a mistake.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
struct RawVoid {
    date: Option<Spanned<Value>>,
    reason: Option<Spanned<String>>,
}

/// The most copies, or tenge, one record may hold: far above any real print run, and low enough
/// that no sum over a ledger can overflow.
const MOST: i64 = u32::MAX as i64;

/// Parses and checks a ledger. `None` when any error was found: a ledger with errors is never
/// used for totals and never written to.
pub fn validate(file: &SourceFile, today: Date, diagnostics: &mut Diagnostics) -> Option<Ledger> {
    let start = diagnostics.checkpoint();
    let raw: Option<RawLedger> = tomlfile::load(file, diagnostics);
    let raw = raw?;
    let mut check = Checker { file, today, diagnostics };
    // Every table in file order, each checked: its number is its place in this list.
    let mut tables: Vec<(usize, Option<Record>)> = Vec::new();
    for run in &raw.run {
        let entry = check.run(run).map(Entry::Run);
        tables.push((run.span().start, check.record(entry, run.get_ref().void.as_ref())));
    }
    for hand_out in &raw.hand_out {
        let entry = check.hand_out(hand_out).map(Entry::HandOut);
        tables.push((hand_out.span().start, check.record(entry, hand_out.get_ref().void.as_ref())));
    }
    tables.sort_by_key(|(start, _)| *start);
    let history: Vec<Record> = tables.into_iter().map(|(_, record)| record).collect::<Option<_>>()?;
    let ledger = Ledger::from_history(history);
    for overdraw in ledger.overdrawn() {
        let hand_out = &ledger.hand_outs[overdraw.hand_out];
        let message = msg!(
            "ledger-hand-out-overdrawn",
            copies = hand_out.copies,
            date = hand_out.date.to_string(),
            stock = overdraw.in_stock
        );
        check.diagnostics.push(
            Diagnostic::error(file, hand_out.span.clone(), message).with_hint(msg!("ledger-hand-out-overdrawn-hint")),
        );
    }
    (!check.diagnostics.failed_since(start)).then_some(ledger)
}

struct Checker<'a> {
    file: &'a SourceFile,
    today: Date,
    diagnostics: &'a mut Diagnostics,
}

/// Which table a record is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Run,
    HandOut,
    /// The `void` of a run or hand-out: only its date is checked as the others' are.
    Void,
}

impl Kind {
    fn header(self) -> &'static str {
        match self {
            Kind::Run => "[[run]]",
            Kind::HandOut => "[[hand-out]]",
            Kind::Void => "void",
        }
    }
}

impl Checker<'_> {
    fn error(&mut self, span: Range<usize>, message: Message, hint: Message) {
        self.diagnostics.push(Diagnostic::error(self.file, span, message).with_hint(hint));
    }

    fn run(&mut self, run: &Spanned<RawRun>) -> Option<Run> {
        let raw = run.get_ref();
        let date = self.date(raw.date.as_ref(), run.span(), Kind::Run);
        let copies = self.copies(raw.copies.as_ref(), run.span(), Kind::Run);
        let cost = match &raw.cost {
            Some(cost) => Some(self.cost(cost)?),
            None => None,
        };
        let edition = raw.edition.as_ref().map(|e| e.get_ref().trim().to_string()).filter(|e| !e.is_empty());
        let span = raw.edition.as_ref().map_or(run.span(), Spanned::span);
        let kind = match &raw.kind {
            Some(kind) => Some(self.kind(kind)?),
            None => None,
        };
        Some(Run { date: date?, copies: copies?.1, printer: text(raw.printer.as_ref()), cost, edition, kind, span })
    }

    /// `kind = "large-print"`: the edition a run printed, one the campaign format knows.
    fn kind(&mut self, kind: &Spanned<String>) -> Option<Edition> {
        let typed = kind.get_ref().trim();
        let found = Edition::from_name(typed);
        if found.is_none() {
            let allowed = Edition::names().join(", ");
            self.error(
                kind.span(),
                msg!("ledger-edition-kind-unknown", kind = typed),
                msg!("ledger-edition-kind-unknown-hint", allowed = allowed),
            );
        }
        found
    }

    fn hand_out(&mut self, hand_out: &Spanned<RawHandOut>) -> Option<HandOut> {
        let raw = hand_out.get_ref();
        let date = self.date(raw.date.as_ref(), hand_out.span(), Kind::HandOut);
        let copies = self.copies(raw.copies.as_ref(), hand_out.span(), Kind::HandOut);
        let place = text(raw.place.as_ref());
        if place.is_none() {
            let span = raw.place.as_ref().map_or(hand_out.span(), Spanned::span);
            self.error(span, msg!("ledger-place-missing"), msg!("ledger-place-missing-hint"));
        }
        let (span, copies) = copies?;
        Some(HandOut { date: date?, copies, place: place?, by: text(raw.by.as_ref()), span })
    }

    /// The record of a checked entry with its `void`, if any, checked too.
    fn record(&mut self, entry: Option<Entry>, void: Option<&Spanned<RawVoid>>) -> Option<Record> {
        let Some(void) = void else { return entry.map(|entry| Record { entry, void: None }) };
        let raw = void.get_ref();
        let date = match &raw.date {
            None => {
                let hint = msg!("ledger-void-date-missing-hint", today = self.today.to_string());
                self.error(void.span(), msg!("ledger-void-date-missing"), hint);
                None
            }
            Some(value) => self.date(Some(value), void.span(), Kind::Void),
        };
        let reason = text(raw.reason.as_ref());
        if reason.is_none() {
            let span = raw.reason.as_ref().map_or(void.span(), Spanned::span);
            self.error(span, msg!("ledger-void-reason-missing"), msg!("ledger-void-reason-missing-hint"));
        }
        let (entry, date) = (entry?, date?);
        if date < entry.date() {
            let span = raw.date.as_ref().map_or(void.span(), Spanned::span);
            self.error(
                span,
                msg!("ledger-void-before-record", date = date.to_string(), record = entry.date().to_string()),
                msg!("ledger-void-before-record-hint", record = entry.date().to_string()),
            );
            return None;
        }
        Some(Record { entry, void: Some(Void { date, reason: reason? }) })
    }

    fn date(&mut self, value: Option<&Spanned<Value>>, table: Range<usize>, kind: Kind) -> Option<Date> {
        let today = self.today.to_string();
        let Some(value) = value else {
            let hint = match kind {
                Kind::Run => msg!("ledger-date-missing-run-hint", today = &today),
                Kind::HandOut | Kind::Void => msg!("ledger-date-missing-hand-out-hint", today = &today),
            };
            self.error(table, msg!("ledger-date-missing", table = kind.header()), hint);
            return None;
        };
        let date = match value.get_ref() {
            Value::Datetime(datetime) => Date::from_toml(datetime),
            _ => None,
        };
        let Some(date) = date else {
            // A date written as people write it, in quotes, is worth turning round for them.
            let hint = match value.get_ref() {
                Value::String(text) => day_month_year(text).map(|date| msg!("ledger-date-reorder-hint", date = date)),
                _ => None,
            };
            self.error(
                value.span(),
                msg!("ledger-date-not-a-date", found = describe(value.get_ref())),
                hint.unwrap_or_else(|| msg!("ledger-date-not-a-date-hint", today = &today)),
            );
            return None;
        };
        if date > self.today {
            self.error(
                value.span(),
                msg!("ledger-date-in-future", date = date.to_string()),
                msg!("ledger-date-in-future-hint", today = &today),
            );
            return None;
        }
        Some(date)
    }

    fn copies(
        &mut self,
        value: Option<&Spanned<Value>>,
        table: Range<usize>,
        kind: Kind,
    ) -> Option<(Range<usize>, u64)> {
        let Some(value) = value else {
            self.error(table, msg!("ledger-copies-missing", table = kind.header()), msg!("ledger-copies-missing-hint"));
            return None;
        };
        match value.get_ref() {
            Value::Integer(copies) if *copies > MOST => {
                self.error(
                    value.span(),
                    msg!("ledger-copies-too-large", value = copies.to_string()),
                    msg!("ledger-extra-digits-hint"),
                );
                None
            }
            Value::Integer(copies) if *copies > 0 => Some((value.span(), *copies as u64)),
            Value::Integer(copies) => {
                self.error(
                    value.span(),
                    msg!("ledger-copies-not-positive", value = copies.to_string()),
                    msg!("ledger-copies-not-positive-hint"),
                );
                None
            }
            other => {
                let hint = match written_digits(other) {
                    Some(digits) => msg!("ledger-copies-digits-hint", copies = digits),
                    None => msg!("ledger-copies-not-whole-hint"),
                };
                self.error(value.span(), msg!("ledger-copies-not-whole", found = describe(other)), hint);
                None
            }
        }
    }

    fn cost(&mut self, value: &Spanned<Value>) -> Option<u64> {
        match value.get_ref() {
            Value::Integer(cost) if *cost > MOST => {
                self.error(
                    value.span(),
                    msg!("ledger-cost-too-large", value = cost.to_string()),
                    msg!("ledger-extra-digits-hint"),
                );
                None
            }
            Value::Integer(cost) if *cost >= 0 => Some(*cost as u64),
            Value::Integer(cost) => {
                self.error(
                    value.span(),
                    msg!("ledger-cost-negative", value = cost.to_string()),
                    msg!("ledger-cost-negative-hint"),
                );
                None
            }
            Value::Float(cost) => {
                let rounded = (cost.round().max(0.0) as u64).to_string();
                self.error(
                    value.span(),
                    msg!("ledger-cost-not-whole", value = cost.to_string()),
                    msg!("ledger-cost-not-whole-hint", rounded = rounded),
                );
                None
            }
            other => {
                let hint = match written_digits(other) {
                    Some(digits) => msg!("ledger-cost-digits-hint", cost = digits),
                    None => msg!("ledger-cost-not-a-number-hint"),
                };
                self.error(value.span(), msg!("ledger-cost-not-a-number", found = describe(other)), hint);
                None
            }
        }
    }
}

/// Trimmed text, or `None` for a missing or blank value.
fn text(value: Option<&Spanned<String>>) -> Option<String> {
    value.map(|v| v.get_ref().trim().to_string()).filter(|v| !v.is_empty())
}

/// What a value is, for "`date` should be a date, but it is …".
fn describe(value: &Value) -> Message {
    match value {
        Value::String(text) => msg!("ledger-found-text", text = text),
        Value::Datetime(datetime) => msg!("ledger-found-date-time", value = datetime.to_string()),
        Value::Float(number) => msg!("ledger-found-number", value = number.to_string()),
        Value::Integer(number) => msg!("ledger-found-number", value = number.to_string()),
        Value::Boolean(value) => msg!("ledger-found-boolean", value = value.to_string()),
        Value::Array(_) => msg!("ledger-found-list"),
        Value::Table(_) => msg!("ledger-found-table"),
    }
}

/// `"15.01.2025"` or `"15/01/2025"` as TOML writes it: `2025-01-15`.
fn day_month_year(text: &str) -> Option<String> {
    let parts: Vec<&str> = text.trim().split(['.', '/']).collect();
    let [day, month, year] = parts.as_slice() else { return None };
    let number = |part: &str, digits: std::ops::RangeInclusive<usize>| {
        (digits.contains(&part.len()) && part.bytes().all(|b| b.is_ascii_digit())).then(|| part.parse::<u32>().ok())?
    };
    let (day, month, year) = (number(day, 1..=2)?, number(month, 1..=2)?, number(year, 4..=4)?);
    Date::new(year as i32, month as u8, day as u8).map(|date| date.to_string())
}

/// The digits of a number written as text with its thousands apart (`"45 000"`, `"1 200"`), or
/// with the tenge sign: what to write instead, without quotes.
fn written_digits(value: &Value) -> Option<String> {
    let Value::String(text) = value else { return None };
    let text = text.trim().trim_end_matches('₸').trim_end_matches("тг").trim();
    let digits: String = text.chars().filter(|c| !matches!(c, ' ' | '\u{a0}' | '\u{202f}' | '_')).collect();
    (!digits.is_empty() && digits.len() <= 10 && digits.bytes().all(|b| b.is_ascii_digit()))
        .then(|| digits.trim_start_matches('0').to_string())
        .map(|d| if d.is_empty() { "0".to_string() } else { d })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(text: &str) -> (Option<Ledger>, Vec<String>) {
        let file = SourceFile::new("p.toml", text);
        let mut diagnostics = Diagnostics::new();
        let today = Date::new(2025, 2, 22).unwrap();
        let ledger = validate(&file, today, &mut diagnostics);
        (ledger, diagnostics.iter().map(Diagnostic::headline).collect())
    }

    #[test]
    fn a_valid_ledger_loads_with_every_field() {
        let (ledger, messages) = check(
            "[[run]]\ndate = 2025-01-15\ncopies = 300\nprinter = \"P\"\ncost = 45000\nedition = \"abc\"\n\n\
             [[hand-out]]\ndate = 2025-01-20\ncopies = 120\nplace = \"Бақанас\"\nby = \"волонтёр\"\n",
        );
        assert!(messages.is_empty(), "{messages:?}");
        let ledger = ledger.unwrap();
        assert_eq!(ledger.runs[0].cost, Some(45000));
        assert_eq!(ledger.runs[0].edition.as_deref(), Some("abc"));
        assert_eq!(ledger.hand_outs[0].place, "Бақанас");
        assert_eq!(ledger.in_stock(), 180);
    }

    #[test]
    fn an_empty_file_is_an_empty_ledger() {
        let (ledger, messages) = check("# nothing printed yet\n");
        assert!(messages.is_empty());
        assert_eq!(ledger, Some(Ledger::default()));
    }

    #[test]
    fn every_problem_is_reported_at_its_value() {
        let (ledger, messages) = check(
            "[[run]]\ndate = \"2025-01-15\"\ncopies = -3\ncost = 12.5\n\n[[hand-out]]\ncopies = 0\nplace = \"\"\n",
        );
        assert!(ledger.is_none());
        assert_eq!(
            messages,
            [
                "p.toml:2:8: error: `date` should be a date, but it is the text \"2025-01-15\"",
                "p.toml:3:10: error: `copies` must be more than 0, but it is -3",
                "p.toml:4:8: error: `cost` must be whole tenge, but it is 12.5",
                "p.toml:6:1: error: `date` is missing in this [[hand-out]]",
                "p.toml:7:10: error: `copies` must be more than 0, but it is 0",
                "p.toml:8:9: error: `place` is missing in this [[hand-out]]",
            ]
        );
    }

    #[test]
    fn a_void_record_is_kept_in_the_history_and_left_out_of_the_stock() {
        let (ledger, messages) = check(
            "[[run]]\ndate = 2025-01-15\ncopies = 300\n\n[[hand-out]]\ndate = 2025-01-20\ncopies = 120\nplace = \"A\"\n\n\
             [[run]]\ndate = 2025-01-15\ncopies = 300\nvoid = { date = 2025-01-21, reason = \"entered twice\" }\n\n\
             [[hand-out]]\ndate = 2025-01-22\ncopies = 20\nplace = \"B\"\n[hand-out.void]\ndate = 2025-01-23\nreason = \"no\"\n",
        );
        assert!(messages.is_empty(), "{messages:?}");
        let ledger = ledger.unwrap();
        assert_eq!((ledger.printed(), ledger.handed_out(), ledger.in_stock()), (300, 120, 180));
        let kinds: Vec<(bool, bool)> =
            ledger.history.iter().map(|r| (matches!(r.entry, Entry::Run(_)), r.void.is_some())).collect();
        assert_eq!(kinds, [(true, false), (false, false), (true, true), (false, true)]);
        assert_eq!(ledger.history[2].void.as_ref().unwrap().reason, "entered twice");
    }

    #[test]
    fn a_void_needs_a_date_not_before_the_record_and_a_reason() {
        let (ledger, messages) = check(
            "[[run]]\ndate = 2025-01-15\ncopies = 300\nvoid = { date = 2025-01-14, reason = \"x\" }\n\n\
             [[run]]\ndate = 2025-01-15\ncopies = 300\nvoid = { reason = \"x\" }\n\n\
             [[run]]\ndate = 2025-01-15\ncopies = 300\nvoid = { date = 2025-01-16, reason = \" \" }\n\n\
             [[run]]\ndate = 2025-01-15\ncopies = 300\nvoid = { date = 2025-01-16, why = \"x\" }\n",
        );
        assert!(ledger.is_none());
        assert_eq!(
            messages,
            [
                "p.toml:19:29: error: unknown key `why` in [run.void]",
                "p.toml:4:17: error: the void is dated 2025-01-14, before the record itself (2025-01-15)",
                "p.toml:9:8: error: `void` has no `date`: the day the record was found to be wrong",
                "p.toml:14:38: error: `void` has no `reason`: say why the record is void",
                "p.toml:19:8: error: `void` has no `reason`: say why the record is void",
            ]
        );
    }
}
