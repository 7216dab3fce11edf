//! Where the booklets went, on a map: `places.toml` at the project root gives each village its
//! names and coordinates, and [`map`] draws the hand-outs on Natural Earth's lines and lakes in
//! an equal-area projection ([`projection`]), as data for the report's template.

pub mod map;
pub mod projection;

use std::cell::OnceCell;
use std::ops::Range;
use std::path::Path;

use serde::Deserialize;
use toml::Spanned;

use crate::diag::{Diagnostic, Diagnostics, SourceFile};
use crate::fsutil::read_text;
use crate::lang::Lang;
use crate::messages::Message;
use crate::msg;
use crate::survey::written::WrittenKeys;
use crate::texts::{RawTranslations, Texts};
use crate::tomlfile;

/// The file of villages, at the project root.
pub const PLACES_FILE: &str = "places.toml";

/// One village: its names in kk, ru and en, where it is, and where that came from.
#[derive(Debug, Clone, PartialEq)]
pub struct Place {
    pub name: Texts,
    pub lat: f64,
    pub lon: f64,
}

/// The villages of `places.toml`; none when the file does not exist.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Places {
    pub places: Vec<Place>,
}

impl Places {
    /// The place a hand-out names, by any of its names (case and spaces around it do not matter).
    pub fn find(&self, written: &str) -> Option<&Place> {
        let wanted = normalise(written);
        self.places.iter().find(|place| place.name.0.values().any(|name| normalise(name) == wanted))
    }
}

fn normalise(name: &str) -> String {
    name.trim().to_lowercase()
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawPlacesFile {
    #[serde(default)]
    place: Vec<Spanned<RawPlace>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawPlace {
    name: Option<Spanned<RawTranslations>>,
    lat: Option<Spanned<f64>>,
    lon: Option<Spanned<f64>>,
    /// Where the coordinates come from: kept in the file for people, not printed.
    #[allow(dead_code)]
    source: Option<String>,
}

/// Reads `places.toml` from the project root. `None` when it has errors (in `diagnostics`).
pub fn load(root: &Path, diagnostics: &mut Diagnostics) -> Option<Places> {
    let path = root.join(PLACES_FILE);
    if !path.exists() {
        return Some(Places::default());
    }
    let text = match read_text(&path, Path::new(PLACES_FILE)) {
        Ok(text) => text,
        Err(diagnostic) => {
            diagnostics.push(diagnostic);
            return None;
        }
    };
    let file = SourceFile::new(PLACES_FILE, text);
    let start = diagnostics.checkpoint();
    let raw: RawPlacesFile = tomlfile::load(&file, diagnostics)?;
    // Read only when a key is missing: one whose value was refused has been reported already.
    let written = OnceCell::new();
    let mut places = Vec::new();
    for entry in &raw.place {
        let mut checker = Checker { file: &file, diagnostics, written: &written };
        if let Some(place) = checker.place(entry, &places) {
            places.push(place);
        }
    }
    (!diagnostics.failed_since(start)).then_some(Places { places })
}

struct Checker<'a> {
    file: &'a SourceFile,
    diagnostics: &'a mut Diagnostics,
    written: &'a OnceCell<WrittenKeys>,
}

impl Checker<'_> {
    fn error(&mut self, span: Range<usize>, message: Message, hint: Message) {
        self.diagnostics.push(Diagnostic::error(self.file, span, message).with_hint(hint));
    }

    /// Reports that the table at `table` lacks `key`, unless the key is written there and its
    /// value was reported already.
    fn missing(&mut self, table: Range<usize>, key: &str, message: Message, hint: Message) {
        if !self.written.get_or_init(|| WrittenKeys::of(&self.file.text)).has(&table, key) {
            self.error(table, message, hint);
        }
    }

    fn place(&mut self, written: &Spanned<RawPlace>, known: &[Place]) -> Option<Place> {
        let raw = written.get_ref();
        let mut name = Texts::default();
        match &raw.name {
            Some(names) => {
                for lang in [Lang::Kk, Lang::Ru, Lang::En] {
                    let text = names.get_ref().get(lang);
                    if let Some(text) = text.filter(|text| !text.get_ref().trim().is_empty()) {
                        name.0.insert(lang, text.get_ref().trim().to_string());
                        continue;
                    }
                    let message = msg!("places-no-name-in", lang = lang);
                    let hint = msg!("places-no-name-in-hint", lang = lang);
                    match text {
                        Some(_) => self.error(names.span(), message, hint),
                        None => self.missing(names.span(), lang.code(), message, hint),
                    }
                }
            }
            None => self.missing(
                written.span(),
                "name",
                msg!("places-no-name"),
                Message::new("places-no-name-hint")
                    .arg("example", "name = { kk = \"Бақанас\", ru = \"Баканас\", en = \"Bakanas\" }"),
            ),
        }
        // Bakanas, for the examples.
        let lat = self.coordinate(written, raw.lat.as_ref(), "lat", 90.0, "44.81");
        let lon = self.coordinate(written, raw.lon.as_ref(), "lon", 180.0, "76.27");
        if name.0.len() < 3 {
            return None;
        }
        let places = Places { places: known.to_vec() };
        if let Some(name_span) = raw.name.as_ref().map(Spanned::span)
            && let Some(twice) = name.0.values().find(|n| places.find(n).is_some())
        {
            self.error(name_span, msg!("places-twice", name = twice.as_str()), msg!("places-twice-hint"));
            return None;
        }
        Some(Place { name, lat: lat?, lon: lon? })
    }

    /// `lat` or `lon`: there, and within ±`limit` degrees.
    fn coordinate(
        &mut self,
        place: &Spanned<RawPlace>,
        value: Option<&Spanned<f64>>,
        key: &str,
        limit: f64,
        example: &str,
    ) -> Option<f64> {
        let hint = || msg!("places-coordinate-hint", key = key, example = example);
        match value {
            Some(value) if value.get_ref().abs() <= limit => Some(*value.get_ref()),
            Some(value) => {
                self.error(
                    value.span(),
                    msg!("places-coordinate-range", key = key, limit = limit, value = value.get_ref().to_string()),
                    hint(),
                );
                None
            }
            None => {
                self.missing(place.span(), key, msg!("places-no-coordinate", key = key), hint());
                None
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn load_text(name: &str, text: &str) -> (Option<Places>, Vec<Diagnostic>) {
        let dir = std::env::temp_dir().join(format!("kitapsha-places-{name}-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::write(dir.join(PLACES_FILE), text).unwrap();
        let mut diagnostics = Diagnostics::new();
        let places = load(&dir, &mut diagnostics);
        std::fs::remove_dir_all(&dir).unwrap();
        (places, diagnostics.into_vec())
    }

    const BAKANAS: &str = "[[place]]\nname = { kk = \"Бақанас\", ru = \"Баканас\", en = \"Bakanas\" }\n";

    #[test]
    fn a_coordinate_refused_by_its_type_is_reported_once() {
        let (places, diagnostics) = load_text("type", &format!("{BAKANAS}lat = \"44.81\"\nlon = 76.27\n"));
        assert!(places.is_none());
        let headlines: Vec<String> = diagnostics.iter().map(Diagnostic::headline).collect();
        assert_eq!(headlines, ["places.toml:3:7: error: `lat` should be a number, but it is the text \"44.81\""]);
    }

    #[test]
    fn a_missing_coordinate_is_offered_an_example_of_its_own() {
        let (_, diagnostics) = load_text("missing", &format!("{BAKANAS}lat = 44.81\n"));
        assert_eq!(diagnostics.len(), 1);
        assert_eq!(
            diagnostics[0].to_string().lines().next_back(),
            Some("  = hint: give lon in decimal degrees, e.g. lon = 76.27")
        );
    }

    #[test]
    fn a_place_given_twice_is_named_as_written() {
        let text = format!(
            "{BAKANAS}lat = 44.81\nlon = 76.27\n{}lat = 44.81\nlon = 76.27\n",
            BAKANAS.replace("Bakanas", "Baqanas")
        );
        let (_, diagnostics) = load_text("twice", &text);
        let headlines: Vec<String> = diagnostics.iter().map(Diagnostic::headline).collect();
        assert_eq!(headlines, ["places.toml:6:8: error: the place `Бақанас` is listed twice"]);
    }
}
