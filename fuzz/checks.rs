//! What each fuzz target does with one input, shared by the fuzz targets (`fuzz_targets/*.rs`)
//! and by `tests/fuzz_regressions.rs`, which replays the committed corpus and crash inputs on
//! stable Rust. Each function must neither panic, hang nor overflow the stack on any input, and
//! asserts the properties that must hold whatever the input.

#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use kitapsha::campaign::markdown;
use kitapsha::date::Date;
use kitapsha::diag::{Diagnostic, SourceFile};
use kitapsha::lang::Lang;
use kitapsha::survey::csv;
use kitapsha::typeset::booklet;
use kitapsha::typeset::hyphenate_kk::{self, SOFT_HYPHEN};
use kitapsha::typeset::hyphenate_latin;
use kitapsha::{campaign::latin, latin_kk};

/// Renders every diagnostic, so that spans at odd places (past the end, inside a character)
/// are exercised too.
fn render(diagnostics: &[Diagnostic]) {
    for diagnostic in diagnostics {
        let shown = diagnostic.to_string();
        assert!(shown.contains(": error: ") || shown.contains(": warning: "), "{shown}");
    }
}

/// `campaign.toml` text, loaded and validated against a scratch campaign folder that holds a
/// few images, a folder, and a symbolic link that leads out of it.
pub fn campaign(data: &[u8]) {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let dir = scratch_campaign();
    let file = SourceFile::new("booklets/fuzz/campaign.toml", text);
    let mut diagnostics = kitapsha::diag::Diagnostics::new();
    let campaign = kitapsha::campaign::load_text("fuzz", dir, &file, &mut diagnostics);
    render(&diagnostics);
    if let Some(campaign) = campaign {
        assert!(!diagnostics.iter().any(Diagnostic::is_error), "a campaign with errors was accepted");
        let folder = dir.canonicalize().unwrap();
        for image in campaign.images() {
            assert!(image.path.starts_with(&folder), "image {:?} is outside the campaign folder", image.path);
        }
        // The Latin edition's texts, and the words it cannot spell, found inside the file.
        let latin_texts = latin::latin_campaign(&campaign);
        assert_eq!(latin_texts.content.len(), campaign.content.len());
        for word in latin::untransliterable_words(&campaign) {
            assert!(text.get(word.span.clone()).is_some(), "{word:?} is not within the file");
        }
        render(&latin::untransliterable_warnings(&campaign));
    }
}

/// The campaign folder the `campaign` check validates against, made once per process.
fn scratch_campaign() -> &'static Path {
    static DIR: OnceLock<PathBuf> = OnceLock::new();
    DIR.get_or_init(|| {
        let dir = std::env::temp_dir().join(format!("kitapsha-fuzz-campaign-{}", std::process::id()));
        let images = dir.join("images");
        std::fs::create_dir_all(images.join("sub")).unwrap();
        // A 1×1 PNG and a tiny SVG; the names are those of the sample campaigns' images.
        let png: &[u8] = &[
            0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52, 0x00, 0x00,
            0x00, 0x01, 0x00, 0x00, 0x00, 0x01, 0x08, 0x06, 0x00, 0x00, 0x00, 0x1f, 0x15, 0xc4, 0x89, 0x00, 0x00, 0x00,
            0x0d, 0x49, 0x44, 0x41, 0x54, 0x78, 0x9c, 0x63, 0xf8, 0xcf, 0xc0, 0xf0, 0x1f, 0x00, 0x05, 0x00, 0x01, 0xff,
            0x89, 0x99, 0x3d, 0x1d, 0x00, 0x00, 0x00, 0x00, 0x49, 0x45, 0x4e, 0x44, 0xae, 0x42, 0x60, 0x82,
        ];
        let svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\"/>";
        for name in ["cover.png", "photo.png", "sub/a.png"] {
            std::fs::write(images.join(name), png).unwrap();
        }
        for name in ["cover.svg", "forms.svg", "akimat.svg"] {
            std::fs::write(images.join(name), svg).unwrap();
        }
        std::fs::write(images.join("notes.txt"), "not a picture").unwrap();
        let outside = std::env::temp_dir().join(format!("kitapsha-fuzz-outside-{}.png", std::process::id()));
        std::fs::write(&outside, png).unwrap();
        let link = images.join("outside.png");
        if std::fs::symlink_metadata(&link).is_err() {
            std::os::unix::fs::symlink(&outside, &link).unwrap();
        }
        dir
    })
}

/// A section text: the Markdown subset parsed, then typography fixed in Kazakh and Russian and
/// turned into the JSON the template reads.
pub fn markdown(data: &[u8]) {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let blocks = markdown::parse(text);
    for lang in [Lang::Kk, Lang::Ru] {
        for block in &blocks {
            let value = booklet::block(booklet::Setting { lang, hyphens: true, latin: false }, block);
            serde_json::to_string(&value).unwrap();
        }
    }
}

/// Kazakh hyphenation only ever adds soft hyphens.
pub fn hyphenate(data: &[u8]) {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let hyphenated = hyphenate_kk::hyphenate(text);
    let without = |s: &str| s.replace(SOFT_HYPHEN, "");
    assert_eq!(without(&hyphenated), without(text), "hyphenation changed more than soft hyphens");
    // The soft hyphens the input had are all still there.
    assert!(hyphenated.matches(SOFT_HYPHEN).count() >= text.matches(SOFT_HYPHEN).count());
    // The same for Latin Kazakh, of the text and of its transliteration.
    let latin = latin_kk::transliterate(text);
    for text in [text, latin.as_str()] {
        let hyphenated = hyphenate_latin::hyphenate(text);
        assert_eq!(without(&hyphenated), without(text), "Latin hyphenation changed more than soft hyphens");
    }
}

/// A survey export: the first line names the column to count, the rest is the CSV file.
pub fn survey_csv(data: &[u8]) {
    let (column, csv_bytes) = match data.iter().position(|&b| b == b'\n') {
        Some(end) => (String::from_utf8_lossy(&data[..end]).into_owned(), &data[end + 1..]),
        None => ("q3".to_string(), data),
    };
    let aware_if = ["иә".to_string(), "да".to_string(), "yes".to_string()];
    match csv::tally_reader(csv_bytes, Path::new("surveys/fuzz.csv"), &column, &aware_if) {
        Ok(tally) => {
            assert!(tally.aware <= tally.respondents, "{tally:?}");
            assert!(tally.respondents + tally.missing <= csv::MAX_ROWS, "{tally:?}");
            let counted: u64 = tally.answers.iter().map(|a| a.count).sum::<u64>() + tally.other_rows;
            assert_eq!(counted, tally.respondents, "every answer is counted once: {tally:?}");
        }
        Err(csv::CsvError::File(problems)) => {
            assert!(!problems.is_empty());
            render(&problems);
        }
        Err(csv::CsvError::NoSuchColumn(_) | csv::CsvError::AmbiguousColumn(_)) => {}
        Err(
            error @ (csv::CsvError::NoSuchGroupColumn { .. }
            | csv::CsvError::AmbiguousGroupColumn { .. }
            | csv::CsvError::NoSuchSheet(_)),
        ) => {
            panic!("no group column or sheet was asked for, yet: {error:?}")
        }
    }
}

/// A `print-runs.toml`, checked; a ledger that passes has stock that adds up.
pub fn ledger(data: &[u8]) {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let file = SourceFile::new("booklets/fuzz/print-runs.toml", text);
    let today = Date::new(2030, 1, 1).unwrap();
    let mut diagnostics = kitapsha::diag::Diagnostics::new();
    let ledger = kitapsha::ledger::validate::validate(&file, today, &mut diagnostics);
    render(&diagnostics);
    if let Some(ledger) = ledger {
        assert!(ledger.overdrawn().is_empty());
        assert_eq!(ledger.in_stock(), ledger.printed() - ledger.handed_out());
    }
}
