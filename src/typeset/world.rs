//! The Typst World of kitapsha: it serves the templates compiled into the binary, the shipped
//! fonts, and exactly the files the tool hands it (data and images). Nothing else is readable:
//! no file system, no packages, no clock.

use std::collections::HashMap;
use std::sync::{LazyLock, Mutex, PoisonError};

use typst::diag::{FileError, FileResult, PackageError};
use typst::foundations::{Bytes, Datetime, Duration};
use typst::syntax::{FileId, RootedPath, Source, VirtualPath, VirtualRoot};
use typst::text::{Font, FontBook};
use typst::utils::LazyHash;
use typst::{Library, LibraryExt, World};

use crate::date::Date;
use crate::typeset::fonts;

/// Templates shared by every document.
pub const SHARED_TEMPLATES: [(&str, &str); 2] =
    [("/common.typ", include_str!("common.typ")), ("/pieces.typ", include_str!("pieces.typ"))];

/// Typst's standard library, the same for every document. Built once: building it is quick,
/// but every compilation hashes the library it is given (about half a millisecond).
static LIBRARY: LazyLock<LazyHash<Library>> = LazyLock::new(|| LazyHash::new(Library::builder().build()));

/// The templates as Typst parsed them, by path and text: a build compiles the same few templates
/// dozens of times, and parsing them took about a millisecond each time.
static PARSED: LazyLock<Mutex<HashMap<(FileId, u128), Source>>> = LazyLock::new(Mutex::default);
/// More templates than kitapsha has; a test's own sources may come and go past it.
const PARSED_KEPT: usize = 32;

/// `text` parsed as the file `id`, from [`PARSED`] when it was parsed before.
fn parsed(id: FileId, text: &str) -> Source {
    let key = (id, typst::utils::hash128(text));
    let mut parsed = PARSED.lock().unwrap_or_else(PoisonError::into_inner);
    if parsed.len() >= PARSED_KEPT && !parsed.contains_key(&key) {
        parsed.clear();
    }
    parsed.entry(key).or_insert_with(|| Source::new(id, text.to_string())).clone()
}

/// The files one compilation may read, by their path inside the virtual project.
pub struct DocumentWorld {
    main: FileId,
    sources: HashMap<FileId, Source>,
    files: HashMap<FileId, Bytes>,
    today: Date,
}

impl DocumentWorld {
    /// A world whose main file is `template` and which serves `files` (path → bytes).
    pub fn new(template: &str, files: Vec<(String, Bytes)>, today: Date) -> Self {
        let main = file_id("/main.typ");
        let mut sources = HashMap::new();
        sources.insert(main, parsed(main, template));
        for (path, text) in SHARED_TEMPLATES {
            let id = file_id(path);
            sources.insert(id, parsed(id, text));
        }
        let files = files.into_iter().map(|(path, bytes)| (file_id(&path), bytes)).collect();
        Self { main, sources, files, today }
    }

    /// The source text of a template, for turning a span into a line in error messages.
    pub fn source_of(&self, id: FileId) -> Option<&Source> {
        self.sources.get(&id)
    }
}

/// The id of a file in the virtual project root.
pub fn file_id(path: &str) -> FileId {
    let vpath = VirtualPath::new(path).expect("kitapsha's own virtual paths are valid");
    RootedPath::new(VirtualRoot::Project, vpath).intern()
}

impl World for DocumentWorld {
    fn library(&self) -> &LazyHash<Library> {
        &LIBRARY
    }

    fn book(&self) -> &LazyHash<FontBook> {
        &fonts::shipped().book
    }

    fn main(&self) -> FileId {
        self.main
    }

    fn source(&self, id: FileId) -> FileResult<Source> {
        self.sources.get(&id).cloned().ok_or_else(|| not_served(id))
    }

    fn file(&self, id: FileId) -> FileResult<Bytes> {
        if let Some(source) = self.sources.get(&id) {
            return Ok(Bytes::from_string(source.clone()));
        }
        self.files.get(&id).cloned().ok_or_else(|| not_served(id))
    }

    fn font(&self, index: usize) -> Option<Font> {
        fonts::shipped().fonts.get(index).cloned()
    }

    fn today(&self, _offset: Option<Duration>) -> Option<Datetime> {
        Datetime::from_ymd(self.today.year, self.today.month, self.today.day)
    }
}

fn not_served(id: FileId) -> FileError {
    match id.get().root() {
        // Packages would come from the network or a cache outside the project: none is served.
        VirtualRoot::Package(spec) => FileError::Package(PackageError::NotFound(spec.clone())),
        VirtualRoot::Project => FileError::NotFound(id.vpath().get_without_slash().into()),
    }
}

#[cfg(test)]
mod tests {
    use std::path::Path;

    use super::*;
    use crate::typeset::compile;

    fn compile_errors(template: &str) -> Vec<String> {
        let served = vec![("/data.json".to_string(), Bytes::new(b"{\"x\": 1}".to_vec()))];
        let today = Date::new(2025, 2, 22).unwrap();
        match compile::compile(template, served, today, Path::new("t.toml")) {
            Ok(_) => Vec::new(),
            Err(problems) => problems.iter().map(|d| d.message.render(crate::lang::Lang::En)).collect(),
        }
    }

    #[test]
    fn a_served_file_is_readable() {
        assert_eq!(compile_errors("#read(\"/data.json\")"), Vec::<String>::new());
    }

    #[test]
    fn templates_cannot_read_the_file_system_or_packages() {
        for (template, expected) in [
            ("#read(\"/etc/passwd\")", "file not found (searched at etc/passwd)"),
            ("#image(\"/etc/passwd\")", "file not found (searched at etc/passwd)"),
            ("#read(\"../x\")", "would escape the project root"),
            ("#import \"@preview/cetz:0.3.4\": *", "package not found (searched for @preview/cetz:0.3.4)"),
        ] {
            let errors = compile_errors(template);
            assert!(errors.iter().any(|e| e.contains(expected)), "{template}: {errors:?}");
        }
    }
}
