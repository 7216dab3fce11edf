//! The WebDriver client (the few calls the tests make, JSON over HTTP on 127.0.0.1: a client
//! crate would bring an HTTP stack and an async runtime into the tests for no more than that),
//! and the studio and the browser as child processes.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::{TcpListener, TcpStream};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use serde_json::{Value, json};

use crate::common::TestProject;

/// Kills a child process when the test ends, however it ends.
pub(crate) struct Running(pub(crate) Child);

impl Drop for Running {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

/// One HTTP/1.1 request on a fresh connection; the body of the answer, read as far as its
/// length says (a server may keep the connection open).
pub(crate) fn http(address: &str, method: &str, path: &str, body: Option<&Value>) -> Vec<u8> {
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
pub(crate) struct Browser {
    driver: String,
    session: String,
}

impl Drop for Browser {
    fn drop(&mut self) {
        // Closes Chromium with the session.
        let _ = std::panic::catch_unwind(|| http(&self.driver, "DELETE", &format!("/session/{}", self.session), None));
    }
}

pub(crate) const ELEMENT: &str = "element-6066-11e4-a52e-4f735466cecf";

impl Browser {
    pub(crate) fn call(&self, method: &str, path: &str, body: Option<&Value>) -> Value {
        let path = format!("/session/{}{path}", self.session);
        let answer: Value = serde_json::from_slice(&http(&self.driver, method, &path, body)).unwrap();
        assert!(answer["value"].get("error").is_none(), "{method} {path}: {answer}");
        answer["value"].clone()
    }

    pub(crate) fn open(&self, url: &str) {
        self.call("POST", "/url", Some(&json!({ "url": url })));
    }

    pub(crate) fn find(&self, css: &str) -> String {
        let found = self.call("POST", "/element", Some(&json!({ "using": "css selector", "value": css })));
        found[ELEMENT].as_str().unwrap().to_string()
    }

    pub(crate) fn type_into(&self, css: &str, text: &str) {
        let element = self.find(css);
        self.call("POST", &format!("/element/{element}/value"), Some(&json!({ "text": text })));
    }

    pub(crate) fn click(&self, css: &str) {
        let element = self.find(css);
        self.call("POST", &format!("/element/{element}/click"), Some(&json!({})));
    }

    pub(crate) fn script(&self, script: &str) -> Value {
        self.call("POST", "/execute/sync", Some(&json!({ "script": script, "args": [] })))
    }

    pub(crate) fn screenshot(&self, name: &str) {
        let Some(dir) = std::env::var_os("KITAPSHA_SCREENSHOTS") else { return };
        let png = base64(self.call("GET", "/screenshot", None).as_str().unwrap());
        std::fs::write(std::path::Path::new(&dir).join(name), png).unwrap();
    }

    /// Waits until `script` returns true in the page.
    pub(crate) fn wait_for(&self, what: &str, script: &str) {
        let deadline = Instant::now() + Duration::from_secs(120);
        while self.script(script) != json!(true) {
            assert!(Instant::now() < deadline, "timed out waiting for {what}");
            std::thread::sleep(Duration::from_millis(200));
        }
    }
}

pub(crate) fn base64(text: &str) -> Vec<u8> {
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

pub(crate) fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port()
}

/// chromedriver on a free port, and a headless Chromium session through it.
/// `kitapsha studio` on a free port for `project`, and the address it says it serves on.
pub(crate) fn start_studio(project: &TestProject) -> (Running, String) {
    let mut studio =
        project.command(&["studio", "--port", "0"]).stdout(Stdio::piped()).stderr(Stdio::null()).spawn().unwrap();
    let mut output = BufReader::new(studio.stdout.take().unwrap());
    let mut first_line = String::new();
    output.read_line(&mut first_line).unwrap();
    std::thread::spawn(move || std::io::copy(&mut output, &mut std::io::sink()));
    let address = first_line.split("http://").nth(1).and_then(|rest| rest.split('/').next()).unwrap().to_string();
    (Running(studio), address)
}

pub(crate) fn start_browser(profile: &std::path::Path) -> (Running, Browser) {
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

/// `kitapsha studio --lan` on a free port for `project` (which has a user), and the address of
/// this computer's loopback on that port: the studio listens on every address.
pub(crate) fn start_lan_studio(project: &TestProject) -> (Running, String) {
    let mut studio = project
        .command(&["studio", "--lan", "--port", "0"])
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let mut output = BufReader::new(studio.stdout.take().unwrap());
    let mut first_line = String::new();
    output.read_line(&mut first_line).unwrap();
    std::thread::spawn(move || std::io::copy(&mut output, &mut std::io::sink()));
    let port = first_line
        .split("http://")
        .nth(1)
        .and_then(|rest| rest.split('/').next())
        .and_then(|address| address.rsplit_once(':'))
        .map(|(_, port)| port.to_string())
        .unwrap_or_else(|| panic!("{first_line}"));
    (Running(studio), format!("127.0.0.1:{port}"))
}

impl Browser {
    /// Downloads go into `dir` (Chromium's DevTools command through chromedriver), so that a
    /// click on a download link leaves the file where the test can read it.
    pub(crate) fn download_into(&self, dir: &std::path::Path) {
        let params = json!({ "behavior": "allow", "downloadPath": dir.display().to_string() });
        self.call(
            "POST",
            "/goog/cdp/execute",
            Some(&json!({ "cmd": "Browser.setDownloadBehavior", "params": params })),
        );
    }
}

/// Waits until the file `path` is there, complete (Chromium writes a `.crdownload` first).
pub(crate) fn wait_for_file(path: &std::path::Path) -> Vec<u8> {
    let deadline = Instant::now() + Duration::from_secs(60);
    loop {
        if let Ok(bytes) = std::fs::read(path)
            && !bytes.is_empty()
        {
            return bytes;
        }
        assert!(Instant::now() < deadline, "timed out waiting for {}", path.display());
        std::thread::sleep(Duration::from_millis(200));
    }
}
