//! Diagnostics shared by every loader: `path:line:column: error: message`, the source line,
//! a caret under the offending value and a hint.

use std::fmt;
use std::ops::Range;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use crate::lang::Lang;
use crate::messages::{Message, StoredMessage};
use crate::msg;

/// How bad a diagnostic is. Errors fail the run (exit code 1); warnings do not.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Severity {
    Error,
    Warning,
}

/// A text file as the user wrote it, kept so that byte spans can be turned into lines and columns.
#[derive(Debug, Clone)]
pub struct SourceFile {
    /// The path as it is shown to the user (relative to the project when possible).
    pub path: PathBuf,
    pub text: String,
    /// The byte offset at which each line starts, computed on first use: a file with thousands
    /// of problems must not be scanned from its start for each one.
    line_starts: OnceLock<Vec<usize>>,
}

impl SourceFile {
    pub fn new(path: impl Into<PathBuf>, text: impl Into<String>) -> Self {
        Self { path: path.into(), text: text.into(), line_starts: OnceLock::new() }
    }

    fn line_starts(&self) -> &[usize] {
        self.line_starts
            .get_or_init(|| std::iter::once(0).chain(self.text.match_indices('\n').map(|(i, _)| i + 1)).collect())
    }

    /// Line and column (both 1-based, column counted in characters) of a byte offset.
    pub fn line_column(&self, offset: usize) -> (usize, usize) {
        let offset = floor_char_boundary(&self.text, offset.min(self.text.len()));
        let starts = self.line_starts();
        // The last line that starts at or before the offset.
        let line = starts.partition_point(|&start| start <= offset);
        let column = self.text[starts[line - 1]..offset].chars().count() + 1;
        (line, column)
    }

    fn line_text(&self, line: usize) -> &str {
        let starts = self.line_starts();
        let Some(&start) = starts.get(line - 1) else { return "" };
        let end = starts.get(line).map_or(self.text.len(), |&next| next - 1);
        self.text[start..end].trim_end_matches('\r')
    }
}

fn floor_char_boundary(text: &str, mut offset: usize) -> usize {
    while !text.is_char_boundary(offset) {
        offset -= 1;
    }
    offset
}

/// Where in a file a diagnostic points.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Location {
    pub line: usize,
    /// 1-based; 0 for a whole row of a spreadsheet, shown as `path:row:` without a caret (the
    /// message names the spreadsheet's column).
    pub column: usize,
    /// The whole source line, for display.
    pub line_text: String,
    /// How many characters the caret underlines (at least 1).
    pub width: usize,
}

/// One problem found in the user's files. Its message and hint are worded when it is shown, in
/// the reader's language ([`Diagnostic::render`]).
#[derive(Debug, Clone, PartialEq)]
pub struct Diagnostic {
    pub severity: Severity,
    pub path: PathBuf,
    pub location: Option<Location>,
    pub message: Message,
    pub hint: Option<Message>,
}

impl Diagnostic {
    /// An error at a byte span of a source file.
    pub fn error(file: &SourceFile, span: Range<usize>, message: impl Into<Message>) -> Self {
        Self::at(Severity::Error, file, span, message)
    }

    /// A warning at a byte span of a source file.
    pub fn warning(file: &SourceFile, span: Range<usize>, message: impl Into<Message>) -> Self {
        Self::at(Severity::Warning, file, span, message)
    }

    /// An error about a whole file (one that is missing or cannot be read, say).
    pub fn file_error(path: impl Into<PathBuf>, message: impl Into<Message>) -> Self {
        Self { severity: Severity::Error, path: path.into(), location: None, message: message.into(), hint: None }
    }

    /// A warning about a whole file.
    pub fn file_warning(path: impl Into<PathBuf>, message: impl Into<Message>) -> Self {
        Self { severity: Severity::Warning, ..Self::file_error(path, message) }
    }

    /// An error about row `row` of a spreadsheet (as its program numbers rows), shown with the
    /// row's cells as `line_text` when it has any.
    pub fn at_row(path: impl Into<PathBuf>, row: usize, line_text: String, message: impl Into<Message>) -> Self {
        let location = Some(Location { line: row, column: 0, line_text, width: 0 });
        Self { location, ..Self::file_error(path, message) }
    }

    fn at(severity: Severity, file: &SourceFile, span: Range<usize>, message: impl Into<Message>) -> Self {
        let (line, column) = file.line_column(span.start);
        let line_text = file.line_text(line).to_string();
        // Underline the span, but never past the end of its first line.
        let end = floor_char_boundary(&file.text, span.end.min(file.text.len()));
        let start = floor_char_boundary(&file.text, span.start.min(end));
        let spanned_chars = file.text[start..end].split('\n').next().unwrap_or("").chars().count();
        let room = line_text.chars().count().saturating_sub(column - 1);
        let width = spanned_chars.min(room).max(1);
        Self {
            severity,
            path: file.path.clone(),
            location: Some(Location { line, column, line_text, width }),
            message: message.into(),
            hint: None,
        }
    }

    pub fn with_hint(mut self, hint: impl Into<Message>) -> Self {
        self.hint = Some(hint.into());
        self
    }

    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }

    /// The first line only, in English (for tests and logs): `path:line:column: error: message`.
    pub fn headline(&self) -> String {
        self.headline_in(Lang::En)
    }

    /// The first line only, in `lang`.
    pub fn headline_in(&self, lang: Lang) -> String {
        let severity = match self.severity {
            Severity::Error => msg!("severity-error"),
            Severity::Warning => msg!("severity-warning"),
        }
        .render(lang);
        let message = self.message.render(lang);
        match &self.location {
            Some(at) if at.column == 0 => format!("{}:{}: {severity}: {message}", self.path.display(), at.line),
            Some(at) => format!("{}:{}:{}: {severity}: {message}", self.path.display(), at.line, at.column),
            None => format!("{}: {severity}: {message}", self.path.display()),
        }
    }

    /// The whole diagnostic in `lang`: the headline, the source line with a caret under the
    /// value, and the hint.
    pub fn render(&self, lang: Lang) -> String {
        let mut out = String::new();
        self.write(&mut out, lang).expect("writing to a String cannot fail");
        out
    }

    fn write(&self, f: &mut impl fmt::Write, lang: Lang) -> fmt::Result {
        writeln!(f, "{}", self.headline_in(lang))?;
        if let Some(at) = self.location.as_ref().filter(|at| at.column == 0 && !at.line_text.is_empty()) {
            let number = at.line.to_string();
            let gutter = " ".repeat(number.len());
            writeln!(f, "{gutter} |")?;
            writeln!(f, "{number} | {}", at.line_text)?;
        }
        if let Some(at) = self.location.as_ref().filter(|at| at.column > 0) {
            let number = at.line.to_string();
            let gutter = " ".repeat(number.len());
            writeln!(f, "{gutter} |")?;
            writeln!(f, "{number} | {}", at.line_text)?;
            // Tabs stay tabs so that the caret lines up under them.
            let indent: String =
                at.line_text.chars().take(at.column - 1).map(|c| if c == '\t' { '\t' } else { ' ' }).collect();
            writeln!(f, "{gutter} | {indent}{}", "^".repeat(at.width))?;
        }
        if let Some(hint) = &self.hint {
            writeln!(f, "  = {}: {}", msg!("hint-label").render(lang), hint.render(lang))?;
        }
        Ok(())
    }
}

/// A diagnostic as kept on disk by the build cache, to be shown again when its outputs are
/// reused.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct StoredDiagnostic {
    error: bool,
    path: PathBuf,
    /// Line, column, the line's text and the caret's width.
    location: Option<(usize, usize, String, usize)>,
    message: StoredMessage,
    hint: Option<StoredMessage>,
}

impl Diagnostic {
    pub fn stored(&self) -> StoredDiagnostic {
        StoredDiagnostic {
            error: self.is_error(),
            path: self.path.clone(),
            location: self.location.as_ref().map(|at| (at.line, at.column, at.line_text.clone(), at.width)),
            message: self.message.stored(),
            hint: self.hint.as_ref().map(Message::stored),
        }
    }

    /// `None` when a message is no longer in the catalogue.
    pub fn from_stored(stored: &StoredDiagnostic) -> Option<Diagnostic> {
        Some(Diagnostic {
            severity: if stored.error { Severity::Error } else { Severity::Warning },
            path: stored.path.clone(),
            location: stored.location.clone().map(|(line, column, line_text, width)| Location {
                line,
                column,
                line_text,
                width,
            }),
            message: Message::from_stored(&stored.message)?,
            hint: match &stored.hint {
                Some(hint) => Some(Message::from_stored(hint)?),
                None => None,
            },
        })
    }
}

/// In English, for tests and logs; people see [`Diagnostic::render`] in their language.
impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.write(f, Lang::En)
    }
}

/// Shows a path relative to the project root when it lies inside it.
pub fn display_path(root: &Path, path: &Path) -> PathBuf {
    path.strip_prefix(root).map(Path::to_path_buf).unwrap_or_else(|_| path.to_path_buf())
}

/// The problems a run has found so far, in the order found. Every stage adds to it, and asks
/// it whether the stage failed.
#[derive(Debug, Clone, Default)]
pub struct Diagnostics {
    list: Vec<Diagnostic>,
    errors: usize,
}

/// A point in a run, to ask later whether errors were found after it.
#[derive(Debug, Clone, Copy)]
pub struct Checkpoint {
    len: usize,
    errors: usize,
}

impl Diagnostics {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn push(&mut self, diagnostic: Diagnostic) {
        self.errors += usize::from(diagnostic.is_error());
        self.list.push(diagnostic);
    }

    pub fn checkpoint(&self) -> Checkpoint {
        Checkpoint { len: self.list.len(), errors: self.errors }
    }

    /// Everything found after `checkpoint`, errors and warnings.
    pub fn since(&self, checkpoint: Checkpoint) -> &[Diagnostic] {
        &self.list[checkpoint.len..]
    }

    /// True when an error was found after `checkpoint`: the stage begun there failed.
    pub fn failed_since(&self, checkpoint: Checkpoint) -> bool {
        self.errors > checkpoint.errors
    }

    /// The diagnostics found after `checkpoint`, to put them in order.
    pub fn since_mut(&mut self, checkpoint: Checkpoint) -> &mut [Diagnostic] {
        &mut self.list[checkpoint.len..]
    }

    pub fn has_errors(&self) -> bool {
        self.errors > 0
    }

    pub fn error_count(&self) -> usize {
        self.errors
    }

    pub fn warning_count(&self) -> usize {
        self.list.len() - self.errors
    }

    pub fn into_vec(self) -> Vec<Diagnostic> {
        self.list
    }
}

impl std::ops::Deref for Diagnostics {
    type Target = [Diagnostic];

    fn deref(&self) -> &[Diagnostic] {
        &self.list
    }
}

impl Extend<Diagnostic> for Diagnostics {
    fn extend<I: IntoIterator<Item = Diagnostic>>(&mut self, items: I) {
        for diagnostic in items {
            self.push(diagnostic);
        }
    }
}

impl FromIterator<Diagnostic> for Diagnostics {
    fn from_iter<I: IntoIterator<Item = Diagnostic>>(items: I) -> Self {
        let mut diagnostics = Diagnostics::new();
        diagnostics.extend(items);
        diagnostics
    }
}

impl IntoIterator for Diagnostics {
    type Item = Diagnostic;
    type IntoIter = std::vec::IntoIter<Diagnostic>;

    fn into_iter(self) -> Self::IntoIter {
        self.list.into_iter()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn columns_count_characters_not_bytes() {
        let file = SourceFile::new("c.toml", "a = 1\ntitle = \"Қазақ\"  x\n");
        let offset = file.text.find('x').unwrap();
        assert_eq!(file.line_column(offset), (2, 18));
    }

    #[test]
    fn lines_are_found_at_the_start_the_end_and_after_crlf() {
        let file = SourceFile::new("c.toml", "a\r\nbc\n\nd");
        assert_eq!(file.line_column(0), (1, 1));
        assert_eq!(file.line_column(3), (2, 1));
        assert_eq!(file.line_column(5), (2, 3));
        assert_eq!(file.line_column(6), (3, 1));
        assert_eq!(file.line_column(7), (4, 1));
        assert_eq!(file.line_column(99), (4, 2));
        assert_eq!([file.line_text(1), file.line_text(2), file.line_text(3), file.line_text(4)], ["a", "bc", "", "d"]);
    }

    #[test]
    fn renders_caret_under_the_span() {
        let file = SourceFile::new("c.toml", "[booklet]\nformat = \"a3\"\n");
        let start = file.text.find("\"a3\"").unwrap();
        let diagnostic =
            Diagnostic::error(&file, start..start + 4, msg!("toml-unknown-value", key = "format", value = "a3"))
                .with_hint(msg!("toml-unknown-value-hint", key = "format", allowed = "a5, a6, a4-trifold"));
        assert_eq!(
            diagnostic.to_string(),
            "c.toml:2:10: error: unknown `format` value \"a3\"\n  |\n2 | format = \"a3\"\n  |          ^^^^\n  = hint: `format` is one of: a5, a6, a4-trifold\n"
        );
    }
}
