//! One writer at a time for each ledger.
//!
//! The lock is an operating-system file lock (`flock` on Unix, `LockFileEx` on Windows) on a
//! sibling file, `.print-runs.toml.lock`, that is created once and never deleted. Not on the
//! ledger itself: every write replaces the ledger by renaming a new file over it, so a writer
//! that waited on the old file's lock would wake up holding the lock of a file nobody uses any
//! more, while the next writer locks the new one and both write at once. The lock file keeps
//! one identity for the life of the folder.
//!
//! The kernel releases such a lock when the process holding it exits or is killed, so a
//! `kitapsha` killed in the middle of a write never leaves a lock behind that blocks the next.

use std::fs::{File, OpenOptions};
use std::io;
use std::path::Path;

pub const LOCK_FILE: &str = ".print-runs.toml.lock";

/// Held while a ledger is read, checked and rewritten; dropping it releases the lock.
#[derive(Debug)]
pub struct LedgerLock {
    _file: File,
}

/// Waits until no other process writes the ledger in `campaign_dir`, then holds its lock.
pub fn acquire(campaign_dir: &Path) -> io::Result<LedgerLock> {
    let file = OpenOptions::new().create(true).truncate(false).write(true).open(campaign_dir.join(LOCK_FILE))?;
    file.lock()?;
    Ok(LedgerLock { _file: file })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_second_lock_waits_until_the_first_is_dropped() {
        let dir = std::env::temp_dir().join(format!("kitapsha-lock-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let held = acquire(&dir).unwrap();
        let other = OpenOptions::new().write(true).open(dir.join(LOCK_FILE)).unwrap();
        assert!(other.try_lock().is_err(), "the lock must be exclusive");
        drop(held);
        assert!(other.try_lock().is_ok(), "dropping the guard must release the lock");
        drop(other);
        std::fs::remove_dir_all(dir).unwrap();
    }
}
