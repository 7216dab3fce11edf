//! What a report or a table covers: some campaigns (all when none are named) and a period
//! (open at either end when not given). Built once from the command line; the ledger totals, the
//! survey results and the donor report all ask it the same two questions.

use crate::date::Date;

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Scope {
    /// Campaign ids, checked to exist; all campaigns when empty.
    pub campaigns: Vec<String>,
    /// The first day counted; from the beginning when `None`.
    pub from: Option<Date>,
    /// The last day counted; to the end when `None`.
    pub to: Option<Date>,
}

impl Scope {
    /// Everything: all campaigns, every date.
    pub fn all() -> Scope {
        Scope::default()
    }

    /// Whether `date` lies in the period, both ends included.
    pub fn contains(&self, date: Date) -> bool {
        self.from.is_none_or(|from| date >= from) && self.to.is_none_or(|to| date <= to)
    }

    /// Whether `date` is not after the end of the period: what is in stock at its end.
    pub fn up_to_end(&self, date: Date) -> bool {
        self.to.is_none_or(|to| date <= to)
    }

    /// Whether the campaign `id` is one of those covered.
    pub fn covers_campaign(&self, id: &str) -> bool {
        self.campaigns.is_empty() || self.campaigns.iter().any(|c| c == id)
    }

    /// True when a period is given, at either end.
    pub fn has_period(&self) -> bool {
        self.from.is_some() || self.to.is_some()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(d: u8) -> Date {
        Date::new(2025, 1, d).unwrap()
    }

    #[test]
    fn a_period_includes_both_ends_and_an_open_end_includes_everything_beyond() {
        let scope = Scope { campaigns: vec![], from: Some(day(10)), to: Some(day(20)) };
        assert!(!scope.contains(day(9)));
        assert!(scope.contains(day(10)) && scope.contains(day(20)));
        assert!(!scope.contains(day(21)));
        assert!(scope.up_to_end(day(1)) && !scope.up_to_end(day(21)));
        let from_only = Scope { from: Some(day(10)), ..Scope::all() };
        assert!(from_only.contains(day(31)) && !from_only.contains(day(9)));
        assert!(Scope::all().contains(day(1)) && !Scope::all().has_period());
    }

    #[test]
    fn no_campaigns_named_covers_them_all() {
        assert!(Scope::all().covers_campaign("kegen"));
        let some = Scope { campaigns: vec!["kegen".into()], ..Scope::all() };
        assert!(some.covers_campaign("kegen") && !some.covers_campaign("uighur"));
    }
}
