//! The text layer of the screen PDFs, searched as readers search them: every Kazakh word of
//! every sample is found, soft hyphens or not, and a word broken at a line end reads whole.
//!
//! One test reads the PDFs with lopdf and runs everywhere. Two need Debian's poppler-utils and
//! chromium; `.ci/run` installs both and runs them with
//! `cargo test --test text_search -- --ignored`: pdftotext's text, and headless Chromium's PDF
//! viewer (PDFium), whose find-in-page must highlight the words and whose copied text must hold
//! them all.

mod common;

use std::collections::BTreeSet;
use std::io::{BufReader, Read, Write};
use std::path::{Path, PathBuf};
use std::process::{Child, ChildStdin, Command, Stdio};
use std::sync::mpsc;
use std::time::{Duration, Instant};

use kitapsha::diag::Diagnostics;
use kitapsha::lang::Lang;
use kitapsha::typeset::booklet;

use common::{page_texts, repo, run_in, stderr, tempdir};

const SOFT_HYPHEN: char = '\u{ad}';

/// Builds the samples into a scratch folder and gives each screen PDF with the Kazakh words its
/// campaign prints.
fn samples() -> (common::TempDir, Vec<(String, PathBuf, BTreeSet<String>)>) {
    let out = tempdir();
    let output = run_in(&repo(), &["build", "--out", out.path().to_str().unwrap()]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let mut diagnostics = Diagnostics::new();
    let project = kitapsha::project::load(&repo(), &mut diagnostics).unwrap();
    let samples = project
        .campaign_ids()
        .into_iter()
        .map(|id| {
            let folder = project.campaign_dir(&id).unwrap();
            let campaign = kitapsha::campaign::load(&id, &folder, &mut diagnostics).unwrap();
            let data = booklet::booklet_data(&project, &campaign, false);
            let kazakh = data.parts.iter().find(|p| p.lang == Lang::Kk).expect("every sample has Kazakh");
            let mut words = BTreeSet::new();
            for text in [Some(&kazakh.title), kazakh.subtitle.as_ref()].into_iter().flatten() {
                words.extend(words_of(text));
            }
            let mut items = serde_json::to_value(&kazakh.items).unwrap();
            // A picture's alt text is read aloud by screen readers, not printed.
            for item in items.as_array_mut().unwrap() {
                item.as_object_mut().unwrap().remove("alt");
            }
            strings(&items, &mut |text| words.extend(words_of(text)));
            let pdf = out.path().join(&id).join(format!("{id}.pdf"));
            (id, pdf, words)
        })
        .collect();
    (out, samples)
}

/// Every string in a JSON value.
fn strings(value: &serde_json::Value, found: &mut impl FnMut(&str)) {
    match value {
        serde_json::Value::String(text) => found(text),
        serde_json::Value::Array(values) => values.iter().for_each(|v| strings(v, found)),
        serde_json::Value::Object(map) => map.values().for_each(|v| strings(v, found)),
        _ => {}
    }
}

/// The Cyrillic words of a text, lower case, without the soft hyphens and word joiners kitapsha
/// puts into them.
fn words_of(text: &str) -> Vec<String> {
    text.replace([SOFT_HYPHEN, '\u{2060}'], "")
        .split(|c: char| !is_cyrillic(c))
        .filter(|word| word.chars().count() >= 2)
        .map(str::to_lowercase)
        .collect()
}

fn is_cyrillic(c: char) -> bool {
    matches!(c, '\u{400}'..='\u{4ff}')
}

/// Text as a reader's search sees it: lower case, a hyphen at a line end joining the two halves
/// of the word (what both poppler and PDFium do), runs of white space as one space.
fn searchable(text: &str) -> String {
    let joined = text.replace("-\r\n", "").replace("-\n", "");
    joined.split_whitespace().collect::<Vec<_>>().join(" ").to_lowercase()
}

/// The words of `words` that `text` does not hold as whole words.
fn missing<'a>(text: &str, words: &'a BTreeSet<String>) -> Vec<&'a String> {
    let found: BTreeSet<String> = words_of(text).into_iter().collect();
    words.iter().filter(|word| !found.contains(*word)).collect()
}

/// Words the PDF breaks across two lines, as they read joined.
fn broken_words(pdf: &Path) -> Vec<String> {
    let mut broken = Vec::new();
    for page in page_texts(pdf) {
        let lines: Vec<&str> = page.lines().collect();
        for pair in lines.windows(2) {
            if let Some(head) = pair[0].strip_suffix('-')
                && let (Some(head), Some(tail)) = (head.split_whitespace().last(), pair[1].split_whitespace().next())
            {
                let word: String = format!("{head}{tail}").chars().filter(|&c| is_cyrillic(c)).collect();
                if word.chars().count() >= 4 {
                    broken.push(word.to_lowercase());
                }
            }
        }
    }
    broken
}

#[test]
fn the_text_layer_has_no_soft_hyphens_and_holds_every_kazakh_word() {
    let (_out, samples) = samples();
    for (id, pdf, words) in &samples {
        let text = page_texts(pdf).join("\n");
        assert!(!text.contains(SOFT_HYPHEN), "{id}: a soft hyphen in the text layer");
        let missing = missing(&searchable(&text), words);
        assert!(missing.is_empty(), "{id}: {} Kazakh words not in the text: {missing:?}", missing.len());
        assert!(!broken_words(pdf).is_empty(), "{id}: no word broken at a line end to join");
    }
}

#[test]
#[ignore = "needs Debian's poppler-utils; .ci/run installs it and runs this test"]
fn pdftotext_finds_every_kazakh_word() {
    let (_out, samples) = samples();
    for (id, pdf, words) in &samples {
        // poppler's own column detection can part the first lines of two columns set side by side
        // (the parallel layout) from the rest of their columns, and with them a word broken
        // there; in content order (`-raw`) the columns stay whole. A word counts as found when
        // either reading holds it; every word must still be found without soft hyphens.
        let read = |raw: bool| {
            let mut command = Command::new("pdftotext");
            if raw {
                command.arg("-raw");
            }
            let output = command.arg(pdf).arg("-").output().expect("pdftotext runs");
            assert!(output.status.success(), "{id}: pdftotext failed");
            let text = String::from_utf8(output.stdout).unwrap();
            assert!(!text.contains(SOFT_HYPHEN), "{id}: pdftotext finds soft hyphens");
            // In its own layout pdftotext joins a word broken at a line end by itself; `-raw` leaves
            // the hyphen and the line end, which `searchable` joins as a search would.
            if raw { searchable(&text) } else { text.split_whitespace().collect::<Vec<_>>().join(" ").to_lowercase() }
        };
        let (layout, raw) = (read(false), read(true));
        let missing: Vec<_> =
            missing(&layout, words).into_iter().filter(|w| missing(&raw, words).contains(w)).collect();
        assert!(missing.is_empty(), "{id}: {} Kazakh words pdftotext does not find: {missing:?}", missing.len());
    }
}

/// Headless Chromium driven over the DevTools protocol on a pipe (`--remote-debugging-pipe`:
/// fd 3 in, fd 4 out, which `sh` sets up so that the test needs no unsafe code).
struct Chromium {
    child: Child,
    input: ChildStdin,
    replies: mpsc::Receiver<serde_json::Value>,
    next_id: u64,
    _profile: common::TempDir,
}

impl Drop for Chromium {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

impl Chromium {
    fn start() -> Chromium {
        let profile = tempdir();
        let mut child = Command::new("sh")
            .arg("-c")
            .arg("exec \"$0\" \"$@\" 3<&0 4>&1 0</dev/null 1>/dev/null")
            .arg("chromium")
            .args([
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--window-size=800,600",
                "--remote-debugging-pipe",
                &format!("--user-data-dir={}", profile.path().display()),
                "about:blank",
            ])
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .expect("chromium runs");
        let input = child.stdin.take().unwrap();
        let mut output = BufReader::new(child.stdout.take().unwrap());
        let (send, replies) = mpsc::channel();
        std::thread::spawn(move || {
            let mut message = Vec::new();
            let mut byte = [0u8; 1];
            while output.read_exact(&mut byte).is_ok() {
                if byte[0] != 0 {
                    message.push(byte[0]);
                    continue;
                }
                if let Ok(value) = serde_json::from_slice(&message)
                    && send.send(value).is_err()
                {
                    return;
                }
                message.clear();
            }
        });
        Chromium { child, input, replies, next_id: 0, _profile: profile }
    }

    /// Sends one command (to a target's session, if given) and waits for its result.
    #[allow(clippy::needless_pass_by_value)] // Callers build the parameters in place.
    fn call(&mut self, session: Option<&str>, method: &str, params: serde_json::Value) -> serde_json::Value {
        self.next_id += 1;
        let id = self.next_id;
        let mut message = serde_json::json!({ "id": id, "method": method, "params": &params });
        if let Some(session) = session {
            message["sessionId"] = session.into();
        }
        self.input.write_all(&serde_json::to_vec(&message).unwrap()).unwrap();
        self.input.write_all(&[0]).unwrap();
        self.input.flush().unwrap();
        let deadline = Instant::now() + Duration::from_secs(60);
        loop {
            let left = deadline.saturating_duration_since(Instant::now());
            let reply = self.replies.recv_timeout(left).unwrap_or_else(|_| panic!("no reply to {method}"));
            if reply["id"] == id {
                assert!(reply.get("error").is_none(), "{method}: {reply}");
                return reply["result"].clone();
            }
        }
    }

    /// Evaluates JavaScript in a session and returns its (awaited) value.
    fn evaluate(&mut self, session: &str, expression: &str) -> serde_json::Value {
        let params = serde_json::json!({ "expression": expression, "awaitPromise": true, "returnByValue": true });
        self.call(Some(session), "Runtime.evaluate", params)["result"]["value"].clone()
    }
}

/// A PDF open in Chromium's viewer: the tab's session (find in page, screenshots) and the
/// viewer's (its plugin controller).
struct Viewer {
    tab: serde_json::Value,
    page: String,
    viewer: String,
}

fn open_pdf(chromium: &mut Chromium, pdf: &Path) -> Viewer {
    let url = format!("file://{}", pdf.display());
    let tab = chromium.call(None, "Target.createTarget", serde_json::json!({ "url": url }))["targetId"].clone();
    let deadline = Instant::now() + Duration::from_secs(60);
    let extension = loop {
        let targets = chromium.call(None, "Target.getTargets", serde_json::json!({}));
        let found = targets["targetInfos"].as_array().unwrap().iter().find_map(|target| {
            let url = target["url"].as_str()?;
            let viewer = url.starts_with("chrome-extension://") && target["type"] == "iframe";
            (viewer && target["attached"] == false).then(|| target["targetId"].clone())
        });
        if let Some(found) = found {
            break found;
        }
        assert!(Instant::now() < deadline, "the PDF viewer did not open {}", pdf.display());
        std::thread::sleep(Duration::from_millis(200));
    };
    let attach = |chromium: &mut Chromium, target: serde_json::Value| {
        let params = serde_json::json!({ "targetId": target, "flatten": true });
        chromium.call(None, "Target.attachToTarget", params)["sessionId"].as_str().unwrap().to_string()
    };
    let page = attach(chromium, tab.clone());
    let viewer = attach(chromium, extension);
    // Wait until the plugin has the document: until selecting everything selects text.
    let deadline = Instant::now() + Duration::from_secs(60);
    while all_text(chromium, &viewer).trim().is_empty() {
        assert!(Instant::now() < deadline, "the PDF viewer shows no text of {}", pdf.display());
        std::thread::sleep(Duration::from_millis(300));
    }
    Viewer { tab, page, viewer }
}

/// The whole text as the viewer copies it (select all, then the selected text).
fn all_text(chromium: &mut Chromium, viewer: &str) -> String {
    let controller = "document.querySelector('pdf-viewer').pluginController_";
    chromium.evaluate(viewer, &format!("{controller}.selectAll()"));
    let text = chromium.evaluate(viewer, &format!("{controller}.getSelectedText().then(reply => reply.selectedText)"));
    text.as_str().unwrap_or_default().to_string()
}

/// Whether the viewer's find in page highlights `word`: the page looks different with the
/// search on than after it is stopped, at the same scroll position.
fn finds(chromium: &mut Chromium, viewer: &Viewer, word: &str) -> bool {
    let screenshot = |chromium: &mut Chromium| {
        let params = serde_json::json!({ "format": "png" });
        chromium.call(Some(&viewer.page), "Page.captureScreenshot", params)["data"].as_str().unwrap().to_string()
    };
    chromium.call(Some(&viewer.page), "FindInPage.findFirst", serde_json::json!({ "query": word }));
    std::thread::sleep(Duration::from_millis(500));
    let searching = screenshot(chromium);
    chromium.call(Some(&viewer.page), "FindInPage.stop", serde_json::json!({}));
    std::thread::sleep(Duration::from_millis(300));
    searching != screenshot(chromium)
}

#[test]
#[ignore = "needs Debian's chromium; .ci/run installs it and runs this test"]
fn chromium_finds_every_kazakh_word() {
    let (_out, samples) = samples();
    let mut chromium = Chromium::start();
    for (id, pdf, words) in &samples {
        let viewer = open_pdf(&mut chromium, pdf);
        let copied = all_text(&mut chromium, &viewer.viewer);
        assert!(!copied.contains(SOFT_HYPHEN), "{id}: the viewer's text has soft hyphens");
        let missing = missing(&searchable(&copied), words);
        assert!(missing.is_empty(), "{id}: {} Kazakh words not in the viewer's text: {missing:?}", missing.len());

        // Find in page, where it is hardest: words broken at a line end. A word that is not
        // there shows that a miss would be seen.
        assert!(!finds(&mut chromium, &viewer, "жоқсөздіңтүрі"), "{id}: find highlights a word that is not there");
        let broken = broken_words(pdf);
        assert!(!broken.is_empty(), "{id}: no word broken at a line end");
        for word in broken.iter().take(8) {
            assert!(finds(&mut chromium, &viewer, word), "{id}: Chromium's find does not find {word:?}");
        }
        chromium.call(None, "Target.closeTarget", serde_json::json!({ "targetId": viewer.tab }));
    }
}
