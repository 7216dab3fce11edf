//! PDF/X-4 identification of the press PDF (ISO 15930-7, as far as the public sources that
//! `PRINT.md` lists describe it): PDF 1.6, one GTS_PDFX output intent with the CMYK profile
//! embedded, Info and XMP metadata that agree (`Trapped`, `GTS_PDFXVersion`, dates, title,
//! document and version ids, rendition class), no annotations, a trailer ID.

use lopdf::{Dictionary, Document, Object, Stream, StringFormat};

use crate::colour::PressProfile;

pub const PDFX_VERSION: &str = "PDF/X-4";
pub const PDF_VERSION: &str = "1.6";
const REGISTRY: &str = "http://www.color.org";

/// Makes `document` a PDF/X-4 file printed through `profile`.
pub fn identify(document: &mut Document, profile: &PressProfile) -> Result<(), String> {
    document.version = PDF_VERSION.to_string();
    // Links and other annotations mean nothing on paper, and PDF/X-4 allows none on the page.
    let pages: Vec<_> = document.get_pages().values().copied().collect();
    for page in pages {
        if let Ok(dict) = document.get_dictionary_mut(page) {
            dict.remove(b"Annots");
        }
    }

    let id = trailer_id(document)?;
    let info_id = match document.trailer.get(b"Info").and_then(Object::as_reference) {
        Ok(id) => id,
        Err(_) => {
            let id = document.add_object(Dictionary::new());
            document.trailer.set("Info", Object::Reference(id));
            id
        }
    };
    let info = document.get_dictionary_mut(info_id).map_err(|e| e.to_string())?;
    let title = info.get(b"Title").ok().and_then(text_of).unwrap_or_default();
    if title.trim().is_empty() {
        return Err("the press PDF has no title".to_string());
    }
    let author = info.get(b"Author").ok().and_then(text_of);
    let created = info.get(b"CreationDate").ok().and_then(text_of).and_then(|d| xmp_date(&d));
    let Some(created) = created else { return Err("the press PDF has no creation date".to_string()) };
    if !info.has(b"ModDate") {
        let date = info.get(b"CreationDate").cloned().map_err(|e| e.to_string())?;
        info.set("ModDate", date);
    }
    let modified = info.get(b"ModDate").ok().and_then(text_of).and_then(|d| xmp_date(&d)).unwrap_or(created.clone());
    info.set("Trapped", Object::Name(b"False".to_vec()));
    info.set("GTS_PDFXVersion", Object::string_literal(PDFX_VERSION));
    info.set("Producer", Object::string_literal("kitapsha (Typst 0.15, lopdf, moxcms)"));

    let xmp = xmp(&title, author.as_deref(), &created, &modified, &id);
    let mut metadata = Dictionary::new();
    metadata.set("Type", "Metadata");
    metadata.set("Subtype", "XML");
    let metadata = document.add_object(Stream::new(metadata, xmp.into_bytes()).with_compression(false));

    let mut icc = Dictionary::new();
    icc.set("N", 4);
    icc.set("Filter", "FlateDecode");
    let icc = document.add_object(Stream::new(icc, profile.deflated()?.to_vec()));
    let mut intent = Dictionary::new();
    intent.set("Type", "OutputIntent");
    intent.set("S", "GTS_PDFX");
    intent.set("OutputConditionIdentifier", Object::string_literal(profile.condition.as_str()));
    intent.set("OutputCondition", Object::string_literal(profile.info.as_str()));
    intent.set("RegistryName", Object::string_literal(REGISTRY));
    intent.set("Info", Object::string_literal(profile.info.as_str()));
    intent.set("DestOutputProfile", Object::Reference(icc));

    let catalog = document.catalog_mut().map_err(|e| e.to_string())?;
    catalog.remove(b"Version");
    catalog.remove(b"AcroForm");
    catalog.remove(b"OpenAction");
    catalog.remove(b"AA");
    catalog.set("Metadata", Object::Reference(metadata));
    catalog.set("OutputIntents", vec![Object::Dictionary(intent)]);
    Ok(())
}

/// The trailer ID as a UUID for XMP (the first of its two strings).
fn trailer_id(document: &mut Document) -> Result<String, String> {
    let first = match document.trailer.get(b"ID").and_then(Object::as_array) {
        Ok(items) => items.first().and_then(|o| o.as_str().ok()).map(<[u8]>::to_vec),
        Err(_) => None,
    };
    let bytes = match first {
        Some(bytes) if !bytes.is_empty() => bytes,
        _ => {
            // The same pages give the same ID: a digest of the page tree's content.
            use sha2::Digest;
            let mut digest = sha2::Sha256::new();
            for (id, object) in &document.objects {
                digest.update(format!("{id:?}{object:?}").as_bytes());
            }
            let bytes = digest.finalize()[..16].to_vec();
            let string = Object::String(bytes.clone(), StringFormat::Hexadecimal);
            document.trailer.set("ID", vec![string.clone(), string]);
            bytes
        }
    };
    let mut hex: String = bytes.iter().take(16).map(|b| format!("{b:02x}")).collect();
    while hex.len() < 32 {
        hex.push('0');
    }
    Ok(format!("uuid:{}-{}-{}-{}-{}", &hex[0..8], &hex[8..12], &hex[12..16], &hex[16..20], &hex[20..32]))
}

/// A PDF text string (UTF-16BE with its mark, or PDFDocEncoding read as Latin-1).
pub fn text_of(object: &Object) -> Option<String> {
    let bytes = object.as_str().ok()?;
    if bytes.starts_with(&[0xFE, 0xFF]) {
        let units: Vec<u16> = bytes[2..].chunks_exact(2).map(|c| u16::from_be_bytes([c[0], c[1]])).collect();
        return String::from_utf16(&units).ok();
    }
    if let Ok(text) = std::str::from_utf8(bytes)
        && bytes.starts_with(&[0xEF, 0xBB, 0xBF])
    {
        return Some(text[3..].to_string());
    }
    Some(bytes.iter().map(|&b| char::from(b)).collect())
}

/// `D:YYYYMMDDHHmmSS…` as an XMP date.
fn xmp_date(date: &str) -> Option<String> {
    let digits: String = date.trim_start_matches("D:").chars().take_while(char::is_ascii_digit).collect();
    if digits.len() < 8 {
        return None;
    }
    let part = |from: usize, default: &'static str| digits.get(from..from + 2).unwrap_or(default).to_string();
    Some(format!(
        "{}-{}-{}T{}:{}:{}Z",
        &digits[0..4],
        &digits[4..6],
        &digits[6..8],
        part(8, "00"),
        part(10, "00"),
        part(12, "00")
    ))
}

fn escape(text: &str) -> String {
    text.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;")
}

fn xmp(title: &str, author: Option<&str>, created: &str, modified: &str, id: &str) -> String {
    let creator = author
        .map(|a| format!("<dc:creator><rdf:Seq><rdf:li>{}</rdf:li></rdf:Seq></dc:creator>", escape(a)))
        .unwrap_or_default();
    format!(
        "<?xpacket begin=\"\u{feff}\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n\
<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n\
<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n\
<rdf:Description rdf:about=\"\"\n \
xmlns:dc=\"http://purl.org/dc/elements/1.1/\"\n \
xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\"\n \
xmlns:xmpMM=\"http://ns.adobe.com/xap/1.0/mm/\"\n \
xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\"\n \
xmlns:pdfxid=\"http://www.npes.org/pdfx/ns/id/\">\n\
<dc:format>application/pdf</dc:format>\n\
<dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">{title}</rdf:li></rdf:Alt></dc:title>\n\
{creator}\n\
<xmp:CreateDate>{created}</xmp:CreateDate>\n\
<xmp:ModifyDate>{modified}</xmp:ModifyDate>\n\
<xmp:MetadataDate>{modified}</xmp:MetadataDate>\n\
<xmp:CreatorTool>kitapsha</xmp:CreatorTool>\n\
<pdf:Producer>kitapsha (Typst 0.15, lopdf, moxcms)</pdf:Producer>\n\
<pdf:Trapped>False</pdf:Trapped>\n\
<xmpMM:DocumentID>{id}</xmpMM:DocumentID>\n\
<xmpMM:InstanceID>{id}</xmpMM:InstanceID>\n\
<xmpMM:VersionID>1</xmpMM:VersionID>\n\
<xmpMM:RenditionClass>default</xmpMM:RenditionClass>\n\
<pdfxid:GTS_PDFXVersion>{PDFX_VERSION}</pdfxid:GTS_PDFXVersion>\n\
</rdf:Description>\n\
</rdf:RDF>\n\
</x:xmpmeta>\n\
<?xpacket end=\"r\"?>",
        title = escape(title),
    )
}
