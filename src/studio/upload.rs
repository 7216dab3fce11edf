//! Files sent from a form (`multipart/form-data`): read whole within the route's size limit,
//! and named by the studio, never by the sender: a safe stem from the sent name, an extension
//! from the content, and a number when another file already has the name.

use std::path::Path;

use axum::extract::Multipart;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};

/// The largest picture or document the studio takes, and so its routes' body limit: more than
/// any booklet picture needs, less than the build's own limit for an image.
pub const UPLOAD_LIMIT: usize = 25 * 1024 * 1024;

/// A file a form sent.
pub struct Sent {
    /// The form field it came in.
    pub field: String,
    /// Its name on the sender's computer, as sent: for messages and the stem, never a path.
    pub name: String,
    pub bytes: Vec<u8>,
}

/// A form's text fields, in order, and its files; a file input left empty is no file.
#[derive(Default)]
pub struct Received {
    pub fields: Vec<(String, String)>,
    pub files: Vec<Sent>,
}

/// Reads the whole form. A body over the route's limit is answered 413, any other broken form
/// 400, before anything is written.
pub async fn receive(mut multipart: Multipart) -> Result<Received, Response> {
    let mut received = Received::default();
    let refuse = |error: axum::extract::multipart::MultipartError| {
        let status = error.status();
        let status = if status == StatusCode::PAYLOAD_TOO_LARGE { status } else { StatusCode::BAD_REQUEST };
        (status, error.body_text()).into_response()
    };
    while let Some(part) = multipart.next_field().await.map_err(refuse)? {
        let field = part.name().unwrap_or("").to_string();
        match part.file_name().map(str::to_string) {
            Some(name) => {
                let bytes = part.bytes().await.map_err(refuse)?;
                if !bytes.is_empty() || !name.is_empty() {
                    received.files.push(Sent { field, name, bytes: bytes.to_vec() });
                }
            }
            None => {
                let text = part.text().await.map_err(refuse)?;
                received.fields.push((field, text));
            }
        }
    }
    Ok(received)
}

/// The last part of a sent name, whichever separator the sender's system uses, for messages.
pub fn shown_name(name: &str) -> String {
    let last = name.rsplit(['/', '\\']).next().unwrap_or("");
    let last: String = last.chars().filter(|c| !c.is_control()).take(100).collect();
    if last.is_empty() { "?".to_string() } else { last }
}

/// A file stem of lowercase ASCII letters, digits and hyphens made from a sent name: Cyrillic
/// transliterated, everything else a hyphen, `fallback` when nothing is left.
pub fn safe_stem(name: &str, fallback: &str) -> String {
    let last = shown_name(name);
    let stem = last.rsplit_once('.').map_or(last.as_str(), |(stem, _)| stem);
    let latin = crate::latin_kk::transliterate(stem);
    let mut safe = String::new();
    for c in latin.chars().flat_map(char::to_lowercase) {
        let c = match c {
            'ä' => 'a',
            'ğ' => 'g',
            'i' | 'ı' | 'î' => 'i',
            'ñ' => 'n',
            'ö' => 'o',
            'ş' => 's',
            'ū' | 'ü' => 'u',
            'a'..='z' | '0'..='9' => c,
            _ => '-',
        };
        if c != '-' || !(safe.is_empty() || safe.ends_with('-')) {
            safe.push(c);
        }
    }
    let safe: String = safe.trim_end_matches('-').chars().take(60).collect();
    let safe = safe.trim_end_matches('-');
    if safe.is_empty() { fallback.to_string() } else { safe.to_string() }
}

/// The name in `folder` the bytes are to have: `stem.extension`, or `stem-2.extension`, `-3`…
/// when a different file has it. A file there with the same bytes is the name itself: it is
/// used again rather than copied.
pub fn free_name(folder: &Path, stem: &str, extension: &str, bytes: &[u8]) -> String {
    (1..)
        .map(|n| if n == 1 { format!("{stem}.{extension}") } else { format!("{stem}-{n}.{extension}") })
        .find(|name| match std::fs::read(folder.join(name)) {
            Ok(there) => there == bytes,
            Err(_) => !folder.join(name).exists(),
        })
        .unwrap_or_else(|| format!("{stem}.{extension}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_stem_is_safe_whatever_was_sent() {
        assert_eq!(safe_stem("../../x.png", "picture"), "x");
        assert_eq!(safe_stem("C:\\Users\\Айгерім\\Су жинау.JPG", "picture"), "su-jinau");
        assert_eq!(safe_stem("Қызылорда 2026 (1).jpeg", "picture"), "qyzylorda-2026-1");
        assert_eq!(safe_stem("....png", "picture"), "picture");
        assert_eq!(safe_stem("", "picture"), "picture");
        assert_eq!(safe_stem("日本.png", "picture"), "picture");
    }

    #[test]
    fn a_taken_name_gets_a_number_and_the_same_file_keeps_its_name() {
        let dir = std::env::temp_dir().join(format!("kitapsha-upload-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::write(dir.join("map.png"), b"one").unwrap();
        assert_eq!(free_name(&dir, "map", "png", b"one"), "map.png");
        assert_eq!(free_name(&dir, "map", "png", b"two"), "map-2.png");
        std::fs::write(dir.join("map-2.png"), b"two").unwrap();
        assert_eq!(free_name(&dir, "map", "png", b"three"), "map-3.png");
        assert_eq!(free_name(&dir, "map", "svg", b"three"), "map.svg");
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
