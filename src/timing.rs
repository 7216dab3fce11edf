//! Phase timings on stderr when `KITAPSHA_TIMING` is set: where a build spends its time.

use std::sync::OnceLock;
use std::time::Instant;

fn enabled() -> bool {
    static ENABLED: OnceLock<bool> = OnceLock::new();
    *ENABLED.get_or_init(|| std::env::var_os("KITAPSHA_TIMING").is_some())
}

/// Runs `work`, and prints how long it took as `label` when timing is on.
pub fn phase<T>(label: &str, work: impl FnOnce() -> T) -> T {
    if !enabled() {
        return work();
    }
    let start = Instant::now();
    let result = work();
    eprintln!("timing {:>8.1} ms  {label}", start.elapsed().as_secs_f64() * 1000.0);
    result
}
