//! The project file's and the file reader's messages that no invalid fixture can show: a file
//! nobody may read (a mode that git does not keep), files too large to keep in the repository,
//! a symbolic link, and a flood of syntax errors too long for a snapshot. Each runs the real
//! binary on a real file and asserts the whole output, or the exact lines that matter.
#![cfg(unix)]

mod common;

use std::os::unix::fs::PermissionsExt;
use std::path::Path;
use std::process::Command;

use common::{Run, TestProject, repo};

/// The minimal valid campaign as `id`, in the test organisation's project.
fn project_with(id: &str) -> TestProject {
    TestProject::with_campaigns(&[(id, &repo().join("tests/fixtures/valid/minimal"))])
}

/// A usable CMYK output profile, small (made by tests/fixtures/print-profiles.py).
fn usable_profile() -> Vec<u8> {
    std::fs::read(repo().join("tests/fixtures/invalid/print-condition-missing/project/print/shop.icc")).unwrap()
}

/// The test organisation's `kitapsha.toml` with `extra` after it.
fn project_file_with(project: &TestProject, extra: &str) {
    let base = std::fs::read_to_string(repo().join("tests/fixtures/kitapsha.toml")).unwrap();
    project.write("kitapsha.toml", &format!("{base}{extra}"));
}

fn set_mode(path: &Path, mode: u32) {
    std::fs::set_permissions(path, std::fs::Permissions::from_mode(mode)).unwrap();
}

/// Every folder and file under `dir` readable by everyone, as a project copied from a USB stick
/// onto a shared computer is.
fn readable_by_all(dir: &Path) {
    set_mode(dir, 0o755);
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            readable_by_all(&path);
        } else {
            set_mode(&path, 0o644);
        }
    }
}

/// `kitapsha check` run by someone who may not read `unreadable` (mode 000). The tests run as
/// root, whom no mode stops: then kitapsha runs as the user `nobody` (uid 65534), for whom the
/// mode counts as it does for any user.
fn check_without_read_permission(project: &TestProject, unreadable: &Path) -> Run {
    use std::os::unix::process::CommandExt;
    readable_by_all(project.path());
    set_mode(unreadable, 0o000);
    let mut command: Command = project.command(&["check"]);
    if std::fs::read(unreadable).is_ok() {
        command.uid(65534).gid(65534);
    }
    let run = Run(command.output().expect("kitapsha runs"));
    set_mode(unreadable, 0o644);
    run
}

#[test]
fn a_print_profile_nobody_may_read_is_refused_with_the_reason() {
    let project = project_with("minimal");
    project_file_with(&project, "\n[print]\nprofile = \"print/shop.icc\"\ncondition = \"FOGRA39\"\n");
    std::fs::create_dir_all(project.root.join("print")).unwrap();
    std::fs::write(project.root.join("print/shop.icc"), usable_profile()).unwrap();
    let run = check_without_read_permission(&project, &project.root.join("print/shop.icc"));
    assert_eq!(run.code(), 1, "{}", run.stderr());
    assert_eq!(
        run.stderr(),
        "kitapsha.toml:14:11: error: cannot read the profile \"print/shop.icc\": permission denied\n\
         \x20  |\n\
         14 | profile = \"print/shop.icc\"\n\
         \x20  |           ^^^^^^^^^^^^^^^^\n\
         \x20 = hint: check the file and who may read it\n\
         kitapsha: 1 error, 0 warnings\n"
    );
}

#[test]
fn a_donor_logo_nobody_may_read_is_refused_with_the_reason() {
    let project = project_with("minimal");
    project_file_with(
        &project,
        "funding-statement = { kk = \"Донордың қолдауымен.\", ru = \"При поддержке донора.\", en = \"With the donor's support.\" }\n\
         donor-logo = \"donor-logo.svg\"\n",
    );
    project.write("donor-logo.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\"/>\n");
    let run = check_without_read_permission(&project, &project.root.join("donor-logo.svg"));
    assert_eq!(run.code(), 1, "{}", run.stderr());
    assert_eq!(
        run.stderr(),
        "kitapsha.toml:13:14: error: cannot read `donor-logo` \"donor-logo.svg\": permission denied\n\
         \x20  |\n\
         13 | donor-logo = \"donor-logo.svg\"\n\
         \x20  |              ^^^^^^^^^^^^^^^^\n\
         \x20 = hint: put the logo inside the project folder and write its path from there, e.g. donor-logo = \"booklets/donor.svg\"\n\
         kitapsha: 1 error, 0 warnings\n"
    );
}

#[test]
fn a_picture_nobody_may_read_is_refused_with_the_reason() {
    let project = project_with("minimal");
    let cover = project.root.join("booklets/minimal/images/cover.svg");
    let run = check_without_read_permission(&project, &cover);
    assert_eq!(run.code(), 1, "{}", run.stderr());
    assert!(
        run.stderr().starts_with(
            "booklets/minimal/campaign.toml:12:9: error: image \"images/cover.svg\" cannot be read: permission denied\n"
        ),
        "{}",
        run.stderr()
    );
}

#[test]
fn a_print_profile_over_16_mib_is_refused() {
    let project = project_with("minimal");
    project_file_with(&project, "\n[print]\nprofile = \"print/shop.icc\"\ncondition = \"FOGRA39\"\n");
    std::fs::create_dir_all(project.root.join("print")).unwrap();
    // A profile's header, then far more than any profile holds (a sparse file: no disk used).
    let profile = std::fs::File::create(project.root.join("print/shop.icc")).unwrap();
    std::io::Write::write_all(&mut &profile, &usable_profile()[..128]).unwrap();
    profile.set_len(17 * 1024 * 1024).unwrap();
    let run = project.run(&["check"]);
    assert_eq!(run.code(), 1, "{}", run.stderr());
    assert_eq!(
        run.stderr(),
        "kitapsha.toml:14:11: error: the profile \"print/shop.icc\" is over 16 MiB\n\
         \x20  |\n\
         14 | profile = \"print/shop.icc\"\n\
         \x20  |           ^^^^^^^^^^^^^^^^\n\
         \x20 = hint: a print shop's CMYK profile is well under 4 MB: check that this is the right file, or ask the print shop for its profile again\n\
         kitapsha: 1 error, 0 warnings\n"
    );
}

/// The first lines of a survey export, as a spreadsheet saves it: what gets pasted into
/// `survey.toml` by mistake.
fn survey_export_rows(rows: usize) -> String {
    let mut text = String::from("respondent;village;q1;date\n");
    for row in 1..=rows {
        let answer = if row % 3 == 0 { "нет" } else { "да" };
        text.push_str(&format!("{row};Кеген;{answer};2024-09-{:02}\n", row % 28 + 1));
    }
    text
}

#[test]
fn a_survey_file_over_2_mib_is_not_read() {
    let project = project_with("pasted");
    // A whole export pasted under the indicator: some 80 000 rows.
    let text = format!("[[indicator]]\nid = \"knows\"\n{}", survey_export_rows(80_000));
    assert!(text.len() > 2 * 1024 * 1024);
    project.write("booklets/pasted/survey.toml", &text);
    let run = project.run(&["check", "pasted"]);
    assert_eq!(run.code(), 1, "{}", run.stderr());
    assert_eq!(
        run.stderr(),
        "booklets/pasted/survey.toml: error: the file is larger than 2 MiB, far more than kitapsha reads\n\
         \x20 = hint: check that this is the right file; pictures and survey exports go in files of their own\n\
         kitapsha: 1 error, 0 warnings\n"
    );
}

#[test]
fn a_flood_of_syntax_errors_shows_the_first_50_and_counts_the_rest() {
    let project = project_with("pasted");
    // 60 rows of an export pasted under the indicator: one syntax error a line.
    project.write("booklets/pasted/survey.toml", &format!("[[indicator]]\nid = \"knows\"\n{}", survey_export_rows(60)));
    let run = project.run(&["check", "pasted"]);
    assert_eq!(run.code(), 1, "{}", run.stderr());
    let stderr = run.stderr();
    let lines: Vec<&str> = stderr.lines().collect();
    let headlines: Vec<&&str> = lines.iter().filter(|line| line.contains(": error: ")).collect();
    assert_eq!(headlines.len(), 51, "{stderr}");
    assert_eq!(
        *headlines[0],
        "booklets/pasted/survey.toml:3:27: error: this is not valid TOML: key with no value, expected `=`"
    );
    assert_eq!(
        lines[lines.len() - 3..],
        [
            // 61 lines with an error, one error a line, 50 shown.
            "booklets/pasted/survey.toml: error: 11 more syntax errors are not shown",
            "  = hint: fix the errors above first; the rest often go with them",
            "kitapsha: 51 errors, 0 warnings",
        ]
    );
}

#[test]
fn a_survey_file_that_is_a_link_out_of_its_campaign_is_not_followed() {
    let project = project_with("linked");
    // One survey file kept beside the campaigns and linked into each: a link leads out.
    project.write("surveys/shared.toml", "[[indicator]]\nid = \"knows\"\n");
    std::os::unix::fs::symlink("../../surveys/shared.toml", project.root.join("booklets/linked/survey.toml")).unwrap();
    let run = project.run(&["check", "linked"]);
    assert_eq!(run.code(), 1, "{}", run.stderr());
    assert_eq!(
        run.stderr(),
        "booklets/linked/survey.toml: error: the file leads outside its campaign folder\n\
         \x20 = hint: it is a symbolic link; put the file itself into the campaign folder\n\
         kitapsha: 1 error, 0 warnings\n"
    );
}
