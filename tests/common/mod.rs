//! Helpers shared by the integration tests: a scratch project, the real binary, and PDFs read
//! back with a Rust PDF library (no system tools).
#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use lopdf::content::Content;
use lopdf::{Dictionary, Document, Object};

/// A scratch folder, removed with everything in it when dropped. (Written here rather than taken
/// from a crate: a dev-dependency that changes the features of a shared dependency would make
/// `cargo build` after `cargo test` compile Typst a second time.)
pub struct TempDir(PathBuf);

impl TempDir {
    pub fn path(&self) -> &Path {
        &self.0
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// A new, empty scratch folder with a name no other test uses.
/// A small tmpfs mounted over a folder (made if need be) for the life of the value: a full or
/// read-only disk for real, not simulated. Needs root, as CI is.
pub struct Mounted(PathBuf);

impl Mounted {
    pub fn tmpfs(folder: &Path, size: &str) -> Mounted {
        std::fs::create_dir_all(folder).unwrap();
        let status = Command::new("mount")
            .args(["-t", "tmpfs", "-o", &format!("size={size}"), "tmpfs"])
            .arg(folder)
            .status()
            .expect("the mount command exists");
        assert!(status.success(), "mounting a small tmpfs needs root");
        Mounted(folder.to_path_buf())
    }
}

impl Drop for Mounted {
    fn drop(&mut self) {
        let _ = Command::new("umount").arg(&self.0).status();
    }
}

/// Every file under `dir`, in its folders too.
pub fn files_under(dir: &Path) -> Vec<PathBuf> {
    let mut found = Vec::new();
    let mut pending = vec![dir.to_path_buf()];
    while let Some(folder) = pending.pop() {
        for entry in std::fs::read_dir(&folder).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() { pending.push(path) } else { found.push(path) }
        }
    }
    found
}

/// The text with each edition (a word of 16 hexadecimal digits, the fingerprint of a press PDF)
/// replaced by `<16-hex-edition>`, as wide as it is, so that a caret under it still lines up: it
/// changes whenever the typesetting does.
pub fn without_editions(text: &str) -> String {
    let mut out = String::new();
    let mut word = String::new();
    for c in text.chars().chain(std::iter::once('\n')) {
        if c.is_alphanumeric() {
            word.push(c);
            continue;
        }
        let is_edition = word.len() == 16 && word.chars().all(|c| c.is_ascii_hexdigit());
        out.push_str(if is_edition { "<16-hex-edition>" } else { &word });
        word.clear();
        out.push(c);
    }
    out.pop();
    out
}

pub fn tempdir() -> TempDir {
    use std::sync::atomic::{AtomicUsize, Ordering};
    static COUNT: AtomicUsize = AtomicUsize::new(0);
    let nanos = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.subsec_nanos());
    let name = format!("kitapsha-test-{}-{}-{nanos}", std::process::id(), COUNT.fetch_add(1, Ordering::Relaxed));
    let path = std::env::temp_dir().join(name);
    std::fs::create_dir_all(&path).unwrap();
    TempDir(path)
}

/// The repository root.
pub fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// "Today" in every test: 2025-02-22, the end of the sample programme. The creation date of
/// every PDF is that day either way, so outputs stay reproducible.
pub const TODAY_EPOCH: &str = "1740182400";
pub const TODAY: &str = "2025-02-22";

/// The ledger of campaign `alpha` in the ledger fixture `tests/fixtures/ledger/basic`.
pub const ALPHA_LEDGER: &str = "booklets/alpha/print-runs.toml";

/// The real binary, run in `dir` with "today" fixed, speaking English whatever the machine's
/// locale (a test of another language sets `KITAPSHA_LANG` again).
pub fn command_in(dir: &Path, args: &[&str]) -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_kitapsha"));
    command
        .args(args)
        .current_dir(dir)
        .env("NO_COLOR", "1")
        .env("SOURCE_DATE_EPOCH", TODAY_EPOCH)
        .env("KITAPSHA_LANG", "en");
    command
}

/// Runs `kitapsha` with `args` in `dir`: a project's folder, or any other (the repository for
/// its samples, an empty folder to see what happens without a project).
pub fn run_in(dir: &Path, args: &[&str]) -> Run {
    Run(command_in(dir, args).output().expect("the kitapsha binary runs"))
}

/// One command of a transcript as a terminal shows it: the command line (an argument with a
/// space in quotes), why it is run, what it printed and how it exited.
pub fn transcript_entry(args: &[&str], situation: &str, output: &Output) -> String {
    let line: Vec<String> =
        args.iter().map(|arg| if arg.contains(' ') { format!("\"{arg}\"") } else { arg.to_string() }).collect();
    format!(
        "$ kitapsha {}  ({situation})\n{}{}exit {}\n\n",
        line.join(" "),
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr),
        output.status.code().unwrap()
    )
}

pub fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

/// What a run of kitapsha printed, and how it exited. Derefs to the process `Output`.
pub struct Run(pub Output);

impl std::ops::Deref for Run {
    type Target = Output;

    fn deref(&self) -> &Output {
        &self.0
    }
}

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

    /// stdout as JSON, after asserting exit code 0.
    pub fn json(&self) -> serde_json::Value {
        let stdout = self.ok();
        serde_json::from_str(&stdout).unwrap_or_else(|e| panic!("not JSON ({e}): {stdout}"))
    }
}

/// Asserts that `value` matches the snapshot `<dir>/<name>.snap` (insta): the expected output
/// sits beside the input it comes from. A mismatch writes `<name>.snap.new` beside it to
/// review; `INSTA_UPDATE=always cargo test` accepts every new output.
pub fn assert_snapshot_in(dir: &Path, name: &str, value: &str) {
    let mut settings = insta::Settings::clone_current();
    settings.set_snapshot_path(dir);
    settings.set_prepend_module_to_snapshot(false);
    settings.set_omit_expression(true);
    settings.bind(|| insta::assert_snapshot!(name, value));
}

/// Runs `check` on every case of `cases` and collects every failure, rather than stopping at the
/// first, so that one run shows (and writes the new snapshots of) all of them.
pub fn each_case(cases: &[PathBuf], check: impl Fn(&Path)) {
    let failures: Vec<String> = cases
        .iter()
        .filter_map(|case| {
            let name = case.file_name().unwrap().to_string_lossy().into_owned();
            std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| check(case))).err().map(|_| name)
        })
        .collect();
    assert!(failures.is_empty(), "cases that failed: {}", failures.join(", "));
}

/// The folders under `tests/fixtures/<kind>`, sorted.
pub fn fixture_cases(kind: &str) -> Vec<PathBuf> {
    let mut cases: Vec<PathBuf> = std::fs::read_dir(repo().join("tests/fixtures").join(kind))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|path| path.is_dir())
        .collect();
    cases.sort();
    cases
}

/// Copies a folder recursively (symbolic links are copied as links).
pub fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        let kind = entry.file_type().unwrap();
        if target.is_file() && !kind.is_dir() {
            std::fs::remove_file(&target).unwrap();
        }
        if kind.is_symlink() {
            std::os::unix::fs::symlink(std::fs::read_link(entry.path()).unwrap(), &target).unwrap();
        } else if kind.is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), &target).unwrap();
        }
    }
}

/// A project for one test, built up like mdBook's `BookTest`: a scratch folder with a
/// `kitapsha.toml`, the campaigns and files the test puts in, and the real binary run in it.
/// Removed with everything in it when dropped.
pub struct TestProject {
    dir: TempDir,
    pub root: PathBuf,
}

impl TestProject {
    /// The test organisation (`tests/fixtures/kitapsha.toml`) and no campaigns.
    pub fn empty() -> TestProject {
        let dir = tempdir();
        std::fs::copy(repo().join("tests/fixtures/kitapsha.toml"), dir.path().join("kitapsha.toml")).unwrap();
        std::fs::create_dir_all(dir.path().join("booklets")).unwrap();
        TestProject { root: dir.path().to_path_buf(), dir }
    }

    /// A project as `kitapsha init` makes it, with its example texts and no campaigns.
    pub fn initialised() -> TestProject {
        let dir = tempdir();
        let run = run_in(dir.path(), &["init", "project"]);
        assert_eq!(run.code(), 0, "{}", run.stderr());
        TestProject { root: dir.path().join("project"), dir }
    }

    /// The test organisation and the given campaign folders, `(id, source folder)`.
    pub fn with_campaigns(campaigns: &[(&str, &Path)]) -> TestProject {
        let project = TestProject::empty();
        for (id, source) in campaigns {
            project.add_campaign(id, source);
        }
        project
    }

    /// A copy of the repository's own project: `kitapsha.toml`, `places.toml` and `booklets/`.
    pub fn samples() -> TestProject {
        let dir = tempdir();
        for file in ["kitapsha.toml", "places.toml"] {
            std::fs::copy(repo().join(file), dir.path().join(file)).unwrap();
        }
        copy_dir(&repo().join("booklets"), &dir.path().join("booklets"));
        TestProject { root: dir.path().to_path_buf(), dir }
    }

    /// A copy of the whole project `tests/fixtures/<path>`.
    pub fn fixture(path: &str) -> TestProject {
        let dir = tempdir();
        copy_dir(&repo().join("tests/fixtures").join(path), dir.path());
        TestProject { root: dir.path().to_path_buf(), dir }
    }

    /// Copies `source` into `booklets/<id>`, over what is there.
    pub fn add_campaign(&self, id: &str, source: &Path) -> &Self {
        copy_dir(source, &self.root.join("booklets").join(id));
        self
    }

    pub fn path(&self) -> &Path {
        self.dir.path()
    }

    /// The real binary, run in the project with "today" fixed.
    pub fn command(&self, args: &[&str]) -> Command {
        command_in(&self.root, args)
    }

    pub fn run(&self, args: &[&str]) -> Run {
        run_in(&self.root, args)
    }

    pub fn read(&self, path: &str) -> String {
        std::fs::read_to_string(self.root.join(path)).unwrap()
    }

    pub fn write(&self, path: &str, text: &str) {
        let path = self.root.join(path);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, text).unwrap();
    }
}

/// The text of each page, in drawing order. Runs on one baseline are joined as they are (Typst
/// writes spaces as glyphs), a new baseline starts a new line, `/ActualText` replaces the glyphs
/// it covers, and form XObjects (pages placed on sheets) are read where they are drawn.
pub fn page_texts(pdf: &Path) -> Vec<String> {
    let document = Document::load(pdf).unwrap();
    document
        .get_pages()
        .values()
        .map(|&page_id| {
            let page = document.get_dictionary(page_id).unwrap();
            let resources = resources_of(&document, page);
            let content = Content::decode(&document.get_page_content(page_id)).unwrap();
            let mut reader = TextReader::default();
            reader.read(&document, &content.operations, resources);
            reader.out
        })
        .collect()
}

fn resources_of<'a>(document: &'a Document, dictionary: &'a Dictionary) -> Option<&'a Dictionary> {
    match dictionary.get(b"Resources") {
        Ok(Object::Reference(id)) => document.get_dictionary(*id).ok(),
        Ok(Object::Dictionary(d)) => Some(d),
        _ => dictionary
            .get(b"Parent")
            .ok()
            .and_then(|p| p.as_reference().ok())
            .and_then(|id| document.get_dictionary(id).ok())
            .and_then(|parent| resources_of(document, parent)),
    }
}

fn sub_dictionary<'a>(document: &'a Document, parent: Option<&'a Dictionary>, key: &[u8]) -> Option<&'a Dictionary> {
    match parent?.get(key).ok()? {
        Object::Reference(id) => document.get_dictionary(*id).ok(),
        Object::Dictionary(d) => Some(d),
        _ => None,
    }
}

pub type Matrix = [f32; 6];
const IDENTITY: Matrix = [1.0, 0.0, 0.0, 1.0, 0.0, 0.0];

fn multiply(m: &Matrix, n: &Matrix) -> Matrix {
    [
        m[0] * n[0] + m[1] * n[2],
        m[0] * n[1] + m[1] * n[3],
        m[2] * n[0] + m[3] * n[2],
        m[2] * n[1] + m[3] * n[3],
        m[4] * n[0] + m[5] * n[2] + n[4],
        m[4] * n[1] + m[5] * n[3] + n[5],
    ]
}

fn matrix_of(operands: &[Object]) -> Matrix {
    let mut m = IDENTITY;
    for (i, operand) in operands.iter().take(6).enumerate() {
        m[i] = operand.as_float().unwrap_or(0.0);
    }
    m
}

/// A run that starts this far right of where the one before it ended, on the same baseline, is
/// in another column (the languages side by side): runs of one line follow each other closely.
const COLUMN_GAP_PT: f32 = 8.0;

/// A font of a page: how its codes map to text, and the advance of each two-byte code (a Type0
/// font's `/W`, in thousandths of the font size), for telling where a run ends.
struct PageFont<'a> {
    encoding: lopdf::Encoding<'a>,
    widths: std::collections::HashMap<u16, f32>,
    default_width: f32,
}

impl PageFont<'_> {
    /// The advance of a shown string, in thousandths of the font size.
    fn advance(&self, bytes: &[u8]) -> f32 {
        bytes
            .chunks(2)
            .map(|code| {
                let cid = u16::from_be_bytes([code[0], *code.get(1).unwrap_or(&0)]);
                self.widths.get(&cid).copied().unwrap_or(self.default_width)
            })
            .sum()
    }
}

fn cid_widths(document: &Document, font: &Dictionary) -> (std::collections::HashMap<u16, f32>, f32) {
    let mut widths = std::collections::HashMap::new();
    let descendant = font
        .get(b"DescendantFonts")
        .ok()
        .and_then(|d| d.as_array().ok())
        .and_then(|d| d.first())
        .and_then(|d| d.as_reference().ok())
        .and_then(|id| document.get_dictionary(id).ok());
    let Some(descendant) = descendant else { return (widths, 1000.0) };
    let default_width = descendant.get(b"DW").ok().and_then(|w| w.as_float().ok()).unwrap_or(1000.0);
    let items = match descendant.get(b"W") {
        Ok(Object::Array(items)) => items.clone(),
        Ok(Object::Reference(id)) => {
            document.get_object(*id).ok().and_then(|o| o.as_array().ok().cloned()).unwrap_or_default()
        }
        _ => Vec::new(),
    };
    let number = |o: &Object| o.as_float().ok().or_else(|| o.as_i64().ok().map(|i| i as f32));
    let mut i = 0;
    while i < items.len() {
        let Some(first) = number(&items[i]) else { break };
        match items.get(i + 1) {
            Some(Object::Array(list)) => {
                for (k, w) in list.iter().enumerate() {
                    widths.insert(first as u16 + k as u16, number(w).unwrap_or(default_width));
                }
                i += 2;
            }
            Some(last) => {
                let (last, w) =
                    (number(last).unwrap_or(first), items.get(i + 2).and_then(number).unwrap_or(default_width));
                for cid in first as u16..=last as u16 {
                    widths.insert(cid, w);
                }
                i += 3;
            }
            None => break,
        }
    }
    (widths, default_width)
}

#[derive(Default)]
struct TextReader {
    out: String,
    last_baseline: Option<(f32, f32)>,
    /// Where the last run shown ended, and the direction its text runs in (a unit vector; a
    /// page placed upside down on a sheet runs right to left).
    run_end: Option<((f32, f32), (f32, f32))>,
    /// Depth of marked content inside an /ActualText span whose text is already written.
    replaced_depth: usize,
}

impl TextReader {
    fn read(&mut self, document: &Document, operations: &[lopdf::content::Operation], resources: Option<&Dictionary>) {
        let fonts = TextReader::fonts_of(document, resources);
        let xobjects = sub_dictionary(document, resources, b"XObject");
        self.read_with(document, operations, &fonts, xobjects, IDENTITY);
    }

    fn read_with(
        &mut self,
        document: &Document,
        operations: &[lopdf::content::Operation],
        fonts: &std::collections::BTreeMap<Vec<u8>, PageFont>,
        xobjects: Option<&Dictionary>,
        base: Matrix,
    ) {
        let mut ctm = base;
        let mut stack = Vec::new();
        let mut text_matrix = IDENTITY;
        let mut font: Option<(&PageFont, f32)> = None;
        for operation in operations {
            let operands = &operation.operands;
            match operation.operator.as_str() {
                "q" => stack.push(ctm),
                "Q" => ctm = stack.pop().unwrap_or(base),
                "cm" => ctm = multiply(&matrix_of(operands), &ctm),
                "BT" => text_matrix = IDENTITY,
                "Tm" => text_matrix = matrix_of(operands),
                "Td" | "TD" => {
                    let shift = [
                        1.0,
                        0.0,
                        0.0,
                        1.0,
                        operands[0].as_float().unwrap_or(0.0),
                        operands[1].as_float().unwrap_or(0.0),
                    ];
                    text_matrix = multiply(&shift, &text_matrix);
                }
                "Tf" => {
                    let size = operands.get(1).and_then(|s| s.as_float().ok()).unwrap_or(0.0);
                    font =
                        operands.first().and_then(|n| n.as_name().ok()).and_then(|n| fonts.get(n)).map(|f| (f, size));
                }
                "BDC" => {
                    if self.replaced_depth > 0 {
                        self.replaced_depth += 1;
                    } else if let Some(text) = operands.get(1).and_then(|p| actual_text(document, p)) {
                        self.position(&multiply(&text_matrix, &ctm));
                        self.out.push_str(&text);
                        self.replaced_depth = 1;
                    }
                }
                "BMC" if self.replaced_depth > 0 => self.replaced_depth += 1,
                "EMC" if self.replaced_depth > 0 => self.replaced_depth -= 1,
                "Tj" | "TJ" | "'" | "\"" if self.replaced_depth == 0 => {
                    let Some((font, size)) = font else { continue };
                    let matrix = multiply(&text_matrix, &ctm);
                    self.position(&matrix);
                    let advance: f32 = operands.iter().map(|operand| self.show(font, operand)).sum();
                    let scale = matrix[0].hypot(matrix[1]);
                    let direction = if scale > 0.0 { (matrix[0] / scale, matrix[1] / scale) } else { (1.0, 0.0) };
                    let length = advance / 1000.0 * size * scale;
                    let end = (matrix[4] + direction.0 * length, matrix[5] + direction.1 * length);
                    self.run_end = Some((end, direction));
                }
                "Do" => {
                    let name = operands.first().and_then(|n| n.as_name().ok());
                    let form = name
                        .and_then(|n| xobjects?.get(n).ok())
                        .and_then(|o| o.as_reference().ok())
                        .and_then(|id| document.get_object(id).ok())
                        .and_then(|o| o.as_stream().ok());
                    if let Some(form) = form
                        .filter(|f| f.dict.get(b"Subtype").and_then(|s| s.as_name()).ok() == Some(b"Form".as_slice()))
                    {
                        let matrix = form
                            .dict
                            .get(b"Matrix")
                            .ok()
                            .and_then(|m| m.as_array().ok())
                            .map_or(IDENTITY, |m| matrix_of(m));
                        let content = form.decompressed_content().unwrap_or_else(|_| form.content.clone());
                        let operations = Content::decode(&content).map(|c| c.operations).unwrap_or_default();
                        let resources = form.dict.get(b"Resources").ok().and_then(|r| match r {
                            Object::Reference(id) => document.get_dictionary(*id).ok(),
                            Object::Dictionary(d) => Some(d),
                            _ => None,
                        });
                        let mut inner = TextReader {
                            out: String::new(),
                            last_baseline: self.last_baseline,
                            run_end: self.run_end,
                            replaced_depth: 0,
                        };
                        let form_fonts = TextReader::fonts_of(document, resources);
                        inner.read_with(
                            document,
                            &operations,
                            &form_fonts,
                            sub_dictionary(document, resources, b"XObject"),
                            multiply(&matrix, &ctm),
                        );
                        self.out.push_str(&inner.out);
                        self.last_baseline = inner.last_baseline;
                        self.run_end = inner.run_end;
                    }
                }
                _ => {}
            }
        }
    }

    fn fonts_of<'a>(
        document: &'a Document,
        resources: Option<&'a Dictionary>,
    ) -> std::collections::BTreeMap<Vec<u8>, PageFont<'a>> {
        sub_dictionary(document, resources, b"Font")
            .map(|fonts| {
                fonts
                    .iter()
                    .filter_map(|(name, font)| {
                        let font = match font {
                            Object::Reference(id) => document.get_dictionary(*id).ok()?,
                            Object::Dictionary(d) => d,
                            _ => return None,
                        };
                        let (widths, default_width) = cid_widths(document, font);
                        let encoding = font.get_font_encoding(document).ok()?;
                        Some((name.clone(), PageFont { encoding, widths, default_width }))
                    })
                    .collect()
            })
            .unwrap_or_default()
    }

    /// Starts a new line when the baseline moved.
    fn position(&mut self, matrix: &Matrix) {
        let here = (matrix[4], matrix[5]);
        if let Some((_, y)) = self.last_baseline {
            if (y - here.1).abs() > 0.5 && !self.out.ends_with('\n') {
                self.out.push('\n');
            } else if self
                .run_end
                .is_some_and(|((x, y), (dx, dy))| (here.0 - x) * dx + (here.1 - y) * dy > COLUMN_GAP_PT)
                && !self.out.ends_with([' ', '\n'])
            {
                self.out.push(' ');
            }
        }
        self.last_baseline = Some(here);
    }

    /// Writes a shown string's text; returns its advance in thousandths of the font size.
    fn show(&mut self, font: &PageFont, operand: &Object) -> f32 {
        match operand {
            Object::String(bytes, _) => {
                let _ = font.encoding.write_to_string(bytes, &mut self.out);
                font.advance(bytes)
            }
            Object::Array(items) => items.iter().map(|item| self.show(font, item)).sum(),
            // A TJ adjustment moves the next glyph left by this many thousandths.
            other => -other.as_float().unwrap_or(0.0),
        }
    }
}

fn actual_text(document: &Document, properties: &Object) -> Option<String> {
    let dictionary = match properties {
        Object::Dictionary(d) => d,
        Object::Reference(id) => document.get_dictionary(*id).ok()?,
        _ => return None,
    };
    match dictionary.get(b"ActualText").ok()? {
        Object::String(bytes, _) => {
            lopdf::decode_text_string(&Object::String(bytes.clone(), lopdf::StringFormat::Hexadecimal)).ok()
        }
        _ => None,
    }
}

pub fn page_count(pdf: &Path) -> usize {
    Document::load(pdf).unwrap().get_pages().len()
}

/// `(base font name, embedded?)` for every font the PDF uses.
pub fn fonts(pdf: &Path) -> Vec<(String, bool)> {
    let document = Document::load(pdf).unwrap();
    let mut fonts = Vec::new();
    for object in document.objects.values() {
        let Ok(dictionary) = object.as_dict() else { continue };
        let is_descriptor =
            dictionary.get(b"Type").ok().and_then(|t| t.as_name().ok()) == Some(b"FontDescriptor".as_slice());
        if !is_descriptor {
            continue;
        }
        let name = dictionary
            .get(b"FontName")
            .ok()
            .and_then(|n| n.as_name().ok())
            .map(|n| String::from_utf8_lossy(n).into_owned())
            .unwrap_or_default();
        let embedded = [b"FontFile".as_slice(), b"FontFile2", b"FontFile3"]
            .iter()
            .any(|key| matches!(dictionary.get(key), Ok(Object::Reference(_))));
        fonts.push((name, embedded));
    }
    fonts.sort();
    fonts
}

/// Text without soft hyphens and with line breaks and runs of spaces folded, so that words
/// split across lines or runs can be found.
pub fn normalise(text: &str) -> String {
    // A line that ends in a hyphen (where kitapsha's text breaks a word: compound hyphens never
    // end a line) or a dash continues the same word or range.
    let joined = text.replace("\u{ad}\n", "").replace("-\n", "").replace("–\n", "–").replace("—\n", "— ");
    let without_hyphens = joined.replace('\u{ad}', "").replace('\u{a0}', " ");
    without_hyphens.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// A form XObject drawn on a page: the transformation it is drawn with and its bounding box.
#[derive(Debug, Clone, Copy)]
pub struct PlacedForm {
    pub ctm: Matrix,
    pub bbox: [f32; 4],
}

impl PlacedForm {
    /// Where the form's box lands on the page: `[left, bottom, right, top]`.
    pub fn on_page(&self) -> [f32; 4] {
        let [x0, y0, x1, y1] = self.bbox;
        let corners = [(x0, y0), (x1, y1)].map(|(x, y)| {
            (self.ctm[0] * x + self.ctm[2] * y + self.ctm[4], self.ctm[1] * x + self.ctm[3] * y + self.ctm[5])
        });
        let (xs, ys) = ([corners[0].0, corners[1].0], [corners[0].1, corners[1].1]);
        [xs[0].min(xs[1]), ys[0].min(ys[1]), xs[0].max(xs[1]), ys[0].max(ys[1])]
    }

    /// Drawn turned by 180°.
    pub fn upside_down(&self) -> bool {
        self.ctm[0] < 0.0 && self.ctm[3] < 0.0
    }
}

/// For every page, each form XObject it draws, in order: where the booklet pages sit on a sheet.
pub fn placed_forms(pdf: &Path) -> Vec<Vec<PlacedForm>> {
    let document = Document::load(pdf).unwrap();
    document
        .get_pages()
        .values()
        .map(|&page_id| {
            let content = Content::decode(&document.get_page_content(page_id)).unwrap();
            let (resources, _) = document.get_page_resources(page_id).unwrap();
            let xobjects = resources.and_then(|r| r.get(b"XObject").ok()).and_then(|x| x.as_dict().ok());
            let mut ctm = IDENTITY;
            let mut stack = Vec::new();
            let mut placed = Vec::new();
            for operation in &content.operations {
                match operation.operator.as_str() {
                    "q" => stack.push(ctm),
                    "Q" => ctm = stack.pop().unwrap_or(IDENTITY),
                    "cm" => ctm = multiply(&matrix_of(&operation.operands), &ctm),
                    "Do" => {
                        let name = operation.operands[0].as_name().unwrap();
                        let form = xobjects
                            .and_then(|x| x.get(name).ok())
                            .and_then(|r| r.as_reference().ok())
                            .and_then(|id| document.get_object(id).ok())
                            .and_then(|o| o.as_stream().ok());
                        let bbox = form.and_then(|f| f.dict.get(b"BBox").ok()).map_or([0.0; 4], rectangle);
                        placed.push(PlacedForm { ctm, bbox });
                    }
                    _ => {}
                }
            }
            placed
        })
        .collect()
}

/// For every page, the horizontal position (points) of each form XObject it draws, in order:
/// where the booklet pages sit on a sheet.
pub fn placed_form_x(pdf: &Path) -> Vec<Vec<f32>> {
    placed_forms(pdf).into_iter().map(|page| page.into_iter().map(|form| form.ctm[4]).collect()).collect()
}

/// The value of a page dictionary entry for each page, e.g. `Rotate` or `TrimBox`.
pub fn page_entries(pdf: &Path, key: &[u8]) -> Vec<Option<Object>> {
    let document = Document::load(pdf).unwrap();
    document.get_pages().values().map(|&id| document.get_dictionary(id).unwrap().get(key).ok().cloned()).collect()
}

/// A box entry as four numbers.
pub fn rectangle(object: &Object) -> [f32; 4] {
    let values: Vec<f32> = object.as_array().unwrap().iter().map(|v| v.as_float().unwrap()).collect();
    values.try_into().unwrap()
}
