//! Hyphenation of Kazakh in the 2021 Latin alphabet, by the same syllable rules as the
//! Cyrillic (`hyphenate_kk`): each Latin word is read as the Cyrillic letters it stands for and
//! broken where that word would break.
//!
//! Latin loses two distinctions the rules need, and guesses them from the neighbours: `i` is
//! the consonant Й after a vowel (qai-da, ūiym) and the vowel И otherwise (ti-ıs); `u` is
//! handled as У is. The two-letter spellings of loanword letters (Ts for Ц, Ch for Ч, Şş for Щ,
//! Ia, Iu, Io for Я, Ю, Ё) are never broken inside, since Latin cannot tell `ts` for Ц from
//! т+с (ait-sa, ketse): such a break is left out rather than guessed. Words of web and e-mail
//! addresses are left whole.

use crate::typeset::hyphenate_kk::{SOFT_HYPHEN, break_points};

/// Inserts soft hyphens into every Latin word of `text`. Nothing else changes.
pub fn hyphenate(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + text.len() / 4);
    let mut rest = text;
    while !rest.is_empty() {
        // Whitespace as it stands, then one token up to the next whitespace.
        let token_start = rest.find(|c: char| !c.is_whitespace()).unwrap_or(rest.len());
        out.push_str(&rest[..token_start]);
        rest = &rest[token_start..];
        let token_end = rest.find(char::is_whitespace).unwrap_or(rest.len());
        let token = &rest[..token_end];
        if is_address(token) {
            out.push_str(token);
        } else {
            push_token(&mut out, token);
        }
        rest = &rest[token_end..];
    }
    out
}

/// A web or e-mail address, which must be copied as it is printed.
fn is_address(token: &str) -> bool {
    token.contains("://") || token.contains('@') || token.starts_with("www.") || {
        // A dot between letters: egov.kz, gov.kz/…
        let chars: Vec<char> = token.chars().collect();
        chars.windows(3).any(|w| w[0].is_alphanumeric() && w[1] == '.' && w[2].is_alphanumeric())
    }
}

fn push_token(out: &mut String, token: &str) {
    let mut word: Vec<char> = Vec::new();
    for c in token.chars() {
        if is_latin_letter(c) {
            word.push(c);
        } else {
            push_word(out, &word);
            word.clear();
            out.push(c);
        }
    }
    push_word(out, &word);
}

fn push_word(out: &mut String, word: &[char]) {
    let mut breaks = latin_break_points(word).into_iter().peekable();
    for (index, &c) in word.iter().enumerate() {
        if breaks.next_if_eq(&index).is_some() {
            out.push(SOFT_HYPHEN);
        }
        out.push(c);
    }
}

/// Indices before which the Latin word may break, in increasing order.
pub fn latin_break_points(word: &[char]) -> Vec<usize> {
    let shadow = cyrillic_shadow(word);
    break_points(&shadow).into_iter().filter(|&at| !inside_digraph(word, at)).collect()
}

/// Ts, Ch and Şş spell one loanword letter each, and so do Ia, Iu and Io (Я, Ю, Ё): no break
/// inside them, nor before one that ends the word (it would stand alone on the next line as
/// one letter would). Native words break inside `i` + `ı`, `y`, `e` (ti-ıs, si-yr, bi-e).
fn inside_digraph(word: &[char], at: usize) -> bool {
    let pair = (lower(word[at - 1]), lower(word[at]));
    let ends_in_glide =
        at + 2 == word.len() && lower(word[at]) == 'i' && matches!(lower(word[at + 1]), 'a' | 'u' | 'o');
    ends_in_glide || matches!(pair, ('t', 's') | ('c', 'h') | ('ş', 'ş') | ('i', 'a' | 'u' | 'o'))
}

fn lower(c: char) -> char {
    match c {
        'I' => 'ı',
        'İ' => 'i',
        _ => c.to_lowercase().next().unwrap_or(c),
    }
}

/// The word in Cyrillic letters of the same kind, one for each Latin letter and in the same
/// case, for the Cyrillic syllable rules.
fn cyrillic_shadow(word: &[char]) -> Vec<char> {
    let mut shadow: Vec<char> = Vec::with_capacity(word.len());
    for &c in word {
        let letter = match lower(c) {
            'a' => 'а',
            'ä' => 'ә',
            'b' => 'б',
            'c' => 'ц',
            'd' => 'д',
            'e' | 'é' => 'е',
            'f' => 'ф',
            'g' => 'г',
            'ğ' => 'ғ',
            'h' | 'x' => 'х',
            'i' if shadow.last().is_some_and(|&previous| is_vowel_letter(previous)) => 'й',
            'i' | 'í' => 'и',
            'ı' => 'і',
            'j' => 'ж',
            'k' => 'к',
            'l' => 'л',
            'm' => 'м',
            'n' => 'н',
            'ñ' | 'ŋ' => 'ң',
            'o' => 'о',
            'ö' => 'ө',
            'p' => 'п',
            'q' => 'қ',
            'r' => 'р',
            's' => 'с',
            'ş' => 'ш',
            't' => 'т',
            'u' => 'у',
            'ū' => 'ұ',
            'ü' => 'ү',
            'v' | 'w' => 'в',
            'y' => 'ы',
            'z' => 'з',
            // Any other letter counts as a consonant.
            _ => 'б',
        };
        let upper = c.is_uppercase();
        shadow.push(if upper { letter.to_uppercase().next().unwrap_or(letter) } else { letter });
    }
    shadow
}

/// A vowel other than у, after which Latin `i` is the consonant Й.
fn is_vowel_letter(c: char) -> bool {
    let c = c.to_lowercase().next().unwrap_or(c);
    matches!(c, 'а' | 'ә' | 'е' | 'ы' | 'і' | 'о' | 'ө' | 'ұ' | 'ү' | 'и')
}

/// Letters of the Latin script (and so of the 2021 alphabet).
fn is_latin_letter(c: char) -> bool {
    c.is_alphabetic() && matches!(c as u32, 0x0041..=0x024F | 0x1E00..=0x1EFF)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::latin_kk::transliterate;
    use crate::typeset::hyphenate_kk;

    fn shown(text: &str) -> String {
        hyphenate(text).replace(SOFT_HYPHEN, "-")
    }

    /// The Cyrillic word hyphenated, then transliterated: the breaks the Latin must match.
    fn through_cyrillic(cyrillic: &str) -> String {
        transliterate(&hyphenate_kk::hyphenate(cyrillic)).replace(SOFT_HYPHEN, "-")
    }

    /// The words of the tests of `hyphenate_kk`.
    const CYRILLIC_TEST_WORDS: [&str; 17] = [
        "мемлекеттік",
        "органдарға",
        "қоғамдық",
        "тұрғындары",
        "ауданының",
        "әкімдіктерімен",
        "ұйымдастырушылардың",
        "жауапкершілік",
        "Қазақстан",
        "статистика",
        "ұйымдастырушы",
        "ала",
        "бала",
        "оқуы",
        "әкім",
        "ТМККК",
        "«Балалар» — бақыт.",
    ];

    #[test]
    fn breaks_latin_kazakh_where_the_cyrillic_breaks() {
        for cyrillic in CYRILLIC_TEST_WORDS {
            let latin = transliterate(cyrillic);
            assert_eq!(shown(&latin), through_cyrillic(cyrillic), "{cyrillic}");
        }
        assert_eq!(shown("ūiymdastyruşylardyñ"), "ūiym-das-ty-ru-şy-lar-dyñ");
        assert_eq!(shown("jauapkerşılık"), "ja-uap-ker-şı-lık");
        assert_eq!(shown("Qazaqstan"), "Qa-zaq-stan");
    }

    #[test]
    fn i_after_a_vowel_is_the_consonant() {
        // қайда: қай-да; тиіс: ти-іс; сүйікті: сү-йік-ті.
        assert_eq!(shown("qaida"), "qai-da");
        assert_eq!(shown("tiıs"), "ti-ıs");
        assert_eq!(shown("süiıktı"), "sü-iık-tı");
    }

    #[test]
    fn never_breaks_inside_a_loanword_digraph() {
        for cyrillic in ["медицина", "концерт", "Щучинск", "чемпион", "ащы"] {
            let latin = hyphenate(&transliterate(cyrillic));
            for pair in ["t\u{ad}s", "c\u{ad}h", "ş\u{ad}ş", "T\u{ad}s", "C\u{ad}h", "Ş\u{ad}ş"] {
                assert!(!latin.contains(pair), "{latin}");
            }
        }
        assert_eq!(shown("meditsina"), "me-ditsi-na");
    }

    #[test]
    fn leaves_addresses_and_abbreviations_whole() {
        assert_eq!(shown("egov.kz/bolimder"), "egov.kz/bolimder");
        assert_eq!(shown("https://balalar.kz"), "https://balalar.kz");
        assert_eq!(shown("QR-kodqa TMKKK"), through_cyrillic("QR-кодқа ТМККК"));
        assert_eq!(shown("Balalar\u{a0}mektebı"), "Ba-la-lar\u{a0}mek-te-bı");
    }

    #[test]
    fn only_adds_soft_hyphens() {
        let text = "Ötınış beru — är azamattyñ zañmen bekıtılgen qūqyğy.\n  Jaña  joldar!";
        assert_eq!(hyphenate(text).replace(SOFT_HYPHEN, ""), text);
    }
}
