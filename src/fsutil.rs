//! Safe file access, the bottom layer under every loader: reading a text file the user wrote
//! (plain files only, size-limited, UTF-8 checked), resolving a path a campaign names so that it
//! stays inside the campaign folder, and writing files so that a reader never sees half of one
//! (a temporary file in the same folder, flushed to disk unless the build can make it again,
//! then renamed over the target).

use std::fs::{self, File};
use std::io::{self, Write};
use std::path::{Component, Path, PathBuf};

use crate::diag::Diagnostic;
use crate::messages::Message;
use crate::msg;

/// The reason of an I/O error in plain words, for a diagnostic: the cases users meet get
/// sentences of their own.
pub fn io_problem(error: &io::Error) -> Message {
    match error.kind() {
        io::ErrorKind::NotFound => msg!("io-not-found"),
        io::ErrorKind::PermissionDenied => msg!("io-permission-denied"),
        io::ErrorKind::StorageFull => msg!("io-storage-full"),
        io::ErrorKind::NotADirectory => msg!("io-not-a-folder"),
        io::ErrorKind::IsADirectory => msg!("io-is-a-folder"),
        io::ErrorKind::ReadOnlyFilesystem => msg!("io-read-only-disk"),
        _ => msg!("io-other", error = error.to_string()),
    }
}

/// Replaces `path` with `bytes` atomically: after a crash the old or the new file is there,
/// never a mixture.
pub fn write_atomically(path: &Path, bytes: &[u8]) -> io::Result<()> {
    replace(path, bytes, Durability::OnDisk)
}

/// Replaces `path` with `bytes` as [`write_atomically`] does, but without waiting for the disk:
/// for what a build makes again whenever it is lost, the booklets' PDFs and the build cache
/// (which checks each output by its hash before it trusts it), and the Typst sources
/// `--emit-typst` writes. A reader still never sees half a file. A build writes over sixty such
/// files; waiting for the disk twice for each costs a laptop's disk milliseconds every time.
pub fn write_made(path: &Path, bytes: &[u8]) -> io::Result<()> {
    replace(path, bytes, Durability::Eventually)
}

#[derive(Clone, Copy, PartialEq)]
enum Durability {
    /// On the disk when the call returns, the folder's entry too: for what the user wrote.
    OnDisk,
    /// Whenever the system writes it out.
    Eventually,
}

fn replace(path: &Path, bytes: &[u8], durability: Durability) -> io::Result<()> {
    let folder = path.parent().filter(|p| !p.as_os_str().is_empty()).unwrap_or(Path::new("."));
    fs::create_dir_all(folder)?;
    let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("output");
    let temporary = folder.join(format!(".{name}.{}.tmp", std::process::id()));
    let result = (|| {
        let mut file = File::create(&temporary)?;
        file.write_all(bytes)?;
        if durability == Durability::OnDisk {
            file.sync_all()?;
        }
        fs::rename(&temporary, path)?;
        if durability == Durability::OnDisk {
            // The rename itself is durable only once the folder is synced.
            File::open(folder)?.sync_all()?;
        }
        Ok(())
    })();
    if result.is_err() {
        let _ = fs::remove_file(&temporary);
    }
    result
}

/// The largest TOML file kitapsha reads: a booklet's text is a few hundred kilobytes at most.
pub const MAX_TEXT_FILE_BYTES: u64 = 2 * 1024 * 1024;

/// Reads a text file; a missing file, one over [`MAX_TEXT_FILE_BYTES`] or invalid UTF-8 becomes
/// a diagnostic naming the place.
pub fn read_text(path: &Path, shown: &Path) -> Result<String, Diagnostic> {
    use std::io::Read;
    let cannot_read =
        |error: std::io::Error| Diagnostic::file_error(shown, msg!("file-cannot-read", reason = io_problem(&error)));
    // A pipe or a device would block or never end: only plain files are read.
    if std::fs::metadata(path).is_ok_and(|metadata| !metadata.is_file()) {
        return Err(Diagnostic::file_error(shown, msg!("file-not-a-file")).with_hint(msg!("file-not-a-file-hint")));
    }
    let file = std::fs::File::open(path).map_err(cannot_read)?;
    // Read one byte past the limit rather than trusting the size the file system reports: a
    // device or a pipe reports none and may never end.
    let mut bytes = Vec::new();
    file.take(MAX_TEXT_FILE_BYTES + 1).read_to_end(&mut bytes).map_err(cannot_read)?;
    if bytes.len() as u64 > MAX_TEXT_FILE_BYTES {
        return Err(Diagnostic::file_error(shown, msg!("file-too-large", mib = MAX_TEXT_FILE_BYTES >> 20))
            .with_hint(msg!("file-too-large-hint")));
    }
    String::from_utf8(bytes).map_err(|error| {
        let valid = &error.as_bytes()[..error.utf8_error().valid_up_to()];
        let line = valid.iter().filter(|&&b| b == b'\n').count() + 1;
        let line_start = valid.iter().rposition(|&b| b == b'\n').map_or(0, |i| i + 1);
        Diagnostic::file_error(shown, msg!("file-not-utf8", line = line, byte = valid.len() - line_start + 1))
            .with_hint(msg!("file-not-utf8-hint"))
    })
}

/// Reads a text file of the folder `within` (a real path) like [`read_text`], after checking
/// that the file, symbolic links followed, lies inside it.
fn read_text_within(path: &Path, within: &Path, shown: &Path) -> Result<String, Diagnostic> {
    if let Ok(real) = path.canonicalize()
        && !real.starts_with(within)
    {
        return Err(
            Diagnostic::file_error(shown, msg!("file-outside-campaign")).with_hint(msg!("file-outside-campaign-hint"))
        );
    }
    read_text(path, shown)
}

/// A folder the user's files are read from: its real path (symbolic links resolved) and the
/// path diagnostics show, relative to the project (`booklets/kegen`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Folder {
    pub real: PathBuf,
    pub shown: PathBuf,
}

impl Folder {
    /// Reads the text file `name` of this folder (see [`read_text_within`]); its diagnostics
    /// show `shown/name`.
    pub fn read_text(&self, name: &str) -> Result<String, Diagnostic> {
        read_text_within(&self.real.join(name), &self.real, &self.shown.join(name))
    }
}

/// Why a path a campaign names cannot be used.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PathProblem {
    Empty,
    /// Written with `\` between folders; `fixed` is the same path with `/`.
    Backslash {
        fixed: String,
    },
    /// Absolute, climbing out with `..`, or a symbolic link that leads out.
    Outside,
    Missing,
    /// A folder, a device or a pipe.
    NotAFile,
}

/// The real path of the file that `written`, a path relative to `folder`, names: the one rule for every file a campaign names (pictures, survey exports). `..` may be
/// used as long as the path stays inside; an absolute path, a path that climbs out, and a
/// symbolic link that leads out are all refused.
pub fn resolve_within(folder: &Path, written: &str) -> Result<PathBuf, PathProblem> {
    let written = written.trim();
    if written.is_empty() {
        return Err(PathProblem::Empty);
    }
    if written.contains('\\') {
        // On Linux a `\` is part of a name, and Typst takes `/` only.
        return Err(PathProblem::Backslash { fixed: written.replace('\\', "/") });
    }
    let path = Path::new(written);
    if escapes_lexically(path) {
        return Err(PathProblem::Outside);
    }
    let folder = folder.canonicalize().map_err(|_| PathProblem::Missing)?;
    let real = folder.join(path).canonicalize().map_err(|_| PathProblem::Missing)?;
    if !real.starts_with(&folder) {
        return Err(PathProblem::Outside);
    }
    if !real.is_file() {
        return Err(PathProblem::NotAFile);
    }
    Ok(real)
}

/// True when the path is absolute or its `..` components climb above the folder it is
/// relative to.
fn escapes_lexically(path: &Path) -> bool {
    let mut depth: i32 = 0;
    for component in path.components() {
        match component {
            Component::ParentDir => depth -= 1,
            Component::Normal(_) => depth += 1,
            Component::CurDir => {}
            Component::RootDir | Component::Prefix(_) => return true,
        }
        if depth < 0 {
            return true;
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn replaces_the_file_and_leaves_no_temporary_behind() {
        let dir = std::env::temp_dir().join(format!("kitapsha-fsutil-{}", std::process::id()));
        let path = dir.join("a.pdf");
        write_atomically(&path, b"one").unwrap();
        write_atomically(&path, b"two").unwrap();
        assert_eq!(fs::read(&path).unwrap(), b"two");
        assert_eq!(fs::read_dir(&dir).unwrap().count(), 1);
        // What a build makes is replaced the same way, only not waited for.
        write_made(&path, b"three").unwrap();
        assert_eq!(fs::read(&path).unwrap(), b"three");
        assert_eq!(fs::read_dir(&dir).unwrap().count(), 1);
        fs::remove_dir_all(dir).unwrap();
    }

    #[test]
    fn one_rule_for_every_path_a_campaign_names() {
        let dir = std::env::temp_dir().join(format!("kitapsha-resolve-{}", std::process::id()));
        let folder = dir.join("campaign");
        fs::create_dir_all(folder.join("images")).unwrap();
        fs::write(folder.join("images/a.png"), b"x").unwrap();
        fs::write(dir.join("secret.txt"), b"x").unwrap();
        std::os::unix::fs::symlink(dir.join("secret.txt"), folder.join("link.png")).unwrap();
        let real = folder.canonicalize().unwrap().join("images/a.png");
        assert_eq!(resolve_within(&folder, "images/a.png"), Ok(real.clone()));
        assert_eq!(resolve_within(&folder, " images/../images/a.png "), Ok(real));
        for (written, problem) in [
            ("", PathProblem::Empty),
            ("../secret.txt", PathProblem::Outside),
            ("images/../../secret.txt", PathProblem::Outside),
            ("/etc/passwd", PathProblem::Outside),
            ("link.png", PathProblem::Outside),
            ("images/b.png", PathProblem::Missing),
            ("images", PathProblem::NotAFile),
            ("images\\a.png", PathProblem::Backslash { fixed: "images/a.png".to_string() }),
        ] {
            assert_eq!(resolve_within(&folder, written), Err(problem), "{written}");
        }
        fs::remove_dir_all(dir).unwrap();
    }
}
