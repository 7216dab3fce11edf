//! The ledger under abuse: a full disk, a read-only ledger, and a lock left behind by a killed
//! process. In each case nothing already recorded is lost and the user gets a clear message.
#![cfg(unix)]

mod common;

use std::io::BufRead;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use common::{ALPHA_LEDGER, Mounted, TestProject};

const HAND_OUT: [&str; 8] = ["hand-out", "alpha", "--copies", "1", "--place", "Кеген", "--date", "2025-02-01"];

fn temporaries(folder: &Path) -> Vec<String> {
    std::fs::read_dir(folder)
        .unwrap()
        .filter_map(|entry| entry.ok()?.file_name().into_string().ok())
        .filter(|name| name.ends_with(".tmp"))
        .collect()
}

#[test]
fn a_read_only_ledger_is_refused_with_a_clear_message_and_left_as_it_was() {
    use std::os::unix::fs::PermissionsExt;
    let project = TestProject::fixture("ledger/basic");
    let ledger = project.root.join(ALPHA_LEDGER);
    let before = project.read(ALPHA_LEDGER);
    std::fs::set_permissions(&ledger, std::fs::Permissions::from_mode(0o444)).unwrap();
    // The tests run as root, who could write the file anyway: kitapsha honours the bit itself.
    let stderr = project
        .run(&HAND_OUT)
        .fails_with(1, "booklets/alpha/print-runs.toml: error: nothing was recorded: the ledger is read-only");
    assert!(stderr.contains("chmod u+w booklets/alpha/print-runs.toml"), "{stderr}");
    assert_eq!(project.read(ALPHA_LEDGER), before);
    assert_eq!(std::fs::metadata(&ledger).unwrap().permissions().mode() & 0o777, 0o444);
    // Reading is still fine.
    project.run(&["stock"]).ok();
    std::fs::set_permissions(&ledger, std::fs::Permissions::from_mode(0o644)).unwrap();
    project.run(&HAND_OUT).ok();
}

/// Fills the file system that holds `folder` with one file, until the kernel says it is full.
fn fill(folder: &Path) -> PathBuf {
    use std::io::Write;
    let filler = folder.join("filler");
    let mut file = std::fs::File::create(&filler).unwrap();
    let block = [0u8; 1024];
    loop {
        match file.write_all(&block).and_then(|()| file.sync_all()) {
            Ok(()) => {}
            Err(error) if error.kind() == std::io::ErrorKind::StorageFull => return filler,
            Err(error) => panic!("filling the tmpfs failed otherwise: {error}"),
        }
    }
}

#[test]
fn a_full_disk_loses_nothing_and_says_the_disk_is_full() {
    // A real full disk, not a simulated one: the campaign folder is a 64 KiB tmpfs, filled up.
    let project = TestProject::fixture("ledger/basic");
    let folder = project.root.join("booklets/alpha");
    let saved = project.root.join("alpha-files");
    std::fs::rename(&folder, &saved).unwrap();
    std::fs::create_dir(&folder).unwrap();
    let mount = Mounted::tmpfs(&folder, "64k");
    for name in ["campaign.toml", "print-runs.toml"] {
        std::fs::copy(saved.join(name), folder.join(name)).unwrap();
    }
    project.run(&HAND_OUT).ok();
    let before = project.read(ALPHA_LEDGER);

    let filler = fill(&folder);
    let stderr = project.run(&HAND_OUT).fails_with(
        1,
        "booklets/alpha/print-runs.toml: error: nothing was recorded: cannot write the ledger: the disk is full",
    );
    assert!(stderr.contains("the ledger is as it was"), "{stderr}");
    assert_eq!(project.read(ALPHA_LEDGER), before, "the ledger is unchanged");
    assert_eq!(temporaries(&folder), Vec::<String>::new(), "no half-written temporary file is left");

    // Once there is room again, the same command records the hand-out.
    std::fs::remove_file(filler).unwrap();
    project.run(&HAND_OUT).ok();
    assert_eq!(project.read(ALPHA_LEDGER).matches("[[hand-out]]").count(), before.matches("[[hand-out]]").count() + 1);
    drop(mount);
}

#[test]
fn a_read_only_disk_loses_nothing_and_says_so() {
    // A campaign folder on a USB stick with its write protection on: a tmpfs remounted read-only.
    let project = TestProject::fixture("ledger/basic");
    let folder = project.root.join("booklets/alpha");
    let saved = project.root.join("alpha-files");
    std::fs::rename(&folder, &saved).unwrap();
    std::fs::create_dir(&folder).unwrap();
    let mount = Mounted::tmpfs(&folder, "1m");
    for name in ["campaign.toml", "print-runs.toml"] {
        std::fs::copy(saved.join(name), folder.join(name)).unwrap();
    }
    let before = project.read(ALPHA_LEDGER);
    let status = Command::new("mount").args(["-o", "remount,ro"]).arg(&folder).status().unwrap();
    assert!(status.success(), "the tmpfs is remounted read-only");
    let stderr = project.run(&HAND_OUT).fails_with(
        1,
        "booklets/alpha/print-runs.toml: error: nothing was recorded: cannot lock the ledger for writing: the disk is read-only",
    );
    assert!(stderr.contains("the ledger is as it was"), "{stderr}");
    assert_eq!(project.read(ALPHA_LEDGER), before, "the ledger is unchanged");
    drop(mount);
}

/// Not a test of its own: the process `a_lock_left_by_a_killed_process_does_not_block_the_next_writer`
/// starts to hold a ledger's lock until it is killed.
#[test]
#[ignore = "a helper process, started by another test"]
fn hold_the_ledger_lock_until_killed() {
    let Some(folder) = std::env::var_os("KITAPSHA_HOLD_LOCK") else { return };
    let _lock = kitapsha::ledger::lock::acquire(Path::new(&folder)).unwrap();
    println!("locked");
    std::thread::sleep(std::time::Duration::from_secs(600));
}

#[test]
fn a_lock_left_by_a_killed_process_does_not_block_the_next_writer() {
    let project = TestProject::fixture("ledger/basic");
    let folder = project.root.join("booklets/alpha");
    let lock_file = folder.join(kitapsha::ledger::lock::LOCK_FILE);
    let mut holder = Command::new(std::env::current_exe().unwrap())
        .args(["hold_the_ledger_lock_until_killed", "--exact", "--ignored", "--nocapture"])
        .env("KITAPSHA_HOLD_LOCK", &folder)
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let stdout = std::io::BufReader::new(holder.stdout.take().unwrap());
    let mut lines = stdout.lines();
    assert!(lines.any(|line| line.unwrap() == "locked"), "the helper took the lock");

    let other = std::fs::OpenOptions::new().write(true).open(&lock_file).unwrap();
    assert!(other.try_lock().is_err(), "while the helper lives, the lock is held");

    holder.kill().unwrap();
    holder.wait().unwrap();
    assert!(lock_file.exists(), "the killed process left its lock file behind");
    other.try_lock().expect("the kernel released the lock with the killed process");
    drop(other);

    let before = project.read(ALPHA_LEDGER);
    project.run(&HAND_OUT).ok();
    let after = project.read(ALPHA_LEDGER);
    assert!(after.starts_with(&before) && after.len() > before.len(), "{after}");
}
