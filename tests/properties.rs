//! Properties that must hold for any input, checked with proptest over many generated cases.
//! A failure is shrunk to a small case and saved under `tests/properties.proptest-regressions`
//! (commit that file: every later run tries the case first).

use proptest::collection::vec;
use proptest::prelude::*;
use proptest::sample::select;

use kitapsha::date::Date;
use kitapsha::diag::SourceFile;
use kitapsha::lang::Lang;
use kitapsha::ledger::{Entry, HandOut, Ledger, Run, Void};
use kitapsha::press::BoundPage;
use kitapsha::press::impose::sheet_sides;
use kitapsha::survey::csv;
use kitapsha::survey::stats::{self, PairedCells};
use kitapsha::typeset::hyphenate_kk::{self, SOFT_HYPHEN};
use kitapsha::typeset::typography::{NBSP, NON_BREAKING_HYPHEN, Typographer};

fn config(cases: u32) -> ProptestConfig {
    ProptestConfig { cases, ..ProptestConfig::default() }
}

/// Strings of up to `max` characters drawn from `alphabet`.
fn text(alphabet: Vec<char>, max: usize) -> impl Strategy<Value = String> {
    vec(select(alphabet), 0..=max).prop_map(|chars| chars.into_iter().collect())
}

// ---- Imposition ---------------------------------------------------------------------------

/// A booklet of 4 to 400 pages, each page upright or upside down, and a creep in millimetres.
fn bound_booklet() -> impl Strategy<Value = (Vec<BoundPage>, f64)> {
    let pages = (1usize..=100).prop_flat_map(|quarters| vec(any::<bool>(), quarters * 4));
    let booklet = pages.prop_map(|upside_down| {
        upside_down.into_iter().enumerate().map(|(index, upside_down)| BoundPage { index, upside_down }).collect()
    });
    (booklet, 0.0..1.0f64)
}

proptest! {
    #![proptest_config(config(500))]

    #[test]
    fn saddle_stitch_places_every_page_exactly_once_for_any_page_count((bound, creep) in bound_booklet()) {
        let n = bound.len();
        let sides = sheet_sides(&bound, creep);
        prop_assert_eq!(sides.len(), n / 2, "two pages a side");
        let mut placed: Vec<usize> = sides.iter().flat_map(|s| [s.left.page.index, s.right.page.index]).collect();
        placed.sort();
        prop_assert_eq!(placed, (0..n).collect::<Vec<_>>(), "each page placed once");
        for (number, side) in sides.iter().enumerate() {
            // Facing halves of a folded sheet hold pages whose positions add up to n − 1.
            prop_assert_eq!(side.left.page.index + side.right.page.index, n - 1, "side {}", number);
            // A page keeps its orientation, and both halves move toward the fold alike.
            prop_assert_eq!(side.left.page, bound[side.left.page.index]);
            prop_assert_eq!(side.left.shift_mm, -side.right.shift_mm);
            prop_assert!((side.left.shift_mm - (number / 2) as f64 * creep).abs() < 1e-9);
        }
    }
}

// ---- Intervals ----------------------------------------------------------------------------

/// `(aware, respondents)`, with none and all aware often, as real surveys have; small samples
/// as often as large ones.
fn share() -> impl Strategy<Value = (f64, f64)> {
    prop_oneof![1u64..=10, 1u64..=5_000]
        .prop_flat_map(|n| (prop_oneof![Just(0), Just(n), 0..=n], Just(n)))
        .prop_map(|(aware, n)| (aware as f64, n as f64))
}

/// The critical value of a confidence level, and a design effect (often none).
fn z_and_design_effect() -> impl Strategy<Value = (f64, f64)> {
    let level = select(vec![0.5, 0.8, 0.9, 0.95, 0.99, 0.999, 0.999_999]);
    (level.prop_map(stats::critical_value), prop_oneof![Just(1.0), 1.0..4.0f64])
}

fn paired_cells() -> impl Strategy<Value = PairedCells> {
    let cell = || prop_oneof![Just(0.0), (0u32..500).prop_map(f64::from)];
    (cell(), cell(), cell(), cell())
        .prop_map(|(both, only_before, only_after, neither)| PairedCells { both, only_before, only_after, neither })
        .prop_filter("somebody answered", |cells| cells.total() > 0.0)
}

proptest! {
    #![proptest_config(config(2_000))]

    #[test]
    fn every_share_interval_contains_its_estimate_and_stays_in_0_1(
        (aware, respondents) in share(), (z, effect) in z_and_design_effect(),
    ) {
        let (a, n) = (aware / effect, respondents / effect);
        let interval = stats::wilson(a, n, z);
        prop_assert!(interval.contains(a / n), "{:?}", interval);
        prop_assert!(0.0 <= interval.lower && interval.upper <= 1.0, "{:?}", interval);
    }

    #[test]
    fn every_change_interval_contains_its_estimate_and_stays_in_minus_1_1(
        before in share(), after in share(), (z, effect) in z_and_design_effect(),
    ) {
        let scale = |(a, n): (f64, f64)| (a / effect, n / effect);
        let interval = stats::newcombe_independent(scale(after), scale(before), z);
        let difference = after.0 / after.1 - before.0 / before.1;
        prop_assert!(interval.lower <= difference + 1e-12 && difference - 1e-12 <= interval.upper, "{:?}", interval);
        prop_assert!(-1.0 <= interval.lower && interval.upper <= 1.0, "{:?}", interval);
    }

    #[test]
    fn every_paired_change_interval_contains_its_estimate_and_stays_in_minus_1_1(
        cells in paired_cells(), (z, effect) in z_and_design_effect(),
    ) {
        let interval = stats::newcombe_paired(&cells.scaled(effect), z);
        let difference = (cells.aware_after() - cells.aware_before()) / cells.total();
        prop_assert!(interval.lower <= difference + 1e-12 && difference - 1e-12 <= interval.upper, "{:?}", interval);
        prop_assert!(-1.0 <= interval.lower && interval.upper <= 1.0, "{:?}", interval);
    }
}

// ---- Text ---------------------------------------------------------------------------------

/// Kazakh and Russian letters in both cases, Latin, digits, punctuation, quotes, spaces of
/// several kinds, soft hyphens, and characters from far outside: what pasted text holds.
fn alphabet() -> Vec<char> {
    let mut chars: Vec<char> = "аәбвгғдеёжзийкқлмнңоөпрстуұүфхһцчшщъыіьэюя".chars().collect();
    chars.extend(chars.clone().iter().flat_map(|c| c.to_uppercase()).collect::<Vec<_>>());
    chars.extend("aeiouxyzAZ019 \n\t,.;:!?-–—()[]\"'«»„“№#*_\\/".chars());
    chars.extend([NBSP, SOFT_HYPHEN, '\u{200b}', '\u{301}', '😀', '\u{0}']);
    chars
}

fn is_cyrillic_letter(c: char) -> bool {
    c.is_alphabetic() && ('\u{400}'..='\u{4ff}').contains(&c)
}

/// Letters of the word running from a soft hyphen, in one direction.
fn letters_beside<'a>(chars: impl Iterator<Item = &'a char>) -> usize {
    chars.take_while(|c| is_cyrillic_letter(**c) || **c == SOFT_HYPHEN).filter(|c| **c != SOFT_HYPHEN).count()
}

/// Undoes what typography may change: quotes, no-break spaces, soft hyphens, and the hyphens of
/// compound words, which become non-breaking.
fn plain(text: &str) -> String {
    text.chars()
        .filter(|&c| c != SOFT_HYPHEN)
        .map(|c| match c {
            '«' | '»' | '„' | '“' => '"',
            NBSP => ' ',
            NON_BREAKING_HYPHEN => '-',
            other => other,
        })
        .collect()
}

proptest! {
    #![proptest_config(config(2_000))]

    #[test]
    fn soft_hyphen_insertion_never_changes_the_text_apart_from_u00ad(text in text(alphabet(), 80)) {
        let hyphenated = hyphenate_kk::hyphenate(&text);
        prop_assert_eq!(hyphenated.replace(SOFT_HYPHEN, ""), text.replace(SOFT_HYPHEN, ""));
    }

    #[test]
    fn every_inserted_break_leaves_two_letters_on_either_side(
        text in text(alphabet().into_iter().filter(|&c| c != SOFT_HYPHEN).collect(), 80),
    ) {
        let chars: Vec<char> = hyphenate_kk::hyphenate(&text).chars().collect();
        for (at, _) in chars.iter().enumerate().filter(|(_, c)| **c == SOFT_HYPHEN) {
            prop_assert!(letters_beside(chars[..at].iter().rev()) >= 2, "{:?}", chars);
            prop_assert!(letters_beside(chars[at + 1..].iter()) >= 2, "{:?}", chars);
        }
    }

    #[test]
    fn typography_changes_only_quotes_spaces_and_hyphens(
        lang in select(vec![Lang::Kk, Lang::Ru, Lang::En]),
        pieces in vec(text(alphabet().into_iter().filter(|&c| c != NBSP && c != SOFT_HYPHEN).collect(), 40), 1..4),
    ) {
        let mut typographer = Typographer::new(lang);
        for piece in &pieces {
            prop_assert_eq!(plain(&typographer.piece(piece)), plain(piece));
        }
    }

    #[test]
    fn line_and_column_agree_with_counting_from_the_start(
        (text, offset) in text("ab\nә\r😀 ".chars().collect(), 60).prop_flat_map(|t| {
            let len = t.len();
            (Just(t), 0..len + 3)
        }),
    ) {
        let file = SourceFile::new("c.toml", text.clone());
        let mut boundary = offset.min(text.len());
        while !text.is_char_boundary(boundary) {
            boundary -= 1;
        }
        let before = &text[..boundary];
        let line = before.matches('\n').count() + 1;
        let column = before.rsplit('\n').next().unwrap().chars().count() + 1;
        prop_assert_eq!(file.line_column(offset), (line, column));
    }
}

// ---- Ledger -------------------------------------------------------------------------------

/// Text as people type it into `--printer`, `--place` and `--by`: quotes, backslashes, line
/// breaks, TOML syntax, Kazakh letters and control characters; `None` when only blanks remain.
fn field() -> impl Strategy<Value = Option<String>> {
    let mut alphabet: Vec<char> = "Кеген қаласы Print \"shop\" 'x' \\ # [run] = \n\t'''\"\"\" ₸ 😀".chars().collect();
    alphabet.extend(['\r', '\u{0}', '\u{7f}', '\u{feff}', '\u{2028}']);
    text(alphabet, 30).prop_map(|text| Some(text.trim().to_string()).filter(|t| !t.is_empty()))
}

fn run() -> impl Strategy<Value = Run> {
    let date = (1u8..=12, 1u8..=28).prop_map(|(month, day)| Date::new(2024, month, day).unwrap());
    let edition = proptest::option::of(any::<u64>().prop_map(|fingerprint| format!("{fingerprint:016x}")));
    // The edition printed: the standard booklet or any other edition, written as `kind`.
    let kind = proptest::option::of(proptest::sample::select(kitapsha::campaign::Edition::ALL.to_vec()));
    (date, 1u64..=1_000, field(), proptest::option::of(0..u64::from(u32::MAX)), edition, kind).prop_map(
        |(date, copies, printer, cost, edition, kind)| Run { date, copies, printer, cost, edition, kind, span: 0..0 },
    )
}

/// Print runs in 2024 and hand-outs in 2025 that never take more than is in stock, in any order
/// in the file.
fn entries() -> impl Strategy<Value = Vec<Entry>> {
    let hand_out = (1u8..=31, 0.0..1.0f64, field(), field());
    (vec(run(), 0..6), vec(hand_out, 0..6))
        .prop_map(|(runs, hand_outs)| {
            let mut stock: u64 = runs.iter().map(|run| run.copies).sum();
            let mut entries: Vec<Entry> = runs.into_iter().map(Entry::Run).collect();
            for (day, share, place, by) in hand_outs {
                if stock == 0 {
                    break;
                }
                let copies = 1 + (share * stock as f64) as u64 % stock;
                stock -= copies;
                let date = Date::new(2025, 1, day).unwrap();
                let place = place.unwrap_or_else(|| "Саты".to_string());
                entries.push(Entry::HandOut(HandOut { date, copies, place, by, span: 0..0 }));
            }
            entries
        })
        .prop_shuffle()
}

proptest! {
    #![proptest_config(config(300))]

    #[test]
    fn a_ledger_written_and_read_back_is_equal(entries in entries()) {
        let mut text = String::new();
        let mut expected = Ledger::default();
        for entry in &entries {
            text = kitapsha::ledger::file::appended(&text, "kegen", entry, kitapsha::lang::Lang::En).unwrap();
            expected = expected.with(entry.clone());
        }
        let today = Date::new(2025, 2, 22).unwrap();
        let mut diagnostics = kitapsha::diag::Diagnostics::new();
        let read = kitapsha::ledger::validate::validate(&SourceFile::new("p.toml", text.clone()), today, &mut diagnostics);
        prop_assert!(read.is_some(), "{:?}\n{}", diagnostics, text);
        prop_assert_eq!(read.unwrap().without_spans(), expected, "{}", text);
    }

    #[test]
    fn a_void_written_and_read_back_is_the_void_of_the_ledger(entries in entries(), pick in 0.0..1.0f64, reason in field()) {
        prop_assume!(!entries.is_empty());
        let text = kitapsha::ledger::file::appended_all("", "kegen", &entries, kitapsha::lang::Lang::En).unwrap();
        let ledger = Ledger::default().with_all(entries.clone());
        let number = 1 + (pick * entries.len() as f64) as usize % entries.len();
        // As `kitapsha void` takes it: one line, its blanks folded.
        let reason = reason.map_or_else(|| "x".to_string(), |r| r.split_whitespace().collect::<Vec<_>>().join(" "));
        let void = Void { date: Date::new(2025, 2, 1).unwrap(), reason };
        let Ok(expected) = ledger.voiding(number, void.clone()) else { return Ok(()) };
        let voided = kitapsha::ledger::file::voided(&text, number, &void).unwrap();
        let today = Date::new(2025, 2, 22).unwrap();
        let mut diagnostics = kitapsha::diag::Diagnostics::new();
        let read = kitapsha::ledger::validate::validate(&SourceFile::new("p.toml", voided.clone()), today, &mut diagnostics);
        prop_assert!(read.is_some(), "{:?}\n{}", diagnostics, voided);
        prop_assert_eq!(read.unwrap().without_spans(), expected, "{}", voided);
        // Only the line of the void is new.
        let added: Vec<&str> = voided.lines().filter(|line| line.starts_with("void = ")).collect();
        prop_assert_eq!(added.len(), 1);
        let without: String = voided.split_inclusive('\n').filter(|line| !line.starts_with("void = ")).collect();
        prop_assert_eq!(without, text);
    }
}

// ---- Survey CSV ---------------------------------------------------------------------------

const ANSWERS: [&str; 13] =
    ["да", "Да ", " иә", "нет", "жоқ", "", "  ", "не знаю", "a;b", "x,y", "say \"да\"", "two\nlines", "yes"];

/// An export as survey tools write one: a delimiter, line ends, an optional byte-order mark,
/// 1 to 4 `group/q<i>` columns, rows of answers, and the column asked for (short or full name).
#[derive(Debug, Clone)]
struct Export {
    delimiter: char,
    line_end: &'static str,
    bom: bool,
    columns: usize,
    wanted: usize,
    full_name: bool,
    rows: Vec<Vec<&'static str>>,
}

fn export() -> impl Strategy<Value = Export> {
    (1usize..=4).prop_flat_map(|columns| {
        let rows = vec(vec(select(ANSWERS.to_vec()), columns), 0..40);
        (select(vec![',', ';', '\t']), select(vec!["\n", "\r\n"]), any::<bool>(), 0..columns, any::<bool>(), rows)
            .prop_map(move |(delimiter, line_end, bom, wanted, full_name, rows)| Export {
                delimiter,
                line_end,
                bom,
                columns,
                wanted,
                full_name,
                rows,
            })
    })
}

impl Export {
    /// Quotes a field when it must be, and some plain fields too, as survey tools do.
    fn quote(&self, field: &str) -> String {
        if field.contains([self.delimiter, '"', '\n', '\r']) || field.len().is_multiple_of(3) {
            format!("\"{}\"", field.replace('"', "\"\""))
        } else {
            field.to_string()
        }
    }

    fn line(&self, fields: &[String]) -> String {
        fields.iter().map(|field| self.quote(field)).collect::<Vec<_>>().join(&self.delimiter.to_string())
            + self.line_end
    }

    fn header(&self) -> Vec<String> {
        (0..self.columns).map(|i| format!("group/q{i}")).collect()
    }

    /// A line of blanks in a single column is an empty line, which the reader skips.
    fn kept_rows(&self) -> impl Iterator<Item = &Vec<&'static str>> {
        self.rows.iter().filter(|row| !(self.columns == 1 && row[0].trim().is_empty()))
    }

    fn text(&self) -> String {
        let mut text = if self.bom { "\u{feff}".to_string() } else { String::new() };
        text += &self.line(&self.header());
        for row in self.kept_rows() {
            text += &self.line(&row.iter().map(std::string::ToString::to_string).collect::<Vec<_>>());
        }
        text
    }
}

proptest! {
    #![proptest_config(config(500))]

    #[test]
    fn a_csv_export_counts_what_was_written_into_it(export in export()) {
        let aware_if = ["да".to_string(), "иә".to_string(), "yes".to_string()];
        let (mut respondents, mut aware, mut missing) = (0, 0, 0);
        for row in export.kept_rows() {
            let answer = row[export.wanted].trim().to_lowercase();
            if answer.is_empty() {
                missing += 1;
            } else {
                respondents += 1;
                aware += u64::from(aware_if.contains(&answer));
            }
        }
        let column = if export.full_name { export.header()[export.wanted].clone() } else { format!("q{}", export.wanted) };
        let text = export.text();
        let tally = csv::tally_reader(text.as_bytes(), std::path::Path::new("s.csv"), &column, &aware_if);
        prop_assert!(tally.is_ok(), "{:?}\n{}", tally.err(), text);
        let tally = tally.unwrap();
        prop_assert_eq!((tally.respondents, tally.aware, tally.missing), (respondents, aware, missing), "{}", text);
    }
}
