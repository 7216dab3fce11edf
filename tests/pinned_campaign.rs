//! What `check` and `build` say about campaign folders, pictures and output that a fixture under
//! `tests/fixtures/invalid/` cannot hold: a project without campaigns, a campaign folder linked
//! from outside, a picture of over 40 MB, a full disk, and Typst sources that cannot be written.
//! The real binary on real files, and its whole stderr.
#![cfg(unix)]

mod common;

use std::path::PathBuf;

use common::{Mounted, TestProject, repo};

fn minimal() -> PathBuf {
    repo().join("tests/fixtures/valid/minimal")
}

#[test]
fn an_unknown_campaign_in_a_project_without_campaigns_says_how_to_make_one() {
    let project = TestProject::empty();
    let run = project.run(&["check", "kegen"]);
    assert_eq!(run.code(), 1);
    assert_eq!(
        run.stderr(),
        "booklets/kegen: error: there is no campaign `kegen`\n\
         \x20 = hint: the project has no campaigns yet; create one with `kitapsha new ID`\n\
         kitapsha: 1 error, 0 warnings\n"
    );
}

#[test]
fn a_campaign_folder_linked_from_outside_the_project_says_to_copy_it_in() {
    let outside = common::tempdir();
    common::copy_dir(&minimal(), outside.path());
    let project = TestProject::empty();
    std::os::unix::fs::symlink(outside.path(), project.path().join("booklets/kegen")).unwrap();
    let run = project.run(&["check", "kegen"]);
    assert_eq!(run.code(), 1);
    assert_eq!(
        run.stderr(),
        "booklets/kegen: error: the campaign folder leads outside the project folder\n\
         \x20 = hint: it is a symbolic link; copy the campaign into booklets/ instead of linking to it\n\
         kitapsha: 1 error, 0 warnings\n"
    );
}

#[test]
fn a_picture_of_over_40_mb_is_refused_before_it_is_read() {
    let project = TestProject::with_campaigns(&[("kegen", &minimal())]);
    // A scan straight from the scanner; sparse, so that the test writes next to nothing.
    let scan = std::fs::File::create(project.path().join("booklets/kegen/images/scan.png")).unwrap();
    scan.set_len(41 * 1024 * 1024).unwrap();
    let campaign = project.read("booklets/kegen/campaign.toml");
    project.write("booklets/kegen/campaign.toml", &campaign.replace("images/cover.svg", "images/scan.png"));
    let run = project.run(&["check", "kegen"]);
    assert_eq!(run.code(), 1);
    assert_eq!(
        run.stderr(),
        "booklets/kegen/campaign.toml:12:9: error: image \"images/scan.png\" is 41 MB; at most 40 MB can be used\n\
         \x20  |\n\
         12 | image = \"images/scan.png\"\n\
         \x20  |         ^^^^^^^^^^^^^^^^^\n\
         \x20 = hint: save the picture again as PNG, JPEG or SVG, at most 7 000 × 7 000 pixels\n\
         kitapsha: 1 error, 0 warnings\n"
    );
}

#[test]
fn pdfs_that_do_not_fit_on_the_disk_are_each_named_and_leave_nothing_half_written() {
    let project = TestProject::with_campaigns(&[("kegen", &minimal())]);
    let usb = project.path().join("usb");
    let _mounted = Mounted::tmpfs(&usb, "64k");
    let run = project.run(&["build", "kegen", "--out", "usb"]);
    assert_eq!(run.code(), 1, "{}", run.stderr());
    assert_eq!(
        run.stderr(),
        "usb/kegen/kegen.pdf: error: cannot write the file: the disk is full\n\
         usb/kegen/kegen-press.pdf: error: cannot write the file: the disk is full\n\
         usb/kegen/kegen-sheets.pdf: error: cannot write the file: the disk is full\n\
         kitapsha: 3 errors, 0 warnings\n"
    );
    let left: Vec<_> = std::fs::read_dir(usb.join("kegen")).unwrap().map(|e| e.unwrap().file_name()).collect();
    assert!(left.is_empty(), "{left:?}");
}

#[test]
fn typst_sources_that_cannot_be_written_are_named_and_the_pdfs_still_are() {
    let project = TestProject::with_campaigns(&[("kegen", &minimal())]);
    // `typst` is a file already, so the folders for the sources cannot be made in it.
    project.write("typst", "notes\n");
    let run = project.run(&["build", "kegen", "--emit-typst", "typst"]);
    assert_eq!(run.code(), 1);
    assert_eq!(
        run.stderr(),
        "typst/kegen: error: cannot write the Typst sources: a part of the path is a file, not a folder\n\
         typst/kegen-sheets: error: cannot write the Typst sources: a part of the path is a file, not a folder\n\
         typst/kegen-press-summary: error: cannot write the Typst sources: a part of the path is a file, not a folder\n\
         kitapsha: 3 errors, 0 warnings\n"
    );
    for pdf in ["kegen.pdf", "kegen-press.pdf", "kegen-press-summary.pdf", "kegen-sheets.pdf"] {
        assert!(project.path().join("out/kegen").join(pdf).is_file(), "{pdf}");
    }
}
