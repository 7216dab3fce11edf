//! The map of the hand-outs as the report's template draws it: Natural Earth's lines and lakes
//! (`basemap.json`, made by `make_basemap.py`), a graticule, and one circle per village whose
//! area is proportional to the copies handed out there, all projected and placed in
//! millimetres, so that the template only draws.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::lang::Lang;
use crate::numbers;
use crate::places::projection::Albers;
use crate::places::{Place, Places};

const BASEMAP: &str = include_str!("basemap.json");

/// The map's width on the page.
pub const WIDTH_MM: f64 = 170.0;
/// The radius of the circle of the village that got the most copies.
const LARGEST_RADIUS_MM: f64 = 7.0;

#[derive(Deserialize)]
struct Basemap {
    frame: Frame,
    regions: Vec<Vec<[f64; 2]>>,
    countries: Vec<Vec<[f64; 2]>>,
    lakes: Vec<Vec<[f64; 2]>>,
}

#[derive(Deserialize, Clone, Copy)]
struct Frame {
    west: f64,
    east: f64,
    south: f64,
    north: f64,
}

/// Everything the template draws, in millimetres from the map's top left corner.
#[derive(Debug, Serialize)]
pub struct MapFigure {
    pub width: f64,
    pub height: f64,
    /// Region boundaries, then country borders, as polylines.
    pub regions: Vec<Vec<[f64; 2]>>,
    pub countries: Vec<Vec<[f64; 2]>>,
    pub lakes: Vec<Vec<[f64; 2]>>,
    /// Parallels and meridians every degree.
    pub graticule: Vec<Vec<[f64; 2]>>,
    /// Largest first, so that small circles are drawn on top.
    pub places: Vec<MapPlace>,
    pub scale: ScaleBar,
    pub north: NorthArrow,
    /// Hand-out places that `places.toml` does not have, with their copies.
    pub missing: Vec<MissingPlace>,
}

#[derive(Debug, Serialize)]
pub struct MapPlace {
    pub x: f64,
    pub y: f64,
    /// The circle's radius: its area is proportional to `copies`.
    pub r: f64,
    /// Where the label's top left corner goes: right of the circle (left of it at the map's
    /// right edge), lower when another label is in the way.
    pub label_x: f64,
    pub label_y: f64,
    pub name: String,
    pub copies: String,
}

#[derive(Debug, Serialize)]
pub struct ScaleBar {
    /// On the page, in millimetres.
    pub length: f64,
    pub kilometres: u32,
}

#[derive(Debug, Serialize)]
pub struct NorthArrow {
    pub x: f64,
    pub y: f64,
    /// Clockwise from the page's up, in degrees: meridians converge in a conic projection.
    pub angle: f64,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct MissingPlace {
    pub name: String,
    pub copies: u64,
}

/// Hand-out places (as written in the ledgers) that `places` does not have, with their copies.
pub fn missing_places(places: &Places, copies_by_place: &BTreeMap<String, u64>) -> Vec<MissingPlace> {
    copies_by_place
        .iter()
        .filter(|(name, _)| places.find(name).is_none())
        .map(|(name, &copies)| MissingPlace { name: name.clone(), copies })
        .collect()
}

/// The map of `copies_by_place` (place as written in the ledgers → copies), in `lang`.
pub fn figure(places: &Places, copies_by_place: &BTreeMap<String, u64>, lang: Lang) -> MapFigure {
    let basemap: Basemap = serde_json::from_str(BASEMAP).expect("the shipped basemap is valid JSON");
    let albers = Albers::almaty_region();
    let frame = basemap.frame;
    // The frame's edges are curves once projected: bound them by points along each edge.
    let mut edge = Vec::new();
    for step in 0..=40 {
        let t = f64::from(step) / 40.0;
        let lon = frame.west + t * (frame.east - frame.west);
        let lat = frame.south + t * (frame.north - frame.south);
        edge.extend([(frame.south, lon), (frame.north, lon), (lat, frame.west), (lat, frame.east)]);
    }
    let projected: Vec<(f64, f64)> = edge.iter().map(|&(lat, lon)| albers.project(lat, lon)).collect();
    let (min_x, max_x) = bounds(projected.iter().map(|p| p.0));
    let (min_y, max_y) = bounds(projected.iter().map(|p| p.1));
    let scale = WIDTH_MM / (max_x - min_x);
    let page = |lat: f64, lon: f64| {
        let (x, y) = albers.project(lat, lon);
        [round((x - min_x) * scale), round((max_y - y) * scale)]
    };
    let line = |points: &Vec<[f64; 2]>| points.iter().map(|p| page(p[1], p[0])).collect::<Vec<_>>();

    let mut graticule = Vec::new();
    for lat in (frame.south.ceil() as i32)..=(frame.north.floor() as i32) {
        let steps = ((frame.east - frame.west) * 4.0) as i32;
        graticule.push((0..=steps).map(|i| page(f64::from(lat), frame.west + f64::from(i) / 4.0)).collect());
    }
    for lon in (frame.west.ceil() as i32)..=(frame.east.floor() as i32) {
        let steps = ((frame.north - frame.south) * 4.0) as i32;
        graticule.push((0..=steps).map(|i| page(frame.south + f64::from(i) / 4.0, f64::from(lon))).collect());
    }

    // Hand-outs under different spellings of one village count together.
    let mut by_place: Vec<(&Place, u64)> = Vec::new();
    for (name, &copies) in copies_by_place {
        let Some(place) = places.find(name) else { continue };
        match by_place.iter_mut().find(|(p, _)| *p == place) {
            Some(entry) => entry.1 += copies,
            None => by_place.push((place, copies)),
        }
    }
    by_place.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.name.get(lang).cmp(b.0.name.get(lang))));
    let most = by_place.first().map_or(1, |p| p.1).max(1) as f64;
    let mut map_places: Vec<MapPlace> = Vec::new();
    for (place, copies) in &by_place {
        let [x, y] = page(place.lat, place.lon);
        let r = round(LARGEST_RADIUS_MM * (*copies as f64 / most).sqrt());
        let name = place.name.get(lang).to_string();
        let copies = numbers::integer(*copies, lang);
        let width = label_width(&name, &copies);
        let label_x = if x + r + 1.0 + width > WIDTH_MM { round(x - r - 1.0 - width) } else { round(x + r + 1.0) };
        let mut label_y = round(y - LABEL_HEIGHT_MM / 2.0);
        // Labels of close villages would print over each other: move this one down.
        while map_places.iter().any(|other| {
            let other_width = label_width(&other.name, &other.copies);
            let (left, other_left) = (label_x, other.label_x);
            left < other_left + other_width
                && other_left < left + width
                && (label_y - other.label_y).abs() < LABEL_HEIGHT_MM
        }) {
            label_y = round(label_y + LABEL_HEIGHT_MM);
        }
        map_places.push(MapPlace { x, y, r, label_x, label_y, name, copies });
    }

    let kilometres =
        [25, 50, 100, 150, 200].into_iter().filter(|&km| f64::from(km) * scale <= WIDTH_MM * 0.25).max().unwrap_or(25);
    let north_lon = frame.east - 0.6;
    MapFigure {
        width: WIDTH_MM,
        height: round((max_y - min_y) * scale),
        regions: basemap.regions.iter().map(line).collect(),
        countries: basemap.countries.iter().map(line).collect(),
        lakes: basemap.lakes.iter().map(line).collect(),
        graticule,
        places: map_places,
        scale: ScaleBar { length: round(f64::from(kilometres) * scale), kilometres },
        north: NorthArrow { x: round(WIDTH_MM - 10.0), y: 12.0, angle: round(-albers.north_angle(north_lon)) },
        missing: missing_places(places, copies_by_place),
    }
}

/// A label's height, and its width estimated from its characters (7 pt sans).
const LABEL_HEIGHT_MM: f64 = 3.4;

fn label_width(name: &str, copies: &str) -> f64 {
    1.6 * (name.chars().count() + copies.chars().count() + 1) as f64 + 2.0
}

fn bounds(values: impl Iterator<Item = f64>) -> (f64, f64) {
    values.fold((f64::INFINITY, f64::NEG_INFINITY), |(lo, hi), v| (lo.min(v), hi.max(v)))
}

/// A tenth of a millimetre is finer than print: it keeps the report's data small.
fn round(value: f64) -> f64 {
    (value * 10.0).round() / 10.0
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::texts::Texts;

    fn place(kk: &str, ru: &str, en: &str, lat: f64, lon: f64) -> Place {
        let name = Texts([(Lang::Kk, kk), (Lang::Ru, ru), (Lang::En, en)].map(|(l, n)| (l, n.to_string())).into());
        Place { name, lat, lon }
    }

    #[test]
    fn circle_areas_are_proportional_to_copies_and_missing_places_are_listed() {
        let places = Places {
            places: vec![
                place("Бақанас", "Баканас", "Bakanas", 44.80622, 76.27032),
                place("Кеген", "Кеген", "Kegen", 43.02143, 79.22055),
            ],
        };
        let copies: BTreeMap<String, u64> = [("Бақанас", 100), ("Баканас", 60), ("Кеген", 40), ("Бақбақты", 25)]
            .map(|(p, c)| (p.to_string(), c))
            .into();
        let map = figure(&places, &copies, Lang::Ru);
        assert_eq!(map.places.len(), 2);
        let (bakanas, kegen) = (&map.places[0], &map.places[1]);
        assert_eq!((bakanas.name.as_str(), bakanas.copies.as_str()), ("Баканас", "160"));
        let ratio = (kegen.r / bakanas.r).powi(2);
        assert!((ratio - 40.0 / 160.0).abs() < 0.01, "area ratio {ratio}");
        assert_eq!(map.missing, vec![MissingPlace { name: "Бақбақты".to_string(), copies: 25 }]);
        // Kegen lies south-east of Bakanas: right and lower on the page.
        assert!(kegen.x > bakanas.x && kegen.y > bakanas.y);
        assert!(map.places.iter().all(|p| p.x > 0.0 && p.x < map.width && p.y > 0.0 && p.y < map.height));
        assert!(map.scale.length > 10.0 && map.scale.length <= WIDTH_MM * 0.25);
    }
}
