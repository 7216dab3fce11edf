//! Kazakh in the Latin alphabet of 2021: Cyrillic Kazakh text transliterated letter by letter.
//!
//! The 33 letters of the 2021 table (`../shared/KAZAKH.md`): А A, Ә Ä, Б B, В V, Г G, Ғ Ğ, Д D,
//! Е E, Ж J, З Z, И İ, Й İ, І I, К K, Қ Q, Л L, М M, Н N, Ң Ñ, О O, Ө Ö, П P, Р R, С S, Т T,
//! У U, Ұ Ū, Ү Ü, Ф F, Х H, Һ H, Ш Ş, Ы Y. İ/i and I/ı pair as in Turkish: И and Й are `İ`
//! and `i`, І is `I` and `ı`.
//!
//! The letters of Russian loans have no letter of their own in 2021, and the official spelling
//! rules respell such words one by one (цирк → sirk), which needs a dictionary. kitapsha writes
//! them by a fixed letter rule: the one Kazinform's Latin-script news followed (Ц ts, Ч ch,
//! Щ şş, Я as И + a), seen in 2021-alphabet texts too (аяқтай → aiaqtai, факультеттің →
//! fakultettıñ; `tests/latin_kk.rs` cites them), with Ё and Ю written like Я: Ц Ts, Ч Ch,
//! Щ Şş, Ё İo, Ю İu, Я İa (Й and the vowel, so `ia` in small letters), Э E, and Ъ, Ь left out.
//! A campaign writes a word differently by hand in a `kk-latn` block.
//!
//! A letter that becomes two keeps the case of its word: ЦЕНТР → TSENTR, Цех → Tseh. Everything
//! that is not a Cyrillic letter of the table (digits, Latin, punctuation, soft hyphens, no-break
//! spaces) is kept as it is, so that text whose typography is already fixed (a date, a
//! hyphenated paragraph) can be transliterated too.

/// A Cyrillic letter's Latin spelling in small letters, or `None` for a letter outside the
/// table and the loanword rule.
fn latin_lower(c: char) -> Option<&'static str> {
    let lower = c.to_lowercase().next().unwrap_or(c);
    Some(match lower {
        'а' => "a",
        'ә' => "ä",
        'б' => "b",
        'в' => "v",
        'г' => "g",
        'ғ' => "ğ",
        'д' => "d",
        'е' => "e",
        'ё' => "io",
        'ж' => "j",
        'з' => "z",
        'и' | 'й' => "i",
        'к' => "k",
        'қ' => "q",
        'л' => "l",
        'м' => "m",
        'н' => "n",
        'ң' => "ñ",
        'о' => "o",
        'ө' => "ö",
        'п' => "p",
        'р' => "r",
        'с' => "s",
        'т' => "t",
        'у' => "u",
        'ұ' => "ū",
        'ү' => "ü",
        'ф' => "f",
        'х' | 'һ' => "h",
        'ц' => "ts",
        'ч' => "ch",
        'ш' => "ş",
        'щ' => "şş",
        'ъ' | 'ь' => "",
        'ы' => "y",
        'і' => "ı",
        'э' => "e",
        'ю' => "iu",
        'я' => "ia",
        _ => return None,
    })
}

/// The capital of a Latin letter of the alphabet: `i` → `İ` and `ı` → `I`, as in Turkish.
fn latin_upper(c: char) -> char {
    match c {
        'i' => 'İ',
        'ı' => 'I',
        _ => c.to_uppercase().next().unwrap_or(c),
    }
}

/// Combining breve and diaeresis: и + ◌̆ is й, е + ◌̈ is ё, when text arrives decomposed.
const COMBINING_BREVE: char = '\u{306}';
const COMBINING_DIAERESIS: char = '\u{308}';

/// Whether `c` is a letter of the Cyrillic script (any language's).
pub fn is_cyrillic_letter(c: char) -> bool {
    c.is_alphabetic() && matches!(c as u32, 0x0400..=0x052F | 0x1C80..=0x1C8F | 0x2DE0..=0x2DFF | 0xA640..=0xA69F)
}

/// Whether the 2021 table or the loanword rule spells `c`.
pub fn has_rule(c: char) -> bool {
    latin_lower(c).is_some()
}

/// Part of a word for casing: letters, soft hyphens and combining marks.
fn in_word(c: char) -> bool {
    c.is_alphabetic() || c == '\u{ad}' || matches!(c as u32, 0x0300..=0x036F)
}

/// Cyrillic Kazakh in the 2021 Latin alphabet; everything else as it was.
pub fn transliterate(text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len() + text.len() / 8);
    let mut start = 0;
    while start < chars.len() {
        let end = if in_word(chars[start]) {
            (start..chars.len()).find(|&i| !in_word(chars[i])).unwrap_or(chars.len())
        } else {
            start + 1
        };
        push_word(&mut out, &chars[start..end]);
        start = end;
    }
    out
}

/// One word (or one character between words), with the case of its two-letter spellings set
/// by the word: all capitals when every letter is a capital.
fn push_word(out: &mut String, word: &[char]) {
    let cased: Vec<char> = word.iter().copied().filter(|c| c.is_uppercase() || c.is_lowercase()).collect();
    let all_caps = cased.len() >= 2 && cased.iter().all(|c| c.is_uppercase());
    let mut i = 0;
    while i < word.len() {
        let mut c = word[i];
        let next = word.get(i + 1).copied();
        // A decomposed й or ё is one letter.
        if matches!(c, 'и' | 'И') && next == Some(COMBINING_BREVE) {
            c = if c == 'и' { 'й' } else { 'Й' };
            i += 1;
        } else if matches!(c, 'е' | 'Е') && next == Some(COMBINING_DIAERESIS) {
            c = if c == 'е' { 'ё' } else { 'Ё' };
            i += 1;
        }
        match latin_lower(c) {
            Some(latin) if c.is_uppercase() => {
                for (n, letter) in latin.chars().enumerate() {
                    out.push(if n == 0 || all_caps { latin_upper(letter) } else { letter });
                }
            }
            Some(latin) => out.push_str(latin),
            None => out.push(c),
        }
        i += 1;
    }
}

/// Why a Kazakh word has no Latin spelling.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NoRule {
    /// A Cyrillic letter that is not Kazakh (Ukrainian Ї Є Ґ, Belarusian Ў, old Ѳ Ѣ, …): the
    /// table has no Latin letter for it.
    UnknownLetter(char),
    /// A Latin letter inside a Cyrillic word, such as a Latin `i` typed for `і`: it would stay
    /// as typed, and the Latin word would be misspelt.
    LatinLetter(char),
}

/// A word of a text that cannot be transliterated, with its byte range in the text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Untransliterable {
    pub range: std::ops::Range<usize>,
    pub word: String,
    pub problem: NoRule,
}

/// Every word of `text` that has a Cyrillic letter and cannot be spelt in Latin: it holds a
/// Cyrillic letter outside the table and the loanword rule, or a Latin letter among its
/// Cyrillic ones. Words wholly in Latin (e-Otinish, WhatsApp) are not Kazakh Cyrillic and
/// pass through unchanged, so they are fine.
pub fn untransliterable(text: &str) -> Vec<Untransliterable> {
    let mut found = Vec::new();
    let mut word_start: Option<usize> = None;
    let ends = text.char_indices().map(|(i, c)| (i, Some(c))).chain([(text.len(), None)]);
    for (at, c) in ends {
        let inside = c.is_some_and(in_word);
        match (inside, word_start) {
            (true, None) => word_start = Some(at),
            (false, Some(start)) => {
                if let Some(problem) = word_problem(&text[start..at]) {
                    found.push(Untransliterable { range: start..at, word: text[start..at].to_string(), problem });
                }
                word_start = None;
            }
            _ => {}
        }
    }
    found
}

fn word_problem(word: &str) -> Option<NoRule> {
    if !word.chars().any(is_cyrillic_letter) {
        return None;
    }
    if let Some(c) = word.chars().find(|&c| is_cyrillic_letter(c) && !has_rule(c)) {
        return Some(NoRule::UnknownLetter(c));
    }
    word.chars().find(|&c| c.is_alphabetic() && !is_cyrillic_letter(c)).map(NoRule::LatinLetter)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_letter_of_the_kazakh_cyrillic_alphabet_has_a_rule() {
        let alphabet = "АӘБВГҒДЕЁЖЗИЙКҚЛМНҢОӨПРСТУҰҮФХҺЦЧШЩЪЫІЬЭЮЯ";
        assert_eq!(alphabet.chars().count(), 42);
        for c in alphabet.chars().chain(alphabet.to_lowercase().chars()) {
            assert!(has_rule(c), "{c}");
        }
    }

    #[test]
    fn decomposed_letters_are_read_as_one() {
        assert_eq!(transliterate("ои\u{306}"), "oi");
        assert_eq!(transliterate("Е\u{308}лка"), "İolka");
    }

    #[test]
    fn finds_foreign_letters_and_latin_look_alikes() {
        let found = untransliterable("Київ, бiлiм, e-Otinish, білім");
        let words: Vec<(&str, NoRule)> = found.iter().map(|u| (u.word.as_str(), u.problem)).collect();
        assert_eq!(words, [("Київ", NoRule::UnknownLetter('ї')), ("бiлiм", NoRule::LatinLetter('i'))]);
        assert_eq!(&"Київ, бiлiм"[found[1].range.clone()], "бiлiм");
    }
}
