//! `kitapsha report`: the donor report in one language.

use std::path::PathBuf;

use crate::commands::outcome::Outcome;
use crate::commands::select::programme;
use crate::lang::Lang;
use crate::project::Project;
use crate::report;
use crate::scope::Scope;

#[derive(Debug, Clone)]
pub struct ReportOptions {
    pub lang: Lang,
    /// An absolute path; `out/report-<lang>.pdf` in the project by default.
    pub out: Option<PathBuf>,
    /// The campaigns and the period the report covers; the whole programme by default.
    pub scope: Scope,
}

/// Writes the report; its value is the path written.
pub fn report(project: &Project, options: &ReportOptions) -> Outcome<PathBuf> {
    Outcome::of(|diagnostics| {
        let out = options.out.clone().unwrap_or_else(|| report::default_path(project, options.lang));
        let programme = programme(project, None, &options.scope, diagnostics)?;
        report::write(project, &programme, options.lang, &out, None, diagnostics)
    })
}
