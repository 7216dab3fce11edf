//! Answers counted from a KoboToolbox or ODK CSV export, read as a stream.
//!
//! What such exports look like in the field: comma- or semicolon-separated (Excel in a Russian
//! locale writes semicolons), UTF-8 with or without a byte-order mark, quoted fields that may
//! hold the separator or line breaks, and column names such as `group_x/q3` (the question `q3`
//! inside the group `group_x`). A column is found by its full name or by the part after the last
//! `/`. Answers are compared after trimming and ignoring case; a blank answer is missing, never
//! "no". The file is read one record at a time, so memory stays bounded whatever its size, and
//! files beyond [`MAX_FILE_BYTES`] or [`MAX_ROWS`] are refused with a diagnostic.

use std::collections::{BTreeMap, BTreeSet};
use std::fs::File;
use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};

use crate::diag::{Diagnostic, Location, Severity};
use crate::fsutil::io_problem;
use crate::messages::Message;
use crate::msg;

/// Survey exports are a few megabytes; anything much larger is probably the wrong file.
pub const MAX_FILE_BYTES: u64 = 64 * 1024 * 1024;
/// Far more respondents than any district survey has.
pub const MAX_ROWS: u64 = 200_000;
/// Stop listing problems in one file after this many; the user fixes those first.
const MAX_PROBLEMS: usize = 10;
/// How many distinct "not aware" answers are kept, to show when nothing matched `aware-if`.
const KEPT_OTHER_ANSWERS: usize = 12;

/// What one column of a CSV export says.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Tally {
    /// Rows with an answer in the column.
    pub respondents: u64,
    /// Rows whose answer is one of `aware-if`.
    pub aware: u64,
    /// Rows with a blank answer: not counted as respondents.
    pub missing: u64,
    /// The header name of the column used.
    pub column: String,
    /// A few of the answers that did not match `aware-if`, as written (for a hint).
    pub other_answers: Vec<String>,
    /// The answers broken down by each group column asked for, in the order asked.
    pub groups: Vec<GroupTally>,
}

/// The question's answers counted separately for each value of one group column (`group/sex`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GroupTally {
    /// The header name of the group column.
    pub column: String,
    /// Per value, compared as answers are (trimmed, any case): the value as first written,
    /// the respondents with that value, and those of them aware.
    pub values: BTreeMap<String, GroupCounts>,
    /// Respondents who answered the question but left the group column blank.
    pub blank: u64,
}

#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct GroupCounts {
    pub written: String,
    pub respondents: u64,
    pub aware: u64,
}

/// Why a column could not be counted.
#[derive(Debug, Clone, PartialEq)]
pub enum CsvError {
    /// No column has this name; the header's columns, in file order.
    NoSuchColumn(Vec<String>),
    /// The short name matches several columns; their full names.
    AmbiguousColumn(Vec<String>),
    /// Problems in the file itself, each at its own line and column.
    File(Vec<Diagnostic>),
    /// Group column number `group` (of those asked for) is not in the file; the header's columns.
    NoSuchGroupColumn { group: usize, columns: Vec<String> },
    /// Group column number `group` matches several columns; their full names.
    AmbiguousGroupColumn { group: usize, columns: Vec<String> },
}

/// Counts the answers in `column` of the CSV file at `path` (shown to the user as `shown`), in
/// all and for each value of each of the `groups` columns.
pub fn tally(
    path: &Path,
    shown: &Path,
    column: &str,
    aware_if: &[String],
    groups: &[String],
) -> Result<Tally, CsvError> {
    let file_error =
        |message: Message, hint: Message| CsvError::File(vec![Diagnostic::file_error(shown, message).with_hint(hint)]);
    let cannot_read = |error: std::io::Error| {
        file_error(msg!("file-cannot-read", reason = io_problem(&error)), msg!("csv-cannot-read-hint"))
    };
    let size = std::fs::metadata(path).map(|m| m.len()).map_err(cannot_read)?;
    if size > MAX_FILE_BYTES {
        return Err(file_error(
            msg!("csv-too-large", size = size.div_ceil(1 << 20), max = MAX_FILE_BYTES >> 20),
            msg!("csv-too-large-hint"),
        ));
    }
    let file = File::open(path).map_err(cannot_read)?;
    tally_groups_reader(BufReader::new(file), shown, column, aware_if, groups)
}

/// Counts the answers in `column` of CSV text read from `input` (shown to the user as `shown`):
/// what [`tally`] does once the file is open and its size checked. Public so that the fuzz
/// target and tests can hand it any bytes.
pub fn tally_reader(input: impl BufRead, shown: &Path, column: &str, aware_if: &[String]) -> Result<Tally, CsvError> {
    tally_groups_reader(input, shown, column, aware_if, &[])
}

/// [`tally_reader`] with the answers also broken down by the `groups` columns.
pub fn tally_groups_reader(
    input: impl BufRead,
    shown: &Path,
    column: &str,
    aware_if: &[String],
    groups: &[String],
) -> Result<Tally, CsvError> {
    let mut reader = RecordReader::new(input, shown.to_path_buf());
    let header = match reader.header() {
        Ok(Some(header)) => header,
        Ok(None) => {
            let problem = Diagnostic::file_error(shown, msg!("csv-empty")).with_hint(msg!("csv-empty-hint"));
            return Err(CsvError::File(vec![problem]));
        }
        Err(problem) => return Err(CsvError::File(vec![*problem])),
    };
    let index = find_column(&header, column)?;
    let mut group_indexes = Vec::new();
    for (group, name) in groups.iter().enumerate() {
        match find_column(&header, name) {
            Ok(found) => group_indexes.push(found),
            Err(CsvError::NoSuchColumn(columns)) => return Err(CsvError::NoSuchGroupColumn { group, columns }),
            Err(CsvError::AmbiguousColumn(columns)) => return Err(CsvError::AmbiguousGroupColumn { group, columns }),
            Err(other) => return Err(other),
        }
    }
    let wanted: BTreeSet<String> = aware_if.iter().map(|answer| normalise(answer)).collect();
    let mut tally = Tally {
        respondents: 0,
        aware: 0,
        missing: 0,
        column: header[index].clone(),
        other_answers: Vec::new(),
        groups: group_indexes
            .iter()
            .map(|&i| GroupTally { column: header[i].clone(), values: BTreeMap::new(), blank: 0 })
            .collect(),
    };
    let mut problems = Vec::new();
    let mut rows: u64 = 0;
    loop {
        let record = match reader.next_record() {
            Ok(Some(record)) => record,
            Ok(None) => break,
            Err(problem) => {
                problems.push(*problem);
                break;
            }
        };
        rows += 1;
        if rows > MAX_ROWS {
            problems.push(reader.problem_at(
                &record,
                0,
                msg!("csv-too-many-rows", max = MAX_ROWS),
                msg!("csv-too-many-rows-hint"),
            ));
            break;
        }
        if record.fields.len() != header.len() {
            problems.push(reader.problem_at(
                &record,
                0,
                msg!("csv-ragged-row", fields = record.fields.len(), header = header.len()),
                msg!("csv-ragged-row-hint"),
            ));
        } else {
            match std::str::from_utf8(&record.fields[index].bytes) {
                Ok(answer) => {
                    // A group value that is not UTF-8 counts as blank; the answer itself decides.
                    let values: Vec<&str> = group_indexes
                        .iter()
                        .map(|&i| std::str::from_utf8(&record.fields[i].bytes).unwrap_or(""))
                        .collect();
                    count(&mut tally, answer, &values, &wanted);
                }
                Err(_) => {
                    problems.push(reader.problem_at(
                        &record,
                        index,
                        msg!("csv-answer-not-utf8"),
                        msg!("csv-utf8-hint"),
                    ));
                }
            }
        }
        if problems.len() >= MAX_PROBLEMS {
            break;
        }
    }
    if problems.is_empty() { Ok(tally) } else { Err(CsvError::File(problems)) }
}

fn count(tally: &mut Tally, answer: &str, group_values: &[&str], wanted: &BTreeSet<String>) {
    let normalised = normalise(answer);
    if normalised.is_empty() {
        tally.missing += 1;
        return;
    }
    tally.respondents += 1;
    let aware = wanted.contains(&normalised);
    for (group, value) in tally.groups.iter_mut().zip(group_values) {
        let key = normalise(value);
        if key.is_empty() {
            group.blank += 1;
            continue;
        }
        let counts = group
            .values
            .entry(key)
            .or_insert_with(|| GroupCounts { written: value.trim().to_string(), ..GroupCounts::default() });
        counts.respondents += 1;
        counts.aware += u64::from(aware);
    }
    if aware {
        tally.aware += 1;
    } else if tally.other_answers.len() < KEPT_OTHER_ANSWERS
        && !tally.other_answers.iter().any(|a| normalise(a) == normalised)
    {
        tally.other_answers.push(answer.trim().to_string());
    }
}

/// Answers match after trimming and ignoring case: " Иә" is "иә".
pub fn normalise(answer: &str) -> String {
    answer.trim().to_lowercase()
}

/// The column named `wanted`: the header with that exact name, or else the one whose name after
/// the last `/` is `wanted` (`q3` finds `group_x/q3`).
fn find_column(header: &[String], wanted: &str) -> Result<usize, CsvError> {
    let wanted = wanted.trim();
    let exact: Vec<usize> = (0..header.len()).filter(|&i| header[i] == wanted).collect();
    let by_short_name: Vec<usize> =
        (0..header.len()).filter(|&i| header[i].rsplit('/').next() == Some(wanted)).collect();
    let found = if exact.is_empty() { by_short_name } else { exact };
    match found.as_slice() {
        [index] => Ok(*index),
        [] => Err(CsvError::NoSuchColumn(header.to_vec())),
        several => Err(CsvError::AmbiguousColumn(several.iter().map(|&i| header[i].clone()).collect())),
    }
}

/// One field and where it starts: the physical line (1-based) and the byte offset in that line.
#[derive(Debug)]
struct Field {
    bytes: Vec<u8>,
    line: usize,
    offset: usize,
}

/// One record: its fields and the physical lines it spans, kept for diagnostics.
#[derive(Debug)]
struct Record {
    fields: Vec<Field>,
    first_line: usize,
    lines: Vec<Vec<u8>>,
}

/// An RFC 4180 reader over physical lines: quoted fields may hold the separator, `""` and
/// line breaks.
struct RecordReader<R> {
    input: R,
    shown: PathBuf,
    delimiter: u8,
    /// Physical lines read so far.
    line: usize,
}

impl<R: BufRead> RecordReader<R> {
    fn new(input: R, shown: PathBuf) -> Self {
        Self { input, shown, delimiter: b',', line: 0 }
    }

    /// Reads the header, choosing the separator from it. `None` for an empty file.
    fn header(&mut self) -> Result<Option<Vec<String>>, Box<Diagnostic>> {
        let Some(mut first) = self.read_line()? else { return Ok(None) };
        if first.starts_with(&[0xFF, 0xFE]) || first.starts_with(&[0xFE, 0xFF]) {
            return Err(Box::new(self.problem(1, &first, 0, msg!("csv-utf16"), msg!("csv-utf8-hint"))));
        }
        if first.starts_with(&[0xEF, 0xBB, 0xBF]) {
            first.drain(..3);
        }
        self.delimiter = guess_delimiter(&first);
        let Some(record) = self.record_from(first)? else { return Ok(None) };
        let mut names = Vec::new();
        for (index, field) in record.fields.iter().enumerate() {
            match std::str::from_utf8(&field.bytes) {
                Ok(name) => names.push(name.trim().to_string()),
                Err(_) => {
                    return Err(Box::new(self.problem_at(
                        &record,
                        index,
                        msg!("csv-header-not-utf8"),
                        msg!("csv-utf8-hint"),
                    )));
                }
            }
        }
        Ok(Some(names))
    }

    /// The next non-blank record, or `None` at the end of the file.
    fn next_record(&mut self) -> Result<Option<Record>, Box<Diagnostic>> {
        loop {
            let Some(line) = self.read_line()? else { return Ok(None) };
            // A tab is whitespace, but in a tab-separated file it separates blank answers.
            if line.iter().all(|&b| b.is_ascii_whitespace() && b != self.delimiter) {
                continue;
            }
            return self.record_from(line);
        }
    }

    /// Parses a record that starts with the physical line `first`, reading more lines while a
    /// quoted field is open.
    fn record_from(&mut self, first: Vec<u8>) -> Result<Option<Record>, Box<Diagnostic>> {
        let first_line = self.line;
        let mut lines = vec![first];
        let mut fields = Vec::new();
        let mut field = Vec::new();
        let mut field_start = (first_line, 0);
        let mut in_quotes = false;
        let mut at_field_start = true;
        loop {
            let line_number = first_line + lines.len() - 1;
            let current = lines.last().expect("at least one line").clone();
            let content = strip_line_end(&current);
            let mut i = 0;
            while i < content.len() {
                let byte = content[i];
                if in_quotes {
                    if byte == b'"' {
                        if content.get(i + 1) == Some(&b'"') {
                            field.push(b'"');
                            i += 1;
                        } else {
                            in_quotes = false;
                        }
                    } else {
                        field.push(byte);
                    }
                } else if byte == self.delimiter {
                    fields.push(Field {
                        bytes: std::mem::take(&mut field),
                        line: field_start.0,
                        offset: field_start.1,
                    });
                    field_start = (line_number, i + 1);
                    at_field_start = true;
                    i += 1;
                    continue;
                } else if byte == b'"' && at_field_start {
                    in_quotes = true;
                } else {
                    field.push(byte);
                }
                at_field_start = false;
                i += 1;
            }
            if !in_quotes {
                break;
            }
            // A line break inside quotes belongs to the answer.
            field.extend_from_slice(&current[content.len()..]);
            match self.read_line()? {
                Some(next) => lines.push(next),
                None => {
                    let record = Record { fields: Vec::new(), first_line, lines };
                    let at = field_start;
                    let text = record.lines[at.0 - first_line].clone();
                    return Err(Box::new(self.problem(
                        at.0,
                        &text,
                        at.1,
                        msg!("csv-unclosed-quote"),
                        msg!("csv-unclosed-quote-hint"),
                    )));
                }
            }
        }
        fields.push(Field { bytes: field, line: field_start.0, offset: field_start.1 });
        Ok(Some(Record { fields, first_line, lines }))
    }

    fn read_line(&mut self) -> Result<Option<Vec<u8>>, Box<Diagnostic>> {
        let mut line = Vec::new();
        match self.input.read_until(b'\n', &mut line) {
            Ok(0) => Ok(None),
            Ok(_) => {
                self.line += 1;
                Ok(Some(line))
            }
            Err(error) => Err(Box::new(
                Diagnostic::file_error(&self.shown, msg!("file-cannot-read", reason = io_problem(&error)))
                    .with_hint(msg!("csv-cannot-read-hint")),
            )),
        }
    }

    /// A diagnostic at the start of field `index` of `record` (or of the record when the
    /// field does not exist).
    fn problem_at(&self, record: &Record, index: usize, message: Message, hint: Message) -> Diagnostic {
        let (line, offset) = record.fields.get(index).map_or((record.first_line, 0), |f| (f.line, f.offset));
        let text = &record.lines[line - record.first_line];
        self.problem(line, text, offset, message, hint)
    }

    fn problem(&self, line: usize, text: &[u8], offset: usize, message: Message, hint: Message) -> Diagnostic {
        let shown_text = String::from_utf8_lossy(strip_line_end(text)).into_owned();
        let prefix = String::from_utf8_lossy(&text[..offset.min(text.len())]);
        let column = prefix.trim_start_matches('\u{feff}').chars().count() + 1;
        let shown_text = shown_text.trim_start_matches('\u{feff}').to_string();
        Diagnostic {
            severity: Severity::Error,
            path: self.shown.clone(),
            location: Some(Location { line, column, line_text: shown_text, width: 1 }),
            message,
            hint: Some(hint),
        }
    }
}

/// One row of a CSV file read as text, for other spreadsheets than survey exports (a
/// volunteer's hand-out sheet): its number as a spreadsheet program shows it (a quoted line
/// break does not start a new row, a blank line does), its cells, and its first line as written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TextRow {
    pub row: usize,
    pub cells: Vec<String>,
    pub line_text: String,
}

/// The header and the non-blank rows of CSV text, read with the same tolerance as survey
/// exports (comma, semicolon or tab; a byte-order mark; quotes). Every cell must be UTF-8.
pub fn text_rows(input: impl BufRead, shown: &Path) -> Result<Vec<TextRow>, Box<Diagnostic>> {
    let mut reader = RecordReader::new(input, shown.to_path_buf());
    let Some(header) = reader.header()? else { return Ok(Vec::new()) };
    let line_text = header.join(&char::from(reader.delimiter).to_string());
    let mut rows = vec![TextRow { row: 1, cells: header, line_text }];
    // Physical lines that quoted line breaks added: they are no rows of their own.
    let mut joined_lines = reader.line.saturating_sub(1);
    while let Some(record) = reader.next_record()? {
        if rows.len() as u64 > MAX_ROWS {
            return Err(Box::new(reader.problem_at(
                &record,
                0,
                msg!("csv-too-many-rows", max = MAX_ROWS),
                msg!("csv-too-many-rows-hint"),
            )));
        }
        let mut cells = Vec::new();
        for (index, field) in record.fields.iter().enumerate() {
            match String::from_utf8(field.bytes.clone()) {
                Ok(cell) => cells.push(cell),
                Err(_) => {
                    return Err(Box::new(reader.problem_at(
                        &record,
                        index,
                        msg!("csv-answer-not-utf8"),
                        msg!("csv-utf8-hint"),
                    )));
                }
            }
        }
        let line_text = String::from_utf8_lossy(strip_line_end(&record.lines[0])).into_owned();
        rows.push(TextRow { row: record.first_line - joined_lines, cells, line_text });
        joined_lines += record.lines.len() - 1;
    }
    Ok(rows)
}

fn strip_line_end(line: &[u8]) -> &[u8] {
    let line = line.strip_suffix(b"\n").unwrap_or(line);
    line.strip_suffix(b"\r").unwrap_or(line)
}

/// The separator used most often outside quotes in the header line: `,`, `;` or a tab.
fn guess_delimiter(header: &[u8]) -> u8 {
    let mut counts = [(b',', 0usize), (b';', 0), (b'\t', 0)];
    let mut in_quotes = false;
    for &byte in header {
        if byte == b'"' {
            in_quotes = !in_quotes;
        } else if !in_quotes && let Some(entry) = counts.iter_mut().find(|(d, _)| *d == byte) {
            entry.1 += 1;
        }
    }
    // The first of the most frequent wins, so a header with no separator at all reads as commas.
    counts.iter().fold((b',', 0), |best, &(d, n)| if n > best.1 { (d, n) } else { best }).0
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io;

    fn write(name: &str, bytes: &[u8]) -> PathBuf {
        let dir = std::env::temp_dir().join(format!("kitapsha-csv-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let path = dir.join(name);
        std::fs::write(&path, bytes).unwrap();
        path
    }

    fn tally_of(name: &str, bytes: &[u8], column: &str) -> Result<Tally, CsvError> {
        let path = write(name, bytes);
        let aware_if = ["иә".to_string(), "да".to_string(), "yes".to_string()];
        tally(&path, Path::new(name), column, &aware_if, &[])
    }

    fn first_message(result: Result<Tally, CsvError>) -> String {
        match result {
            Err(CsvError::File(problems)) => problems[0].to_string(),
            other => panic!("expected a file problem, got {other:?}"),
        }
    }

    #[test]
    fn semicolons_bom_and_group_names_are_understood() {
        let text = "\u{feff}start;group_x/q3;group_x/q4\r\n2024-09-10;Иә;x\r\n2024-09-10; да ;y\r\n2024-09-10;Жоқ;z\r\n2024-09-11;;z\r\n";
        let tally = tally_of("bom.csv", text.as_bytes(), "q3").unwrap();
        assert_eq!((tally.respondents, tally.aware, tally.missing), (3, 2, 1));
        assert_eq!(tally.column, "group_x/q3");
        assert_eq!(tally.other_answers, vec!["Жоқ".to_string()]);
    }

    #[test]
    fn full_column_names_and_commas_work_without_bom() {
        let text = "q3,group_x/q3\nyes,no\nno,no\n";
        let tally = tally_of("comma.csv", text.as_bytes(), "group_x/q3").unwrap();
        assert_eq!((tally.respondents, tally.aware), (2, 0));
        // The exact name wins over the short name of another column.
        let tally = tally_of("comma.csv", text.as_bytes(), "q3").unwrap();
        assert_eq!((tally.respondents, tally.aware), (2, 1));
    }

    #[test]
    fn quoted_fields_may_hold_separators_quotes_and_line_breaks() {
        let text = "comment;q3\n\"a; b \"\"quoted\"\"\nsecond line\";да\nplain;нет\n";
        let tally = tally_of("quoted.csv", text.as_bytes(), "q3").unwrap();
        assert_eq!((tally.respondents, tally.aware), (2, 1));
    }

    #[test]
    fn blank_lines_are_skipped_and_blank_answers_are_missing() {
        let text = "q3\nда\n\n   \nнет\n\"\"\n";
        let tally = tally_of("blank.csv", text.as_bytes(), "q3").unwrap();
        assert_eq!((tally.respondents, tally.aware, tally.missing), (2, 1, 1));
    }

    #[test]
    fn a_tab_separated_row_of_blank_answers_is_missing_not_skipped() {
        let text = "id\tq3\n1\tда\n \t \n";
        let tally = tally_of("tabs.csv", text.as_bytes(), "q3").unwrap();
        assert_eq!((tally.respondents, tally.aware, tally.missing), (1, 1, 1));
    }

    #[test]
    fn a_short_name_shared_by_two_groups_is_ambiguous() {
        let text = "a/q3;b/q3\nда;да\n";
        assert_eq!(
            tally_of("ambiguous.csv", text.as_bytes(), "q3"),
            Err(CsvError::AmbiguousColumn(vec!["a/q3".to_string(), "b/q3".to_string()]))
        );
    }

    #[test]
    fn a_missing_column_returns_the_columns_that_exist() {
        let text = "start;group_x/q3\n";
        assert_eq!(
            tally_of("columns.csv", text.as_bytes(), "q9"),
            Err(CsvError::NoSuchColumn(vec!["start".to_string(), "group_x/q3".to_string()]))
        );
    }

    #[test]
    fn a_row_with_too_many_fields_is_reported_at_its_line() {
        let text = "id;q3\n1;да\n2;да;extra\n";
        assert_eq!(
            first_message(tally_of("ragged.csv", text.as_bytes(), "q3")),
            "ragged.csv:3:1: error: this row has 3 fields but the header has 2\n  |\n3 | 2;да;extra\n  | ^\n  = hint: a separator inside an answer must be in \"double quotes\"; export the file again from the survey tool\n"
        );
    }

    #[test]
    fn an_answer_in_another_encoding_is_reported_at_its_field() {
        // "да" in Windows-1251.
        let mut bytes = b"id;q3\n1;".to_vec();
        bytes.extend_from_slice(&[0xE4, 0xE0]);
        bytes.push(b'\n');
        let message = first_message(tally_of("cp1251.csv", &bytes, "q3"));
        assert!(message.starts_with("cp1251.csv:2:3: error: this answer is not UTF-8 text"), "{message}");
    }

    #[test]
    fn an_unclosed_quote_is_reported_where_it_opens() {
        let text = "id;q3\n1;\"да\n2;нет\n";
        let message = first_message(tally_of("unclosed.csv", text.as_bytes(), "q3"));
        assert!(
            message.starts_with("unclosed.csv:2:3: error: a quoted field that starts here is never closed"),
            "{message}"
        );
    }

    #[test]
    fn utf16_files_are_refused() {
        let message = first_message(tally_of("utf16.csv", &[0xFF, 0xFE, b'q', 0, b'3', 0, b'\n', 0], "q3"));
        assert!(message.starts_with("utf16.csv:1:1: error: the file is UTF-16, not UTF-8"), "{message}");
    }

    #[test]
    fn too_many_rows_are_refused() {
        let mut text = String::from("q3\n");
        for _ in 0..=MAX_ROWS {
            text.push_str("да\n");
        }
        let message = first_message(tally_of("huge.csv", text.as_bytes(), "q3"));
        assert!(
            message.starts_with(&format!("huge.csv:{}:1: error: the file has more than 200,000 rows", MAX_ROWS + 2)),
            "{message}"
        );
    }

    /// A CSV export of `rows` rows of "1", made as it is read, that counts the bytes taken.
    struct Generated {
        rows: u64,
        produced: u64,
        taken: std::rc::Rc<std::cell::Cell<u64>>,
    }

    impl io::Read for Generated {
        fn read(&mut self, buffer: &mut [u8]) -> io::Result<usize> {
            let mut written = 0;
            while written + 3 <= buffer.len() && self.produced <= self.rows {
                let line: &[u8] = if self.produced == 0 { b"q3\n" } else { b"1\n" };
                buffer[written..written + line.len()].copy_from_slice(line);
                written += line.len();
                self.produced += 1;
            }
            self.taken.set(self.taken.get() + written as u64);
            Ok(written)
        }
    }

    #[test]
    fn a_million_rows_are_read_as_a_stream_and_refused_at_the_limit() {
        let taken = std::rc::Rc::new(std::cell::Cell::new(0));
        let export = Generated { rows: 1_000_000, produced: 0, taken: taken.clone() };
        let result = tally_reader(BufReader::new(export), Path::new("million.csv"), "q3", &["1".to_string()]);
        let message = first_message(result);
        assert!(
            message.starts_with(&format!("million.csv:{}:1: error: the file has more than 200,000 rows", MAX_ROWS + 2)),
            "{message}"
        );
        // Reading stopped one buffer past the row over the limit: the other 800 000 rows were
        // never read, let alone held in memory.
        let needed = 3 + 2 * (MAX_ROWS + 1);
        assert!(taken.get() >= needed && taken.get() <= needed + 8 * 1024, "{} bytes read", taken.get());
    }

    #[test]
    fn answers_are_counted_per_group_value_and_blank_groups_are_kept_apart() {
        let text =
            "g/sex;g/village;q3\nfemale;Текес;да\nFemale ;Текес;нет\nmale;Нарынқол;да\n;Нарынқол;да\nmale;Текес;\n";
        let path = write("groups.csv", text.as_bytes());
        let aware_if = ["да".to_string()];
        let groups = ["sex".to_string(), "g/village".to_string()];
        let tally = tally(&path, Path::new("groups.csv"), "q3", &aware_if, &groups).unwrap();
        assert_eq!((tally.respondents, tally.aware, tally.missing), (4, 3, 1));
        let sex = &tally.groups[0];
        assert_eq!(sex.column, "g/sex");
        let female = &sex.values["female"];
        assert_eq!((female.written.as_str(), female.respondents, female.aware), ("female", 2, 1));
        assert_eq!((sex.values["male"].respondents, sex.values["male"].aware), (1, 1));
        assert_eq!(sex.blank, 1, "the row without a sex still counts in the whole");
        let village = &tally.groups[1];
        assert_eq!((village.values["текес"].respondents, village.values["нарынқол"].respondents), (2, 2));
        assert_eq!(
            tally_of_groups("groups.csv", text, &["age".to_string()]),
            Err(CsvError::NoSuchGroupColumn {
                group: 0,
                columns: vec!["g/sex".to_string(), "g/village".to_string(), "q3".to_string()]
            })
        );
    }

    fn tally_of_groups(name: &str, text: &str, groups: &[String]) -> Result<Tally, CsvError> {
        tally_groups_reader(text.as_bytes(), Path::new(name), "q3", &["да".to_string()], groups)
    }

    #[test]
    fn the_separator_is_the_most_frequent_one_outside_quotes() {
        assert_eq!(guess_delimiter(b"a;b;c"), b';');
        assert_eq!(guess_delimiter(b"\"x,y,z\";b;c"), b';');
        assert_eq!(guess_delimiter(b"a,b"), b',');
        assert_eq!(guess_delimiter(b"a\tb"), b'\t');
        assert_eq!(guess_delimiter(b"single"), b',');
    }
}
