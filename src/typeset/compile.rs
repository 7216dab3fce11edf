//! One Typst compilation: a template, the files it may read, and diagnostics in kitapsha's form.

use std::path::Path;

use typst::WorldExt;
use typst::diag::{Severity as TypstSeverity, SourceDiagnostic};
use typst::foundations::{Bytes, Label, Selector};
use typst::introspection::Introspector;
use typst::utils::PicoStr;
use typst_layout::PagedDocument;

use crate::date::Date;
use crate::diag::Diagnostic;
use crate::typeset::booklet::Layout;
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
            crate::fsutil::write_atomically(&dir.join(path.trim_start_matches('/')), bytes)?;
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
    let result = typst::compile::<PagedDocument>(&world);
    let mut problems: Vec<Diagnostic> = result
        .warnings
        .iter()
        .filter(|warning| !is_harmless(warning))
        .map(|warning| describe(&world, warning, shown))
        .collect();
    match result.output {
        Ok(document) if problems.is_empty() => Ok(document),
        Ok(_) => Err(problems),
        Err(errors) => {
            problems.extend(errors.iter().map(|error| describe(&world, error, shown)));
            Err(problems)
        }
    }
}

/// Warnings about our own, intended use of Typst.
fn is_harmless(warning: &SourceDiagnostic) -> bool {
    warning.severity == TypstSeverity::Warning && warning.message.contains("no text within stars")
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
    let hints: Vec<String> = diagnostic.hints.iter().map(|hint| hint.v.to_string()).collect();
    let mut out =
        Diagnostic::file_error(shown, format!("the document could not be typeset: {}{place}", diagnostic.message));
    let about_a_picture = diagnostic.message.contains("image") || diagnostic.message.contains("decode");
    out.hint = Some(if about_a_picture {
        "one of this campaign's pictures could not be read; open each in an image editor and save it again as PNG or JPEG".to_string()
    } else if hints.is_empty() {
        "this is a problem in kitapsha's template, not in your text; please report it with this message".to_string()
    } else {
        hints.join("; ")
    });
    out
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
