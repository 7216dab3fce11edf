//! Phase timings on stderr when `KITAPSHA_TIMING` is set: where a build spends its time.

use std::sync::OnceLock;
use std::time::Instant;

fn enabled() -> bool {
    static ENABLED: OnceLock<bool> = OnceLock::new();
    *ENABLED.get_or_init(|| std::env::var_os("KITAPSHA_TIMING").is_some())
}

/// When the run began, so that each phase says when it ended: where cores wait shows.
static BEGAN: OnceLock<Instant> = OnceLock::new();

/// Marks the beginning of the run; phases are timed from here.
pub fn begin() {
    BEGAN.get_or_init(Instant::now);
}

/// Runs `work`, and prints how long it took as `label` when timing is on.
pub fn phase<T>(label: &str, work: impl FnOnce() -> T) -> T {
    if !enabled() {
        return work();
    }
    let start = Instant::now();
    let result = work();
    let ended = BEGAN.get_or_init(|| start).elapsed().as_secs_f64() * 1000.0;
    eprintln!("timing {:>8.1} ms  {label} (ended at {ended:.0} ms)", start.elapsed().as_secs_f64() * 1000.0);
    result
}
