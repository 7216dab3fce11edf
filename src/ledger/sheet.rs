//! A volunteer's sheet of hand-outs (`kitapsha hand-out CAMPAIGN --from-file list.xlsx`): an
//! Excel workbook (its first sheet) or a CSV file with the columns date, place, copies and,
//! optionally, by, named in English, Russian or Kazakh, in any case and any order.
//!
//! Every row is checked and every problem reported at its row, as the spreadsheet program
//! numbers rows, and its column, by letter and by name; a sheet with any problem gives no rows.

use std::io::BufReader;
use std::path::Path;

use calamine::{Data, Reader, Xlsx};

use crate::date::Date;
use crate::diag::{Diagnostic, Diagnostics};
use crate::fsutil::io_problem;
use crate::ledger::args;
use crate::ledger::model::HandOut;
use crate::messages::Message;
use crate::msg;
use crate::survey::csv as csv_file;

/// A sheet of hand-outs is a few hundred rows; anything this large is the wrong file.
const MAX_FILE_BYTES: u64 = 16 * 1024 * 1024;
/// The most copies one row may hold, as in the ledger.
const MOST: f64 = u32::MAX as f64;

/// One hand-out read from a sheet, with the row it came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SheetRow {
    /// The row number the spreadsheet program shows.
    pub row: usize,
    pub hand_out: HandOut,
    /// The row's cells as written, to show under a problem found later.
    pub line_text: String,
}

/// What the sheet's columns hold.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Field {
    Date,
    Place,
    Copies,
    By,
}

impl Field {
    const ALL: [Field; 4] = [Field::Date, Field::Place, Field::Copies, Field::By];

    /// The names a column of this field may have (compared in lower case, trimmed).
    fn names(self) -> &'static [&'static str] {
        match self {
            Field::Date => &["date", "day", "дата", "день", "число", "күні", "күн", "уақыты"],
            Field::Place => &[
                "place",
                "village",
                "town",
                "location",
                "место",
                "село",
                "населённый пункт",
                "населенный пункт",
                "пункт",
                "аул",
                "елді мекен",
                "елдімекен",
                "ауыл",
                "орны",
                "жер",
            ],
            Field::Copies => &[
                "copies",
                "number of copies",
                "quantity",
                "count",
                "экземпляры",
                "экземпляров",
                "экз.",
                "количество",
                "кол-во",
                "штук",
                "саны",
                "дана",
                "данасы",
                "таралымы",
            ],
            Field::By => &[
                "by",
                "who",
                "handed out by",
                "volunteer",
                "кто",
                "выдал",
                "выдала",
                "кто выдал",
                "волонтёр",
                "волонтер",
                "кім",
                "кім берді",
                "таратқан",
                "берген",
            ],
        }
    }

    /// Its name in messages, a Fluent selector.
    fn id(self) -> &'static str {
        match self {
            Field::Date => "date",
            Field::Place => "place",
            Field::Copies => "copies",
            Field::By => "by",
        }
    }

    fn matches(self, header: &str) -> bool {
        let header = header.trim().trim_end_matches([':', '*']).trim().to_lowercase();
        self.names().contains(&header.as_str())
    }
}

/// A cell as read, whatever the file.
#[derive(Debug, Clone, PartialEq)]
enum Cell {
    Empty,
    Text(String),
    Number(f64),
    Date(Date),
    /// A date cell that holds no calendar day (a duration, or an Excel error such as #VALUE!).
    Other(String),
}

impl Cell {
    fn shown(&self) -> String {
        match self {
            Cell::Empty => String::new(),
            Cell::Text(text) | Cell::Other(text) => text.clone(),
            Cell::Number(number) => number.to_string(),
            Cell::Date(date) => date.to_string(),
        }
    }

    fn is_blank(&self) -> bool {
        match self {
            Cell::Empty => true,
            Cell::Text(text) => text.trim().is_empty(),
            _ => false,
        }
    }
}

/// One row of the file: its number as shown, its cells, and how to show it.
struct RawRow {
    row: usize,
    cells: Vec<Cell>,
    line_text: String,
}

/// Reads the hand-outs of the sheet at `path` (shown as `shown`). `None` after diagnostics: the
/// file cannot be read, a column is missing, or any row has a problem (each one reported).
pub fn read(path: &Path, shown: &Path, today: Date, diagnostics: &mut Diagnostics) -> Option<Vec<SheetRow>> {
    let file_error = |message: Message, hint: Message| Diagnostic::file_error(shown, message).with_hint(hint);
    let extension = path.extension().map(|e| e.to_string_lossy().to_lowercase()).unwrap_or_default();
    if extension != "xlsx" && extension != "csv" {
        diagnostics.push(file_error(msg!("sheet-unknown-format", extension = &extension), msg!("sheet-format-hint")));
        return None;
    }
    let size = match std::fs::metadata(path) {
        Ok(metadata) => metadata.len(),
        Err(error) => {
            let reason = io_problem(&error);
            diagnostics.push(file_error(msg!("file-cannot-read", reason = reason), msg!("sheet-cannot-read-hint")));
            return None;
        }
    };
    if size > MAX_FILE_BYTES {
        let (size, max) = (size.div_ceil(1 << 20), MAX_FILE_BYTES >> 20);
        diagnostics.push(file_error(msg!("sheet-too-large", size = size, max = max), msg!("sheet-format-hint")));
        return None;
    }
    let rows = if extension == "xlsx" { xlsx_rows(path) } else { csv_rows(path, shown) };
    let rows = match rows {
        Ok(rows) => rows,
        Err(problem) => {
            diagnostics
                .push(problem.unwrap_or_else(|| file_error(msg!("sheet-cannot-read"), msg!("sheet-format-hint"))));
            return None;
        }
    };
    let mut rows = rows.into_iter().filter(|row| !row.cells.iter().all(Cell::is_blank));
    let Some(header) = rows.next() else {
        diagnostics.push(file_error(msg!("sheet-empty"), msg!("sheet-empty-hint")));
        return None;
    };
    let columns = columns(&header, shown, diagnostics)?;
    let mut found = Vec::new();
    let mut bad_rows = 0;
    for row in rows {
        let start = diagnostics.checkpoint();
        match hand_out(&row, &columns, shown, today, diagnostics) {
            Some(hand_out) if !diagnostics.failed_since(start) => {
                found.push(SheetRow { row: row.row, hand_out, line_text: row.line_text });
            }
            _ => bad_rows += 1,
        }
    }
    if bad_rows > 0 {
        let message = msg!("sheet-nothing-recorded", rows = bad_rows);
        diagnostics.push(file_error(message, msg!("sheet-nothing-recorded-hint")));
        return None;
    }
    if found.is_empty() {
        let hint = msg!("sheet-no-rows-hint");
        diagnostics
            .push(Diagnostic::at_row(shown, header.row, header.line_text, msg!("sheet-no-rows")).with_hint(hint));
        return None;
    }
    Some(found)
}

/// The first sheet of a workbook, row by row. `Err(None)` when it cannot be read.
fn xlsx_rows(path: &Path) -> Result<Vec<RawRow>, Option<Diagnostic>> {
    let mut workbook: Xlsx<_> = calamine::open_workbook(path).map_err(|_| None)?;
    let range = match workbook.worksheet_range_at(0) {
        Some(Ok(range)) => range,
        Some(Err(_)) => return Err(None),
        None => return Ok(Vec::new()),
    };
    let Some((first_row, first_column)) = range.start() else { return Ok(Vec::new()) };
    let mut rows = Vec::new();
    for (index, cells) in range.rows().enumerate() {
        // Cells keep their column: the sheet's column A is cells[0] whatever the used range.
        let mut row: Vec<Cell> = vec![Cell::Empty; first_column as usize];
        row.extend(cells.iter().map(cell));
        let line_text = shown_row(&row);
        rows.push(RawRow { row: first_row as usize + index + 1, cells: row, line_text });
    }
    Ok(rows)
}

fn cell(data: &Data) -> Cell {
    match data {
        Data::Empty => Cell::Empty,
        Data::String(text) => Cell::Text(text.clone()),
        Data::Int(number) => Cell::Number(*number as f64),
        Data::Float(number) => Cell::Number(*number),
        Data::Bool(value) => Cell::Text(value.to_string()),
        Data::DateTime(datetime) if datetime.is_datetime() => {
            let (year, month, day, ..) = datetime.to_ymd_hms_milli();
            Date::new(i32::from(year), month, day).map_or_else(|| Cell::Other(data.to_string()), Cell::Date)
        }
        Data::DateTimeIso(text) => written_date(text).map_or_else(|| Cell::Text(text.clone()), Cell::Date),
        other => Cell::Other(other.to_string()),
    }
}

/// A row of cells as one line: what the user sees of it in a message.
fn shown_row(cells: &[Cell]) -> String {
    let last = cells.iter().rposition(|cell| !cell.is_blank()).map_or(0, |i| i + 1);
    cells[..last].iter().map(Cell::shown).collect::<Vec<_>>().join("; ")
}

/// A CSV file, row by row, every cell text. `Err(Some(…))` with the problem the reader found.
fn csv_rows(path: &Path, shown: &Path) -> Result<Vec<RawRow>, Option<Diagnostic>> {
    let file = std::fs::File::open(path).map_err(|error| {
        Some(
            Diagnostic::file_error(shown, msg!("file-cannot-read", reason = io_problem(&error)))
                .with_hint(msg!("sheet-cannot-read-hint")),
        )
    })?;
    let rows = csv_file::text_rows(BufReader::new(file), shown).map_err(|problem| Some(*problem))?;
    Ok(rows
        .into_iter()
        .map(|row| RawRow {
            row: row.row,
            cells: row
                .cells
                .into_iter()
                .map(|text| if text.trim().is_empty() { Cell::Empty } else { Cell::Text(text) })
                .collect(),
            line_text: row.line_text,
        })
        .collect())
}

/// Which column holds which field; `by` may be missing.
struct Columns {
    date: usize,
    place: usize,
    copies: usize,
    by: Option<usize>,
    header: Vec<String>,
}

fn columns(header: &RawRow, shown: &Path, diagnostics: &mut Diagnostics) -> Option<Columns> {
    let names: Vec<String> = header.cells.iter().map(|cell| cell.shown().trim().to_string()).collect();
    let mut found = [None; 4];
    let mut complete = true;
    for (slot, field) in found.iter_mut().zip(Field::ALL) {
        let matching: Vec<usize> = (0..names.len()).filter(|&i| field.matches(&names[i])).collect();
        let problem = match matching.as_slice() {
            [one] => {
                *slot = Some(*one);
                continue;
            }
            [] if field == Field::By => continue,
            [] => {
                let columns = names.iter().filter(|n| !n.is_empty()).cloned().collect::<Vec<_>>().join(", ");
                let message = msg!("sheet-column-missing", field = field.id(), columns = columns);
                (message, msg!("sheet-column-missing-hint", names = field.names().join(", ")))
            }
            [first, second, ..] => {
                let message = msg!(
                    "sheet-column-twice",
                    field = field.id(),
                    first = format!("{} ({})", letter(*first), names[*first]),
                    second = format!("{} ({})", letter(*second), names[*second])
                );
                (message, msg!("sheet-column-twice-hint"))
            }
        };
        complete = false;
        let (message, hint) = problem;
        diagnostics.push(Diagnostic::at_row(shown, header.row, header.line_text.clone(), message).with_hint(hint));
    }
    if !complete {
        return None;
    }
    let [date, place, copies, by] = found;
    Some(Columns { date: date?, place: place?, copies: copies?, by, header: names })
}

/// The hand-out of one row, or its problems, each reported.
fn hand_out(
    row: &RawRow,
    columns: &Columns,
    shown: &Path,
    today: Date,
    diagnostics: &mut Diagnostics,
) -> Option<HandOut> {
    // The row's problems, said from its left to its right.
    let mut problems: Vec<(usize, Diagnostic)> = Vec::new();
    let mut report = |column: usize, message: fn(String, String) -> Message, hint: Message| {
        let header = columns.header.get(column).cloned().unwrap_or_default();
        let message = message(letter(column), header);
        let problem = Diagnostic::at_row(shown, row.row, row.line_text.clone(), message).with_hint(hint);
        problems.push((column, problem));
    };
    let at = |column: usize| row.cells.get(column).cloned().unwrap_or(Cell::Empty);
    let today_text = today.to_string();

    let date = match at(columns.date) {
        Cell::Date(date) => Some(date),
        Cell::Text(text) => written_date(&text),
        _ => None,
    };
    let date = match (date, at(columns.date)) {
        (Some(date), _) if date > today => {
            let (date, today) = (date.to_string(), today_text.clone());
            report(
                columns.date,
                |column, header| msg!("sheet-date-future", column = column, header = header),
                msg!("sheet-date-future-hint", date = date, today = today),
            );
            None
        }
        (Some(date), _) => Some(date),
        (None, cell) if cell.is_blank() => {
            report(columns.date, empty, msg!("sheet-date-hint", today = today_text.clone()));
            None
        }
        (None, cell) => {
            let value = cell.shown();
            report(
                columns.date,
                |column, header| msg!("sheet-date-bad", column = column, header = header),
                msg!("sheet-date-bad-hint", value = value, today = today_text.clone()),
            );
            None
        }
    };

    let copies = match at(columns.copies) {
        Cell::Number(number) if number.fract() == 0.0 && number > 0.0 && number <= MOST => Some(number as u64),
        Cell::Text(text) => args::copies(&text).ok(),
        _ => None,
    };
    if copies.is_none() {
        let cell = at(columns.copies);
        if cell.is_blank() {
            report(columns.copies, empty, msg!("sheet-copies-hint"));
        } else {
            let value = cell.shown();
            report(
                columns.copies,
                |column, header| msg!("sheet-copies-bad", column = column, header = header),
                msg!("sheet-copies-bad-hint", value = value),
            );
        }
    }

    let place = Some(at(columns.place).shown().trim().to_string()).filter(|place| !place.is_empty());
    if place.is_none() {
        report(columns.place, empty, msg!("sheet-place-hint"));
    }
    let by = columns.by.map(|column| at(column).shown().trim().to_string()).filter(|by| !by.is_empty());
    problems.sort_by_key(|(column, _)| *column);
    problems.into_iter().for_each(|(_, problem)| diagnostics.push(problem));
    Some(HandOut { date: date?, copies: copies?, place: place?, by, span: 0..0 })
}

fn empty(column: String, header: String) -> Message {
    msg!("sheet-cell-empty", column = column, header = header)
}

/// A day written as text: `2025-01-15` (with a time after it or not) or `15.01.2025`.
fn written_date(text: &str) -> Option<Date> {
    let text = text.trim();
    let number = |part: &str, digits: std::ops::RangeInclusive<usize>| {
        (digits.contains(&part.len()) && part.bytes().all(|b| b.is_ascii_digit())).then(|| part.parse::<u32>().ok())?
    };
    let iso = text.split([' ', 'T']).next().unwrap_or("");
    let (year, month, day) =
        match (iso.split('-').collect::<Vec<_>>().as_slice(), text.split('.').collect::<Vec<_>>().as_slice()) {
            ([year, month, day], _) => (number(year, 4..=4)?, number(month, 1..=2)?, number(day, 1..=2)?),
            (_, [day, month, year]) => (number(year, 4..=4)?, number(month, 1..=2)?, number(day, 1..=2)?),
            _ => return None,
        };
    Date::new(year as i32, month as u8, day as u8)
}

/// A column's letter as spreadsheet programs show it: 0 is A, 26 is AA.
fn letter(column: usize) -> String {
    let mut letters = Vec::new();
    let mut n = column + 1;
    while n > 0 {
        let rest = (n - 1) % 26;
        letters.push(char::from(b'A' + rest as u8));
        n = (n - 1) / 26;
    }
    letters.iter().rev().collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn columns_are_lettered_as_spreadsheets_do() {
        assert_eq!(letter(0), "A");
        assert_eq!(letter(25), "Z");
        assert_eq!(letter(26), "AA");
        assert_eq!(letter(27), "AB");
        assert_eq!(letter(701), "ZZ");
        assert_eq!(letter(702), "AAA");
    }

    #[test]
    fn days_are_read_in_either_writing() {
        let day = Date::new(2025, 1, 15);
        assert_eq!(written_date("2025-01-15"), day);
        assert_eq!(written_date("15.01.2025"), day);
        assert_eq!(written_date("15.1.2025"), day);
        assert_eq!(written_date("2025-01-15T00:00:00"), day);
        assert_eq!(written_date("2025-01-15 00:00:00"), day);
        assert_eq!(written_date("31.02.2025"), None);
        assert_eq!(written_date("15/01/2025"), None);
        assert_eq!(written_date("January 15"), None);
    }

    #[test]
    fn headers_are_found_in_any_language_and_case() {
        assert!(Field::Date.matches(" Күні "));
        assert!(Field::Date.matches("ДАТА"));
        assert!(Field::Place.matches("Елді мекен"));
        assert!(Field::Place.matches("Село:"));
        assert!(Field::Copies.matches("Количество"));
        assert!(Field::Copies.matches("саны"));
        assert!(Field::By.matches("Кім"));
        assert!(Field::By.matches("Выдал"));
        assert!(!Field::Copies.matches("date"));
    }

    #[test]
    fn a_csv_row_is_numbered_as_a_spreadsheet_shows_it() {
        // A quoted line break does not start a row; a blank line is a row of its own.
        let dir = std::env::temp_dir().join(format!("kitapsha-sheet-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let path = dir.join("list.csv");
        std::fs::write(
            &path,
            "кім;саны;күні;ауыл\nАйгүл;5;2025-01-20;\"Саты,\nмектеп\"\n\nЕрлан;бес;20.01.2025;Кеген\n",
        )
        .unwrap();
        let mut diagnostics = Diagnostics::new();
        let today = Date::new(2025, 2, 22).unwrap();
        assert_eq!(read(&path, Path::new("list.csv"), today, &mut diagnostics), None);
        let headlines: Vec<String> = diagnostics.iter().map(Diagnostic::headline).collect();
        assert_eq!(
            headlines,
            [
                "list.csv:4: error: column B (саны) is not a number of copies",
                "list.csv: error: nothing was recorded: a row of the sheet has problems",
            ]
        );
        std::fs::write(&path, "кім;саны;күні;ауыл\nАйгүл;5;2025-01-20;\"Саты,\nмектеп\"\n").unwrap();
        let mut diagnostics = Diagnostics::new();
        let rows = read(&path, Path::new("list.csv"), today, &mut diagnostics).unwrap();
        assert_eq!(rows.len(), 1);
        assert_eq!(rows[0].hand_out.place, "Саты,\nмектеп");
        assert_eq!(rows[0].hand_out.by.as_deref(), Some("Айгүл"));
        std::fs::remove_dir_all(dir).unwrap();
    }
}
