//! The layers of `src/`, kept true: every module may use only the modules below it in
//! [`LAYERS`], and no two files use each other, directly or round a longer cycle. The README's
//! development section explains the layers.
//!
//! Uses are read from the source text: `crate::…` paths (with `{…}` groups), `super::…` and
//! `self::…` paths, and a child module used by its name (`wording::sentence`). Inside a module,
//! siblings are named by their own path, not through the parent's re-exports, so that a parent
//! that re-exports its children never closes a cycle.

mod common;

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// The top-level modules, bottom first. A module may use those listed before it.
const LAYERS: &[&str] = &[
    // Foundations: no knowledge of campaigns.
    "lang", "numbers", "messages", "diag", "texts", "latin_kk", "date", "scope", "timing", "parallel", "fsutil",
    "workbook", "tomlfile", "geometry", "colour", // The user's files, read and checked.
    "import", "campaign", "survey", "project", "places", "users", // Stages over checked data.
    "typeset", "press", "ledger", "report", // The pipeline of one campaign, and the operations.
    "build", "cache", "scaffold", "commands", // Front ends.
    "watch", "studio", "cli",
];

type ModulePath = Vec<String>;

struct SourceModule {
    path: ModulePath,
    /// The code without comments, strings and tests.
    code: String,
    children: BTreeSet<String>,
}

fn src() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("src")
}

fn rust_files(dir: &Path) -> Vec<PathBuf> {
    common::files_under(dir).into_iter().filter(|path| path.extension().is_some_and(|e| e == "rs")).collect()
}

fn module_path(file: &Path) -> ModulePath {
    let relative = file.strip_prefix(src()).unwrap().with_extension("");
    let mut path: ModulePath = relative.iter().map(|s| s.to_string_lossy().into_owned()).collect();
    if path.last().is_some_and(|last| last == "mod") {
        path.pop();
    }
    path
}

/// The code with comments and string and character literals blanked out, and everything from
/// the first `#[cfg(test)]` on dropped (tests may use what they like).
fn code_only(text: &str) -> String {
    let text = text.split("#[cfg(test)]").next().unwrap_or("");
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len());
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        let next = chars.get(i + 1).copied();
        if c == '/' && next == Some('/') {
            while i < chars.len() && chars[i] != '\n' {
                i += 1;
            }
        } else if c == '/' && next == Some('*') {
            i += 2;
            while i + 1 < chars.len() && !(chars[i] == '*' && chars[i + 1] == '/') {
                i += 1;
            }
            i += 2;
        } else if c == 'r' && (next == Some('"') || next == Some('#')) && !is_ident(chars.get(i.wrapping_sub(1))) {
            // A raw string: r"…", r#"…"#.
            let mut j = i + 1;
            let mut hashes = 0;
            while chars.get(j) == Some(&'#') {
                hashes += 1;
                j += 1;
            }
            if chars.get(j) != Some(&'"') {
                out.push(c);
                i += 1;
                continue;
            }
            j += 1;
            loop {
                if j >= chars.len() {
                    break;
                }
                if chars[j] == '"' && (0..hashes).all(|k| chars.get(j + 1 + k) == Some(&'#')) {
                    j += 1 + hashes;
                    break;
                }
                j += 1;
            }
            out.push_str("\"\"");
            i = j;
        } else if c == '"' {
            i += 1;
            while i < chars.len() && chars[i] != '"' {
                i += if chars[i] == '\\' { 2 } else { 1 };
            }
            i += 1;
            out.push_str("\"\"");
        } else if c == '\'' && is_char_literal(&chars, i) {
            i += 1;
            while i < chars.len() && chars[i] != '\'' {
                i += if chars[i] == '\\' { 2 } else { 1 };
            }
            i += 1;
            out.push_str("' '");
        } else {
            out.push(c);
            i += 1;
        }
    }
    out
}

fn is_ident(c: Option<&char>) -> bool {
    c.is_some_and(|c| c.is_alphanumeric() || *c == '_')
}

/// `'a'` or `'\n'`, not a lifetime `'a`.
fn is_char_literal(chars: &[char], at: usize) -> bool {
    match chars.get(at + 1) {
        Some('\\') => true,
        Some(_) => chars.get(at + 2) == Some(&'\''),
        None => false,
    }
}

fn declared_children(code: &str) -> BTreeSet<String> {
    code.lines()
        .filter_map(|line| {
            let line = line.trim();
            let rest = line.strip_prefix("pub mod ").or_else(|| line.strip_prefix("mod "))?;
            let name = rest.strip_suffix(';')?;
            Some(name.trim().to_string())
        })
        .collect()
}

/// Reads one path starting at `chars[at]`, expanding `{…}` groups: `a::{b, c::d}` gives
/// `a::b` and `a::c::d`.
fn read_paths(chars: &[char], mut at: usize, prefix: &[String], out: &mut Vec<ModulePath>) -> usize {
    let mut path: ModulePath = prefix.to_vec();
    loop {
        while chars.get(at).is_some_and(|c| c.is_whitespace()) {
            at += 1;
        }
        if chars.get(at) == Some(&'{') {
            at += 1;
            loop {
                while chars.get(at).is_some_and(|c| c.is_whitespace() || *c == ',') {
                    at += 1;
                }
                match chars.get(at) {
                    Some('}') | None => return at + 1,
                    _ => at = read_paths(chars, at, &path, out),
                }
            }
        }
        let start = at;
        while is_ident(chars.get(at)) {
            at += 1;
        }
        if at == start {
            out.push(path);
            return at;
        }
        path.push(chars[start..at].iter().collect());
        if chars.get(at) == Some(&':') && chars.get(at + 1) == Some(&':') {
            at += 2;
        } else {
            out.push(path);
            return at;
        }
    }
}

/// Every module path the code of `module` names.
fn used_paths(module: &SourceModule) -> Vec<ModulePath> {
    let chars: Vec<char> = module.code.chars().collect();
    let mut found = Vec::new();
    let parent: ModulePath = module.path[..module.path.len().saturating_sub(1)].to_vec();
    let mut i = 0;
    while i < chars.len() {
        if is_ident(chars.get(i.wrapping_sub(1))) || (i >= 2 && chars[i - 1] == ':' && chars[i - 2] == ':') {
            i += 1;
            continue;
        }
        let word_end = (i..chars.len()).find(|&j| !is_ident(chars.get(j))).unwrap_or(chars.len());
        let word: String = chars[i..word_end].iter().collect();
        let is_path = chars.get(word_end) == Some(&':') && chars.get(word_end + 1) == Some(&':');
        if word.is_empty() || !is_path {
            i = word_end.max(i + 1);
            continue;
        }
        let base: Option<ModulePath> = match word.as_str() {
            "crate" => Some(Vec::new()),
            "super" => Some(parent.clone()),
            "self" => Some(module.path.clone()),
            child if module.children.contains(child) => {
                let mut base = module.path.clone();
                base.push(child.to_string());
                Some(base)
            }
            _ => None,
        };
        i = match base {
            Some(base) => read_paths(&chars, word_end + 2, &base, &mut found),
            None => word_end,
        };
    }
    found
}

/// The deepest file module on `path`.
fn resolve<'a>(path: &[String], modules: &'a BTreeMap<ModulePath, SourceModule>) -> Option<&'a SourceModule> {
    (1..=path.len()).rev().find_map(|n| modules.get(&path[..n].to_vec()))
}

fn load_modules() -> BTreeMap<ModulePath, SourceModule> {
    rust_files(&src())
        .into_iter()
        .filter(|file| !matches!(file.file_name().and_then(|n| n.to_str()), Some("lib.rs" | "main.rs")))
        .map(|file| {
            let code = code_only(&std::fs::read_to_string(&file).unwrap());
            let children = declared_children(&code);
            let path = module_path(&file);
            (path.clone(), SourceModule { path, code, children })
        })
        .collect()
}

fn edges(modules: &BTreeMap<ModulePath, SourceModule>) -> BTreeMap<ModulePath, BTreeSet<ModulePath>> {
    modules
        .values()
        .map(|module| {
            let targets = used_paths(module)
                .iter()
                .filter_map(|path| resolve(path, modules))
                .map(|target| target.path.clone())
                .filter(|target| target != &module.path)
                .collect();
            (module.path.clone(), targets)
        })
        .collect()
}

fn name(path: &ModulePath) -> String {
    path.join("::")
}

#[test]
fn every_module_uses_only_the_layers_below_it() {
    let modules = load_modules();
    let rank = |path: &ModulePath| LAYERS.iter().position(|layer| *layer == path[0]);
    let mut problems = Vec::new();
    for path in modules.keys() {
        if rank(path).is_none() {
            problems.push(format!("{} is in no layer: add `{}` to LAYERS in tests/layers.rs", name(path), path[0]));
        }
    }
    for (from, targets) in edges(&modules) {
        for to in targets {
            if from[0] != to[0] && rank(&to) >= rank(&from) {
                problems.push(format!("{} uses {}, which is not below it", name(&from), name(&to)));
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn no_two_files_use_each_other() {
    let modules = load_modules();
    let graph = edges(&modules);
    // Depth-first search; a back edge closes a cycle.
    #[derive(Clone, Copy, PartialEq)]
    enum State {
        Open,
        Done,
    }
    fn visit(
        node: &ModulePath,
        graph: &BTreeMap<ModulePath, BTreeSet<ModulePath>>,
        state: &mut BTreeMap<ModulePath, State>,
        stack: &mut Vec<ModulePath>,
        cycles: &mut Vec<String>,
    ) {
        state.insert(node.clone(), State::Open);
        stack.push(node.clone());
        for next in graph.get(node).into_iter().flatten() {
            match state.get(next) {
                Some(State::Open) => {
                    let start = stack.iter().position(|n| n == next).unwrap();
                    let cycle: Vec<String> = stack[start..].iter().chain([next]).map(name).collect();
                    cycles.push(cycle.join(" → "));
                }
                Some(State::Done) => {}
                None => visit(next, graph, state, stack, cycles),
            }
        }
        stack.pop();
        state.insert(node.clone(), State::Done);
    }
    let mut state = BTreeMap::new();
    let mut cycles = Vec::new();
    for node in graph.keys() {
        if !state.contains_key(node) {
            visit(node, &graph, &mut state, &mut Vec::new(), &mut cycles);
        }
    }
    assert!(cycles.is_empty(), "import cycles:\n{}", cycles.join("\n"));
}

#[test]
fn the_reader_finds_uses_in_groups_children_and_super_paths() {
    let module = SourceModule {
        path: vec!["survey".into(), "load".into()],
        code: code_only(
            "use crate::{diag::{Diagnostic, SourceFile}, lang::Lang};\nuse super::csv;\n\
             fn f() { csv::x(); let s = \"crate::project\"; } // crate::press\n",
        ),
        children: BTreeSet::new(),
    };
    let names: BTreeSet<String> = used_paths(&module).iter().map(name).collect();
    let expected: BTreeSet<String> = ["diag::Diagnostic", "diag::SourceFile", "lang::Lang", "survey::csv"]
        .iter()
        .map(std::string::ToString::to_string)
        .collect();
    assert_eq!(names, expected);
}
