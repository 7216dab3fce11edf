//! What a survey export says, whatever its format: the rows of a CSV file ([`super::csv`]) or of
//! a sheet of an Excel workbook ([`super::xlsx`]) counted by one path, [`tally_rows`].
//!
//! A column is found by its full name or by the part after the last `/` (`q3` finds
//! `group_x/q3`). Answers are compared after trimming and ignoring case. Every answer is sorted:
//! one listed in `aware-if` counts as aware, one listed in `not-aware-if` as not aware, a blank
//! one is missing (never "no"), and any other answer is kept apart as unsorted, for the loader
//! to refuse: an answer nobody listed is never silently counted as "not aware".

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use serde::Serialize;

use crate::diag::Diagnostic;
use crate::fsutil::io_problem;
use crate::messages::Message;
use crate::msg;

/// Survey exports are a few megabytes; anything much larger is probably the wrong file.
pub const MAX_FILE_BYTES: u64 = 64 * 1024 * 1024;
/// Far more respondents than any district survey has.
pub const MAX_ROWS: u64 = 200_000;
/// Stop listing problems in one file after this many; the user fixes those first.
const MAX_PROBLEMS: usize = 10;
/// Distinct answers kept with their counts. A yes/no question has a handful; a column of free
/// text may have one per row, and those beyond this are counted together.
pub const MAX_DISTINCT_ANSWERS: usize = 1000;

/// How an answer was counted.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum CountedAs {
    /// Listed in `aware-if`.
    Aware,
    /// Listed in `not-aware-if`.
    NotAware,
    /// In neither list: the loader refuses the file until it is sorted.
    Unsorted,
    /// Blank: left out of the respondents.
    Missing,
}

/// One distinct answer of the column: as first written, how many rows gave it, how it counted.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub struct AnswerCount {
    pub answer: String,
    pub count: u64,
    pub counted_as: CountedAs,
}

/// What one column of an export says.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Tally {
    /// Rows with an answer in the column (sorted or not).
    pub respondents: u64,
    /// Rows whose answer is one of `aware-if`.
    pub aware: u64,
    /// Rows with a blank answer: not counted as respondents.
    pub missing: u64,
    /// The header name of the column used.
    pub column: String,
    /// Each distinct answer (compared trimmed and ignoring case) as first written, in the order
    /// first seen, with its count; at most [`MAX_DISTINCT_ANSWERS`].
    pub answers: Vec<AnswerCount>,
    /// Rows whose answer was beyond the first [`MAX_DISTINCT_ANSWERS`] distinct ones, and how
    /// many of those were in neither list.
    pub other_rows: u64,
    pub other_unsorted: u64,
    /// The answers broken down by each group column asked for, in the order asked.
    pub groups: Vec<GroupTally>,
}

impl Tally {
    /// Rows whose answer is in neither `aware-if` nor `not-aware-if`.
    pub fn unsorted(&self) -> u64 {
        let listed: u64 = self.answers.iter().filter(|a| a.counted_as == CountedAs::Unsorted).map(|a| a.count).sum();
        listed + self.other_unsorted
    }
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
pub enum ExportError {
    /// No column has this name; the header's columns, in file order.
    NoSuchColumn(Vec<String>),
    /// The short name matches several columns; their full names.
    AmbiguousColumn(Vec<String>),
    /// Problems in the file itself, each at its own line and column where it has lines.
    File(Vec<Diagnostic>),
    /// Group column number `group` (of those asked for) is not in the file; the header's columns.
    NoSuchGroupColumn { group: usize, columns: Vec<String> },
    /// Group column number `group` matches several columns; their full names.
    AmbiguousGroupColumn { group: usize, columns: Vec<String> },
    /// The workbook has no sheet of the name asked for; the sheets it has, in order.
    NoSuchSheet(Vec<String>),
}

/// What the loader asks of a column: the answers that count as aware and as not aware.
#[derive(Debug, Clone, Copy)]
pub struct Question<'a> {
    pub column: &'a str,
    pub aware_if: &'a [String],
    pub not_aware_if: &'a [String],
    /// Answers left out of the respondents as blank ones are (listed in `missing-if`).
    pub missing_if: &'a [String],
    /// The group columns to break the answers down by.
    pub groups: &'a [String],
}

/// Why a row could not be counted.
#[derive(Debug)]
pub enum RowProblem {
    /// This row only: the others are still read, so that one run shows several.
    Row(Box<Diagnostic>),
    /// The rest of the file cannot be read.
    Stop(Box<Diagnostic>),
}

/// The rows of an export, one at a time: what [`tally_rows`] needs of a format.
pub trait Rows {
    /// The column names, or `None` when the file has no rows at all.
    fn header(&mut self) -> Result<Option<Vec<String>>, Box<Diagnostic>>;
    /// The texts of the columns numbered `wanted` in the next row that is not blank, or `None`
    /// at the end. A missing cell is blank text.
    fn next_row(&mut self, wanted: &[usize]) -> Option<Result<Vec<String>, RowProblem>>;
    /// The diagnostic for the row last read being one more than [`MAX_ROWS`].
    fn too_many_rows(&self) -> Diagnostic;
}

/// Refuses a file over [`MAX_FILE_BYTES`] before it is opened.
pub fn check_size(path: &Path, shown: &Path) -> Result<(), ExportError> {
    let size = std::fs::metadata(path).map(|m| m.len()).map_err(|error| cannot_read(shown, &error))?;
    if size > MAX_FILE_BYTES {
        return Err(file_error(
            shown,
            msg!("csv-too-large", size = size.div_ceil(1 << 20), max = MAX_FILE_BYTES >> 20),
            msg!("csv-too-large-hint"),
        ));
    }
    Ok(())
}

/// The file cannot be read at all (permissions, a folder, a disk error).
pub fn cannot_read(shown: &Path, error: &std::io::Error) -> ExportError {
    file_error(shown, msg!("file-cannot-read", reason = io_problem(error)), msg!("csv-cannot-read-hint"))
}

/// One problem with the whole file.
pub fn file_error(shown: &Path, message: Message, hint: Message) -> ExportError {
    ExportError::File(vec![Diagnostic::file_error(shown, message).with_hint(hint)])
}

/// The column names of an export, in file order: what a person chooses the question from.
pub fn header_of(rows: &mut impl Rows, shown: &Path) -> Result<Vec<String>, ExportError> {
    match rows.header() {
        Ok(Some(header)) => Ok(header),
        Ok(None) => Err(file_error(shown, msg!("csv-empty"), msg!("csv-empty-hint"))),
        Err(problem) => Err(ExportError::File(vec![*problem])),
    }
}

/// Counts the answers of `question` in `rows` (the file shown to the user as `shown`), in all
/// and for each value of each group column: the one path every format's rows go through.
pub fn tally_rows(rows: &mut impl Rows, shown: &Path, question: Question) -> Result<Tally, ExportError> {
    let header = header_of(rows, shown)?;
    let index = find_column(&header, question.column)?;
    let mut wanted = vec![index];
    for (group, name) in question.groups.iter().enumerate() {
        match find_column(&header, name) {
            Ok(found) => wanted.push(found),
            Err(ExportError::NoSuchColumn(columns)) => return Err(ExportError::NoSuchGroupColumn { group, columns }),
            Err(ExportError::AmbiguousColumn(columns)) => {
                return Err(ExportError::AmbiguousGroupColumn { group, columns });
            }
            Err(other) => return Err(other),
        }
    }
    let mut counter = Counter {
        aware_if: question.aware_if.iter().map(|answer| normalise(answer)).collect(),
        not_aware_if: question.not_aware_if.iter().map(|answer| normalise(answer)).collect(),
        missing_if: question.missing_if.iter().map(|answer| normalise(answer)).collect(),
        positions: BTreeMap::new(),
        tally: Tally {
            respondents: 0,
            aware: 0,
            missing: 0,
            column: header[index].clone(),
            answers: Vec::new(),
            other_rows: 0,
            other_unsorted: 0,
            groups: wanted[1..]
                .iter()
                .map(|&i| GroupTally { column: header[i].clone(), values: BTreeMap::new(), blank: 0 })
                .collect(),
        },
    };
    let mut problems = Vec::new();
    let mut read: u64 = 0;
    while let Some(row) = rows.next_row(&wanted) {
        read += 1;
        if read > MAX_ROWS {
            problems.push(rows.too_many_rows());
            break;
        }
        match row {
            Ok(values) => counter.count(&values[0], &values[1..]),
            Err(RowProblem::Row(problem)) => problems.push(*problem),
            Err(RowProblem::Stop(problem)) => {
                problems.push(*problem);
                break;
            }
        }
        if problems.len() >= MAX_PROBLEMS {
            break;
        }
    }
    if problems.is_empty() { Ok(counter.tally) } else { Err(ExportError::File(problems)) }
}

struct Counter {
    aware_if: BTreeSet<String>,
    not_aware_if: BTreeSet<String>,
    missing_if: BTreeSet<String>,
    /// Where each normalised answer is in `tally.answers`.
    positions: BTreeMap<String, usize>,
    tally: Tally,
}

impl Counter {
    fn count(&mut self, answer: &str, group_values: &[String]) {
        let normalised = normalise(answer);
        if normalised.is_empty() {
            self.tally.missing += 1;
            return;
        }
        let counted_as = if self.aware_if.contains(&normalised) {
            CountedAs::Aware
        } else if self.not_aware_if.contains(&normalised) {
            CountedAs::NotAware
        } else if self.missing_if.contains(&normalised) {
            CountedAs::Missing
        } else {
            CountedAs::Unsorted
        };
        let tally = &mut self.tally;
        match self.positions.get(&normalised) {
            Some(&position) => tally.answers[position].count += 1,
            None if tally.answers.len() < MAX_DISTINCT_ANSWERS => {
                self.positions.insert(normalised, tally.answers.len());
                tally.answers.push(AnswerCount { answer: answer.trim().to_string(), count: 1, counted_as });
            }
            None => {
                tally.other_rows += 1;
                tally.other_unsorted += u64::from(counted_as == CountedAs::Unsorted);
            }
        }
        // An answer listed in `missing-if` says nothing, as a blank one: not a respondent.
        if counted_as == CountedAs::Missing {
            tally.missing += 1;
            return;
        }
        tally.respondents += 1;
        let aware = counted_as == CountedAs::Aware;
        tally.aware += u64::from(aware);
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
    }
}

/// The answers counted as `counted_as`, most frequent first, each in `quotes` with its count:
/// `"иә" 41, "да" 12`; a dash when there are none. The closing quote carries the space before
/// the count, so that a report can keep them on one line.
pub fn listed(answers: &[AnswerCount], counted_as: CountedAs, quotes: (&str, &str)) -> String {
    let mut chosen: Vec<&AnswerCount> = answers.iter().filter(|a| a.counted_as == counted_as).collect();
    chosen.sort_by_key(|a| std::cmp::Reverse(a.count));
    let listed: Vec<String> = chosen
        .iter()
        .map(|a| format!("{}{}{}{}", quotes.0, a.answer.replace(['\n', '\r'], " "), quotes.1, a.count))
        .collect();
    if listed.is_empty() { "—".to_string() } else { listed.join(", ") }
}

/// Answers match after trimming and ignoring case: " Иә" is "иә".
pub fn normalise(answer: &str) -> String {
    answer.trim().to_lowercase()
}

/// The column named `wanted`: the header with that exact name, or else the one whose name after
/// the last `/` is `wanted` (`q3` finds `group_x/q3`).
fn find_column(header: &[String], wanted: &str) -> Result<usize, ExportError> {
    let wanted = wanted.trim();
    let exact: Vec<usize> = (0..header.len()).filter(|&i| header[i] == wanted).collect();
    let by_short_name: Vec<usize> =
        (0..header.len()).filter(|&i| header[i].rsplit('/').next() == Some(wanted)).collect();
    let found = if exact.is_empty() { by_short_name } else { exact };
    match found.as_slice() {
        [index] => Ok(*index),
        [] => Err(ExportError::NoSuchColumn(header.to_vec())),
        several => Err(ExportError::AmbiguousColumn(several.iter().map(|&i| header[i].clone()).collect())),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Rows given as text, the first one the header.
    struct Given(std::vec::IntoIter<Vec<&'static str>>);

    impl Rows for Given {
        fn header(&mut self) -> Result<Option<Vec<String>>, Box<Diagnostic>> {
            Ok(self.0.next().map(|row| row.iter().map(|s| (*s).to_string()).collect()))
        }
        fn next_row(&mut self, wanted: &[usize]) -> Option<Result<Vec<String>, RowProblem>> {
            let row = self.0.next()?;
            Some(Ok(wanted.iter().map(|&i| row.get(i).copied().unwrap_or("").to_string()).collect()))
        }
        fn too_many_rows(&self) -> Diagnostic {
            Diagnostic::file_error("given", msg!("csv-too-many-rows", max = MAX_ROWS))
        }
    }

    fn tally_of(rows: Vec<Vec<&'static str>>, not_aware_if: &[&str]) -> Tally {
        let aware_if = ["иә".to_string(), "да".to_string()];
        let not_aware_if: Vec<String> = not_aware_if.iter().map(|s| (*s).to_string()).collect();
        let groups = ["sex".to_string()];
        let question = Question {
            column: "q3",
            aware_if: &aware_if,
            not_aware_if: &not_aware_if,
            missing_if: &[],
            groups: &groups,
        };
        tally_rows(&mut Given(rows.into_iter()), Path::new("given"), question).unwrap()
    }

    #[test]
    fn every_answer_is_counted_as_aware_not_aware_unsorted_or_missing() {
        let rows = vec![
            vec!["g/sex", "g/q3"],
            vec!["female", "Иә"],
            vec!["male", " иә "],
            vec!["male", "жоқ"],
            vec!["female", "нет"],
            vec!["female", ""],
            vec!["", "Нет"],
        ];
        let tally = tally_of(rows, &["жоқ"]);
        assert_eq!((tally.respondents, tally.aware, tally.missing, tally.unsorted()), (5, 2, 1, 2));
        let answers: Vec<(&str, u64, CountedAs)> =
            tally.answers.iter().map(|a| (a.answer.as_str(), a.count, a.counted_as)).collect();
        assert_eq!(
            answers,
            [("Иә", 2, CountedAs::Aware), ("жоқ", 1, CountedAs::NotAware), ("нет", 2, CountedAs::Unsorted)]
        );
        let sex = &tally.groups[0];
        assert_eq!((sex.values["female"].respondents, sex.values["female"].aware, sex.blank), (2, 1, 1));
    }

    #[test]
    fn an_answer_listed_in_missing_if_is_left_out_as_a_blank_one() {
        let rows = vec![vec!["g/sex", "g/q3"], vec!["female", "иә"], vec!["male", "Не знаю"], vec!["male", ""]];
        let (aware_if, missing_if) = (["иә".to_string()], ["не знаю".to_string()]);
        let question =
            Question { column: "q3", aware_if: &aware_if, not_aware_if: &[], missing_if: &missing_if, groups: &[] };
        let tally = tally_rows(&mut Given(rows.into_iter()), Path::new("given"), question).unwrap();
        assert_eq!((tally.respondents, tally.aware, tally.missing, tally.unsorted()), (1, 1, 2, 0));
        let answers: Vec<(&str, u64, CountedAs)> =
            tally.answers.iter().map(|a| (a.answer.as_str(), a.count, a.counted_as)).collect();
        assert_eq!(answers, [("иә", 1, CountedAs::Aware), ("Не знаю", 1, CountedAs::Missing)]);
    }

    #[test]
    fn distinct_answers_beyond_the_limit_are_counted_together() {
        let free_text: Vec<&'static str> =
            (0..MAX_DISTINCT_ANSWERS + 5).map(|i| &*Box::leak(format!("answer {i}").into_boxed_str())).collect();
        let mut rows = vec![vec!["sex", "q3"]];
        rows.extend(free_text.iter().map(|text| vec!["female", *text]));
        rows.push(vec!["male", "да"]);
        let tally = tally_of(rows, &[]);
        assert_eq!(tally.answers.len(), MAX_DISTINCT_ANSWERS);
        assert_eq!((tally.other_rows, tally.other_unsorted, tally.unsorted()), (6, 5, 1005));
        assert_eq!(tally.aware, 1);
    }
}
