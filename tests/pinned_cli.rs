//! What the command line answers to mistyped commands and values, to `new`, to a folder with no
//! project, and what `watch` prints: a transcript per language (`tests/snapshots/cli-<lang>.snap`)
//! of the real binary run on each command line, with what it printed and its exit code.

mod common;

use std::io::{BufRead, BufReader};
use std::net::TcpListener;
use std::process::Stdio;

use common::{TestProject, assert_snapshot_in, command_in, repo, tempdir, without_editions};

/// Command lines run in a project with the minimal campaign, in order (`new` changes the project).
const LINES: &[&[&str]] = &[
    &[],
    &["stok"],
    &["frobnicate"],
    &["build", "--no-such-flag"],
    &["build", "--ou", "x"],
    &["stock", "--json", "--csv"],
    &["print-run", "minimal"],
    &["new", "a", "b"],
    &["import", "kegen"],
    &["stats", "--lang", "fr"],
    &["print-run", "minimal", "--copies", "many"],
    &["print-run", "minimal", "--copies", "99999999999"],
    &["print-run", "minimal", "--copies", "300", "--cost", "free"],
    &["print-run", "minimal", "--copies", "300", "--cost", "99999999999"],
    &["print-run", "minimal", "--copies", "300", "--date", "2025/01/15"],
    &["stats", "--level", "high"],
    &["stats", "--level", "0.3"],
    &["stock", "--from", "2025-02-01", "--to", "2025-01-01"],
    &["stock", "--campaigns", "minimal,"],
    &["stock", "--campaigns", "minimla", "--csv"],
    &["new", "Kegen"],
    &["new", "kegen-youth"],
    &["new", "kegen-youth"],
    &["check", "minimal"],
    &["print-run", "minimal", "--copies", "300", "--date", "15.01.2025", "--cost", "45 000"],
    &["--project", "."],
];

fn transcript(lang: &str) -> String {
    let project = TestProject::with_campaigns(&[("minimal", &repo().join("tests/fixtures/valid/minimal"))]);
    let mut out = String::new();
    for args in LINES {
        let output = project.command(args).env("KITAPSHA_LANG", lang).output().unwrap();
        out.push_str(&format!(
            "$ kitapsha {}\n{}{}exit {}\n\n",
            args.join(" "),
            without_editions(&String::from_utf8_lossy(&output.stdout)),
            String::from_utf8_lossy(&output.stderr),
            output.status.code().unwrap()
        ));
    }
    // Outside any project, and where the campaign folder cannot be made.
    let nowhere = tempdir();
    let output = command_in(nowhere.path(), &["check"]).env("KITAPSHA_LANG", lang).output().unwrap();
    let stderr = String::from_utf8_lossy(&output.stderr).replace(&nowhere.path().display().to_string(), "<folder>");
    out.push_str(&format!("$ kitapsha check  (in an empty folder)\n{stderr}\n"));
    let blocked = TestProject::empty();
    std::fs::remove_dir(blocked.path().join("booklets")).unwrap();
    std::fs::write(blocked.path().join("booklets"), "not a folder").unwrap();
    let output = blocked.command(&["new", "kegen"]).env("KITAPSHA_LANG", lang).output().unwrap();
    out.push_str(&format!("$ kitapsha new kegen  (booklets is a file)\n{}", String::from_utf8_lossy(&output.stderr)));
    out
}

#[test]
fn the_command_line_answers_in_each_language() {
    for lang in ["en", "ru", "kk"] {
        assert_snapshot_in(&repo().join("tests/snapshots"), &format!("cli-{lang}"), &transcript(lang));
    }
}

#[test]
fn watch_says_where_the_preview_is_and_each_build() {
    let project = TestProject::with_campaigns(&[("minimal", &repo().join("tests/fixtures/valid/minimal"))]);
    let mut child =
        project.command(&["watch", "--port", "0"]).stdout(Stdio::piped()).stderr(Stdio::piped()).spawn().unwrap();
    let mut lines = BufReader::new(child.stdout.take().unwrap()).lines();
    let serving = lines.next().unwrap().unwrap();
    let built = lines.next().unwrap().unwrap();
    child.kill().unwrap();
    child.wait().unwrap();
    let port = serving.rsplit(':').next().unwrap().trim_end_matches("/  (stop with Ctrl-C)");
    assert_eq!(serving, format!("preview of minimal: http://127.0.0.1:{port}/  (stop with Ctrl-C)"));
    let ms = built.rsplit(" in ").next().unwrap().trim_end_matches(" ms");
    assert!(ms.parse::<u64>().is_ok(), "{built}");
    assert_eq!(built.replace(ms, "…"), "build 1: 4 pages in … ms");
}

#[test]
fn watch_without_a_campaign_or_a_free_port_says_so() {
    let empty = TestProject::empty();
    let output = empty.command(&["watch"]).output().unwrap();
    assert_eq!(
        String::from_utf8_lossy(&output.stderr),
        "booklets: error: there is no campaign to watch\n  = hint: create one with `kitapsha new ID`\n\
         kitapsha: 1 error, 0 warnings\n"
    );
    let project = TestProject::with_campaigns(&[("minimal", &repo().join("tests/fixtures/valid/minimal"))]);
    let taken = TcpListener::bind("127.0.0.1:0").unwrap();
    let port = taken.local_addr().unwrap().port().to_string();
    let output = project.command(&["watch", "--port", &port]).output().unwrap();
    let stderr = String::from_utf8_lossy(&output.stderr).replace(&project.root.display().to_string(), "<project>");
    assert_eq!(output.status.code(), Some(1));
    assert!(stderr.starts_with(&format!("<project>: error: cannot serve the preview on port {port}: ")), "{stderr}");
}

#[test]
fn a_word_that_is_not_utf8_is_asked_for_again() {
    use std::os::unix::ffi::OsStrExt;
    let project = TestProject::empty();
    let mut command = project.command(&["hand-out", "alpha", "--copies", "3", "--place"]);
    command.arg(std::ffi::OsStr::from_bytes(b"\xcf\xf0\xe8")); // "При" in Windows-1251
    let output = command.output().unwrap();
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(2));
    assert!(
        stderr.starts_with(
            "error: a word of this command line is not text kitapsha can read (not UTF-8); type it again\n"
        ),
        "{stderr}"
    );
}
