//! `kitapsha watch` with a real browser: headless Chromium (Debian's `chromium`) opens the
//! preview page; an edit to the campaign makes the page reload itself and show the new build,
//! and an error shows on the page. `.ci/run` installs Chromium and runs this test with
//! `cargo test --test preview -- --ignored`.

mod common;

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use common::{TestProject, repo, tempdir};

/// Kills a child process when the test ends, however it ends.
struct Running(Child);

impl Drop for Running {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

fn get(address: &str, path: &str) -> String {
    let mut stream = TcpStream::connect(address).unwrap();
    write!(stream, "GET {path} HTTP/1.1\r\nHost: {address}\r\n\r\n").unwrap();
    let mut response = String::new();
    stream.read_to_string(&mut response).unwrap();
    response.split_once("\r\n\r\n").map(|(_, body)| body.to_string()).unwrap_or_default()
}

fn state(address: &str) -> serde_json::Value {
    serde_json::from_str(&get(address, "/state.json")).unwrap()
}

/// Waits until `done` holds for the preview's state, or fails after `seconds`.
fn wait_for(address: &str, what: &str, seconds: u64, done: impl Fn(&serde_json::Value) -> bool) -> serde_json::Value {
    let deadline = Instant::now() + Duration::from_secs(seconds);
    loop {
        let now = state(address);
        if done(&now) {
            return now;
        }
        assert!(Instant::now() < deadline, "timed out waiting for {what}; state: {now}");
        std::thread::sleep(Duration::from_millis(100));
    }
}

fn edit(file: &Path, from: &str, to: &str) {
    let text = std::fs::read_to_string(file).unwrap();
    assert!(text.contains(from), "{from} is in {}", file.display());
    std::fs::write(file, text.replacen(from, to, 1)).unwrap();
}

#[test]
#[ignore = "needs Debian's chromium; .ci/run installs it and runs this test"]
fn the_preview_page_reloads_after_an_edit_and_shows_errors() {
    let project = TestProject::with_campaigns(&[("minimal", &repo().join("tests/fixtures/valid/minimal"))]);
    let campaign = project.path().join("booklets/minimal/campaign.toml");

    let mut watch = project
        .command(&["watch", "minimal", "--port", "0"])
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let mut output = BufReader::new(watch.stdout.take().unwrap());
    let mut first_line = String::new();
    output.read_line(&mut first_line).unwrap();
    // Keep reading what the tool prints, so that its output never blocks.
    std::thread::spawn(move || std::io::copy(&mut output, &mut std::io::sink()));
    let _watch = Running(watch);
    let address = first_line.split("http://").nth(1).and_then(|rest| rest.split('/').next()).unwrap().to_string();
    wait_for(&address, "the first build", 60, |s| s["version"] == 1);

    let profile = tempdir();
    let browser = Command::new("chromium")
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            &format!("--user-data-dir={}", profile.path().display()),
            &format!("http://{address}/"),
        ])
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("chromium runs");
    let _browser = Running(browser);

    // The page shows build 1 and its four page images.
    let shown = wait_for(&address, "the browser to show build 1", 60, |s| s["seen"] == 1);
    assert_eq!(shown["pages"], 4);

    // An edit: a new build, and the page reloads itself to show it.
    edit(&campaign, "title = \"Бірінші бөлім\"", "title = \"Бірінші бөлім, өзгертілген\"");
    wait_for(&address, "the rebuild after the edit", 60, |s| {
        s["version"] == 2 && s["errors"].as_array().unwrap().is_empty()
    });
    wait_for(&address, "the page to reload and show build 2", 30, |s| s["seen"] == 2);

    // A mistake: the page reloads again and shows the diagnostic, file and line.
    edit(&campaign, "[cover.kk]\ntitle =", "[cover.kk]\ntitel =");
    let broken = wait_for(&address, "the build with an error", 60, |s| s["version"] == 3);
    let errors = broken["errors"].as_array().unwrap();
    assert!(
        errors[0].as_str().unwrap().starts_with("booklets/minimal/campaign.toml:14:1: error: unknown key `titel`"),
        "one build, from the file as saved, not caught half-written: {errors:?}"
    );
    let seen = wait_for(&address, "the page to show build 3", 30, |s| s["seen"] == 3);
    assert_eq!(seen["shown-errors"], 1, "the page displays the error");
}
