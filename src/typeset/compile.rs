//! One Typst compilation: a template, the files it may read, and diagnostics in kitapsha's form.

use std::path::Path;

use typst::WorldExt;
use typst::diag::{Severity as TypstSeverity, SourceDiagnostic};
use typst::foundations::{Bytes, Label};
use typst::introspection::Introspector;
use typst::utils::PicoStr;
use typst_layout::PagedDocument;

use crate::date::Date;
use crate::diag::Diagnostic;
use crate::typeset::booklet::Layout;
use crate::typeset::world::DocumentWorld;

/// The label under which templates record where their parts fell.
const LAYOUT_LABEL: &str = "kitapsha-layout";

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
    let mut out = Diagnostic::file_error(shown, format!("the document could not be typeset: {}{place}", diagnostic.message));
    out.hint = Some(if hints.is_empty() {
        "this is a problem in kitapsha's template, not in your text; please report it with this message".to_string()
    } else {
        hints.join("; ")
    });
    out
}

/// The marks a template recorded under `<kitapsha-layout>`, with the page each fell on.
pub fn read_layout(document: &PagedDocument) -> Option<Layout> {
    let label = Label::new(PicoStr::intern(LAYOUT_LABEL))?;
    let content = document.introspector().query_label(label).ok()?;
    let value = content.get_by_name("value").ok()?;
    let json = serde_json::to_value(&value).ok()?;
    Some(Layout { marks: serde_json::from_value(json).ok()? })
}
