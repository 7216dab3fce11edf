//! Honest sentences about a result, in Kazakh, Russian and English, ready to paste into a report.
//!
//! The rules: a change is always given in percentage points, with its interval, and each share
//! with its interval and sample size; when the interval for the change includes zero the
//! sentence says that the change is not statistically significant, and does not say "rose";
//! when the interval excludes zero but the test does not reach its threshold (the two are
//! different methods), the sentence says that the result is borderline.
//! Numbers follow each language: decimal comma and "34 %" in Russian, "34%" in Kazakh
//! (KAZAKH.md), "34 %" in English as in the issue that asked for these sentences. Rounding
//! keeps what matters visible: a share that is not 0 never shows as 0, a share below 100 %
//! never as 100, and an interval bound that is not 0 never as 0.

use crate::lang::Lang;
use crate::survey::results::{IndicatorResult, ShareResult, TargetResult, Test};
use crate::survey::target::{TargetKind, TargetStatus};

const NBSP: char = '\u{a0}';
/// The minus sign: an en dash, because the shipped Noto fonts lack U+2212 MINUS SIGN and an
/// en dash is the usual stand-in in Kazakh and Russian typesetting.
const MINUS: char = '\u{2013}';

/// The sentence that reports one indicator in `lang`.
pub fn sentence(result: &IndicatorResult, lang: Lang) -> String {
    let subject = subject(result, lang);
    let change = &result.change;
    let (points, lower, upper) = (change.points * 100.0, change.ci.lower * 100.0, change.ci.upper * 100.0);
    let decimals = decimals_for(result);
    let shares = Shares { result, lang, decimals };
    let level = level_label(result.level, lang);
    let magnitude = decimal(points.abs(), decimals, lang);
    let signed = signed(points, decimals, lang);
    let rose = points > 0.0;
    let mut text = if change.interval_excludes_zero {
        // Kazakh and Russian say "by N points" after a verb or noun that gives the direction,
        // so their interval is given as magnitudes; English gives the signed change.
        let (low_magnitude, high_magnitude) = if rose { (lower, upper) } else { (-upper, -lower) };
        let magnitude_range = change_range(low_magnitude, high_magnitude, decimals, lang);
        match lang {
            Lang::En => format!(
                "{subject}{} {} from {} to {}: {signed} {} ({level} CI {}).",
                shares.paired_note(),
                if rose { "rose" } else { "fell" },
                shares.first(),
                shares.second(),
                english_points(&signed),
                change_range(lower, upper, decimals, lang),
            ),
            Lang::Ru => format!(
                // A one-letter preposition does not end a line in Russian: "с" binds to the number.
                "{subject}{}: {} с{NBSP}{} до {}, на {magnitude} {} ({level} ДИ {magnitude_range}).",
                shares.paired_note(),
                if rose { "рост" } else { "снижение" },
                shares.first(),
                shares.second(),
                russian_points(&magnitude),
            ),
            Lang::Kk => format!(
                "{subject}{} {} {} дейін {}, яғни {magnitude} пайыздық тармаққа ({level} {magnitude_range}).",
                shares.paired_note(),
                shares.first_with("-дан"),
                shares.second_with("-ға"),
                if rose { "өсті" } else { "төмендеді" },
            ),
        }
    } else {
        let range = change_range(lower, upper, decimals, lang);
        match lang {
            Lang::En => format!(
                "{subject}{} was {} before the campaign and {} after it: {signed} {} ({level} CI {range}), a change that is not statistically significant.",
                shares.paired_note(),
                shares.first(),
                shares.second(),
                english_points(&signed),
            ),
            Lang::Ru => format!(
                "{subject}{}: {} до кампании и{NBSP}{} после неё; разница {signed} {} ({level} ДИ {range}) статистически незначима.",
                shares.paired_note(),
                shares.first(),
                shares.second(),
                russian_points(&signed),
            ),
            Lang::Kk => format!(
                "{subject}{} науқанға дейін {}, науқаннан кейін {} болды: айырма {signed} пайыздық тармақ ({level} {range}), бұл статистикалық тұрғыдан мәнді емес.",
                shares.paired_note(),
                shares.first(),
                shares.second(),
            ),
        }
    };
    if change.interval_excludes_zero && !change.significant {
        text.push(' ');
        text.push_str(&borderline(result, lang));
    }
    if result.design_effect != 1.0 {
        let effect = trimmed(result.design_effect, 2, lang);
        text.push(' ');
        text.push_str(&match lang {
            Lang::En => format!("Intervals and the test allow for a design effect of {effect}."),
            Lang::Ru => format!("Интервалы и тест учитывают эффект дизайна {effect}."),
            Lang::Kk => format!("Интервалдар мен тест {effect} дизайн әсерін ескереді."),
        });
    }
    if let Some(target) = &result.target {
        text.push(' ');
        text.push_str(&target_sentence(target, lang));
    }
    text
}

/// The target as the report's table writes it: "60 %" aware after, or "+20" points.
pub fn target_value(target: &TargetResult, lang: Lang) -> String {
    match target.kind {
        TargetKind::After => format!("{}{}", trimmed(target.value * 100.0, 1, lang), percent_sign(lang)),
        TargetKind::Change => format!("+{}", trimmed(target.value * 100.0, 1, lang)),
    }
}

/// Whether the target is met, said from the interval: met, not met, or that the data cannot tell.
pub fn target_sentence(target: &TargetResult, lang: Lang) -> String {
    let value = target_value(target, lang);
    let points = value.trim_start_matches('+').to_string();
    match (lang, target.kind, target.status) {
        (Lang::En, kind, status) => {
            let what = match kind {
                TargetKind::After => format!("the target of {value} aware after the campaign"),
                TargetKind::Change => format!("the target of a rise of {points} {}", english_points(&points)),
            };
            match status {
                TargetStatus::Met => format!("{} is met: the whole interval is at or above it.", capitalised(&what)),
                TargetStatus::NotMet => format!("{} is not met: the whole interval is below it.", capitalised(&what)),
                TargetStatus::Unclear => {
                    format!("Whether {what} is met, the data cannot tell: the interval includes it.")
                }
            }
        }
        (Lang::Ru, kind, status) => {
            let what = match kind {
                TargetKind::After => format!("{value} осведомлённых после кампании"),
                TargetKind::Change => format!("рост на{NBSP}{points} {}", russian_points(&points)),
            };
            match status {
                TargetStatus::Met => format!("Цель{NBSP}— {what}{NBSP}— достигнута: весь интервал не ниже неё."),
                TargetStatus::NotMet => format!("Цель{NBSP}— {what}{NBSP}— не достигнута: весь интервал ниже неё."),
                TargetStatus::Unclear => format!(
                    "Достигнута ли цель{NBSP}— {what},{NBSP}— по этим данным сказать нельзя: интервал её включает."
                ),
            }
        }
        (Lang::Kk, kind, status) => {
            let what = match kind {
                TargetKind::After => format!("науқаннан кейін {value} хабардар"),
                TargetKind::Change => format!("{points} пайыздық тармаққа өсу"),
            };
            match status {
                TargetStatus::Met => {
                    format!("Мақсат{NBSP}— {what}{NBSP}— орындалды: интервал түгелдей одан төмен емес.")
                }
                TargetStatus::NotMet => {
                    format!("Мақсат{NBSP}— {what}{NBSP}— орындалмады: интервал түгелдей одан төмен.")
                }
                TargetStatus::Unclear => format!(
                    "Мақсаттың{NBSP}— {what}{NBSP}— орындалғанын бұл деректерден айту мүмкін емес: интервал оны қамтиды."
                ),
            }
        }
    }
}

/// The interval excludes zero but the test does not reach its threshold: the two methods
/// disagree, and the reader is told.
fn borderline(result: &IndicatorResult, lang: Lang) -> String {
    let alpha = trimmed(1.0 - result.level, 4, lang);
    let p = p_value(result.change.p_value, lang);
    match (lang, result.change.test) {
        (Lang::En, test) => format!(
            "The interval excludes zero, but {} gives p{NBSP}={NBSP}{p}, above {alpha}, so the change is only borderline significant.",
            match test {
                Test::TwoProportionZ => "the two-proportion z-test",
                Test::McNemarExact => "McNemar's exact test",
            }
        ),
        (Lang::Ru, test) => format!(
            "Интервал не включает ноль, но {} даёт p{NBSP}={NBSP}{p}, больше {alpha}, поэтому значимость изменения пограничная.",
            match test {
                Test::TwoProportionZ => "z-тест для двух долей",
                Test::McNemarExact => "точный тест Макнемара",
            }
        ),
        (Lang::Kk, test) => format!(
            "Интервал нөлді қамтымайды, бірақ {} p{NBSP}={NBSP}{p} береді, бұл {alpha} шегінен жоғары, сондықтан өзгерістің мәнділігі шекаралық.",
            match test {
                Test::TwoProportionZ => "екі үлеске арналған z-тест",
                Test::McNemarExact => "Макнемардың дәл тесті",
            }
        ),
    }
}

/// A p-value for a sentence: three decimals, or "< 0.001".
fn p_value(p: f64, lang: Lang) -> String {
    if p < 0.001 { format!("<{NBSP}{}", decimal(0.001, 3, lang)) } else { decimal(p, 3, lang) }
}

/// What is measured, to start the sentence: the indicator's `measure`, or a generic word with
/// the question.
fn subject(result: &IndicatorResult, lang: Lang) -> String {
    match &result.measure {
        Some(measure) => capitalised(measure.get(lang)),
        None => {
            let question = result.question.get(lang);
            match lang {
                Lang::En => format!("Awareness (\u{201c}{question}\u{201d})"),
                Lang::Ru => format!("Осведомлённость («{question}»)"),
                Lang::Kk => format!("Хабардарлық («{question}»)"),
            }
        }
    }
}

/// The two shares of a sentence, with their intervals and sample sizes.
struct Shares<'a> {
    result: &'a IndicatorResult,
    lang: Lang,
    decimals: usize,
}

impl Shares<'_> {
    fn share(&self, share: &ShareResult) -> String {
        format!("{}{}", decimal(share.share * 100.0, self.decimals, self.lang), percent_sign(self.lang))
    }

    fn range(&self, share: &ShareResult) -> String {
        format!(
            "{}–{}{}",
            decimal(share.ci.lower * 100.0, self.decimals, self.lang),
            decimal(share.ci.upper * 100.0, self.decimals, self.lang),
            percent_sign(self.lang)
        )
    }

    /// "34 % (95 % CI 26–43 %, n = 120)"; the sample size is left out for paired data, where
    /// the note after the subject gives it once.
    fn first(&self) -> String {
        self.first_with("")
    }

    /// Like [`first`](Self::first), with a case ending after the number (Kazakh: "34%-дан (…)").
    fn first_with(&self, ending: &str) -> String {
        let share = &self.result.before;
        let label = match self.lang {
            Lang::En => format!("{} CI ", level_label(self.result.level, self.lang)),
            Lang::Ru => format!("{} ДИ ", level_label(self.result.level, self.lang)),
            Lang::Kk => format!("{} ", level_label(self.result.level, self.lang)),
        };
        format!("{}{ending} ({label}{}{})", self.share(share), self.range(share), self.size(share))
    }

    fn second(&self) -> String {
        self.second_with("")
    }

    fn second_with(&self, ending: &str) -> String {
        let share = &self.result.after;
        format!("{}{ending} ({}{})", self.share(share), self.range(share), self.size(share))
    }

    fn size(&self, share: &ShareResult) -> String {
        if self.result.paired {
            String::new()
        } else {
            format!(", n{NBSP}={NBSP}{}", whole(share.respondents, self.lang))
        }
    }

    /// For paired data: that the same people were asked twice, and how many.
    fn paired_note(&self) -> String {
        if !self.result.paired {
            return String::new();
        }
        let n = format!("n{NBSP}={NBSP}{}", whole(self.result.before.respondents, self.lang));
        match self.lang {
            Lang::En => format!(" (the same people asked before and after the campaign, {n})"),
            Lang::Ru => format!(" (одни и те же люди опрошены до и после кампании, {n})"),
            Lang::Kk => format!(" (дәл сол адамдар науқанға дейін және кейін сұралды, {n})"),
        }
    }
}

/// "95 %" (en, ru) or "95%" (kk), with "сенімділік интервалы" in Kazakh, where "СИ" would not be
/// understood.
fn level_label(level: f64, lang: Lang) -> String {
    let number = trimmed(level * 100.0, 2, lang);
    match lang {
        Lang::Kk => format!("{number}% сенімділік интервалы"),
        Lang::Ru | Lang::En => format!("{number}{NBSP}%"),
    }
}

fn percent_sign(lang: Lang) -> &'static str {
    match lang {
        Lang::Kk => "%",
        Lang::Ru | Lang::En => "\u{a0}%",
    }
}

/// An interval of the change: "29–51" when it does not reach below zero, otherwise signed:
/// "−8 to +16" in English, "−8…+16" in Kazakh and Russian (a dash between negative numbers
/// would read as a minus).
fn change_range(lower: f64, upper: f64, decimals: usize, lang: Lang) -> String {
    if lower >= 0.0 {
        return format!("{}–{}", decimal(lower, decimals, lang), decimal(upper, decimals, lang));
    }
    let (low, high) = (signed(lower, decimals, lang), signed(upper, decimals, lang));
    match lang {
        Lang::En => format!("{low} to {high}"),
        Lang::Ru | Lang::Kk => format!("{low}…{high}"),
    }
}

/// "percentage point" after exactly 1, "percentage points" otherwise.
fn english_points(number: &str) -> &'static str {
    if number.trim_start_matches(['+', MINUS]) == "1" { "percentage point" } else { "percentage points" }
}

/// Russian agreement after a number: 1, 21 "процентный пункт"; 2–4, 22–24 "процентных пункта";
/// 5–20, 25 … "процентных пунктов"; a decimal fraction "процентного пункта".
pub fn russian_points(number: &str) -> &'static str {
    let digits = number.trim_start_matches(['+', MINUS]);
    if digits.contains(',') {
        return "процентного пункта";
    }
    let value: u64 = digits.parse().unwrap_or(0);
    match (value % 10, value % 100) {
        (_, 11..=14) => "процентных пунктов",
        (1, _) => "процентный пункт",
        (2..=4, _) => "процентных пункта",
        _ => "процентных пунктов",
    }
}

/// The fewest decimals (0 to 2) that keep a sentence truthful: no value that is not 0 shows as
/// 0, no share below 100 % shows as 100, and the change shown is the difference of the shares
/// shown (34 % to 75 % must not read "+40"). One decimal is the most that consistency alone may
/// ask for; beyond it, 15.8 % to 26.3 % may read +10.4 rather than show hundredths of a percent.
pub fn decimals_for(result: &IndicatorResult) -> usize {
    let shares: Vec<f64> = [&result.before, &result.after]
        .iter()
        .flat_map(|s| [s.share, s.ci.lower, s.ci.upper])
        .map(|v| v * 100.0)
        .collect();
    let change = &result.change;
    let points = [change.points * 100.0, change.ci.lower * 100.0, change.ci.upper * 100.0];
    (0..=2)
        .find(|&decimals| {
            let shown = |value: f64| -> f64 { format!("{value:.decimals$}").parse().unwrap_or(value) };
            let keeps_zero = |value: f64| value == 0.0 || shown(value) != 0.0;
            let shares_kept = shares.iter().all(|&v| keeps_zero(v) && (v >= 100.0 || shown(v) < 100.0));
            let points_kept = points.iter().all(|&v| keeps_zero(v));
            let difference = shown(result.after.share * 100.0) - shown(result.before.share * 100.0);
            let adds_up = (difference - shown(points[0])).abs() < 0.5 * 10f64.powi(-(decimals as i32));
            shares_kept && points_kept && (adds_up || decimals >= 1)
        })
        .unwrap_or(2)
}

/// A share as a percentage, written as the sentences write it: "34,2 %" (ru), "34,2%" (kk).
pub fn percent(share: f64, decimals: usize, lang: Lang) -> String {
    format!("{}{}", decimal(share * 100.0, decimals, lang), percent_sign(lang))
}

/// A change in percentage points with its sign, as the sentences write it: "+40,4", "−3".
pub fn signed_points(change: f64, decimals: usize, lang: Lang) -> String {
    signed(change * 100.0, decimals, lang)
}

/// A number with `decimals` decimals: a decimal comma in Kazakh and Russian, a real minus sign.
pub fn decimal(value: f64, decimals: usize, lang: Lang) -> String {
    let digits = format!("{:.decimals$}", value.abs());
    let digits = match lang {
        Lang::Kk | Lang::Ru => digits.replace('.', ","),
        Lang::En => digits,
    };
    let is_zero = digits.chars().all(|c| c == '0' || c == '.' || c == ',');
    if value < 0.0 && !is_zero { format!("{MINUS}{digits}") } else { digits }
}

/// A number with its sign: "+41", "−8", "0".
fn signed(value: f64, decimals: usize, lang: Lang) -> String {
    let text = decimal(value, decimals, lang);
    let is_zero = text.chars().all(|c| c == '0' || c == '.' || c == ',');
    if value > 0.0 && !is_zero { format!("+{text}") } else { text }
}

/// A number with at most `decimals` decimals and no trailing zeros: 1.7, 95, 99.5.
fn trimmed(value: f64, decimals: usize, lang: Lang) -> String {
    let text = decimal(value, decimals, lang);
    if text.contains(['.', ',']) { text.trim_end_matches('0').trim_end_matches(['.', ',']).to_string() } else { text }
}

/// A whole number with its thousands separated: "1 200" with a no-break space in Kazakh and
/// Russian, "1,200" in English.
pub fn whole(value: u64, lang: Lang) -> String {
    crate::numbers::integer(value, lang)
}

fn capitalised(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::date::Date;
    use crate::survey::load::{Data, Indicator, Sample, SampleSource};
    use crate::survey::results::analyse;
    use crate::survey::stats::PairedCells;
    use crate::texts::Texts;

    fn texts(kk: &str, ru: &str, en: &str) -> Texts {
        Texts(
            [(Lang::Kk, kk.to_string()), (Lang::Ru, ru.to_string()), (Lang::En, en.to_string())].into_iter().collect(),
        )
    }

    fn indicator(data: Data) -> Indicator {
        Indicator {
            id: "knows".to_string(),
            question: texts("Білесіз бе?", "Знаете ли вы?", "Do you know?"),
            measure: Some(texts("Хабардарлық", "Осведомлённость", "awareness")),
            design_effect: 1.0,
            data,
            groups: Vec::new(),
            target: None,
        }
    }

    fn sample(date: (i32, u8, u8), aware: u64, respondents: u64) -> Sample {
        Sample { date: Date::new(date.0, date.1, date.2).unwrap(), respondents, aware, source: SampleSource::Counts }
    }

    fn independent(before: (u64, u64), after: (u64, u64)) -> Indicator {
        indicator(Data::Independent {
            before: sample((2024, 9, 10), before.0, before.1),
            after: sample((2025, 1, 25), after.0, after.1),
        })
    }

    fn paired(both: u64, only_before: u64, only_after: u64, neither: u64) -> Indicator {
        indicator(Data::Paired {
            before: Date::new(2024, 9, 20).unwrap(),
            after: Date::new(2025, 2, 4).unwrap(),
            cells: PairedCells { both, only_before, only_after, neither },
        })
    }

    fn sentences(indicator: &Indicator) -> [String; 3] {
        let result = analyse("x", indicator, 0.95);
        [Lang::Kk, Lang::Ru, Lang::En].map(|lang| sentence(&result, lang).replace(NBSP, " "))
    }

    #[test]
    fn a_significant_rise_is_worded_in_percentage_points_with_intervals() {
        let [kk, ru, en] = sentences(&independent((62, 124), (104, 122)));
        assert_eq!(
            en,
            "Awareness rose from 50 % (95 % CI 41–59 %, n = 124) to 85 % (78–90 %, n = 122): +35 percentage points (95 % CI 24–45)."
        );
        assert_eq!(
            ru,
            "Осведомлённость: рост с 50 % (95 % ДИ 41–59 %, n = 124) до 85 % (78–90 %, n = 122), на 35 процентных пунктов (95 % ДИ 24–45)."
        );
        assert_eq!(
            kk,
            "Хабардарлық 50%-дан (95% сенімділік интервалы 41–59%, n = 124) 85%-ға (78–90%, n = 122) дейін өсті, яғни 35 пайыздық тармаққа (95% сенімділік интервалы 24–45)."
        );
    }

    #[test]
    fn a_fall_says_fell_and_keeps_the_signs_straight() {
        let [kk, ru, en] = sentences(&independent((60, 100), (40, 100)));
        assert_eq!(
            en,
            "Awareness fell from 60 % (95 % CI 50–69 %, n = 100) to 40 % (31–50 %, n = 100): –20 percentage points (95 % CI –33 to –6)."
        );
        assert!(ru.contains("снижение с 60 %") && ru.ends_with("на 20 процентных пунктов (95 % ДИ 6–33)."), "{ru}");
        assert!(kk.contains("дейін төмендеді, яғни 20 пайыздық тармаққа (95% сенімділік интервалы 6–33)."), "{kk}");
    }

    #[test]
    fn an_interval_that_includes_zero_is_called_not_significant() {
        let [kk, ru, en] = sentences(&independent((50, 100), (51, 100)));
        assert_eq!(
            en,
            "Awareness was 50 % (95 % CI 40–60 %, n = 100) before the campaign and 51 % (41–61 %, n = 100) after it: +1 percentage point (95 % CI –13 to +15), a change that is not statistically significant."
        );
        assert!(ru.ends_with("разница +1 процентный пункт (95 % ДИ –13…+15) статистически незначима."), "{ru}");
        assert!(
            kk.ends_with(
                "айырма +1 пайыздық тармақ (95% сенімділік интервалы –13…+15), бұл статистикалық тұрғыдан мәнді емес."
            ),
            "{kk}"
        );
        assert!(!en.contains("rose") && !ru.contains("рост") && !kk.contains("өсті"));
    }

    #[test]
    fn paired_results_say_the_same_people_were_asked() {
        let [_, ru, en] = sentences(&paired(14, 3, 21, 22));
        assert_eq!(
            en,
            "Awareness (the same people asked before and after the campaign, n = 60) rose from 28 % (95 % CI 19–41 %) to 58 % (46–70 %): +30 percentage points (95 % CI 15–43)."
        );
        assert!(
            ru.starts_with("Осведомлённость (одни и те же люди опрошены до и после кампании, n = 60): рост с 28 %"),
            "{ru}"
        );
    }

    #[test]
    fn when_the_interval_and_the_test_disagree_the_sentence_says_so() {
        // Newcombe's interval excludes zero, McNemar's exact test gives p = 0.065.
        let [kk, ru, en] = sentences(&paired(5, 2, 9, 44));
        assert!(en.ends_with("The interval excludes zero, but McNemar's exact test gives p = 0.065, above 0.05, so the change is only borderline significant."), "{en}");
        assert!(
            ru.ends_with(
                "но точный тест Макнемара даёт p = 0,065, больше 0,05, поэтому значимость изменения пограничная."
            ),
            "{ru}"
        );
        assert!(kk.ends_with("Макнемардың дәл тесті p = 0,065 береді, бұл 0,05 шегінен жоғары, сондықтан өзгерістің мәнділігі шекаралық."), "{kk}");
    }

    #[test]
    fn small_and_nearly_full_shares_are_not_rounded_to_0_or_100() {
        let [_, ru, _] = sentences(&independent((1, 1000), (999, 1000)));
        // Neither 0.02 % nor 99.98 % may show as 0 or 100: two decimals, and thousands spaced.
        assert!(
            ru.contains("рост с 0,10 % (95 % ДИ 0,02–0,56 %, n = 1 000) до 99,90 % (99,44–99,98 %, n = 1 000)"),
            "{ru}"
        );
    }

    #[test]
    fn shown_shares_and_shown_change_add_up() {
        // 34.17 % → 74.58 %: whole numbers would read 34 → 75: +40.
        let [_, _, en] = sentences(&independent((41, 120), (88, 118)));
        assert!(
            en.contains(
                "from 34.2 % (95 % CI 26.3–43.0 %, n = 120) to 74.6 % (66.0–81.6 %, n = 118): +40.4 percentage points"
            ),
            "{en}"
        );
    }

    #[test]
    fn a_design_effect_is_mentioned() {
        let mut clustered = independent((62, 124), (104, 122));
        clustered.design_effect = 1.7;
        let [kk, ru, en] = sentences(&clustered);
        assert!(en.ends_with(" Intervals and the test allow for a design effect of 1.7."), "{en}");
        assert!(ru.ends_with(" Интервалы и тест учитывают эффект дизайна 1,7."), "{ru}");
        assert!(kk.ends_with(" Интервалдар мен тест 1,7 дизайн әсерін ескереді."), "{kk}");
    }

    #[test]
    fn the_question_stands_in_when_there_is_no_measure() {
        let mut plain = independent((62, 124), (104, 122));
        plain.measure = None;
        let [kk, ru, en] = sentences(&plain);
        assert!(en.starts_with("Awareness (\u{201c}Do you know?\u{201d}) rose from"), "{en}");
        assert!(ru.starts_with("Осведомлённость («Знаете ли вы?»): рост"), "{ru}");
        assert!(kk.starts_with("Хабардарлық («Білесіз бе?») 50%-дан"), "{kk}");
    }

    #[test]
    fn a_target_is_met_not_met_or_unclear_and_the_sentence_says_which() {
        use crate::survey::target::Target;
        // 88/118 after: 95 % CI 66.0–81.6 %.
        let mut met = independent((41, 120), (88, 118));
        met.target = Some(Target::After(0.60));
        let [kk, ru, en] = sentences(&met);
        assert!(
            en.ends_with("The target of 60 % aware after the campaign is met: the whole interval is at or above it."),
            "{en}"
        );
        assert!(
            ru.ends_with("Цель — 60 % осведомлённых после кампании — достигнута: весь интервал не ниже неё."),
            "{ru}"
        );
        assert!(
            kk.ends_with("Мақсат — науқаннан кейін 60% хабардар — орындалды: интервал түгелдей одан төмен емес."),
            "{kk}"
        );

        let mut unclear = independent((41, 120), (88, 118));
        unclear.target = Some(Target::After(0.75));
        let [kk, ru, en] = sentences(&unclear);
        assert!(en.ends_with("Whether the target of 75 % aware after the campaign is met, the data cannot tell: the interval includes it."), "{en}");
        assert!(ru.ends_with("по этим данным сказать нельзя: интервал её включает."), "{ru}");
        assert!(kk.ends_with("бұл деректерден айту мүмкін емес: интервал оны қамтиды."), "{kk}");

        // The change is +40.4 points, 95 % CI 28.5–50.8: a target of +55 is out of reach.
        let mut not_met = independent((41, 120), (88, 118));
        not_met.target = Some(Target::Change(0.55));
        let [_, ru, en] = sentences(&not_met);
        assert!(
            en.ends_with("The target of a rise of 55 percentage points is not met: the whole interval is below it."),
            "{en}"
        );
        assert!(ru.contains("Цель — рост на 55 процентных пунктов — не достигнута"), "{ru}");
    }

    #[test]
    fn russian_points_agree_with_the_number() {
        let cases = [
            ("1", "процентный пункт"),
            ("21", "процентный пункт"),
            ("11", "процентных пунктов"),
            ("2", "процентных пункта"),
            ("24", "процентных пункта"),
            ("12", "процентных пунктов"),
            ("5", "процентных пунктов"),
            ("+40", "процентных пунктов"),
            ("4,5", "процентного пункта"),
            ("\u{2013}1", "процентный пункт"),
        ];
        for (number, expected) in cases {
            assert_eq!(russian_points(number), expected, "{number}");
        }
    }

    #[test]
    fn numbers_follow_each_language() {
        assert_eq!(decimal(-3.25, 1, Lang::Ru), "\u{2013}3,2");
        assert_eq!(decimal(-0.04, 1, Lang::En), "0.0");
        assert_eq!(whole(1200, Lang::Kk), "1\u{a0}200");
        assert_eq!(whole(1_234_567, Lang::En), "1,234,567");
        assert_eq!(whole(950, Lang::Ru), "950");
    }
}
