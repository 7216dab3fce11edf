//! `kitapsha stock --history CAMPAIGN`: every print run and hand-out of a campaign as written,
//! numbered as `void` takes them, void ones shown with the day and the reason.

use serde::Serialize;

use crate::campaign::Edition;
use crate::lang::Lang;
use crate::ledger::model::{Entry, Ledger};
use crate::ledger::stock::{column_widths, padded_line};
use crate::msg;
use crate::numbers;

/// `stock --history --json`: one object per record, in file order.
pub fn json(ledger: &Ledger) -> String {
    #[derive(Serialize)]
    struct Void<'a> {
        date: String,
        reason: &'a str,
    }
    #[derive(Serialize)]
    struct Object<'a> {
        number: usize,
        kind: &'static str,
        date: String,
        copies: u64,
        /// `null` for print runs.
        place: Option<&'a str>,
        void: Option<Void<'a>>,
        printer: Option<&'a str>,
        cost: Option<u64>,
        edition: Option<&'a str>,
        /// The edition printed by name (`large-print`); `null` for the standard booklet.
        edition_kind: Option<&'static str>,
        by: Option<&'a str>,
    }
    let objects: Vec<Object> = ledger
        .history
        .iter()
        .enumerate()
        .map(|(index, record)| {
            let void = record.void.as_ref().map(|void| Void { date: void.date.to_string(), reason: &void.reason });
            let mut object = Object {
                number: index + 1,
                kind: "print-run",
                date: record.entry.date().to_string(),
                copies: record.entry.copies(),
                place: None,
                void,
                printer: None,
                cost: None,
                edition: None,
                edition_kind: None,
                by: None,
            };
            match &record.entry {
                Entry::Run(run) => {
                    object.printer = run.printer.as_deref();
                    object.cost = run.cost;
                    object.edition = run.edition.as_deref();
                    object.edition_kind = run.kind.map(Edition::name);
                }
                Entry::HandOut(hand_out) => {
                    object.kind = "hand-out";
                    object.place = Some(&hand_out.place);
                    object.by = hand_out.by.as_deref();
                }
            }
            object
        })
        .collect();
    serde_json::to_string_pretty(&objects).expect("plain data serialises")
}

/// `stock --history`: a table for people in `lang`, one line per record.
pub fn table(ledger: &Ledger, lang: Lang) -> String {
    if ledger.history.is_empty() {
        return msg!("history-empty").render(lang);
    }
    let headings = [
        msg!("history-number"),
        msg!("history-date"),
        msg!("history-record"),
        msg!("history-copies"),
        msg!("history-place"),
        msg!("history-note"),
    ]
    .map(|heading| heading.render(lang));
    let mut lines = vec![headings.clone()];
    for (index, record) in ledger.history.iter().enumerate() {
        let (kind, place) = match &record.entry {
            Entry::Run(run) => {
                let printed = msg!("history-print-run").render(lang);
                // An edition other than the standard one is named beside the record.
                let record = run.kind.map_or(printed.clone(), |kind| format!("{printed} ({})", kind.name()));
                (record, run.printer.clone().unwrap_or_default())
            }
            Entry::HandOut(hand_out) => (msg!("history-hand-out").render(lang), hand_out.place.clone()),
        };
        let note = record.void.as_ref().map_or_else(String::new, |void| {
            msg!("history-void", date = void.date.short(lang), reason = &void.reason).render(lang)
        });
        lines.push([
            (index + 1).to_string(),
            record.entry.date().short(lang),
            kind,
            numbers::integer(record.entry.copies(), lang),
            place,
            note,
        ]);
    }
    let widths = column_widths(&lines);
    let mut out = String::new();
    for line in &lines {
        // Numbers line up on the right, words read from the left.
        out.push_str(&padded_line(line, &widths, |column| column == 0 || column == 3));
    }
    if ledger.history.iter().any(|record| record.void.is_some()) {
        out.push_str(&msg!("history-void-note").render(lang));
        out.push('\n');
    }
    out.trim_end().to_string()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::date::Date;
    use crate::ledger::model::{HandOut, Run, Void};

    fn ledger() -> Ledger {
        let day = |d| Date::new(2025, 1, d).unwrap();
        let run = Run {
            date: day(15),
            copies: 300,
            printer: Some("Полиграф".into()),
            cost: Some(45_000),
            edition: None,
            kind: None,
            span: 0..0,
        };
        let hand_out = HandOut { date: day(20), copies: 120, place: "Бақанас".into(), by: None, span: 0..0 };
        let ledger = Ledger::default().with_all([Entry::Run(run.clone()), Entry::HandOut(hand_out), Entry::Run(run)]);
        ledger.voiding(3, Void { date: day(21), reason: "entered twice".into() }).unwrap()
    }

    #[test]
    fn the_json_has_every_record_with_its_number_and_void() {
        let json: serde_json::Value = serde_json::from_str(&json(&ledger())).unwrap();
        assert_eq!(json[0]["number"], 1);
        assert_eq!(json[0]["kind"], "print-run");
        assert_eq!(json[0]["place"], serde_json::Value::Null);
        assert_eq!(json[0]["void"], serde_json::Value::Null);
        assert_eq!(json[0]["cost"], 45_000);
        assert_eq!(json[1]["kind"], "hand-out");
        assert_eq!(json[1]["place"], "Бақанас");
        assert_eq!(json[2]["void"], serde_json::json!({"date": "2025-01-21", "reason": "entered twice"}));
    }

    #[test]
    fn the_table_marks_void_records_with_day_and_reason() {
        let english = table(&ledger(), Lang::En);
        let lines: Vec<&str> = english.lines().collect();
        assert_eq!(lines.len(), 5, "{english}");
        assert!(lines[3].starts_with("  3  2025-01-15  print run     300  Полиграф"), "{english}");
        assert!(lines[3].ends_with("VOID since 2025-01-21: entered twice"), "{english}");
        assert!(!lines[1].contains("VOID"), "{english}");
        assert!(table(&Ledger::default(), Lang::En).starts_with("no print runs or hand-outs"));
    }
}
