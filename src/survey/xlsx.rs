//! Answers counted from an Excel workbook (`.xlsx`), as KoboToolbox and ODK export them: the
//! first sheet, or the one named, its first row the column names.
//!
//! The sheet is read one cell at a time ([`calamine`]'s cell reader), so memory stays bounded by
//! a row, not by the sheet; the rows then go through [`export::tally_rows`] as a CSV file's
//! records do, with the same limits. Cells become the text a person reads in them: a whole
//! number without decimals (1, not 1.0), a date as 2024-09-10, TRUE or FALSE.

use std::fs::File;
use std::io::{BufReader, Read, Seek};
use std::path::{Path, PathBuf};

use calamine::{DataRef, Reader, Xlsx, XlsxCellReader};

use crate::diag::Diagnostic;
use crate::msg;
use crate::survey::export::{self, ExportError, MAX_ROWS, Question, RowProblem, Rows, Tally};

/// True for a file name that [`tally`] reads rather than [`super::csv::tally`].
pub fn is_workbook(name: &str) -> bool {
    let name = name.trim().to_lowercase();
    name.ends_with(".xlsx") || name.ends_with(".xlsm")
}

/// Counts the answers of `question` in the workbook at `path` (shown to the user as `shown`), on
/// the sheet named `sheet` or else the first one.
pub fn tally(path: &Path, shown: &Path, sheet: Option<&str>, question: Question) -> Result<Tally, ExportError> {
    export::check_size(path, shown)?;
    let file = File::open(path).map_err(|error| export::cannot_read(shown, &error))?;
    tally_reader(BufReader::new(file), shown, sheet, question)
}

/// The column names of the first sheet of the workbook at `path` (shown to the user as `shown`).
pub fn header(path: &Path, shown: &Path) -> Result<Vec<String>, ExportError> {
    export::check_size(path, shown)?;
    let file = File::open(path).map_err(|error| export::cannot_read(shown, &error))?;
    let mut workbook = Xlsx::new(BufReader::new(file)).map_err(|_| not_a_workbook(shown))?;
    let Some(name) = workbook.sheet_names().first().cloned() else { return Err(ExportError::NoSuchSheet(Vec::new())) };
    let cells = workbook.worksheet_cells_reader(&name).map_err(|_| not_a_workbook(shown))?;
    let mut rows = SheetRows { cells, shown: shown.to_path_buf(), pending: None, columns: 0, row: 0, ended: false };
    export::header_of(&mut rows, shown)
}

/// [`tally`] on a workbook's bytes from `input`, whatever they are. Public so that tests can hand
/// it any bytes.
pub fn tally_reader(
    input: impl Read + Seek,
    shown: &Path,
    sheet: Option<&str>,
    question: Question,
) -> Result<Tally, ExportError> {
    let mut workbook = Xlsx::new(input).map_err(|_| not_a_workbook(shown))?;
    let names = workbook.sheet_names();
    let name = match sheet {
        Some(wanted) => names.iter().find(|name| name.trim() == wanted.trim()).cloned(),
        None => names.first().cloned(),
    };
    let Some(name) = name else { return Err(ExportError::NoSuchSheet(names)) };
    let cells = workbook.worksheet_cells_reader(&name).map_err(|_| not_a_workbook(shown))?;
    let mut rows = SheetRows { cells, shown: shown.to_path_buf(), pending: None, columns: 0, row: 0, ended: false };
    export::tally_rows(&mut rows, shown, question)
}

fn not_a_workbook(shown: &Path) -> ExportError {
    export::file_error(shown, msg!("xlsx-not-a-workbook"), msg!("xlsx-not-a-workbook-hint"))
}

/// A row of a sheet: its row number and the texts of its cells that are not blank, each
/// with its column (0-based).
type SheetRow = (u32, Vec<(u32, String)>);

/// The rows of one sheet, from its cells in the order the file stores them.
struct SheetRows<'a, R: Read + Seek> {
    cells: XlsxCellReader<'a, R>,
    shown: PathBuf,
    /// The first cell of the next row, read while finishing the row before it.
    pending: Option<(u32, u32, String)>,
    /// The number of columns the header names.
    columns: usize,
    /// The sheet's row number (1-based) of the row last read.
    row: u32,
    ended: bool,
}

impl<R: Read + Seek> SheetRows<'_, R> {
    /// The next row with any text in it: its row number (1-based) and its cells' texts by
    /// column, or `None` at the end of the sheet.
    fn next_cells(&mut self) -> Result<Option<SheetRow>, Box<Diagnostic>> {
        loop {
            let mut row: Option<SheetRow> = None;
            if let Some((number, column, text)) = self.pending.take() {
                row = Some((number, vec![(column, text)]));
            }
            while !self.ended {
                let cell = match self.cells.next_cell() {
                    Ok(Some(cell)) => cell,
                    Ok(None) => {
                        self.ended = true;
                        break;
                    }
                    Err(_) => {
                        self.ended = true;
                        let problem = Diagnostic::file_error(&self.shown, msg!("xlsx-not-a-workbook"))
                            .with_hint(msg!("xlsx-not-a-workbook-hint"));
                        return Err(Box::new(problem));
                    }
                };
                let (number, column) = cell.get_position();
                let text = cell_text(cell.get_value());
                if text.trim().is_empty() {
                    continue;
                }
                match &mut row {
                    Some((current, cells)) if *current == number => cells.push((column, text)),
                    Some(_) => {
                        self.pending = Some((number, column, text));
                        break;
                    }
                    None => row = Some((number, vec![(column, text)])),
                }
            }
            match row {
                Some((number, cells)) => {
                    self.row = number + 1;
                    return Ok(Some((number + 1, cells)));
                }
                None if self.ended => return Ok(None),
                None => {}
            }
        }
    }
}

impl<R: Read + Seek> Rows for SheetRows<'_, R> {
    fn header(&mut self) -> Result<Option<Vec<String>>, Box<Diagnostic>> {
        let Some((_, cells)) = self.next_cells()? else { return Ok(None) };
        self.columns = cells.iter().map(|(column, _)| *column as usize + 1).max().unwrap_or(0);
        let mut names = vec![String::new(); self.columns];
        for (column, text) in cells {
            names[column as usize] = text.trim().to_string();
        }
        Ok(Some(names))
    }

    fn next_row(&mut self, wanted: &[usize]) -> Option<Result<Vec<String>, RowProblem>> {
        let cells = match self.next_cells() {
            Ok(Some((_, cells))) => cells,
            Ok(None) => return None,
            Err(problem) => return Some(Err(RowProblem::Stop(problem))),
        };
        let text_of = |index: usize| {
            cells.iter().find(|(column, _)| *column as usize == index).map_or_else(String::new, |(_, t)| t.clone())
        };
        Some(Ok(wanted.iter().map(|&index| text_of(index)).collect()))
    }

    fn too_many_rows(&self) -> Diagnostic {
        Diagnostic::file_error(&self.shown, msg!("xlsx-too-many-rows", max = MAX_ROWS, row = self.row.to_string()))
            .with_hint(msg!("csv-too-many-rows-hint"))
    }
}

/// A cell as a person reads it in the spreadsheet.
fn cell_text(value: &DataRef) -> String {
    match value {
        DataRef::Empty => String::new(),
        DataRef::String(text) | DataRef::DateTimeIso(text) | DataRef::DurationIso(text) => text.clone(),
        DataRef::SharedString(text) => (*text).to_string(),
        DataRef::Int(number) => number.to_string(),
        DataRef::Float(number) => number_text(*number),
        DataRef::Bool(true) => "TRUE".to_string(),
        DataRef::Bool(false) => "FALSE".to_string(),
        DataRef::DateTime(date) if date.is_duration() => {
            let seconds = (date.as_f64() * 86_400.0).round() as i64;
            format!("{}:{:02}:{:02}", seconds / 3600, seconds / 60 % 60, seconds % 60)
        }
        DataRef::DateTime(date) => {
            let (year, month, day, hour, minute, second, _) = date.to_ymd_hms_milli();
            let day_text = format!("{year:04}-{month:02}-{day:02}");
            let time = match second {
                0 => format!("{hour:02}:{minute:02}"),
                _ => format!("{hour:02}:{minute:02}:{second:02}"),
            };
            if date.as_f64() < 1.0 {
                time
            } else if date.as_f64().fract() == 0.0 {
                day_text
            } else {
                format!("{day_text} {time}")
            }
        }
        DataRef::Error(error) => error.to_string(),
    }
}

/// A number as a spreadsheet shows it by default: 1, not 1.0; 0.25; 1234567.
fn number_text(number: f64) -> String {
    if number.fract() == 0.0 && number.abs() < 1e15 { format!("{}", number as i64) } else { format!("{number}") }
}

#[cfg(test)]
mod tests {
    use super::*;
    use calamine::{ExcelDateTime, ExcelDateTimeType};

    #[test]
    fn cells_read_as_a_person_reads_them() {
        assert_eq!(cell_text(&DataRef::Float(1.0)), "1");
        assert_eq!(cell_text(&DataRef::Float(-3.0)), "-3");
        assert_eq!(cell_text(&DataRef::Float(0.25)), "0.25");
        assert_eq!(cell_text(&DataRef::Int(42)), "42");
        assert_eq!(cell_text(&DataRef::Bool(true)), "TRUE");
        let date = |value| DataRef::DateTime(ExcelDateTime::new(value, ExcelDateTimeType::DateTime, false));
        // 45545 is 2024-09-10 in the 1900 date system.
        assert_eq!(cell_text(&date(45545.0)), "2024-09-10");
        assert_eq!(cell_text(&date(45545.375)), "2024-09-10 09:00");
        assert_eq!(cell_text(&date(0.5)), "12:00");
        let duration = DataRef::DateTime(ExcelDateTime::new(1.5, ExcelDateTimeType::TimeDelta, false));
        assert_eq!(cell_text(&duration), "36:00:00");
    }

    const BEFORE: &[u8] = include_bytes!("../../tests/fixtures/valid/survey-xlsx/surveys/before.xlsx");
    const BEFORE_CSV: &[u8] = include_bytes!("../../tests/fixtures/valid/survey-xlsx/surveys/before.csv");
    const SHEET: &str = "Пациент құқықтары";

    fn question<'a>(column: &'a str, aware_if: &'a [String], groups: &'a [String]) -> Question<'a> {
        Question { column, aware_if, not_aware_if: &[], missing_if: &[], groups }
    }

    #[test]
    fn a_workbook_made_by_a_spreadsheet_program_counts_as_its_csv_twin_does() {
        let aware_if = ["иә".to_string(), "да".to_string(), "1".to_string()];
        let groups = ["village".to_string(), "start".to_string(), "group_intro/age".to_string()];
        for column in ["q3", "group_rights/q4"] {
            let shown = Path::new("before.xlsx");
            let from_workbook =
                tally_reader(std::io::Cursor::new(BEFORE), shown, Some(SHEET), question(column, &aware_if, &groups))
                    .unwrap();
            let from_csv =
                super::super::csv::tally_groups_reader(BEFORE_CSV, shown, question(column, &aware_if, &groups))
                    .unwrap();
            assert_eq!(from_workbook, from_csv, "{column}");
        }
        // The dates and numbers of the cells read as the CSV export writes them.
        let tally =
            tally_reader(std::io::Cursor::new(BEFORE), Path::new("b"), Some(SHEET), question("q4", &aware_if, &groups))
                .unwrap();
        let codes: Vec<&str> = tally.answers.iter().map(|a| a.answer.as_str()).collect();
        assert_eq!(codes, ["1", "0", "9"]);
        assert!(tally.groups[1].values.contains_key("2024-09-09"), "{:?}", tally.groups[1]);
        assert!(tally.groups[2].values.contains_key("18"), "{:?}", tally.groups[2]);
    }

    #[test]
    fn the_first_sheet_is_read_unless_one_is_named() {
        let aware_if = ["иә".to_string()];
        let result = tally_reader(std::io::Cursor::new(BEFORE), Path::new("b"), None, question("q3", &aware_if, &[]));
        // The first sheet holds notes, without the column.
        assert_eq!(result, Err(ExportError::NoSuchColumn(vec!["Ескертпе".to_string()])));
        let result =
            tally_reader(std::io::Cursor::new(BEFORE), Path::new("b"), Some("Data"), question("q3", &aware_if, &[]));
        assert_eq!(result, Err(ExportError::NoSuchSheet(vec!["Түсініктеме".to_string(), SHEET.to_string()])));
    }

    #[test]
    fn a_workbook_cut_anywhere_is_a_diagnostic_never_a_panic() {
        let aware_if = ["иә".to_string()];
        for end in (0..BEFORE.len()).step_by(97) {
            let bytes = &BEFORE[..end];
            let result =
                tally_reader(std::io::Cursor::new(bytes), Path::new("b"), Some(SHEET), question("q3", &aware_if, &[]));
            match result {
                Err(ExportError::File(problems)) => assert!(!problems.is_empty()),
                other => panic!("cut at {end}: {other:?}"),
            }
        }
    }

    #[test]
    fn a_row_too_many_is_named_by_its_row_in_the_sheet() {
        let mut workbook = Xlsx::new(std::io::Cursor::new(BEFORE)).unwrap();
        let cells = workbook.worksheet_cells_reader(SHEET).unwrap();
        let rows =
            SheetRows { cells, shown: "before.xlsx".into(), pending: None, columns: 6, row: 200_002, ended: false };
        assert_eq!(
            rows.too_many_rows().to_string(),
            "before.xlsx: error: the sheet has more than 200,000 rows (row 200002)\n  \
             = hint: export only this survey's submissions\n"
        );
    }

    #[test]
    fn workbooks_are_known_by_their_extension() {
        assert!(is_workbook("surveys/before.xlsx") && is_workbook("Before.XLSX"));
        assert!(!is_workbook("surveys/before.csv") && !is_workbook("before.xlsx.csv"));
    }
}
