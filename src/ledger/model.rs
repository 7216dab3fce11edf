//! A validated ledger: print runs and hand-outs with real dates and positive copies, and the
//! stock they add up to over time. Nothing here reads files or knows how booklets are made.

use std::ops::Range;

use crate::date::Date;
use crate::scope::Scope;

/// "1 copy", "300 copies".
pub fn copies(count: u64) -> String {
    if count == 1 { "1 copy".to_string() } else { format!("{count} copies") }
}

/// One print run: `[[run]]` in `print-runs.toml`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Run {
    pub date: Date,
    pub copies: u64,
    pub printer: Option<String>,
    /// Tenge, for the whole run.
    pub cost: Option<u64>,
    /// Fingerprint of the press PDF that was printed (see `edition.rs`).
    pub edition: Option<String>,
    /// Where `edition` is written, or the run's `[[run]]` header; `0..0` for a run not yet in a file.
    pub span: Range<usize>,
}

/// Copies handed out in one place: `[[hand-out]]` in `print-runs.toml`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HandOut {
    pub date: Date,
    pub copies: u64,
    pub place: String,
    pub by: Option<String>,
    /// Where `copies` is written; `0..0` for a hand-out not yet in a file.
    pub span: Range<usize>,
}

/// A record about to be added to a ledger.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Entry {
    Run(Run),
    HandOut(HandOut),
}

impl Entry {
    pub fn date(&self) -> Date {
        match self {
            Entry::Run(run) => run.date,
            Entry::HandOut(hand_out) => hand_out.date,
        }
    }
}

/// Every run and hand-out of one campaign, in file order.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Ledger {
    pub runs: Vec<Run>,
    pub hand_outs: Vec<HandOut>,
}

/// A hand-out that takes more copies than were in stock when it happened.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Overdraw {
    /// Index into [`Ledger::hand_outs`].
    pub hand_out: usize,
    pub in_stock: u64,
}

/// Why a new hand-out cannot be recorded.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Shortfall {
    /// Copies in stock at the end of the hand-out's day.
    pub in_stock: u64,
    /// Copies that can go out that day without a later hand-out running out of stock.
    pub available: u64,
}

impl Ledger {
    pub fn printed(&self) -> u64 {
        self.runs.iter().map(|run| run.copies).sum()
    }

    pub fn handed_out(&self) -> u64 {
        self.hand_outs.iter().map(|hand_out| hand_out.copies).sum()
    }

    pub fn in_stock(&self) -> u64 {
        self.printed().saturating_sub(self.handed_out())
    }

    /// The run printed last (the latest date; of runs on one day, the one written last).
    pub fn last_run(&self) -> Option<&Run> {
        // `max_by_key` returns the last of equal elements.
        self.runs.iter().max_by_key(|run| run.date)
    }

    /// The hand-out made last, by the same rule as [`Ledger::last_run`].
    pub fn last_hand_out(&self) -> Option<&HandOut> {
        self.hand_outs.iter().max_by_key(|hand_out| hand_out.date)
    }

    /// The runs and hand-outs dated in the period of `scope`, ends included.
    pub fn within(&self, scope: &Scope) -> Ledger {
        self.dated(|date| scope.contains(date))
    }

    /// The runs and hand-outs up to the end of the period of `scope`: what its stock at the
    /// end of the period is counted from.
    pub fn until_end_of(&self, scope: &Scope) -> Ledger {
        self.dated(|date| scope.up_to_end(date))
    }

    fn dated(&self, keep: impl Fn(Date) -> bool) -> Ledger {
        let mut ledger = self.clone();
        ledger.runs.retain(|run| keep(run.date));
        ledger.hand_outs.retain(|hand_out| keep(hand_out.date));
        ledger
    }

    pub fn with(&self, entry: Entry) -> Ledger {
        let mut ledger = self.clone();
        match entry {
            Entry::Run(run) => ledger.runs.push(run),
            Entry::HandOut(hand_out) => ledger.hand_outs.push(hand_out),
        }
        ledger
    }

    /// Hand-outs that take more copies than were in stock at the time. An overdrawn hand-out is
    /// left out of the stock, so that each one reported is wrong on its own account.
    pub fn overdrawn(&self) -> Vec<Overdraw> {
        let mut found = Vec::new();
        let mut stock = 0u64;
        for event in self.events() {
            match event {
                Event::Run(copies) => stock += copies,
                Event::HandOut(index, copies) if copies > stock => {
                    found.push(Overdraw { hand_out: index, in_stock: stock });
                }
                Event::HandOut(_, copies) => stock -= copies,
            }
        }
        found
    }

    /// Checks that `entry` can be added: a hand-out must leave enough copies for itself and for
    /// every hand-out recorded after its date. Print runs always fit.
    pub fn shortfall(&self, entry: &Entry) -> Option<Shortfall> {
        let Entry::HandOut(hand_out) = entry else { return None };
        let (in_stock, available) = self.stock_and_available_on(hand_out.date);
        (hand_out.copies > available).then_some(Shortfall { in_stock, available })
    }

    /// Copies in stock at the end of `date`, and the fewest copies in stock at any point from
    /// then on: what a new hand-out on `date` may take.
    fn stock_and_available_on(&self, date: Date) -> (u64, u64) {
        let mut stock = 0i128;
        let mut at_end_of_day = None;
        let mut lowest_after = i128::MAX;
        for (event_date, event) in self.dated_events() {
            if event_date > date && at_end_of_day.is_none() {
                at_end_of_day = Some(stock);
            }
            match event {
                Event::Run(copies) => stock += i128::from(copies),
                Event::HandOut(_, copies) => stock -= i128::from(copies),
            }
            if at_end_of_day.is_some() {
                lowest_after = lowest_after.min(stock);
            }
        }
        let at_end_of_day = at_end_of_day.unwrap_or(stock);
        let available = at_end_of_day.min(lowest_after).max(0);
        (at_end_of_day.max(0) as u64, available as u64)
    }

    fn events(&self) -> impl Iterator<Item = Event> {
        self.dated_events().into_iter().map(|(_, event)| event)
    }

    /// Runs and hand-outs by date; on one day the runs come first (booklets are handed out the
    /// day they arrive), then everything in file order.
    fn dated_events(&self) -> Vec<(Date, Event)> {
        let mut events: Vec<(Date, u8, usize, Event)> = Vec::new();
        for (index, run) in self.runs.iter().enumerate() {
            events.push((run.date, 0, index, Event::Run(run.copies)));
        }
        for (index, hand_out) in self.hand_outs.iter().enumerate() {
            events.push((hand_out.date, 1, index, Event::HandOut(index, hand_out.copies)));
        }
        events.sort_by_key(|(date, kind, index, _)| (*date, *kind, *index));
        events.into_iter().map(|(date, _, _, event)| (date, event)).collect()
    }
}

#[derive(Debug, Clone, Copy)]
enum Event {
    Run(u64),
    HandOut(usize, u64),
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(d: u8) -> Date {
        Date::new(2025, 1, d).unwrap()
    }

    fn run(d: u8, copies: u64) -> Run {
        Run { date: day(d), copies, printer: None, cost: None, edition: None, span: 0..0 }
    }

    fn hand_out(d: u8, copies: u64) -> HandOut {
        HandOut { date: day(d), copies, place: "Кеген".into(), by: None, span: 0..0 }
    }

    fn ledger(runs: Vec<Run>, hand_outs: Vec<HandOut>) -> Ledger {
        Ledger { runs, hand_outs }
    }

    #[test]
    fn a_hand_out_before_the_run_arrives_is_overdrawn() {
        let ledger = ledger(vec![run(10, 300)], vec![hand_out(5, 10), hand_out(10, 300)]);
        assert_eq!(ledger.overdrawn(), vec![Overdraw { hand_out: 0, in_stock: 0 }]);
    }

    #[test]
    fn an_overdrawn_hand_out_does_not_make_later_ones_wrong_too() {
        let ledger = ledger(vec![run(1, 100)], vec![hand_out(2, 150), hand_out(3, 60), hand_out(4, 50)]);
        assert_eq!(
            ledger.overdrawn(),
            vec![Overdraw { hand_out: 0, in_stock: 100 }, Overdraw { hand_out: 2, in_stock: 40 }]
        );
    }

    #[test]
    fn a_backdated_hand_out_may_not_take_what_later_hand_outs_used() {
        // 100 printed on the 1st, 30 in stock on the 5th, but 80 went out on the 20th.
        let ledger = ledger(vec![run(1, 100)], vec![hand_out(5, 70), hand_out(20, 10)]);
        assert_eq!(ledger.stock_and_available_on(day(10)), (30, 20));
        assert!(ledger.shortfall(&Entry::HandOut(hand_out(10, 20))).is_none());
        assert_eq!(
            ledger.shortfall(&Entry::HandOut(hand_out(10, 21))),
            Some(Shortfall { in_stock: 30, available: 20 })
        );
    }

    #[test]
    fn a_later_run_does_not_make_an_earlier_hand_out_possible() {
        let ledger = ledger(vec![run(1, 10), run(20, 500)], vec![]);
        assert_eq!(ledger.stock_and_available_on(day(5)), (10, 10));
        assert_eq!(ledger.stock_and_available_on(day(20)), (510, 510));
        assert_eq!(ledger.stock_and_available_on(day(31)), (510, 510));
    }

    #[test]
    fn last_run_is_the_latest_date_then_the_last_written() {
        let mut first = run(9, 1);
        first.edition = Some("a".into());
        let mut second = run(9, 2);
        second.edition = Some("b".into());
        let ledger = ledger(vec![first, second, run(3, 5)], vec![]);
        assert_eq!(ledger.last_run().unwrap().edition.as_deref(), Some("b"));
    }
}
