//! What every operation gives back.

use crate::diag::Diagnostics;

/// What an operation gives back: its result, `None` when it could not be done, and every
/// problem found on the way.
#[derive(Debug)]
pub struct Outcome<T> {
    pub value: Option<T>,
    pub diagnostics: Diagnostics,
}

impl<T> Outcome<T> {
    /// Runs `operation` with a fresh list of diagnostics.
    pub(crate) fn of(operation: impl FnOnce(&mut Diagnostics) -> Option<T>) -> Self {
        let mut diagnostics = Diagnostics::new();
        let value = operation(&mut diagnostics);
        Outcome { value, diagnostics }
    }

    /// True when the operation did what it was asked, without an error.
    pub fn succeeded(&self) -> bool {
        self.value.is_some() && !self.diagnostics.has_errors()
    }
}
