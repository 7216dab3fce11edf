//! Numbers and money as each language writes them (KAZAKH.md): groups of thousands separated by a
//! no-break space in Kazakh and Russian and by a comma in English, a decimal comma in Kazakh and
//! Russian, and the tenge sign after the amount.

use crate::lang::Lang;

const NBSP: char = '\u{a0}';

/// 45000 → "45 000" (kk, ru) or "45,000" (en).
pub fn integer(number: u64, lang: Lang) -> String {
    let separator = match lang {
        Lang::Kk | Lang::Ru => NBSP,
        Lang::En => ',',
    };
    let digits = number.to_string();
    let mut out = String::new();
    for (index, digit) in digits.chars().enumerate() {
        if index > 0 && (digits.len() - index).is_multiple_of(3) {
            out.push(separator);
        }
        out.push(digit);
    }
    out
}

/// 45000 → "45 000 ₸".
pub fn tenge(amount: u64, lang: Lang) -> String {
    format!("{}{NBSP}₸", integer(amount, lang))
}

/// An amount that may have tiyn: whole tenge when it is whole, else two decimals: "261,67 ₸".
pub fn tenge_fraction(amount: f64, lang: Lang) -> String {
    let tiyn = (amount * 100.0).round() as u64;
    if tiyn.is_multiple_of(100) {
        return tenge(tiyn / 100, lang);
    }
    let point = if lang == Lang::En { '.' } else { ',' };
    format!("{}{point}{:02}{NBSP}₸", integer(tiyn / 100, lang), tiyn % 100)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn thousands_follow_each_language() {
        assert_eq!(integer(1_234_567, Lang::Kk), "1\u{a0}234\u{a0}567");
        assert_eq!(integer(1_234_567, Lang::En), "1,234,567");
        assert_eq!(integer(300, Lang::Ru), "300");
    }

    #[test]
    fn money_puts_the_tenge_sign_after_the_amount() {
        assert_eq!(tenge(45_000, Lang::Ru), "45\u{a0}000\u{a0}₸");
        assert_eq!(tenge_fraction(261.666, Lang::Kk), "261,67\u{a0}₸");
        assert_eq!(tenge_fraction(150.0, Lang::En), "150\u{a0}₸");
    }
}
