//! Calendar dates: what the files hold, and how each language writes them.

use std::fmt;

use crate::lang::Lang;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    pub year: i32,
    pub month: u8,
    pub day: u8,
}

const KAZAKH_MONTHS: [&str; 12] = [
    "қаңтар",
    "ақпан",
    "наурыз",
    "сәуір",
    "мамыр",
    "маусым",
    "шілде",
    "тамыз",
    "қыркүйек",
    "қазан",
    "қараша",
    "желтоқсан",
];
const RUSSIAN_MONTHS_GENITIVE: [&str; 12] = [
    "января",
    "февраля",
    "марта",
    "апреля",
    "мая",
    "июня",
    "июля",
    "августа",
    "сентября",
    "октября",
    "ноября",
    "декабря",
];
const ENGLISH_MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

impl Date {
    /// A real calendar date, or `None` (30 February, month 13, …).
    pub fn new(year: i32, month: u8, day: u8) -> Option<Date> {
        let valid = (1..=12).contains(&month) && day >= 1 && day <= days_in_month(year, month);
        valid.then_some(Date { year, month, day })
    }

    /// A TOML date without a time; a date-time or a bare time is not a date.
    pub fn from_toml(value: &toml::value::Datetime) -> Option<Date> {
        let date = value.date.filter(|_| value.time.is_none() && value.offset.is_none())?;
        Date::new(i32::from(date.year), date.month, date.day)
    }

    /// Days since 1970-01-01 (negative before).
    pub fn days_since_epoch(self) -> i64 {
        // Howard Hinnant's days_from_civil.
        let year = i64::from(self.year) - i64::from(self.month <= 2);
        let era = year.div_euclid(400);
        let year_of_era = year - era * 400;
        let month = i64::from(self.month);
        let day_of_year = (153 * (if month > 2 { month - 3 } else { month + 9 }) + 2) / 5 + i64::from(self.day) - 1;
        let day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
        era * 146_097 + day_of_era - 719_468
    }

    pub fn from_days_since_epoch(days: i64) -> Date {
        let z = days + 719_468;
        let era = z.div_euclid(146_097);
        let day_of_era = z - era * 146_097;
        let year_of_era = (day_of_era - day_of_era / 1460 + day_of_era / 36_524 - day_of_era / 146_096) / 365;
        let day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
        let mp = (5 * day_of_year + 2) / 153;
        let day = (day_of_year - (153 * mp + 2) / 5 + 1) as u8;
        let month = if mp < 10 { mp + 3 } else { mp - 9 } as u8;
        let year = (year_of_era + era * 400 + i64::from(month <= 2)) as i32;
        Date { year, month, day }
    }

    /// Today in UTC+5 (Kazakhstan), or the date `SOURCE_DATE_EPOCH` names, for reproducible runs.
    pub fn today() -> Date {
        let seconds =
            std::env::var("SOURCE_DATE_EPOCH").ok().and_then(|s| s.trim().parse::<i64>().ok()).unwrap_or_else(|| {
                let now = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap_or_default();
                now.as_secs() as i64 + 5 * 3600
            });
        Date::from_days_since_epoch(seconds.div_euclid(86_400))
    }

    /// The date as each language writes it in running text: "2025 жылғы 22 ақпан",
    /// "22 февраля 2025 г.", "22 February 2025".
    pub fn long(self, lang: Lang) -> String {
        let month = usize::from(self.month - 1);
        match lang {
            Lang::Kk => format!("{}\u{a0}жылғы {}\u{a0}{}", self.year, self.day, KAZAKH_MONTHS[month]),
            Lang::Ru => format!("{}\u{a0}{} {}\u{a0}г.", self.day, RUSSIAN_MONTHS_GENITIVE[month], self.year),
            Lang::En => format!("{}\u{a0}{} {}", self.day, ENGLISH_MONTHS[month], self.year),
        }
    }

    /// The short numeric form used in tables: 22.02.2025 (kk, ru) or 2025-02-22 (en).
    pub fn short(self, lang: Lang) -> String {
        match lang {
            Lang::Kk | Lang::Ru => format!("{:02}.{:02}.{}", self.day, self.month, self.year),
            Lang::En => self.to_string(),
        }
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

fn days_in_month(year: i32, month: u8) -> u8 {
    match month {
        2 if year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rejects_dates_that_do_not_exist() {
        assert!(Date::new(2025, 2, 29).is_none());
        assert!(Date::new(2024, 2, 29).is_some());
        assert!(Date::new(2025, 13, 1).is_none());
        assert!(Date::new(2025, 4, 31).is_none());
    }

    #[test]
    fn day_numbers_round_trip() {
        for days in [-800_000, -1, 0, 1, 19_000, 20_141, 1_000_000] {
            let date = Date::from_days_since_epoch(days);
            assert_eq!(date.days_since_epoch(), days, "{date}");
        }
        assert_eq!(Date::new(2025, 2, 22).unwrap().days_since_epoch(), 20_141);
    }

    #[test]
    fn long_dates_follow_each_language() {
        let date = Date::new(2025, 2, 22).unwrap();
        assert_eq!(date.long(Lang::Kk), "2025\u{a0}жылғы 22\u{a0}ақпан");
        assert_eq!(date.long(Lang::Ru), "22\u{a0}февраля 2025\u{a0}г.");
        assert_eq!(date.long(Lang::En), "22\u{a0}February 2025");
    }
}
