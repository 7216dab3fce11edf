//! Files sent from the browser (a volunteer's sheet, a survey export): read from a multipart
//! form, checked (size, type by content, name) before anything else, and kept in memory under a
//! random id between the page that shows them and the one that records them. The library reads
//! files from disk: it gets a private temporary copy that is removed after use.

use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

use axum::extract::Multipart;

use crate::messages::Message;
use crate::msg;
use crate::studio::{tokens, upload};

/// Uploads kept at once: a person previews one or two files before confirming; older ones are
/// forgotten (and have to be sent again).
const KEPT: usize = 16;

/// The uploads kept, by their random id, oldest first: a part of the studio's state.
pub type Kept = Mutex<Vec<(String, Upload)>>;

/// The kinds of file a person may send: the library reads these two.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Csv,
    Xlsx,
}

impl Format {
    pub fn extension(self) -> &'static str {
        match self {
            Format::Csv => "csv",
            Format::Xlsx => "xlsx",
        }
    }
}

/// A checked file, kept for one campaign.
#[derive(Clone)]
pub struct Upload {
    pub campaign: String,
    /// The name it had on the person's computer, cleaned: only shown, never a path.
    pub name: String,
    pub format: Format,
    pub bytes: Arc<Vec<u8>>,
}

/// A multipart form: its text fields and the one file it carries.
pub struct Posted {
    pub fields: Vec<(String, String)>,
    /// The file's name as sent and its bytes; `None` when no file was chosen.
    pub file: Option<(String, Vec<u8>)>,
}

/// Why an upload was refused.
pub enum Refused {
    /// The body is over the route's limit or is not a multipart form.
    Unreadable(Message),
}

/// Reads every part of a multipart form, as the editor's uploads read it (`upload::receive`);
/// the first file sent is the one. The route's body limit bounds what is read.
pub async fn read(multipart: Multipart) -> Result<Posted, Refused> {
    let received =
        upload::receive(multipart).await.map_err(|refusal| Refused::Unreadable(unreadable(refusal.status())))?;
    let file = received.files.into_iter().next().map(|sent| (sent.name, sent.bytes));
    Ok(Posted { fields: received.fields, file })
}

fn unreadable(status: axum::http::StatusCode) -> Message {
    if status == axum::http::StatusCode::PAYLOAD_TOO_LARGE {
        msg!("studio-upload-too-large")
    } else {
        msg!("studio-upload-unreadable")
    }
}

/// Checks a sent file: a name ending in .csv or .xlsx, content of that kind (a workbook is a
/// zip archive; a CSV file is UTF-8 text), not empty and at most `max` bytes.
pub fn check(file: Option<(String, Vec<u8>)>, max: usize, campaign: &str) -> Result<Upload, Message> {
    let Some((sent_name, bytes)) = file else { return Err(msg!("studio-upload-no-file")) };
    let name = shown_name(&sent_name);
    let extension = Path::new(&name).extension().map(|e| e.to_string_lossy().to_lowercase()).unwrap_or_default();
    let format = match extension.as_str() {
        "csv" => Format::Csv,
        "xlsx" => Format::Xlsx,
        _ => return Err(msg!("studio-upload-wrong-kind", name = &name)),
    };
    if bytes.is_empty() {
        return Err(msg!("studio-upload-empty", name = &name));
    }
    if bytes.len() > max {
        return Err(msg!("studio-upload-too-large"));
    }
    let content_fits = match format {
        Format::Xlsx => bytes.starts_with(b"PK\x03\x04"),
        Format::Csv => !bytes.contains(&0) && std::str::from_utf8(&bytes).is_ok(),
    };
    if !content_fits {
        return Err(match format {
            Format::Xlsx => msg!("studio-upload-not-workbook", name = &name),
            Format::Csv => msg!("studio-upload-not-text", name = &name),
        });
    }
    Ok(Upload { campaign: campaign.to_string(), name, format, bytes: Arc::new(bytes) })
}

/// The last part of a sent name, without control characters, at most 80 characters: what the
/// page and the messages show. It is never used as a path.
fn shown_name(sent: &str) -> String {
    let last = sent.rsplit(['/', '\\']).next().unwrap_or("");
    let clean: String = last.chars().filter(|c| !c.is_control()).take(80).collect();
    if clean.trim().is_empty() { "upload".to_string() } else { clean.trim().to_string() }
}

/// Keeps `upload` and gives its id; the oldest is forgotten beyond [`KEPT`].
pub fn keep(kept: &Kept, upload: Upload) -> std::io::Result<String> {
    let id = tokens::new_token()?;
    let mut kept = kept.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
    if kept.len() >= KEPT {
        kept.remove(0);
    }
    kept.push((id.clone(), upload));
    Ok(id)
}

/// The upload kept as `id` for `campaign`.
pub fn kept(kept: &Kept, id: &str, campaign: &str) -> Option<Upload> {
    let kept = kept.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
    kept.iter().find(|(key, upload)| key == id && upload.campaign == campaign).map(|(_, upload)| upload.clone())
}

/// Forgets the upload kept as `id`: it has been recorded.
pub fn forget(kept: &Kept, id: &str) {
    let mut kept = kept.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
    kept.retain(|(key, _)| key != id);
}

/// A private temporary copy of an upload, for the library to read as the CLI reads a file;
/// removed with its folder when dropped.
pub struct TempCopy {
    folder: PathBuf,
    pub path: PathBuf,
}

impl TempCopy {
    pub fn of(upload: &Upload) -> std::io::Result<TempCopy> {
        let folder = std::env::temp_dir().join(format!("kitapsha-studio-{}", tokens::new_token()?));
        std::fs::create_dir(&folder)?;
        let copy = TempCopy { path: folder.join(format!("upload.{}", upload.format.extension())), folder };
        std::fs::write(&copy.path, upload.bytes.as_slice())?;
        Ok(copy)
    }
}

impl Drop for TempCopy {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.folder);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_sent_name_is_only_shown() {
        assert_eq!(shown_name("../../etc/passwd.csv"), "passwd.csv");
        assert_eq!(shown_name("C:\\Users\\Aigul\\тізім.xlsx"), "тізім.xlsx");
        assert_eq!(shown_name("a\nb.csv"), "ab.csv");
        assert_eq!(shown_name("/"), "upload");
    }

    #[test]
    fn files_are_checked_by_name_and_content() {
        let sent = |name: &str, bytes: &[u8]| check(Some((name.to_string(), bytes.to_vec())), 100, "c");
        assert!(sent("list.csv", "date;place\n".as_bytes()).is_ok());
        assert!(sent("list.xlsx", b"PK\x03\x04rest").is_ok());
        assert!(sent("list.xlsx", b"date;place").is_err());
        assert!(sent("list.csv", b"PK\x03\x04\0\0").is_err());
        assert!(sent("list.pdf", b"%PDF").is_err());
        assert!(sent("list.csv", b"").is_err());
        assert!(sent("list.csv", &[b'a'; 101]).is_err());
        assert!(check(None, 100, "c").is_err());
    }
}
