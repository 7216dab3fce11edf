//! Where the booklets went, on a map: `places.toml` at the project root gives each village its
//! names and coordinates, and [`map`] draws the hand-outs on Natural Earth's lines and lakes in
//! an equal-area projection ([`projection`]), as data for the report's template.

pub mod map;
pub mod projection;

use std::ops::Range;
use std::path::Path;

use serde::Deserialize;
use toml::Spanned;

use crate::diag::{Diagnostic, Diagnostics, SourceFile};
use crate::fsutil::read_text;
use crate::lang::Lang;
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
    let mut places = Vec::new();
    for written in &raw.place {
        if let Some(place) = check(&file, written, &places, diagnostics) {
            places.push(place);
        }
    }
    (!diagnostics.failed_since(start)).then_some(Places { places })
}

fn check(
    file: &SourceFile,
    written: &Spanned<RawPlace>,
    known: &[Place],
    diagnostics: &mut Diagnostics,
) -> Option<Place> {
    let raw = written.get_ref();
    let mut error = |span: Range<usize>, message: String, hint: &str| {
        diagnostics.push(Diagnostic::error(file, span, message).with_hint(hint));
    };
    let mut name = Texts::default();
    match &raw.name {
        Some(names) => {
            for lang in [Lang::Kk, Lang::Ru, Lang::En] {
                match names.get_ref().get(lang) {
                    Some(text) if !text.get_ref().trim().is_empty() => {
                        name.0.insert(lang, text.get_ref().trim().to_string());
                    }
                    _ => error(
                        names.span(),
                        format!("the place's `name` has no {} name", lang.english_name()),
                        "add the missing language: the map prints the village's name in the report's language",
                    ),
                }
            }
        }
        None => error(
            written.span(),
            "this [[place]] has no `name`".to_string(),
            "add name = { kk = \"Бақанас\", ru = \"Баканас\", en = \"Bakanas\" }: the names hand-outs use",
        ),
    }
    let coordinate =
        |value: &Option<Spanned<f64>>, key: &str, limit: f64, error: &mut dyn FnMut(Range<usize>, String, &str)| {
            match value {
                Some(value) if value.get_ref().abs() <= limit => Some(*value.get_ref()),
                Some(value) => {
                    error(
                        value.span(),
                        format!("`{key}` must be between -{limit} and {limit}, not {}", value.get_ref()),
                        "write decimal degrees, e.g. lat = 44.81, lon = 76.27",
                    );
                    None
                }
                None => {
                    error(
                        written.span(),
                        format!("this [[place]] has no `{key}`"),
                        "add lat = … and lon = … in decimal degrees, e.g. lat = 44.81, lon = 76.27",
                    );
                    None
                }
            }
        };
    let lat = coordinate(&raw.lat, "lat", 90.0, &mut error);
    let lon = coordinate(&raw.lon, "lon", 180.0, &mut error);
    if name.0.len() < 3 {
        return None;
    }
    let places = Places { places: known.to_vec() };
    if let Some(name_span) = raw.name.as_ref().map(Spanned::span)
        && let Some(other) = name.0.values().find_map(|n| places.find(n))
    {
        error(
            name_span,
            format!("the place `{}` is listed twice", other.name.get(Lang::En)),
            "keep one [[place]] per village",
        );
        return None;
    }
    Some(Place { name, lat: lat?, lon: lon? })
}
