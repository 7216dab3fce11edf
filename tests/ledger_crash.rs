//! The tool is killed with SIGKILL at pseudo-random points while it records hand-outs, many
//! times over. After every kill the ledger must read cleanly, and every hand-out whose command
//! exited 0 before the kill must be in it.
#![cfg(unix)]

mod common;

use std::os::unix::process::ExitStatusExt;
use std::process::Stdio;
use std::time::Instant;

use common::{ALPHA_LEDGER, TestProject};
use kitapsha::date::Date;
use kitapsha::diag::SourceFile;
use kitapsha::ledger::Ledger;

const ATTEMPTS: usize = 200;
const SIGKILL: i32 = 9;

/// A fixed linear congruential generator: the same "random" delays on every run, no crate needed.
struct Lcg(u64);

impl Lcg {
    fn next_fraction(&mut self) -> f64 {
        self.0 = self.0.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1_442_695_040_888_963_407);
        (self.0 >> 11) as f64 / (1u64 << 53) as f64
    }
}

#[test]
fn a_ledger_killed_during_writes_keeps_every_acknowledged_hand_out() {
    let project = TestProject::fixture("ledger/basic");
    project.write(ALPHA_LEDGER, "# Stock for the crash test.\n[[run]]\ndate = 2025-01-15\ncopies = 100000\n");
    let hand_out =
        |marker: &str| project.command(&["hand-out", "alpha", "--copies", "1", "--place", "Кеген", "--by", marker]);

    // The kills must land anywhere in the life of a process, so the delays are spread over
    // [0, 2 × window], where the window starts at the time one undisturbed run takes and then
    // follows the load of the machine: it grows after a kill and shrinks after a run that
    // finished, so that about half the runs are killed however fast the machine is. Only the
    // delays depend on time; nothing is asserted about it.
    let started = Instant::now();
    assert!(hand_out("calibration").status().unwrap().success());
    let lifetime = started.elapsed();
    let mut window = lifetime;

    let mut random = Lcg(0x6b69_7461_7073_6861);
    let mut acknowledged = vec!["calibration".to_string()];
    let mut kills = 0;
    let mut torn_writes = 0;
    let mut landed_unacknowledged = 0;
    for attempt in 0..ATTEMPTS {
        let marker = format!("crash-{attempt}");
        let mut child = hand_out(&marker).stdout(Stdio::null()).stderr(Stdio::piped()).spawn().unwrap();
        std::thread::sleep(window.mul_f64(2.0 * random.next_fraction()));
        let _ = child.kill();
        let output = child.wait_with_output().unwrap();
        let status = output.status;
        match status.signal() {
            Some(SIGKILL) => {
                kills += 1;
                window = window.mul_f64(1.1);
            }
            None if status.success() => {
                acknowledged.push(marker.clone());
                window = window.div_f64(1.1);
            }
            _ => panic!(
                "attempt {attempt}: the hand-out failed on its own: {status}\n{}",
                String::from_utf8_lossy(&output.stderr)
            ),
        }
        // A temporary file left behind means the kill came between its creation and the rename.
        torn_writes += temporaries(&project).len();

        let ledger = read_ledger(&project, &format!("after attempt {attempt}"));
        let markers: Vec<String> = ledger.hand_outs.iter().filter_map(|h| h.by.clone()).collect();
        for expected in &acknowledged {
            assert!(markers.contains(expected), "after attempt {attempt}: acknowledged `{expected}` is missing");
        }
        if status.signal() == Some(SIGKILL) && markers.contains(&marker) {
            landed_unacknowledged += 1;
        }
        let attempted = |m: &String| {
            m == "calibration"
                || m.strip_prefix("crash-").and_then(|n| n.parse::<usize>().ok()).is_some_and(|n| n <= attempt)
        };
        assert!(markers.iter().all(attempted), "after attempt {attempt}: a record nobody wrote: {markers:?}");
        assert_eq!(
            markers.len(),
            {
                let mut unique = markers.clone();
                unique.sort();
                unique.dedup();
                unique.len()
            },
            "after attempt {attempt}: a record written twice"
        );
    }

    // The next write after the kills succeeds and clears the abandoned temporaries.
    assert!(hand_out("after").status().unwrap().success());
    assert!(temporaries(&project).is_empty(), "{:?}", temporaries(&project));
    read_ledger(&project, "at the end");

    println!(
        "crash test: survived {kills} SIGKILLs in {ATTEMPTS} attempts ({torn_writes} in the middle of writing the \
         temporary file, {landed_unacknowledged} after the rename but before the exit); {} hand-outs acknowledged, \
         all present; one undisturbed run took {lifetime:?}",
        acknowledged.len()
    );
    assert!(kills >= ATTEMPTS / 5, "only {kills} of {ATTEMPTS} attempts were killed before they finished");
    assert!(acknowledged.len() > ATTEMPTS / 5, "only {} attempts finished before their kill", acknowledged.len());
}

fn read_ledger(project: &TestProject, when: &str) -> Ledger {
    let text = project.read(ALPHA_LEDGER);
    let mut diagnostics = kitapsha::diag::Diagnostics::new();
    let today = Date::new(2025, 2, 22).unwrap();
    kitapsha::ledger::validate::validate(&SourceFile::new(ALPHA_LEDGER, text.clone()), today, &mut diagnostics)
        .unwrap_or_else(|| panic!("{when}: the ledger does not read: {diagnostics:?}\n{text}"))
}

fn temporaries(project: &TestProject) -> Vec<String> {
    std::fs::read_dir(project.root.join("booklets/alpha"))
        .unwrap()
        .filter_map(|entry| entry.ok()?.file_name().into_string().ok())
        .filter(|name| name.ends_with(".tmp"))
        .collect()
}
