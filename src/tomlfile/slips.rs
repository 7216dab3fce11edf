//! The slips people make in TOML, found where the TOML reader stops, and said in plain words
//! with what to type instead: a text opened with `"""` and never closed, Word's curly quotes
//! used as quotes, a date written 15.01.2025, a number written 45 000, a Windows path with `\`.
//! Each is read from the line the reader stopped at, never from the reader's own message.

use std::ops::Range;

use crate::messages::Message;
use crate::msg;

/// A slip: where it is, what to say, and what to type instead.
pub struct Slip {
    pub span: Range<usize>,
    pub message: Message,
    pub hint: Message,
}

/// A text opened with `"""` (or `'''`) whose closing quotes are missing: the reader swallows the
/// rest of the file into it, so the slip is found where the text opens, before the next table
/// header that stands inside it.
pub fn unclosed_text(text: &str) -> Option<Slip> {
    let mut opened: Option<(usize, &str)> = None;
    let mut offset = 0;
    for line in text.split_inclusive('\n') {
        let trimmed = line.trim();
        match opened {
            None => {
                for quotes in ["\"\"\"", "'''"] {
                    if let Some(at) = line.find(quotes)
                        && line[..at].contains('=')
                        && !line[at + 3..].contains(quotes)
                    {
                        opened = Some((offset + at, quotes));
                        break;
                    }
                }
            }
            Some((_, quotes)) if line.contains(quotes) => opened = None,
            Some((at, quotes)) if is_table_header(trimmed) => {
                return Some(Slip {
                    span: at..at + quotes.len(),
                    message: msg!("toml-unclosed-text", quotes = quotes),
                    hint: msg!("toml-unclosed-text-hint", quotes = quotes, header = trimmed),
                });
            }
            Some(_) => {}
        }
        offset += line.len();
    }
    let (at, quotes) = opened?;
    Some(Slip {
        span: at..at + quotes.len(),
        message: msg!("toml-unclosed-text", quotes = quotes),
        hint: msg!("toml-unclosed-text-at-end-hint", quotes = quotes),
    })
}

/// `[cover.kk]` or `[[section]]` alone on a line.
fn is_table_header(line: &str) -> bool {
    let inner = line
        .strip_prefix("[[")
        .and_then(|l| l.strip_suffix("]]"))
        .or_else(|| line.strip_prefix('[').and_then(|l| l.strip_suffix(']')));
    inner.is_some_and(|name| {
        !name.is_empty() && name.chars().all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | '_'))
    })
}

/// The slip on the line that holds byte `at`, if the value of that line's key is one.
pub fn on_line(text: &str, at: usize) -> Option<Slip> {
    let line_start = text[..at.min(text.len())].rfind('\n').map_or(0, |i| i + 1);
    let line_end = text[line_start..].find('\n').map_or(text.len(), |i| line_start + i);
    let (start, line) = pair_at(&text[line_start..line_end], at - line_start);
    let start = line_start + start;
    let equals = line.find('=')?;
    let key = line[..equals].trim();
    let value_offset = equals + 1 + (line[equals + 1..].len() - line[equals + 1..].trim_start().len());
    let value = line[value_offset..].trim_end();
    let value = value.split(" #").next().unwrap_or(value).trim_end();
    let span = start + value_offset..start + value_offset + value.len();
    let cyrillic: String = key.chars().filter(|c| ('\u{400}'..='\u{4ff}').contains(c)).collect();
    if !cyrillic.is_empty() {
        let key_start = start + (line.len() - line.trim_start().len());
        let letters = cyrillic.chars().map(|c| format!("«{c}»")).collect::<Vec<_>>().join(", ");
        return Some(Slip {
            span: key_start..key_start + key.len(),
            message: msg!("toml-cyrillic-key", key = key, letters = letters),
            hint: msg!("toml-cyrillic-key-hint", latin = latin_lookalikes(key)),
        });
    }
    if let Some(opening) = value.chars().next().filter(|c| CURLY_QUOTES.contains(c)) {
        let closing = value.chars().last().filter(|c| CURLY_QUOTES.contains(c)).unwrap_or(opening);
        return Some(Slip {
            span,
            message: msg!("toml-curly-quotes", opening = opening.to_string(), closing = closing.to_string()),
            hint: msg!("toml-curly-quotes-hint", key = key),
        });
    }
    if unclosed_quote(value) {
        return Some(Slip {
            span,
            message: msg!("toml-unclosed-quote"),
            hint: msg!("toml-unclosed-quote-hint", key = key),
        });
    }
    if let Some(fixed) = windows_path(value) {
        return Some(Slip {
            span,
            message: msg!("toml-backslash"),
            hint: msg!("toml-backslash-hint", key = key, fixed = fixed),
        });
    }
    if let Some(last) = day_past_month_end(value) {
        return Some(Slip {
            span,
            message: msg!("toml-date-no-such-day", written = value),
            hint: msg!("toml-date-no-such-day-hint", key = key, last = last),
        });
    }
    if let Some(iso) = dotted_date(value) {
        return Some(Slip {
            span,
            message: msg!("toml-date-written", written = value),
            hint: msg!("toml-date-written-hint", key = key, iso = iso),
        });
    }
    if let Some(plain) = grouped_number(value) {
        return Some(Slip {
            span,
            message: msg!("toml-number-spaces", written = value),
            hint: msg!("toml-number-spaces-hint", key = key, plain = plain),
        });
    }
    None
}

/// The `key = value` pair of a line that holds `at`: the whole line, or in an inline table
/// (`after = { date = 25.01.2025, aware = 88 }`) the pair between its commas and braces.
fn pair_at(line: &str, at: usize) -> (usize, &str) {
    let mut separators = Vec::new();
    let (mut in_text, mut escaped) = (false, false);
    for (i, c) in line.char_indices() {
        if in_text {
            (in_text, escaped) = match c {
                _ if escaped => (true, false),
                '\\' => (true, true),
                '"' => (false, false),
                _ => (true, false),
            };
        } else if c == '"' {
            in_text = true;
        } else if matches!(c, '{' | ',' | '}' | '[' | ']') {
            separators.push(i);
        }
    }
    let start = separators.iter().rev().find(|&&i| i < at).map_or(0, |&i| i + 1);
    let end = separators.iter().find(|&&i| i >= at && i >= start).copied().unwrap_or(line.len());
    let pair = &line[start..end];
    if pair.contains('=') { (start, pair) } else { (0, line) }
}

/// `"Бірінші бөлім` with no `"` at its end: a text in quotes must close on its own line.
fn unclosed_quote(value: &str) -> bool {
    let Some(inner) = value.strip_prefix('"') else { return false };
    if inner.starts_with("\"\"") {
        return false;
    }
    let mut escaped = false;
    for c in inner.chars() {
        match c {
            '\\' if !escaped => escaped = true,
            '"' if !escaped => return false,
            _ => escaped = false,
        }
    }
    true
}

/// Quotes a word processor puts in place of `"`.
const CURLY_QUOTES: [char; 8] = ['“', '”', '„', '«', '»', '‘', '’', '‚'];

/// `"images\cover.jpg"`: in a TOML text in double quotes, `\` starts an escape such as `\n`.
/// The same path with `/`.
fn windows_path(value: &str) -> Option<String> {
    let inner = value.strip_prefix('"')?.strip_suffix('"')?;
    let escapes = ['b', 't', 'n', 'f', 'r', '"', '\\', 'u', 'U', 'e'];
    let bad = inner.char_indices().any(|(i, c)| c == '\\' && !inner[i + 1..].starts_with(escapes));
    bad.then(|| format!("\"{}\"", inner.replace('\\', "/")))
}

/// `2025-02-30`: a date as TOML writes it but a day the month does not have. The month's last
/// day instead, `2025-02-28`.
fn day_past_month_end(value: &str) -> Option<String> {
    if !iso_shaped(value) {
        return None;
    }
    let (year, month, day): (i32, u32, u32) =
        (value[..4].parse().ok()?, value[5..7].parse().ok()?, value[8..].parse().ok()?);
    let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
    let last = match month {
        2 if leap => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        1..=12 => 31,
        _ => return None,
    };
    (day > last && day <= 31).then(|| format!("{}-{month:02}-{last:02}", &value[..4]))
}

/// A date typed as text, `25.01.2025` or `2025-01-25`, as TOML writes it: `2025-01-25`.
pub(crate) fn date_written(text: &str) -> Option<String> {
    if iso_shaped(text) { Some(text.to_string()) } else { dotted_date(text) }
}

/// `dddd-dd-dd`: written the way TOML writes a date, whether or not the day exists.
fn iso_shaped(text: &str) -> bool {
    text.len() == 10
        && text.bytes().enumerate().all(|(i, b)| if i == 4 || i == 7 { b == b'-' } else { b.is_ascii_digit() })
}

/// `15.01.2025`, `15/01/2025`, `5.1.2025`: the same day as TOML writes it, `2025-01-15`.
fn dotted_date(value: &str) -> Option<String> {
    let value = value.trim_matches('"');
    let parts: Vec<&str> = value.split(['.', '/']).collect();
    let digits =
        |part: &str, max: usize| !part.is_empty() && part.len() <= max && part.bytes().all(|b| b.is_ascii_digit());
    if parts.len() != 3 || !digits(parts[0], 2) || !digits(parts[1], 2) || parts[2].len() != 4 || !digits(parts[2], 4) {
        return None;
    }
    let (day, month): (u32, u32) = (parts[0].parse().ok()?, parts[1].parse().ok()?);
    ((1..=31).contains(&day) && (1..=12).contains(&month)).then(|| format!("{}-{month:02}-{day:02}", parts[2]))
}

/// `45 000` or `1 200 000`: thousands grouped by spaces; the plain number, `45000`.
fn grouped_number(value: &str) -> Option<String> {
    let groups: Vec<&str> = value.split([' ', '\u{a0}', '\u{202f}']).filter(|g| !g.is_empty()).collect();
    let well_grouped = groups.len() > 1
        && groups.iter().enumerate().all(|(i, g)| {
            g.bytes().all(|b| b.is_ascii_digit()) && if i == 0 { (1..=3).contains(&g.len()) } else { g.len() == 3 }
        });
    well_grouped.then(|| groups.concat())
}

/// Cyrillic letters replaced by the Latin letters they look like.
pub(crate) fn latin_lookalikes(text: &str) -> String {
    text.chars()
        .map(|c| match c {
            'а' => 'a',
            'в' => 'b',
            'е' => 'e',
            'к' => 'k',
            'м' => 'm',
            'н' => 'h',
            'о' => 'o',
            'р' => 'p',
            'с' => 'c',
            'т' => 't',
            'у' => 'y',
            'х' => 'x',
            'і' => 'i',
            other => other,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn slip_id(text: &str) -> Option<&'static str> {
        on_line(text, 0).map(|slip| slip.message.id)
    }

    #[test]
    fn each_slip_is_recognised_from_the_value_on_its_line() {
        assert_eq!(slip_id("title = “Кітапша”"), Some("toml-curly-quotes"));
        assert_eq!(slip_id("title = «Кітапша»"), Some("toml-curly-quotes"));
        assert_eq!(slip_id("titlе = \"Кітапша\""), Some("toml-cyrillic-key"));
        assert_eq!(slip_id("image = \"images\\cover.jpg\""), Some("toml-backslash"));
        assert_eq!(slip_id("date = 15.01.2025"), Some("toml-date-written"));
        assert_eq!(slip_id("date = 15/01/2025"), Some("toml-date-written"));
        assert_eq!(slip_id("cost = 45 000"), Some("toml-number-spaces"));
        assert_eq!(slip_id("cost = 1 200 000 # tenge"), Some("toml-number-spaces"));
        assert_eq!(slip_id("title = \"Бірінші бөлім"), Some("toml-unclosed-quote"));
        assert_eq!(slip_id("copies = 3 00"), None);
        assert_eq!(slip_id("date = 2025-02-30"), Some("toml-date-no-such-day"));
        assert_eq!(day_past_month_end("2024-02-30").as_deref(), Some("2024-02-29"));
        assert_eq!(day_past_month_end("2025-04-31").as_deref(), Some("2025-04-30"));
        assert_eq!(day_past_month_end("2025-04-30"), None);
        let inline = "after = { note = \"a, b\", date = 25.01.2025, aware = 88 }";
        let slip = on_line(inline, inline.find("01.2025").unwrap()).unwrap();
        assert_eq!((slip.message.id, &inline[slip.span]), ("toml-date-written", "25.01.2025"));
        assert_eq!(slip_id("text = \"a\\nb\""), None);
        assert_eq!(dotted_date("15.01.2025").as_deref(), Some("2025-01-15"));
        assert_eq!(grouped_number("45 000").as_deref(), Some("45000"));
    }

    #[test]
    fn an_unclosed_text_is_found_where_it_opens() {
        let text = "[[section]]\n[section.kk]\ntitle = \"A\"\ntext = \"\"\"\nMәтін\n\n[section.ru]\ntitle = \"Б\"\n";
        let slip = unclosed_text(text).unwrap();
        assert_eq!(&text[slip.span.clone()], "\"\"\"");
        assert_eq!(slip.span.start, text.find("\"\"\"").unwrap());
        let closed = "text = \"\"\"\nMәтін\n\"\"\"\n[section.ru]\n";
        assert!(unclosed_text(closed).is_none());
        assert!(unclosed_text("text = \"\"\"one line\"\"\"\n[x]\n").is_none());
    }
}
