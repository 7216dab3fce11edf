//! A validated ledger: print runs and hand-outs with real dates and positive copies, and the
//! stock they add up to over time. Nothing here reads files or knows how booklets are made.

use std::ops::Range;

use crate::campaign::Edition;
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
    /// Which edition was printed (`kind = "large-print"`); `None` for the standard booklet.
    pub kind: Option<Edition>,
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

/// A correction: the record it is written in was a mistake and counts for nothing, but stays in
/// the file, `void = { date = 2025-01-21, reason = "entered twice" }`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Void {
    /// The day the record was found to be wrong.
    pub date: Date,
    pub reason: String,
}

/// A print run or hand-out: one table of the ledger, or a record about to be added to it.
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

    pub fn copies(&self) -> u64 {
        match self {
            Entry::Run(run) => run.copies,
            Entry::HandOut(hand_out) => hand_out.copies,
        }
    }
}

/// One `[[run]]` or `[[hand-out]]` table as written, void or not.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Record {
    pub entry: Entry,
    pub void: Option<Void>,
}

/// Every run and hand-out of one campaign.
///
/// `history` is the ledger as written: every table, void ones included, in file order; record
/// number `n` (what `stock --history` shows and `void` takes) is `history[n - 1]`, so appending
/// never changes a number. `runs` and `hand_outs` are the records that count, those not void,
/// in file order: everything that adds up stock, cost or hand-outs reads these, and so never
/// counts a record that was voided. Build a ledger with [`Ledger::from_history`], which keeps the
/// two views in step.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Ledger {
    pub runs: Vec<Run>,
    pub hand_outs: Vec<HandOut>,
    pub history: Vec<Record>,
}

/// Why a record cannot be marked void.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum VoidRefusal {
    /// No record has this number; the ledger has `records` of them (numbered from 1).
    NoSuchNumber { records: usize },
    /// The record is void already.
    AlreadyVoid(Void),
    /// The reason is blank.
    NoReason,
    /// The void is dated before the record itself.
    BeforeRecord { record: Date },
    /// Without the print run, these hand-outs (record number, hand-out, copies in stock then)
    /// would take more copies than were printed by their day.
    Overdraws(Vec<(usize, HandOut, u64)>),
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

    /// The run of each edition printed last, by the same rule, standard first.
    pub fn last_run_of_each_edition(&self) -> Vec<&Run> {
        let mut kinds: Vec<Option<Edition>> = self.runs.iter().map(|run| run.kind).collect();
        kinds.sort();
        kinds.dedup();
        kinds
            .into_iter()
            .filter_map(|kind| self.runs.iter().filter(|run| run.kind == kind).max_by_key(|run| run.date))
            .collect()
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
        Ledger::from_history(self.history.iter().filter(|record| keep(record.entry.date())).cloned().collect())
    }

    /// The ledger of these records, in file order.
    pub fn from_history(history: Vec<Record>) -> Ledger {
        let live = history.iter().filter(|record| record.void.is_none());
        let mut runs = Vec::new();
        let mut hand_outs = Vec::new();
        for record in live {
            match &record.entry {
                Entry::Run(run) => runs.push(run.clone()),
                Entry::HandOut(hand_out) => hand_outs.push(hand_out.clone()),
            }
        }
        Ledger { runs, hand_outs, history }
    }

    /// The ledger with `entry` written after everything else.
    pub fn with(&self, entry: Entry) -> Ledger {
        self.with_all(std::iter::once(entry))
    }

    /// The ledger with `entries` written after everything else, in their order.
    pub fn with_all(&self, entries: impl IntoIterator<Item = Entry>) -> Ledger {
        let mut history = self.history.clone();
        history.extend(entries.into_iter().map(|entry| Record { entry, void: None }));
        Ledger::from_history(history)
    }

    /// The same ledger with every span `0..0`: what it says, not where it says it.
    pub fn without_spans(&self) -> Ledger {
        let history = self
            .history
            .iter()
            .cloned()
            .map(|mut record| {
                match &mut record.entry {
                    Entry::Run(run) => run.span = 0..0,
                    Entry::HandOut(hand_out) => hand_out.span = 0..0,
                }
                record
            })
            .collect();
        Ledger::from_history(history)
    }

    /// Record `number` (1-based, in file order).
    pub fn record(&self, number: usize) -> Option<&Record> {
        number.checked_sub(1).and_then(|index| self.history.get(index))
    }

    /// The record number of `hand_outs[index]`.
    pub fn hand_out_number(&self, index: usize) -> usize {
        let mut live_hand_outs = self
            .history
            .iter()
            .enumerate()
            .filter(|(_, record)| record.void.is_none() && matches!(record.entry, Entry::HandOut(_)));
        live_hand_outs.nth(index).map_or(0, |(position, _)| position + 1)
    }

    /// The ledger with record `number` marked void, or why it may not be: the record must exist
    /// and be live, the void needs a reason and a day not before the record's, and no hand-out
    /// may be left taking copies that, without the record, were never printed.
    pub fn voiding(&self, number: usize, void: Void) -> Result<Ledger, VoidRefusal> {
        let Some(record) = self.record(number) else {
            return Err(VoidRefusal::NoSuchNumber { records: self.history.len() });
        };
        if let Some(earlier) = &record.void {
            return Err(VoidRefusal::AlreadyVoid(earlier.clone()));
        }
        if void.reason.trim().is_empty() {
            return Err(VoidRefusal::NoReason);
        }
        if void.date < record.entry.date() {
            return Err(VoidRefusal::BeforeRecord { record: record.entry.date() });
        }
        let mut history = self.history.clone();
        history[number - 1].void = Some(void);
        let voided = Ledger::from_history(history);
        // Only hand-outs overdrawn now, not those that already were (a ledger read from a file
        // has none; one being built may).
        let before: Vec<usize> = self.overdrawn().iter().map(|o| self.hand_out_number(o.hand_out)).collect();
        let overdrawn: Vec<(usize, HandOut, u64)> = voided
            .overdrawn()
            .into_iter()
            .map(|o| (voided.hand_out_number(o.hand_out), voided.hand_outs[o.hand_out].clone(), o.in_stock))
            .filter(|(n, _, _)| !before.contains(n))
            .collect();
        if overdrawn.is_empty() { Ok(voided) } else { Err(VoidRefusal::Overdraws(overdrawn)) }
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
        Run { date: day(d), copies, printer: None, cost: None, edition: None, kind: None, span: 0..0 }
    }

    fn void(d: u8, reason: &str) -> Void {
        Void { date: day(d), reason: reason.into() }
    }

    fn hand_out(d: u8, copies: u64) -> HandOut {
        HandOut { date: day(d), copies, place: "Кеген".into(), by: None, span: 0..0 }
    }

    fn ledger(runs: Vec<Run>, hand_outs: Vec<HandOut>) -> Ledger {
        Ledger::default().with_all(runs.into_iter().map(Entry::Run).chain(hand_outs.into_iter().map(Entry::HandOut)))
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

    #[test]
    fn a_void_record_keeps_its_number_and_counts_for_nothing() {
        let ledger = ledger(vec![run(1, 300), run(2, 300)], vec![hand_out(3, 100)]);
        let voided = ledger.voiding(2, void(4, "entered twice")).unwrap();
        assert_eq!((voided.printed(), voided.handed_out(), voided.in_stock()), (300, 100, 200));
        assert_eq!(voided.history.len(), 3);
        assert_eq!(voided.record(2).unwrap().void, Some(void(4, "entered twice")));
        assert_eq!(voided.runs.len(), 1);
        assert_eq!(voided.hand_out_number(0), 3);
        // Numbers go on after the last record, void or not.
        let more = voided.with(Entry::HandOut(hand_out(5, 10)));
        assert_eq!(more.hand_out_number(1), 4);
        assert_eq!(more.in_stock(), 190);
    }

    #[test]
    fn a_void_is_refused_for_no_record_a_void_one_no_reason_or_an_earlier_day() {
        let ledger = ledger(vec![run(10, 300)], vec![]);
        assert_eq!(ledger.voiding(0, void(11, "x")), Err(VoidRefusal::NoSuchNumber { records: 1 }));
        assert_eq!(ledger.voiding(2, void(11, "x")), Err(VoidRefusal::NoSuchNumber { records: 1 }));
        assert_eq!(ledger.voiding(1, void(11, "  ")), Err(VoidRefusal::NoReason));
        assert_eq!(ledger.voiding(1, void(9, "x")), Err(VoidRefusal::BeforeRecord { record: day(10) }));
        let voided = ledger.voiding(1, void(10, "typo")).unwrap();
        assert_eq!(voided.voiding(1, void(12, "again")), Err(VoidRefusal::AlreadyVoid(void(10, "typo"))));
    }

    #[test]
    fn voiding_a_run_whose_copies_went_out_names_the_hand_outs_left_without_stock() {
        // 300 on the 1st and 200 on the 5th; 250 out on the 6th, 100 on the 8th.
        let ledger = ledger(vec![run(1, 300), run(5, 200)], vec![hand_out(6, 250), hand_out(8, 100)]);
        let Err(VoidRefusal::Overdraws(overdrawn)) = ledger.voiding(2, void(9, "wrong campaign")) else {
            panic!("the second hand-out has no copies without the second run")
        };
        let named: Vec<(usize, u64, u64)> = overdrawn.iter().map(|(n, h, stock)| (*n, h.copies, *stock)).collect();
        assert_eq!(named, vec![(4, 100, 50)]);
        // Voiding a hand-out never takes stock away.
        assert!(ledger.voiding(3, void(9, "not handed out")).is_ok());
        // Nor does voiding a run whose copies are all still in stock.
        let ledger = ledger.with(Entry::Run(run(9, 40)));
        assert_eq!(ledger.voiding(5, void(9, "wrong count")).map(|l| l.in_stock()), Ok(150));
    }
}
