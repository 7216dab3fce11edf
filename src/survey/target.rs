//! An indicator's target and whether the data show it reached: `target = { after = 0.60 }` (the
//! share aware after the campaign) or `target = { change = 0.20 }` (the rise in percentage
//! points), judged from the confidence interval, never from the point estimate alone.

use serde::Serialize;

use crate::survey::stats::Interval;

/// What the programme promised the donor for one indicator.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Target {
    /// The share aware after the campaign, as a fraction.
    After(f64),
    /// The change in percentage points, as a fraction (0.20 for +20 points).
    Change(f64),
}

impl Target {
    pub fn kind(self) -> TargetKind {
        match self {
            Target::After(_) => TargetKind::After,
            Target::Change(_) => TargetKind::Change,
        }
    }

    pub fn value(self) -> f64 {
        match self {
            Target::After(value) | Target::Change(value) => value,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum TargetKind {
    After,
    Change,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub enum TargetStatus {
    /// The whole interval is at or above the target.
    #[serde(rename = "met")]
    Met,
    /// The whole interval is below the target.
    #[serde(rename = "not met")]
    NotMet,
    /// The interval includes the target: the data cannot tell.
    #[serde(rename = "unclear")]
    Unclear,
}

/// Met when the interval's lower bound reaches the target, not met when its upper bound is
/// below it, unclear otherwise.
pub fn status(interval: Interval, target: f64) -> TargetStatus {
    if interval.lower >= target {
        TargetStatus::Met
    } else if interval.upper < target {
        TargetStatus::NotMet
    } else {
        TargetStatus::Unclear
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const TARGET: f64 = 0.60;
    const STEP: f64 = 1e-9;

    fn at(lower: f64, upper: f64) -> TargetStatus {
        status(Interval { lower, upper }, TARGET)
    }

    #[test]
    fn met_from_the_lower_bound_reaching_the_target() {
        assert_eq!(at(TARGET, 0.8), TargetStatus::Met, "a lower bound exactly at the target reaches it");
        assert_eq!(at(TARGET + STEP, 0.8), TargetStatus::Met);
        assert_eq!(at(TARGET - STEP, 0.8), TargetStatus::Unclear, "just below: the data cannot tell");
    }

    #[test]
    fn not_met_only_when_the_upper_bound_is_below_the_target() {
        assert_eq!(at(0.4, TARGET - STEP), TargetStatus::NotMet);
        assert_eq!(at(0.4, TARGET), TargetStatus::Unclear, "an upper bound at the target does not rule it out");
        assert_eq!(at(0.4, TARGET + STEP), TargetStatus::Unclear);
    }

    #[test]
    fn an_interval_around_the_target_is_unclear() {
        assert_eq!(at(0.55, 0.65), TargetStatus::Unclear);
        assert_eq!(at(TARGET, TARGET), TargetStatus::Met, "a degenerate interval at the target");
    }
}
