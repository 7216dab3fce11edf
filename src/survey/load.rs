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
use crate::messages::Message;
use crate::survey::csv::{self, CsvError, GroupTally};
use crate::survey::stats::PairedCells;
use crate::survey::target::Target;
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
    /// Counted from a CSV export.
    Csv {
        /// The path as written, relative to the campaign folder.
        file: String,
        /// The header name of the column used.
        column: String,
        /// Blank answers, left out of `respondents`.
        missing: u64,
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
    let mut checker =
        Checker { file: &file, dir, shown_dir, diagnostics, ids: BTreeSet::new(), group_columns: Vec::new() };
    let mut listed = raw.indicator.as_slice();
    if listed.len() > MAX_INDICATORS {
        // Each indicator may count a large CSV export: thousands of them would take hours.
        checker.error(
            listed[MAX_INDICATORS].span(),
            format!("the survey has {} indicators; kitapsha reads at most {MAX_INDICATORS}", listed.len()),
            "keep the questions the report is about; remove the other [[indicator]] tables",
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
    column: Option<Spanned<String>>,
    aware_if: Option<Spanned<Vec<Spanned<String>>>>,
}

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
    /// The `by` columns of the indicator being checked, counted with every CSV export it reads.
    group_columns: Vec<String>,
}

/// One `by` column, checked.
#[derive(Debug, Clone)]
struct Breakdown {
    column: String,
    name: Texts,
    /// Labels per value, the value compared as answers are.
    values: Vec<(String, Texts)>,
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

impl Checker<'_> {
    fn error(&mut self, span: Range<usize>, message: impl Into<Message>, hint: impl Into<Message>) {
        self.diagnostics.push(Diagnostic::error(self.file, span, message).with_hint(hint));
    }

    fn warning(&mut self, span: Range<usize>, message: impl Into<Message>, hint: impl Into<Message>) {
        self.diagnostics.push(Diagnostic::warning(self.file, span, message).with_hint(hint));
    }

    fn indicator(&mut self, number: usize, written: &Spanned<RawIndicator>) -> Option<Indicator> {
        let raw = written.get_ref();
        let id = self.id(number, written.span(), raw.id.as_ref());
        let name = match &raw.id {
            Some(written) if !written.get_ref().trim().is_empty() => {
                format!("indicator `{}`", written.get_ref().trim())
            }
            _ => format!("indicator {number}"),
        };
        let question = match &raw.question {
            Some(question) => self.texts("question", question),
            None => {
                self.error(
                    written.span(),
                    format!("{name} has no `question`"),
                    "add question = { kk = \"…\", ru = \"…\", en = \"…\" }: the question as it was asked",
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
        self.group_columns =
            breakdowns.as_ref().map(|b| b.iter().map(|b| b.column.clone()).collect()).unwrap_or_default();
        let data = self.data(&name, written.span(), raw);
        let target = self.target(raw.target.as_ref());
        let groups = match (&data, breakdowns) {
            (Some(data), Some(breakdowns)) => self.groups(&name, written.span(), raw, data, &breakdowns),
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
                    self.error(
                        column.span(),
                        "`column` is empty",
                        "name the column to break the results down by, e.g. column = \"group/sex\"",
                    );
                    None
                }
                None => {
                    self.error(by.span(), "this `by` has no `column`", "add column = \"group/sex\": the column (or, for counts, the name) to break the results down by");
                    None
                }
            };
            let name = match &raw.name {
                Some(name) => self.texts("name", name),
                None => {
                    self.error(
                        by.span(),
                        "this `by` has no `name`",
                        "add name = { kk = \"Жынысы\", ru = \"Пол\", en = \"Sex\" }: what the report calls the column",
                    );
                    None
                }
            };
            let mut values = Vec::new();
            if let Some(written_values) = &raw.values {
                for (value, label) in written_values.get_ref() {
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
                self.error(by.span(), format!("`by` names column `{column}` twice"), "give each column once");
                complete = false;
                continue;
            }
            match (column, name) {
                (Some(column), Some(name)) => breakdowns.push(Breakdown { column, name, values, span: by.span() }),
                _ => complete = false,
            }
        }
        complete.then_some(breakdowns)
    }

    /// `target = { after = 0.60 }` or `{ change = 0.20 }`. `Some(None)` when there is none.
    fn target(&mut self, written: Option<&Spanned<RawTarget>>) -> Option<Option<Target>> {
        let Some(written) = written else { return Some(None) };
        let raw = written.get_ref();
        let hint = "write target = { after = 0.60 } (the share aware after the campaign) or target = { change = 0.20 } (the rise in percentage points), as fractions";
        let (key, value, make): (&str, &Spanned<Number>, fn(f64) -> Target) = match (&raw.after, &raw.change) {
            (Some(after), None) => ("after", after, Target::After),
            (None, Some(change)) => ("change", change, Target::Change),
            (Some(_), Some(_)) => {
                self.error(
                    written.span(),
                    "`target` has both `after` and `change`",
                    "give one target per indicator; remove the other",
                );
                return None;
            }
            (None, None) => {
                self.error(written.span(), "`target` has neither `after` nor `change`", hint);
                return None;
            }
        };
        let number = value.get_ref().0;
        if number > 1.0 && number <= 100.0 {
            self.error(
                value.span(),
                format!("`target.{key}` is a fraction, not a percentage: did you mean {key} = {}?", number / 100.0),
                hint,
            );
            return None;
        }
        if !(number.is_finite() && number > 0.0 && number <= 1.0) {
            self.error(value.span(), format!("`target.{key}` must be more than 0 and at most 1, not {number}"), hint);
            return None;
        }
        Some(Some(make(number)))
    }

    fn id(&mut self, number: usize, indicator_span: Range<usize>, written: Option<&Spanned<String>>) -> Option<String> {
        let hint =
            "write a short name in lowercase Latin letters, digits and dashes, e.g. id = \"knows-appeal-procedure\"";
        let Some(written) = written else {
            self.error(indicator_span, format!("indicator {number} has no `id`"), hint);
            return None;
        };
        let id = written.get_ref().trim();
        let valid = id.starts_with(|c: char| c.is_ascii_lowercase())
            && id.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
            && id.len() <= 64;
        if !valid {
            self.error(written.span(), format!("`id` \"{id}\" is not a short name"), hint);
            return None;
        }
        if !self.ids.insert(id.to_string()) {
            self.error(written.span(), format!("indicator id `{id}` is used twice"), "give each indicator its own id");
            return None;
        }
        Some(id.to_string())
    }

    /// `{ kk = "…", ru = "…", en = "…" }`: the sentences need all three.
    fn texts(&mut self, key: &str, written: &Spanned<RawTranslations>) -> Option<Texts> {
        let mut complete = true;
        for lang in SENTENCE_LANGUAGES {
            let present = written.get_ref().get(lang).is_some_and(|text| !text.get_ref().trim().is_empty());
            if !present {
                complete = false;
                self.error(
                    written.span(),
                    format!("`{key}` has no {} text", lang.english_name()),
                    format!("add {} = \"…\": kk, ru and en are all needed for the sentences", lang.code()),
                );
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
                format!("`design-effect` must be more than 0, not {value}"),
                "a simple random sample has design effect 1, a cluster sample usually 1.5 to 3; remove the key if it is unknown",
            );
            return None;
        }
        if value < 1.0 {
            self.warning(
                written.span(),
                format!("`design-effect` {value} is below 1: the intervals come out narrower than for a simple random sample"),
                "check the value; cluster samples have design effects above 1",
            );
        }
        Some(value)
    }

    fn data(&mut self, name: &str, span: Range<usize>, raw: &RawIndicator) -> Option<Data> {
        match (&raw.before, &raw.after, &raw.paired) {
            (None, None, None) => {
                self.error(
                    span,
                    format!("{name} has no survey data"),
                    "add `before` and `after` (see the comment at the top of the file), or `paired` when the same people were asked twice",
                );
                None
            }
            (None, None, Some(paired)) => self.paired(paired),
            (_, _, Some(paired)) => {
                self.error(
                    paired.span(),
                    format!("{name} has both `paired` and `before`/`after`"),
                    "use `paired` when the same people were asked twice, `before` and `after` otherwise; remove the other",
                );
                None
            }
            (Some(before), Some(after), None) => {
                let (before_date, before_sample) = self.sample("before", before);
                let (after_date, after_sample) = self.sample("after", after);
                if let (Some(before_date), Some(after_date)) = (before_date, after_date)
                    && before_date >= after_date
                {
                    let date_span = after.get_ref().date.as_ref().map_or(after.span(), Spanned::span);
                    self.dates_in_order(date_span, before_date, after_date);
                    return None;
                }
                Some(Data::Independent { before: before_sample?, after: after_sample? })
            }
            (Some(_), None, None) => {
                self.error(
                    span,
                    format!("{name} has `before` but no `after`"),
                    "add after = { date = …, respondents = …, aware = … }",
                );
                None
            }
            (None, Some(_), None) => {
                self.error(
                    span,
                    format!("{name} has `after` but no `before`"),
                    "add before = { date = …, respondents = …, aware = … }",
                );
                None
            }
        }
    }

    /// The groups of an indicator: counted from its CSV exports by its `by` columns, or given
    /// as `[[indicator.group]]` counts. `Some(empty)` without `by`.
    fn groups(
        &mut self,
        name: &str,
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
                self.error(
                    first.span(),
                    format!("{name} has [[indicator.group]] counts but no `by`"),
                    "add by = [{ column = \"sex\", name = { kk = \"Жынысы\", ru = \"Пол\", en = \"Sex\" } }] to the indicator; each group's `by` names one of its columns",
                );
                return None;
            }
            return Some(Vec::new());
        }
        match (csv_sides, written.first()) {
            (2, None) => Some(csv_groups(data, breakdowns)),
            (2, Some(first)) => {
                self.error(
                    first.span(),
                    format!("{name} counts its answers from CSV exports, so kitapsha breaks them down by `by` itself"),
                    "remove the [[indicator.group]] tables, or give the indicator's own counts instead of the exports",
                );
                None
            }
            (1, _) => {
                self.error(
                    breakdowns[0].span.clone(),
                    format!("{name} has `by`, but only one of its surveys is counted from a CSV export"),
                    "count both surveys from their exports, or give the counts of each group in [[indicator.group]]",
                );
                None
            }
            (_, None) => {
                self.error(
                    span,
                    format!("{name} has `by` but no [[indicator.group]] counts"),
                    "add [[indicator.group]] tables with by = \"…\", value = \"…\" and the group's counts, or count the answers from CSV exports",
                );
                None
            }
            (_, Some(_)) => self.counted_groups(name, data, breakdowns, written),
        }
    }

    fn counted_groups(
        &mut self,
        name: &str,
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
                self.error(
                    entry.span(),
                    "this [[indicator.group]] has no `by`",
                    format!("add by = \"{}\": one of the indicator's `by` columns", columns[0]),
                );
                complete = false;
                continue;
            };
            let Some(index) = breakdowns.iter().position(|b| b.column == by.get_ref().trim()) else {
                self.error(
                    by.span(),
                    format!("group `by = \"{}\"` is not one of the `by` columns of {name}", by.get_ref().trim()),
                    format!("write one of: {}", columns.join(", ")),
                );
                complete = false;
                continue;
            };
            let breakdown = &breakdowns[index];
            let value = match &raw.value {
                Some(value) if !value.get_ref().trim().is_empty() => value,
                _ => {
                    self.error(
                        entry.span(),
                        "this [[indicator.group]] has no `value`",
                        "add value = \"female\": the group's value in the `by` column",
                    );
                    complete = false;
                    continue;
                }
            };
            let (written_value, key) = (value.get_ref().trim().to_string(), csv::normalise(value.get_ref()));
            if groups.iter().any(|(i, _, k, _)| *i == index && *k == key) {
                self.error(
                    value.span(),
                    format!("the group `{}` = `{written_value}` is given twice", breakdown.column),
                    "give each group's counts once",
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
            for (side, (whole, parts)) in ["before", "after"].iter().zip(side_totals(data, &of_column)) {
                if parts.0 > whole.0 || parts.1 > whole.1 {
                    self.error(
                        breakdown.span.clone(),
                        format!(
                            "the groups by `{}` add up to {} respondents ({} aware) {side}, more than the {} ({} aware) of {name}",
                            breakdown.column, parts.0, parts.1, whole.0, whole.1
                        ),
                        "each respondent belongs to at most one group of a column; check the counts",
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
        match (data, &raw.before, &raw.after, &raw.paired) {
            (Data::Independent { before, after }, Some(before_counts), Some(after_counts), None) => {
                let before_counts = self.group_counts("before", before_counts);
                let after_counts = self.group_counts("after", after_counts);
                let sample = |whole: &Sample, (respondents, aware): (u64, u64)| Sample {
                    date: whole.date,
                    respondents,
                    aware,
                    source: SampleSource::Counts,
                };
                Some(Data::Independent { before: sample(before, before_counts?), after: sample(after, after_counts?) })
            }
            (Data::Independent { .. }, ..) => {
                self.error(
                    entry.span(),
                    "this group needs `before` and `after` counts, like its indicator",
                    "add before = { respondents = …, aware = … } and after = { respondents = …, aware = … }",
                );
                None
            }
            (Data::Paired { before, after, .. }, None, None, Some(paired)) => {
                let cells = self.group_cells(paired)?;
                Some(Data::Paired { before: *before, after: *after, cells })
            }
            (Data::Paired { .. }, ..) => {
                self.error(
                    entry.span(),
                    "this group needs `paired` counts, like its indicator",
                    "add paired = { both = …, only-before = …, only-after = …, neither = … }",
                );
                None
            }
        }
    }

    /// `{ respondents, aware }` of one group: the dates and the source are the indicator's.
    fn group_counts(&mut self, key: &str, written: &Spanned<RawSample>) -> Option<(u64, u64)> {
        let raw = written.get_ref();
        if raw.date.is_some() || raw.csv.is_some() || raw.column.is_some() || raw.aware_if.is_some() {
            self.error(
                written.span(),
                format!("a group's `{key}` takes only `respondents` and `aware`"),
                "the group shares its indicator's dates and source; remove the other keys",
            );
            return None;
        }
        self.counts(key, written).map(|(respondents, aware, _)| (respondents, aware))
    }

    fn group_cells(&mut self, written: &Spanned<RawPaired>) -> Option<PairedCells<u64>> {
        let raw = written.get_ref();
        let span = written.span();
        if raw.before_date.is_some() || raw.after_date.is_some() {
            self.error(
                span,
                "a group's `paired` takes only the four counts",
                "the group shares its indicator's dates; remove before-date and after-date",
            );
            return None;
        }
        let mut cell = |key: &str, value: Option<&Spanned<Count>>, meaning: &str| {
            self.count("paired", key, span.clone(), value, meaning)
        };
        let both = cell("both", raw.both.as_ref(), "the number in this group aware before and after");
        let only_before = cell("only-before", raw.only_before.as_ref(), "the number in this group aware only before");
        let only_after = cell("only-after", raw.only_after.as_ref(), "the number in this group aware only after");
        let neither = cell("neither", raw.neither.as_ref(), "the number in this group aware neither time");
        let cells = PairedCells { both: both?, only_before: only_before?, only_after: only_after?, neither: neither? };
        if cells.total() == 0 {
            self.error(
                span,
                "the group's `paired` counts add up to 0",
                "give the counts of the group's people who were asked twice",
            );
            return None;
        }
        Some(cells)
    }

    fn dates_in_order(&mut self, span: Range<usize>, before: Date, after: Date) {
        self.error(
            span,
            format!("the survey after the campaign ({after}) is not later than the one before it ({before})"),
            "`before` is the survey before the campaign and `after` the one after it; check the dates",
        );
    }

    /// The sample's date and, when they are valid, its counts (each checked on its own, so that
    /// the order of the dates is checked even when a count is wrong).
    fn sample(&mut self, key: &str, written: &Spanned<RawSample>) -> (Option<Date>, Option<Sample>) {
        let raw = written.get_ref();
        let date = match &raw.date {
            Some(date) => self.date(date),
            None => {
                self.error(
                    written.span(),
                    format!("`{key}` has no `date`"),
                    "add date = 2024-09-10: the day the survey ended",
                );
                None
            }
        };
        let has_counts = raw.respondents.is_some() || raw.aware.is_some();
        let has_csv = raw.csv.is_some() || raw.column.is_some() || raw.aware_if.is_some();
        let counted = match (has_counts, has_csv) {
            (true, true) => {
                self.error(
                    written.span(),
                    format!("`{key}` has both counts and a CSV file"),
                    "give either respondents and aware, or csv, column and aware-if",
                );
                None
            }
            (false, false) => {
                self.error(
                    written.span(),
                    format!("`{key}` has no counts"),
                    "add respondents = … and aware = …, or csv = \"surveys/….csv\", column = \"…\" and aware-if = [\"…\"]",
                );
                None
            }
            (true, false) => self.counts(key, written),
            (false, true) => self.csv_counts(key, written),
        };
        let sample = match (date, counted) {
            (Some(date), Some((respondents, aware, source))) => Some(Sample { date, respondents, aware, source }),
            _ => None,
        };
        (date, sample)
    }

    fn counts(&mut self, key: &str, written: &Spanned<RawSample>) -> Option<(u64, u64, SampleSource)> {
        let raw = written.get_ref();
        let respondents = self.count(
            key,
            "respondents",
            written.span(),
            raw.respondents.as_ref(),
            "the number of people who answered",
        );
        let aware = self.count(key, "aware", written.span(), raw.aware.as_ref(), "the number of them who were aware");
        let (respondents_written, aware_written) = (raw.respondents.as_ref()?, raw.aware.as_ref()?);
        let (respondents, aware) = (respondents?, aware?);
        if respondents == 0 {
            self.error(
                respondents_written.span(),
                "`respondents` must be more than 0",
                "give the number of people who answered the question",
            );
            return None;
        }
        if aware > respondents {
            self.error(
                aware_written.span(),
                format!("`aware` ({aware}) is more than `respondents` ({respondents})"),
                "`aware` counts the respondents who were aware, so it cannot exceed `respondents`",
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
        meaning: &str,
    ) -> Option<u64> {
        let Some(written) = written else {
            self.error(table_span, format!("`{table}` has no `{key}`"), format!("add {key} = …: {meaning}"));
            return None;
        };
        let value = written.get_ref().0;
        if value < 0 {
            self.error(
                written.span(),
                format!("`{key}` cannot be negative, not {value}"),
                format!("give {meaning}: 0 or more"),
            );
            return None;
        }
        if value > MAX_COUNT {
            self.error(written.span(), format!("`{key}` is too large: {value}"), format!("give {meaning}"));
            return None;
        }
        Some(value as u64)
    }

    fn csv_counts(&mut self, key: &str, written: &Spanned<RawSample>) -> Option<(u64, u64, SampleSource)> {
        let raw = written.get_ref();
        let path = match &raw.csv {
            Some(csv) => self.csv_path(csv),
            None => {
                self.error(
                    written.span(),
                    format!("`{key}` has no `csv`"),
                    "add csv = \"surveys/….csv\": the export, inside the campaign folder",
                );
                None
            }
        };
        let column = raw.column.as_ref();
        if column.is_none() {
            self.error(
                written.span(),
                format!("`{key}` has no `column`"),
                "add column = \"q3\": the question's column in the CSV file",
            );
        }
        let aware_if = match &raw.aware_if {
            Some(list) => {
                let answers: Vec<String> =
                    list.get_ref().iter().map(|a| a.get_ref().trim().to_string()).filter(|a| !a.is_empty()).collect();
                if answers.is_empty() {
                    self.error(
                        list.span(),
                        "`aware-if` is empty",
                        "list the answers that count as aware, e.g. aware-if = [\"иә\", \"да\", \"yes\"]",
                    );
                    None
                } else {
                    Some((answers, list.span()))
                }
            }
            None => {
                self.error(
                    written.span(),
                    format!("`{key}` has no `aware-if`"),
                    "add aware-if = [\"иә\", \"да\", \"yes\"]: the answers that count as aware",
                );
                None
            }
        };
        let ((written_path, real), column, (aware_if, aware_if_span)) = (path?, column?, aware_if?);
        let shown = self.shown_dir.join(&written_path);
        let tally = match csv::tally(&real, &shown, column.get_ref(), &aware_if, &self.group_columns) {
            Ok(tally) => tally,
            Err(CsvError::NoSuchGroupColumn { group, columns }) => {
                let wanted = self.group_columns[group].clone();
                let suggestion = tomlfile::did_you_mean(&wanted, &columns).map_or_else(
                    || "write the column's full name, or the part after the last /".to_string(),
                    |best| format!("did you mean `{best}`?"),
                );
                self.error(
                    column.span(),
                    format!(
                        "`by` column `{wanted}` is not in {written_path}; its columns are: {}",
                        list_columns(&columns)
                    ),
                    suggestion,
                );
                return None;
            }
            Err(CsvError::AmbiguousGroupColumn { group, columns }) => {
                let wanted = self.group_columns[group].clone();
                self.error(
                    column.span(),
                    format!("`by` column `{wanted}` matches several columns in {written_path}: {}", columns.join(", ")),
                    format!("write the full name, e.g. column = \"{}\"", columns[0]),
                );
                return None;
            }
            Err(CsvError::File(problems)) => {
                self.diagnostics.extend(problems);
                return None;
            }
            Err(CsvError::NoSuchColumn(columns)) => {
                let suggestion = tomlfile::did_you_mean(column.get_ref(), &columns).map_or_else(
                    || "write the column's full name, or the part after the last /".to_string(),
                    |best| format!("did you mean `{best}`?"),
                );
                self.error(
                    column.span(),
                    format!(
                        "column `{}` is not in {written_path}; its columns are: {}",
                        column.get_ref(),
                        list_columns(&columns)
                    ),
                    suggestion,
                );
                return None;
            }
            Err(CsvError::AmbiguousColumn(columns)) => {
                self.error(
                    column.span(),
                    format!(
                        "column `{}` matches several columns in {written_path}: {}",
                        column.get_ref(),
                        columns.join(", ")
                    ),
                    format!("write the full name, e.g. column = \"{}\"", columns[0]),
                );
                return None;
            }
        };
        if tally.respondents == 0 {
            self.error(
                column.span(),
                format!("column `{}` in {written_path} has no answers ({} blank)", tally.column, tally.missing),
                "check that this is the right column and the right file",
            );
            return None;
        }
        if tally.aware == 0 {
            let found: Vec<String> = tally.other_answers.iter().map(|a| format!("\"{a}\"")).collect();
            self.warning(
                aware_if_span,
                format!("no answer in column `{}` of {written_path} matches `aware-if`", tally.column),
                format!("the answers include {}; list the ones that mean aware", found.join(", ")),
            );
        }
        let source = SampleSource::Csv {
            file: written_path,
            column: tally.column,
            missing: tally.missing,
            groups: tally.groups,
        };
        Some((tally.respondents, tally.aware, source))
    }

    /// A CSV path must name a file inside the campaign folder (see [`fsutil::resolve_within`]).
    /// Returns the path as written and the resolved file.
    fn csv_path(&mut self, written: &Spanned<String>) -> Option<(String, std::path::PathBuf)> {
        let relative = written.get_ref().trim();
        let span = written.span();
        let folder_hint = "put the export into the campaign's surveys/ folder and write csv = \"surveys/<name>.csv\"";
        match fsutil::resolve_within(self.dir, relative) {
            Ok(real) => return Some((relative.to_string(), real)),
            Err(PathProblem::Empty) => self.error(span, "the CSV path is empty", folder_hint),
            Err(PathProblem::Backslash { fixed }) => self.error(
                span,
                format!("CSV path \"{relative}\" uses backslashes"),
                format!("write / between folders: csv = \"{fixed}\""),
            ),
            Err(PathProblem::Outside) => {
                self.error(span, format!("CSV file \"{relative}\" is outside the campaign folder"), folder_hint);
            }
            Err(PathProblem::Missing) => self.error(
                span,
                format!("CSV file \"{relative}\" does not exist"),
                format!(
                    "check the file name; it is looked for in {}",
                    self.shown_dir.join(relative).parent().unwrap_or(self.shown_dir).display()
                ),
            ),
            Err(PathProblem::NotAFile) => self.error(
                span,
                format!("CSV file \"{relative}\" is not a file"),
                "name the exported .csv file, not a folder",
            ),
        }
        None
    }

    fn paired(&mut self, written: &Spanned<RawPaired>) -> Option<Data> {
        let raw = written.get_ref();
        let span = written.span();
        let date = |checker: &mut Self, key: &str, value: Option<&Spanned<Datetime>>| match value {
            Some(value) => checker.date(value),
            None => {
                checker.error(
                    span.clone(),
                    format!("`paired` has no `{key}`"),
                    format!("add {key} = 2024-09-10: the day of that survey"),
                );
                None
            }
        };
        let before = date(self, "before-date", raw.before_date.as_ref());
        let after = date(self, "after-date", raw.after_date.as_ref());
        let both = self.count(
            "paired",
            "both",
            span.clone(),
            raw.both.as_ref(),
            "the number of people aware before and after",
        );
        let only_before = self.count(
            "paired",
            "only-before",
            span.clone(),
            raw.only_before.as_ref(),
            "the number of people aware before but not after",
        );
        let only_after = self.count(
            "paired",
            "only-after",
            span.clone(),
            raw.only_after.as_ref(),
            "the number of people aware after but not before",
        );
        let neither = self.count(
            "paired",
            "neither",
            span.clone(),
            raw.neither.as_ref(),
            "the number of people aware neither time",
        );
        if let (Some(before), Some(after)) = (before, after)
            && before >= after
        {
            let date_span = raw.after_date.as_ref().map_or(span.clone(), Spanned::span);
            self.dates_in_order(date_span, before, after);
            return None;
        }
        let cells = PairedCells { both: both?, only_before: only_before?, only_after: only_after?, neither: neither? };
        if cells.total() == 0 {
            self.error(span, "the `paired` counts add up to 0", "give the counts of the people who were asked twice");
            return None;
        }
        Some(Data::Paired { before: before?, after: after?, cells })
    }

    fn date(&mut self, written: &Spanned<Datetime>) -> Option<Date> {
        let date = Date::from_toml(written.get_ref());
        if date.is_none() {
            self.error(
                written.span(),
                "this is not a date",
                "write a date as YYYY-MM-DD without quotes, e.g. 2024-09-10",
            );
        }
        date
    }
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

/// The column names for a message: all of them, or the first 40 and how many more.
fn list_columns(columns: &[String]) -> String {
    const SHOWN: usize = 40;
    let mut listed = columns.iter().take(SHOWN).cloned().collect::<Vec<_>>().join(", ");
    if columns.len() > SHOWN {
        listed.push_str(&format!(" and {} more", columns.len() - SHOWN));
    }
    listed
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
        assert_eq!(headlines[..2], [
            "booklets/x/survey.toml:4:17: error: `design-effect` should be a number, but it is the text \"1.7\"".to_string(),
            "booklets/x/survey.toml:5:45: error: `respondents` should be a whole number, but it is the number `10.5`".to_string(),
        ]);
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
    fn an_absent_file_is_not_an_error() {
        let mut diagnostics = Diagnostics::new();
        let folder = Folder { real: "/nonexistent-kitapsha-dir".into(), shown: "booklets/x".into() };
        let loaded = load(&folder, &mut diagnostics);
        assert!(matches!(loaded, Loaded::Absent) && diagnostics.is_empty());
    }
}
