//! `kitapsha studio` in a real browser: Debian's `chromium`, driven through WebDriver by its
//! `chromedriver` as a person would use the page. The editor of a sample campaign: a Kazakh and
//! a Russian sentence typed into a section, saved, the file on disk and the page preview changed;
//! then the interface switched to Russian, and a mistake shown at its field. In a window the size
//! of a phone, the ledger page: a hand-out recorded, and one beyond the stock refused. `.ci/run`
//! installs `chromium-driver` and runs these tests with `cargo test --test studio_browser --
//! --ignored`. With `KITAPSHA_SCREENSHOTS=DIR` they also leave screenshots of the pages in DIR.
//!
//! The WebDriver client is the few calls below, JSON over HTTP on 127.0.0.1: a client crate
//! would bring an HTTP stack and an async runtime into the tests for no more than that.

mod common;

use std::io::{BufRead, BufReader, Read, Write};
use std::net::{TcpListener, TcpStream};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use serde_json::{Value, json};

use common::{TestProject, tempdir};

/// Kills a child process when the test ends, however it ends.
struct Running(Child);

impl Drop for Running {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

/// One HTTP/1.1 request on a fresh connection; the body of the answer, read as far as its
/// length says (a server may keep the connection open).
fn http(address: &str, method: &str, path: &str, body: Option<&Value>) -> Vec<u8> {
    let mut stream = TcpStream::connect(address).unwrap();
    let body = body.map(Value::to_string).unwrap_or_default();
    write!(
        stream,
        "{method} {path} HTTP/1.1\r\nHost: {address}\r\nContent-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
        body.len()
    )
    .unwrap();
    let mut reader = BufReader::new(stream);
    let mut length = None;
    let mut chunked = false;
    loop {
        let mut line = String::new();
        reader.read_line(&mut line).unwrap();
        let line = line.trim_end().to_lowercase();
        if line.is_empty() {
            break;
        }
        if let Some(value) = line.strip_prefix("content-length:") {
            length = value.trim().parse::<usize>().ok();
        }
        chunked |= line == "transfer-encoding: chunked";
    }
    let mut body = Vec::new();
    if chunked {
        loop {
            let mut size = String::new();
            reader.read_line(&mut size).unwrap();
            let size = usize::from_str_radix(size.trim(), 16).unwrap();
            let mut chunk = vec![0; size + 2];
            reader.read_exact(&mut chunk).unwrap();
            if size == 0 {
                return body;
            }
            body.extend_from_slice(&chunk[..size]);
        }
    }
    match length {
        Some(length) => {
            body.resize(length, 0);
            reader.read_exact(&mut body).unwrap();
        }
        None => {
            reader.read_to_end(&mut body).unwrap();
        }
    }
    body
}

/// A WebDriver session of chromedriver.
struct Browser {
    driver: String,
    session: String,
}

impl Drop for Browser {
    fn drop(&mut self) {
        // Closes Chromium with the session.
        let _ = std::panic::catch_unwind(|| http(&self.driver, "DELETE", &format!("/session/{}", self.session), None));
    }
}

const ELEMENT: &str = "element-6066-11e4-a52e-4f735466cecf";

impl Browser {
    fn call(&self, method: &str, path: &str, body: Option<&Value>) -> Value {
        let path = format!("/session/{}{path}", self.session);
        let answer: Value = serde_json::from_slice(&http(&self.driver, method, &path, body)).unwrap();
        assert!(answer["value"].get("error").is_none(), "{method} {path}: {answer}");
        answer["value"].clone()
    }

    fn open(&self, url: &str) {
        self.call("POST", "/url", Some(&json!({ "url": url })));
    }

    fn find(&self, css: &str) -> String {
        let found = self.call("POST", "/element", Some(&json!({ "using": "css selector", "value": css })));
        found[ELEMENT].as_str().unwrap().to_string()
    }

    fn type_into(&self, css: &str, text: &str) {
        let element = self.find(css);
        self.call("POST", &format!("/element/{element}/value"), Some(&json!({ "text": text })));
    }

    fn click(&self, css: &str) {
        let element = self.find(css);
        self.call("POST", &format!("/element/{element}/click"), Some(&json!({})));
    }

    fn script(&self, script: &str) -> Value {
        self.call("POST", "/execute/sync", Some(&json!({ "script": script, "args": [] })))
    }

    fn screenshot(&self, name: &str) {
        let Some(dir) = std::env::var_os("KITAPSHA_SCREENSHOTS") else { return };
        let png = base64(self.call("GET", "/screenshot", None).as_str().unwrap());
        std::fs::write(std::path::Path::new(&dir).join(name), png).unwrap();
    }

    /// Waits until `script` returns true in the page.
    fn wait_for(&self, what: &str, script: &str) {
        let deadline = Instant::now() + Duration::from_secs(120);
        while self.script(script) != json!(true) {
            assert!(Instant::now() < deadline, "timed out waiting for {what}");
            std::thread::sleep(Duration::from_millis(200));
        }
    }
}

fn base64(text: &str) -> Vec<u8> {
    let value = |c: u8| match c {
        b'A'..=b'Z' => c - b'A',
        b'a'..=b'z' => c - b'a' + 26,
        b'0'..=b'9' => c - b'0' + 52,
        b'+' => 62,
        _ => 63,
    };
    let digits: Vec<u8> =
        text.bytes().filter(|c| c.is_ascii_alphanumeric() || *c == b'+' || *c == b'/').map(value).collect();
    digits
        .chunks(4)
        .flat_map(|chunk| {
            let bits = chunk.iter().enumerate().fold(0u32, |acc, (i, d)| acc | u32::from(*d) << (18 - 6 * i));
            let bytes = bits.to_be_bytes();
            bytes[1..chunk.len()].to_vec()
        })
        .collect()
}

fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port()
}

/// chromedriver on a free port, and a headless Chromium session through it.
/// `kitapsha studio` on a free port for `project`, and the address it says it serves on.
fn start_studio(project: &TestProject) -> (Running, String) {
    let mut studio =
        project.command(&["studio", "--port", "0"]).stdout(Stdio::piped()).stderr(Stdio::null()).spawn().unwrap();
    let mut output = BufReader::new(studio.stdout.take().unwrap());
    let mut first_line = String::new();
    output.read_line(&mut first_line).unwrap();
    std::thread::spawn(move || std::io::copy(&mut output, &mut std::io::sink()));
    let address = first_line.split("http://").nth(1).and_then(|rest| rest.split('/').next()).unwrap().to_string();
    (Running(studio), address)
}

fn start_browser(profile: &std::path::Path) -> (Running, Browser) {
    let port = free_port();
    let driver = Command::new("chromedriver")
        .arg(format!("--port={port}"))
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("chromedriver runs (Debian's chromium-driver)");
    let driver = Running(driver);
    let address = format!("127.0.0.1:{port}");
    let deadline = Instant::now() + Duration::from_secs(30);
    while TcpStream::connect(&address).is_err() {
        assert!(Instant::now() < deadline, "chromedriver did not start");
        std::thread::sleep(Duration::from_millis(100));
    }
    let capabilities = json!({ "capabilities": { "alwaysMatch": { "browserName": "chrome", "goog:chromeOptions": {
        "binary": "/usr/bin/chromium",
        "args": ["--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync",
                 "--window-size=1440,1000", "--force-device-scale-factor=1",
                 format!("--user-data-dir={}", profile.display())]
    } } } });
    let answer: Value = serde_json::from_slice(&http(&address, "POST", "/session", Some(&capabilities))).unwrap();
    let session = answer["value"]["sessionId"].as_str().unwrap_or_else(|| panic!("no session: {answer}")).to_string();
    (driver, Browser { driver: address, session })
}

/// The bytes of every page image the editor shows now.
fn preview_pages(studio: &str, browser: &Browser) -> Vec<Vec<u8>> {
    let sources =
        browser.script("return Array.from(document.querySelectorAll('#preview img')).map(i => i.getAttribute('src'))");
    sources.as_array().unwrap().iter().map(|src| http(studio, "GET", src.as_str().unwrap(), None)).collect()
}

#[test]
#[ignore = "needs Debian's chromium and chromium-driver; .ci/run installs them and runs this test"]
fn an_edit_in_the_browser_is_saved_and_the_pages_follow() {
    let project = TestProject::samples();
    let campaign = project.root.join("booklets/balkhash/campaign.toml");
    let before = std::fs::read_to_string(&campaign).unwrap();

    let (_studio, address) = start_studio(&project);

    let profile = tempdir();
    let (_driver, browser) = start_browser(profile.path());

    // The home page lists the campaigns.
    browser.open(&format!("http://{address}/"));
    browser.wait_for("the programme", "return document.querySelectorAll('table.programme tbody tr').length === 6");
    browser.screenshot("studio-home.png");

    // The editor, with the booklet's pages beside it.
    browser.open(&format!("http://{address}/campaign/balkhash"));
    let all_loaded = "const images = document.querySelectorAll('#preview img'); \
        return images.length > 0 && Array.from(images).every(i => i.complete && i.naturalWidth > 0)";
    browser.wait_for("the page images", all_loaded);
    let pages_before = preview_pages(&address, &browser);

    let kazakh = "Өтінішті кез келген уақытта жазуға болады.";
    let russian = "Обращение можно написать в любое время.";
    browser.type_into("textarea[name='section.0.kk.text']", kazakh);
    browser.type_into("textarea[name='section.0.ru.text']", russian);
    browser.click("#save");
    browser
        .wait_for("the saved page", "return location.search === '?saved=1' && !!document.querySelector('.notice.ok')");
    browser.wait_for("the new page images", all_loaded);
    browser.screenshot("studio-editor.png");

    // Saved on disk: both sentences, and the rest of the file as it was.
    let after = std::fs::read_to_string(&campaign).unwrap();
    assert!(after.contains(kazakh) && after.contains(russian), "{after}");
    let kept =
        |text: &str| text.lines().filter(|l| l.starts_with('#') || l.starts_with('[')).collect::<Vec<_>>().join("\n");
    assert_eq!(kept(&after), kept(&before), "comments and tables as they were");
    // The preview follows: a page now differs from what it was.
    let pages_after = preview_pages(&address, &browser);
    assert_eq!(pages_after.len(), pages_before.len());
    assert!(pages_after.iter().zip(&pages_before).any(|(a, b)| a != b), "a page image changed");

    // The interface in Russian, and the choice kept from page to page.
    browser.click("#lang-ru");
    browser.wait_for("the Russian interface", "return document.documentElement.lang === 'ru'");
    assert_eq!(browser.script("return document.querySelector('#save').textContent"), json!("Сохранить"));

    // A mistake: the picture's name is wrong. The save is refused, the field marked, its problem
    // beside it in Russian, the file as it was.
    let saved = std::fs::read_to_string(&campaign).unwrap();
    browser.type_into("input[name='cover.image']", "x");
    browser.click("#save");
    browser.wait_for("the refused save", "return !!document.querySelector('.notice.error')");
    assert_eq!(
        browser.script("return document.querySelector(\"input[name='cover.image']\").className"),
        json!("marked")
    );
    let problem = browser.script(
        "return document.querySelector(\"input[name='cover.image']\").closest('label').nextElementSibling.textContent",
    );
    assert!(problem.as_str().unwrap().contains("файла изображения \"images/cover.svgx\" нет"), "{problem}");
    browser.script(
        "document.querySelector(\"input[name='cover.image']\").scrollIntoView({ block: 'center' }); return true",
    );
    browser.screenshot("studio-mistake-ru.png");
    assert_eq!(std::fs::read_to_string(&campaign).unwrap(), saved, "nothing written");

    browser.open(&format!("http://{address}/"));
    browser.wait_for("the Russian home page", "return document.querySelector('h1').textContent === 'Программа'");
}

#[test]
#[ignore = "needs Debian's chromium and chromium-driver; .ci/run installs them and runs this test"]
fn a_hand_out_is_recorded_on_a_phone_and_one_beyond_the_stock_is_refused() {
    let project = TestProject::samples();
    let ledger = project.root.join("booklets/balkhash/print-runs.toml");

    let (_studio, address) = start_studio(&project);

    let profile = tempdir();
    let (_driver, browser) = start_browser(profile.path());
    // A phone's screen: the hand-out form comes first, above the stock.
    browser.call("POST", "/window/rect", Some(&json!({ "width": 390, "height": 844 })));
    browser.open(&format!("http://{address}/campaign/balkhash/ledger"));
    browser.wait_for("the ledger page", "return !!document.querySelector('#in-stock')");
    let above = "return document.querySelector('#hand-out').getBoundingClientRect().top \
        < document.querySelector('#stock').getBoundingClientRect().top";
    assert_eq!(browser.script(above), json!(true), "the hand-out form first on a phone");
    let in_stock = || -> u64 {
        let text = browser.script("return document.querySelector('#in-stock').textContent");
        text.as_str().unwrap().replace(',', "").parse().unwrap()
    };
    let stock = in_stock();
    assert!(stock > 1, "the sample has copies in stock");

    // One copy handed out: recorded, and the stock one less.
    browser.type_into("#hand-out-form input[name='copies']", "1");
    browser.type_into("#hand-out-form input[name='place']", "Бақанас");
    browser.type_into("#hand-out-form input[name='by']", "Ерлан");
    browser.click("#record-hand-out");
    browser.wait_for("the recorded hand-out", "return location.search === '?done=hand-out'");
    assert_eq!(in_stock(), stock - 1);
    let text = std::fs::read_to_string(&ledger).unwrap();
    assert!(text.trim_end().ends_with("by = \"Ерлан\""), "{text}");
    browser.screenshot("studio-ledger-phone.png");

    // More than the stock: refused, what was typed still there, the file as it was.
    let too_many = stock.to_string();
    browser.type_into("#hand-out-form input[name='copies']", &too_many);
    browser.type_into("#hand-out-form input[name='place']", "Қарой");
    browser.click("#record-hand-out");
    browser.wait_for("the refused hand-out", "return !!document.querySelector('.notice.error')");
    let problem = browser.script("return document.querySelector('#hand-out .problem.error').textContent");
    assert!(problem.as_str().unwrap().contains(&format!("cannot hand out {too_many} copies")), "{problem}");
    let typed = browser.script("return document.querySelector(\"#hand-out-form input[name='copies']\").value");
    assert_eq!(typed, json!(too_many));
    assert_eq!(std::fs::read_to_string(&ledger).unwrap(), text, "nothing written");
    browser.screenshot("studio-ledger-refused-phone.png");
}
