//! Typography of Kazakh and Russian text, applied to the user's text before it reaches Typst:
//! «ёлочки» quotes with „лапки“ inside, no-break spaces where the rules want them, and Kazakh
//! soft hyphens. Typst's smart quotes do not apply to text that arrives as data.

use crate::lang::Lang;
use crate::typeset::{hyphenate_kk, hyphenate_latin};

pub const NBSP: char = '\u{a0}';
/// The hyphen of a compound word (бармай-ақ, бөлінген-бөлінбегенін, кое-что) never ends a line:
/// PDF readers (poppler, PDFium) take a hyphen at a line end for a word broken there and join
/// the halves into one word that a search does not find. The parts still break at their own
/// syllables.
pub const NON_BREAKING_HYPHEN: char = '\u{2011}';

/// Fixes the typography of one paragraph, piece by piece (bold and plain runs are separate
/// pieces, but quotes may open in one and close in another).
pub struct Typographer {
    lang: Lang,
    /// Open quotes, innermost last: whether each was turned into a typographic one.
    open_quotes: Vec<bool>,
    /// How many of `open_quotes` are typographic, kept so that a text of thousands of quotes
    /// does not count them again at every quote.
    typographic_open: usize,
    previous: Option<char>,
    /// Kazakh soft hyphens in running text; off for an edition set without hyphenation.
    hyphens: bool,
    /// Kazakh text in the Latin alphabet, hyphenated by the same syllables.
    latin: bool,
}

impl Typographer {
    pub fn new(lang: Lang) -> Self {
        Self { lang, open_quotes: Vec::new(), typographic_open: 0, previous: None, hyphens: true, latin: false }
    }

    /// A typographer for Kazakh text in the Latin alphabet (the Latin edition).
    pub fn in_latin(self) -> Self {
        Self { latin: true, ..self }
    }

    /// A typographer whose [`piece`](Self::piece) inserts no soft hyphens, for an edition set
    /// ragged right without hyphenation (large print).
    pub fn without_hyphens(lang: Lang) -> Self {
        Self { hyphens: false, ..Self::new(lang) }
    }

    /// The next piece of the paragraph, with its typography fixed.
    pub fn piece(&mut self, text: &str) -> String {
        let quoted = self.quotes(text);
        let spaced = no_break_spaces(&quoted, self.lang);
        match self.lang {
            Lang::Kk if self.hyphens && self.latin => hyphenate_latin::hyphenate(&spaced),
            Lang::Kk if self.hyphens => hyphenate_kk::hyphenate(&spaced),
            Lang::Kk => spaced,
            Lang::Ru | Lang::En => spaced,
        }
    }

    /// Like [`piece`](Self::piece), without soft hyphens: for titles, which are not justified.
    pub fn piece_without_hyphens(&mut self, text: &str) -> String {
        no_break_spaces(&self.quotes(text), self.lang)
    }

    /// Straight quotes around words become «…» (and „…“ inside). A quote around something
    /// else, such as `read("/etc/passwd")`, is left as typed: it is probably not prose.
    fn quotes(&mut self, text: &str) -> String {
        let chars: Vec<char> = text.chars().collect();
        let mut out = String::with_capacity(text.len());
        for (i, &c) in chars.iter().enumerate() {
            let replaced = match c {
                '"' if self.opens_here() => {
                    // At the end of a piece the next piece (bold, a link) starts the quoted words.
                    let prose = chars.get(i + 1).is_none_or(|next| next.is_alphanumeric() || matches!(next, '«' | '„'));
                    let depth = self.typographic_open;
                    self.open(prose);
                    match (prose, depth) {
                        (false, _) => '"',
                        (true, 0) => '«',
                        (true, _) => '„',
                    }
                }
                '"' => match self.close() {
                    Some(true) if self.typographic_open > 0 => '“',
                    Some(true) => '»',
                    _ => '"',
                },
                '«' | '„' => {
                    self.open(true);
                    c
                }
                '»' | '“' => {
                    self.close();
                    c
                }
                _ => c,
            };
            out.push(replaced);
            self.previous = Some(replaced);
        }
        out
    }

    fn open(&mut self, typographic: bool) {
        self.open_quotes.push(typographic);
        self.typographic_open += usize::from(typographic);
    }

    fn close(&mut self) -> Option<bool> {
        let closed = self.open_quotes.pop();
        self.typographic_open -= usize::from(closed == Some(true));
        closed
    }

    /// A straight quote opens at the start, after a space, a bracket, a dash or another quote.
    fn opens_here(&self) -> bool {
        match self.previous {
            None => true,
            Some(c) => c.is_whitespace() || matches!(c, '(' | '[' | '—' | '–' | '-' | '«' | '„' | '/'),
        }
    }
}

/// One-letter words that must not end a line (Russian rules; Kazakh has none of them except «а»
/// and «и» in loans, and the rule does no harm there).
fn binds_to_next(word: &str) -> bool {
    matches!(word, "в" | "к" | "с" | "у" | "о" | "и" | "а" | "я" | "В" | "К" | "С" | "У" | "О" | "И" | "А" | "Я")
}

/// A hyphen at `i` between letters: the hyphen of a compound word.
fn joins_two_parts(chars: &[char], i: usize) -> bool {
    let letter = |c: Option<&char>| c.is_some_and(|c| c.is_alphabetic() || *c == '\u{ad}');
    i > 0 && letter(chars.get(i - 1)) && letter(chars.get(i + 1))
}

/// No-break space after one-letter prepositions and conjunctions, after №, and before a dash;
/// no line break at the hyphen of a compound word.
fn no_break_spaces(text: &str, lang: Lang) -> String {
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len());
    for (i, &c) in chars.iter().enumerate() {
        if c == '-' && joins_two_parts(&chars, i) {
            out.push(NON_BREAKING_HYPHEN);
            continue;
        }
        if c != ' ' {
            out.push(c);
            continue;
        }
        let next = chars.get(i + 1).copied();
        let before_dash = matches!(next, Some('—' | '–'));
        let after_number_sign = i > 0 && chars[i - 1] == '№';
        let word_start = chars[..i].iter().rposition(|c| !c.is_alphabetic()).map_or(0, |p| p + 1);
        let word: String = chars[word_start..i].iter().collect();
        let after_short_word = lang == Lang::Ru && i > 0 && binds_to_next(&word);
        out.push(if before_dash || after_number_sign || after_short_word { NBSP } else { ' ' });
    }
    out
}

/// Running text kitapsha writes itself (the report's sentences and paragraphs): no-break spaces
/// and hyphens as in a booklet's text, and Kazakh soft hyphens (Typst has no Kazakh patterns);
/// Russian and English are hyphenated by Typst.
pub fn prose(lang: Lang, text: &str) -> String {
    let spaced = no_break_spaces(text, lang);
    match lang {
        Lang::Kk => hyphenate_kk::hyphenate(&spaced),
        Lang::Ru | Lang::En => spaced,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fix(lang: Lang, text: &str) -> String {
        Typographer::new(lang).piece(text).replace(hyphenate_kk::SOFT_HYPHEN, "")
    }

    #[test]
    fn straight_quotes_become_guillemets_with_lapki_inside() {
        assert_eq!(fix(Lang::Ru, "Он сказал: \"центр \"Ана\" открыт\"."), "Он сказал: «центр „Ана“ открыт».");
        assert_eq!(fix(Lang::Kk, "\"Көршіңе көмектес\" жобасы"), "«Көршіңе көмектес» жобасы");
    }

    #[test]
    fn quotes_around_code_stay_straight() {
        assert_eq!(fix(Lang::Kk, "#read(\"/etc/passwd\") және \"сөз\""), "#read(\"/etc/passwd\") және «сөз»");
    }

    #[test]
    fn quotes_may_span_bold_and_plain_pieces() {
        let mut typographer = Typographer::new(Lang::Ru);
        assert_eq!(typographer.piece("проект \""), "проект «");
        assert_eq!(typographer.piece("Помоги соседу"), "Помоги соседу");
        assert_eq!(typographer.piece("\" работает"), "» работает");
    }

    #[test]
    fn russian_one_letter_words_bind_to_the_next() {
        assert_eq!(fix(Lang::Ru, "в акимат и к акиму"), "в\u{a0}акимат и\u{a0}к\u{a0}акиму");
        assert_eq!(fix(Lang::Ru, "письмо — это право"), "письмо\u{a0}— это право");
        assert_eq!(fix(Lang::Ru, "№ 5"), "№\u{a0}5");
    }

    #[test]
    fn compound_words_do_not_break_at_their_hyphen() {
        assert_eq!(fix(Lang::Kk, "бармай-ақ, 2024-2025"), "бармай\u{2011}ақ, 2024-2025");
        assert_eq!(fix(Lang::Ru, "бөлінген-бөлінбегенін"), "бөлінген\u{2011}бөлінбегенін");
    }

    #[test]
    fn kazakh_text_gets_soft_hyphens() {
        assert_eq!(Typographer::new(Lang::Kk).piece("балалар"), "ба\u{ad}ла\u{ad}лар");
    }
}
