//! What `kitapsha build` need not make again: `out/.cache/` keeps, for each campaign and for
//! the reports, a fingerprint of everything its outputs were made from and a fingerprint of each
//! output as written. An output is reused only when both still hold: the inputs are the same
//! bytes, and every output file is still there, unchanged. Anything else (a damaged or foreign
//! entry, a file edited or deleted in `out/`) is rebuilt, never trusted.
//!
//! What a campaign's booklets are made from: this kitapsha (its executable), `kitapsha.toml`,
//! the print profile and donor logo it names, the creation date, and every file of the campaign
//! folder except its ledger and surveys, which no booklet prints. The reports are made from all
//! of that for every campaign, ledgers and surveys included, and `places.toml`; when that has
//! changed, each report is still reused when what it is compiled from (its data and pictures,
//! [`BuildCache::sources_key`]) has not.
//!
//! Only a build without errors is cached, with its warnings, which are shown again whenever its
//! outputs are reused, until they are dealt with. Entries are written atomically; two builds at once at worst write an entry
//! whose outputs the other replaced, which the next build sees and rebuilds.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use typst::foundations::Bytes;

use crate::diag::{Diagnostic, StoredDiagnostic};
use crate::fsutil;
use crate::lang::Lang;
use crate::ledger::file::LEDGER_FILE;
use crate::ledger::lock::LOCK_FILE;
use crate::project::{CampaignFolder, PROJECT_FILE, Project};
use crate::report::Covers;
use crate::survey::load::SURVEY_FILE;
use crate::typeset::compile::Sources;

/// The folder of the cache inside the output folder.
pub const CACHE_DIR: &str = ".cache";
/// Changes whenever the meaning of an entry does.
const FORMAT: &str = "kitapsha build cache 1";
/// The folder of a campaign's raw survey exports: read by the reports only.
const SURVEYS_DIR: &str = "surveys";
/// Deeper than any campaign's pictures are kept.
const MAX_FOLDER_DEPTH: usize = 16;
/// Covers larger than this are not a cache's business.
const MAX_CACHED_FILE_BYTES: u64 = 512 * 1024 * 1024;

/// The cache of one output folder, for one project.
pub struct BuildCache {
    dir: PathBuf,
    out: PathBuf,
    /// What every fingerprint starts from: the tool and the project's own files.
    base: Vec<u8>,
}

/// A fingerprint of what some outputs are made from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Key(String);

/// A campaign's outputs, found unchanged in the cache.
pub struct Reused {
    pub written: Vec<PathBuf>,
    /// The covers for the reports, when they were asked for and kept.
    pub covers: Option<Covers>,
    /// The warnings the build that made them gave.
    pub warnings: Vec<Diagnostic>,
}

#[derive(Debug, Serialize, Deserialize)]
struct Entry {
    format: String,
    key: String,
    /// Each output, relative to the output folder, with the SHA-256 of its bytes.
    outputs: Vec<(String, String)>,
    /// Each cover kept for the reports: its language, file (in the cache folder) and SHA-256.
    covers: Vec<(String, String, String)>,
    /// The warnings of the build that made them.
    warnings: Vec<StoredDiagnostic>,
}

impl BuildCache {
    /// The cache of `out` for `project`; `None` when the tool cannot tell what it is built
    /// from (then nothing is reused).
    pub fn open(project: &Project, out: &Path) -> Option<BuildCache> {
        let mut base = Sha256::new();
        base.update(FORMAT);
        base.update(tool_identity()?);
        base.update(std::fs::read(project.root.join(PROJECT_FILE)).ok()?);
        if let Some(profile) = &project.print.shop_profile {
            base.update(profile.icc.as_slice());
        }
        if let Some(logo) = project.programme.funding.as_ref().and_then(|f| f.logo.as_ref()) {
            base.update(logo.bytes.as_slice());
        }
        base.update(project.creation_date().to_string());
        Some(BuildCache { dir: out.join(CACHE_DIR), out: out.to_path_buf(), base: base.finalize().to_vec() })
    }

    /// What a campaign's booklets are made from; `None` when a file cannot be read (the build
    /// then says what is wrong).
    pub fn campaign_key(&self, campaign: &CampaignFolder) -> Option<Key> {
        let mut hash = Sha256::new().chain_update(&self.base).chain_update(b"booklet").chain_update(&campaign.id);
        hash_folder(&mut hash, &campaign.folder.real, Path::new(""), true).ok()?;
        Some(Key(hex(&hash.finalize())))
    }

    /// What the reports in `langs` are made from: every campaign, ledgers and surveys included,
    /// and the places of the map.
    pub fn reports_key(&self, project: &Project, campaigns: &[CampaignFolder], langs: &[Lang]) -> Option<Key> {
        let mut hash = Sha256::new().chain_update(&self.base).chain_update(b"reports");
        for lang in langs {
            hash.update(lang.code());
        }
        match std::fs::read(project.root.join(crate::places::PLACES_FILE)) {
            Ok(bytes) => hash.update(bytes),
            Err(error) if error.kind() == std::io::ErrorKind::NotFound => hash.update(b"no places"),
            Err(_) => return None,
        }
        for campaign in campaigns {
            hash.update(campaign.id.len().to_le_bytes());
            hash.update(&campaign.id);
            hash_folder(&mut hash, &campaign.folder.real, Path::new(""), false).ok()?;
        }
        Some(Key(hex(&hash.finalize())))
    }

    /// What a document compiled from `sources` is made from: nothing else goes into it.
    pub fn sources_key(&self, name: &str, sources: &Sources) -> Key {
        let mut hash = Sha256::new().chain_update(&self.base).chain_update(name).chain_update(sources.template);
        for (path, bytes) in &sources.files {
            hash.update(path.len().to_le_bytes());
            hash.update(path);
            hash.update(bytes.len().to_le_bytes());
            hash.update(bytes.as_slice());
        }
        Key(hex(&hash.finalize()))
    }

    /// The outputs of `name` (a campaign id, `reports`, or one report) when they were made from `key` and
    /// are all still as written; with the covers when `covers` is asked for and they were kept.
    pub fn reuse(&self, name: &str, key: &Key, covers: bool) -> Option<Reused> {
        let entry = self.entry(name)?;
        if entry.format != FORMAT || entry.key != key.0 || entry.outputs.is_empty() {
            return None;
        }
        let mut written = Vec::new();
        for (file, sha) in &entry.outputs {
            let path = self.out.join(file);
            if !unchanged(&path, sha) {
                return None;
            }
            written.push(path);
        }
        let covers = if covers {
            let mut found = BTreeMap::new();
            for (code, file, sha) in &entry.covers {
                let bytes = read_small(&self.dir.join(file))?;
                (hex(&Sha256::digest(&bytes)) == *sha).then_some(())?;
                found.insert(Lang::from_code(code)?, Bytes::new(bytes));
            }
            // Asked for and not kept (built without the reports): made again.
            (!found.is_empty()).then_some(())?;
            Some(found)
        } else {
            None
        };
        let warnings = entry.warnings.iter().map(Diagnostic::from_stored).collect::<Option<_>>()?;
        Some(Reused { written, covers, warnings })
    }

    /// Remembers that `outputs` (files in the output folder, as just written) were made from
    /// `key` with `warnings`, and the covers for the reports. Nothing is kept after an error.
    /// Failures to write are ignored: the next build only builds again.
    pub fn store(&self, name: &str, key: &Key, outputs: &[PathBuf], covers: Option<&Covers>, warnings: &[Diagnostic]) {
        if warnings.iter().any(Diagnostic::is_error) {
            return;
        }
        let warnings = warnings.iter().map(Diagnostic::stored).collect();
        let mut entry =
            Entry { format: FORMAT.to_string(), key: key.0.clone(), outputs: Vec::new(), covers: Vec::new(), warnings };
        for path in outputs {
            let (Ok(relative), Some(bytes)) = (path.strip_prefix(&self.out), read_small(path)) else { return };
            entry.outputs.push((relative.to_string_lossy().into_owned(), hex(&Sha256::digest(&bytes))));
        }
        for (lang, bytes) in covers.into_iter().flatten() {
            let file = format!("{name}.cover-{}.jpg", lang.code());
            if fsutil::write_made(&self.dir.join(&file), bytes).is_err() {
                return;
            }
            entry.covers.push((lang.code().to_string(), file, hex(&Sha256::digest(bytes))));
        }
        let json = serde_json::to_vec_pretty(&entry).expect("an entry is plain data");
        let _ = fsutil::write_made(&self.dir.join(format!("{name}.json")), &json);
    }

    fn entry(&self, name: &str) -> Option<Entry> {
        serde_json::from_slice(&read_small(&self.dir.join(format!("{name}.json")))?).ok()
    }
}

/// This kitapsha: its version and its executable's size and time, which change with every
/// build of it (and so with its templates and fonts, which are compiled in).
fn tool_identity() -> Option<String> {
    let exe = std::env::current_exe().ok()?;
    let metadata = std::fs::metadata(exe).ok()?;
    let modified = metadata.modified().ok()?.duration_since(std::time::UNIX_EPOCH).ok()?;
    Some(format!("{} {} {}", env!("CARGO_PKG_VERSION"), metadata.len(), modified.as_nanos()))
}

/// Every file under `dir`, by its path from the campaign folder and its bytes, in name order.
/// For a booklet (`booklet_only`), the ledger, its lock and the surveys are left out: no
/// booklet prints them. Temporary files of writes in progress are always left out.
fn hash_folder(hash: &mut Sha256, dir: &Path, relative: &Path, booklet_only: bool) -> std::io::Result<()> {
    // Links are followed, as loading follows them; a link to a folder above would lead round for
    // ever, so folders this deep are not cached (the campaign is simply built).
    if relative.components().count() > MAX_FOLDER_DEPTH {
        return Err(std::io::Error::other("folders too deep to cache"));
    }
    let mut entries: Vec<(String, std::fs::FileType)> = Vec::new();
    for entry in std::fs::read_dir(dir)? {
        let entry = entry?;
        entries.push((entry.file_name().to_string_lossy().into_owned(), entry.file_type()?));
    }
    entries.sort_by(|a, b| a.0.cmp(&b.0));
    for (name, kind) in entries {
        let top = relative.as_os_str().is_empty();
        let left_out = (name.starts_with('.') && name.ends_with(".tmp"))
            || name == LOCK_FILE
            || (booklet_only && top && [LEDGER_FILE, SURVEY_FILE, SURVEYS_DIR].contains(&name.as_str()));
        if left_out {
            continue;
        }
        let path = dir.join(&name);
        let shown = relative.join(&name);
        hash.update(shown.to_string_lossy().as_bytes());
        hash.update([0]);
        if std::fs::metadata(&path)?.is_dir() || kind.is_dir() {
            hash.update(b"folder");
            hash_folder(hash, &path, &shown, booklet_only)?;
        } else {
            let bytes = std::fs::read(&path)?;
            hash.update(bytes.len().to_le_bytes());
            hash.update(&bytes);
        }
    }
    Ok(())
}

fn unchanged(path: &Path, sha: &str) -> bool {
    read_small(path).is_some_and(|bytes| hex(&Sha256::digest(&bytes)) == sha)
}

fn read_small(path: &Path) -> Option<Vec<u8>> {
    let metadata = std::fs::metadata(path).ok()?;
    (metadata.is_file() && metadata.len() <= MAX_CACHED_FILE_BYTES).then_some(())?;
    std::fs::read(path).ok()
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}
