//! Failed logins, counted per name and per computer: after [`FREE_FAILURES`] failures the next
//! attempt waits a minute, then twice as long after each further failure (at most an hour). A
//! right password during the wait is refused too, so that guessing gains nothing from it.

use std::collections::HashMap;
use std::time::{Duration, Instant};

/// Failures allowed before the first wait.
pub const FREE_FAILURES: u32 = 5;
const FIRST_WAIT: Duration = Duration::from_secs(60);
const LONGEST_WAIT: Duration = Duration::from_secs(3600);
/// Failures older than this are forgotten, so that guessing many names fills no memory for long.
const FORGET_AFTER: Duration = Duration::from_secs(24 * 3600);

#[derive(Default)]
pub struct Attempts {
    /// By key (`name:…`, `from:…`): the failures so far and when the last one was.
    failures: HashMap<String, (u32, Instant)>,
}

impl Attempts {
    /// How long the keys must still wait at `now`; `None` when they may try.
    pub fn wait(&self, keys: &[String], now: Instant) -> Option<Duration> {
        keys.iter()
            .filter_map(|key| {
                let (count, last) = *self.failures.get(key)?;
                let over = count.checked_sub(FREE_FAILURES)?;
                let wait = FIRST_WAIT.saturating_mul(1 << over.min(6)).min(LONGEST_WAIT);
                (last + wait).checked_duration_since(now).filter(|left| !left.is_zero())
            })
            .max()
    }

    pub fn failed(&mut self, keys: &[String], now: Instant) {
        self.failures.retain(|_, (_, last)| now.saturating_duration_since(*last) < FORGET_AFTER);
        for key in keys {
            let entry = self.failures.entry(key.clone()).or_insert((0, now));
            *entry = (entry.0.saturating_add(1), now);
        }
    }

    pub fn succeeded(&mut self, keys: &[String]) {
        for key in keys {
            self.failures.remove(key);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_wait_starts_after_five_failures_and_grows() {
        let keys = vec!["name:aigul".to_string()];
        let start = Instant::now();
        let mut attempts = Attempts::default();
        for _ in 0..FREE_FAILURES - 1 {
            attempts.failed(&keys, start);
            assert_eq!(attempts.wait(&keys, start), None);
        }
        attempts.failed(&keys, start);
        assert_eq!(attempts.wait(&keys, start), Some(FIRST_WAIT));
        assert_eq!(attempts.wait(&keys, start + FIRST_WAIT), None);
        let later = start + FIRST_WAIT;
        attempts.failed(&keys, later);
        assert_eq!(attempts.wait(&keys, later), Some(FIRST_WAIT * 2));
        // Another name from the same computer is not held up by this one.
        assert_eq!(attempts.wait(&["name:erlan".to_string()], later), None);
        attempts.succeeded(&keys);
        assert_eq!(attempts.wait(&keys, later), None);
    }
}
