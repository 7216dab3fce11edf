//! Properties that must hold for any input, checked over many pseudo-random cases (the same on
//! every run: see `XorShift`). A failure prints the case, so it can become a plain test.

mod common;

use common::XorShift;

use kitapsha::date::Date;
use kitapsha::diag::SourceFile;
use kitapsha::lang::Lang;
use kitapsha::ledger::{Entry, HandOut, Ledger, Run};
use kitapsha::press::BoundPage;
use kitapsha::press::impose::sheet_sides;
use kitapsha::survey::csv;
use kitapsha::survey::stats::{self, PairedCells};
use kitapsha::typeset::hyphenate_kk::{self, SOFT_HYPHEN};
use kitapsha::typeset::typography::{NBSP, Typographer};

const CASES: usize = 2_000;

// ---- Imposition ---------------------------------------------------------------------------

#[test]
fn saddle_stitch_places_every_page_exactly_once_for_any_page_count() {
    let mut random = XorShift::new(1);
    for n in (4..=400).step_by(4) {
        let bound: Vec<BoundPage> =
            (0..n).map(|index| BoundPage { index, upside_down: random.below(2) == 0 }).collect();
        let creep = random.fraction();
        let sides = sheet_sides(&bound, creep);
        assert_eq!(sides.len(), n / 2, "{n} pages: two pages a side");
        let mut placed: Vec<usize> = sides.iter().flat_map(|s| [s.left.page.index, s.right.page.index]).collect();
        placed.sort();
        assert_eq!(placed, (0..n).collect::<Vec<_>>(), "{n} pages: each placed once");
        for (number, side) in sides.iter().enumerate() {
            // Facing halves of a folded sheet hold pages whose positions add up to n − 1.
            assert_eq!(side.left.page.index + side.right.page.index, n - 1, "{n} pages, side {number}");
            // A page keeps its orientation, and both halves move toward the fold alike.
            assert_eq!(side.left.page, bound[side.left.page.index]);
            assert_eq!(side.left.shift_mm, -side.right.shift_mm);
            assert!((side.left.shift_mm - (number / 2) as f64 * creep).abs() < 1e-9);
        }
    }
}

// ---- Intervals ----------------------------------------------------------------------------

/// `aware` of `respondents`, with 0 and all of them often, as real surveys have.
fn share(random: &mut XorShift) -> (f64, f64) {
    let largest = if random.below(4) == 0 { 10 } else { 5_000 };
    let respondents = 1 + random.below(largest);
    let aware = match random.below(5) {
        0 => 0,
        1 => respondents,
        _ => random.below(respondents + 1),
    };
    (aware as f64, respondents as f64)
}

fn level_and_design_effect(random: &mut XorShift) -> (f64, f64) {
    let level = *random.pick(&[0.5, 0.8, 0.9, 0.95, 0.99, 0.999, 0.999_999]);
    let design_effect = if random.below(2) == 0 { 1.0 } else { 1.0 + 3.0 * random.fraction() };
    (stats::critical_value(level), design_effect)
}

#[test]
fn every_share_interval_contains_its_estimate_and_stays_in_0_1() {
    let mut random = XorShift::new(2);
    for _ in 0..CASES {
        let (aware, respondents) = share(&mut random);
        let (z, effect) = level_and_design_effect(&mut random);
        let (a, n) = (aware / effect, respondents / effect);
        let interval = stats::wilson(a, n, z);
        let case = format!("{aware}/{respondents}, z {z}, design effect {effect}: {interval:?}");
        assert!(interval.contains(a / n), "{case}");
        assert!(0.0 <= interval.lower && interval.upper <= 1.0, "{case}");
    }
}

#[test]
fn every_change_interval_contains_its_estimate_and_stays_in_minus_1_1() {
    let mut random = XorShift::new(3);
    for _ in 0..CASES {
        let (before, after) = (share(&mut random), share(&mut random));
        let (z, effect) = level_and_design_effect(&mut random);
        let scale = |(a, n): (f64, f64)| (a / effect, n / effect);
        let interval = stats::newcombe_independent(scale(after), scale(before), z);
        let difference = after.0 / after.1 - before.0 / before.1;
        let case = format!("after {after:?}, before {before:?}, z {z}, design effect {effect}: {interval:?}");
        assert!(interval.lower <= difference + 1e-12 && difference - 1e-12 <= interval.upper, "{case}");
        assert!(-1.0 <= interval.lower && interval.upper <= 1.0, "{case}");
    }
}

#[test]
fn every_paired_change_interval_contains_its_estimate_and_stays_in_minus_1_1() {
    let mut random = XorShift::new(4);
    for _ in 0..CASES {
        let mut cell = || if random.below(4) == 0 { 0.0 } else { random.below(500) as f64 };
        let cells = PairedCells { both: cell(), only_before: cell(), only_after: cell(), neither: cell() };
        if cells.total() == 0.0 {
            continue;
        }
        let (z, effect) = level_and_design_effect(&mut random);
        let interval = stats::newcombe_paired(&cells.scaled(effect), z);
        let difference = (cells.aware_after() - cells.aware_before()) / cells.total();
        let case = format!("{cells:?}, z {z}, design effect {effect}: {interval:?}");
        assert!(interval.lower <= difference + 1e-12 && difference - 1e-12 <= interval.upper, "{case}");
        assert!(-1.0 <= interval.lower && interval.upper <= 1.0, "{case}");
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

#[test]
fn soft_hyphen_insertion_never_changes_the_text_apart_from_u00ad() {
    let mut random = XorShift::new(5);
    let alphabet = alphabet();
    for _ in 0..CASES {
        let text = random.text(&alphabet, 80);
        let hyphenated = hyphenate_kk::hyphenate(&text);
        assert_eq!(hyphenated.replace(SOFT_HYPHEN, ""), text.replace(SOFT_HYPHEN, ""), "{text:?}");
        if text.contains(SOFT_HYPHEN) {
            continue;
        }
        // Each inserted break has at least two letters of its word on either side.
        let chars: Vec<char> = hyphenated.chars().collect();
        for (at, _) in chars.iter().enumerate().filter(|(_, c)| **c == SOFT_HYPHEN) {
            let letters = |range: &mut dyn Iterator<Item = &char>| {
                range.take_while(|c| is_cyrillic_letter(**c) || **c == SOFT_HYPHEN).filter(|c| **c != SOFT_HYPHEN).count()
            };
            assert!(letters(&mut chars[..at].iter().rev()) >= 2, "{hyphenated:?}");
            assert!(letters(&mut chars[at + 1..].iter()) >= 2, "{hyphenated:?}");
        }
    }
}

#[test]
fn typography_changes_only_quotes_spaces_and_soft_hyphens() {
    let mut random = XorShift::new(6);
    let alphabet: Vec<char> = alphabet().into_iter().filter(|&c| c != NBSP && c != SOFT_HYPHEN).collect();
    let plain = |text: &str| -> String {
        text.chars()
            .filter(|&c| c != SOFT_HYPHEN)
            .map(|c| match c {
                '«' | '»' | '„' | '“' => '"',
                NBSP => ' ',
                other => other,
            })
            .collect()
    };
    for _ in 0..CASES {
        let lang = *random.pick(&[Lang::Kk, Lang::Ru, Lang::En]);
        let pieces: Vec<String> = (0..1 + random.below(3)).map(|_| random.text(&alphabet, 40)).collect();
        let mut typographer = Typographer::new(lang);
        for piece in &pieces {
            let fixed = typographer.piece(piece);
            assert_eq!(plain(&fixed), plain(piece), "{lang:?} {pieces:?}");
        }
    }
}

#[test]
fn line_and_column_agree_with_counting_from_the_start() {
    let mut random = XorShift::new(7);
    let alphabet: Vec<char> = "ab\nә\r😀 ".chars().collect();
    for _ in 0..CASES {
        let text = random.text(&alphabet, 60);
        let file = SourceFile::new("c.toml", text.clone());
        let offset = random.below(text.len() as u64 + 3) as usize;
        let mut boundary = offset.min(text.len());
        while !text.is_char_boundary(boundary) {
            boundary -= 1;
        }
        let before = &text[..boundary];
        let line = before.matches('\n').count() + 1;
        let column = before.rsplit('\n').next().unwrap().chars().count() + 1;
        assert_eq!(file.line_column(offset), (line, column), "{text:?} at {offset}");
    }
}

// ---- Ledger -------------------------------------------------------------------------------

/// Text as people type it into `--printer`, `--place` and `--by`: quotes, backslashes, line
/// breaks, TOML syntax, Kazakh letters and control characters.
fn field(random: &mut XorShift) -> String {
    let mut alphabet: Vec<char> = "Кеген қаласы Print \"shop\" 'x' \\ # [run] = \n\t'''\"\"\" ₸ 😀".chars().collect();
    alphabet.extend(['\r', '\u{0}', '\u{7f}', '\u{feff}', '\u{2028}']);
    random.text(&alphabet, 30)
}

fn trimmed(text: String) -> Option<String> {
    Some(text.trim().to_string()).filter(|t| !t.is_empty())
}

#[test]
fn a_ledger_written_and_read_back_is_equal() {
    let mut random = XorShift::new(8);
    let today = Date::new(2025, 2, 22).unwrap();
    for case in 0..300 {
        // Runs in 2024, hand-outs in 2025 that never take more than is in stock, in any order.
        let mut entries = Vec::new();
        let mut stock = 0;
        for _ in 0..random.below(6) {
            let copies = 1 + random.below(1_000);
            stock += copies;
            entries.push(Entry::Run(Run {
                date: Date::new(2024, 1 + random.below(12) as u8, 1 + random.below(28) as u8).unwrap(),
                copies,
                printer: trimmed(field(&mut random)),
                cost: (random.below(2) == 0).then(|| random.below(u32::MAX as u64)),
                edition: (random.below(2) == 0).then(|| format!("{:016x}", random.next_u64())),
                span: 0..0,
            }));
        }
        for _ in 0..random.below(6) {
            if stock == 0 {
                break;
            }
            let copies = 1 + random.below(stock);
            stock -= copies;
            let place = trimmed(field(&mut random)).unwrap_or_else(|| "Саты".to_string());
            entries.push(Entry::HandOut(HandOut {
                date: Date::new(2025, 1, 1 + random.below(31) as u8).unwrap(),
                copies,
                place,
                by: trimmed(field(&mut random)),
                span: 0..0,
            }));
        }
        let mut order: Vec<Entry> = Vec::new();
        for entry in entries {
            let at = random.below(order.len() as u64 + 1) as usize;
            order.insert(at, entry);
        }

        let mut text = String::new();
        let mut expected = Ledger::default();
        for entry in &order {
            text = kitapsha::ledger::file::appended(&text, "kegen", entry).unwrap();
            expected = expected.with(entry.clone());
        }
        let mut diagnostics = Vec::new();
        let read = kitapsha::ledger::validate::validate(&SourceFile::new("p.toml", text.clone()), today, &mut diagnostics);
        let Some(mut read) = read else { panic!("case {case}: {diagnostics:?}\n{text}") };
        read.runs.iter_mut().for_each(|run| run.span = 0..0);
        read.hand_outs.iter_mut().for_each(|hand_out| hand_out.span = 0..0);
        assert_eq!(read, expected, "case {case}:\n{text}");
    }
}

// ---- Survey CSV ---------------------------------------------------------------------------

#[test]
fn a_csv_export_counts_what_was_written_into_it() {
    let mut random = XorShift::new(9);
    let answers = ["да", "Да ", " иә", "нет", "жоқ", "", "  ", "не знаю", "a;b", "x,y", "say \"да\"", "two\nlines", "yes"];
    let aware_if = ["да".to_string(), "иә".to_string(), "yes".to_string()];
    for case in 0..500 {
        let delimiter = *random.pick(&[',', ';', '\t']);
        let line_end = *random.pick(&["\n", "\r\n"]);
        let columns = 1 + random.below(4) as usize;
        let wanted = random.below(columns as u64) as usize;
        let quote = |field: &str| {
            if field.contains([delimiter, '"', '\n', '\r']) || random_quote(field) {
                format!("\"{}\"", field.replace('"', "\"\""))
            } else {
                field.to_string()
            }
        };
        let header: Vec<String> = (0..columns).map(|i| format!("group/q{i}")).collect();
        let mut text = if random.below(2) == 0 { "\u{feff}".to_string() } else { String::new() };
        text += &header.iter().map(|h| quote(h)).collect::<Vec<_>>().join(&delimiter.to_string());
        text += line_end;
        let (mut respondents, mut aware, mut missing) = (0, 0, 0);
        for _ in 0..random.below(40) {
            let row: Vec<&str> = (0..columns).map(|_| *random.pick(&answers)).collect();
            if row.iter().all(|a| a.trim().is_empty()) && columns == 1 {
                // A line of blanks only is skipped as an empty line, not counted as missing.
                continue;
            }
            let answer = row[wanted].trim().to_lowercase();
            if answer.is_empty() {
                missing += 1;
            } else {
                respondents += 1;
                aware += u64::from(aware_if.contains(&answer));
            }
            text += &row.iter().map(|a| quote(a)).collect::<Vec<_>>().join(&delimiter.to_string());
            text += line_end;
        }
        let column = if random.below(2) == 0 { format!("q{wanted}") } else { header[wanted].clone() };
        let tally = csv::tally_reader(text.as_bytes(), std::path::Path::new("s.csv"), &column, &aware_if)
            .unwrap_or_else(|e| panic!("case {case}: {e:?}\n{text}"));
        assert_eq!((tally.respondents, tally.aware, tally.missing), (respondents, aware, missing), "case {case}:\n{text}");
    }
}

/// Survey tools quote some plain fields too; which ones must not matter.
fn random_quote(field: &str) -> bool {
    field.len().is_multiple_of(3)
}
