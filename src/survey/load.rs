//! `booklets/<id>/survey.toml` read and checked: every indicator becomes counts before and after
//! (or paired counts), with each problem a diagnostic at its file, line and column.
//!
//! An indicator holds exactly one of:
//! - `before` and `after`, two independent samples, each either counts
//!   (`{ date, respondents, aware }`) or a CSV export (`{ date, csv, column, aware-if }`);
//! - `paired`, the same people asked twice:
//!   `{ before-date, after-date, both, only-before, only-after, neither }`.
//!
//! The CSV exports are counted here, so that a missing column is reported like any other
//! mistake in the file, and later stages only see counts.

use std::cell::OnceCell;
use std::collections::{BTreeMap, BTreeSet};
use std::ops::Range;
use std::path::Path;

use serde::Deserialize;
use toml::Spanned;
use toml::value::Datetime;

use crate::date::Date;
use crate::diag::{Diagnostic, Diagnostics, SourceFile};
use crate::fsutil::{self, Folder, PathProblem};
use crate::lang::Lang;
use crate::messages::{Arg, Message};
use crate::msg;
use crate::survey::csv::{self, CsvError, GroupTally};
use crate::survey::export::{self, AnswerCount, CountedAs};
use crate::survey::stats::PairedCells;
use crate::survey::target::Target;
use crate::survey::written::WrittenKeys;
use crate::survey::xlsx;
use crate::texts::RawTranslations;
use crate::texts::Texts;
use crate::tomlfile;

/// The file that holds a campaign's survey results.
pub const SURVEY_FILE: &str = "survey.toml";

/// More questions than any report on one booklet shows.
pub const MAX_INDICATORS: usize = 50;

/// Counts above this are typing mistakes, not surveys (and keep every sum far from overflow).
const MAX_COUNT: i64 = 1_000_000_000;

/// A campaign's survey file, checked.
#[derive(Debug, Clone)]
pub struct Survey {
    pub source: SourceFile,
    pub indicators: Vec<Indicator>,
}

/// One question asked before and after the campaign.
#[derive(Debug, Clone)]
pub struct Indicator {
    pub id: String,
    pub question: Texts,
    /// A short name for what is measured ("awareness of the appeal procedure"), when given.
    pub measure: Option<Texts>,
    /// 1 for a simple random sample.
    pub design_effect: f64,
    pub data: Data,
    /// The same question for each group of respondents (women, men; one village, another), in
    /// the order of `by` and, within it, of the values.
    pub groups: Vec<Group>,
    pub target: Option<Target>,
}

/// The respondents of one value of one `by` column, with the labels the report prints.
#[derive(Debug, Clone)]
pub struct Group {
    /// The column as written in `by` (`group/sex`; for counts, the name used in `[[indicator.group]]`).
    pub by: String,
    /// What the column is (`Sex`), in kk, ru and en.
    pub by_name: Texts,
    /// The value as written (`female`).
    pub value: String,
    /// What the value means (`women`), in kk, ru and en; the value itself where `values` has no label.
    pub label: Texts,
    pub data: Data,
}

// A survey has at most 50 indicators: the bytes an export's details add to every `Data` cost
// nothing worth an indirection.
#[allow(clippy::large_enum_variant)]
#[derive(Debug, Clone)]
pub enum Data {
    /// Different people asked before and after.
    Independent { before: Sample, after: Sample },
    /// The same people asked twice.
    Paired { before: Date, after: Date, cells: PairedCells<u64> },
}

/// One survey: when, how many answered, how many were aware.
#[derive(Debug, Clone, PartialEq)]
pub struct Sample {
    pub date: Date,
    pub respondents: u64,
    pub aware: u64,
    pub source: SampleSource,
}

#[derive(Debug, Clone, PartialEq)]
pub enum SampleSource {
    /// Counts written in `survey.toml`.
    Counts,
    /// Counted from a survey export: a CSV file or an Excel workbook.
    Csv {
        /// The path as written, relative to the campaign folder.
        file: String,
        /// The workbook's sheet, when one is named.
        sheet: Option<String>,
        /// The header name of the column used.
        column: String,
        /// Blank answers, left out of `respondents`.
        missing: u64,
        /// Each distinct answer, its count and how it was counted (never unsorted).
        answers: Vec<AnswerCount>,
        /// The answers broken down by the indicator's `by` columns.
        groups: Vec<GroupTally>,
    },
}

/// What [`load`] found.
#[derive(Debug)]
pub enum Loaded {
    /// The campaign has no `survey.toml`.
    Absent,
    /// The file is valid (it may have no indicators yet).
    Survey(Survey),
    /// The file has errors; they are in the diagnostics.
    Invalid,
}

/// Reads and checks `survey.toml` in a campaign folder.
pub fn load(folder: &Folder, diagnostics: &mut Diagnostics) -> Loaded {
    let (dir, shown_dir) = (folder.real.as_path(), folder.shown.as_path());
    if !dir.join(SURVEY_FILE).exists() {
        return Loaded::Absent;
    }
    let text = match folder.read_text(SURVEY_FILE) {
        Ok(text) => text,
        Err(diagnostic) => {
            diagnostics.push(diagnostic);
            return Loaded::Invalid;
        }
    };
    let file = SourceFile::new(shown_dir.join(SURVEY_FILE), text);
    let start = diagnostics.checkpoint();
    let Some(raw) = tomlfile::load::<RawSurveyFile>(&file, diagnostics) else {
        return Loaded::Invalid;
    };
    // Meaning is checked even after key errors, so that one run shows every problem.
    let mut checker = Checker {
        file: &file,
        dir,
        shown_dir,
        diagnostics,
        ids: BTreeSet::new(),
        group_columns: Vec::new(),
        written: OnceCell::new(),
    };
    let mut listed = raw.indicator.as_slice();
    if listed.len() > MAX_INDICATORS {
        // Each indicator may count a large CSV export: thousands of them would take hours.
        checker.error(
            listed[MAX_INDICATORS].span(),
            msg!("survey-too-many-indicators", count = listed.len(), max = MAX_INDICATORS),
            msg!("survey-too-many-indicators-hint"),
        );
        listed = &listed[..MAX_INDICATORS];
    }
    let indicators: Vec<Indicator> =
        listed.iter().enumerate().filter_map(|(index, indicator)| checker.indicator(index + 1, indicator)).collect();
    if diagnostics.failed_since(start) {
        return Loaded::Invalid;
    }
    Loaded::Survey(Survey { source: file, indicators })
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
struct RawSurveyFile {
    #[serde(default)]
    indicator: Vec<Spanned<RawIndicator>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
struct RawIndicator {
    id: Option<Spanned<String>>,
    question: Option<Spanned<RawTranslations>>,
    measure: Option<Spanned<RawTranslations>>,
    before: Option<Spanned<RawSample>>,
    after: Option<Spanned<RawSample>>,
    paired: Option<Spanned<RawPaired>>,
    design_effect: Option<Spanned<Number>>,
    by: Option<Spanned<Vec<Spanned<RawBy>>>>,
    group: Option<Vec<Spanned<RawGroup>>>,
    target: Option<Spanned<RawTarget>>,
}

/// One column to break the results down by: `{ column, name, values }`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
struct RawBy {
    column: Option<Spanned<String>>,
    name: Option<Spanned<RawTranslations>>,
    values: Option<Spanned<BTreeMap<String, Spanned<RawTranslations>>>>,
}

/// `[[indicator.group]]`: the counts of one group, for an indicator given as counts.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
struct RawGroup {
    by: Option<Spanned<String>>,
    value: Option<Spanned<String>>,
    before: Option<Spanned<RawSample>>,
    after: Option<Spanned<RawSample>>,
    paired: Option<Spanned<RawPaired>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
struct RawTarget {
    after: Option<Spanned<Number>>,
    change: Option<Spanned<Number>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
struct RawSample {
    date: Option<Spanned<Datetime>>,
    respondents: Option<Spanned<Count>>,
    aware: Option<Spanned<Count>>,
    csv: Option<Spanned<String>>,
    file: Option<Spanned<String>>,
    sheet: Option<Spanned<String>>,
    column: Option<Spanned<String>>,
    aware_if: Option<Spanned<Vec<Spanned<String>>>>,
    not_aware_if: Option<Spanned<Vec<Spanned<String>>>>,
    missing_if: Option<Spanned<Vec<Spanned<String>>>>,
}

impl RawSample {
    /// True when any key of an export (rather than counts) is given.
    fn names_an_export(&self) -> bool {
        self.csv.is_some()
            || self.file.is_some()
            || self.sheet.is_some()
            || self.column.is_some()
            || self.aware_if.is_some()
            || self.not_aware_if.is_some()
            || self.missing_if.is_some()
    }
}

/// The keys of a sample read from an export.
const EXPORT_KEYS: [&str; 7] = ["csv", "file", "sheet", "column", "aware-if", "not-aware-if", "missing-if"];

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
struct RawPaired {
    before_date: Option<Spanned<Datetime>>,
    after_date: Option<Spanned<Datetime>>,
    both: Option<Spanned<Count>>,
    only_before: Option<Spanned<Count>>,
    only_after: Option<Spanned<Count>>,
    neither: Option<Spanned<Count>>,
}

/// A whole number as written; the checker says what is wrong with negative ones. Its own type
/// so that `10.5` or `"10"` is reported as "should be a whole number".
#[derive(Debug, Clone, Copy)]
struct Count(i64);

impl<'de> Deserialize<'de> for Count {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Visitor;
        impl serde::de::Visitor<'_> for Visitor {
            type Value = Count;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("a whole number")
            }
            fn visit_i64<E: serde::de::Error>(self, value: i64) -> Result<Count, E> {
                Ok(Count(value))
            }
            fn visit_u64<E: serde::de::Error>(self, value: u64) -> Result<Count, E> {
                Ok(Count(i64::try_from(value).unwrap_or(i64::MAX)))
            }
        }
        deserializer.deserialize_any(Visitor)
    }
}

/// A number with or without decimals, such as a design effect of `1.7` or `2`.
#[derive(Debug, Clone, Copy)]
struct Number(f64);

impl<'de> Deserialize<'de> for Number {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Visitor;
        impl serde::de::Visitor<'_> for Visitor {
            type Value = Number;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("a number such as 1.7")
            }
            fn visit_f64<E: serde::de::Error>(self, value: f64) -> Result<Number, E> {
                Ok(Number(value))
            }
            fn visit_i64<E: serde::de::Error>(self, value: i64) -> Result<Number, E> {
                Ok(Number(value as f64))
            }
            fn visit_u64<E: serde::de::Error>(self, value: u64) -> Result<Number, E> {
                Ok(Number(value as f64))
            }
        }
        deserializer.deserialize_any(Visitor)
    }
}

struct Checker<'a> {
    file: &'a SourceFile,
    dir: &'a Path,
    shown_dir: &'a Path,
    diagnostics: &'a mut Diagnostics,
    ids: BTreeSet<String>,
    /// The `by` columns of the indicator being checked, counted with every CSV export it reads,
    /// each with where it is written.
    group_columns: Vec<(String, Range<usize>)>,
    /// The keys the file has written, read when a key is found missing: one whose value the TOML
    /// loader has reported (and removed) is not reported again.
    written: OnceCell<WrittenKeys>,
}

/// One `by` column, checked.
#[derive(Debug, Clone)]
struct Breakdown {
    column: String,
    name: Texts,
    /// Labels per value, the value compared as answers are.
    values: Vec<(String, Texts)>,
    /// One of the values as written, for a hint's example.
    example_value: Option<String>,
    span: Range<usize>,
}

impl Breakdown {
    fn label(&self, key: &str, written: &str) -> Texts {
        self.values.iter().find(|(value, _)| value == key).map_or_else(
            || Texts(SENTENCE_LANGUAGES.iter().map(|&lang| (lang, written.to_string())).collect()),
            |(_, texts)| texts.clone(),
        )
    }

    /// Where a value falls in the report: the labelled values in `values` order, then the rest.
    fn rank(&self, key: &str) -> usize {
        self.values.iter().position(|(value, _)| value == key).unwrap_or(self.values.len())
    }
}

/// The languages every sentence is written in.
const SENTENCE_LANGUAGES: [Lang; 3] = [Lang::Kk, Lang::Ru, Lang::En];

/// Which of the two surveys: before the campaign or after it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum When {
    Before,
    After,
}

impl When {
    /// The key of that survey's table, which the messages also choose their words by.
    fn key(self) -> &'static str {
        match self {
            When::Before => "before",
            When::After => "after",
        }
    }

    /// A day to offer as an example for this survey's date, one that fits the other survey's
    /// date when it is known: never the day before the campaign offered as the day after it.
    fn example_date(self, other: Option<Date>) -> Date {
        // The example dates of the survey file that `kitapsha new` writes.
        let (before, after) = (Date { year: 2024, month: 9, day: 10 }, Date { year: 2025, month: 1, day: 25 });
        // About four months apart, as a campaign's surveys usually are.
        const GAP_DAYS: i64 = 120;
        match (self, other) {
            (When::Before, Some(other)) if before >= other => {
                Date::from_days_since_epoch(other.days_since_epoch() - GAP_DAYS)
            }
            (When::After, Some(other)) if after <= other => {
                Date::from_days_since_epoch(other.days_since_epoch() + GAP_DAYS)
            }
            (When::Before, _) => before,
            (When::After, _) => after,
        }
    }
}

/// The date written for a survey, when it is one.
fn written_date(written: Option<&Spanned<Datetime>>) -> Option<Date> {
    written.and_then(|date| Date::from_toml(date.get_ref()))
}

impl Checker<'_> {
    fn error(&mut self, span: Range<usize>, message: Message, hint: Message) {
        self.diagnostics.push(Diagnostic::error(self.file, span, message).with_hint(hint));
    }

    fn warning(&mut self, span: Range<usize>, message: Message, hint: Message) {
        self.diagnostics.push(Diagnostic::warning(self.file, span, message).with_hint(hint));
    }

    /// True when the table at `table` has `key` written, whatever its value.
    fn written(&self, table: &Range<usize>, key: &str) -> bool {
        self.written.get_or_init(|| WrittenKeys::of(&self.file.text)).has(table, key)
    }

    /// Reports that the table at `table` lacks `key`, unless the key is written there: then its
    /// value has been reported already, at its place, and saying that the key is missing would
    /// contradict that.
    fn missing(&mut self, table: Range<usize>, key: &str, message: Message, hint: Message) {
        if !self.written(&table, key) {
            self.error(table, message, hint);
        }
    }

    fn indicator(&mut self, number: usize, written: &Spanned<RawIndicator>) -> Option<Indicator> {
        let raw = written.get_ref();
        let span = written.span();
        let id = self.id(number, span.clone(), raw.id.as_ref());
        let name = match &raw.id {
            Some(written) if !written.get_ref().trim().is_empty() => {
                msg!("survey-indicator-named", id = written.get_ref().trim())
            }
            _ => msg!("survey-indicator-numbered", number = number),
        };
        let question = match &raw.question {
            Some(question) => self.texts("question", question),
            None => {
                self.missing(
                    span.clone(),
                    "question",
                    msg!("survey-no-question", indicator = name.clone()),
                    msg!("survey-no-question-hint", example = "question = { kk = \"…\", ru = \"…\", en = \"…\" }"),
                );
                None
            }
        };
        // `None` after an error; `Some(None)` when the indicator has no `measure`.
        let measure = match &raw.measure {
            Some(measure) => self.texts("measure", measure).map(Some),
            None => Some(None),
        };
        let design_effect = self.design_effect(raw.design_effect.as_ref());
        let breakdowns = self.breakdowns(raw.by.as_ref());
        self.group_columns = breakdowns
            .as_ref()
            .map(|b| b.iter().map(|b| (b.column.clone(), b.span.clone())).collect())
            .unwrap_or_default();
        let data = self.data(&name, span.clone(), raw);
        let target = self.target(raw.target.as_ref());
        let groups = match (&data, breakdowns) {
            (Some(data), Some(breakdowns)) => self.groups(&name, span, raw, data, &breakdowns),
            _ => None,
        };
        Some(Indicator {
            id: id?,
            question: question?,
            measure: measure?,
            design_effect: design_effect?,
            data: data?,
            groups: groups?,
            target: target?,
        })
    }

    /// `by = [{ column, name, values }]`, each checked. `Some(empty)` when there is no `by`.
    fn breakdowns(&mut self, written: Option<&Spanned<Vec<Spanned<RawBy>>>>) -> Option<Vec<Breakdown>> {
        let Some(written) = written else { return Some(Vec::new()) };
        let mut breakdowns = Vec::new();
        let mut complete = true;
        for by in written.get_ref() {
            let raw = by.get_ref();
            let column = match &raw.column {
                Some(column) if !column.get_ref().trim().is_empty() => Some(column.get_ref().trim().to_string()),
                Some(column) => {
                    self.error(column.span(), msg!("survey-by-column-empty"), msg!("survey-by-column-hint"));
                    None
                }
                None => {
                    self.missing(by.span(), "column", msg!("survey-by-no-column"), msg!("survey-by-column-hint"));
                    None
                }
            };
            let name = match &raw.name {
                Some(name) => self.texts("name", name),
                None => {
                    self.missing(
                        by.span(),
                        "name",
                        msg!("survey-by-no-name"),
                        Message::new("survey-by-no-name-hint")
                            .arg("example", "name = { kk = \"Жынысы\", ru = \"Пол\", en = \"Sex\" }"),
                    );
                    None
                }
            };
            let mut values = Vec::new();
            let mut example_value = None;
            if let Some(written_values) = &raw.values {
                for (value, label) in written_values.get_ref() {
                    example_value.get_or_insert_with(|| value.trim().to_string());
                    if let Some(texts) = self.texts(&format!("values.{value}"), label) {
                        values.push((csv::normalise(value), texts));
                    } else {
                        complete = false;
                    }
                }
            }
            if let Some(column) = &column
                && breakdowns.iter().any(|b: &Breakdown| &b.column == column)
            {
                self.error(
                    by.span(),
                    msg!("survey-by-column-twice", column = column),
                    msg!("survey-by-column-twice-hint"),
                );
                complete = false;
                continue;
            }
            match (column, name) {
                (Some(column), Some(name)) => {
                    breakdowns.push(Breakdown { column, name, values, example_value, span: by.span() });
                }
                _ => complete = false,
            }
        }
        complete.then_some(breakdowns)
    }

    /// `target = { after = 0.60 }` or `{ change = 0.20 }`. `Some(None)` when there is none.
    fn target(&mut self, written: Option<&Spanned<RawTarget>>) -> Option<Option<Target>> {
        let Some(written) = written else { return Some(None) };
        let raw = written.get_ref();
        let hint =
            || msg!("survey-target-hint", after = "target = { after = 0.60 }", change = "target = { change = 0.20 }");
        let (key, value, make): (&str, &Spanned<Number>, fn(f64) -> Target) = match (&raw.after, &raw.change) {
            (Some(after), None) => ("after", after, Target::After),
            (None, Some(change)) => ("change", change, Target::Change),
            (Some(_), Some(_)) => {
                self.error(written.span(), msg!("survey-target-both"), msg!("survey-target-both-hint"));
                return None;
            }
            (None, None) => {
                let span = written.span();
                if !self.written(&span, "after") && !self.written(&span, "change") {
                    self.error(span, msg!("survey-target-neither"), hint());
                }
                return None;
            }
        };
        let number = value.get_ref().0;
        if number > 1.0 && number <= 100.0 {
            self.error(
                value.span(),
                msg!("survey-target-percentage", key = key, fraction = short_number(number / 100.0)),
                hint(),
            );
            return None;
        }
        if !(number.is_finite() && number > 0.0 && number <= 1.0) {
            self.error(value.span(), msg!("survey-target-range", key = key, value = number.to_string()), hint());
            return None;
        }
        Some(Some(make(number)))
    }

    fn id(&mut self, number: usize, indicator_span: Range<usize>, written: Option<&Spanned<String>>) -> Option<String> {
        let Some(written) = written else {
            self.missing(indicator_span, "id", msg!("survey-no-id", number = number), msg!("survey-id-hint"));
            return None;
        };
        let id = written.get_ref().trim();
        let valid = id.starts_with(|c: char| c.is_ascii_lowercase())
            && id.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
            && id.len() <= 64;
        if !valid {
            self.error(written.span(), msg!("survey-id-not-short", id = id), msg!("survey-id-hint"));
            return None;
        }
        if !self.ids.insert(id.to_string()) {
            self.error(written.span(), msg!("survey-id-twice", id = id), msg!("survey-id-twice-hint"));
            return None;
        }
        Some(id.to_string())
    }

    /// `{ kk = "…", ru = "…", en = "…" }`: the sentences need all three.
    fn texts(&mut self, key: &str, written: &Spanned<RawTranslations>) -> Option<Texts> {
        let mut complete = true;
        for lang in SENTENCE_LANGUAGES {
            let text = written.get_ref().get(lang);
            if text.is_some_and(|text| !text.get_ref().trim().is_empty()) {
                continue;
            }
            complete = false;
            let message = msg!("survey-no-text", key = key, lang = lang);
            let hint = msg!("survey-no-text-hint", lang = lang);
            match text {
                Some(_) => self.error(written.span(), message, hint),
                None => self.missing(written.span(), lang.code(), message, hint),
            }
        }
        if complete { texts_of(written.get_ref()) } else { None }
    }

    fn design_effect(&mut self, written: Option<&Spanned<Number>>) -> Option<f64> {
        let Some(written) = written else { return Some(1.0) };
        let value = written.get_ref().0;
        if !(value.is_finite() && value > 0.0) {
            self.error(
                written.span(),
                msg!("survey-design-effect-range", value = value.to_string()),
                msg!("survey-design-effect-range-hint"),
            );
            return None;
        }
        if value < 1.0 {
            self.warning(
                written.span(),
                msg!("survey-design-effect-low", value = value.to_string()),
                msg!("survey-design-effect-low-hint"),
            );
        }
        Some(value)
    }

    fn data(&mut self, name: &Message, span: Range<usize>, raw: &RawIndicator) -> Option<Data> {
        match (&raw.before, &raw.after, &raw.paired) {
            // A question whose surveys are not all done yet (the after survey comes months after
            // the before one) is not a mistake: it waits, out of the results, and says so.
            (None, None, None) => {
                if !["before", "after", "paired"].iter().any(|key| self.written(&span, key)) {
                    self.warning(span, msg!("survey-no-data", indicator = name.clone()), msg!("survey-no-data-hint"));
                }
                None
            }
            (None, None, Some(paired)) => self.paired(paired),
            (_, _, Some(paired)) => {
                self.error(
                    paired.span(),
                    msg!("survey-paired-and-independent", indicator = name.clone()),
                    msg!("survey-paired-and-independent-hint"),
                );
                None
            }
            (Some(before), Some(after), None) => {
                let before_written = written_date(before.get_ref().date.as_ref());
                let after_written = written_date(after.get_ref().date.as_ref());
                let (before_date, before_sample) = self.sample(When::Before, before, after_written);
                let (after_date, after_sample) = self.sample(When::After, after, before_written);
                if let (Some(before_date), Some(after_date)) = (before_date, after_date)
                    && before_date >= after_date
                {
                    let date_span = after.get_ref().date.as_ref().map_or(after.span(), Spanned::span);
                    self.dates_in_order(date_span, before_date, after_date);
                    return None;
                }
                Some(Data::Independent { before: before_sample?, after: after_sample? })
            }
            (Some(before), None, None) => {
                // The round that is there is checked all the same, so that its mistakes show now.
                self.sample(When::Before, before, None);
                if !self.written(&span, "after") {
                    self.warning(
                        span,
                        msg!("survey-no-after", indicator = name.clone()),
                        msg!("survey-no-after-hint", example = "after = { date = …, respondents = …, aware = … }"),
                    );
                }
                None
            }
            (None, Some(after), None) => {
                self.sample(When::After, after, None);
                if !self.written(&span, "before") {
                    self.warning(
                        span,
                        msg!("survey-no-before", indicator = name.clone()),
                        msg!("survey-no-before-hint", example = "before = { date = …, respondents = …, aware = … }"),
                    );
                }
                None
            }
        }
    }

    /// The groups of an indicator: counted from its CSV exports by its `by` columns, or given
    /// as `[[indicator.group]]` counts. `Some(empty)` without `by`.
    fn groups(
        &mut self,
        name: &Message,
        span: Range<usize>,
        raw: &RawIndicator,
        data: &Data,
        breakdowns: &[Breakdown],
    ) -> Option<Vec<Group>> {
        let written: &[Spanned<RawGroup>] = raw.group.as_deref().unwrap_or_default();
        let csv_sides = match data {
            Data::Independent { before, after } => {
                [&before.source, &after.source].iter().filter(|s| matches!(s, SampleSource::Csv { .. })).count()
            }
            Data::Paired { .. } => 0,
        };
        if breakdowns.is_empty() {
            if let Some(first) = written.first() {
                // A `by` that is written but was refused has been reported already.
                if !self.written(&span, "by") {
                    self.error(
                        first.span(),
                        msg!("survey-groups-without-by", indicator = name.clone()),
                        Message::new("survey-groups-without-by-hint").arg(
                            "example",
                            "by = [{ column = \"sex\", name = { kk = \"Жынысы\", ru = \"Пол\", en = \"Sex\" } }]",
                        ),
                    );
                }
                return None;
            }
            return Some(Vec::new());
        }
        match (csv_sides, written.first()) {
            (2, None) => Some(csv_groups(data, breakdowns)),
            (2, Some(first)) => {
                self.error(
                    first.span(),
                    msg!("survey-groups-with-csv", indicator = name.clone()),
                    msg!("survey-groups-with-csv-hint"),
                );
                None
            }
            (1, _) => {
                self.error(
                    breakdowns[0].span.clone(),
                    msg!("survey-by-one-csv", indicator = name.clone()),
                    msg!("survey-by-one-csv-hint"),
                );
                None
            }
            (_, None) => {
                self.missing(
                    span,
                    "group",
                    msg!("survey-by-without-groups", indicator = name.clone()),
                    msg!("survey-by-without-groups-hint"),
                );
                None
            }
            (_, Some(_)) => self.counted_groups(name, data, breakdowns, written),
        }
    }

    fn counted_groups(
        &mut self,
        name: &Message,
        data: &Data,
        breakdowns: &[Breakdown],
        written: &[Spanned<RawGroup>],
    ) -> Option<Vec<Group>> {
        let mut groups: Vec<(usize, usize, String, Group)> = Vec::new();
        let mut complete = true;
        for entry in written {
            let raw = entry.get_ref();
            let columns: Vec<&str> = breakdowns.iter().map(|b| b.column.as_str()).collect();
            let Some(by) = &raw.by else {
                self.missing(
                    entry.span(),
                    "by",
                    msg!("survey-group-no-by"),
                    msg!("survey-group-no-by-hint", column = columns[0]),
                );
                complete = false;
                continue;
            };
            let Some(index) = breakdowns.iter().position(|b| b.column == by.get_ref().trim()) else {
                self.error(
                    by.span(),
                    msg!("survey-group-unknown-by", by = by.get_ref().trim(), indicator = name.clone()),
                    msg!("survey-group-unknown-by-hint", columns = columns.join(", ")),
                );
                complete = false;
                continue;
            };
            let breakdown = &breakdowns[index];
            let value_hint = || {
                Message::new("survey-group-no-value-hint")
                    .arg("column", breakdown.column.as_str())
                    .arg("example", breakdown.example_value.as_deref().unwrap_or("…"))
            };
            let value = match &raw.value {
                Some(value) if !value.get_ref().trim().is_empty() => value,
                Some(value) => {
                    self.error(value.span(), msg!("survey-group-no-value"), value_hint());
                    complete = false;
                    continue;
                }
                None => {
                    self.missing(entry.span(), "value", msg!("survey-group-no-value"), value_hint());
                    complete = false;
                    continue;
                }
            };
            let (written_value, key) = (value.get_ref().trim().to_string(), csv::normalise(value.get_ref()));
            if groups.iter().any(|(i, _, k, _)| *i == index && *k == key) {
                self.error(
                    value.span(),
                    msg!("survey-group-twice", column = breakdown.column.as_str(), value = written_value.as_str()),
                    msg!("survey-group-twice-hint"),
                );
                complete = false;
                continue;
            }
            let Some(group_data) = self.group_data(entry, data) else {
                complete = false;
                continue;
            };
            let group = Group {
                by: breakdown.column.clone(),
                by_name: breakdown.name.clone(),
                label: breakdown.label(&key, &written_value),
                value: written_value,
                data: group_data,
            };
            groups.push((index, breakdown.rank(&key), key, group));
        }
        if !complete {
            return None;
        }
        for (index, breakdown) in breakdowns.iter().enumerate() {
            let of_column: Vec<&Data> = groups.iter().filter(|g| g.0 == index).map(|g| &g.3.data).collect();
            for (side, (whole, parts)) in [When::Before, When::After].into_iter().zip(side_totals(data, &of_column)) {
                if parts.0 > whole.0 || parts.1 > whole.1 {
                    self.error(
                        breakdown.span.clone(),
                        Message::new("survey-groups-exceed")
                            .arg("column", breakdown.column.as_str())
                            .arg("side", side.key())
                            .arg("respondents", parts.0)
                            .arg("aware", parts.1)
                            .arg("whole", whole.0)
                            .arg("whole_aware", whole.1)
                            .arg("indicator", name.clone()),
                        msg!("survey-groups-exceed-hint"),
                    );
                    complete = false;
                }
            }
        }
        groups.sort_by(|a, b| (a.0, a.1, &a.2).cmp(&(b.0, b.1, &b.2)));
        complete.then(|| groups.into_iter().map(|g| g.3).collect())
    }

    /// A group's counts, of the same design as its indicator's and on its dates.
    fn group_data(&mut self, entry: &Spanned<RawGroup>, data: &Data) -> Option<Data> {
        let raw = entry.get_ref();
        let span = entry.span();
        // A table that is written but was refused has been reported already.
        let lacks = |checker: &Self, given: bool, key: &str| !given && !checker.written(&span, key);
        match (data, &raw.before, &raw.after, &raw.paired) {
            (Data::Independent { before, after }, Some(before_counts), Some(after_counts), None) => {
                let before_counts = self.group_counts(When::Before, before_counts);
                let after_counts = self.group_counts(When::After, after_counts);
                let sample = |whole: &Sample, (respondents, aware): (u64, u64)| Sample {
                    date: whole.date,
                    respondents,
                    aware,
                    source: SampleSource::Counts,
                };
                Some(Data::Independent { before: sample(before, before_counts?), after: sample(after, after_counts?) })
            }
            (Data::Independent { .. }, before, after, paired) => {
                if paired.is_some() || lacks(self, before.is_some(), "before") || lacks(self, after.is_some(), "after")
                {
                    self.error(
                        span,
                        msg!("survey-group-needs-independent"),
                        Message::new("survey-group-needs-independent-hint")
                            .arg("before", "before = { respondents = …, aware = … }")
                            .arg("after", "after = { respondents = …, aware = … }"),
                    );
                }
                None
            }
            (Data::Paired { before, after, .. }, None, None, Some(paired)) => {
                let cells = self.group_cells(paired)?;
                Some(Data::Paired { before: *before, after: *after, cells })
            }
            (Data::Paired { .. }, before, after, paired) => {
                if before.is_some() || after.is_some() || lacks(self, paired.is_some(), "paired") {
                    self.error(
                        span,
                        msg!("survey-group-needs-paired"),
                        Message::new("survey-group-needs-paired-hint")
                            .arg("example", "paired = { both = …, only-before = …, only-after = …, neither = … }"),
                    );
                }
                None
            }
        }
    }

    /// `{ respondents, aware }` of one group: the dates and the source are the indicator's.
    fn group_counts(&mut self, when: When, written: &Spanned<RawSample>) -> Option<(u64, u64)> {
        let raw = written.get_ref();
        if raw.date.is_some() || raw.names_an_export() {
            self.error(
                written.span(),
                msg!("survey-group-sample-extra", key = when.key()),
                msg!("survey-group-sample-extra-hint"),
            );
            return None;
        }
        self.counts(when, written).map(|(respondents, aware, _)| (respondents, aware))
    }

    fn group_cells(&mut self, written: &Spanned<RawPaired>) -> Option<PairedCells<u64>> {
        let raw = written.get_ref();
        let span = written.span();
        if raw.before_date.is_some() || raw.after_date.is_some() {
            self.error(span, msg!("survey-group-paired-dates"), msg!("survey-group-paired-dates-hint"));
            return None;
        }
        let mut cell = |key: &str, value: Option<&Spanned<Count>>, meaning: Message| {
            self.count("paired", key, span.clone(), value, meaning)
        };
        let both = cell("both", raw.both.as_ref(), Message::new("survey-meaning-group-both"));
        let only_before =
            cell("only-before", raw.only_before.as_ref(), Message::new("survey-meaning-group-only-before"));
        let only_after = cell("only-after", raw.only_after.as_ref(), Message::new("survey-meaning-group-only-after"));
        let neither = cell("neither", raw.neither.as_ref(), Message::new("survey-meaning-group-neither"));
        let cells = PairedCells { both: both?, only_before: only_before?, only_after: only_after?, neither: neither? };
        if cells.total() == 0 {
            self.error(span, msg!("survey-group-paired-zero"), msg!("survey-group-paired-zero-hint"));
            return None;
        }
        Some(cells)
    }

    fn dates_in_order(&mut self, span: Range<usize>, before: Date, after: Date) {
        self.error(
            span,
            msg!("survey-dates-out-of-order", after = after.to_string(), before = before.to_string()),
            msg!("survey-dates-out-of-order-hint"),
        );
    }

    /// The sample's date and, when they are valid, its counts (each checked on its own, so that
    /// the order of the dates is checked even when a count is wrong). `other` is the other
    /// survey's date, when it is known, for the example of a hint.
    fn sample(
        &mut self,
        when: When,
        written: &Spanned<RawSample>,
        other: Option<Date>,
    ) -> (Option<Date>, Option<Sample>) {
        let raw = written.get_ref();
        let span = written.span();
        let date = match &raw.date {
            Some(date) => self.date("date", when, date, other),
            None => {
                self.missing(
                    span.clone(),
                    "date",
                    msg!("survey-no-key", table = when.key(), key = "date"),
                    date_hint("date", when, other),
                );
                None
            }
        };
        // Keys whose values were refused still say which kind of sample this is.
        let given = |checker: &Self, present: bool, keys: &[&str]| {
            present || keys.iter().any(|key| checker.written(&span, key))
        };
        let has_counts = given(self, raw.respondents.is_some() || raw.aware.is_some(), &["respondents", "aware"]);
        let has_csv = given(self, raw.names_an_export(), &EXPORT_KEYS);
        let counted = match (has_counts, has_csv) {
            (true, true) => {
                self.error(span, msg!("survey-counts-and-csv", key = when.key()), msg!("survey-counts-and-csv-hint"));
                None
            }
            (false, false) => {
                self.error(span, msg!("survey-no-counts", key = when.key()), msg!("survey-no-counts-hint"));
                None
            }
            (true, false) => self.counts(when, written),
            (false, true) => self.csv_counts(when, written),
        };
        let sample = match (date, counted) {
            (Some(date), Some((respondents, aware, source))) => Some(Sample { date, respondents, aware, source }),
            _ => None,
        };
        (date, sample)
    }

    fn counts(&mut self, when: When, written: &Spanned<RawSample>) -> Option<(u64, u64, SampleSource)> {
        let raw = written.get_ref();
        let table = when.key();
        let respondents = self.count(
            table,
            "respondents",
            written.span(),
            raw.respondents.as_ref(),
            Message::new("survey-meaning-respondents"),
        );
        let aware =
            self.count(table, "aware", written.span(), raw.aware.as_ref(), Message::new("survey-meaning-aware"));
        let (respondents_written, aware_written) = (raw.respondents.as_ref()?, raw.aware.as_ref()?);
        let (respondents, aware) = (respondents?, aware?);
        if respondents == 0 {
            self.error(
                respondents_written.span(),
                msg!("survey-respondents-zero"),
                msg!("survey-respondents-zero-hint"),
            );
            return None;
        }
        if aware > respondents {
            self.error(
                aware_written.span(),
                msg!("survey-aware-exceeds", aware = aware, respondents = respondents),
                msg!("survey-aware-exceeds-hint"),
            );
            return None;
        }
        Some((respondents, aware, SampleSource::Counts))
    }

    /// A count that must be there, whole, and not negative.
    fn count(
        &mut self,
        table: &str,
        key: &str,
        table_span: Range<usize>,
        written: Option<&Spanned<Count>>,
        meaning: Message,
    ) -> Option<u64> {
        let Some(written) = written else {
            self.missing(
                table_span,
                key,
                msg!("survey-no-key", table = table, key = key),
                msg!("survey-count-missing-hint", key = key, meaning = meaning),
            );
            return None;
        };
        let value = written.get_ref().0;
        if value < 0 {
            self.error(
                written.span(),
                msg!("survey-count-negative", key = key, value = value.to_string()),
                msg!("survey-count-negative-hint", meaning = meaning),
            );
            return None;
        }
        if value > MAX_COUNT {
            self.error(
                written.span(),
                msg!("survey-count-too-large", key = key, value = value.to_string()),
                msg!("survey-count-too-large-hint", meaning = meaning),
            );
            return None;
        }
        Some(value as u64)
    }

    fn csv_counts(&mut self, when: When, written: &Spanned<RawSample>) -> Option<(u64, u64, SampleSource)> {
        let raw = written.get_ref();
        let span = written.span();
        let path = match (&raw.csv, &raw.file) {
            (Some(_), Some(file)) => {
                self.error(
                    span.clone(),
                    msg!("survey-csv-and-file", key = when.key()),
                    msg!("survey-csv-and-file-hint", example = format!("file = \"{}\"", file.get_ref().trim())),
                );
                None
            }
            (Some(path), None) => self.csv_path(when, "csv", path),
            (None, Some(path)) => self.csv_path(when, "file", path),
            (None, None) => {
                if !self.written(&span, "csv") {
                    self.missing(
                        span.clone(),
                        "file",
                        msg!("survey-no-key", table = when.key(), key = "file"),
                        msg!("survey-no-csv-hint", example = format!("surveys/{}.xlsx", when.key())),
                    );
                }
                None
            }
        };
        let column = raw.column.as_ref();
        if column.is_none() {
            self.missing(
                span.clone(),
                "column",
                msg!("survey-no-key", table = when.key(), key = "column"),
                msg!("survey-no-column-hint"),
            );
        }
        let sheet = raw.sheet.as_ref();
        if let (Some(sheet), Some((written_path, _))) = (sheet, &path)
            && !xlsx::is_workbook(written_path)
        {
            self.error(
                sheet.span(),
                msg!("survey-sheet-not-workbook", file = written_path.as_str()),
                msg!("survey-sheet-not-workbook-hint"),
            );
            return None;
        }
        let aware_if_hint = || msg!("survey-aware-if-hint", example = "aware-if = [\"иә\", \"да\", \"yes\"]");
        let aware_if = match &raw.aware_if {
            Some(list) => {
                let answers = listed_answers(list);
                if answers.is_empty() {
                    self.error(list.span(), msg!("survey-aware-if-empty"), aware_if_hint());
                    None
                } else {
                    Some(answers)
                }
            }
            None => {
                self.missing(
                    span.clone(),
                    "aware-if",
                    msg!("survey-no-key", table = when.key(), key = "aware-if"),
                    aware_if_hint(),
                );
                None
            }
        };
        let not_aware_if = raw.not_aware_if.as_ref().map(listed_answers);
        // Answers that say nothing (a refusal, "—"), left out of the respondents as blank ones are.
        let missing_if = raw.missing_if.as_ref().map(listed_answers).unwrap_or_default();
        if let (Some(aware), Some(not_aware), Some(written_list)) = (&aware_if, &not_aware_if, &raw.not_aware_if) {
            let aware_keys: BTreeSet<String> = aware.iter().map(|a| csv::normalise(a)).collect();
            let both: Vec<String> = not_aware
                .iter()
                .filter(|a| aware_keys.contains(&csv::normalise(a)))
                .map(|a| format!("\"{a}\""))
                .collect();
            if !both.is_empty() {
                self.error(
                    written_list.span(),
                    msg!("survey-answers-in-both", count = both.len(), answers = both.join(", ")),
                    msg!("survey-answers-in-both-hint"),
                );
                return None;
            }
        }
        let (Some((written_path, real)), Some(column), Some(aware_if)) = (path, column, aware_if) else {
            self.no_not_aware_if(when, span, raw);
            return None;
        };
        let shown = self.shown_dir.join(&written_path);
        let group_names: Vec<String> = self.group_columns.iter().map(|(name, _)| name.clone()).collect();
        let question = csv::Question {
            column: column.get_ref(),
            aware_if: &aware_if,
            not_aware_if: not_aware_if.as_deref().unwrap_or_default(),
            missing_if: &missing_if,
            groups: &group_names,
        };
        let counted = if xlsx::is_workbook(&written_path) {
            xlsx::tally(&real, &shown, sheet.map(|s| s.get_ref().as_str()), question)
        } else {
            csv::tally(&real, &shown, question)
        };
        let Some(tally) = self.counted(counted, &written_path, column, sheet, &span) else {
            self.no_not_aware_if(when, span, raw);
            return None;
        };
        if not_aware_if.is_none() || tally.unsorted() > 0 {
            self.unsorted_answers(when, span, &tally, &written_path, &aware_if, not_aware_if.as_deref());
            return None;
        }
        let source = SampleSource::Csv {
            file: written_path,
            sheet: sheet.map(|s| s.get_ref().trim().to_string()),
            column: tally.column,
            missing: tally.missing,
            answers: tally.answers,
            groups: tally.groups,
        };
        Some((tally.respondents, tally.aware, source))
    }

    /// Reports a sample without `not-aware-if` whose export could not be counted (when it is
    /// counted, the error lists its answers instead).
    fn no_not_aware_if(&mut self, when: When, span: Range<usize>, raw: &RawSample) {
        if raw.not_aware_if.is_none() {
            self.missing(
                span,
                "not-aware-if",
                msg!("survey-no-key", table = when.key(), key = "not-aware-if"),
                msg!("survey-not-aware-if-hint", example = "not-aware-if = [\"жоқ\", \"нет\", \"no\"]"),
            );
        }
    }

    /// The tally of an export, or `None` once its problems are reported, each where the user
    /// can mend it.
    fn counted(
        &mut self,
        counted: Result<csv::Tally, CsvError>,
        written_path: &str,
        column: &Spanned<String>,
        sheet: Option<&Spanned<String>>,
        span: &Range<usize>,
    ) -> Option<csv::Tally> {
        match counted {
            Ok(tally) if tally.respondents == 0 => {
                self.error(
                    column.span(),
                    Message::new("survey-column-no-answers")
                        .arg("column", tally.column.as_str())
                        .arg("file", written_path)
                        .arg("blank", tally.missing),
                    msg!("survey-column-no-answers-hint"),
                );
                None
            }
            Ok(tally) => Some(tally),
            Err(CsvError::NoSuchSheet(sheets)) => {
                let (at, wanted) = sheet.map_or((span.clone(), ""), |s| (s.span(), s.get_ref().trim()));
                let hint = closest_sheet(wanted, &sheets).map_or_else(
                    || msg!("survey-sheet-name-hint"),
                    |best| msg!("survey-sheet-did-you-mean", sheet = best),
                );
                self.error(
                    at,
                    Message::new("survey-sheet-unknown")
                        .arg("sheet", wanted)
                        .arg("file", written_path)
                        .arg("sheets", sheets.iter().map(|s| format!("\"{s}\"")).collect::<Vec<_>>().join(", ")),
                    hint,
                );
                None
            }
            Err(CsvError::NoSuchGroupColumn { group, columns }) => {
                // The mistake is in the indicator's `by`, so that is where it is shown.
                let (wanted, by_span) = self.group_columns[group].clone();
                self.error(
                    by_span,
                    Message::new("survey-by-column-not-in-csv")
                        .arg("column", wanted.as_str())
                        .arg("file", written_path)
                        .arg("columns", column_list(&columns)),
                    column_suggestion(&wanted, &columns),
                );
                None
            }
            Err(CsvError::AmbiguousGroupColumn { group, columns }) => {
                let (wanted, by_span) = self.group_columns[group].clone();
                self.error(
                    by_span,
                    Message::new("survey-by-column-ambiguous")
                        .arg("column", wanted.as_str())
                        .arg("file", written_path)
                        .arg("columns", columns.join(", ")),
                    msg!("survey-column-full-name-hint", example = columns[0].as_str()),
                );
                None
            }
            Err(CsvError::File(problems)) => {
                self.diagnostics.extend(problems);
                None
            }
            Err(CsvError::NoSuchColumn(columns)) => {
                self.error(
                    column.span(),
                    Message::new("survey-column-not-in-csv")
                        .arg("column", column.get_ref())
                        .arg("file", written_path)
                        .arg("columns", column_list(&columns)),
                    column_suggestion(column.get_ref(), &columns),
                );
                None
            }
            Err(CsvError::AmbiguousColumn(columns)) => {
                self.error(
                    column.span(),
                    Message::new("survey-column-ambiguous")
                        .arg("column", column.get_ref())
                        .arg("file", written_path)
                        .arg("columns", columns.join(", ")),
                    msg!("survey-column-full-name-hint", example = columns[0].as_str()),
                );
                None
            }
        }
    }

    /// The error for answers of an export in neither `aware-if` nor `not-aware-if` (or for a
    /// sample without `not-aware-if`): every answer with its count, and the lists to write.
    fn unsorted_answers(
        &mut self,
        when: When,
        span: Range<usize>,
        tally: &csv::Tally,
        file: &str,
        aware_if: &[String],
        not_aware_if: Option<&[String]>,
    ) {
        let mut unsorted: Vec<&AnswerCount> =
            tally.answers.iter().filter(|a| a.counted_as == CountedAs::Unsorted).collect();
        unsorted.sort_by_key(|a| std::cmp::Reverse(a.count));
        // The lists with the unsorted answers added, for the hint; a handful is enough to show.
        const SHOWN: usize = 12;
        let with_unsorted = |key: &str, listed: &[String]| {
            let added = unsorted.iter().take(SHOWN).map(|a| a.answer.clone());
            let all: Vec<String> = listed.iter().cloned().chain(added).map(|a| toml_string(&a)).collect();
            format!("{key} = [{}]", all.join(", "))
        };
        let message = match not_aware_if {
            None => Message::new("survey-no-not-aware-if"),
            Some(_) => Message::new("survey-answers-unsorted"),
        };
        let message = message
            .arg("key", when.key())
            .arg("column", tally.column.as_str())
            .arg("file", file)
            .arg("unsorted", answer_list(tally, CountedAs::Unsorted))
            .arg("aware", answer_list(tally, CountedAs::Aware))
            .arg("not_aware", answer_list(tally, CountedAs::NotAware))
            .arg("blank", tally.missing);
        let hint = match not_aware_if {
            None => msg!("survey-no-not-aware-if-hint", example = with_unsorted("not-aware-if", &[])),
            Some(listed) => msg!(
                "survey-answers-unsorted-hint",
                aware = with_unsorted("aware-if", aware_if),
                not_aware = with_unsorted("not-aware-if", listed)
            ),
        };
        self.error(span, message, hint);
    }

    /// A CSV path must name a file inside the campaign folder (see [`fsutil::resolve_within`]).
    /// Returns the path as written and the resolved file.
    /// `key` is the key that names it, `csv` or `file`.
    fn csv_path(&mut self, when: When, key: &str, written: &Spanned<String>) -> Option<(String, std::path::PathBuf)> {
        let relative = written.get_ref().trim();
        let span = written.span();
        let kind = if xlsx::is_workbook(relative) { "xlsx" } else { "csv" };
        // The file's own name in surveys/, or the survey's.
        let name = Path::new(relative)
            .file_name()
            .and_then(|name| name.to_str())
            .filter(|name| name.to_lowercase().ends_with(".csv") || xlsx::is_workbook(name))
            .map_or_else(|| format!("{}.csv", when.key()), str::to_string);
        let folder_hint = || msg!("survey-csv-folder-hint", key = key, example = format!("surveys/{name}"));
        match fsutil::resolve_within(self.dir, relative) {
            Ok(real) => return Some((relative.to_string(), real)),
            Err(PathProblem::Empty) => self.error(span, msg!("survey-csv-path-empty", kind = kind), folder_hint()),
            Err(PathProblem::Backslash { fixed }) => self.error(
                span,
                msg!("survey-csv-backslash", kind = kind, path = relative),
                msg!("survey-csv-backslash-hint", key = key, fixed = fixed),
            ),
            Err(PathProblem::Outside) => {
                self.error(span, msg!("survey-csv-outside", kind = kind, path = relative), folder_hint());
            }
            Err(PathProblem::Missing) => {
                let folder = self.shown_dir.join(relative).parent().unwrap_or(self.shown_dir).display().to_string();
                self.error(
                    span,
                    msg!("survey-csv-missing", kind = kind, path = relative),
                    msg!("survey-csv-missing-hint", folder = folder),
                );
            }
            Err(PathProblem::NotAFile) => {
                self.error(
                    span,
                    msg!("survey-csv-not-a-file", kind = kind, path = relative),
                    msg!("survey-csv-not-a-file-hint"),
                );
            }
        }
        None
    }

    fn paired(&mut self, written: &Spanned<RawPaired>) -> Option<Data> {
        let raw = written.get_ref();
        let span = written.span();
        let date = |checker: &mut Self, key: &str, when: When, value: Option<&Spanned<Datetime>>, other| match value {
            Some(value) => checker.date(key, when, value, other),
            None => {
                checker.missing(
                    span.clone(),
                    key,
                    msg!("survey-no-key", table = "paired", key = key),
                    date_hint(key, when, other),
                );
                None
            }
        };
        let (before_written, after_written) =
            (written_date(raw.before_date.as_ref()), written_date(raw.after_date.as_ref()));
        let before = date(self, "before-date", When::Before, raw.before_date.as_ref(), after_written);
        let after = date(self, "after-date", When::After, raw.after_date.as_ref(), before_written);
        let mut cell = |key: &str, value: Option<&Spanned<Count>>, meaning: Message| {
            self.count("paired", key, span.clone(), value, meaning)
        };
        let both = cell("both", raw.both.as_ref(), Message::new("survey-meaning-both"));
        let only_before = cell("only-before", raw.only_before.as_ref(), Message::new("survey-meaning-only-before"));
        let only_after = cell("only-after", raw.only_after.as_ref(), Message::new("survey-meaning-only-after"));
        let neither = cell("neither", raw.neither.as_ref(), Message::new("survey-meaning-neither"));
        if let (Some(before), Some(after)) = (before, after)
            && before >= after
        {
            let date_span = raw.after_date.as_ref().map_or(span.clone(), Spanned::span);
            self.dates_in_order(date_span, before, after);
            return None;
        }
        let cells = PairedCells { both: both?, only_before: only_before?, only_after: only_after?, neither: neither? };
        if cells.total() == 0 {
            self.error(span, msg!("survey-paired-zero"), msg!("survey-paired-zero-hint"));
            return None;
        }
        Some(Data::Paired { before: before?, after: after?, cells })
    }

    /// A survey's date: a day, without a time.
    fn date(&mut self, key: &str, when: When, written: &Spanned<Datetime>, other: Option<Date>) -> Option<Date> {
        let date = Date::from_toml(written.get_ref());
        if date.is_none() {
            // A date with a time of day: the day alone; a time alone: an example that fits.
            let day = written.get_ref().date.and_then(|day| Date::new(i32::from(day.year), day.month, day.day));
            let example = day.unwrap_or_else(|| when.example_date(other));
            self.error(
                written.span(),
                msg!("survey-date-not-a-day", key = key),
                msg!("survey-date-not-a-day-hint", key = key, example = example.to_string()),
            );
        }
        date
    }
}

/// What to add for a survey's missing date, with an example that fits the other date.
fn date_hint(key: &str, when: When, other: Option<Date>) -> Message {
    msg!("survey-date-missing-hint", key = key, when = when.key(), example = when.example_date(other).to_string())
}

/// The hint for a column name that a CSV export does not have: the closest one, or how
/// columns are named.
fn column_suggestion(wanted: &str, columns: &[String]) -> Message {
    tomlfile::did_you_mean(wanted, columns)
        .map_or_else(|| msg!("survey-column-name-hint"), |best| msg!("survey-column-did-you-mean", column = best))
}

/// A number for a message, with at most four decimals: 0.333, not 0.33299999999999996.
fn short_number(value: f64) -> String {
    let text = format!("{value:.4}");
    text.trim_end_matches('0').trim_end_matches('.').to_string()
}

/// The groups of an indicator whose answers both come from CSV exports: every value seen in
/// either survey, labelled values first in `values` order, then the others.
fn csv_groups(data: &Data, breakdowns: &[Breakdown]) -> Vec<Group> {
    let Data::Independent { before, after } = data else { return Vec::new() };
    let (SampleSource::Csv { groups: before_groups, .. }, SampleSource::Csv { groups: after_groups, .. }) =
        (&before.source, &after.source)
    else {
        return Vec::new();
    };
    let mut groups = Vec::new();
    for ((breakdown, before_tally), after_tally) in breakdowns.iter().zip(before_groups).zip(after_groups) {
        let mut keys: Vec<&String> = before_tally.values.keys().chain(after_tally.values.keys()).collect();
        keys.sort_by_key(|key| (breakdown.rank(key), key.as_str()));
        keys.dedup();
        for key in keys {
            let none = csv::GroupCounts::default();
            let in_before = before_tally.values.get(key).unwrap_or(&none);
            let in_after = after_tally.values.get(key).unwrap_or(&none);
            let written = if in_before.written.is_empty() { &in_after.written } else { &in_before.written };
            let sample = |whole: &Sample, counts: &csv::GroupCounts| Sample {
                date: whole.date,
                respondents: counts.respondents,
                aware: counts.aware,
                source: SampleSource::Counts,
            };
            groups.push(Group {
                by: before_tally.column.clone(),
                by_name: breakdown.name.clone(),
                value: written.clone(),
                label: breakdown.label(key, written),
                data: Data::Independent { before: sample(before, in_before), after: sample(after, in_after) },
            });
        }
    }
    groups
}

/// Per side (before, after): the whole's (respondents, aware), and the sum of the groups'.
fn side_totals(whole: &Data, groups: &[&Data]) -> [((u64, u64), (u64, u64)); 2] {
    let counts = |data: &Data| match data {
        Data::Independent { before, after } => [(before.respondents, before.aware), (after.respondents, after.aware)],
        Data::Paired { cells, .. } => [(cells.total(), cells.aware_before()), (cells.total(), cells.aware_after())],
    };
    let sum = |side: usize| groups.iter().map(|g| counts(g)[side]).fold((0, 0), |(r, a), (gr, ga)| (r + gr, a + ga));
    let whole = counts(whole);
    [(whole[0], sum(0)), (whole[1], sum(1))]
}

fn texts_of(raw: &RawTranslations) -> Option<Texts> {
    let mut texts = Texts::default();
    for lang in SENTENCE_LANGUAGES {
        let text = raw.get(lang)?.get_ref().trim();
        if text.is_empty() {
            return None;
        }
        texts.0.insert(lang, text.to_string());
    }
    Some(texts)
}

/// An answer as a TOML string to copy into a list: `"иә"`, with quotes and line breaks escaped.
fn toml_string(answer: &str) -> String {
    let escaped = answer.replace('\\', "\\\\").replace('"', "\\\"").replace('\n', "\\n").replace('\r', "\\r");
    format!("\"{escaped}\"")
}

/// The sheet whose name is closest to `wanted`, when one is close: sheet names are in any
/// script, so they are compared as written, ignoring case.
fn closest_sheet<'a>(wanted: &str, sheets: &'a [String]) -> Option<&'a str> {
    let wanted = wanted.trim().to_lowercase();
    sheets
        .iter()
        .map(|sheet| (strsim::normalized_damerau_levenshtein(&wanted, &sheet.trim().to_lowercase()), sheet))
        .filter(|(score, _)| *score >= 0.6)
        .max_by(|a, b| a.0.total_cmp(&b.0))
        .map(|(_, sheet)| sheet.as_str())
}

/// The answers of a list (`aware-if`, `not-aware-if`) as written, trimmed, blanks left out.
fn listed_answers(list: &Spanned<Vec<Spanned<String>>>) -> Vec<String> {
    list.get_ref().iter().map(|a| a.get_ref().trim().to_string()).filter(|a| !a.is_empty()).collect()
}

/// The answers of a column counted as `counted_as`, most frequent first, each with its count:
/// `"иә" 41, "да" 12`, and how many rows had other answers beyond those kept.
fn answer_list(tally: &csv::Tally, counted_as: CountedAs) -> String {
    let listed = export::listed(&tally.answers, counted_as, ("\"", "\" "));
    match (counted_as, tally.other_unsorted) {
        (CountedAs::Unsorted, others) if others > 0 => format!("{listed}, … {others}"),
        _ => listed,
    }
}

/// The column names for a message: all of them, or the first 40 and how many more.
fn column_list(columns: &[String]) -> Arg {
    const SHOWN: usize = 40;
    let listed = columns.iter().take(SHOWN).cloned().collect::<Vec<_>>().join(", ");
    if columns.len() > SHOWN {
        Arg::from(msg!("survey-columns-and-more", columns = listed, more = columns.len() - SHOWN))
    } else {
        Arg::from(listed)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const TEMPLATE: &str = include_str!("../scaffold/en/survey.toml");

    fn load_text(name: &str, text: &str) -> (Loaded, Vec<Diagnostic>) {
        let dir = std::env::temp_dir().join(format!("kitapsha-survey-load-{name}-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::write(dir.join(SURVEY_FILE), text).unwrap();
        let mut diagnostics = Diagnostics::new();
        let folder = Folder { real: dir.clone(), shown: "booklets/x".into() };
        let loaded = load(&folder, &mut diagnostics);
        std::fs::remove_dir_all(&dir).unwrap();
        (loaded, diagnostics.into_vec())
    }

    /// The example lines of the template, uncommented.
    fn uncommented(lines: std::ops::RangeInclusive<&str>) -> String {
        let all: Vec<&str> = TEMPLATE.lines().collect();
        // Example lines are indented by four spaces after the `#`.
        let (first, last) = (format!("#    {}", lines.start()), format!("#    {}", lines.end()));
        let start = all.iter().position(|l| l.starts_with(&first)).unwrap();
        let end = start + all[start..].iter().position(|l| l.starts_with(&last)).unwrap();
        all[start..=end].iter().map(|l| l.trim_start_matches('#').trim_start()).collect::<Vec<_>>().join("\n")
    }

    #[test]
    fn the_scaffold_template_loads_with_no_indicators() {
        let (loaded, diagnostics) = load_text("template", &TEMPLATE.replace("{ID}", "x"));
        assert!(diagnostics.is_empty(), "{diagnostics:?}");
        assert!(matches!(loaded, Loaded::Survey(survey) if survey.indicators.is_empty()));
    }

    #[test]
    fn the_examples_in_the_scaffold_template_are_valid() {
        let independent = uncommented("[[indicator]]"..="after  = {");
        let (loaded, diagnostics) = load_text("example-independent", &independent);
        assert!(diagnostics.is_empty(), "{diagnostics:?}\n{independent}");
        let Loaded::Survey(survey) = loaded else { panic!("not loaded") };
        assert!(matches!(&survey.indicators[0].data, Data::Independent { before, .. } if before.aware == 41));

        let header = uncommented("[[indicator]]"..="measure = {");
        let paired = format!("{header}\n{}\ndesign-effect = 1.7\n", uncommented("paired = {"..="paired = {"));
        let (loaded, diagnostics) = load_text("example-paired", &paired);
        assert!(diagnostics.is_empty(), "{diagnostics:?}\n{paired}");
        let Loaded::Survey(survey) = loaded else { panic!("not loaded") };
        assert_eq!(survey.indicators[0].design_effect, 1.7);
        assert!(matches!(&survey.indicators[0].data, Data::Paired { cells, .. } if cells.total() == 60));
    }

    #[test]
    fn a_design_effect_below_one_is_a_warning() {
        let text = "[[indicator]]\nid = \"a\"\nquestion = { kk = \"?\", ru = \"?\", en = \"?\" }\ndesign-effect = 0.8\nbefore = { date = 2024-09-10, respondents = 10, aware = 1 }\nafter = { date = 2025-01-10, respondents = 10, aware = 5 }\n";
        let (loaded, diagnostics) = load_text("low-effect", text);
        assert!(matches!(loaded, Loaded::Survey(_)));
        assert_eq!(diagnostics.len(), 1);
        assert_eq!(
            diagnostics[0].headline(),
            "booklets/x/survey.toml:4:17: warning: `design-effect` 0.8 is below 1: the intervals come out narrower than for a simple random sample"
        );
    }

    #[test]
    fn counts_must_be_whole_numbers_and_design_effects_numbers() {
        let text = "[[indicator]]\nid = \"a\"\nquestion = { kk = \"?\", ru = \"?\", en = \"?\" }\ndesign-effect = \"1.7\"\nbefore = { date = 2024-09-10, respondents = 10.5, aware = 1 }\nafter = { date = 2025-01-10, respondents = 10, aware = 5 }\n";
        let (loaded, diagnostics) = load_text("types", text);
        assert!(matches!(loaded, Loaded::Invalid));
        let headlines: Vec<String> = diagnostics.iter().map(Diagnostic::headline).collect();
        // Each once, at its value: `before` is not then said to have no `respondents`.
        assert_eq!(headlines, [
            "booklets/x/survey.toml:4:17: error: `design-effect` should be a number, but it is the text \"1.7\"".to_string(),
            "booklets/x/survey.toml:5:45: error: `respondents` should be a whole number, but it is the number `10.5`".to_string(),
        ]);
    }

    #[test]
    fn a_text_refused_by_its_type_is_not_also_missing_but_an_empty_one_is() {
        let text = "[[indicator]]\nid = \"a\"\nquestion = { kk = \"?\", ru = \"\", en = 5 }\nbefore = { date = 2024-09-10, respondents = 10, aware = 1 }\nafter = { date = 2025-01-10, respondents = 10, aware = 5 }\n";
        let (loaded, diagnostics) = load_text("texts", text);
        assert!(matches!(loaded, Loaded::Invalid));
        let headlines: Vec<String> = diagnostics.iter().map(Diagnostic::headline).collect();
        assert_eq!(
            headlines,
            [
                "booklets/x/survey.toml:3:38: error: `en` should be text in quotes, but it is the whole number `5`",
                "booklets/x/survey.toml:3:12: error: `question` has no Russian text",
            ]
        );
    }

    #[test]
    fn a_date_example_fits_the_other_survey() {
        let day = |year, month, day| Date::new(year, month, day).unwrap();
        // Without the other date, or when they fit it, the template's dates.
        assert_eq!(When::Before.example_date(None), day(2024, 9, 10));
        assert_eq!(When::After.example_date(Some(day(2024, 9, 30))), day(2025, 1, 25));
        // Otherwise about four months from the other date, on the right side of it.
        assert_eq!(When::After.example_date(Some(day(2025, 3, 1))), day(2025, 6, 29));
        assert_eq!(When::After.example_date(Some(day(2025, 1, 25))), day(2025, 5, 25));
        assert_eq!(When::Before.example_date(Some(day(2024, 9, 10))), day(2024, 5, 13));
    }

    #[test]
    fn a_date_with_a_time_is_offered_its_day() {
        let text = "[[indicator]]\nid = \"a\"\nquestion = { kk = \"?\", ru = \"?\", en = \"?\" }\nbefore = { date = 2024-09-10T10:00:00, respondents = 10, aware = 1 }\nafter = { date = 2025-01-10, respondents = 10, aware = 5 }\n";
        let (_, diagnostics) = load_text("time", text);
        assert_eq!(diagnostics.len(), 1);
        assert_eq!(diagnostics[0].to_string().lines().next_back(), Some("  = hint: write date = 2024-09-10"));
    }

    #[test]
    fn more_than_50_indicators_are_refused_at_the_first_one_too_many() {
        let indicator = |i: usize| {
            format!(
                "[[indicator]]\nid = \"q{i}\"\nquestion = {{ kk = \"?\", ru = \"?\", en = \"?\" }}\n\
                 before = {{ date = 2024-09-01, respondents = 10, aware = 1 }}\n\
                 after = {{ date = 2025-01-01, respondents = 10, aware = 2 }}\n"
            )
        };
        let text: String = (0..MAX_INDICATORS + 3).map(indicator).collect();
        let (loaded, diagnostics) = load_text("many", &text);
        assert!(matches!(loaded, Loaded::Invalid));
        let messages: Vec<String> = diagnostics.iter().map(Diagnostic::headline).collect();
        assert_eq!(
            messages,
            [format!(
                "booklets/x/survey.toml:{}:1: error: the survey has 53 indicators; kitapsha reads at most 50",
                5 * 50 + 1
            )]
        );
    }

    #[test]
    fn an_answer_offered_for_a_list_is_a_valid_toml_string() {
        let written = toml_string("он сказал \"да\"\nпотом C:\\");
        assert_eq!(written, r#""он сказал \"да\"\nпотом C:\\""#);
        let parsed: toml::Value = toml::from_str(&format!("a = {written}")).unwrap();
        assert_eq!(parsed["a"].as_str(), Some("он сказал \"да\"\nпотом C:\\"));
    }

    #[test]
    fn an_absent_file_is_not_an_error() {
        let mut diagnostics = Diagnostics::new();
        let folder = Folder { real: "/nonexistent-kitapsha-dir".into(), shown: "booklets/x".into() };
        let loaded = load(&folder, &mut diagnostics);
        assert!(matches!(loaded, Loaded::Absent) && diagnostics.is_empty());
    }
}
