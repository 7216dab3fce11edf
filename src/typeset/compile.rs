//! One Typst compilation: a template, the files it may read, and diagnostics in kitapsha's form.

use std::path::Path;

use serde::Deserialize;
use typst::WorldExt;
use typst::diag::SourceDiagnostic;
use typst::foundations::{Bytes, Label, Selector};
use typst::introspection::Introspector;
use typst::utils::PicoStr;
use typst_layout::PagedDocument;

use crate::date::Date;
use crate::diag::Diagnostic;
use crate::lang::Lang;
use crate::msg;
use crate::typeset::crashes;
use crate::typeset::world::{self, DocumentWorld};

/// The label of the marks templates leave where their parts fall.
const MARK_LABEL: &str = "kitapsha-mark";

/// Everything one compilation reads: the main template and the files served beside it.
#[derive(Clone)]
pub struct Sources {
    pub template: &'static str,
    pub files: Vec<(String, Bytes)>,
}

impl Sources {
    /// Writes a self-contained Typst project into `dir`: `main.typ`, the shared templates and
    /// every data file and image, so that `typst compile --font-path fonts dir/main.typ` gives
    /// the same pages.
    pub fn write_to(&self, dir: &Path) -> std::io::Result<()> {
        let shared = world::SHARED_TEMPLATES.iter().map(|(path, text)| (path.to_string(), text.as_bytes()));
        let files = self.files.iter().map(|(path, bytes)| (path.clone(), bytes.as_slice()));
        for (path, bytes) in
            std::iter::once(("/main.typ".to_string(), self.template.as_bytes())).chain(shared).chain(files)
        {
            crate::fsutil::write_made(&dir.join(path.trim_start_matches('/')), bytes)?;
        }
        Ok(())
    }
}

/// Compiles `template` with `files`. Errors and warnings name `shown`, the user's file the
/// document comes from; Typst's warnings are errors too, since a template must compile cleanly.
pub fn compile(
    template: &str,
    files: Vec<(String, Bytes)>,
    today: Date,
    shown: &Path,
) -> Result<PagedDocument, Vec<Diagnostic>> {
    let world = DocumentWorld::new(template, files, today);
    let result = match crashes::caught(|| typst::compile::<PagedDocument>(&world)) {
        Ok(result) => result,
        Err(panic) => return Err(vec![crashed(shown, &panic)]),
    };
    let mut problems: Vec<Diagnostic> =
        result.warnings.iter().map(|warning| describe(&world, warning, shown)).collect();
    match result.output {
        Ok(document) if problems.is_empty() => Ok(document),
        Ok(_) => Err(problems),
        Err(errors) => {
            problems.extend(errors.iter().map(|error| describe(&world, error, shown)));
            Err(problems)
        }
    }
}

/// A fault inside Typst, as the user reads it: the document, and that it is no fault of theirs.
fn crashed(shown: &Path, panic: &str) -> Diagnostic {
    Diagnostic::file_error(shown, msg!("typeset-crashed", detail = panic.to_string()))
        .with_hint(msg!("typeset-crashed-hint"))
}

fn describe(world: &DocumentWorld, diagnostic: &SourceDiagnostic, shown: &Path) -> Diagnostic {
    let place = world
        .range(diagnostic.span)
        .zip(diagnostic.span.id())
        .and_then(|(range, id)| {
            let source = world.source_of(id)?;
            let line = source.lines().byte_to_line(range.start)? + 1;
            Some(format!(" ({}:{line})", id.vpath().get_without_slash()))
        })
        .unwrap_or_default();
    // Typst's own words are kept as they are: they are for whoever mends the template.
    let typst_message = format!("{}{place}", diagnostic.message);
    let typst_hints: Vec<String> = diagnostic.hints.iter().map(|hint| hint.v.to_string()).collect();
    Diagnostic::file_error(shown, msg!("typeset-failed", detail = typst_message))
        .with_hint(msg!("typeset-failed-hint", typst_hints = typst_hints.join("; ")))
}

/// Where the template put each half and section, read back from the compiled document.
#[derive(Debug, Clone, Default)]
pub struct Layout {
    pub marks: Vec<Mark>,
}

/// What a template's `mark(kind, …)` records; the names are the templates' own.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum MarkKind {
    /// The first page of one language's part (its cover in a flip booklet).
    HalfStart,
    /// The last page of one language's text.
    HalfEnd,
    /// A section's heading.
    Section,
    /// A leaflet's last line of text, in whichever language ends last.
    TextEnd,
}

/// One mark, where it fell.
#[derive(Debug, Clone, Deserialize)]
pub struct Mark {
    pub kind: MarkKind,
    #[serde(default)]
    pub lang: Option<Lang>,
    /// A section's number, counted in `campaign.toml`.
    #[serde(default)]
    pub number: Option<usize>,
    /// 1-based.
    pub page: usize,
    /// Horizontal position on the page, in points.
    #[serde(default)]
    pub x: f64,
}

impl Layout {
    /// The first mark of `kind`, for `lang` when one is given.
    pub fn find(&self, kind: MarkKind, lang: Option<Lang>) -> Option<&Mark> {
        self.marks.iter().find(|m| m.kind == kind && (lang.is_none() || m.lang == lang))
    }

    /// The pages each language takes, first to last (1-based), for `pages`.
    pub fn halves(&self) -> Vec<(Lang, usize, usize)> {
        self.marks
            .iter()
            .filter(|m| m.kind == MarkKind::HalfStart)
            .filter_map(|start| {
                let lang = start.lang?;
                let end = self.find(MarkKind::HalfEnd, Some(lang)).map_or(start.page, |m| m.page);
                Some((lang, start.page, end))
            })
            .collect()
    }
}

/// The marks a template left with `mark(…)` (label `<kitapsha-mark>`), with the page and the
/// horizontal position each fell on. Read from the laid-out document, so that the template need
/// not query itself, which would cost Typst a second layout pass.
pub fn read_layout(document: &PagedDocument) -> Option<Layout> {
    let label = Label::new(PicoStr::intern(MARK_LABEL))?;
    let introspector = document.introspector();
    let mut marks = Vec::new();
    for content in introspector.query(&Selector::Label(label)) {
        let position = content.location().and_then(|location| introspector.position(location))?;
        let value = content.get_by_name("value").ok()?;
        let mut mark = serde_json::to_value(&value).ok()?;
        mark["page"] = position.page.get().into();
        mark["x"] = position.point.x.to_pt().into();
        marks.push(serde_json::from_value(mark).ok()?);
    }
    Some(Layout { marks })
}

#[cfg(test)]
mod tests {
    use std::path::Path;

    use crate::lang::Lang;

    #[test]
    fn a_fault_in_typst_is_an_error_at_the_document() {
        let panic = super::crashes::caught(|| -> () { panic!("bounded inline layout is incomplete") }).unwrap_err();
        let shown = super::crashed(Path::new("booklets/balkhash/campaign.toml"), &panic).render(Lang::En);
        let expected = [
            "booklets/balkhash/campaign.toml: error: the layout engine stopped while typesetting this document: \
             bounded inline layout is incomplete",
            "  = hint: this is a fault in kitapsha, not in your text: this document was not written. Please report it with this message.",
        ];
        assert_eq!(shown, expected.join("\n") + "\n");
    }
}
