//! Work spread over all cores, results kept in order.
//!
//! Everything runs on rayon's threads, the ones Typst lays out a document's pages and compresses
//! its PDF streams on: one thread per core. With threads of its own beside them, kitapsha had
//! twice as many threads as cores, which took turns on them.

use std::collections::VecDeque;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Condvar, Mutex, MutexGuard, Once, PoisonError};
use std::time::Duration;

use crate::diag::Diagnostics;

/// Typst lays out deeply nested content recursively; its own CLI runs with large stacks too.
const STACK_BYTES: usize = 32 * 1024 * 1024;

/// Starts the threads, with stacks large enough for Typst. Called before the first parallel
/// work; later calls change nothing.
pub fn init() {
    static STARTED: Once = Once::new();
    STARTED.call_once(|| {
        // Fails only when Typst started the threads first, with the usual stacks: they are
        // used as they are.
        let _ = rayon::ThreadPoolBuilder::new().stack_size(STACK_BYTES).build_global();
    });
}

/// `work` applied to every item on all cores; the results come back in the order of the items.
pub fn map<T: Sync, R: Send>(items: &[T], work: impl Fn(&T) -> R + Sync) -> Vec<R> {
    init();
    let next = AtomicUsize::new(0);
    let results: Mutex<Vec<Option<R>>> = Mutex::new((0..items.len()).map(|_| None).collect());
    // One loop on each thread, as in `Pool::run`: rayon's own splitting would let a thread
    // waiting inside Typst take up another item meanwhile, and keep both in memory.
    rayon::broadcast(|_| {
        loop {
            let index = next.fetch_add(1, Ordering::Relaxed);
            let Some(item) = items.get(index) else { break };
            let result = work(item);
            results.lock().unwrap_or_else(PoisonError::into_inner)[index] = Some(result);
        }
    });
    results
        .into_inner()
        .unwrap_or_else(PoisonError::into_inner)
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

/// A piece of work for a [`Pool`]; it may add more work to the pool it runs in.
pub type Task<'scope> = Box<dyn FnOnce(&Pool<'scope>) + Send + 'scope>;

/// How long a thread with nothing to do sleeps before it looks for Typst's work again.
const IDLE_WAIT: Duration = Duration::from_millis(1);

/// Work that finds more work as it goes, on all cores: a campaign typeset hands on the writing
/// of its PDFs, and the last campaign typeset hands on the reports. Tasks added with
/// [`Pool::now`] run before those added with [`Pool::later`], so that work others wait for
/// comes first and the rest fills the cores while they wait.
pub struct Pool<'scope> {
    queues: Mutex<Queues<'scope>>,
    changed: Condvar,
}

#[derive(Default)]
struct Queues<'scope> {
    now: VecDeque<Task<'scope>>,
    later: VecDeque<Task<'scope>>,
    running: usize,
}

impl<'scope> Queues<'scope> {
    fn next(&mut self) -> Option<Task<'scope>> {
        self.now.pop_front().or_else(|| self.later.pop_front())
    }
}

impl<'scope> Pool<'scope> {
    /// Runs `tasks`, then `later`, and every task they add, on every core; returns when all
    /// are done.
    pub fn run(tasks: Vec<Task<'scope>>, later: Vec<Task<'scope>>) {
        init();
        let queues = Queues { now: tasks.into(), later: later.into(), running: 0 };
        let pool = Pool { queues: Mutex::new(queues), changed: Condvar::new() };
        // One loop on each thread, started before anything else runs there: a thread waiting
        // inside Typst takes Typst's work only, never a second loop with a whole campaign,
        // which would keep the first one's pages in memory meanwhile.
        rayon::broadcast(|_| pool.work());
    }

    /// Adds a task that others may be waiting for.
    pub fn now(&self, task: Task<'scope>) {
        self.lock().now.push_back(task);
        self.changed.notify_one();
    }

    /// Adds a task that nothing waits for.
    pub fn later(&self, task: Task<'scope>) {
        self.lock().later.push_back(task);
        self.changed.notify_one();
    }

    /// Whether tasks added with [`Pool::now`] are still waiting for a thread.
    pub fn has_waiting_work(&self) -> bool {
        !self.lock().now.is_empty()
    }

    fn lock(&self) -> MutexGuard<'_, Queues<'scope>> {
        self.queues.lock().unwrap_or_else(PoisonError::into_inner)
    }

    fn work(&self) {
        let mut queues = self.lock();
        loop {
            if let Some(task) = queues.next() {
                queues.running += 1;
                drop(queues);
                let finished = Finished(self);
                task(self);
                drop(finished);
                queues = self.lock();
            } else if queues.running == 0 {
                return;
            } else {
                // A running task may still add work; meanwhile, this thread helps with the
                // pages Typst lays out in parallel, or waits a moment.
                drop(queues);
                let helped = rayon::yield_now() == Some(rayon::Yield::Executed);
                queues = self.lock();
                if !helped && queues.now.is_empty() && queues.later.is_empty() && queues.running > 0 {
                    queues = self.changed.wait_timeout(queues, IDLE_WAIT).unwrap_or_else(PoisonError::into_inner).0;
                }
            }
        }
    }
}

/// Counts a task as done when it returns or panics, so that the other threads do not wait for it
/// forever; the panic then goes on to whoever ran the pool.
struct Finished<'pool, 'scope>(&'pool Pool<'scope>);

impl Drop for Finished<'_, '_> {
    fn drop(&mut self) {
        self.0.lock().running -= 1;
        self.0.changed.notify_all();
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn results_keep_the_order_of_the_items() {
        let items: Vec<u64> = (0..100).collect();
        assert_eq!(super::map(&items, |n| n * n), items.iter().map(|n| n * n).collect::<Vec<_>>());
    }

    #[test]
    fn a_pool_runs_the_tasks_its_tasks_add() {
        use std::sync::Mutex;

        use super::{Pool, Task};

        let done = Mutex::new(Vec::new());
        let done = &done;
        let tasks: Vec<Task> = (0..20)
            .map(|n| -> Task {
                Box::new(move |pool| {
                    pool.later(Box::new(move |pool| {
                        pool.now(Box::new(move |_| done.lock().unwrap().push(format!("now after later {n}"))));
                        done.lock().unwrap().push(format!("later {n}"));
                    }));
                    done.lock().unwrap().push(format!("now {n}"));
                })
            })
            .collect();
        Pool::run(tasks, Vec::new());
        let mut done = done.lock().unwrap().clone();
        done.sort();
        let mut expected: Vec<String> =
            (0..20).flat_map(|n| [format!("now {n}"), format!("later {n}"), format!("now after later {n}")]).collect();
        expected.sort();
        assert_eq!(done, expected);
    }

    #[test]
    fn a_task_that_panics_stops_the_pool_instead_of_hanging_it() {
        use super::{Pool, Task};

        let tasks: Vec<Task> = vec![
            Box::new(|pool| {
                // Another thread may be waiting for this task's work when it panics.
                pool.later(Box::new(|_| {}));
                panic!("a task fails");
            }),
            Box::new(|_| std::thread::sleep(std::time::Duration::from_millis(50))),
        ];
        let outcome = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| Pool::run(tasks, Vec::new())));
        assert!(outcome.is_err(), "the panic reaches whoever ran the pool");
    }

    #[test]
    fn work_others_wait_for_goes_first() {
        use super::{Queues, Task};

        let mut queues = Queues::default();
        let marked = |name: &'static str| -> Task { Box::new(move |_| panic!("{name}")) };
        queues.later.push_back(marked("later"));
        assert!(queues.next().is_some() && queues.next().is_none());
        queues.later.push_back(marked("later"));
        queues.now.push_back(marked("now"));
        assert_eq!((queues.now.len(), queues.later.len()), (1, 1));
        queues.next();
        assert_eq!((queues.now.len(), queues.later.len()), (0, 1), "the task added with `now` is taken first");
    }
}
