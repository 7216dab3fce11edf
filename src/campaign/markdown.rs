//! The Markdown subset of section texts: paragraphs, **bold**, *italic*, bullet and numbered
//! lists, and links. Everything else (headings, code, HTML, tables, images, quotes, nested lists)
//! is kept as the literal characters the user typed.

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

/// Parses a section text into blocks.
pub fn parse(source: &str) -> Vec<Block> {
    let events: Vec<(Event<'_>, Range<usize>)> = Parser::new_ext(source, Options::empty()).into_offset_iter().collect();
    let mut reader = Reader { source, events, position: 0, depth: 0 };
    reader.blocks()
}

struct Reader<'a> {
    source: &'a str,
    events: Vec<(Event<'a>, Range<usize>)>,
    position: usize,
    /// How many bold, italic and link elements enclose the inline being read.
    depth: usize,
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

    fn blocks(&mut self) -> Vec<Block> {
        let mut blocks = Vec::new();
        while let Some((event, range)) = self.next() {
            match event {
                Event::Start(Tag::Paragraph) => {
                    blocks.push(Block::Paragraph { inlines: self.inlines(TagEnd::Paragraph) });
                }
                Event::Start(Tag::List(start)) => blocks.push(self.list(start)),
                Event::Start(_) => {
                    // A heading, quote, code block or HTML block: print what was typed.
                    self.skip_element();
                    blocks.push(Block::Paragraph { inlines: vec![self.literal(range)] });
                }
                Event::End(_) => {}
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
                    inlines.push(self.literal(range));
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
            Event::Start(_) => {
                self.skip_element();
                self.literal(range)
            }
            Event::End(_) => return None,
            // Code spans, inline HTML and anything else: the characters as typed.
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
