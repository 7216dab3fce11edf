//! The statistics behind `kitapsha stats`: pure functions of counts, no I/O.
//!
//! Counts are `f64` so that a design effect can turn them into effective counts (count divided
//! by the design effect), which widens every interval and test the way a smaller simple random
//! sample would. With whole counts every function gives the textbook result.
//!
//! References: Wilson (1927) for one share; Newcombe (1998a, Stat Med 17:873–890), method 10,
//! for the difference of two independent shares; Newcombe (1998b, Stat Med 17:2635–2650),
//! method 10, for the difference of paired shares; McNemar (1947) with Edwards' (1948)
//! continuity correction. The special functions (erfc, the normal quantile, ln Γ and the
//! regularised incomplete beta function) are written out here so that the crate needs no
//! numerical library.

use std::f64::consts::{FRAC_1_SQRT_2, PI};

use serde::Serialize;

/// The confidence level used unless the user asks for another.
pub const DEFAULT_LEVEL: f64 = 0.95;

/// A closed interval `[lower, upper]`.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Interval {
    pub lower: f64,
    pub upper: f64,
}

impl Interval {
    /// True when `value` lies in the interval, ends included.
    pub fn contains(&self, value: f64) -> bool {
        self.lower <= value && value <= self.upper
    }
}

/// The four cells of a paired before/after table: the same respondents asked twice. Counted
/// in whole people (`u64`) as written, and in effective people (`f64`) for the statistics.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct PairedCells<T = f64> {
    /// Aware before and after.
    pub both: T,
    /// Aware before, not after.
    pub only_before: T,
    /// Aware after, not before.
    pub only_after: T,
    /// Aware neither time.
    pub neither: T,
}

impl<T: Copy + std::ops::Add<Output = T>> PairedCells<T> {
    pub fn total(&self) -> T {
        self.both + self.only_before + self.only_after + self.neither
    }

    pub fn aware_before(&self) -> T {
        self.both + self.only_before
    }

    pub fn aware_after(&self) -> T {
        self.both + self.only_after
    }
}

impl PairedCells<u64> {
    /// The counts divided by `design_effect`: the effective sample the statistics use.
    pub fn effective(&self, design_effect: f64) -> PairedCells<f64> {
        PairedCells {
            both: self.both as f64 / design_effect,
            only_before: self.only_before as f64 / design_effect,
            only_after: self.only_after as f64 / design_effect,
            neither: self.neither as f64 / design_effect,
        }
    }
}

impl PairedCells<f64> {
    /// Every cell divided by `design_effect`.
    pub fn scaled(&self, design_effect: f64) -> PairedCells<f64> {
        PairedCells {
            both: self.both / design_effect,
            only_before: self.only_before / design_effect,
            only_after: self.only_after / design_effect,
            neither: self.neither / design_effect,
        }
    }
}

/// The normal critical value for a two-sided interval: a standard normal variable lies within
/// ±z with probability `level` (1.959964 for 0.95).
pub fn critical_value(level: f64) -> f64 {
    // From the small tail probability, which keeps its precision for levels close to 1.
    -normal_quantile((1.0 - level) / 2.0)
}

/// Wilson's score interval for the share `aware / respondents`.
pub fn wilson(aware: f64, respondents: f64, z: f64) -> Interval {
    let p = aware / respondents;
    let z2 = z * z;
    let denominator = 1.0 + z2 / respondents;
    let centre = (p + z2 / (2.0 * respondents)) / denominator;
    let half_width = z * (p * (1.0 - p) / respondents + z2 / (4.0 * respondents * respondents)).sqrt() / denominator;
    // At 0/n and n/n one end is exactly 0 or 1; rounding must not move it.
    let lower = if aware <= 0.0 { 0.0 } else { (centre - half_width).max(0.0) };
    let upper = if aware >= respondents { 1.0 } else { (centre + half_width).min(1.0) };
    Interval { lower, upper }
}

/// Newcombe's hybrid score interval (method 10) for `after − before`, two independent samples.
/// Each argument is `(aware, respondents)`.
pub fn newcombe_independent(after: (f64, f64), before: (f64, f64), z: f64) -> Interval {
    let (p1, p2) = (after.0 / after.1, before.0 / before.1);
    let (w1, w2) = (wilson(after.0, after.1, z), wilson(before.0, before.1, z));
    let difference = p1 - p2;
    Interval {
        lower: difference - ((p1 - w1.lower).powi(2) + (w2.upper - p2).powi(2)).sqrt(),
        upper: difference + ((w1.upper - p1).powi(2) + (p2 - w2.lower).powi(2)).sqrt(),
    }
}

/// Two-sided p-value of the pooled two-proportion z-test of "the two shares are equal".
/// Each argument is `(aware, respondents)`.
pub fn two_proportion_z_test(after: (f64, f64), before: (f64, f64)) -> f64 {
    let pooled = (after.0 + before.0) / (after.1 + before.1);
    let variance = pooled * (1.0 - pooled) * (1.0 / after.1 + 1.0 / before.1);
    if variance <= 0.0 || !variance.is_finite() {
        // Both shares are 0 or both are 1: the data show no difference at all.
        return 1.0;
    }
    let z = (after.0 / after.1 - before.0 / before.1) / variance.sqrt();
    erfc(z.abs() * FRAC_1_SQRT_2)
}

/// Newcombe's interval for the difference of paired shares (1998b, method 10): Wilson
/// intervals for both margins, combined with the correlation between them estimated by the
/// phi coefficient, continuity-corrected when it is positive.
pub fn newcombe_paired(cells: &PairedCells, z: f64) -> Interval {
    let n = cells.total();
    let (after, before) = (cells.aware_after(), cells.aware_before());
    let (p1, p2) = (after / n, before / n);
    let (w1, w2) = (wilson(after, n, z), wilson(before, n, z));
    let phi = paired_correlation(cells);
    let difference = p1 - p2;
    let combine = |a: f64, b: f64| (a * a - 2.0 * phi * a * b + b * b).max(0.0).sqrt();
    Interval {
        lower: difference - combine(p1 - w1.lower, w2.upper - p2),
        upper: difference + combine(w1.upper - p1, p2 - w2.lower),
    }
}

/// Newcombe's estimate of the correlation between the two paired shares: the phi coefficient,
/// with `ad − bc` reduced by n/2 (and not below 0) when it is positive, and 0 when a margin is 0.
fn paired_correlation(cells: &PairedCells) -> f64 {
    let n = cells.total();
    let margins = cells.aware_after() * (n - cells.aware_after()) * cells.aware_before() * (n - cells.aware_before());
    if margins <= 0.0 {
        return 0.0;
    }
    let cross = cells.both * cells.neither - cells.only_after * cells.only_before;
    let corrected = if cross > 0.0 { (cross - n / 2.0).max(0.0) } else { cross };
    corrected / margins.sqrt()
}

/// McNemar's exact test: two-sided p-value of "changes in either direction are equally likely",
/// from the binomial distribution of the discordant pairs. Non-whole (effective) counts use the
/// incomplete-beta form of the binomial distribution function, which agrees with it at whole counts.
pub fn mcnemar_exact(only_before: f64, only_after: f64) -> f64 {
    let discordant = only_before + only_after;
    if discordant <= 0.0 {
        return 1.0;
    }
    let smaller = only_before.min(only_after);
    (2.0 * binomial_cdf_half(smaller, discordant)).min(1.0)
}

/// McNemar's χ² test with Edwards' continuity correction, (|b − c| − 1)² / (b + c), one degree of
/// freedom, written as in McNemar's and R's `mcnemar.test` (and statsmodels): the correction is
/// not truncated at zero when b and c differ by less than 1.
pub fn mcnemar_chi_square(only_before: f64, only_after: f64) -> f64 {
    let discordant = only_before + only_after;
    if discordant <= 0.0 {
        return 1.0;
    }
    let statistic = ((only_before - only_after).abs() - 1.0).powi(2) / discordant;
    chi_square_1_survival(statistic)
}

/// The relative change `(after − before) / before`, or `None` when the share before is 0.
pub fn relative_change(after: f64, before: f64) -> Option<f64> {
    (before > 0.0).then(|| (after - before) / before)
}

/// P(X ≤ k) for X ~ Binomial(n, ½), as I_½(n − k, k + 1).
fn binomial_cdf_half(k: f64, n: f64) -> f64 {
    if k >= n {
        return 1.0;
    }
    if k < 0.0 {
        return 0.0;
    }
    regularized_beta(0.5, n - k, k + 1.0)
}

/// P(χ²₁ > statistic).
pub fn chi_square_1_survival(statistic: f64) -> f64 {
    erfc((statistic / 2.0).sqrt())
}

/// The standard normal distribution function Φ(x).
pub fn normal_cdf(x: f64) -> f64 {
    0.5 * erfc(-x * FRAC_1_SQRT_2)
}

/// The complementary error function, to about 1e-15 relative: a series for erf near 0 and a
/// continued fraction (Lentz's method) in the tail, where 1 − erf would lose the digits.
pub fn erfc(x: f64) -> f64 {
    if x.is_nan() {
        return f64::NAN;
    }
    if x < 0.0 {
        return 2.0 - erfc(-x);
    }
    if x < 1.5 {
        return 1.0 - erf_series(x);
    }
    if x > 27.5 {
        return 0.0; // below the smallest f64
    }
    erfc_continued_fraction(x)
}

/// erf(x) = 2/√π · e^(−x²) · Σ 2ⁿ x^(2n+1) / (1·3·…·(2n+1)); every term is positive, so nothing cancels.
fn erf_series(x: f64) -> f64 {
    let x2 = x * x;
    let mut term = x;
    let mut sum = x;
    let mut n = 0.0;
    while term > sum * 1e-17 {
        n += 1.0;
        term *= 2.0 * x2 / (2.0 * n + 1.0);
        sum += term;
    }
    2.0 / PI.sqrt() * (-x2).exp() * sum
}

/// erfc(x) = e^(−x²)/√π · 1/(x + (1/2)/(x + 1/(x + (3/2)/(x + …)))), for x ≥ 1.5.
fn erfc_continued_fraction(x: f64) -> f64 {
    const TINY: f64 = 1e-300;
    let mut f = x;
    let mut c = x;
    let mut d = 0.0;
    for k in 1..5000 {
        let a = f64::from(k) / 2.0;
        d = x + a * d;
        d = if d.abs() < TINY { 1.0 / TINY } else { 1.0 / d };
        c = x + a / c;
        if c.abs() < TINY {
            c = TINY;
        }
        let delta = c * d;
        f *= delta;
        if (delta - 1.0).abs() < 1e-16 {
            break;
        }
    }
    (-x * x).exp() / PI.sqrt() / f
}

/// The standard normal quantile Φ⁻¹(p), by Wichura's algorithm AS 241 (PPND16), accurate to
/// about 1e-16. Returns ±∞ at 0 and 1 and NaN outside [0, 1].
pub fn normal_quantile(p: f64) -> f64 {
    if !(0.0..=1.0).contains(&p) {
        return f64::NAN;
    }
    if p == 0.0 {
        return f64::NEG_INFINITY;
    }
    if p == 1.0 {
        return f64::INFINITY;
    }
    let q = p - 0.5;
    if q.abs() <= 0.425 {
        let r = 0.180625 - q * q;
        return q * polynomial(&AS241_A, r) / polynomial(&AS241_B, r);
    }
    let tail = if q < 0.0 { p } else { 1.0 - p };
    let r = (-tail.ln()).sqrt();
    let value = if r <= 5.0 {
        let r = r - 1.6;
        polynomial(&AS241_C, r) / polynomial(&AS241_D, r)
    } else {
        let r = r - 5.0;
        polynomial(&AS241_E, r) / polynomial(&AS241_F, r)
    };
    if q < 0.0 { -value } else { value }
}

/// c[0] + c[1]·x + … by Horner's rule.
fn polynomial(coefficients: &[f64], x: f64) -> f64 {
    coefficients.iter().rev().fold(0.0, |sum, c| sum * x + c)
}

// The coefficients of AS 241 (Wichura 1988, Applied Statistics 37:477–484), lowest power first,
// written with all the digits the paper gives so that they can be checked against it.
#[allow(clippy::excessive_precision)]
const AS241_A: [f64; 8] = [
    3.387_132_872_796_366_608,
    1.331_416_678_917_843_774_5e2,
    1.971_590_950_306_551_442_7e3,
    1.373_169_376_550_946_112_5e4,
    4.592_195_393_154_987_145_7e4,
    6.726_577_092_700_870_085_3e4,
    3.343_057_558_358_812_810_5e4,
    2.509_080_928_730_122_672_7e3,
];
#[allow(clippy::excessive_precision)]
const AS241_B: [f64; 8] = [
    1.0,
    4.231_333_070_160_091_125_2e1,
    6.871_870_074_920_579_083e2,
    5.394_196_021_424_751_107_7e3,
    2.121_379_430_158_659_586_7e4,
    3.930_789_580_009_271_061e4,
    2.872_908_573_572_194_267_4e4,
    5.226_495_278_852_854_561e3,
];
#[allow(clippy::excessive_precision)]
const AS241_C: [f64; 8] = [
    1.423_437_110_749_683_577_34,
    4.630_337_846_156_545_295_9,
    5.769_497_221_460_691_405_5,
    3.647_848_324_763_204_605_04,
    1.270_458_252_452_368_382_58,
    2.417_807_251_774_506_117_7e-1,
    2.272_384_498_926_918_458_33e-2,
    7.745_450_142_783_414_076_4e-4,
];
#[allow(clippy::excessive_precision)]
const AS241_D: [f64; 8] = [
    1.0,
    2.053_191_626_637_758_821_87,
    1.676_384_830_183_803_849_4,
    6.897_673_349_851_000_045_5e-1,
    1.481_039_764_274_800_745_9e-1,
    1.519_866_656_361_645_719_66e-2,
    5.475_938_084_995_344_946e-4,
    1.050_750_071_644_416_843_24e-9,
];
#[allow(clippy::excessive_precision)]
const AS241_E: [f64; 8] = [
    6.657_904_643_501_103_777_2,
    5.463_784_911_164_114_369_9,
    1.784_826_539_917_291_335_8,
    2.965_605_718_285_048_912_3e-1,
    2.653_218_952_657_612_309_3e-2,
    1.242_660_947_388_078_438_6e-3,
    2.711_555_568_743_487_578_15e-5,
    2.010_334_399_292_288_132_65e-7,
];
#[allow(clippy::excessive_precision)]
const AS241_F: [f64; 8] = [
    1.0,
    5.998_322_065_558_879_376_9e-1,
    1.369_298_809_227_358_053_1e-1,
    1.487_536_129_085_061_485_25e-2,
    7.868_691_311_456_132_591e-4,
    1.846_318_317_510_054_681_8e-5,
    1.421_511_758_316_445_888_7e-7,
    2.044_263_103_389_939_785_64e-15,
];

/// ln Γ(x) for x > 0: Stirling's series from 10 up (error below 1e-16 relative there), and the
/// recurrence Γ(x) = Γ(x + k) / (x·(x+1)·…·(x+k−1)) below.
pub fn ln_gamma(x: f64) -> f64 {
    if x < 10.0 {
        let mut product = 1.0;
        let mut shifted = x;
        while shifted < 10.0 {
            product *= shifted;
            shifted += 1.0;
        }
        return ln_gamma(shifted) - product.ln();
    }
    let inverse = 1.0 / x;
    let inverse2 = inverse * inverse;
    let series = inverse
        * (1.0 / 12.0
            - inverse2 * (1.0 / 360.0 - inverse2 * (1.0 / 1260.0 - inverse2 * (1.0 / 1680.0 - inverse2 / 1188.0))));
    (x - 0.5) * x.ln() - x + 0.5 * (2.0 * PI).ln() + series
}

/// The regularised incomplete beta function I_x(a, b), by its continued fraction (Lentz's
/// method), on the side of x where the fraction converges quickly.
pub fn regularized_beta(x: f64, a: f64, b: f64) -> f64 {
    if x <= 0.0 {
        return 0.0;
    }
    if x >= 1.0 {
        return 1.0;
    }
    let log_front = a * x.ln() + b * (1.0 - x).ln() - (ln_gamma(a) + ln_gamma(b) - ln_gamma(a + b));
    if x < (a + 1.0) / (a + b + 2.0) {
        log_front.exp() * beta_continued_fraction(x, a, b) / a
    } else {
        1.0 - log_front.exp() * beta_continued_fraction(1.0 - x, b, a) / b
    }
}

fn beta_continued_fraction(x: f64, a: f64, b: f64) -> f64 {
    const TINY: f64 = 1e-300;
    let guard = |v: f64| if v.abs() < TINY { TINY } else { v };
    let mut c = 1.0;
    let mut d = 1.0 / guard(1.0 - (a + b) * x / (a + 1.0));
    let mut h = d;
    for m in 1..100_000 {
        let m = f64::from(m);
        let even = m * (b - m) * x / ((a + 2.0 * m - 1.0) * (a + 2.0 * m));
        d = 1.0 / guard(1.0 + even * d);
        c = guard(1.0 + even / c);
        h *= d * c;
        let odd = -(a + m) * (a + b + m) * x / ((a + 2.0 * m) * (a + 2.0 * m + 1.0));
        d = 1.0 / guard(1.0 + odd * d);
        c = guard(1.0 + odd / c);
        let delta = d * c;
        h *= delta;
        if (delta - 1.0).abs() < 1e-16 {
            break;
        }
    }
    h
}

#[cfg(test)]
mod tests {
    use super::*;

    fn z95() -> f64 {
        critical_value(0.95)
    }

    fn assert_interval(actual: Interval, lower: f64, upper: f64, tolerance: f64) {
        assert!(
            (actual.lower - lower).abs() <= tolerance && (actual.upper - upper).abs() <= tolerance,
            "got {:.6} to {:.6}, expected {lower} to {upper}",
            actual.lower,
            actual.upper
        );
    }

    /// Published values are given to four decimals.
    const PUBLISHED: f64 = 0.5e-4;

    #[test]
    fn critical_value_for_95_percent() {
        assert!((z95() - 1.959_963_984_540_054_5).abs() < 1e-15, "{}", z95());
        assert!((critical_value(0.99) - 2.575_829_303_548_901).abs() < 1e-14);
    }

    #[test]
    fn wilson_matches_newcombe_1998_example() {
        // Newcombe (1998), "Two-sided confidence intervals for the single proportion", 81/263.
        assert_interval(wilson(81.0, 263.0, z95()), 0.2553, 0.3662, PUBLISHED);
    }

    #[test]
    fn wilson_at_0_of_n_and_n_of_n_touches_the_ends_exactly() {
        let none = wilson(0.0, 20.0, z95());
        assert_eq!(none.lower, 0.0);
        assert!((none.upper - 0.161_125_158_052_819_4).abs() < 1e-12, "{}", none.upper);
        let all = wilson(20.0, 20.0, z95());
        assert_eq!(all.upper, 1.0);
        assert!((all.lower - (1.0 - 0.161_125_158_052_819_4)).abs() < 1e-12, "{}", all.lower);
    }

    #[test]
    fn newcombe_independent_matches_published_examples() {
        // Newcombe (1998a), Table II, method 10.
        assert_interval(newcombe_independent((56.0, 70.0), (48.0, 80.0), z95()), 0.0524, 0.3339, PUBLISHED);
        assert_interval(newcombe_independent((9.0, 10.0), (3.0, 10.0), z95()), 0.1705, 0.8090, PUBLISHED);
    }

    #[test]
    fn newcombe_independent_at_the_edges_stays_within_minus_one_and_one() {
        let all_versus_none = newcombe_independent((10.0, 10.0), (0.0, 10.0), z95());
        assert!(all_versus_none.upper <= 1.0 && all_versus_none.lower > 0.6, "{all_versus_none:?}");
        let none_versus_none = newcombe_independent((0.0, 10.0), (0.0, 20.0), z95());
        assert!(none_versus_none.contains(0.0) && none_versus_none.lower < 0.0);
    }

    #[test]
    fn newcombe_paired_matches_published_examples() {
        // Newcombe (1998b), method 10: cells both / only-after / only-before / neither.
        let cells = |both, only_after, only_before, neither| PairedCells { both, only_before, only_after, neither };
        assert_interval(newcombe_paired(&cells(36.0, 12.0, 2.0, 0.0), z95()), 0.0569, 0.3404, PUBLISHED);
        // ad > bc + n/2: the continuity-corrected correlation is used.
        assert_interval(newcombe_paired(&cells(18.0, 12.0, 2.0, 18.0), z95()), 0.0562, 0.3290, PUBLISHED);
        // No discordant pairs.
        assert_interval(newcombe_paired(&cells(53.0, 0.0, 0.0, 1.0), z95()), -0.0729, 0.0729, PUBLISHED);
        // Everyone changed from unaware to aware.
        assert_interval(newcombe_paired(&cells(0.0, 30.0, 0.0, 0.0), z95()), 0.8395, 1.0, PUBLISHED);
    }

    #[test]
    fn z_test_matches_the_hand_computed_example() {
        // 56/70 vs 48/80: pooled 104/150, z = 2.6502.
        let p = two_proportion_z_test((56.0, 70.0), (48.0, 80.0));
        assert!((p - 0.008_045_081).abs() < 1e-8, "{p}");
        assert_eq!(two_proportion_z_test((0.0, 10.0), (0.0, 12.0)), 1.0);
        assert_eq!(two_proportion_z_test((10.0, 10.0), (12.0, 12.0)), 1.0);
    }

    #[test]
    fn mcnemar_with_no_discordant_pairs_finds_nothing() {
        assert_eq!(mcnemar_exact(0.0, 0.0), 1.0);
        assert_eq!(mcnemar_chi_square(0.0, 0.0), 1.0);
    }

    #[test]
    fn mcnemar_exact_is_twice_the_binomial_tail() {
        // 2 vs 12 discordant: 2 · P(X ≤ 2), X ~ Bin(14, ½) = 2 · 106 / 16384.
        let p = mcnemar_exact(2.0, 12.0);
        assert!((p - 2.0 * 106.0 / 16384.0).abs() < 1e-15, "{p}");
        assert_eq!(mcnemar_exact(5.0, 5.0), 1.0);
    }

    #[test]
    fn relative_change_needs_a_share_before() {
        assert_eq!(relative_change(0.8, 0.6).map(|r| (r * 1e4).round()), Some(3333.0));
        assert_eq!(relative_change(0.5, 0.0), None);
    }

    #[test]
    fn quantile_inverts_the_distribution_function() {
        for p in [1e-300, 1e-20, 1e-8, 0.001, 0.025, 0.3, 0.5, 0.7, 0.975, 0.999_999] {
            let x = normal_quantile(p);
            let back = normal_cdf(x);
            // An error of one ulp in x moves Φ(x) by about x² ulps far in the tail.
            let tolerance = 1e-14 * x.abs().max(1.0).powi(2);
            assert!(((back - p) / p).abs() < tolerance, "p = {p:e}: Φ(Φ⁻¹(p)) = {back:e}");
        }
    }

    #[test]
    fn ln_gamma_agrees_with_factorials() {
        let mut factorial: f64 = 1.0;
        for n in 1..30 {
            assert!((ln_gamma(f64::from(n)) - factorial.ln()).abs() < 1e-13 * factorial.ln().max(1.0), "n = {n}");
            factorial *= f64::from(n);
        }
        assert!((ln_gamma(0.5) - PI.sqrt().ln()).abs() < 1e-14);
    }
}
