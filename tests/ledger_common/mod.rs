//! Shared by the ledger tests: a temporary copy of a fixture project and the real binary run in it.
#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::sync::atomic::{AtomicUsize, Ordering};

/// "Today" in every test: 2025-02-22, the end of the sample programme.
pub const TODAY_EPOCH: &str = "1740182400";
pub const TODAY: &str = "2025-02-22";

pub const ALPHA_LEDGER: &str = "booklets/alpha/print-runs.toml";

/// A copy of a project in a temporary folder, removed when dropped.
pub struct TempProject {
    pub root: PathBuf,
}

impl TempProject {
    /// A copy of `tests/fixtures/ledger/<name>`.
    pub fn fixture(name: &str) -> TempProject {
        let source = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/ledger").join(name);
        let project = TempProject::empty(name);
        copy_dir(&source, &project.root);
        project
    }

    /// A copy of the repository's own `kitapsha.toml` and `booklets/`.
    pub fn samples() -> TempProject {
        let repo = Path::new(env!("CARGO_MANIFEST_DIR"));
        let project = TempProject::empty("samples");
        std::fs::copy(repo.join("kitapsha.toml"), project.root.join("kitapsha.toml")).unwrap();
        copy_dir(&repo.join("booklets"), &project.root.join("booklets"));
        project
    }

    fn empty(name: &str) -> TempProject {
        static COUNTER: AtomicUsize = AtomicUsize::new(0);
        let unique =
            format!("kitapsha-ledger-{name}-{}-{}", std::process::id(), COUNTER.fetch_add(1, Ordering::SeqCst));
        let root = std::env::temp_dir().join(unique);
        let _ = std::fs::remove_dir_all(&root);
        std::fs::create_dir_all(&root).unwrap();
        TempProject { root }
    }

    /// The real binary, run in the project with "today" fixed.
    pub fn command(&self, args: &[&str]) -> Command {
        let mut command = Command::new(env!("CARGO_BIN_EXE_kitapsha"));
        command.args(args).current_dir(&self.root).env("SOURCE_DATE_EPOCH", TODAY_EPOCH);
        command
    }

    pub fn run(&self, args: &[&str]) -> Run {
        Run(self.command(args).output().expect("kitapsha runs"))
    }

    pub fn read(&self, path: &str) -> String {
        std::fs::read_to_string(self.root.join(path)).unwrap()
    }

    pub fn write(&self, path: &str, text: &str) {
        std::fs::write(self.root.join(path), text).unwrap();
    }
}

impl Drop for TempProject {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.root);
    }
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), target).unwrap();
        }
    }
}

/// What a run of kitapsha printed, and how it exited.
pub struct Run(pub Output);

impl Run {
    pub fn code(&self) -> i32 {
        self.0.status.code().expect("exited, not killed")
    }

    pub fn stdout(&self) -> String {
        String::from_utf8(self.0.stdout.clone()).unwrap()
    }

    pub fn stderr(&self) -> String {
        String::from_utf8(self.0.stderr.clone()).unwrap()
    }

    /// Asserts exit code 0 and returns stdout.
    pub fn ok(&self) -> String {
        assert_eq!(self.code(), 0, "stdout:\n{}\nstderr:\n{}", self.stdout(), self.stderr());
        self.stdout()
    }

    /// Asserts that the run failed with `code` and that stderr holds `expected` (a whole line
    /// such as `path:line:column: error: message`). Returns stderr.
    pub fn fails_with(&self, code: i32, expected: &str) -> String {
        let stderr = self.stderr();
        assert_eq!(self.code(), code, "stderr:\n{stderr}");
        assert!(stderr.lines().any(|line| line == expected), "expected the line\n{expected}\nin stderr:\n{stderr}");
        stderr
    }
}
