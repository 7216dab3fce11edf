//! Albers' equal-area conic projection on a sphere: the map of Almaty region keeps areas true
//! (so circles and districts compare fairly) and bends little between its two standard
//! parallels, where the scale is exact. Snyder, "Map projections: a working manual" (1987),
//! formulas 14-1 to 14-6 for the sphere.

/// The Earth's authalic radius, in kilometres: a sphere of the same surface as the ellipsoid.
pub const EARTH_RADIUS_KM: f64 = 6371.0072;

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Albers {
    n: f64,
    c: f64,
    rho0: f64,
    lon0: f64,
}

impl Albers {
    /// Standard parallels `lat1`, `lat2`; origin at `lat0`, `lon0` (degrees).
    pub fn new(lat1: f64, lat2: f64, lat0: f64, lon0: f64) -> Self {
        let (phi1, phi2, phi0) = (lat1.to_radians(), lat2.to_radians(), lat0.to_radians());
        let n = (phi1.sin() + phi2.sin()) / 2.0;
        let c = phi1.cos().powi(2) + 2.0 * n * phi1.sin();
        let rho0 = EARTH_RADIUS_KM * (c - 2.0 * n * phi0.sin()).sqrt() / n;
        Albers { n, c, rho0, lon0 }
    }

    /// The projection used for Almaty region: standard parallels 43° and 46° N, the region's
    /// south and north, origin at 44.5° N 77.5° E.
    pub fn almaty_region() -> Self {
        Albers::new(43.0, 46.0, 44.5, 77.5)
    }

    /// (x, y) in kilometres east and north of the origin.
    pub fn project(&self, lat: f64, lon: f64) -> (f64, f64) {
        let rho = EARTH_RADIUS_KM * (self.c - 2.0 * self.n * lat.to_radians().sin()).sqrt() / self.n;
        let theta = self.n * (lon - self.lon0).to_radians();
        (rho * theta.sin(), self.rho0 - rho * theta.cos())
    }

    /// How far true north turns from the map's "up" at longitude `lon`, in degrees clockwise.
    pub fn north_angle(&self, lon: f64) -> f64 {
        (self.n * (lon - self.lon0).to_radians()).to_degrees()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Great-circle distance on the same sphere, in kilometres.
    fn distance(a: (f64, f64), b: (f64, f64)) -> f64 {
        let (phi1, phi2) = (a.0.to_radians(), b.0.to_radians());
        let dlon = (b.1 - a.1).to_radians();
        let cos = phi1.sin() * phi2.sin() + phi1.cos() * phi2.cos() * dlon.cos();
        EARTH_RADIUS_KM * cos.clamp(-1.0, 1.0).acos()
    }

    #[test]
    fn the_origin_is_at_zero_and_north_is_up_on_the_central_meridian() {
        let albers = Albers::almaty_region();
        let (x, y) = albers.project(44.5, 77.5);
        assert!(x.abs() < 1e-9 && y.abs() < 1e-9, "{x} {y}");
        let (x, y) = albers.project(46.0, 77.5);
        assert!(x.abs() < 1e-9 && y > 0.0);
        assert_eq!(albers.north_angle(77.5), 0.0);
        // East of the central meridian, meridians lean towards the pole on the left.
        assert!(albers.north_angle(80.0) > 0.0);
    }

    #[test]
    fn lengths_along_the_standard_parallels_are_true() {
        let albers = Albers::almaty_region();
        for lat in [43.0, 46.0] {
            let (a, b) = (albers.project(lat, 76.0), albers.project(lat, 76.01));
            let projected = ((b.0 - a.0).powi(2) + (b.1 - a.1).powi(2)).sqrt();
            let true_length = EARTH_RADIUS_KM * lat.to_radians().cos() * 0.01_f64.to_radians();
            assert!((projected / true_length - 1.0).abs() < 1e-6, "lat {lat}: {projected} vs {true_length}");
        }
    }

    #[test]
    fn known_places_land_where_pyproj_puts_them() {
        // pyproj 3 with "+proj=aea +lat_1=43 +lat_2=46 +lat_0=44.5 +lon_0=77.5 +R=6371007.2",
        // in kilometres: Bakanas (GeoNames), Almaty and Narynkol (GeoNames).
        let albers = Albers::almaty_region();
        for (lat, lon, x, y) in [
            (44.80622, 76.27032, -96.977_f64, 34.791_f64),
            (43.25, 76.91667, -47.239, -138.862),
            (42.72636, 80.17495, 218.491, -193.682),
        ] {
            let (px, py) = albers.project(lat, lon);
            assert!((px - x).abs() < 0.01 && (py - y).abs() < 0.01, "({lat}, {lon}): got ({px:.3}, {py:.3})");
        }
    }

    #[test]
    fn distances_between_villages_are_kept_within_a_percent() {
        let albers = Albers::almaty_region();
        let (bakanas, narynkol) = ((44.80622, 76.27032), (42.72636, 80.17495));
        let (a, b) = (albers.project(bakanas.0, bakanas.1), albers.project(narynkol.0, narynkol.1));
        let projected = ((b.0 - a.0).powi(2) + (b.1 - a.1).powi(2)).sqrt();
        let true_distance = distance(bakanas, narynkol);
        assert!((projected / true_distance - 1.0).abs() < 0.01, "{projected} km on the map, {true_distance} km");
    }
}
