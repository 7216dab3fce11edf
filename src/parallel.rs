//! Work spread over all cores, results kept in order.

use std::sync::Mutex;
use std::sync::atomic::{AtomicUsize, Ordering};

use crate::diag::Diagnostics;

/// Typst lays out deeply nested content recursively; its own CLI runs with large stacks too.
const STACK_BYTES: usize = 32 * 1024 * 1024;

/// `work` applied to every item on as many threads as there are cores; the results come back in
/// the order of the items.
pub fn map<T: Sync, R: Send>(items: &[T], work: impl Fn(&T) -> R + Sync) -> Vec<R> {
    let threads = std::thread::available_parallelism().map_or(1, std::num::NonZero::get).min(items.len());
    if threads <= 1 {
        return items.iter().map(work).collect();
    }
    let next = AtomicUsize::new(0);
    let results: Mutex<Vec<Option<R>>> = Mutex::new((0..items.len()).map(|_| None).collect());
    std::thread::scope(|scope| {
        for _ in 0..threads {
            std::thread::Builder::new()
                .stack_size(STACK_BYTES)
                .spawn_scoped(scope, || {
                    loop {
                        let index = next.fetch_add(1, Ordering::Relaxed);
                        let Some(item) = items.get(index) else { break };
                        let result = work(item);
                        results.lock().unwrap_or_else(std::sync::PoisonError::into_inner)[index] = Some(result);
                    }
                })
                .expect("a worker thread starts");
        }
    });
    results
        .into_inner()
        .unwrap_or_else(std::sync::PoisonError::into_inner)
        .into_iter()
        .map(|r| r.expect("every item was done"))
        .collect()
}

/// [`map`] for work that reports problems: each item's diagnostics join `diagnostics` in the
/// order of the items, whichever core finished first.
pub fn map_reporting<T: Sync, R: Send>(
    items: &[T],
    diagnostics: &mut Diagnostics,
    work: impl Fn(&T, &mut Diagnostics) -> R + Sync,
) -> Vec<R> {
    let results = map(items, |item| {
        let mut found = Diagnostics::new();
        let result = work(item, &mut found);
        (result, found)
    });
    results
        .into_iter()
        .map(|(result, found)| {
            diagnostics.extend(found);
            result
        })
        .collect()
}

#[cfg(test)]
mod tests {
    #[test]
    fn results_keep_the_order_of_the_items() {
        let items: Vec<u64> = (0..100).collect();
        assert_eq!(super::map(&items, |n| n * n), items.iter().map(|n| n * n).collect::<Vec<_>>());
    }
}
