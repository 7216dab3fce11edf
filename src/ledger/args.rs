//! Command-line values of `print-run` and `hand-out`, checked while clap parses them, so that a
//! wrong value is a usage error (exit code 2) that names its flag.

use crate::date::Date;

/// `--copies`: a whole number more than 0.
pub fn copies(text: &str) -> Result<u64, String> {
    let number: i64 = plain_digits(text)
        .parse()
        .map_err(|_| format!("`{text}` is not a whole number of copies; write e.g. --copies 300"))?;
    if number <= 0 {
        return Err("copies must be more than 0".to_string());
    }
    if number > i64::from(u32::MAX) {
        return Err(format!("{number} copies is too many; check the number for extra digits"));
    }
    Ok(number as u64)
}

/// `--cost`: whole tenge, not negative; "45000", "45 000" and "45_000" are all accepted.
pub fn cost(text: &str) -> Result<u64, String> {
    let digits = plain_digits(text.trim_end_matches('₸').trim());
    if digits.contains(['.', ',']) {
        return Err(format!("`{text}` is not whole tenge; write the cost without tiyn, e.g. --cost 45000"));
    }
    let number: i64 =
        digits.parse().map_err(|_| format!("`{text}` is not a whole number of tenge; write e.g. --cost 45000"))?;
    if number < 0 {
        return Err("the cost cannot be negative".to_string());
    }
    if number > i64::from(u32::MAX) {
        return Err(format!("{number} tenge is too much for one print run; check the number for extra digits"));
    }
    Ok(number as u64)
}

/// `--date`: a real date written YYYY-MM-DD, not after today.
pub fn date(text: &str) -> Result<Date, String> {
    let parts: Vec<&str> = text.trim().split('-').collect();
    let shaped = parts.len() == 3
        && [4, 2, 2]
            .iter()
            .zip(&parts)
            .all(|(len, part)| part.len() == *len && part.bytes().all(|b| b.is_ascii_digit()));
    if !shaped {
        return Err(format!("`{text}` is not a date written YYYY-MM-DD, e.g. 2025-01-15"));
    }
    let number = |part: &str| part.parse::<u32>().unwrap_or(0);
    let date = Date::new(number(parts[0]) as i32, number(parts[1]) as u8, number(parts[2]) as u8)
        .ok_or_else(|| format!("{text} is not a real date"))?;
    let today = Date::today();
    if date > today {
        return Err(format!("{date} is in the future (today is {today})"));
    }
    Ok(date)
}

/// `--place`, `--printer`, `--by`: any text that is not blank.
pub fn text(text: &str) -> Result<String, String> {
    let trimmed = text.trim();
    if trimmed.is_empty() {
        return Err("this cannot be empty".to_string());
    }
    Ok(trimmed.to_string())
}

/// Digits without the group separators people type: spaces, no-break spaces, underscores.
fn plain_digits(text: &str) -> String {
    text.trim().chars().filter(|c| !matches!(c, ' ' | '\u{a0}' | '\u{202f}' | '_')).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn copies_are_whole_and_positive() {
        assert_eq!(copies("300"), Ok(300));
        assert_eq!(copies("0"), Err("copies must be more than 0".to_string()));
        assert!(copies("-5").is_err());
        assert!(copies("2.5").is_err());
        assert!(copies("99999999999").unwrap_err().contains("too many"));
    }

    #[test]
    fn cost_is_whole_tenge() {
        assert_eq!(cost("45 000"), Ok(45_000));
        assert_eq!(cost("45000₸"), Ok(45_000));
        assert_eq!(cost("0"), Ok(0));
        assert_eq!(cost("-1"), Err("the cost cannot be negative".to_string()));
        assert!(cost("450.50").unwrap_err().contains("not whole tenge"));
    }

    #[test]
    fn dates_are_real_and_not_in_the_future() {
        assert_eq!(date("2024-02-29"), Ok(Date::new(2024, 2, 29).unwrap()));
        assert_eq!(date("2025-02-30"), Err("2025-02-30 is not a real date".to_string()));
        assert!(date("15.01.2025").unwrap_err().contains("YYYY-MM-DD"));
        assert!(date("9999-01-01").unwrap_err().contains("is in the future"));
    }
}
