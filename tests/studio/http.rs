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
        if (tag.starts_with("<input") || tag.starts_with("<textarea"))
            && let Some(name) = attribute("name")
        {
            let value = if tag.starts_with("<textarea") {
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

/// What a page shows at the single field `name` (a picture's path): from the field to the block's
/// texts.
pub(crate) fn at_field<'a>(html: &'a str, name: &str) -> &'a str {
    let start = html.find(&format!("name=\"{name}\"")).unwrap_or_else(|| panic!("no field {name}"));
    let rest = &html[start + name.len() + 7..];
    let end = rest.find("<div class=\"pair").or_else(|| rest.find("</fieldset>")).unwrap_or(rest.len());
    &rest[..end]
}
