//! The Markdown subset of section texts: paragraphs, **bold**, *italic*, bullet and numbered
//! lists, and links. Everything else (headings, code, HTML, tables, images, quotes, nested lists)
//! is kept as the literal characters the user typed, and [`read`] says where, so that the
//! campaign check can warn at the line.
//!
//! Text pasted from a word processor is taken as it was meant: indentation means nothing (an
//! indented paragraph is a paragraph, not code, and an indented list is a list), and a line
//! bulleted with •, ◦, ▪ or ·, or with – or — before a tab or beside another bulleted line, is a
//! list item. A lone line that starts with a dash stays a paragraph: in Russian and Kazakh
//! that is how dialogue is written.

use std::ops::Range;

use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};
use serde::Serialize;

/// A block of a section's text.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "kind", rename_all = "kebab-case")]
pub enum Block {
    Paragraph { inlines: Vec<Inline> },
    List { ordered: bool, start: u64, items: Vec<Vec<Inline>> },
}

/// A run of text inside a block.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "kind", rename_all = "kebab-case")]
pub enum Inline {
    Text { text: String },
    Strong { children: Vec<Inline> },
    Emphasis { children: Vec<Inline> },
    Link { url: String, children: Vec<Inline> },
    LineBreak,
}

/// Bold inside italic inside a link is as deep as print needs; markup nested deeper is printed as
/// typed. Without a bound, thousands of `*` would nest so deep that reading them (and every later
/// stage that walks the inlines) would overflow the stack.
pub const MAX_NESTING: usize = 8;

/// Something in a section text that prints as the characters typed, not as what they mean in
/// Markdown.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Literal {
    pub kind: LiteralKind,
    /// The line of the text (0-based, of the text as given to [`read`]) it starts on.
    pub line: usize,
    /// The characters that print as typed, e.g. `<b>` or `#`.
    pub typed: String,
}

/// What kind of Markdown a [`Literal`] is, for a message that says what to write instead.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum LiteralKind {
    /// `# Heading`, or a line underlined with `===` or `---`.
    Heading,
    /// `> quoted`.
    Quote,
    /// `` `code` `` or a fenced block.
    Code,
    /// `<b>`, `<br>`, `<div>`.
    Html,
    /// `![alt](file.png)`.
    Picture,
    /// A link to an address that means nothing on paper: `[x](javascript:…)`, `[x](page.html)`.
    Link,
    /// `---`, `***` on a line of their own.
    Rule,
    /// A list inside a list item.
    NestedList,
}

/// A section text read: its blocks, and what in it prints as typed.
#[derive(Debug, Clone, PartialEq)]
pub struct Parsed {
    pub blocks: Vec<Block>,
    pub literals: Vec<Literal>,
}

/// Parses a section text into blocks.
pub fn parse(source: &str) -> Vec<Block> {
    read(source).blocks
}

/// Parses a section text into blocks, and finds what in it prints as typed.
pub fn read(source: &str) -> Parsed {
    let source = from_word_processor(source);
    let events: Vec<(Event<'_>, Range<usize>)> =
        Parser::new_ext(&source, Options::empty()).into_offset_iter().collect();
    let line_starts = std::iter::once(0).chain(source.match_indices('\n').map(|(i, _)| i + 1)).collect();
    let mut reader = Reader { source: &source, events, position: 0, depth: 0, line_starts, literals: Vec::new() };
    let blocks = reader.blocks();
    Parsed { blocks, literals: reader.literals }
}

/// Bullets that word processors put before list items, as they arrive when the text is pasted
/// (Word's Symbol and Wingdings bullets arrive as private-use characters).
const BULLETS: [char; 8] = ['•', '◦', '▪', '●', '‣', '⁃', '\u{f0b7}', '\u{f0a7}'];

/// The text with the indentation of every line removed and word processors' bullets made
/// Markdown's `- `. The lines stay where they were, so that a line number of the result is one
/// of the text.
pub fn from_word_processor(source: &str) -> String {
    let lines: Vec<&str> = source.split('\n').map(|line| line.strip_suffix('\r').unwrap_or(line)).collect();
    let bulleted: Vec<Option<Bullet>> = lines.iter().map(|line| bullet(line.trim_start())).collect();
    let mut out = String::with_capacity(source.len());
    for (index, line) in lines.iter().enumerate() {
        if index > 0 {
            out.push('\n');
        }
        let unindented = line.trim_start();
        let bulleted_at = |other: Option<usize>| other.and_then(|i| bulleted.get(i)).is_some_and(Option::is_some);
        let is_item = match bulleted[index] {
            Some(Bullet::Glyph) => true,
            Some(Bullet::Dash { before_tab }) => {
                before_tab
                    || unindented.len() < line.len()
                    || bulleted_at(index.checked_sub(1))
                    || bulleted_at(Some(index + 1))
            }
            Some(Bullet::Markdown) | None => false,
        };
        if is_item {
            let rest =
                unindented.trim_start_matches(|c: char| BULLETS.contains(&c) || c == '·' || c == '–' || c == '—');
            out.push_str("- ");
            out.push_str(rest.trim_start());
        } else {
            out.push_str(unindented);
        }
    }
    out
}

/// How a line (without its indentation) is bulleted, if it is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Bullet {
    /// A word processor's bullet: •, ◦, ▪, ·…
    Glyph,
    /// – or — and a space or tab: a list item when it is one of several, or before a tab.
    Dash { before_tab: bool },
    /// Markdown's own `-`, `*`, `+`.
    Markdown,
}

fn bullet(line: &str) -> Option<Bullet> {
    let mut chars = line.chars();
    let first = chars.next()?;
    let next = chars.next();
    let space_after = next.is_some_and(char::is_whitespace);
    if BULLETS.contains(&first) || (first == '·' && space_after) {
        Some(Bullet::Glyph)
    } else if (first == '–' || first == '—') && space_after {
        Some(Bullet::Dash { before_tab: next == Some('\t') })
    } else if matches!(first, '-' | '*' | '+') && space_after {
        Some(Bullet::Markdown)
    } else {
        None
    }
}

struct Reader<'a> {
    source: &'a str,
    events: Vec<(Event<'a>, Range<usize>)>,
    position: usize,
    /// How many bold, italic and link elements enclose the inline being read.
    depth: usize,
    /// The byte offset at which each line of the source starts.
    line_starts: Vec<usize>,
    literals: Vec<Literal>,
}

impl<'a> Reader<'a> {
    fn next(&mut self) -> Option<(Event<'a>, Range<usize>)> {
        let event = self.events.get(self.position).cloned();
        self.position += 1;
        event
    }

    /// Skips every event up to and including the end of the element that just started.
    fn skip_element(&mut self) {
        let mut depth = 1;
        while let Some((event, _)) = self.next() {
            match event {
                Event::Start(_) => depth += 1,
                Event::End(_) => {
                    depth -= 1;
                    if depth == 0 {
                        return;
                    }
                }
                _ => {}
            }
        }
    }

    /// The user's characters for a range, with line breaks folded into spaces.
    fn literal(&self, range: Range<usize>) -> Inline {
        let text = self.source[range].trim().lines().map(str::trim).collect::<Vec<_>>().join(" ");
        Inline::Text { text }
    }

    /// [`literal`](Self::literal), noted as `kind` so that the check can warn about it.
    fn noted_literal(&mut self, kind: LiteralKind, range: Range<usize>) -> Inline {
        let typed = typed(kind, &self.source[range.clone()]);
        let line = self.line_starts.partition_point(|&start| start <= range.start).saturating_sub(1);
        self.literals.push(Literal { kind, line, typed });
        self.literal(range)
    }

    fn blocks(&mut self) -> Vec<Block> {
        let mut blocks = Vec::new();
        while let Some((event, range)) = self.next() {
            match event {
                Event::Start(Tag::Paragraph) => {
                    blocks.push(Block::Paragraph { inlines: self.inlines(TagEnd::Paragraph) });
                }
                Event::Start(Tag::List(start)) => blocks.push(self.list(start)),
                Event::Start(tag) => {
                    // A heading, quote, code block or HTML block: print what was typed.
                    self.skip_element();
                    let kind = match tag {
                        Tag::Heading { .. } => Some(LiteralKind::Heading),
                        Tag::BlockQuote(_) => Some(LiteralKind::Quote),
                        Tag::CodeBlock(_) => Some(LiteralKind::Code),
                        Tag::HtmlBlock => Some(LiteralKind::Html),
                        _ => None,
                    };
                    let inline = match kind {
                        Some(kind) => self.noted_literal(kind, range),
                        None => self.literal(range),
                    };
                    blocks.push(Block::Paragraph { inlines: vec![inline] });
                }
                Event::End(_) => {}
                Event::Rule => {
                    blocks.push(Block::Paragraph { inlines: vec![self.noted_literal(LiteralKind::Rule, range)] });
                }
                _ => blocks.push(Block::Paragraph { inlines: vec![self.literal(range)] }),
            }
        }
        blocks.retain(|block| !matches!(block, Block::Paragraph { inlines } if inlines.is_empty()));
        blocks
    }

    fn list(&mut self, start: Option<u64>) -> Block {
        let mut items = Vec::new();
        while let Some((event, _)) = self.next() {
            match event {
                Event::Start(Tag::Item) => items.push(self.item()),
                Event::End(TagEnd::List(_)) => break,
                _ => {}
            }
        }
        Block::List { ordered: start.is_some(), start: start.unwrap_or(1), items }
    }

    /// One list item: its text, whether the list is tight (inline events) or loose (paragraphs).
    fn item(&mut self) -> Vec<Inline> {
        let mut inlines = Vec::new();
        while let Some((event, range)) = self.next() {
            match event {
                Event::End(TagEnd::Item) => break,
                Event::Start(Tag::Paragraph) => {
                    if !inlines.is_empty() {
                        inlines.push(Inline::LineBreak);
                    }
                    inlines.extend(self.inlines(TagEnd::Paragraph));
                }
                Event::Start(Tag::List(_)) => {
                    // Nested lists are outside the subset: keep the typed lines.
                    self.skip_element();
                    inlines.push(Inline::LineBreak);
                    let literal = self.noted_literal(LiteralKind::NestedList, range);
                    inlines.push(literal);
                }
                other => {
                    if let Some(inline) = self.inline(other, range) {
                        inlines.push(inline);
                    }
                }
            }
        }
        inlines
    }

    fn inlines(&mut self, end: TagEnd) -> Vec<Inline> {
        let mut inlines = Vec::new();
        while let Some((event, range)) = self.next() {
            if event == Event::End(end) {
                break;
            }
            if let Some(inline) = self.inline(event, range) {
                inlines.push(inline);
            }
        }
        inlines
    }

    fn inline(&mut self, event: Event<'a>, range: Range<usize>) -> Option<Inline> {
        if matches!(event, Event::Start(_)) && self.depth >= MAX_NESTING {
            self.skip_element();
            return Some(self.literal(range));
        }
        Some(match event {
            Event::Text(text) => Inline::Text { text: text.to_string() },
            Event::SoftBreak => Inline::Text { text: " ".to_string() },
            Event::HardBreak => Inline::LineBreak,
            Event::Start(Tag::Strong) => Inline::Strong { children: self.nested(TagEnd::Strong) },
            Event::Start(Tag::Emphasis) => Inline::Emphasis { children: self.nested(TagEnd::Emphasis) },
            Event::Start(Tag::Link { dest_url, .. }) if is_printable_link(&dest_url) => {
                Inline::Link { url: dest_url.to_string(), children: self.nested(TagEnd::Link) }
            }
            Event::Start(tag) => {
                self.skip_element();
                match tag {
                    Tag::Image { .. } => self.noted_literal(LiteralKind::Picture, range),
                    Tag::Link { .. } => self.noted_literal(LiteralKind::Link, range),
                    _ => self.literal(range),
                }
            }
            Event::End(_) => return None,
            Event::Code(_) => self.noted_literal(LiteralKind::Code, range),
            Event::InlineHtml(_) | Event::Html(_) => self.noted_literal(LiteralKind::Html, range),
            // Anything else: the characters as typed.
            _ => self.literal(range),
        })
    }
}

impl<'a> Reader<'a> {
    /// The children of a bold, italic or link element, one level deeper.
    fn nested(&mut self, end: TagEnd) -> Vec<Inline> {
        self.depth += 1;
        let children = self.inlines(end);
        self.depth -= 1;
        children
    }
}

/// The characters of a literal that a warning names: a heading's `#` or underline, a quote's
/// `>`, a code block's fence, an HTML block's first tag; an inline literal whole.
fn typed(kind: LiteralKind, source: &str) -> String {
    let first_line = source.trim().lines().next().unwrap_or("").trim();
    let text = match kind {
        LiteralKind::Heading if first_line.starts_with('#') => {
            first_line.split(|c: char| c != '#').next().unwrap_or("#")
        }
        LiteralKind::Heading => source.trim().lines().last().unwrap_or("").trim(),
        LiteralKind::Quote => ">",
        LiteralKind::Code if first_line.starts_with("```") || first_line.starts_with("~~~") => &first_line[..3],
        LiteralKind::Html => first_line.find('>').map_or(first_line, |end| &first_line[..=end]),
        LiteralKind::NestedList | LiteralKind::Rule => first_line,
        _ => source.trim(),
    };
    text.to_string()
}

/// Links that make sense on paper and in a PDF viewer.
fn is_printable_link(url: &str) -> bool {
    ["https://", "http://", "mailto:", "tel:"].iter().any(|scheme| url.starts_with(scheme))
}

/// All the text of some inlines, without markup: for search, fit checks and tests.
pub fn plain_text(inlines: &[Inline]) -> String {
    let mut out = String::new();
    for inline in inlines {
        match inline {
            Inline::Text { text } => out.push_str(text),
            Inline::Strong { children } | Inline::Emphasis { children } | Inline::Link { children, .. } => {
                out.push_str(&plain_text(children));
            }
            Inline::LineBreak => out.push(' '),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text(s: &str) -> Inline {
        Inline::Text { text: s.to_string() }
    }

    #[test]
    fn paragraphs_bold_italic_and_links() {
        let blocks = parse("Бір **қалың** және *көлбеу* [сілтеме](https://egov.kz).\n\nЕкінші абзац.");
        assert_eq!(
            blocks,
            vec![
                Block::Paragraph {
                    inlines: vec![
                        text("Бір "),
                        Inline::Strong { children: vec![text("қалың")] },
                        text(" және "),
                        Inline::Emphasis { children: vec![text("көлбеу")] },
                        text(" "),
                        Inline::Link { url: "https://egov.kz".into(), children: vec![text("сілтеме")] },
                        text("."),
                    ]
                },
                Block::Paragraph { inlines: vec![text("Екінші абзац.")] },
            ]
        );
    }

    #[test]
    fn bullet_and_numbered_lists() {
        let blocks = parse("- бір\n- екі\n\n3. үш\n4. төрт\n");
        assert_eq!(
            blocks,
            vec![
                Block::List { ordered: false, start: 1, items: vec![vec![text("бір")], vec![text("екі")]] },
                Block::List { ordered: true, start: 3, items: vec![vec![text("үш")], vec![text("төрт")]] },
            ]
        );
    }

    #[test]
    fn headings_code_and_html_print_as_typed() {
        let blocks = parse("# Тақырып\n\nКод `x = 1` және <b>html</b>\n\n    indented code\n");
        assert_eq!(
            blocks,
            vec![
                Block::Paragraph { inlines: vec![text("# Тақырып")] },
                Block::Paragraph {
                    inlines: vec![
                        text("Код "),
                        text("`x = 1`"),
                        text(" және "),
                        text("<b>"),
                        text("html"),
                        text("</b>")
                    ]
                },
                Block::Paragraph { inlines: vec![text("indented code")] },
            ]
        );
    }

    #[test]
    fn lone_markup_characters_stay() {
        let blocks = parse("a * b _ c \\ d $x^2$ @ref #read(\"/etc/passwd\")");
        let Block::Paragraph { inlines } = &blocks[0] else { panic!("{blocks:?}") };
        assert_eq!(plain_text(inlines), "a * b _ c \\ d $x^2$ @ref #read(\"/etc/passwd\")");
    }

    #[test]
    fn markup_nested_past_the_limit_prints_as_typed() {
        let stars = "*".repeat(20_000);
        let blocks = parse(&format!("{stars}a{stars}"));
        let Block::Paragraph { inlines } = &blocks[0] else { panic!("{blocks:?}") };
        let mut depth = 0;
        let mut level = inlines.as_slice();
        while let [Inline::Strong { children } | Inline::Emphasis { children }] = level {
            depth += 1;
            level = children;
        }
        assert_eq!(depth, MAX_NESTING);
        assert_eq!(plain_text(inlines).chars().filter(|&c| c == 'a').count(), 1);
    }

    #[test]
    fn unsafe_link_schemes_print_literally() {
        let blocks = parse("[x](javascript:alert(1))");
        let Block::Paragraph { inlines } = &blocks[0] else { panic!() };
        assert_eq!(plain_text(inlines), "[x](javascript:alert(1))");
    }
}
