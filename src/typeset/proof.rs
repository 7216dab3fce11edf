//! Reads the laid-out pages as a proofreader would and counts what a typesetter would not sign:
//! runts (a paragraph whose last line is a word's tail or one short word), ladders (more than
//! three lines in a row ending in a hyphen) and lists torn from their lead-in or across pages.
//! It also measures the gaps between words, to compare how evenly each language is spaced.
//!
//! Paragraphs and lists are found by the tags Typst leaves in the frames where each element
//! starts and ends, list items by the marks the templates put around them (`item-mark` in
//! `common.typ`), and lines by the baselines of the text between.

use typst::foundations::{Content, Label, Value};
use typst::introspection::MetadataElem;
use typst::introspection::{Location, Tag};
use typst::layout::{Abs, Frame, FrameItem, Point, Transform};
use typst::model::{EnumElem, ListElem, ParElem};
use typst::pdf::ArtifactElem;
use typst::text::TextItem;
use typst_layout::PagedDocument;

use crate::lang::Lang;

const SOFT_HYPHEN: char = '\u{ad}';
/// More consecutive hyphenated line ends than this make a ladder.
pub const MAX_HYPHENS_IN_A_ROW: usize = 3;
/// A paragraph's last line that is a single word needs this many letters.
pub const MIN_LAST_WORD_LETTERS: usize = 5;
/// A list this short is kept on one page whole.
pub const SHORT_LIST: usize = 3;
/// A lead-in stays with this many items of its list.
pub const ITEMS_WITH_LEAD_IN: usize = 2;

/// What the proofreader found.
#[derive(Debug, Default, Clone)]
pub struct Proof {
    pub runts: Vec<Finding>,
    pub ladders: Vec<Finding>,
    /// Lists split where they must not be: from their lead-in, inside an item, or (three items
    /// or fewer) at all.
    pub split_lists: Vec<Finding>,
    /// Words hyphenated at the foot of a page or column: no viewer's search finds them.
    pub split_words: Vec<Finding>,
    /// The space between two words of a justified line, in em, by language.
    pub word_gaps: Vec<(Lang, f64)>,
}

/// One fault: where it is and the text it is about.
#[derive(Debug, Clone)]
pub struct Finding {
    /// 1-based.
    pub page: usize,
    pub text: String,
    /// For a ladder: the word broken by a soft hyphen at the end of the line that made it one.
    pub broken_word: Option<String>,
}

impl Proof {
    /// The `quantile` (0 to 1) of the word gaps of `lang`, if it has any.
    pub fn word_gap_quantile(&self, lang: Lang, quantile: f64) -> Option<f64> {
        let mut gaps: Vec<f64> = self.word_gaps.iter().filter(|(l, _)| *l == lang).map(|(_, gap)| *gap).collect();
        if gaps.is_empty() {
            return None;
        }
        gaps.sort_by(f64::total_cmp);
        let rank = (quantile * (gaps.len() - 1) as f64).round() as usize;
        Some(gaps[rank.min(gaps.len() - 1)])
    }
}

/// Proofreads a laid-out document.
pub fn proof(document: &PagedDocument) -> Proof {
    let mut reader = Reader::default();
    for (index, page) in document.pages().iter().enumerate() {
        reader.page = index + 1;
        reader.page_width = page.frame.width();
        reader.frame(&page.frame, Transform::identity());
    }
    reader.finish()
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Paragraph,
    List,
    Item,
    /// Page headers, footers and backgrounds: not part of the text.
    Artifact,
}

fn kind_of(content: &Content) -> Option<Kind> {
    if content.is::<ParElem>() {
        Some(Kind::Paragraph)
    } else if content.is::<ListElem>() || content.is::<EnumElem>() {
        Some(Kind::List)
    } else if content.is::<ArtifactElem>() {
        Some(Kind::Artifact)
    } else {
        None
    }
}

/// The label of the marks the templates put where a list item's text starts and ends.
const ITEM_MARK: &str = "kitapsha-item";

/// `Some(true)` where a list item starts, `Some(false)` where one ends.
fn item_mark(content: &Content) -> Option<bool> {
    if !content.is::<MetadataElem>() || content.label()? != Label::construct(ITEM_MARK.into()).ok()? {
        return None;
    }
    match content.get_by_name("value").ok()? {
        Value::Str(edge) if edge.as_str() == "start" => Some(true),
        Value::Str(edge) if edge.as_str() == "end" => Some(false),
        _ => None,
    }
}

/// Where on the sheet a line sits: the page, and which third of it (a leaflet's panel, or a
/// column of the side-by-side layout).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Region {
    page: usize,
    third: usize,
}

#[derive(Debug, Clone)]
struct Line {
    region: Region,
    baseline: Abs,
    text: String,
    /// The line ends in a hyphen: one hyphenation added, or one typed.
    hyphenated: bool,
    /// The gaps between its words, in em.
    gaps: Vec<f64>,
    lang: Option<Lang>,
}

/// A paragraph or a list item, or a list, with what it holds.
#[derive(Debug)]
struct Element {
    kind: Kind,
    location: Location,
    /// Where its start tag sits, to tell apart columns that are open at the same time.
    start_x: Abs,
    open: bool,
    lines: Vec<Line>,
    /// For a list: its items, in order (indices into the elements).
    items: Vec<usize>,
}

#[derive(Default)]
struct Reader {
    page: usize,
    page_width: Abs,
    /// In the order they start, which is the order of reading within each language.
    elements: Vec<Element>,
}

impl Reader {
    fn frame(&mut self, frame: &Frame, ts: Transform) {
        for (pos, item) in frame.items() {
            let ts = ts.pre_concat(Transform::translate(pos.x, pos.y));
            match item {
                FrameItem::Group(group) => self.frame(&group.frame, ts.pre_concat(group.transform)),
                FrameItem::Text(text) => self.text(text, Point::zero().transform(ts), ts),
                FrameItem::Tag(tag) => self.tag(tag, Point::zero().transform(ts)),
                _ => {}
            }
        }
    }

    fn region_at(&self, x: Abs) -> Region {
        let third =
            if self.page_width > Abs::zero() { (3.0 * x / self.page_width).floor().max(0.0) as usize } else { 0 };
        Region { page: self.page, third: third.min(2) }
    }

    fn tag(&mut self, tag: &Tag, at: Point) {
        match tag {
            Tag::Start(content, _) if let Some(edge) = item_mark(content) => self.item_mark(edge, content, at),
            Tag::Start(content, _) => {
                let Some(kind) = kind_of(content) else { return };
                let Some(location) = content.location() else { return };
                let list = self.innermost_open(at.x, |k| k == Kind::List);
                let index = self.elements.len();
                self.elements.push(Element {
                    kind,
                    location,
                    start_x: at.x,
                    open: true,
                    lines: Vec::new(),
                    items: Vec::new(),
                });
                if kind == Kind::Item
                    && let Some(list) = list
                {
                    self.elements[list].items.push(index);
                }
            }
            Tag::End(location, ..) => {
                // Items end at their marks, not at the end of the mark that starts them.
                let ends = |e: &Element| e.open && e.location == *location && e.kind != Kind::Item;
                if let Some(index) = self.elements.iter().rposition(ends) {
                    self.elements[index].open = false;
                }
            }
        }
    }

    /// A list item's text starts or ends here (the templates mark both).
    fn item_mark(&mut self, edge: bool, content: &Content, at: Point) {
        if edge {
            let Some(location) = content.location() else { return };
            let list = self.innermost_open(at.x, |k| k == Kind::List);
            let index = self.elements.len();
            self.elements.push(Element {
                kind: Kind::Item,
                location,
                start_x: at.x,
                open: true,
                lines: Vec::new(),
                items: Vec::new(),
            });
            if let Some(list) = list {
                self.elements[list].items.push(index);
            }
        } else if let Some(item) = self.innermost_open(at.x, |k| k == Kind::Item) {
            self.elements[item].open = false;
        }
    }

    /// The innermost open element of `kind` whose column holds `x`: the one that started
    /// furthest right at or left of it, and of those the last opened. Columns side by side are
    /// open at the same time; where text flows on to a column further left (a leaflet's inside
    /// on to its outside), the last opened is taken.
    fn innermost_open(&self, x: Abs, kind: impl Fn(Kind) -> bool) -> Option<usize> {
        let tolerance = Abs::pt(1.0);
        let open = || self.elements.iter().enumerate().filter(|(_, e)| e.open && kind(e.kind));
        open()
            .filter(|(_, e)| e.start_x <= x + tolerance)
            .max_by(|(a, ea), (b, eb)| ea.start_x.to_pt().total_cmp(&eb.start_x.to_pt()).then(a.cmp(b)))
            .or_else(|| open().last())
            .map(|(index, _)| index)
    }

    fn text(&mut self, text: &TextItem, at: Point, ts: Transform) {
        if self.elements.iter().any(|e| e.open && e.kind == Kind::Artifact) {
            return;
        }
        // A list's markers, outside its items' marks, are not text of the items.
        let Some(owner) = self.innermost_open(at.x, |k| k != Kind::Artifact) else { return };
        if self.elements[owner].kind == Kind::List {
            return;
        }
        let size = text.size.to_pt() * ts.sy.get();
        let region = self.region_at(at.x);
        let drawn_hyphen = !text.text.is_empty() && text.text.chars().all(|c| c == SOFT_HYPHEN);
        let shown: String = text.text.chars().filter(|&c| c != SOFT_HYPHEN).collect();
        let gaps: Vec<f64> = text
            .glyphs
            .iter()
            // A space at a line end has no width: it is not a gap.
            .filter(|glyph| glyph.x_advance.get() > 0.0)
            .filter(|glyph| text.text.get(glyph.range()).is_some_and(|t| t == " " || t == "\u{a0}"))
            .map(|glyph| glyph.x_advance.get() * text.size.to_pt() * ts.sx.get() / size.max(f64::EPSILON))
            .collect();
        let lines = &mut self.elements[owner].lines;
        let same_line = lines
            .last()
            .is_some_and(|line| line.region.page == region.page && (line.baseline - at.y).abs() < Abs::pt(size * 0.3));
        if same_line {
            let line = lines.last_mut().expect("checked above");
            line.text.push_str(&shown);
            line.gaps.extend(gaps);
            line.hyphenated = drawn_hyphen || line.text.trim_end().ends_with('-');
        } else {
            let hyphenated = drawn_hyphen || shown.trim_end().ends_with('-');
            let lang = Lang::ALL.into_iter().find(|l| l.code() == text.lang.as_str());
            lines.push(Line { region, baseline: at.y, text: shown, hyphenated, gaps, lang });
        }
    }

    fn finish(mut self) -> Proof {
        self.join_continued_lists();
        let mut proof = Proof::default();
        for (index, element) in self.elements.iter().enumerate() {
            match element.kind {
                Kind::List => self.check_list(index, &mut proof),
                Kind::Paragraph | Kind::Item => check_lines(&element.lines, &mut proof),
                Kind::Artifact => {}
            }
        }
        proof
    }

    fn check_list(&self, index: usize, proof: &mut Proof) {
        let list = &self.elements[index];
        let items: Vec<&Element> = list.items.iter().map(|&i| &self.elements[i]).collect();
        let (Some(first), Some(last)) =
            (items.first().and_then(|i| i.lines.first()), items.last().and_then(|i| i.lines.last()))
        else {
            return;
        };
        let mut split = |line: &Line, what: &str| {
            let text = format!("{what}: {}", line.text.trim());
            proof.split_lists.push(Finding { page: line.region.page, text, broken_word: None });
        };
        for item in &items {
            if let (Some(a), Some(b)) = (item.lines.first(), item.lines.last())
                && a.region != b.region
            {
                split(a, "an item split");
            }
        }
        if items.len() <= SHORT_LIST && first.region != last.region {
            split(first, "a short list split");
        }
        let kept = items.get(ITEMS_WITH_LEAD_IN.min(items.len()) - 1).and_then(|item| item.lines.last());
        if let Some(lead_in) = self.lead_in(index, first.lang)
            && let Some(kept) = kept
            && lead_in.region != kept.region
        {
            split(lead_in, "a lead-in apart from its list");
        }
    }
}

/// Runts, ladders and word gaps of one paragraph or list item.
fn check_lines(lines: &[Line], proof: &mut Proof) {
    if let [.., before, last] = lines
        && is_runt(last, before)
    {
        proof.runts.push(Finding { page: last.region.page, text: last.text.trim().to_string(), broken_word: None });
    }
    let mut in_a_row = 0;
    for (index, line) in lines.iter().enumerate() {
        if let Some(next) = lines.get(index + 1)
            && line.hyphenated
            && next.region != line.region
            && let Some(word) = broken_word(line, next)
        {
            proof.split_words.push(Finding { page: line.region.page, text: word.clone(), broken_word: Some(word) });
        }
        in_a_row = if line.hyphenated { in_a_row + 1 } else { 0 };
        if in_a_row == MAX_HYPHENS_IN_A_ROW + 1 {
            let broken_word = lines.get(index + 1).and_then(|next| broken_word(line, next));
            proof.ladders.push(Finding { page: line.region.page, text: line.text.trim().to_string(), broken_word });
        }
    }
    // The last line is not justified: its gaps are the font's own.
    for line in lines.iter().take(lines.len().saturating_sub(1)) {
        if let Some(lang) = line.lang {
            proof.word_gaps.extend(line.gaps.iter().map(|&gap| (lang, gap)));
        }
    }
}

impl Reader {
    /// A list that follows the last item of another in the same language continues it (the
    /// templates set a long list's first two items apart, to keep them together): its items
    /// become that list's, and it is no list of its own.
    fn join_continued_lists(&mut self) {
        for index in 0..self.elements.len() {
            if self.elements[index].kind != Kind::List {
                continue;
            }
            let items = self.elements[index].items.clone();
            let lang = items.first().and_then(|&i| self.elements[i].lines.first()).map(|l| l.lang);
            let Some(lang) = lang else { continue };
            let before = self.elements[..index].iter().rposition(|e| e.lines.first().is_some_and(|l| l.lang == lang));
            let Some(before) = before.filter(|&b| self.elements[b].kind == Kind::Item) else { continue };
            let Some(owner) = self.elements.iter().position(|e| e.kind == Kind::List && e.items.contains(&before))
            else {
                continue;
            };
            self.elements[owner].items.extend(items);
            self.elements[index].items.clear();
        }
    }

    /// The last line of the paragraph that introduces the list at `index`: the element read just
    /// before it in the same language, when that is a paragraph ending with a colon.
    fn lead_in(&self, index: usize, lang: Option<Lang>) -> Option<&Line> {
        let before = self.elements[..index].iter().rev().find(|e| e.lines.first().is_some_and(|l| l.lang == lang))?;
        let last = before.lines.last()?;
        (before.kind == Kind::Paragraph && last.text.trim_end().ends_with(':')).then_some(last)
    }
}

/// The word a line breaks with a soft hyphen, joined with its tail on the next line.
fn broken_word(line: &Line, next: &Line) -> Option<String> {
    if line.text.trim_end().ends_with('-') {
        return None;
    }
    let head = line.text.split_whitespace().last()?;
    let tail = next.text.split_whitespace().next()?;
    let word: String = format!("{head}{tail}").chars().filter(|c| c.is_alphabetic()).collect();
    (!word.is_empty()).then_some(word)
}

/// A paragraph's last line that holds no whole word (the tail of one), or a single word shorter
/// than five letters.
fn is_runt(last: &Line, before: &Line) -> bool {
    let mut words = last.text.split(|c: char| c.is_whitespace()).filter(|w| w.chars().any(char::is_alphanumeric));
    if before.hyphenated && !before.text.trim_end().ends_with('-') {
        // The first word is the tail of the word the line before broke.
        words.next();
    }
    let words: Vec<&str> = words.collect();
    match words.as_slice() {
        [] => true,
        [word] => word.chars().filter(|c| c.is_alphanumeric()).count() < MIN_LAST_WORD_LETTERS,
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use std::path::Path;

    use super::*;
    use crate::date::Date;
    use crate::typeset::compile;

    fn proof_of(body: &str) -> Proof {
        let source = format!(
            "#set page(width: 150pt, height: 120pt, margin: 10pt)\n#set text(font: \"Noto Serif\", size: 9pt, lang: \"kk\")\n#set par(justify: true)\n{body}"
        );
        let today = Date { year: 2025, month: 2, day: 22 };
        proof(&compile::compile(&source, Vec::new(), today, Path::new("test.typ")).unwrap())
    }

    #[test]
    fn a_last_line_of_one_short_word_is_a_runt() {
        let proof = proof_of("Бұл сөйлем бір жолдан ұзағырақ болады, ал соңында #linebreak() иә.");
        assert_eq!(proof.runts.len(), 1, "{proof:?}");
        assert_eq!(proof.runts[0].text, "иә.");
        assert!(proof_of("Бұл сөйлем бір жолдан ұзағырақ болады, ал соңында #linebreak() екі сөз.").runts.is_empty());
    }

    #[test]
    fn four_hyphens_in_a_row_are_a_ladder() {
        let word = "ба\u{ad}ла".repeat(40);
        let proof = proof_of(&format!("#block(width: 40pt, par[{word}])"));
        assert!(!proof.ladders.is_empty(), "{proof:?}");
        assert!(proof.ladders[0].broken_word.as_deref().is_some_and(|w| w.chars().count() >= 4));
    }

    #[test]
    fn a_lead_in_at_the_foot_of_a_page_is_a_split_list() {
        // As the templates write lists: the function, not the markup.
        let mark = |edge: &str| format!("#metadata(\"{edge}\")<kitapsha-item>");
        let (start, end) = (mark("start"), mark("end"));
        let list = format!(
            "#list[{start}бірінші тармақ, ол екі жолға созылатын ұзын тармақ;{end}][{start}екінші тармақ, ол да екі жолға созылады.{end}]"
        );
        // Longer and longer text before the lead-in pushes it to the foot of the page.
        let (mut split, mut kept) = (0, 0);
        for words in 10..40 {
            let filler = "ауылдағы жол ".repeat(words);
            split += proof_of(&format!("{filler}\n\nОған мыналар қажет:\n\n{list}")).split_lists.len();
            let keeping =
                format!("{filler}\n\n#block(sticky: true)[Оған мыналар қажет:]\n\n#block(breakable: false)[{list}]");
            kept += proof_of(&keeping).split_lists.len();
        }
        assert!(split > 0);
        assert_eq!(kept, 0);
    }
}
