//! Command-line values of `print-run` and `hand-out`, checked while clap parses them, so that a
//! wrong value is a usage error (exit code 2) that names its flag. Numbers and dates are taken
//! the way people in Kazakhstan write them: `45 000`, `15.01.2025`.

use crate::campaign::Edition;
use crate::date::Date;
pub use crate::messages::MessageError as ArgError;
use crate::msg;

/// `--copies`: a whole number more than 0, written plainly (`300`) or in groups of three
/// (`1 200`); `3 00` is no grouping of thousands.
pub fn copies(text: &str) -> Result<u64, ArgError> {
    let Some(digits) = grouped_digits(text) else {
        return Err(ArgError(msg!("arg-copies-not-a-number", value = text)));
    };
    let number: i64 = digits.parse().map_err(|_| ArgError(msg!("arg-copies-not-a-number", value = text)))?;
    if number <= 0 {
        return Err(ArgError(msg!("arg-copies-not-positive")));
    }
    if number > i64::from(u32::MAX) {
        return Err(ArgError(msg!("arg-copies-too-many", value = number)));
    }
    Ok(number as u64)
}

/// `--edition`: `standard` (`None`) or the name of an edition, as `campaign.toml` writes it.
pub fn edition(text: &str) -> Result<EditionChoice, ArgError> {
    let name = text.trim();
    if name == STANDARD {
        return Ok(EditionChoice(None));
    }
    Edition::from_name(name).map(|edition| EditionChoice(Some(edition))).ok_or_else(|| {
        let allowed = std::iter::once(STANDARD.to_string()).chain(Edition::names()).collect::<Vec<_>>().join(", ");
        ArgError(msg!("arg-edition-unknown", value = name, allowed = allowed))
    })
}

/// The name of the standard booklet, for `--edition`.
pub const STANDARD: &str = "standard";

/// What `--edition` chose: `None` for the standard booklet.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct EditionChoice(pub Option<Edition>);

/// `--cost`: whole tenge, not negative; `45000`, `45 000` and `45 000 ₸` are all accepted.
pub fn cost(text: &str) -> Result<u64, ArgError> {
    let written = text.trim().trim_end_matches('₸').trim_end_matches("тг").trim();
    if written.contains(['.', ',']) {
        return Err(ArgError(msg!("arg-cost-not-whole", value = text)));
    }
    let Some(digits) = grouped_digits(written) else {
        return Err(ArgError(msg!("arg-cost-not-a-number", value = text)));
    };
    let number: i64 = digits.parse().map_err(|_| ArgError(msg!("arg-cost-not-a-number", value = text)))?;
    if number < 0 {
        return Err(ArgError(msg!("arg-cost-negative")));
    }
    if number > i64::from(u32::MAX) {
        return Err(ArgError(msg!("arg-cost-too-much", value = number)));
    }
    Ok(number as u64)
}

/// `--date`: a real date, not after today, written YYYY-MM-DD or, as dates are written in
/// Kazakhstan, DD.MM.YYYY.
pub fn date(text: &str) -> Result<Date, ArgError> {
    let date = period_date(text)?;
    let today = Date::today();
    if date > today {
        return Err(ArgError(msg!("arg-date-future", date = date.to_string(), today = today.to_string())));
    }
    Ok(date)
}

/// `--from`, `--to`: a real date in either writing; it may be after today (the end of a
/// programme, say).
pub fn period_date(text: &str) -> Result<Date, ArgError> {
    let text = text.trim();
    let shaped = |parts: &[&str], lengths: [usize; 3]| {
        parts.len() == 3
            && lengths
                .iter()
                .zip(parts)
                .all(|(len, part)| part.len() == *len && part.bytes().all(|b| b.is_ascii_digit()))
    };
    let iso: Vec<&str> = text.split('-').collect();
    let dotted: Vec<&str> = text.split('.').collect();
    let (year, month, day) = if shaped(&iso, [4, 2, 2]) {
        (iso[0], iso[1], iso[2])
    } else if shaped(&dotted, [2, 2, 4]) {
        (dotted[2], dotted[1], dotted[0])
    } else {
        return Err(ArgError(msg!("arg-date-shape", value = text)));
    };
    let number = |part: &str| part.parse::<u32>().unwrap_or(0);
    Date::new(number(year) as i32, number(month) as u8, number(day) as u8)
        .ok_or_else(|| ArgError(msg!("arg-date-not-real", value = text)))
}

/// `--campaigns a,b`: one campaign id of the list, not blank.
pub fn campaign_id(text: &str) -> Result<String, ArgError> {
    let trimmed = text.trim();
    if trimmed.is_empty() {
        return Err(ArgError(msg!("arg-campaign-empty")));
    }
    Ok(trimmed.to_string())
}

/// The number of a ledger record, as `stock --history` shows it: a whole number from 1.
pub fn record_number(text: &str) -> Result<usize, ArgError> {
    match text.trim().parse::<usize>() {
        Ok(number) if number > 0 => Ok(number),
        _ => Err(ArgError(msg!("arg-record-number", value = text))),
    }
}

/// `--place`, `--printer`, `--by`: any text that is not blank.
pub fn text(text: &str) -> Result<String, ArgError> {
    let trimmed = text.trim();
    if trimmed.is_empty() {
        return Err(ArgError(msg!("arg-text-empty")));
    }
    Ok(trimmed.to_string())
}

/// The digits of a whole number written plainly (`-45000`) or with its thousands grouped by
/// spaces, no-break spaces or underscores (`45 000`, `1 200 000`); `None` when the groups are
/// not groups of three.
fn grouped_digits(text: &str) -> Option<String> {
    let text = text.trim();
    let (sign, unsigned) = text.strip_prefix('-').map_or(("", text), |rest| ("-", rest));
    let groups: Vec<&str> = unsigned.split([' ', '\u{a0}', '\u{202f}', '_']).filter(|g| !g.is_empty()).collect();
    let grouped = groups.len() > 1;
    let well_grouped = groups.iter().enumerate().all(|(i, group)| {
        group.bytes().all(|b| b.is_ascii_digit())
            && (!grouped || (if i == 0 { group.len() <= 3 } else { group.len() == 3 }))
    });
    (!groups.is_empty() && well_grouped).then(|| format!("{sign}{}", groups.concat()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn refused<T: std::fmt::Debug>(result: Result<T, ArgError>) -> &'static str {
        result.unwrap_err().0.id
    }

    #[test]
    fn copies_are_whole_and_positive() {
        assert_eq!(copies("300"), Ok(300));
        assert_eq!(copies("1 200"), Ok(1200));
        assert_eq!(refused(copies("0")), "arg-copies-not-positive");
        assert_eq!(refused(copies("-5")), "arg-copies-not-positive");
        assert_eq!(refused(copies("2.5")), "arg-copies-not-a-number");
        assert_eq!(refused(copies("3 00")), "arg-copies-not-a-number");
        assert_eq!(refused(copies("99999999999")), "arg-copies-too-many");
    }

    #[test]
    fn cost_is_whole_tenge_grouped_or_not() {
        assert_eq!(cost("45 000"), Ok(45_000));
        assert_eq!(cost("45000"), Ok(45_000));
        assert_eq!(cost("45 000 ₸"), Ok(45_000));
        assert_eq!(cost("45000₸"), Ok(45_000));
        assert_eq!(cost("0"), Ok(0));
        assert_eq!(refused(cost("-1")), "arg-cost-negative");
        assert_eq!(refused(cost("450.50")), "arg-cost-not-whole");
        assert_eq!(refused(cost("4 50 00")), "arg-cost-not-a-number");
    }

    #[test]
    fn record_numbers_start_at_one() {
        assert_eq!(record_number("3"), Ok(3));
        assert_eq!(refused(record_number("0")), "arg-record-number");
        assert_eq!(refused(record_number("третья")), "arg-record-number");
    }

    #[test]
    fn dates_are_real_and_not_in_the_future_in_either_writing() {
        assert_eq!(date("2024-02-29"), Ok(Date::new(2024, 2, 29).unwrap()));
        assert_eq!(date("15.01.2025"), Ok(Date::new(2025, 1, 15).unwrap()));
        assert_eq!(refused(date("2025-02-30")), "arg-date-not-real");
        assert_eq!(refused(date("30.02.2025")), "arg-date-not-real");
        assert_eq!(refused(date("15/01/2025")), "arg-date-shape");
        assert_eq!(refused(date("9999-01-01")), "arg-date-future");
        assert_eq!(period_date("31.12.9999"), Ok(Date::new(9999, 12, 31).unwrap()));
        assert_eq!(refused(period_date("2025-13-01")), "arg-date-not-real");
        assert_eq!(refused(campaign_id(" ")), "arg-campaign-empty");
        assert_eq!(campaign_id(" kegen "), Ok("kegen".to_string()));
    }
}
