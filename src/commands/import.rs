//! `kitapsha import ID --kk A.docx --ru B.docx`: a campaign from Word documents, one per
//! language.
//!
//! How a document maps to the campaign:
//! - the paragraph in the style Title is the cover's title (else the document's Title
//!   property), the one in Subtitle its subtitle; a picture before the first heading is the
//!   cover's picture;
//! - each Heading 1 starts a section, its title; the paragraphs under it are the section's text
//!   in kitapsha's Markdown: paragraphs, bold, italic, bulleted and numbered lists, links. A
//!   lower heading becomes a bold paragraph;
//! - the section's first picture is its `image` (a second one is a warning naming it), and the
//!   first paragraph in the style Caption after a picture its caption;
//! - paragraphs in the style Quote (Word) or Quotations (LibreOffice) make a `[[quote]]` after
//!   the section they stand in; consecutive ones are one quote. Its author, `who`, is its last
//!   line when that starts with a dash (— Name), as a new paragraph or after a line break, or a
//!   right-aligned paragraph right after the quote that starts with a dash.
//!
//! Sections and quotes pair by order between the languages. Nothing is written until the
//! campaign, pictures included, has loaded and typeset like any other: then the pictures go into
//! `images/` and `campaign.toml` is written, atomically, commented in the language of the
//! messages.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use crate::build;
use crate::campaign::{self, CAMPAIGN_FILE};
use crate::commands::outcome::Outcome;
use crate::diag::{Diagnostic, Diagnostics, SourceFile};
use crate::fsutil::{self, io_problem};
use crate::import::docx::{self, Inline, Paragraph, Picture, PictureContent, Role};
use crate::lang::Lang;
use crate::messages::Message;
use crate::msg;
use crate::project::{BOOKLETS_DIR, Project};
use crate::scaffold;

/// One Word document to import.
#[derive(Debug, Clone)]
pub struct WordDocument {
    pub lang: Lang,
    /// Where to read it.
    pub path: PathBuf,
    /// The path as the user typed it, for messages.
    pub shown: PathBuf,
}

#[derive(Debug, Clone)]
pub struct ImportOptions {
    /// The new campaign's id.
    pub id: String,
    /// The documents, one per language, Kazakh first.
    pub documents: Vec<WordDocument>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Imported {
    pub id: String,
    /// `booklets/<id>/campaign.toml`.
    pub file: PathBuf,
    pub sections: usize,
    pub quotes: usize,
    /// The pictures written into `images/`.
    pub pictures: usize,
}

/// Imports the documents into `booklets/<id>/`, its comments in `lang`.
pub fn import(project: &Project, options: &ImportOptions, lang: Lang) -> Outcome<Imported> {
    Outcome::of(|diagnostics| run(project, options, lang, diagnostics))
}

fn run(project: &Project, options: &ImportOptions, lang: Lang, diagnostics: &mut Diagnostics) -> Option<Imported> {
    let id = options.id.as_str();
    let folder_shown = Path::new(BOOKLETS_DIR).join(id);
    let file_shown = folder_shown.join(CAMPAIGN_FILE);
    if !scaffold::is_valid_id(id) {
        diagnostics.push(
            Diagnostic::file_error(&folder_shown, msg!("new-bad-id", id = id)).with_hint(msg!("new-bad-id-hint")),
        );
        return None;
    }
    let folder = project.root.join(&folder_shown);
    if folder.join(CAMPAIGN_FILE).exists() {
        diagnostics.push(Diagnostic::file_error(&file_shown, msg!("import-exists")).with_hint(msg!(
            "import-exists-hint",
            id = id,
            file = file_shown.display().to_string()
        )));
        return None;
    }
    let start = diagnostics.checkpoint();
    let mut books = Vec::new();
    for document in &options.documents {
        match docx::read(&document.path) {
            Ok(read) => {
                if let Some(book) = Book::of(&read, document, diagnostics) {
                    books.push(book);
                }
            }
            Err(problem) => {
                let (message, hint) = problem.message();
                diagnostics.push(Diagnostic::file_error(&document.shown, message).with_hint(hint));
            }
        }
    }
    if diagnostics.failed_since(start) || books.is_empty() {
        return None;
    }
    if !pair_up(&books, lang, diagnostics) {
        return None;
    }
    let pictures = choose_pictures(&books, &folder, diagnostics);
    for (book, section, picture) in pictures_without_alt(&books, &pictures) {
        diagnostics.push(
            Diagnostic::file_warning(
                &book.shown,
                msg!("import-picture-without-alt", picture = picture, section = section),
            )
            .with_hint(msg!("import-picture-without-alt-hint")),
        );
    }
    let text = campaign_toml(id, &books, &pictures, lang);

    // Loaded, checked and typeset from a folder beside the campaign's, with the pictures in it:
    // nothing goes into booklets/<id> before everything has passed.
    let staging = project.root.join(BOOKLETS_DIR).join(format!(".{id}.import-{}", std::process::id()));
    let exists_hint = msg!("import-exists-hint", id = id, file = file_shown.display().to_string());
    let result = stage_and_check(project, id, &staging, &file_shown, &text, &pictures, diagnostics).and_then(|()| {
        // Typesetting takes a moment: a campaign.toml written meanwhile is not replaced either.
        if folder.join(CAMPAIGN_FILE).exists() {
            diagnostics.push(Diagnostic::file_error(&file_shown, msg!("import-exists")).with_hint(exists_hint));
            return Err(());
        }
        commit(&staging, &folder, &text, &pictures).map_err(|error| {
            diagnostics
                .push(Diagnostic::file_error(&file_shown, msg!("import-cannot-write", reason = io_problem(&error))));
        })
    });
    let _ = std::fs::remove_dir_all(&staging);
    result.ok()?;
    // What the documents could not say: the district.
    let written = SourceFile::new(&file_shown, text.clone());
    if let Some(at) = text.find("district = ") {
        diagnostics.push(
            Diagnostic::warning(&written, at..at + "district".len(), msg!("import-district"))
                .with_hint(msg!("import-district-hint")),
        );
    }
    Some(Imported {
        id: id.to_string(),
        file: file_shown,
        sections: books[0].sections.len(),
        quotes: books[0].sections.iter().map(|s| s.quotes.len()).sum::<usize>() + books[0].front_quotes.len(),
        pictures: pictures.files.len(),
    })
}

/// Writes the pictures into `staging/images`, then loads and typesets the campaign from there.
fn stage_and_check(
    project: &Project,
    id: &str,
    staging: &Path,
    file_shown: &Path,
    text: &str,
    pictures: &Pictures,
    diagnostics: &mut Diagnostics,
) -> Result<(), ()> {
    for file in &pictures.files {
        if let Err(error) = fsutil::write_atomically(&staging.join(&file.name), &file.bytes) {
            diagnostics
                .push(Diagnostic::file_error(file_shown, msg!("import-cannot-write", reason = io_problem(&error))));
            return Err(());
        }
    }
    let real = staging.canonicalize().unwrap_or_else(|_| staging.to_path_buf());
    let source = SourceFile::new(file_shown, text.to_string());
    let start = diagnostics.checkpoint();
    let loaded = campaign::load_text(id, &real, &source, diagnostics).ok_or(())?;
    build::typeset(project, &loaded, diagnostics).ok_or(())?;
    if diagnostics.failed_since(start) { Err(()) } else { Ok(()) }
}

/// Moves the staged pictures into the campaign folder and writes `campaign.toml`, last.
fn commit(staging: &Path, folder: &Path, text: &str, pictures: &Pictures) -> std::io::Result<()> {
    if !folder.exists() && !pictures.files.is_empty() {
        std::fs::create_dir_all(folder.parent().unwrap_or(folder))?;
        std::fs::rename(staging, folder)?;
    } else {
        for file in &pictures.files {
            let target = folder.join(&file.name);
            // A file of the same bytes is already there: it stays.
            if std::fs::read(&target).is_ok_and(|bytes| bytes == file.bytes) {
                continue;
            }
            std::fs::create_dir_all(target.parent().unwrap_or(folder))?;
            std::fs::rename(staging.join(&file.name), &target)?;
        }
    }
    fsutil::write_atomically(&folder.join(CAMPAIGN_FILE), text.as_bytes())
}

/// A document as the campaign needs it: its cover, and its sections with their quotes.
#[derive(Debug)]
struct Book {
    lang: Lang,
    shown: PathBuf,
    title: String,
    subtitle: Option<String>,
    cover_picture: Option<Usable>,
    /// Quotes before the first heading.
    front_quotes: Vec<QuoteText>,
    sections: Vec<SectionText>,
}

#[derive(Debug, Default)]
struct SectionText {
    title: String,
    /// Markdown.
    text: String,
    picture: Option<Usable>,
    caption: Option<String>,
    /// The quotes that stand in the section, printed after it.
    quotes: Vec<QuoteText>,
}

#[derive(Debug, Clone)]
struct QuoteText {
    text: String,
    who: Option<String>,
}

impl Book {
    fn of(document: &docx::Document, source: &WordDocument, diagnostics: &mut Diagnostics) -> Option<Book> {
        let shown = &source.shown;
        let mut title = None;
        let mut subtitle = None;
        let mut cover_picture: Option<Usable> = None;
        let mut front_quotes = Vec::new();
        let mut sections: Vec<SectionText> = Vec::new();
        let mut body: Vec<&Paragraph> = Vec::new();
        let mut left_out: Vec<String> = Vec::new();
        let mut awaiting_caption = false;
        let paragraphs = &document.paragraphs;
        let mut index = 0;
        while index < paragraphs.len() {
            let paragraph = &paragraphs[index];
            index += 1;
            let text = paragraph.plain_text().trim().to_string();
            for picture in paragraph.pictures() {
                // A picture that cannot be used is said so, and takes no section's place.
                let Some(usable) = usable(shown, picture, diagnostics) else { continue };
                let place = sections.len();
                let slot = match sections.last_mut() {
                    Some(section) => &mut section.picture,
                    None => &mut cover_picture,
                };
                if slot.is_none() {
                    *slot = Some(usable);
                    awaiting_caption = true;
                } else {
                    diagnostics.push(
                        Diagnostic::file_warning(
                            shown,
                            msg!("import-second-picture", picture = &usable.name, section = place),
                        )
                        .with_hint(msg!("import-second-picture-hint")),
                    );
                }
            }
            match paragraph.role {
                Role::Title if title.is_none() && !text.is_empty() => title = Some(one_line(&text)),
                Role::Subtitle if subtitle.is_none() && !text.is_empty() => subtitle = Some(one_line(&text)),
                Role::Heading(1) if !text.is_empty() => {
                    if let Some(section) = sections.last_mut() {
                        section.text = markdown(&body);
                    } else if let Some(first) = body.iter().map(|p| p.plain_text()).find(|t| !t.trim().is_empty()) {
                        left_out.push(first);
                    }
                    body.clear();
                    awaiting_caption = false;
                    sections.push(SectionText { title: one_line(&text), ..SectionText::default() });
                }
                Role::Quote if !text.is_empty() => {
                    let mut lines: Vec<String> = Vec::new();
                    let mut quote = vec![paragraph];
                    while let Some(next) = paragraphs.get(index).filter(|p| p.role == Role::Quote) {
                        quote.push(next);
                        index += 1;
                    }
                    for p in quote {
                        lines.extend(p.plain_text().lines().map(|l| l.trim().to_string()).filter(|l| !l.is_empty()));
                    }
                    let mut who = None;
                    if lines.len() > 1 && lines.last().is_some_and(|l| dash_stripped(l).is_some()) {
                        who = lines.pop().and_then(|l| dash_stripped(&l));
                    } else if let Some(next) = paragraphs.get(index)
                        && next.right_aligned
                        && let Some(name) = dash_stripped(next.plain_text().trim())
                    {
                        who = Some(name);
                        index += 1;
                    }
                    let quote = QuoteText { text: lines.join("\n"), who };
                    match sections.last_mut() {
                        Some(section) => section.quotes.push(quote),
                        None => front_quotes.push(quote),
                    }
                }
                Role::Caption if awaiting_caption && !text.is_empty() => {
                    awaiting_caption = false;
                    let caption = Some(one_line(&text));
                    match sections.last_mut() {
                        Some(section) => section.caption = caption,
                        // The cover has no caption: the words stay in the text.
                        None => body.push(paragraph),
                    }
                }
                _ if paragraph.pictures().is_empty() || !text.is_empty() => body.push(paragraph),
                _ => {}
            }
        }
        if let Some(section) = sections.last_mut() {
            section.text = markdown(&body);
        }
        let start = diagnostics.checkpoint();
        if let Some(first) = left_out.first() {
            diagnostics.push(
                Diagnostic::file_warning(shown, msg!("import-text-before-heading", start = excerpt(first)))
                    .with_hint(msg!("import-text-before-heading-hint")),
            );
        }
        let title = title.or_else(|| document.title_property.clone());
        if title.is_none() {
            diagnostics
                .push(Diagnostic::file_error(shown, msg!("import-no-title")).with_hint(msg!("import-no-title-hint")));
        }
        if sections.is_empty() {
            diagnostics.push(
                Diagnostic::file_error(shown, msg!("import-no-headings")).with_hint(msg!("import-no-headings-hint")),
            );
        }
        for (number, section) in sections.iter().enumerate() {
            if section.text.trim().is_empty() {
                diagnostics.push(
                    Diagnostic::file_error(
                        shown,
                        msg!("import-section-empty", number = number + 1, title = &section.title),
                    )
                    .with_hint(msg!("import-section-empty-hint")),
                );
            }
        }
        if diagnostics.failed_since(start) {
            return None;
        }
        Some(Book {
            lang: source.lang,
            shown: shown.clone(),
            title: title?,
            subtitle,
            cover_picture,
            front_quotes,
            sections,
        })
    }

    /// The outline: each heading numbered, each quote after the heading it stands under.
    fn outline(&self, lang: Lang) -> Vec<String> {
        let quote =
            |q: &QuoteText| format!("   {}", msg!("import-outline-quote", start = excerpt(&q.text)).render(lang));
        let mut lines: Vec<String> = self.front_quotes.iter().map(quote).collect();
        for (number, section) in self.sections.iter().enumerate() {
            lines.push(format!("{:>2}. {}", number + 1, excerpt(&section.title)));
            lines.extend(section.quotes.iter().map(quote));
        }
        lines
    }

    /// The shape that must be the same in each language: quotes before the first heading, and
    /// the quotes of each section.
    fn shape(&self) -> (usize, Vec<usize>) {
        (self.front_quotes.len(), self.sections.iter().map(|s| s.quotes.len()).collect())
    }
}

/// The line after a leading dash (`— Name`, `– Name`, `- Name`), when there is one.
fn dash_stripped(line: &str) -> Option<String> {
    let rest = line.strip_prefix(['—', '–', '-', '―'])?.trim();
    (!rest.is_empty()).then(|| rest.to_string())
}

fn one_line(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The first words of a text, for a message.
fn excerpt(text: &str) -> String {
    let text = one_line(text);
    if text.chars().count() <= 40 {
        text
    } else {
        format!("{}…", text.chars().take(39).collect::<String>().trim_end())
    }
}

/// A picture as a message names it: the name Word shows for it, and its file in the document,
/// `Picture 3 (image3.png)`.
fn picture_name(picture: &Picture) -> String {
    let file = picture.part.rsplit('/').next().unwrap_or(&picture.part);
    match picture.name.as_deref().map(str::trim).filter(|name| !name.is_empty() && *name != file) {
        Some(name) => format!("{name} ({file})"),
        None => file.to_string(),
    }
}

/// Checks that the documents have the same sections and quotes; when not, an error that shows
/// both outlines side by side.
fn pair_up(books: &[Book], lang: Lang, diagnostics: &mut Diagnostics) -> bool {
    let Some((first, rest)) = books.split_first() else { return true };
    let mut paired = true;
    for other in rest {
        if other.shape() == first.shape() {
            continue;
        }
        paired = false;
        let table = side_by_side(&first.shown, &first.outline(lang), &other.shown, &other.outline(lang));
        diagnostics.push(
            Diagnostic::file_error(
                &other.shown,
                msg!(
                    "import-outlines-differ",
                    first = first.shown.display().to_string(),
                    first_headings = first.sections.len(),
                    second = other.shown.display().to_string(),
                    second_headings = other.sections.len(),
                    outline = table
                ),
            )
            .with_hint(msg!("import-outlines-differ-hint")),
        );
    }
    paired
}

/// Two outlines in two columns, under their files' names; a missing line is a dash.
fn side_by_side(left_name: &Path, left: &[String], right_name: &Path, right: &[String]) -> String {
    let left_name = left_name.display().to_string();
    let width = left.iter().chain(std::iter::once(&left_name)).map(|l| l.chars().count()).max().unwrap_or(0) + 4;
    let pad = |text: &str| format!("{text}{}", " ".repeat(width - text.chars().count()));
    let mut out = format!("    {}{}", pad(&left_name), right_name.display());
    for row in 0..left.len().max(right.len()) {
        let l = left.get(row).map_or(" —", String::as_str);
        let r = right.get(row).map_or(" —", String::as_str);
        out.push_str(&format!("\n    {}{r}", pad(l)));
    }
    out
}

/// The section text of body paragraphs in kitapsha's Markdown.
fn markdown(paragraphs: &[&Paragraph]) -> String {
    let mut blocks: Vec<String> = Vec::new();
    let mut list: Vec<String> = Vec::new();
    let mut number = 0;
    let mut ordered_list = None;
    for paragraph in paragraphs {
        let text = inlines(&paragraph.inlines);
        let text = text.trim();
        if text.is_empty() {
            continue;
        }
        // A heading numbered by its style is a heading still.
        if let Some(mark) = paragraph.list.filter(|_| matches!(paragraph.role, Role::Body | Role::Caption)) {
            if ordered_list.is_some_and(|ordered| ordered != mark.ordered) {
                blocks.push(list.join("\n"));
                list.clear();
                number = 0;
            }
            ordered_list = Some(mark.ordered);
            number += 1;
            // Nested levels are flattened: the booklet's lists have one level.
            let text = text.replace("\\\n", " ").replace('\n', " ");
            list.push(if mark.ordered { format!("{number}. {text}") } else { format!("- {text}") });
            continue;
        }
        if !list.is_empty() {
            blocks.push(list.join("\n"));
            list.clear();
            number = 0;
            ordered_list = None;
        }
        let text = match paragraph.role {
            Role::Heading(_) | Role::Title | Role::Subtitle => format!("**{}**", text.trim_matches('*')),
            _ => escape_line_start(text),
        };
        blocks.push(text);
    }
    if !list.is_empty() {
        blocks.push(list.join("\n"));
    }
    blocks.join("\n\n")
}

/// A paragraph that would start a list, heading or quote in Markdown starts with `\`.
fn escape_line_start(text: &str) -> String {
    let starts_block = text.starts_with("- ")
        || text.starts_with("+ ")
        || text.starts_with('#')
        || text.starts_with('>')
        || text.split_once(['.', ')']).is_some_and(|(n, rest)| {
            !n.is_empty() && n.len() <= 9 && n.chars().all(|c| c.is_ascii_digit()) && rest.starts_with(' ')
        });
    if !starts_block {
        return text.to_string();
    }
    match text.find(['.', ')']) {
        Some(at) if text.as_bytes()[0].is_ascii_digit() => format!("{}\\{}", &text[..at], &text[at..]),
        _ => format!("\\{text}"),
    }
}

/// Inlines as Markdown: runs of the same emphasis joined, the emphasis marks inside any
/// spaces at their ends, line breaks as hard breaks.
fn inlines(items: &[Inline]) -> String {
    let mut out = String::new();
    let mut run = String::new();
    let mut emphasis = (false, false);
    let flush = |out: &mut String, run: &mut String, (bold, italic): (bool, bool)| {
        let mark = match (bold, italic) {
            (true, true) => "***",
            (true, false) => "**",
            (false, true) => "*",
            (false, false) => "",
        };
        let core = run.trim();
        if mark.is_empty() || core.is_empty() {
            out.push_str(run);
        } else {
            let leading = &run[..run.len() - run.trim_start().len()];
            let trailing = &run[run.trim_end().len()..];
            out.push_str(&format!("{leading}{mark}{core}{mark}{trailing}"));
        }
        run.clear();
    };
    for item in items {
        match item {
            Inline::Text { text, bold, italic } => {
                if (*bold, *italic) != emphasis {
                    flush(&mut out, &mut run, emphasis);
                    emphasis = (*bold, *italic);
                }
                run.push_str(&escape(text));
            }
            Inline::Tab => run.push(' '),
            Inline::Break => {
                flush(&mut out, &mut run, emphasis);
                out.push_str("\\\n");
            }
            Inline::Link { url, inlines: children } => {
                flush(&mut out, &mut run, emphasis);
                let label = inlines(children);
                let label = label.trim();
                if label.is_empty() {
                    continue;
                }
                if url.starts_with("http://") || url.starts_with("https://") || url.starts_with("mailto:") {
                    let target = if url.contains([' ', '(', ')', '<', '>']) {
                        url.replace(' ', "%20")
                            .replace('(', "%28")
                            .replace(')', "%29")
                            .replace('<', "%3C")
                            .replace('>', "%3E")
                    } else {
                        url.clone()
                    };
                    out.push_str(&format!("[{label}]({target})"));
                } else {
                    out.push_str(label);
                }
            }
            Inline::Picture(_) => {}
        }
    }
    flush(&mut out, &mut run, emphasis);
    // A break at the very end means nothing.
    while let Some(stripped) = out.trim_end().strip_suffix('\\') {
        out = stripped.to_string();
    }
    out
}

/// Word's text with Markdown's marks escaped, so that it prints as typed.
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if matches!(c, '\\' | '*' | '_' | '[' | ']' | '`' | '<' | '>' | '&') {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

/// The pictures the campaign places, as files to write.
#[derive(Debug, Default)]
struct Pictures {
    cover: Option<String>,
    /// Per section, the file name in the campaign folder (`images/section-1.png`).
    sections: BTreeMap<usize, String>,
    files: Vec<PictureFile>,
}

#[derive(Debug)]
struct PictureFile {
    /// Relative to the campaign folder.
    name: String,
    bytes: Vec<u8>,
}

/// The cover's and each section's picture: the first language's, or the next one's when it
/// has none. Each is written as `images/cover.<ext>` or `images/section-<n>.<ext>`, under a
/// new name when a different file has that name already.
fn choose_pictures(books: &[Book], folder: &Path, diagnostics: &mut Diagnostics) -> Pictures {
    let mut pictures = Pictures::default();
    // The cover (no section number), then each section, with the pictures each language has.
    type Slot<'a> = (Option<usize>, Vec<(&'a Book, &'a Usable)>);
    let mut slots: Vec<Slot<'_>> =
        vec![(None, books.iter().filter_map(|b| b.cover_picture.as_ref().map(|p| (b, p))).collect())];
    for index in 0..books[0].sections.len() {
        let found = books.iter().filter_map(|b| b.sections[index].picture.as_ref().map(|p| (b, p))).collect();
        slots.push((Some(index), found));
    }
    for (section, found) in slots {
        let Some(&(book, used)) = found.first() else { continue };
        for &(other, picture) in &found[1..] {
            if picture.bytes != used.bytes {
                diagnostics.push(
                    Diagnostic::file_warning(
                        &other.shown,
                        msg!(
                            "import-pictures-differ",
                            picture = &picture.name,
                            section = section.map_or(0, |i| i + 1),
                            used = book.shown.display().to_string()
                        ),
                    )
                    .with_hint(msg!("import-pictures-differ-hint")),
                );
            }
        }
        let stem = section.map_or_else(|| "cover".to_string(), |i| format!("section-{}", i + 1));
        let name = free_name(folder, &stem, used.extension, &used.bytes);
        match section {
            None => pictures.cover = Some(name.clone()),
            Some(index) => {
                pictures.sections.insert(index, name.clone());
            }
        }
        pictures.files.push(PictureFile { name, bytes: used.bytes.clone() });
    }
    pictures
}

/// A picture that a booklet can place.
#[derive(Debug)]
struct Usable {
    /// Its name in the document, for messages (`image1.png`).
    name: String,
    bytes: Vec<u8>,
    extension: &'static str,
    /// Its alternative text in the document, `""` for a decorative picture.
    alt: Option<String>,
}

/// The picture, if a booklet can place it, or a warning saying why it is left out.
fn usable(shown: &Path, picture: &Picture, diagnostics: &mut Diagnostics) -> Option<Usable> {
    let name = picture_name(picture);
    let (message, hint) = match &picture.content {
        PictureContent::Embedded(bytes) => match picture_format(bytes) {
            Some(extension) => {
                return Some(Usable { name, bytes: bytes.clone(), extension, alt: picture.alt.clone() });
            }
            None => (msg!("import-picture-format", picture = name), msg!("import-picture-format-hint")),
        },
        PictureContent::Linked(address) => {
            (msg!("import-picture-linked", picture = address), msg!("import-picture-linked-hint"))
        }
        PictureContent::TooLarge(bytes) => (
            msg!(
                "import-picture-too-large",
                picture = name,
                megabytes = bytes >> 20,
                limit = docx::MAX_PICTURE_BYTES >> 20
            ),
            msg!("image-save-again-hint"),
        ),
        PictureContent::Missing => (msg!("import-picture-missing", picture = name), msg!("docx-save-again-hint")),
    };
    diagnostics.push(Diagnostic::file_warning(shown, message).with_hint(hint));
    None
}

/// The file extension of a picture kitapsha can place, from its first bytes.
fn picture_format(bytes: &[u8]) -> Option<&'static str> {
    if bytes.starts_with(b"\x89PNG\r\n\x1a\n") {
        Some("png")
    } else if bytes.starts_with(&[0xFF, 0xD8, 0xFF]) {
        Some("jpg")
    } else if bytes.starts_with(b"GIF87a") || bytes.starts_with(b"GIF89a") {
        Some("gif")
    } else if bytes.len() > 12 && &bytes[..4] == b"RIFF" && &bytes[8..12] == b"WEBP" {
        Some("webp")
    } else {
        let head = String::from_utf8_lossy(&bytes[..bytes.len().min(512)]).to_lowercase();
        head.contains("<svg").then_some("svg")
    }
}

/// `images/<stem>.<ext>`, or `images/<stem>-2.<ext>` and so on when a different file is there.
fn free_name(folder: &Path, stem: &str, extension: &str, bytes: &[u8]) -> String {
    (1..)
        .map(|n| if n == 1 { format!("images/{stem}.{extension}") } else { format!("images/{stem}-{n}.{extension}") })
        .find(|name| {
            let path = folder.join(name);
            std::fs::symlink_metadata(&path).is_err() || std::fs::read(&path).is_ok_and(|existing| existing == bytes)
        })
        .expect("some name is free")
}

/// The campaign file: data from the documents, comments in `lang`.
fn campaign_toml(id: &str, books: &[Book], pictures: &Pictures, lang: Lang) -> String {
    let say = |message: Message| message.render(lang);
    let files: Vec<String> = books.iter().map(|b| b.shown.display().to_string()).collect();
    let mut out = String::new();
    for message in [
        msg!("import-toml-header", files = files.join(", "), id = id),
        msg!("import-toml-markdown"),
        msg!("import-toml-again"),
    ] {
        out.push_str(&comment(&say(message)));
    }
    let languages: Vec<Lang> = books.iter().map(|b| b.lang).collect();
    let per_lang = |value: &dyn Fn(&Book) -> String| -> String {
        let pairs: Vec<String> = books.iter().map(|b| format!("{} = {}", b.lang.code(), string(&value(b)))).collect();
        format!("{{ {} }}", pairs.join(", "))
    };
    out.push_str("\n[campaign]\n");
    out.push_str(&comment(&say(msg!("import-toml-district"))));
    out.push_str(&format!("district = {}\n", per_lang(&|b| district_placeholder(b.lang).to_string())));
    out.push_str(&format!("topic = {}\n", per_lang(&|b| b.title.clone())));
    let codes: Vec<String> = languages.iter().map(|l| format!("\"{}\"", l.code())).collect();
    out.push_str(&format!("languages = [{}]\n", codes.join(", ")));
    out.push_str("\n[booklet]\nformat = \"a5\"                        # a5 | a6 | a4-trifold\n");
    if languages.len() > 1 {
        out.push_str("bilingual = \"flip\"                   # flip | sequential | parallel\n");
    }
    out.push('\n');
    if let Some(image) = &pictures.cover {
        out.push_str(&format!("[cover]\nimage = {}\n", string(image)));
    }
    for book in books {
        out.push_str(&format!("[cover.{}]\ntitle = {}\n", book.lang.code(), string(&book.title)));
        if let Some(subtitle) = &book.subtitle {
            out.push_str(&format!("subtitle = {}\n", string(subtitle)));
        }
        if pictures.cover.is_some() {
            out.push_str(&alt_lines(book.cover_picture.as_ref(), false, &say));
        }
    }
    // Quotes pair by order: the n-th of each language together.
    let quotes = |out: &mut String, pick: &dyn Fn(&Book) -> &Vec<QuoteText>| {
        for index in 0..pick(&books[0]).len() {
            out.push_str("\n[[quote]]\n");
            for book in books {
                let quote = &pick(book)[index];
                out.push_str(&format!("[quote.{}]\ntext = {}\n", book.lang.code(), string_block(&quote.text)));
                if let Some(who) = &quote.who {
                    out.push_str(&format!("who = {}\n", string(who)));
                }
            }
        }
    };
    quotes(&mut out, &|b| &b.front_quotes);
    for index in 0..books[0].sections.len() {
        out.push_str("\n[[section]]\n");
        let has_image = pictures.sections.get(&index);
        if let Some(image) = has_image {
            out.push_str(&format!("image = {}\n", string(image)));
        }
        let captions = books.iter().filter(|b| b.sections[index].caption.is_some()).count();
        for book in books {
            let section = &book.sections[index];
            out.push_str(&format!("[section.{}]\ntitle = {}\n", book.lang.code(), string(&section.title)));
            if let Some(caption) = &section.caption {
                if has_image.is_some() && captions == books.len() {
                    out.push_str(&format!("caption = {}\n", string(caption)));
                } else {
                    out.push_str(&comment(&say(msg!("import-toml-caption-unused"))));
                    out.push_str(&format!("# caption = {}\n", string(caption)));
                }
            }
            if has_image.is_some() {
                out.push_str(&alt_lines(section.picture.as_ref(), captions == books.len(), &say));
            }
            out.push_str(&format!("text = {}\n", string_block(&section.text)));
        }
        quotes(&mut out, &|b| &b.sections[index].quotes);
    }
    out
}

/// The `alt` of a placed picture in one language: the document's alt text; none when the caption
/// is printed (screen readers read it, and `check` says so); else `alt = ""` for now, with a
/// comment saying what to write.
fn alt_lines(picture: Option<&Usable>, caption_printed: bool, say: &dyn Fn(Message) -> String) -> String {
    match picture.and_then(|p| p.alt.as_ref()) {
        Some(alt) => format!("alt = {}\n", string(alt)),
        None if caption_printed => String::new(),
        None => format!("{}alt = \"\"\n", comment(&say(msg!("import-toml-alt-missing")))),
    }
}

/// The pictures placed without alt text or a printed caption, for the warnings: (document,
/// section, picture), section 0 being the cover.
fn pictures_without_alt<'a>(books: &'a [Book], pictures: &Pictures) -> Vec<(&'a Book, usize, &'a str)> {
    let mut found = Vec::new();
    for book in books {
        if pictures.cover.is_some()
            && let Some(picture) = book.cover_picture.as_ref().filter(|p| p.alt.is_none())
        {
            found.push((book, 0, picture.name.as_str()));
        }
    }
    for index in pictures.sections.keys().copied() {
        let captions = books.iter().filter(|b| b.sections[index].caption.is_some()).count();
        if captions == books.len() {
            continue;
        }
        for book in books {
            if let Some(picture) = book.sections[index].picture.as_ref().filter(|p| p.alt.is_none()) {
                found.push((book, index + 1, picture.name.as_str()));
            }
        }
    }
    found
}

/// What `kitapsha new` writes for the district, until the user writes the real one.
fn district_placeholder(lang: Lang) -> &'static str {
    match lang {
        Lang::Kk => "Аудан атауы",
        Lang::Ru => "Название района",
        Lang::En => "District name",
    }
}

/// A text as TOML comment lines of at most 100 characters.
fn comment(text: &str) -> String {
    let mut out = String::new();
    let mut line = String::from("#");
    // A command in backquotes stays on one line.
    let mut words: Vec<String> = Vec::new();
    for word in text.split_whitespace() {
        match words.last_mut() {
            Some(open) if open.matches('`').count() % 2 == 1 => {
                open.push(' ');
                open.push_str(word);
            }
            _ => words.push(word.to_string()),
        }
    }
    for word in &words {
        if line.chars().count() + 1 + word.chars().count() > 100 && line != "#" {
            out.push_str(&line);
            out.push('\n');
            line = String::from("#");
        }
        line.push(' ');
        line.push_str(word);
    }
    out.push_str(&line);
    out.push('\n');
    out
}

/// A one-line TOML string.
fn string(text: &str) -> String {
    toml::Value::String(text.to_string()).to_string()
}

/// A TOML string for a text of several lines: `"""` with the text on lines of its own.
fn string_block(text: &str) -> String {
    if !text.contains('\n') {
        return string(text);
    }
    let mut out = String::from("\"\"\"\n");
    let chars: Vec<char> = text.chars().collect();
    for (i, &c) in chars.iter().enumerate() {
        match c {
            '\\' => out.push_str("\\\\"),
            // A quote next to another, or last, would end the string.
            '"' if chars.get(i + 1) == Some(&'"') || i + 1 == chars.len() => out.push_str("\\\""),
            '\n' | '\t' => out.push(c),
            c if c.is_control() => out.push_str(&format!("\\u{:04X}", c as u32)),
            c => out.push(c),
        }
    }
    out.push_str("\n\"\"\"");
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::import::docx::ListMark;

    fn text(text: &str, bold: bool, italic: bool) -> Inline {
        Inline::Text { text: text.to_string(), bold, italic }
    }

    fn paragraph(inlines: Vec<Inline>, list: Option<ListMark>) -> Paragraph {
        Paragraph { role: Role::Body, style: "Normal".to_string(), list, right_aligned: false, inlines }
    }

    #[test]
    fn runs_become_markdown_with_marks_inside_the_spaces() {
        let p = paragraph(
            vec![
                text("Өтініш ", false, false),
                text("міндетті ", true, false),
                text("түрде", false, true),
                text(" 5*3 [x] ", false, false),
                Inline::Link {
                    url: "https://eotinish.kz".to_string(), inlines: vec![text("портал", false, false)]
                },
                Inline::Break,
                text("келесі жол", false, false),
            ],
            None,
        );
        let written = markdown(&[&p]);
        assert_eq!(written, "Өтініш **міндетті** *түрде* 5\\*3 \\[x\\] [портал](https://eotinish.kz)\\\nкелесі жол");
        // Read back as a section's text, the marks typed in Word print as typed.
        let blocks = crate::campaign::markdown::parse(&written);
        let crate::campaign::markdown::Block::Paragraph { inlines } = &blocks[0] else { panic!("{blocks:?}") };
        assert_eq!(crate::campaign::markdown::plain_text(inlines), "Өтініш міндетті түрде 5*3 [x] портал келесі жол");
    }

    #[test]
    fn list_paragraphs_become_lists_and_numbered_ones_count() {
        let bullet = Some(ListMark { ordered: false, level: 0 });
        let number = Some(ListMark { ordered: true, level: 0 });
        let a = paragraph(vec![text("бір", false, false)], number);
        let b = paragraph(vec![text("екі", false, false)], number);
        let c = paragraph(vec![text("иә", false, false)], bullet);
        let d = paragraph(vec![text("1. Это не список", false, false)], None);
        assert_eq!(markdown(&[&a, &b, &c, &d]), "1. бір\n2. екі\n\n- иә\n\n1\\. Это не список");
    }

    #[test]
    fn a_text_block_survives_toml_whatever_it_holds() {
        for text in ["a\nb", "«a»\n\"b\"", "x\n\"\"\"", "tail\"\nend\"", "back\\slash\n\\", "tab\there\nnul\u{1}"] {
            let written = format!("text = {}\n", string_block(text));
            let table: toml::Table = written.parse().unwrap_or_else(|e| panic!("{written}: {e}"));
            // The closing quotes stand on a line of their own: the text ends with a newline,
            // which the campaign's check trims.
            assert_eq!(table["text"].as_str(), Some(format!("{text}\n").as_str()), "{written}");
        }
    }

    #[test]
    fn a_quote_author_is_a_line_after_a_dash() {
        assert_eq!(dash_stripped("— Айгуль, село Узынагаш"), Some("Айгуль, село Узынагаш".to_string()));
        assert_eq!(dash_stripped("– тұрғын"), Some("тұрғын".to_string()));
        assert_eq!(dash_stripped("—"), None);
        assert_eq!(dash_stripped("Слова жителя"), None);
    }

    #[test]
    fn outlines_stand_side_by_side_with_a_dash_for_what_is_missing() {
        let table = side_by_side(
            Path::new("kk.docx"),
            &[" 1. Бір".to_string(), " 2. Екі".to_string()],
            Path::new("ru.docx"),
            &[" 1. Один".to_string()],
        );
        assert_eq!(table, "    kk.docx    ru.docx\n     1. Бір     1. Один\n     2. Екі     —");
    }

    #[test]
    fn a_picture_over_the_limit_is_left_out_with_its_size() {
        let picture = Picture {
            part: "word/media/image1.png".to_string(),
            content: PictureContent::TooLarge(45 << 20),
            name: None,
            alt: None,
        };
        let mut diagnostics = Diagnostics::new();
        assert!(usable(Path::new("kk.docx"), &picture, &mut diagnostics).is_none());
        assert_eq!(
            diagnostics.iter().map(Diagnostic::headline).collect::<Vec<_>>(),
            ["kk.docx: warning: the picture image1.png is 45 MB; at most 40 MB can be used; it is left out"]
        );
    }

    #[test]
    fn comments_wrap_at_100_characters_and_keep_every_word() {
        for (message, english) in [
            (
                msg!("import-toml-header", files = "kk.docx, ru.docx", id = "uighur"),
                "Imported by `kitapsha import` from kk.docx, ru.docx. Build it with `kitapsha build uighur`; check it without building with `kitapsha check uighur`.",
            ),
            (
                msg!("import-toml-markdown"),
                "Every text exists once per language. Text between \"\"\" and \"\"\" may span several lines and use **bold**, *italic*, lists (\"- \" or \"1. \") and links [text](https://…).",
            ),
            (
                msg!("import-toml-again"),
                "From now on this file is the booklet's text: edit it here. Importing the Word documents again needs this file moved away first.",
            ),
            (
                msg!("import-toml-caption-unused"),
                "The caption of the picture in the Word document, left out: a caption is printed when the section has a picture and a caption in every language.",
            ),
            (
                msg!("import-toml-alt-missing"),
                "The picture has no alt text in the Word document: write what it shows, alt = \"…\"; alt = \"\" marks a picture that is only decoration.",
            ),
        ] {
            let text = message.render(Lang::En);
            assert_eq!(text, english);
            let wrapped = comment(&text);
            assert!(wrapped.lines().all(|line| line.starts_with("# ") && line.chars().count() <= 100), "{wrapped}");
            assert!(wrapped.lines().all(|line| line.matches('`').count() % 2 == 0), "a command cut in two:\n{wrapped}");
            assert_eq!(wrapped.lines().map(|line| &line[2..]).collect::<Vec<_>>().join(" "), text);
        }
    }

    #[test]
    fn pictures_are_known_by_their_bytes() {
        assert_eq!(picture_format(b"\x89PNG\r\n\x1a\n...."), Some("png"));
        assert_eq!(picture_format(&[0xFF, 0xD8, 0xFF, 0xE0]), Some("jpg"));
        assert_eq!(picture_format(b"<?xml version='1.0'?><svg/>"), Some("svg"));
        assert_eq!(picture_format(b"\x01\x00\x00\x00EMF"), None);
    }
}
