//! `print-runs.toml` as written, checked into a [`Ledger`]: every problem of a hand-edited file
//! becomes a diagnostic at its line and column.

use std::ops::Range;

use serde::Deserialize;
use toml::{Spanned, Value};

use crate::date::Date;
use crate::diag::{Diagnostic, Diagnostics, SourceFile};
use crate::ledger::model::{HandOut, Ledger, Run, copies};
use crate::messages::Message;
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
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
struct RawHandOut {
    date: Option<Spanned<Value>>,
    copies: Option<Spanned<Value>>,
    place: Option<Spanned<String>>,
    by: Option<Spanned<String>>,
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
    let runs: Vec<Option<Run>> = raw.run.iter().map(|run| check.run(run)).collect();
    let hand_outs: Vec<Option<HandOut>> = raw.hand_out.iter().map(|hand_out| check.hand_out(hand_out)).collect();
    let ledger = Ledger {
        runs: runs.into_iter().collect::<Option<_>>()?,
        hand_outs: hand_outs.into_iter().collect::<Option<_>>()?,
    };
    for overdraw in ledger.overdrawn() {
        let hand_out = &ledger.hand_outs[overdraw.hand_out];
        let message = format!(
            "this hand-out of {} on {} is more than the stock that day, {}",
            copies(hand_out.copies),
            hand_out.date,
            overdraw.in_stock
        );
        check.diagnostics.push(Diagnostic::error(file, hand_out.span.clone(), message).with_hint(
            "check the copies and the date of this hand-out, and that every print run before it is recorded",
        ));
    }
    (!check.diagnostics.failed_since(start)).then_some(ledger)
}

struct Checker<'a> {
    file: &'a SourceFile,
    today: Date,
    diagnostics: &'a mut Diagnostics,
}

impl Checker<'_> {
    fn error(&mut self, span: Range<usize>, message: impl Into<Message>, hint: impl Into<Message>) {
        self.diagnostics.push(Diagnostic::error(self.file, span, message).with_hint(hint));
    }

    fn run(&mut self, run: &Spanned<RawRun>) -> Option<Run> {
        let raw = run.get_ref();
        let date = self.date(raw.date.as_ref(), run.span(), "[[run]]", "the day the booklets were printed");
        let copies = self.copies(raw.copies.as_ref(), run.span(), "[[run]]");
        let cost = match &raw.cost {
            Some(cost) => Some(self.cost(cost)?),
            None => None,
        };
        let edition = raw.edition.as_ref().map(|e| e.get_ref().trim().to_string()).filter(|e| !e.is_empty());
        let span = raw.edition.as_ref().map_or(run.span(), Spanned::span);
        Some(Run { date: date?, copies: copies?.1, printer: text(raw.printer.as_ref()), cost, edition, span })
    }

    fn hand_out(&mut self, hand_out: &Spanned<RawHandOut>) -> Option<HandOut> {
        let raw = hand_out.get_ref();
        let date = self.date(raw.date.as_ref(), hand_out.span(), "[[hand-out]]", "the day the copies were handed out");
        let copies = self.copies(raw.copies.as_ref(), hand_out.span(), "[[hand-out]]");
        let place = text(raw.place.as_ref());
        if place.is_none() {
            let span = raw.place.as_ref().map_or(hand_out.span(), Spanned::span);
            self.error(
                span,
                "`place` is missing in this [[hand-out]]",
                "add place = \"…\": the village or town where the copies were handed out",
            );
        }
        let (span, copies) = copies?;
        Some(HandOut { date: date?, copies, place: place?, by: text(raw.by.as_ref()), span })
    }

    fn date(&mut self, value: Option<&Spanned<Value>>, table: Range<usize>, kind: &str, what: &str) -> Option<Date> {
        let Some(value) = value else {
            self.error(table, format!("`date` is missing in this {kind}"), format!("add date = YYYY-MM-DD: {what}"));
            return None;
        };
        let date = match value.get_ref() {
            Value::Datetime(datetime) => Date::from_toml(datetime),
            _ => None,
        };
        let Some(date) = date else {
            let found = describe(value.get_ref());
            self.error(
                value.span(),
                format!("`date` should be a date, but it is {found}"),
                format!("write the date without quotes or a time, e.g. date = {}", self.today),
            );
            return None;
        };
        if date > self.today {
            self.error(
                value.span(),
                format!("`date` {date} is in the future"),
                format!("today is {}; record what has happened, on the day it happened", self.today),
            );
            return None;
        }
        Some(date)
    }

    fn copies(
        &mut self,
        value: Option<&Spanned<Value>>,
        table: Range<usize>,
        kind: &str,
    ) -> Option<(Range<usize>, u64)> {
        let Some(value) = value else {
            self.error(table, format!("`copies` is missing in this {kind}"), "add copies = N, the number of booklets");
            return None;
        };
        match value.get_ref() {
            Value::Integer(copies) if *copies > MOST => {
                self.error(
                    value.span(),
                    format!("`copies` is too large: {copies}"),
                    "check the number for extra digits",
                );
                None
            }
            Value::Integer(copies) if *copies > 0 => Some((value.span(), *copies as u64)),
            Value::Integer(copies) => {
                self.error(
                    value.span(),
                    format!("`copies` must be more than 0, but it is {copies}"),
                    "write the number of booklets; remove the whole record if there were none",
                );
                None
            }
            other => {
                self.error(
                    value.span(),
                    format!("`copies` should be a whole number, but it is {}", describe(other)),
                    "write digits without quotes, e.g. copies = 300",
                );
                None
            }
        }
    }

    fn cost(&mut self, value: &Spanned<Value>) -> Option<u64> {
        match value.get_ref() {
            Value::Integer(cost) if *cost > MOST => {
                self.error(value.span(), format!("`cost` is too large: {cost}"), "check the number for extra digits");
                None
            }
            Value::Integer(cost) if *cost >= 0 => Some(*cost as u64),
            Value::Integer(cost) => {
                self.error(
                    value.span(),
                    format!("`cost` cannot be negative, but it is {cost}"),
                    "write what the whole run cost in tenge, e.g. cost = 45000",
                );
                None
            }
            Value::Float(cost) => {
                self.error(
                    value.span(),
                    format!("`cost` must be whole tenge, but it is {cost}"),
                    format!("round to whole tenge: cost = {}", cost.round().max(0.0) as u64),
                );
                None
            }
            other => {
                self.error(
                    value.span(),
                    format!("`cost` should be a whole number of tenge, but it is {}", describe(other)),
                    "write digits without quotes, spaces or ₸, e.g. cost = 45000",
                );
                None
            }
        }
    }
}

/// Trimmed text, or `None` for a missing or blank value.
fn text(value: Option<&Spanned<String>>) -> Option<String> {
    value.map(|v| v.get_ref().trim().to_string()).filter(|v| !v.is_empty())
}

fn describe(value: &Value) -> String {
    match value {
        Value::String(text) => format!("the text \"{text}\""),
        Value::Datetime(datetime) => format!("the date-time {datetime}"),
        Value::Float(number) => format!("the number {number}"),
        other => format!("a {}", other.type_str()),
    }
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
}
