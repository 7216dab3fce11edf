//! The press PDF from the typeset one, in one pass over the document.

use lopdf::Document;

use crate::colour::PressProfile;
use crate::press::convert::{self, InkReport};
use crate::press::{BoundPage, boxes, pdfx};

/// Boxes and binding order, every colour CMYK through `profile`, and PDF/X-4 identification.
/// Returns the PDF and what its conversion found about ink.
pub fn press_pdf(typeset: &[u8], order: &[BoundPage], profile: &PressProfile) -> Result<(Vec<u8>, InkReport), String> {
    let mut document = Document::load_mem(typeset).map_err(|e| format!("cannot read the typeset PDF: {e}"))?;
    boxes::finish(&mut document, order)?;
    let report = convert::to_cmyk(&mut document, profile)?;
    pdfx::identify(&mut document, profile)?;
    let mut out = Vec::new();
    document.save_to(&mut out).map_err(|e| format!("cannot write the press PDF: {e}"))?;
    Ok((out, report))
}
