//! Answers counted from a KoboToolbox or ODK CSV export, read as a stream.
//!
//! What such exports look like in the field: comma- or semicolon-separated (Excel in a Russian
//! locale writes semicolons), UTF-8 with or without a byte-order mark, quoted fields that may
//! hold the separator or line breaks, and column names such as `group_x/q3` (the question `q3`
//! inside the group `group_x`). A column is found by its full name or by the part after the last
//! `/`. The records are counted by [`export::tally_rows`], as a workbook's rows are. The file is
//! read one record at a time, so memory stays bounded whatever its size, and
//! files beyond [`MAX_FILE_BYTES`] or [`MAX_ROWS`] are refused with a diagnostic.

use std::fs::File;
use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};

use crate::diag::{Diagnostic, Location, Severity};
use crate::fsutil::io_problem;
use crate::messages::Message;
use crate::msg;
use crate::survey::export::{self, RowProblem, Rows};
pub use crate::survey::export::{
    ExportError as CsvError, GroupCounts, GroupTally, MAX_FILE_BYTES, MAX_ROWS, Question, Tally, normalise,
};

/// Counts the answers of `question` in the CSV file at `path` (shown to the user as `shown`),
/// in all and for each value of its group columns.
pub fn tally(path: &Path, shown: &Path, question: Question) -> Result<Tally, CsvError> {
    export::check_size(path, shown)?;
    let file = File::open(path).map_err(|error| export::cannot_read(shown, &error))?;
    tally_groups_reader(BufReader::new(file), shown, question)
}

/// The column names of the CSV export at `path` (shown to the user as `shown`).
pub fn header(path: &Path, shown: &Path) -> Result<Vec<String>, CsvError> {
    export::check_size(path, shown)?;
    let file = File::open(path).map_err(|error| export::cannot_read(shown, &error))?;
    let reader = RecordReader::new(BufReader::new(file), shown.to_path_buf());
    export::header_of(&mut CsvRows { reader, columns: 0, last: None }, shown)
}

/// Counts the answers in `column` of CSV text read from `input` (shown to the user as `shown`),
/// those in `aware_if` as aware and every other one as unsorted: what [`tally`] does once the
/// file is open and its size checked. Public so that the fuzz target and tests can hand it any
/// bytes.
pub fn tally_reader(input: impl BufRead, shown: &Path, column: &str, aware_if: &[String]) -> Result<Tally, CsvError> {
    tally_groups_reader(input, shown, Question { column, aware_if, not_aware_if: &[], missing_if: &[], groups: &[] })
}

/// [`tally_reader`] for a whole [`Question`]: both lists of answers and the group columns.
pub fn tally_groups_reader(input: impl BufRead, shown: &Path, question: Question) -> Result<Tally, CsvError> {
    let mut rows = CsvRows { reader: RecordReader::new(input, shown.to_path_buf()), columns: 0, last: None };
    export::tally_rows(&mut rows, shown, question)
}

/// The records of a CSV file as rows of text.
struct CsvRows<R> {
    reader: RecordReader<R>,
    /// The number of columns the header names.
    columns: usize,
    /// The record last read, for the diagnostic of a row too many.
    last: Option<Record>,
}

impl<R: BufRead> Rows for CsvRows<R> {
    fn header(&mut self) -> Result<Option<Vec<String>>, Box<Diagnostic>> {
        let header = self.reader.header()?;
        self.columns = header.as_ref().map_or(0, Vec::len);
        Ok(header)
    }

    fn next_row(&mut self, wanted: &[usize]) -> Option<Result<Vec<String>, RowProblem>> {
        let record = match self.reader.next_record() {
            Ok(Some(record)) => record,
            Ok(None) => return None,
            Err(problem) => return Some(Err(RowProblem::Stop(problem))),
        };
        let row = if record.fields.len() == self.columns {
            // The answer must be text; a group value that is not UTF-8 counts as blank.
            match std::str::from_utf8(&record.fields[wanted[0]].bytes) {
                Ok(answer) => Ok(std::iter::once(answer.to_string())
                    .chain(
                        wanted[1..]
                            .iter()
                            .map(|&i| std::str::from_utf8(&record.fields[i].bytes).unwrap_or("").to_string()),
                    )
                    .collect()),
                Err(_) => Err(RowProblem::Row(Box::new(self.reader.problem_at(
                    &record,
                    wanted[0],
                    msg!("csv-answer-not-utf8"),
                    msg!("csv-utf8-hint"),
                )))),
            }
        } else {
            Err(RowProblem::Row(Box::new(self.reader.problem_at(
                &record,
                0,
                msg!("csv-ragged-row", fields = record.fields.len(), header = self.columns),
                msg!("csv-ragged-row-hint"),
            ))))
        };
        self.last = Some(record);
        Some(row)
    }

    fn too_many_rows(&self) -> Diagnostic {
        let message = msg!("csv-too-many-rows", max = MAX_ROWS);
        let hint = msg!("csv-too-many-rows-hint");
        match &self.last {
            Some(record) => self.reader.problem_at(record, 0, message, hint),
            None => Diagnostic::file_error(&self.reader.shown, message).with_hint(hint),
        }
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
        // An .xlsx file is a zip archive: a workbook saved under a .csv name.
        if first.starts_with(b"PK\x03\x04") {
            let problem = Diagnostic::file_error(&self.shown, msg!("csv-is-a-workbook"));
            return Err(Box::new(problem.with_hint(msg!("csv-is-a-workbook-hint"))));
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
        tally(
            &path,
            Path::new(name),
            Question { column, aware_if: &aware_if, not_aware_if: &[], missing_if: &[], groups: &[] },
        )
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
        let answers: Vec<(&str, u64)> = tally.answers.iter().map(|a| (a.answer.as_str(), a.count)).collect();
        assert_eq!(answers, [("Иә", 1), ("да", 1), ("Жоқ", 1)], "as first written, trimmed");
        assert_eq!(tally.unsorted(), 1, "only aware-if was given");
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
        let question =
            Question { column: "q3", aware_if: &aware_if, not_aware_if: &[], missing_if: &[], groups: &groups };
        let tally = tally(&path, Path::new("groups.csv"), question).unwrap();
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
        let aware_if = ["да".to_string()];
        tally_groups_reader(
            text.as_bytes(),
            Path::new(name),
            Question { column: "q3", aware_if: &aware_if, not_aware_if: &[], missing_if: &[], groups },
        )
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
