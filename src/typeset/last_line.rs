//! No runts: the last line of a paragraph holds two words, or one word of five letters or more,
//! never the tail of a hyphenated word. Typst's runt cost only weighs a last line that is the
//! very last syllable or word, so kitapsha binds the last words itself before the text goes to
//! Typst: the last word may not be hyphenated, and a short one is tied to the word before it.

use crate::campaign::markdown::Inline;
use crate::typeset::hyphenate_kk::SOFT_HYPHEN;

/// Tells Typst's hyphenation (Russian and English patterns) to leave a word whole: Typst only
/// hyphenates a word made of letters alone. Invisible, and dropped from the PDF's text.
pub const WORD_JOINER: char = '\u{2060}';
/// A last word shorter than this is tied to the one before it.
pub const MIN_LONE_WORD: usize = 5;
/// Words tied together longer than this could overfill a narrow column: the word before then
/// stays breakable.
const MAX_BOUND_CHARS: usize = 22;

/// Binds the last words of a paragraph given as its runs of text, in order.
pub fn bind_last_words(inlines: &mut [Inline]) {
    let mut pieces = Vec::new();
    text_pieces(inlines, &mut pieces);
    bind(&mut pieces);
}

/// The texts of a paragraph's runs, in reading order. A line break ends what can be bound.
fn text_pieces<'a>(inlines: &'a mut [Inline], out: &mut Vec<&'a mut String>) {
    for inline in inlines {
        match inline {
            Inline::Text { text } => out.push(text),
            Inline::Strong { children } | Inline::Emphasis { children } | Inline::Link { children, .. } => {
                text_pieces(children, out);
            }
            Inline::LineBreak => out.clear(),
        }
    }
}

/// A word of the paragraph: which piece it is in and its byte range there.
struct Word {
    piece: usize,
    start: usize,
    end: usize,
    letters: usize,
    chars: usize,
}

fn bind(pieces: &mut [&mut String]) {
    let words = last_words(pieces);
    let Some(last) = words.first() else { return };
    // Words from the end that are kept whole, and of those before the last, how many have the
    // space after them tied (one more than are kept whole when the next is too long).
    let (mut whole, mut tied) = (1, 0);
    let mut real_words = usize::from(last.letters > 0);
    let mut long = last.letters >= MIN_LONE_WORD;
    let mut chars = last.chars;
    for word in &words[1..] {
        if real_words >= 2 || long {
            break;
        }
        chars += word.chars + 1;
        tied += 1;
        if chars > MAX_BOUND_CHARS {
            break;
        }
        whole += 1;
        real_words += usize::from(word.letters > 0);
        long |= word.letters >= MIN_LONE_WORD;
    }
    // From the end backwards: each change only moves text after the words still to change.
    for (index, word) in words.iter().enumerate().take(whole.max(tied + 1)) {
        if index > 0 && index <= tied {
            tie_space_after(pieces, word);
        }
        if index < whole {
            keep_whole(pieces, word);
        }
    }
}

/// The last few words of the paragraph, the last first.
fn last_words(pieces: &[&mut String]) -> Vec<Word> {
    const ENOUGH: usize = 6;
    let mut words = Vec::new();
    for (piece, text) in pieces.iter().enumerate().rev() {
        let mut end = text.len();
        while end > 0 {
            let start = text[..end].rfind(' ').map_or(0, |space| space + 1);
            if start < end {
                let word = &text[start..end];
                let letters = word.chars().filter(|c| c.is_alphanumeric()).count();
                let chars = word.chars().filter(|&c| c != SOFT_HYPHEN).count();
                words.push(Word { piece, start, end, letters, chars });
                if words.len() >= ENOUGH {
                    return words;
                }
            }
            end = start.saturating_sub(1);
        }
    }
    words
}

/// The space after `word` becomes a no-break space.
fn tie_space_after(pieces: &mut [&mut String], word: &Word) {
    let at_end = word.end == pieces[word.piece].len();
    let (piece, at) = if at_end { (word.piece + 1, 0) } else { (word.piece, word.end) };
    if let Some(text) = pieces.get_mut(piece)
        && text[at..].starts_with(' ')
    {
        text.replace_range(at..at + 1, "\u{a0}");
    }
}

/// The word loses its soft hyphens, and each run of its letters (a word tied to a one-letter
/// word, each half of a compound) gets a word joiner after its first letter.
fn keep_whole(pieces: &mut [&mut String], word: &Word) {
    let text = &mut pieces[word.piece];
    let Some(range) = text.get(word.start..word.end) else { return };
    let mut whole = String::with_capacity(range.len() + 8);
    let mut previous_letter = false;
    let mut chars = range.chars().filter(|&c| c != SOFT_HYPHEN).peekable();
    while let Some(c) = chars.next() {
        whole.push(c);
        let letter = c.is_alphabetic();
        if letter && !previous_letter && chars.peek().is_some_and(|next| next.is_alphabetic()) {
            whole.push(WORD_JOINER);
        }
        previous_letter = letter;
    }
    text.replace_range(word.start..word.end, &whole);
}

/// `text` with every occurrence of `words` (written with or without soft hyphens) kept whole.
pub fn keep_words_whole(text: &str, words: &[String]) -> String {
    let mut out = String::with_capacity(text.len());
    let mut word = String::new();
    let flush = |word: &mut String, out: &mut String| {
        let letters: String = word.chars().filter(|&c| c != SOFT_HYPHEN && c != WORD_JOINER).collect();
        if words.contains(&letters) {
            let mut whole = letters.clone();
            if let Some(first) = letters.chars().next()
                && letters.chars().count() > 1
            {
                whole.insert(first.len_utf8(), WORD_JOINER);
            }
            out.push_str(&whole);
        } else {
            out.push_str(word);
        }
        word.clear();
    };
    for c in text.chars() {
        if c.is_alphabetic() || c == SOFT_HYPHEN || c == WORD_JOINER {
            word.push(c);
        } else {
            flush(&mut word, &mut out);
            out.push(c);
        }
    }
    flush(&mut word, &mut out);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn bound(text: &str) -> String {
        let mut inlines = vec![Inline::Text { text: text.to_string() }];
        bind_last_words(&mut inlines);
        let Inline::Text { text } = &inlines[0] else { unreachable!() };
        text.replace(WORD_JOINER, "|").replace('\u{a0}', "_").replace(SOFT_HYPHEN, "-")
    }

    #[test]
    fn a_long_last_word_is_kept_whole() {
        assert_eq!(
            bound("ба\u{ad}ла\u{ad}лар мек\u{ad}теп\u{ad}ке ба\u{ad}ра\u{ad}ды"),
            "ба-ла-лар мек-теп-ке б|арады"
        );
    }

    #[test]
    fn a_short_last_word_is_tied_to_the_word_before() {
        assert_eq!(bound("Мұ\u{ad}ны кім біл\u{ad}мей\u{ad}ді ма?"), "Мұ-ны кім б|ілмейді_м|а?");
    }

    #[test]
    fn every_part_of_a_tied_word_is_kept_whole() {
        assert_eq!(bound("путь в\u{a0}проект:"), "путь в_п|роект:");
        assert_eq!(bound("аты-жөнімен"), "а|ты-ж|өнімен");
    }

    #[test]
    fn words_kept_whole_lose_their_soft_hyphens_wherever_they_stand() {
        let text = "мем\u{ad}ле\u{ad}кет — мем\u{ad}ле\u{ad}кет\u{ad}тік мем\u{ad}ле\u{ad}кет.";
        let kept = keep_words_whole(text, &["мемлекет".to_string()]);
        assert_eq!(kept, "м\u{2060}емлекет — мем\u{ad}ле\u{ad}кет\u{ad}тік м\u{2060}емлекет.");
    }

    #[test]
    fn a_dash_does_not_count_as_a_word() {
        assert_eq!(bound("это правда — да"), "это п|равда_—_д|а");
    }

    #[test]
    fn words_too_long_to_tie_keep_their_hyphens_but_not_their_space() {
        assert_eq!(
            bound("ұйым\u{ad}дас\u{ad}ты\u{ad}ру\u{ad}шы\u{ad}лар\u{ad}дың\u{ad}ның жоқ"),
            "ұйым-дас-ты-ру-шы-лар-дың-ның_ж|оқ"
        );
    }

    #[test]
    fn the_last_words_may_span_bold_and_plain_runs() {
        let mut inlines = vec![
            Inline::Text { text: "Бұл ".to_string() },
            Inline::Strong { children: vec![Inline::Text { text: "ма\u{ad}ңыз\u{ad}ды".to_string() }] },
            Inline::Text { text: " іс.".to_string() },
        ];
        bind_last_words(&mut inlines);
        let Inline::Strong { children } = &inlines[1] else { unreachable!() };
        assert_eq!(children[0], Inline::Text { text: "м\u{2060}аңызды".to_string() });
        assert_eq!(inlines[2], Inline::Text { text: "\u{a0}і\u{2060}с.".to_string() });
    }
}
