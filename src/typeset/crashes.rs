//! A fault inside Typst stops one document, not the build: its panic is caught and becomes an
//! error at that document, and the other campaigns are built as usual.

use std::panic::{AssertUnwindSafe, PanicHookInfo};
use std::sync::Once;
use std::sync::atomic::{AtomicUsize, Ordering};

/// How many calls into Typst are running, on any thread.
static RUNNING: AtomicUsize = AtomicUsize::new(0);

/// `work`'s result, or the message of the panic that stopped it.
pub fn caught<R>(work: impl FnOnce() -> R) -> Result<R, String> {
    quiet_typst_panics();
    RUNNING.fetch_add(1, Ordering::SeqCst);
    let result = std::panic::catch_unwind(AssertUnwindSafe(work));
    RUNNING.fetch_sub(1, Ordering::SeqCst);
    result.map_err(|payload| {
        payload
            .downcast_ref::<&str>()
            .map(ToString::to_string)
            .or_else(|| payload.downcast_ref::<String>().cloned())
            .unwrap_or_else(|| "a panic without a message".to_string())
    })
}

/// Typst's panics are reported as errors at their document, so Rust's own report of them (in
/// English, with a source path) is left out. Typst may panic on one of its own worker threads,
/// so a panic is known as Typst's by where it happened, while a call into Typst is running.
fn quiet_typst_panics() {
    static INSTALLED: Once = Once::new();
    INSTALLED.call_once(|| {
        let previous = std::panic::take_hook();
        std::panic::set_hook(Box::new(move |info: &PanicHookInfo<'_>| {
            let in_typst = info.location().is_some_and(|at| is_typst_source(at.file()));
            if !(in_typst && RUNNING.load(Ordering::SeqCst) > 0) {
                previous(info);
            }
        }));
    });
}

/// Whether `file` (a panic's location) is in one of the Typst crates.
fn is_typst_source(file: &str) -> bool {
    file.split(['/', '\\']).any(|part| part == "typst" || part.starts_with("typst-"))
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_panic_is_caught_with_its_message() {
        assert_eq!(super::caught(|| 2 + 2), Ok(4));
        let message = "bounded inline layout is incomplete";
        assert_eq!(super::caught(|| -> () { panic!("{message}") }), Err(message.to_string()));
        assert_eq!(super::caught(|| -> () { panic!("static") }), Err("static".to_string()));
    }

    #[test]
    fn typst_sources_are_told_from_ours() {
        assert!(super::is_typst_source("/home/u/.cargo/registry/src/x/typst-layout-0.15.1/src/inline/linebreak.rs"));
        assert!(super::is_typst_source("/home/u/.cargo/git/checkouts/typst/crates/typst/src/lib.rs"));
        assert!(!super::is_typst_source("src/typeset/compile.rs"));
        assert!(!super::is_typst_source("src/typeset_typst_like.rs"));
    }
}
