//! Typesetting with Typst as a library: a World over the shipped fonts and the files kitapsha
//! serves, the templates, and the text preparation Typst cannot do for Kazakh.

pub mod booklet;
pub mod compile;
pub mod crashes;
pub mod fonts;
pub mod hyphenate_kk;
pub mod hyphenate_latin;
pub mod last_line;
pub mod proof;
pub mod qr;
pub mod raster;
pub mod text_layer;
pub mod typography;
pub mod world;

use typst_layout::PagedDocument;
use typst_pdf::{PdfOptions, PdfStandard, PdfStandards, Timestamp};

use crate::date::Date;

/// The PDF of a booklet, with the creation date fixed so that the same input gives the same
/// bytes: tagged (headings, lists, quotes, figures with their alternative texts, each text's
/// language) and checked by Typst against PDF/UA-1, so that a screen reader reads it in order.
/// (Not PDF/A: the booklet's registration-colour marks are CMYK without a profile.)
pub fn screen_pdf(document: &PagedDocument, created: Date, ident: &str) -> Result<Vec<u8>, String> {
    let datetime = typst::foundations::Datetime::from_ymd(created.year, created.month, created.day)
        .ok_or_else(|| format!("invalid creation date {created}"))?;
    let standards = PdfStandards::new(&[PdfStandard::Ua_1]).map_err(|e| e.message().to_string())?;
    let options = PdfOptions {
        ident: typst::foundations::Smart::Custom(ident.to_string()),
        timestamp: Some(Timestamp::new_utc(datetime)),
        standards,
        ..PdfOptions::default()
    };
    export(document, &options)
}

/// The PDF of a document for readers: tagged, and checked by Typst against PDF/UA-1 and
/// PDF/A-2a (accessible, archivable), with the same fixed date as [`pdf`].
pub fn accessible_pdf(document: &PagedDocument, created: Date, ident: &str) -> Result<Vec<u8>, String> {
    let datetime = typst::foundations::Datetime::from_ymd(created.year, created.month, created.day)
        .ok_or_else(|| format!("invalid creation date {created}"))?;
    let standards = PdfStandards::new(&[PdfStandard::Ua_1, PdfStandard::A_2a]).map_err(|e| e.message().to_string())?;
    let options = PdfOptions {
        ident: typst::foundations::Smart::Custom(ident.to_string()),
        timestamp: Some(Timestamp::new_utc(datetime)),
        standards,
        ..PdfOptions::default()
    };
    export(document, &options)
}

/// Writes the PDF with a clean text layer: searching it finds every word, soft hyphens or not.
fn export(document: &PagedDocument, options: &PdfOptions) -> Result<Vec<u8>, String> {
    let cleaned = text_layer::without_soft_hyphens(document);
    crashes::caught(|| typst_pdf::pdf(cleaned.as_ref().unwrap_or(document), options))?
        .map_err(|errors| errors.iter().map(|e| e.message.to_string()).collect::<Vec<_>>().join("; "))
}
