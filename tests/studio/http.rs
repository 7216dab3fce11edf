//! Requests as the browser sends them, and reading the pages that come back.

#![allow(dead_code)]

use std::collections::BTreeMap;
use std::path::Path;

use axum::Router;
use axum::body::Body;
use axum::http::{Request, StatusCode, header};
use tower::ServiceExt;

use crate::common::{TestProject, files_under};
use kitapsha::lang::Lang;
use kitapsha::studio::{Studio, router};

pub(crate) const HOST: &str = "127.0.0.1:8738";
pub(crate) const ORIGIN: &str = "http://127.0.0.1:8738";

pub(crate) struct Answer {
    pub(crate) status: StatusCode,
    pub(crate) headers: axum::http::HeaderMap,
    pub(crate) body: String,
}

pub(crate) async fn send(app: &Router, request: Request<Body>) -> Answer {
    let response = app.clone().oneshot(request).await.unwrap();
    let status = response.status();
    let headers = response.headers().clone();
    let bytes = axum::body::to_bytes(response.into_body(), usize::MAX).await.unwrap();
    Answer { status, headers, body: String::from_utf8_lossy(&bytes).into_owned() }
}

pub(crate) fn get(path: &str, lang: &str) -> Request<Body> {
    Request::get(path)
        .header(header::HOST, HOST)
        .header(header::COOKIE, format!("kitapsha-lang={lang}"))
        .body(Body::empty())
        .unwrap()
}

/// A form posted as the browser posts it, by a page in English.
pub(crate) fn post(path: &str, origin: Option<&str>, fields: &[(String, String)]) -> Request<Body> {
    post_in("en", path, origin, fields)
}

pub(crate) fn post_in(lang: &str, path: &str, origin: Option<&str>, fields: &[(String, String)]) -> Request<Body> {
    let body = serde_urlencoded_pairs(fields);
    let mut request = Request::post(path)
        .header(header::HOST, HOST)
        .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
        .header(header::COOKIE, format!("kitapsha-lang={lang}"));
    if let Some(origin) = origin {
        request = request.header(header::ORIGIN, origin);
    }
    request.body(Body::from(body)).unwrap()
}

pub(crate) fn serde_urlencoded_pairs(fields: &[(String, String)]) -> String {
    let encode = |text: &str| {
        text.bytes()
            .map(|b| match b {
                b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'*' => (b as char).to_string(),
                b' ' => "+".to_string(),
                _ => format!("%{b:02X}"),
            })
            .collect::<String>()
    };
    fields.iter().map(|(k, v)| format!("{}={}", encode(k), encode(v))).collect::<Vec<_>>().join("&")
}

/// The text of an HTML attribute or element: named and numeric character references decoded.
pub(crate) fn unescape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = rest.find('&') {
        out.push_str(&rest[..at]);
        rest = &rest[at..];
        let end = rest.find(';').unwrap();
        let entity = &rest[1..end];
        let decoded = match entity {
            "lt" => '<',
            "gt" => '>',
            "quot" => '"',
            "amp" => '&',
            "apos" => '\'',
            _ => {
                let number = entity.strip_prefix('#').unwrap();
                let code = match number.strip_prefix('x') {
                    Some(hex) => u32::from_str_radix(hex, 16).unwrap(),
                    None => number.parse().unwrap(),
                };
                char::from_u32(code).unwrap()
            }
        };
        out.push(decoded);
        rest = &rest[end + 1..];
    }
    out.push_str(rest);
    out
}

/// The fields of the editor's form as a browser would post them: every named input and
/// textarea of the form, in order (the template of a new section left out).
pub(crate) fn form_fields(html: &str) -> Vec<(String, String)> {
    let form = html.split("<template").next().unwrap();
    let form = &form[form.find("id=\"campaign-form\"").expect("the editor's form")..];
    let mut fields = Vec::new();
    let mut rest = form;
    while let Some(at) = rest.find('<') {
        rest = &rest[at..];
        let end = rest.find('>').unwrap();
        let tag = &rest[..=end];
        let attribute = |name: &str| {
            let key = format!(" {name}=\"");
            tag.find(&key).map(|i| {
                let value = &tag[i + key.len()..];
                unescape(&value[..value.find('"').unwrap()])
            })
        };
        if (tag.starts_with("<input") || tag.starts_with("<textarea") || tag.starts_with("<select"))
            && let Some(name) = attribute("name")
        {
            let value = if tag.starts_with("<select") {
                // The selected option's value, as the browser sends it.
                let options = &rest[end + 1..];
                let options = &options[..options.find("</select>").unwrap()];
                options
                    .split("<option")
                    .find(|option| option[..option.find('>').unwrap_or(0)].contains(" selected"))
                    .and_then(|option| option.split("value=\"").nth(1))
                    .map(|value| unescape(&value[..value.find('"').unwrap()]))
                    .unwrap_or_default()
            } else if tag.starts_with("<textarea") {
                let inner = &rest[end + 1..];
                let inner = &inner[..inner.find("</textarea>").unwrap()];
                // The parser drops the newline that follows the opening tag.
                unescape(inner.strip_prefix('\n').unwrap_or(inner))
            } else {
                attribute("value").unwrap_or_default()
            };
            fields.push((name, value));
        }
        rest = &rest[end + 1..];
    }
    fields
}

pub(crate) fn set(fields: &mut [(String, String)], name: &str, value: &str) {
    fields.iter_mut().find(|(k, _)| k == name).unwrap_or_else(|| panic!("no field {name}")).1 = value.to_string();
}

pub(crate) fn value<'a>(fields: &'a [(String, String)], name: &str) -> &'a str {
    &fields.iter().find(|(k, _)| k == name).unwrap_or_else(|| panic!("no field {name}")).1
}

/// Every file of the project with its bytes: what "nothing written" is checked against.
pub(crate) fn snapshot(root: &Path) -> BTreeMap<String, Vec<u8>> {
    files_under(root).into_iter().map(|p| (p.display().to_string(), std::fs::read(&p).unwrap())).collect()
}

pub(crate) fn studio(project: &TestProject) -> (Router, String) {
    let studio = Studio::new(&project.root, Lang::En).unwrap();
    let token = studio.token().to_string();
    (router(studio), token)
}

/// The project's files as "nothing written" compares them: the ledger's lock file, empty and
/// left in place by the CLI too, is not a record.
pub(crate) fn records(root: &Path) -> BTreeMap<String, Vec<u8>> {
    let mut files = snapshot(root);
    files.retain(|path, bytes| !(path.ends_with(".print-runs.toml.lock") && bytes.is_empty()));
    files
}

pub(crate) fn form(token: &str, fields: &[(&str, &str)]) -> Vec<(String, String)> {
    std::iter::once(("csrf".to_string(), token.to_string()))
        .chain(fields.iter().map(|(k, v)| ((*k).to_string(), (*v).to_string())))
        .collect()
}

/// The text of the element with `id` on the page.
pub(crate) fn element<'a>(html: &'a str, id: &str) -> &'a str {
    let at = html.find(&format!("id=\"{id}\">")).unwrap_or_else(|| panic!("no #{id}: {html}")) + id.len() + 6;
    &html[at..at + html[at..].find('<').unwrap()]
}

/// The value attribute of the input `name` inside the form `form_id`.
pub(crate) fn typed_value(html: &str, form_id: &str, name: &str) -> String {
    let form = &html[html.find(&format!("id=\"{form_id}\"")).unwrap()..];
    let form = &form[..form.find("</form>").unwrap()];
    value(&form_fields_of(form), name).to_string()
}

pub(crate) fn form_fields_of(html: &str) -> Vec<(String, String)> {
    form_fields(&format!("<form id=\"campaign-form\">{html}"))
}

/// A page as the snapshot keeps it: the session's token is new in every run.
pub(crate) fn without_token(html: &str, token: &str) -> String {
    html.replace(token, "TOKEN")
}

/// The studio on the office network, as any Host reaches it.
pub(crate) const LAN_HOST: &str = "192.168.1.20:8738";
pub(crate) const LAN_ORIGIN: &str = "http://192.168.1.20:8738";

/// The studio of `project` with `--lan`, and its state (for the clock of failed logins).
pub(crate) fn lan_studio(project: &TestProject) -> (Router, kitapsha::studio::Shared) {
    let studio = Studio::on_lan(&project.root, Lang::En).unwrap();
    (router(studio.clone()), studio)
}

/// `kitapsha user add NAME --role ROLE` with the password on the input, as a script runs it.
pub(crate) fn add_user(project: &TestProject, name: &str, role: &str, password: &str) {
    use std::io::Write;
    let mut child = project
        .command(&["user", "add", name, "--role", role])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    child.stdin.take().unwrap().write_all(format!("{password}\n").as_bytes()).unwrap();
    let output = child.wait_with_output().unwrap();
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
}

/// A request on the office network, with the session's cookie when there is one.
pub(crate) fn lan_request(
    method: &str,
    path: &str,
    session: Option<&str>,
    origin: Option<&str>,
    fields: &[(String, String)],
) -> Request<Body> {
    let cookie = match session {
        Some(id) => format!("kitapsha-lang=en; kitapsha-session={id}"),
        None => "kitapsha-lang=en".to_string(),
    };
    let mut request =
        Request::builder().method(method).uri(path).header(header::HOST, LAN_HOST).header(header::COOKIE, cookie);
    if let Some(origin) = origin {
        request = request.header(header::ORIGIN, origin);
    }
    if method == "POST" {
        request = request.header(header::CONTENT_TYPE, "application/x-www-form-urlencoded");
    }
    request.body(Body::from(serde_urlencoded_pairs(fields))).unwrap()
}

/// A logged-in session: its id (the cookie's value) and its forms' token.
pub(crate) struct Session {
    pub(crate) id: String,
    pub(crate) token: String,
}

/// The login form posted as the browser posts it.
pub(crate) async fn try_log_in(app: &Router, name: &str, password: &str) -> Answer {
    let fields = [("name", name), ("password", password), ("next", "/")].map(|(k, v)| (k.to_string(), v.to_string()));
    send(app, lan_request("POST", "/login", None, Some(LAN_ORIGIN), &fields)).await
}

/// Logs in and reads the session's token from the home page's log-out form.
pub(crate) async fn log_in(app: &Router, name: &str, password: &str) -> Session {
    let answer = try_log_in(app, name, password).await;
    assert_eq!(answer.status, StatusCode::SEE_OTHER, "{}", answer.body);
    let cookie = answer.headers[header::SET_COOKIE].to_str().unwrap();
    let id = cookie.split(';').next().unwrap().strip_prefix("kitapsha-session=").unwrap().to_string();
    let home = send(app, lan_request("GET", "/", Some(&id), None, &[])).await;
    assert_eq!(home.status, StatusCode::OK, "{}", home.body);
    let token = typed_value(&home.body, "log-out-form", "csrf");
    Session { id, token }
}

/// A form with a file input posted as the browser posts it (multipart), by a page in `lang`:
/// its text fields, then the file `(input name, file name, bytes)`.
pub(crate) fn post_file(
    lang: &str,
    path: &str,
    fields: &[(String, String)],
    file: Option<(&str, &str, &[u8])>,
) -> Request<Body> {
    let files: Vec<FilePart> = file.map(|(field, name, bytes)| FilePart { field, name, bytes }).into_iter().collect();
    post_multipart_in(lang, path, fields, &files)
}

/// A file a multipart form sends: its field, its name on the sender's computer, its bytes.
pub(crate) struct FilePart<'a> {
    pub(crate) field: &'a str,
    pub(crate) name: &'a str,
    pub(crate) bytes: &'a [u8],
}

/// A `multipart/form-data` form as the browser posts a form with files, by a page in English.
pub(crate) fn post_multipart(path: &str, fields: &[(String, String)], files: &[FilePart]) -> Request<Body> {
    post_multipart_in("en", path, fields, files)
}

pub(crate) fn post_multipart_in(
    lang: &str,
    path: &str,
    fields: &[(String, String)],
    files: &[FilePart],
) -> Request<Body> {
    const BOUNDARY: &str = "----kitapsha-test-boundary-7d1f";
    let mut body = Vec::new();
    for (name, value) in fields {
        body.extend_from_slice(
            format!("--{BOUNDARY}\r\nContent-Disposition: form-data; name=\"{name}\"\r\n\r\n{value}\r\n").as_bytes(),
        );
    }
    for file in files {
        body.extend_from_slice(
            format!(
                "--{BOUNDARY}\r\nContent-Disposition: form-data; name=\"{}\"; filename=\"{}\"\r\nContent-Type: application/octet-stream\r\n\r\n",
                file.field, file.name
            )
            .as_bytes(),
        );
        body.extend_from_slice(file.bytes);
        body.extend_from_slice(b"\r\n");
    }
    body.extend_from_slice(format!("--{BOUNDARY}--\r\n").as_bytes());
    Request::post(path)
        .header(header::HOST, HOST)
        .header(header::ORIGIN, ORIGIN)
        .header(header::CONTENT_TYPE, format!("multipart/form-data; boundary={BOUNDARY}"))
        .header(header::COOKIE, format!("kitapsha-lang={lang}"))
        .body(Body::from(body))
        .unwrap()
}

/// The visible text of a page, one element's text a line: what a snapshot of a page's words
/// compares (the markup may change, the words may not unseen).
pub(crate) fn page_text(html: &str) -> String {
    let body = html.split("<body>").nth(1).unwrap_or(html);
    let mut text = String::new();
    let mut rest = body;
    while let Some(at) = rest.find('<') {
        text.push_str(&rest[..at]);
        text.push('\n');
        rest = &rest[at + rest[at..].find('>').map_or(rest.len() - at, |end| end + 1)..];
    }
    text.push_str(rest);
    unescape(&text).lines().map(str::trim).filter(|line| !line.is_empty()).collect::<Vec<_>>().join("\n")
}

/// The value of the hidden input `name` on the page.
pub(crate) fn hidden(html: &str, name: &str) -> String {
    let key = format!("name=\"{name}\" value=\"");
    let at = html.find(&key).unwrap_or_else(|| panic!("no input {name}: {html}")) + key.len();
    unescape(&html[at..at + html[at..].find('"').unwrap()])
}

/// A response whose body is kept as bytes: a download.
pub(crate) struct Download {
    pub(crate) status: StatusCode,
    pub(crate) headers: axum::http::HeaderMap,
    pub(crate) bytes: Vec<u8>,
}

pub(crate) async fn download(app: &Router, request: Request<Body>) -> Download {
    let response = app.clone().oneshot(request).await.unwrap();
    let status = response.status();
    let headers = response.headers().clone();
    let bytes = axum::body::to_bytes(response.into_body(), usize::MAX).await.unwrap().to_vec();
    Download { status, headers, bytes }
}

/// What a page shows at the single field `name` (a picture's path): from the field to the block's
/// texts.
pub(crate) fn at_field<'a>(html: &'a str, name: &str) -> &'a str {
    let start = html.find(&format!("name=\"{name}\"")).unwrap_or_else(|| panic!("no field {name}"));
    let rest = &html[start + name.len() + 7..];
    let end = rest.find("<div class=\"pair").or_else(|| rest.find("</fieldset>")).unwrap_or(rest.len());
    &rest[..end]
}
