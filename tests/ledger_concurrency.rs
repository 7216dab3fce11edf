//! Concurrent runs of the tool are serialised by the ledger's lock: no record is lost.

mod common;

use std::sync::{Arc, Barrier};

use common::{ALPHA_LEDGER, TestProject};
use kitapsha::date::Date;
use kitapsha::diag::SourceFile;

const PER_WRITER: usize = 50;

#[test]
fn two_writers_recording_50_hand_outs_each_at_the_same_time_lose_none() {
    let project = Arc::new(TestProject::fixture("ledger/basic"));
    project.write(ALPHA_LEDGER, "# Stock for the race.\n[[run]]\ndate = 2025-01-15\ncopies = 1000\n");
    let start = Arc::new(Barrier::new(2));
    let writers: Vec<_> = ["north", "south"]
        .into_iter()
        .map(|writer| {
            let project = Arc::clone(&project);
            let start = Arc::clone(&start);
            std::thread::spawn(move || {
                start.wait();
                for i in 0..PER_WRITER {
                    let by = format!("{writer}-{i}");
                    project.run(&["hand-out", "alpha", "--copies", "1", "--place", writer, "--by", &by]).ok();
                }
            })
        })
        .collect();
    for writer in writers {
        writer.join().expect("every hand-out succeeded");
    }

    let text = project.read(ALPHA_LEDGER);
    assert!(text.starts_with("# Stock for the race.\n[[run]]\n"), "{text}");
    let mut diagnostics = kitapsha::diag::Diagnostics::new();
    let today = Date::new(2025, 2, 22).unwrap();
    let ledger = kitapsha::ledger::validate::validate(&SourceFile::new(ALPHA_LEDGER, text), today, &mut diagnostics)
        .unwrap_or_else(|| panic!("{diagnostics:?}"));
    let mut found: Vec<String> = ledger.hand_outs.iter().map(|h| h.by.clone().unwrap()).collect();
    found.sort();
    let mut expected: Vec<String> =
        ["north", "south"].iter().flat_map(|writer| (0..PER_WRITER).map(move |i| format!("{writer}-{i}"))).collect();
    expected.sort();
    assert_eq!(found, expected);
    assert_eq!(ledger.in_stock(), 1000 - 2 * PER_WRITER as u64);
}
