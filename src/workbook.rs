//! Excel workbooks of one sheet, made in memory: a frozen header row, columns wide enough for
//! what they hold, and every number stored as a number, formatted as the column needs.

use rust_xlsxwriter::{DocProperties, ExcelDateTime, Format, Workbook, XlsxError};

use crate::date::Date;

/// One cell of a sheet.
#[derive(Debug, Clone, PartialEq)]
pub enum Cell {
    Empty,
    Text(String),
    /// A count: 1 200.
    Whole(u64),
    /// Whole tenge: 45 000.
    Tenge(u64),
    /// Tenge to two decimals: 156.25.
    TengeFraction(f64),
    /// A share as a fraction, shown as a percentage: 0.342 shows 34.2 %.
    Percent(f64),
    /// A number shown to one decimal: percentage points.
    Decimal1(f64),
    /// A number shown to three decimals: a p-value.
    Decimal3(f64),
    Date(Date),
}

impl Cell {
    /// Roughly how many characters the cell shows, for the column's width.
    fn shown_width(&self) -> usize {
        match self {
            Cell::Empty => 0,
            Cell::Text(text) => text.chars().count(),
            Cell::Whole(n) | Cell::Tenge(n) => n.to_string().len() + n.to_string().len() / 3,
            Cell::TengeFraction(x) => format!("{x:.2}").len() + 3,
            Cell::Percent(_) | Cell::Decimal1(_) | Cell::Decimal3(_) | Cell::Date(_) => 10,
        }
    }
}

/// The sheet's number formats. Excel shows them with the reader's own decimal and thousands
/// separators: the format codes are written in its neutral form.
pub const PERCENT_FORMAT: &str = "0.0%";
pub const DECIMAL1_FORMAT: &str = "0.0";
pub const DECIMAL3_FORMAT: &str = "0.000";
pub const WHOLE_FORMAT: &str = "#,##0";
pub const TENGE_FRACTION_FORMAT: &str = "#,##0.00";
pub const DATE_FORMAT: &str = "yyyy-mm-dd";

/// A workbook with one sheet named `name`: `headings` in a bold, frozen first row, then `rows`.
/// Its creation date is `created`, as in the PDFs, so that the same data gives the same bytes.
pub fn one_sheet(name: &str, headings: &[String], rows: &[Vec<Cell>], created: Date) -> Result<Vec<u8>, XlsxError> {
    let mut workbook = Workbook::new();
    let created = ExcelDateTime::from_ymd(created.year as u16, created.month, created.day)?;
    workbook.set_properties(&DocProperties::new().set_creation_datetime(&created));
    let sheet = workbook.add_worksheet();
    sheet.set_name(sheet_name(name))?;
    let bold = Format::new().set_bold().set_text_wrap();
    let formats = [
        Format::new().set_num_format(WHOLE_FORMAT),
        Format::new().set_num_format(TENGE_FRACTION_FORMAT),
        Format::new().set_num_format(PERCENT_FORMAT),
        Format::new().set_num_format(DECIMAL1_FORMAT),
        Format::new().set_num_format(DECIMAL3_FORMAT),
        Format::new().set_num_format(DATE_FORMAT),
    ];
    let [whole, fraction, percent, decimal1, decimal3, date] = &formats;
    for (column, heading) in headings.iter().enumerate() {
        sheet.write_string_with_format(0, column as u16, heading, &bold)?;
    }
    for (index, row) in rows.iter().enumerate() {
        let r = index as u32 + 1;
        for (column, cell) in row.iter().enumerate() {
            let c = column as u16;
            match cell {
                Cell::Empty => &mut *sheet,
                Cell::Text(text) => sheet.write_string(r, c, text)?,
                Cell::Whole(n) | Cell::Tenge(n) => sheet.write_number_with_format(r, c, *n as f64, whole)?,
                Cell::TengeFraction(x) => sheet.write_number_with_format(r, c, *x, fraction)?,
                Cell::Percent(x) => sheet.write_number_with_format(r, c, *x, percent)?,
                Cell::Decimal1(x) => sheet.write_number_with_format(r, c, *x, decimal1)?,
                Cell::Decimal3(x) => sheet.write_number_with_format(r, c, *x, decimal3)?,
                Cell::Date(d) => {
                    let day = ExcelDateTime::from_ymd(d.year as u16, d.month, d.day)?;
                    sheet.write_datetime_with_format(r, c, &day, date)?
                }
            };
        }
    }
    for (column, heading) in headings.iter().enumerate() {
        let widest = rows.iter().filter_map(|row| row.get(column)).map(Cell::shown_width).max().unwrap_or(0);
        // A long heading wraps rather than widening a column of short numbers too far.
        let width = widest.max(heading.chars().count().min(18)).clamp(6, 60) + 2;
        sheet.set_column_width(column as u16, width as f64)?;
    }
    sheet.set_freeze_panes(1, 0)?;
    workbook.save_to_buffer()
}

/// A name Excel takes for a sheet: at most 31 characters, none of `[]:*?/\`.
fn sheet_name(name: &str) -> String {
    let name: String = name.chars().filter(|c| !"[]:*?/\\".contains(*c)).take(31).collect();
    if name.trim().is_empty() { "Sheet1".to_string() } else { name }
}
