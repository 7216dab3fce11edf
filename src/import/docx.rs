//! Word documents (`.docx`, Office Open XML) read as a list of paragraphs: the zip opened with
//! the `zip` crate and its XML read with roxmltree, not the text scraped.
//!
//! - `word/styles.xml` gives each paragraph style's name, followed through `basedOn`, so that a
//!   style is known by its built-in name ("Title", "heading 1", "Quote") whatever its id: Word
//!   and LibreOffice use different ids, and a Russian Word names `heading 1` with the id `1`.
//!   An outline level in a style (`w:outlineLvl`) also makes a heading.
//! - `word/numbering.xml` tells a bulleted list from a numbered one (`numFmt` of the level).
//! - `word/_rels/document.xml.rels` gives the address of each hyperlink and the part of each
//!   picture, which is read from the zip.
//! - In `word/document.xml`: the text of runs (tracked deletions and field codes left out),
//!   bold and italic from the run, its character style and the paragraph style, tabs and line
//!   breaks, hyperlinks (elements and `HYPERLINK` fields) and pictures (DrawingML and VML).
//!   Paragraphs in tables are read in order; text boxes, headers, footers, footnotes and
//!   comments are not read.
//!
//! Every part is read with a size limit, so that a small zip that unpacks to gigabytes is
//! refused rather than read.

use std::collections::HashMap;
use std::io::{self, Read, Seek};
use std::path::Path;

use roxmltree::Node;

use crate::messages::Message;
use crate::msg;

/// The largest `.docx` file read: a booklet's text with its pictures is a few megabytes.
pub const MAX_FILE_BYTES: u64 = 200 * 1024 * 1024;
/// The largest XML part read, unpacked.
pub const MAX_XML_BYTES: u64 = 64 * 1024 * 1024;
/// The largest picture read, unpacked: as large as a campaign may place.
pub const MAX_PICTURE_BYTES: u64 = 40 * 1024 * 1024;

/// A Word document: its paragraphs in order, and the title of its properties.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Document {
    pub paragraphs: Vec<Paragraph>,
    /// `dc:title` of `docProps/core.xml`, when the document has one.
    pub title_property: Option<String>,
}

/// What a paragraph's style says it is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    Title,
    Subtitle,
    /// A heading of level 1 to 9.
    Heading(u8),
    Quote,
    Caption,
    Body,
}

/// A list paragraph's mark.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ListMark {
    /// Numbered (1., a), i.) rather than bulleted.
    pub ordered: bool,
    /// 0 for the outermost level.
    pub level: u8,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Paragraph {
    pub role: Role,
    /// The style's name as the document gives it, e.g. `heading 1`.
    pub style: String,
    pub list: Option<ListMark>,
    /// Aligned right (or to the end), as an author's name under a quote often is.
    pub right_aligned: bool,
    pub inlines: Vec<Inline>,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Inline {
    Text { text: String, bold: bool, italic: bool },
    Link { url: String, inlines: Vec<Inline> },
    Tab,
    Break,
    Picture(Picture),
}

/// A picture placed in the text.
#[derive(Debug, Clone, PartialEq)]
pub struct Picture {
    /// Its part in the zip, e.g. `word/media/image1.png`: the name a message shows.
    pub part: String,
    /// What it is, when it could be read: the bytes, or why not.
    pub content: PictureContent,
    /// The name the document gives it (`Picture 1`, or its file name).
    pub name: Option<String>,
    /// Its alternative text (Word's "Alt Text": `wp:docPr/@descr`, or VML's `alt`), `""` when
    /// Word marks it decorative; `None` when the document says nothing.
    pub alt: Option<String>,
}

#[derive(Debug, Clone, PartialEq)]
pub enum PictureContent {
    Embedded(Vec<u8>),
    /// Linked to a file outside the document, not embedded: only its address is there.
    Linked(String),
    /// Larger than [`MAX_PICTURE_BYTES`].
    TooLarge(u64),
    /// Named by the document but absent from the zip.
    Missing,
}

impl Paragraph {
    /// The paragraph's text, without formatting: tabs as spaces, breaks as newlines.
    pub fn plain_text(&self) -> String {
        let mut out = String::new();
        plain(&self.inlines, &mut out);
        out
    }

    /// The pictures of the paragraph, links included.
    pub fn pictures(&self) -> Vec<&Picture> {
        fn walk<'a>(inlines: &'a [Inline], out: &mut Vec<&'a Picture>) {
            for inline in inlines {
                match inline {
                    Inline::Picture(picture) => out.push(picture),
                    Inline::Link { inlines, .. } => walk(inlines, out),
                    _ => {}
                }
            }
        }
        let mut out = Vec::new();
        walk(&self.inlines, &mut out);
        out
    }
}

fn plain(inlines: &[Inline], out: &mut String) {
    for inline in inlines {
        match inline {
            Inline::Text { text, .. } => out.push_str(text),
            Inline::Link { inlines, .. } => plain(inlines, out),
            Inline::Tab => out.push(' '),
            Inline::Break => out.push('\n'),
            Inline::Picture(_) => {}
        }
    }
}

/// Why a file cannot be read as a Word document.
#[derive(Debug)]
pub enum Problem {
    Io(io::Error),
    /// A compound file: Word 97–2003's `.doc`, or a `.docx` protected with a password.
    OldWord,
    Pdf,
    Rtf,
    /// An OpenDocument text (`.odt`) or another zip that is not a Word document.
    OpenDocument,
    /// Not a zip at all.
    NotZip,
    /// A zip without `word/document.xml`: a spreadsheet, a presentation, an archive.
    NotWord,
    /// A zip that cannot be opened: cut short, or overwritten.
    DamagedZip,
    /// A part that cannot be unpacked or is not well-formed XML.
    Damaged {
        part: String,
    },
    TooLarge {
        part: String,
        megabytes: u64,
        limit: u64,
    },
}

impl Problem {
    /// The message and the hint that say this in the reader's language.
    pub fn message(&self) -> (Message, Message) {
        match self {
            Problem::Io(error) => {
                (msg!("file-cannot-read", reason = crate::fsutil::io_problem(error)), msg!("docx-save-again-hint"))
            }
            Problem::OldWord => (msg!("docx-old-word"), msg!("docx-old-word-hint")),
            Problem::Pdf => (msg!("docx-pdf"), msg!("docx-pdf-hint")),
            Problem::Rtf => (msg!("docx-rtf"), msg!("docx-save-again-hint")),
            Problem::OpenDocument => (msg!("docx-opendocument"), msg!("docx-opendocument-hint")),
            Problem::NotZip | Problem::NotWord => (msg!("docx-not-word"), msg!("docx-save-again-hint")),
            Problem::DamagedZip => (msg!("docx-damaged-zip"), msg!("docx-damaged-zip-hint")),
            Problem::Damaged { part } => (msg!("docx-damaged", part = part), msg!("docx-save-again-hint")),
            Problem::TooLarge { part, megabytes, limit } => (
                msg!("docx-too-large", part = part, megabytes = *megabytes, limit = *limit),
                msg!("docx-too-large-hint"),
            ),
        }
    }
}

/// Reads the `.docx` at `path`.
pub fn read(path: &Path) -> Result<Document, Problem> {
    let metadata = std::fs::metadata(path).map_err(Problem::Io)?;
    if !metadata.is_file() {
        return Err(Problem::Io(io::Error::from(io::ErrorKind::IsADirectory)));
    }
    if metadata.len() > MAX_FILE_BYTES {
        return Err(Problem::TooLarge {
            part: path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default(),
            megabytes: metadata.len() >> 20,
            limit: MAX_FILE_BYTES >> 20,
        });
    }
    let mut file = std::fs::File::open(path).map_err(Problem::Io)?;
    read_from(&mut file)
}

/// Reads a `.docx` from any seekable reader (a file, or bytes in memory), from its start.
pub fn read_from<R: Read + Seek>(reader: &mut R) -> Result<Document, Problem> {
    let mut magic = [0u8; 8];
    reader.rewind().map_err(Problem::Io)?;
    let got = read_up_to(reader, &mut magic).map_err(Problem::Io)?;
    reader.rewind().map_err(Problem::Io)?;
    let magic = &magic[..got];
    if magic.starts_with(&[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) {
        return Err(Problem::OldWord);
    }
    if magic.starts_with(b"%PDF") {
        return Err(Problem::Pdf);
    }
    if magic.starts_with(b"{\\rtf") {
        return Err(Problem::Rtf);
    }
    if !magic.starts_with(b"PK") {
        return Err(Problem::NotZip);
    }
    let mut zip = zip::ZipArchive::new(reader).map_err(|_| Problem::DamagedZip)?;
    let mut parts = Parts { zip: &mut zip };
    if !parts.has("word/document.xml") {
        let odt = parts.read_optional("mimetype", 200)?.is_some_and(|m| m.starts_with(b"application/vnd.oasis"));
        return Err(if odt { Problem::OpenDocument } else { Problem::NotWord });
    }
    let document = parts.read_xml("word/document.xml")?.ok_or(Problem::NotWord)?;
    let styles = match parts.read_xml("word/styles.xml")? {
        Some(text) => Styles::read(&parse(&text, "word/styles.xml")?),
        None => Styles::default(),
    };
    let numbering = match parts.read_xml("word/numbering.xml")? {
        Some(text) => Numbering::read(&parse(&text, "word/numbering.xml")?),
        None => Numbering::default(),
    };
    let relationships = match parts.read_xml("word/_rels/document.xml.rels")? {
        Some(text) => Relationships::read(&parse(&text, "word/_rels/document.xml.rels")?),
        None => Relationships::default(),
    };
    let title_property = match parts.read_xml("docProps/core.xml")? {
        Some(text) => parse(&text, "docProps/core.xml")?
            .descendants()
            .find(|n| n.tag_name().name() == "title")
            .and_then(|n| n.text())
            .map(|t| t.trim().to_string())
            .filter(|t| !t.is_empty()),
        None => None,
    };
    let xml = parse(&document, "word/document.xml")?;
    let body = xml.root_element().children().find(|n| n.tag_name().name() == "body");
    let mut reader = BodyReader { styles: &styles, numbering: &numbering, relationships: &relationships, parts };
    let mut paragraphs = Vec::new();
    if let Some(body) = body {
        reader.blocks(body, &mut paragraphs)?;
    }
    Ok(Document { paragraphs, title_property })
}

fn read_up_to(reader: &mut impl Read, buffer: &mut [u8]) -> io::Result<usize> {
    let mut filled = 0;
    while filled < buffer.len() {
        match reader.read(&mut buffer[filled..])? {
            0 => break,
            n => filled += n,
        }
    }
    Ok(filled)
}

fn parse<'a>(text: &'a str, part: &str) -> Result<roxmltree::Document<'a>, Problem> {
    roxmltree::Document::parse(text).map_err(|_| Problem::Damaged { part: part.to_string() })
}

/// The parts of the zip, each read with a limit.
struct Parts<'z, R: Read + Seek> {
    zip: &'z mut zip::ZipArchive<R>,
}

impl<R: Read + Seek> Parts<'_, R> {
    fn has(&self, name: &str) -> bool {
        self.zip.index_for_name(name).is_some()
    }

    /// The bytes of the part `name`, `None` when there is none.
    fn read_optional(&mut self, name: &str, limit: u64) -> Result<Option<Vec<u8>>, Problem> {
        let Some(index) = self.zip.index_for_name(name) else { return Ok(None) };
        let damaged = || Problem::Damaged { part: name.to_string() };
        let mut entry = self.zip.by_index(index).map_err(|_| damaged())?;
        let too_large =
            |size: u64| Problem::TooLarge { part: name.to_string(), megabytes: size >> 20, limit: limit >> 20 };
        if entry.size() > limit {
            return Err(too_large(entry.size()));
        }
        let mut bytes = Vec::new();
        // The size the zip declares is not trusted: at most one byte past the limit is unpacked.
        (&mut entry).take(limit + 1).read_to_end(&mut bytes).map_err(|_| damaged())?;
        if bytes.len() as u64 > limit {
            return Err(too_large(bytes.len() as u64));
        }
        Ok(Some(bytes))
    }

    fn read_xml(&mut self, name: &str) -> Result<Option<String>, Problem> {
        match self.read_optional(name, MAX_XML_BYTES)? {
            None => Ok(None),
            Some(bytes) => String::from_utf8(bytes).map(Some).map_err(|_| Problem::Damaged { part: name.to_string() }),
        }
    }

    /// A picture's bytes, or why there are none.
    fn picture(&mut self, name: &str) -> Result<PictureContent, Problem> {
        let Some(index) = self.zip.index_for_name(name) else { return Ok(PictureContent::Missing) };
        let size = self.zip.by_index(index).map_err(|_| Problem::Damaged { part: name.to_string() })?.size();
        if size > MAX_PICTURE_BYTES {
            return Ok(PictureContent::TooLarge(size));
        }
        match self.read_optional(name, MAX_PICTURE_BYTES) {
            Ok(bytes) => Ok(bytes.map_or(PictureContent::Missing, PictureContent::Embedded)),
            Err(Problem::TooLarge { .. }) => Ok(PictureContent::TooLarge(MAX_PICTURE_BYTES + 1)),
            Err(problem) => Err(problem),
        }
    }
}

/// The value of the attribute `local` (in any namespace, or none), e.g. `w:val`.
fn attr<'a>(node: Node<'a, '_>, local: &str) -> Option<&'a str> {
    node.attributes().find(|a| a.name() == local).map(|a| a.value())
}

/// The relationship id attribute `local` (`r:id`, `r:embed`), in the relationships namespace.
fn relationship_attr<'a>(node: Node<'a, '_>, local: &str) -> Option<&'a str> {
    node.attributes()
        .find(|a| a.name() == local && a.namespace().is_some_and(|ns| ns.ends_with("relationships")))
        .map(|a| a.value())
}

fn child<'a, 'i>(node: Node<'a, 'i>, local: &str) -> Option<Node<'a, 'i>> {
    node.children().find(|n| n.is_element() && n.tag_name().name() == local)
}

/// A toggle property such as `<w:b/>`: on unless its value says off.
fn toggle(node: Node<'_, '_>) -> bool {
    !matches!(attr(node, "val"), Some("false" | "0" | "off" | "none"))
}

/// Bold and italic as a run, a character style or a paragraph style sets them: `None` where
/// it says nothing.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
struct Emphasis {
    bold: Option<bool>,
    italic: Option<bool>,
}

impl Emphasis {
    fn of(properties: Option<Node<'_, '_>>) -> Emphasis {
        let Some(properties) = properties else { return Emphasis::default() };
        Emphasis { bold: child(properties, "b").map(toggle), italic: child(properties, "i").map(toggle) }
    }

    /// `self` where it says something, else `under`.
    fn over(self, under: Emphasis) -> Emphasis {
        Emphasis { bold: self.bold.or(under.bold), italic: self.italic.or(under.italic) }
    }
}

/// A style of `styles.xml`, as written.
#[derive(Debug, Clone, Default)]
struct Style {
    name: String,
    based_on: Option<String>,
    outline_level: Option<u8>,
    emphasis: Emphasis,
    numbering: Option<(String, u8)>,
}

#[derive(Debug, Default)]
struct Styles {
    by_id: HashMap<String, Style>,
    default_paragraph: Option<String>,
}

impl Styles {
    fn read(xml: &roxmltree::Document<'_>) -> Styles {
        let mut styles = Styles::default();
        for node in xml.root_element().children().filter(|n| n.tag_name().name() == "style") {
            let Some(id) = attr(node, "styleId") else { continue };
            let paragraph_properties = child(node, "pPr");
            let style = Style {
                name: child(node, "name").and_then(|n| attr(n, "val")).unwrap_or(id).to_string(),
                based_on: child(node, "basedOn").and_then(|n| attr(n, "val")).map(str::to_string),
                outline_level: paragraph_properties
                    .and_then(|p| child(p, "outlineLvl"))
                    .and_then(|n| attr(n, "val"))
                    .and_then(|v| v.parse().ok()),
                emphasis: Emphasis::of(child(node, "rPr")),
                numbering: paragraph_properties.and_then(|p| child(p, "numPr")).and_then(numbering_of),
            };
            if attr(node, "type") == Some("paragraph") && attr(node, "default").is_some_and(|v| v == "1" || v == "true")
            {
                styles.default_paragraph = Some(id.to_string());
            }
            styles.by_id.insert(id.to_string(), style);
        }
        styles
    }

    /// The style and those it is based on, nearest first (a loop is cut).
    fn chain<'s>(&'s self, id: &'s str) -> Vec<(&'s str, &'s Style)> {
        let mut chain: Vec<(&'s str, &'s Style)> = Vec::new();
        let mut next = Some(id);
        while let Some(id) = next {
            let Some(style) = self.by_id.get(id) else { break };
            if chain.iter().any(|(seen, _)| *seen == id) || chain.len() > 32 {
                break;
            }
            chain.push((id, style));
            next = style.based_on.as_deref();
        }
        chain
    }

    /// What a paragraph of the style `id` is: the first of its chain that says.
    fn role(&self, id: &str) -> Role {
        for (id, style) in self.chain(id) {
            if let Some(role) = role_of_name(&style.name).or_else(|| role_of_name(id)) {
                return role;
            }
            if let Some(level) = style.outline_level.filter(|level| *level < 9) {
                return Role::Heading(level + 1);
            }
        }
        Role::Body
    }

    fn emphasis(&self, id: &str) -> Emphasis {
        self.chain(id).iter().fold(Emphasis::default(), |found, (_, style)| found.over(style.emphasis))
    }

    fn numbering(&self, id: &str) -> Option<(String, u8)> {
        self.chain(id).iter().find_map(|(_, style)| style.numbering.clone())
    }

    fn name(&self, id: &str) -> String {
        self.by_id.get(id).map_or_else(|| id.to_string(), |style| style.name.clone())
    }
}

/// The role a built-in style name or a usual style id gives: `Title`, `heading 1`,
/// `Heading1`, `Quote`, LibreOffice's `Quotations`.
fn role_of_name(name: &str) -> Option<Role> {
    let key: String = name.chars().filter(|c| !c.is_whitespace()).collect::<String>().to_lowercase();
    match key.as_str() {
        "title" => Some(Role::Title),
        "subtitle" => Some(Role::Subtitle),
        "quote" | "intensequote" | "quotations" => Some(Role::Quote),
        "caption" => Some(Role::Caption),
        _ => {
            let level = key.strip_prefix("heading")?;
            let level: u8 = level.parse().ok()?;
            (1..=9).contains(&level).then_some(Role::Heading(level))
        }
    }
}

/// `w:numPr`: its list (`numId`, 0 for none) and level.
fn numbering_of(node: Node<'_, '_>) -> Option<(String, u8)> {
    let id = child(node, "numId").and_then(|n| attr(n, "val"))?;
    let level = child(node, "ilvl").and_then(|n| attr(n, "val")).and_then(|v| v.parse().ok()).unwrap_or(0);
    Some((id.to_string(), level))
}

/// `numbering.xml`: for each list and level, whether it is numbered.
#[derive(Debug, Default)]
struct Numbering {
    ordered: HashMap<(String, u8), bool>,
}

impl Numbering {
    fn read(xml: &roxmltree::Document<'_>) -> Numbering {
        let levels = |node: Node<'_, '_>| -> Vec<(u8, bool)> {
            node.children()
                .filter(|n| n.tag_name().name() == "lvl")
                .filter_map(|lvl| {
                    let level = attr(lvl, "ilvl")?.parse().ok()?;
                    let format = child(lvl, "numFmt").and_then(|n| attr(n, "val")).unwrap_or("decimal");
                    Some((level, !matches!(format, "bullet" | "none")))
                })
                .collect()
        };
        let abstracts: HashMap<&str, Vec<(u8, bool)>> = xml
            .root_element()
            .children()
            .filter(|n| n.tag_name().name() == "abstractNum")
            .filter_map(|n| Some((attr(n, "abstractNumId")?, levels(n))))
            .collect();
        let mut ordered = HashMap::new();
        for num in xml.root_element().children().filter(|n| n.tag_name().name() == "num") {
            let Some(id) = attr(num, "numId") else { continue };
            let abstract_id = child(num, "abstractNumId").and_then(|n| attr(n, "val"));
            for &(level, numbered) in abstract_id.and_then(|a| abstracts.get(a)).into_iter().flatten() {
                ordered.insert((id.to_string(), level), numbered);
            }
            // A level overridden in the list itself.
            for over in num.children().filter(|n| n.tag_name().name() == "lvlOverride") {
                for (level, numbered) in levels(over) {
                    ordered.insert((id.to_string(), level), numbered);
                }
            }
        }
        Numbering { ordered }
    }

    fn mark(&self, (id, level): &(String, u8)) -> Option<ListMark> {
        if id == "0" {
            return None;
        }
        let ordered = self.ordered.get(&(id.clone(), *level)).copied().unwrap_or(false);
        Some(ListMark { ordered, level: *level })
    }
}

/// `document.xml.rels`: each relationship's target, and whether it is outside the document.
#[derive(Debug, Default)]
struct Relationships {
    by_id: HashMap<String, (String, bool)>,
}

impl Relationships {
    fn read(xml: &roxmltree::Document<'_>) -> Relationships {
        let by_id = xml
            .root_element()
            .children()
            .filter(|n| n.tag_name().name() == "Relationship")
            .filter_map(|n| {
                let external = attr(n, "TargetMode") == Some("External");
                Some((attr(n, "Id")?.to_string(), (attr(n, "Target")?.to_string(), external)))
            })
            .collect();
        Relationships { by_id }
    }

    fn url(&self, id: &str) -> Option<&str> {
        self.by_id.get(id).map(|(target, _)| target.as_str())
    }

    /// The zip part a relationship of `word/document.xml` names (`media/a.png` is
    /// `word/media/a.png`), or the address of a linked file.
    fn part(&self, id: &str) -> Option<Result<String, String>> {
        let (target, external) = self.by_id.get(id)?;
        if *external {
            return Some(Err(target.clone()));
        }
        let mut path: Vec<&str> = if target.starts_with('/') { Vec::new() } else { vec!["word"] };
        for piece in target.split('/') {
            match piece {
                "" | "." => {}
                ".." => {
                    path.pop();
                }
                piece => path.push(piece),
            }
        }
        Some(Ok(path.join("/")))
    }
}

/// Reads the body: paragraphs, and the paragraphs of tables in order.
struct BodyReader<'a, 'z, R: Read + Seek> {
    styles: &'a Styles,
    numbering: &'a Numbering,
    relationships: &'a Relationships,
    parts: Parts<'z, R>,
}

/// A complex field being read (`fldChar begin` … `separate` … `end`).
#[derive(Debug, Default)]
struct Field {
    instruction: String,
    /// Past `separate`: the result is being read.
    in_result: bool,
    /// The link the result is, for a `HYPERLINK` field.
    link: Option<(String, Vec<Inline>)>,
}

impl<R: Read + Seek> BodyReader<'_, '_, R> {
    fn blocks(&mut self, node: Node<'_, '_>, out: &mut Vec<Paragraph>) -> Result<(), Problem> {
        for element in node.children().filter(Node::is_element) {
            match element.tag_name().name() {
                "p" => out.push(self.paragraph(element)?),
                // Tables, their rows and cells, content controls, tracked insertions.
                "tbl" | "tr" | "tc" | "sdt" | "sdtContent" | "ins" | "moveTo" | "customXml" => {
                    self.blocks(element, out)?;
                }
                _ => {}
            }
        }
        Ok(())
    }

    fn paragraph(&mut self, node: Node<'_, '_>) -> Result<Paragraph, Problem> {
        let properties = child(node, "pPr");
        let style_id = properties
            .and_then(|p| child(p, "pStyle"))
            .and_then(|s| attr(s, "val"))
            .map(str::to_string)
            .or_else(|| self.styles.default_paragraph.clone())
            .unwrap_or_default();
        let role = self.styles.role(&style_id);
        let numbering = properties
            .and_then(|p| child(p, "numPr"))
            .and_then(numbering_of)
            .or_else(|| self.styles.numbering(&style_id));
        let list = numbering.as_ref().and_then(|n| self.numbering.mark(n));
        let right_aligned = properties
            .and_then(|p| child(p, "jc"))
            .and_then(|j| attr(j, "val"))
            .is_some_and(|v| v == "right" || v == "end");
        let base = self.styles.emphasis(&style_id);
        let mut inlines = Vec::new();
        let mut fields = Vec::new();
        self.inlines(node, base, &mut inlines, &mut fields)?;
        // A field left open at the paragraph's end: keep what it showed.
        while let Some(field) = fields.pop() {
            if let Some((_, shown)) = field.link {
                inlines.extend(shown);
            }
        }
        Ok(Paragraph { role, style: self.styles.name(&style_id), list, right_aligned, inlines })
    }

    /// The runs, links and pictures under `node`, into `out`.
    fn inlines(
        &mut self,
        node: Node<'_, '_>,
        base: Emphasis,
        out: &mut Vec<Inline>,
        fields: &mut Vec<Field>,
    ) -> Result<(), Problem> {
        for element in node.children().filter(Node::is_element) {
            match element.tag_name().name() {
                "r" => self.run(element, base, out, fields)?,
                "hyperlink" => {
                    let mut inner = Vec::new();
                    self.inlines(element, base, &mut inner, fields)?;
                    match relationship_attr(element, "id").and_then(|id| self.relationships.url(id)) {
                        Some(url) => push(out, fields, Inline::Link { url: url.to_string(), inlines: inner }),
                        None => inner.into_iter().for_each(|inline| push(out, fields, inline)),
                    }
                }
                "fldSimple" => {
                    let mut inner = Vec::new();
                    self.inlines(element, base, &mut inner, fields)?;
                    match attr(element, "instr").and_then(hyperlink_target) {
                        Some(url) => push(out, fields, Inline::Link { url, inlines: inner }),
                        None => inner.into_iter().for_each(|inline| push(out, fields, inline)),
                    }
                }
                "ins" | "moveTo" | "smartTag" | "sdt" | "sdtContent" | "customXml" | "bdo" | "dir" => {
                    self.inlines(element, base, out, fields)?;
                }
                _ => {}
            }
        }
        Ok(())
    }

    fn run(
        &mut self,
        run: Node<'_, '_>,
        base: Emphasis,
        out: &mut Vec<Inline>,
        fields: &mut Vec<Field>,
    ) -> Result<(), Problem> {
        let properties = child(run, "rPr");
        let character_style = properties.and_then(|p| child(p, "rStyle")).and_then(|s| attr(s, "val"));
        let emphasis = Emphasis::of(properties)
            .over(character_style.map(|id| self.styles.emphasis(id)).unwrap_or_default())
            .over(base);
        let (bold, italic) = (emphasis.bold.unwrap_or(false), emphasis.italic.unwrap_or(false));
        for element in run.children().filter(Node::is_element) {
            let field_code = fields.last().is_some_and(|f| !f.in_result);
            match element.tag_name().name() {
                "t" if !field_code => {
                    let text = element.text().unwrap_or("").to_string();
                    push(out, fields, Inline::Text { text, bold, italic });
                }
                "instrText" => {
                    if let Some(field) = fields.last_mut() {
                        field.instruction.push_str(element.text().unwrap_or(""));
                    }
                }
                "fldChar" => match attr(element, "fldCharType") {
                    Some("begin") => fields.push(Field::default()),
                    Some("separate") => {
                        if let Some(field) = fields.last_mut() {
                            field.in_result = true;
                            field.link = hyperlink_target(&field.instruction).map(|url| (url, Vec::new()));
                        }
                    }
                    Some("end") => {
                        if let Some(field) = fields.pop()
                            && let Some((url, inlines)) = field.link
                        {
                            push(out, fields, Inline::Link { url, inlines });
                        }
                    }
                    _ => {}
                },
                "tab" | "ptab" if !field_code => push(out, fields, Inline::Tab),
                // A page or column break ends nothing in a booklet's text.
                "br" if !field_code && attr(element, "type").is_none_or(|t| t == "textWrapping") => {
                    push(out, fields, Inline::Break);
                }
                "cr" if !field_code => push(out, fields, Inline::Break),
                "noBreakHyphen" if !field_code => {
                    push(out, fields, Inline::Text { text: "-".to_string(), bold, italic });
                }
                "drawing" | "pict" | "object" | "AlternateContent" if !field_code => {
                    for picture in self.pictures(element)? {
                        push(out, fields, Inline::Picture(picture));
                    }
                }
                _ => {}
            }
        }
        Ok(())
    }

    /// The pictures of a `w:drawing` or `w:pict` (and of the first choice of an alternate
    /// content, whose fallback shows the same again).
    fn pictures(&mut self, node: Node<'_, '_>) -> Result<Vec<Picture>, Problem> {
        let mut found = Vec::new();
        let mut stack = vec![node];
        while let Some(node) = stack.pop() {
            match node.tag_name().name() {
                "Fallback" | "txbxContent" => continue,
                "AlternateContent" => {
                    if let Some(choice) = child(node, "Choice") {
                        stack.push(choice);
                    }
                    continue;
                }
                "blip" | "imagedata" => {
                    let id = relationship_attr(node, "embed")
                        .or_else(|| relationship_attr(node, "id"))
                        .or_else(|| relationship_attr(node, "link"));
                    if let Some(id) = id {
                        let doc_pr = node.ancestors().find_map(|a| child(a, "docPr"));
                        let name =
                            doc_pr.and_then(|d| attr(d, "name")).or_else(|| attr(node, "title")).map(str::to_string);
                        let alt = picture_alt(node, doc_pr);
                        let picture = match self.relationships.part(id) {
                            Some(Ok(part)) => Picture { content: self.parts.picture(&part)?, part, name, alt },
                            Some(Err(address)) => {
                                Picture { part: address.clone(), content: PictureContent::Linked(address), name, alt }
                            }
                            None => Picture { part: id.to_string(), content: PictureContent::Missing, name, alt },
                        };
                        found.push(picture);
                    }
                }
                _ => {}
            }
            // Children in document order: pushed last first.
            let children: Vec<Node<'_, '_>> = node.children().filter(Node::is_element).collect();
            stack.extend(children.into_iter().rev());
        }
        Ok(found)
    }
}

/// Adds an inline to the link of the field being read, if any, else to `out`.
fn push(out: &mut Vec<Inline>, fields: &mut [Field], inline: Inline) {
    match fields.iter_mut().rev().find_map(|f| f.link.as_mut()) {
        Some((_, shown)) => shown.push(inline),
        None => out.push(inline),
    }
}

/// The address of a `HYPERLINK "https://…"` field instruction (not of a link within the
/// document, `HYPERLINK \l "bookmark"`).
fn hyperlink_target(instruction: &str) -> Option<String> {
    let rest = instruction.trim().strip_prefix("HYPERLINK")?.trim();
    if rest.starts_with("\\l") {
        return None;
    }
    let url = match rest.strip_prefix('"') {
        Some(quoted) => quoted.split('"').next()?,
        None => rest.split_whitespace().next()?,
    };
    (!url.is_empty()).then(|| url.to_string())
}

/// A picture's alternative text: Word's `descr` of `wp:docPr` (DrawingML) or the `alt` of the
/// VML shape around `v:imagedata`; `""` when Word marks the picture decorative.
fn picture_alt(image: Node<'_, '_>, doc_pr: Option<Node<'_, '_>>) -> Option<String> {
    if let Some(doc_pr) = doc_pr {
        let decorative = doc_pr
            .descendants()
            .any(|n| n.tag_name().name() == "decorative" && attr(n, "val").is_some_and(|v| v == "1" || v == "true"));
        if decorative {
            return Some(String::new());
        }
        return attr(doc_pr, "descr")
            .map(|d| d.split_whitespace().collect::<Vec<_>>().join(" "))
            .filter(|d| !d.is_empty());
    }
    image
        .ancestors()
        .find(|a| a.tag_name().name() == "shape")
        .and_then(|shape| attr(shape, "alt"))
        .map(|d| d.split_whitespace().collect::<Vec<_>>().join(" "))
        .filter(|d| !d.is_empty())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn style_names_give_roles_whatever_the_ids() {
        assert_eq!(role_of_name("heading 1"), Some(Role::Heading(1)));
        assert_eq!(role_of_name("Heading2"), Some(Role::Heading(2)));
        assert_eq!(role_of_name("Title"), Some(Role::Title));
        assert_eq!(role_of_name("Quotations"), Some(Role::Quote));
        assert_eq!(role_of_name("heading 10"), None);
        assert_eq!(role_of_name("Normal"), None);
    }

    #[test]
    fn hyperlink_fields_give_their_address() {
        assert_eq!(hyperlink_target(" HYPERLINK \"https://eotinish.kz\" "), Some("https://eotinish.kz".to_string()));
        assert_eq!(hyperlink_target("HYPERLINK https://egov.kz \\o \"tip\""), Some("https://egov.kz".to_string()));
        assert_eq!(hyperlink_target("HYPERLINK \\l \"_Toc1\""), None);
        assert_eq!(hyperlink_target("PAGE"), None);
    }

    /// A `.docx` of the given parts, stored.
    fn zipped(parts: &[(&str, &str)]) -> Document {
        let mut zip = zip::ZipWriter::new(io::Cursor::new(Vec::new()));
        let stored = zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Stored);
        for (name, text) in parts {
            zip.start_file(*name, stored).unwrap();
            std::io::Write::write_all(&mut zip, text.as_bytes()).unwrap();
        }
        read_from(&mut zip.finish().unwrap()).unwrap()
    }

    const W: &str = r#"xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main""#;

    #[test]
    fn what_word_writes_around_the_text_is_read_as_word_means_it() {
        let document = format!(
            r#"<w:document {W}><w:body><w:p>
<w:r><w:t xml:space="preserve">Kept </w:t></w:r>
<w:del><w:r><w:delText>deleted </w:delText></w:r></w:del>
<w:ins><w:r><w:t xml:space="preserve">inserted </w:t></w:r></w:ins>
<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> HYPERLINK "https://eotinish.kz" </w:instrText></w:r>
<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:rPr><w:i/></w:rPr><w:t>portal</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>
<w:r><w:tab/><w:t>a</w:t><w:br/><w:t>b</w:t><w:br w:type="page"/></w:r>
<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><a:blip r:embed="rId1"/></w:drawing></mc:Choice><mc:Fallback><w:pict><a:blip r:embed="rId1"/></w:pict></mc:Fallback></mc:AlternateContent></w:r>
</w:p>
<w:tbl><w:tr><w:tc><w:p><w:pPr><w:pStyle w:val="x"/><w:numPr><w:ilvl w:val="1"/><w:numId w:val="7"/></w:numPr></w:pPr><w:r><w:t xml:space="preserve">in a </w:t></w:r><w:r><w:rPr><w:b w:val="false"/></w:rPr><w:t>table</w:t></w:r></w:p></w:tc></w:tr></w:tbl>
</w:body></w:document>"#
        );
        let styles = format!(
            r#"<w:styles {W}><w:style w:type="paragraph" w:styleId="x"><w:name w:val="Мой стиль"/><w:pPr><w:outlineLvl w:val="1"/></w:pPr><w:rPr><w:b/></w:rPr></w:style></w:styles>"#
        );
        let numbering = format!(
            r#"<w:numbering {W}><w:abstractNum w:abstractNumId="3"><w:lvl w:ilvl="1"><w:numFmt w:val="lowerLetter"/></w:lvl></w:abstractNum><w:num w:numId="7"><w:abstractNumId w:val="3"/></w:num></w:numbering>"#
        );
        let rels = r#"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="image" Target="media/a.png"/></Relationships>"#;
        let read = zipped(&[
            ("word/document.xml", &document),
            ("word/styles.xml", &styles),
            ("word/numbering.xml", &numbering),
            ("word/_rels/document.xml.rels", rels),
            ("word/media/a.png", "png bytes"),
        ]);
        let [first, second] = &read.paragraphs[..] else { panic!("{:?}", read.paragraphs) };
        assert_eq!(first.plain_text(), "Kept inserted portal a\nb");
        assert!(first.inlines.contains(&Inline::Link {
            url: "https://eotinish.kz".to_string(),
            inlines: vec![Inline::Text { text: "portal".to_string(), bold: false, italic: true }],
        }));
        // The picture of an alternate content, once: its fallback shows it again.
        assert_eq!(first.pictures().len(), 1);
        assert_eq!(first.pictures()[0].part, "word/media/a.png");
        assert_eq!(first.pictures()[0].content, PictureContent::Embedded(b"png bytes".to_vec()));
        // Bold from the paragraph's style, unless the run says otherwise.
        assert_eq!(
            second.inlines,
            [
                Inline::Text { text: "in a ".to_string(), bold: true, italic: false },
                Inline::Text { text: "table".to_string(), bold: false, italic: false },
            ]
        );
        assert_eq!(second.role, Role::Heading(2));
        assert_eq!(second.list, Some(ListMark { ordered: true, level: 1 }));
    }

    #[test]
    fn a_picture_s_alt_text_is_read_from_word_s_description_and_decorative_ones_are_marked() {
        let wp = r#"xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" xmlns:v="urn:schemas-microsoft-com:vml" xmlns:adec="http://schemas.microsoft.com/office/drawing/2017/decorative""#;
        let drawing = |doc_pr: &str| {
            format!("<w:r><w:drawing><wp:inline>{doc_pr}<a:blip r:embed=\"rId1\"/></wp:inline></w:drawing></w:r>")
        };
        let document = format!(
            r#"<w:document {W} {wp}><w:body>
<w:p>{}</w:p>
<w:p>{}</w:p>
<w:p>{}</w:p>
<w:p><w:r><w:pict><v:shape alt="A ramp to the door"><v:imagedata r:id="rId1"/></v:shape></w:pict></w:r></w:p>
<w:p>{}</w:p>
</w:body></w:document>"#,
            drawing(
                r#"<wp:docPr id="1" name="Picture 1" descr="A doctor at  the
door"/>"#
            ),
            drawing(r#"<wp:docPr id="2" name="Picture 2" descr=""/>"#),
            drawing(
                r#"<wp:docPr id="3" name="Picture 3"><a:extLst><a:ext><adec:decorative val="1"/></a:ext></a:extLst></wp:docPr>"#
            ),
            drawing(
                r#"<wp:docPr id="4" name="Picture 4" descr="Not read: decorative"><a:extLst><a:ext><adec:decorative val="1"/></a:ext></a:extLst></wp:docPr>"#
            ),
        );
        let rels = r#"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="image" Target="media/a.png"/></Relationships>"#;
        let read = zipped(&[
            ("word/document.xml", &document),
            ("word/_rels/document.xml.rels", rels),
            ("word/media/a.png", "png bytes"),
        ]);
        let alts: Vec<Option<&str>> =
            read.paragraphs.iter().flat_map(|p| p.pictures()).map(|p| p.alt.as_deref()).collect();
        assert_eq!(alts, [Some("A doctor at the door"), None, Some(""), Some("A ramp to the door"), Some("")]);
    }

    #[test]
    fn a_part_is_unpacked_only_up_to_its_limit() {
        let mut zip = zip::ZipWriter::new(io::Cursor::new(Vec::new()));
        let stored = zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Stored);
        zip.start_file("word/document.xml", stored).unwrap();
        std::io::Write::write_all(&mut zip, &vec![b' '; 3 << 20]).unwrap();
        let mut archive = zip::ZipArchive::new(zip.finish().unwrap()).unwrap();
        let mut parts = Parts { zip: &mut archive };
        let Err(problem) = parts.read_optional("word/document.xml", 2 << 20) else { panic!("read past the limit") };
        let (message, hint) = problem.message();
        assert_eq!(message.render(crate::lang::Lang::En), "word/document.xml is 3 MB unpacked; at most 2 MB are read");
        assert_eq!(
            hint.render(crate::lang::Lang::En),
            "make the pictures in the document smaller (in Word: Picture Format ▸ Compress Pictures), then save it again"
        );
        assert!(parts.read_optional("word/document.xml", 4 << 20).unwrap().is_some());
    }

    #[test]
    fn files_that_are_not_word_documents_are_told_apart() {
        let read = |bytes: &[u8]| read_from(&mut io::Cursor::new(bytes.to_vec())).unwrap_err();
        assert!(matches!(read(b"%PDF-1.7\n"), Problem::Pdf));
        assert!(matches!(read(&[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0]), Problem::OldWord));
        assert!(matches!(read(b"{\\rtf1\\ansi"), Problem::Rtf));
        assert!(matches!(read(b"plain text"), Problem::NotZip));
        assert!(matches!(read(b""), Problem::NotZip));
        assert!(matches!(read(b"PK\x03\x04 broken"), Problem::DamagedZip));
    }
}
