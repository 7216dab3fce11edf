//! Kazakh hyphenation by syllables. Typst has no Kazakh patterns, so soft hyphens (U+00AD) are
//! inserted where a word may break, and Typst breaks justified lines there.
//!
//! Every syllable has one vowel. A single consonant between vowels starts the next syllable
//! (ба-ла); of a cluster, only the last consonant moves on (ал-ма, қаң-тар), except that Russian
//! loans keep ст/стр/тр together after a longer cluster (Қазақ-стан). No break leaves fewer than two
//! letters on either side. у is a consonant after a vowel or before a vowel at the start of a
//! word (ау-да-ны, жа-уап, уа-қыт) and a vowel otherwise (ұйым-дас-ты-ру-шы); и is a vowel.

pub const SOFT_HYPHEN: char = '\u{ad}';

/// At least this many letters stay on each side of a break.
const MIN_PART: usize = 2;

/// Inserts soft hyphens into every Kazakh (Cyrillic) word of `text`. Nothing else changes.
pub fn hyphenate(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + text.len() / 4);
    let mut word: Vec<char> = Vec::new();
    for c in text.chars() {
        if is_cyrillic_letter(c) {
            word.push(c);
        } else {
            push_word(&mut out, &word);
            word.clear();
            out.push(c);
        }
    }
    push_word(&mut out, &word);
    out
}

fn push_word(out: &mut String, word: &[char]) {
    // The break points come in increasing order: walking them beside the letters keeps a long
    // "word" (a pasted run of letters) linear rather than quadratic.
    let mut breaks = break_points(word).into_iter().peekable();
    for (index, &c) in word.iter().enumerate() {
        if breaks.next_if_eq(&index).is_some() {
            out.push(SOFT_HYPHEN);
        }
        out.push(c);
    }
}

/// Indices before which the word may break, in increasing order.
pub fn break_points(word: &[char]) -> Vec<usize> {
    if word.len() < 2 * MIN_PART || is_abbreviation(word) {
        return Vec::new();
    }
    let lower: Vec<char> = word.iter().map(|c| c.to_lowercase().next().unwrap_or(*c)).collect();
    let vowels: Vec<usize> = (0..lower.len()).filter(|&i| is_vowel_at(&lower, i)).collect();
    let mut breaks = Vec::new();
    for pair in vowels.windows(2) {
        let (left, right) = (pair[0], pair[1]);
        let consonants = right - left - 1;
        let mut at = match consonants {
            0 => right,
            1 => left + 1,
            _ => right - onset_length(&lower[left + 1..right]),
        };
        // ь and ъ belong to the syllable before them.
        while at < right && matches!(lower[at], 'ь' | 'ъ') {
            at += 1;
        }
        if at >= MIN_PART && word.len() - at >= MIN_PART {
            breaks.push(at);
        }
    }
    breaks
}

/// How many consonants of a cluster between two vowels start the next syllable.
fn onset_length(cluster: &[char]) -> usize {
    let ends_with = |tail: &str| {
        let tail: Vec<char> = tail.chars().collect();
        cluster.len() > tail.len() && cluster.ends_with(&tail)
    };
    if cluster.len() >= 3 && ends_with("стр") {
        3
    } else if cluster.len() >= 3 && (ends_with("ст") || ends_with("тр")) {
        2
    } else {
        1
    }
}

fn is_vowel_at(word: &[char], i: usize) -> bool {
    match word[i] {
        'а' | 'ә' | 'е' | 'ё' | 'ы' | 'і' | 'о' | 'ө' | 'ұ' | 'ү' | 'ю' | 'я' | 'и' | 'э' => true,
        'у' => {
            let after_vowel = i > 0 && is_plain_vowel(word[i - 1]);
            let starts_before_vowel = i == 0 && word.get(1).is_some_and(|&c| is_plain_vowel(c));
            !(after_vowel || starts_before_vowel)
        }
        _ => false,
    }
}

/// Vowels other than у, whose role depends on its neighbours.
fn is_plain_vowel(c: char) -> bool {
    matches!(c, 'а' | 'ә' | 'е' | 'ё' | 'ы' | 'і' | 'о' | 'ө' | 'ұ' | 'ү' | 'ю' | 'я' | 'и' | 'э')
}

fn is_cyrillic_letter(c: char) -> bool {
    matches!(c, 'а'..='я' | 'А'..='Я' | 'ё' | 'Ё' | 'ә' | 'Ә' | 'ғ' | 'Ғ' | 'қ' | 'Қ' | 'ң' | 'Ң' | 'ө' | 'Ө' | 'ұ' | 'Ұ' | 'ү' | 'Ү' | 'һ' | 'Һ' | 'і' | 'І')
}

/// ТМККК, ЖОО: abbreviations are never broken.
fn is_abbreviation(word: &[char]) -> bool {
    word.iter().filter(|c| c.is_uppercase()).count() >= 2
}

#[cfg(test)]
mod tests {
    use super::*;

    fn shown(word: &str) -> String {
        hyphenate(word).replace(SOFT_HYPHEN, "-")
    }

    #[test]
    fn breaks_the_reference_words_of_kazakh_md() {
        for expected in [
            "мем-ле-кет-тік",
            "ор-ган-дар-ға",
            "қо-ғам-дық",
            "тұр-ғын-да-ры",
            "ау-да-ны-ның",
            "әкім-дік-те-рі-мен",
            "ұйым-дас-ты-ру-шы-лар-дың",
            "жа-уап-кер-ші-лік",
        ] {
            assert_eq!(shown(&expected.replace('-', "")), expected);
        }
    }

    #[test]
    fn avoids_the_known_wrong_breaks_of_the_crude_rules() {
        assert_eq!(shown("Қазақстан"), "Қа-зақ-стан");
        assert_eq!(shown("статистика"), "ста-тис-ти-ка");
        assert_eq!(shown("ұйымдастырушы"), "ұйым-дас-ты-ру-шы");
    }

    #[test]
    fn keeps_two_letters_on_each_side() {
        assert_eq!(shown("ала"), "ала");
        assert_eq!(shown("бала"), "ба-ла");
        assert_eq!(shown("оқуы"), "оқуы");
        assert_eq!(shown("әкім"), "әкім");
    }

    #[test]
    fn leaves_abbreviations_punctuation_and_latin_alone() {
        assert_eq!(shown("ТМККК"), "ТМККК");
        assert_eq!(shown("e-Otinish, 2025!"), "e-Otinish, 2025!");
        assert_eq!(shown("«Балалар» — бақыт."), "«Ба-ла-лар» — ба-қыт.");
    }

    #[test]
    fn a_word_of_a_hundred_thousand_letters_is_hyphenated_in_linear_time() {
        // Looking up each letter in the list of break points took minutes on this word.
        let word = "ба".repeat(50_000);
        let hyphenated = hyphenate(&word);
        assert_eq!(hyphenated.matches(SOFT_HYPHEN).count(), 49_999);
    }

    #[test]
    fn only_adds_soft_hyphens() {
        let text = "Өтініш беру — әр азаматтың заңмен бекітілген құқығы.";
        assert_eq!(hyphenate(text).replace(SOFT_HYPHEN, ""), text);
    }
}
