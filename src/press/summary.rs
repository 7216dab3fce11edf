//! The print shop's summary: one page to forward with a press PDF, saying what the file is.
//! Every fact about the file (its size, bleed, pages, marks, colour, output intent, standard,
//! fonts) is read back from the written press PDF, not assumed from the settings: the page
//! describes the file the print shop receives. It is in Kazakh and Russian on one page: print
//! shops in Kazakhstan do their prepress in Russian, while an NGO's papers are in the state
//! language too, and the page cannot know who at the shop reads it.

use lopdf::{Document, Object};
use serde::Serialize;
use typst::foundations::Bytes;

use crate::campaign::{Campaign, Edition};
use crate::diag::Diagnostic;
use crate::geometry::POINTS_PER_MM;
use crate::lang::Lang;
use crate::msg;
use crate::project::Project;
use crate::typeset;
use crate::typeset::compile::{self, Sources};

const TEMPLATE: &str = include_str!("summary.typ");

/// The file name of the summary of the press PDF named `press`: `x-press.pdf` → `x-press-summary.pdf`.
pub fn file_name(press: &str) -> String {
    format!("{}-summary.pdf", press.trim_end_matches(".pdf"))
}

/// What a press PDF says about itself.
#[derive(Debug, Clone, PartialEq)]
pub struct PressFacts {
    pub pages: usize,
    /// The first page's TrimBox, width and height in millimetres.
    pub trim_mm: (f64, f64),
    /// How far the BleedBox reaches beyond the TrimBox, in millimetres (the smallest side).
    pub bleed_mm: f64,
    /// Whether the MediaBox leaves room outside the bleed and something is drawn in the
    /// registration colour ("All"): crop marks.
    pub marks: bool,
    /// Pages turned by 180°: the second half of a flip booklet.
    pub upside_down: usize,
    /// Whether the output intent's profile is a CMYK profile.
    pub cmyk: bool,
    pub condition_identifier: Option<String>,
    pub condition: Option<String>,
    pub pdfx_version: Option<String>,
    pub fonts: usize,
    /// The fonts without an embedded font program, by name.
    pub fonts_not_embedded: Vec<String>,
}

/// Reads the facts of the press PDF `bytes`.
pub fn read(bytes: &[u8]) -> Result<PressFacts, String> {
    let document = Document::load_mem(bytes).map_err(|e| e.to_string())?;
    let pages = document.get_pages();
    let first = pages.values().next().ok_or("the PDF has no pages")?;
    let page = document.get_dictionary(*first).map_err(|e| e.to_string())?;
    let trim = rectangle(&document, page.get(b"TrimBox").ok()).ok_or("the first page has no TrimBox")?;
    let bleed = rectangle(&document, page.get(b"BleedBox").ok()).unwrap_or(trim);
    let media = rectangle(&document, page.get(b"MediaBox").ok()).unwrap_or(bleed);
    let mm = |points: f64| points / POINTS_PER_MM;
    let bleed_mm = [trim[0] - bleed[0], trim[1] - bleed[1], bleed[2] - trim[2], bleed[3] - trim[3]]
        .into_iter()
        .fold(f64::INFINITY, f64::min);
    let room_outside = media[0] < bleed[0] && media[2] > bleed[2];
    let upside_down = pages
        .values()
        .filter(|id| document.get_dictionary(**id).ok().and_then(|p| p.get(b"Rotate").ok()?.as_i64().ok()) == Some(180))
        .count();
    let catalog = document.catalog().map_err(|e| e.to_string())?;
    let intent = catalog
        .get(b"OutputIntents")
        .ok()
        .and_then(|o| resolve(&document, o).as_array().ok())
        .and_then(|intents| intents.first())
        .and_then(|o| resolve(&document, o).as_dict().ok());
    let text = |key: &[u8]| intent.and_then(|d| d.get(key).ok()).and_then(|o| string(&document, o));
    let cmyk = intent
        .and_then(|d| d.get(b"DestOutputProfile").ok())
        .and_then(|o| resolve(&document, o).as_stream().ok())
        .and_then(|s| s.dict.get(b"N").ok()?.as_i64().ok())
        == Some(4);
    let pdfx_version = document
        .trailer
        .get(b"Info")
        .ok()
        .and_then(|o| resolve(&document, o).as_dict().ok())
        .and_then(|info| string(&document, info.get(b"GTS_PDFXVersion").ok()?));
    let (fonts, fonts_not_embedded) = fonts(&document);
    Ok(PressFacts {
        pages: pages.len(),
        trim_mm: (mm(trim[2] - trim[0]), mm(trim[3] - trim[1])),
        bleed_mm: mm(bleed_mm).max(0.0),
        marks: room_outside && draws_in_registration(&document),
        upside_down,
        cmyk,
        condition_identifier: text(b"OutputConditionIdentifier"),
        condition: text(b"OutputCondition"),
        pdfx_version,
        fonts,
        fonts_not_embedded,
    })
}

fn resolve<'a>(document: &'a Document, object: &'a Object) -> &'a Object {
    match object {
        Object::Reference(id) => document.get_object(*id).unwrap_or(object),
        _ => object,
    }
}

fn string(document: &Document, object: &Object) -> Option<String> {
    crate::press::pdfx::text_of(resolve(document, object))
}

fn rectangle(document: &Document, object: Option<&Object>) -> Option<[f64; 4]> {
    let values = resolve(document, object?).as_array().ok()?;
    let numbers: Vec<f64> = values.iter().filter_map(|v| resolve(document, v).as_float().ok().map(f64::from)).collect();
    let [x0, y0, x1, y1] = numbers[..] else { return None };
    Some([x0.min(x1), y0.min(y1), x0.max(x1), y0.max(y1)])
}

/// Whether any colour space of the file is the registration colour, `[/Separation /All …]`.
fn draws_in_registration(document: &Document) -> bool {
    document.objects.values().any(separation_all)
}

fn separation_all(object: &Object) -> bool {
    match object {
        Object::Array(items) => {
            items.first().and_then(|o| o.as_name().ok()) == Some(b"Separation".as_slice())
                && items.get(1).and_then(|o| o.as_name().ok()) == Some(b"All".as_slice())
        }
        Object::Dictionary(dict) => dict.iter().any(|(_, value)| {
            // Colour spaces sit in resource dictionaries, one level down.
            matches!(value, Object::Array(_)) && separation_all(value)
                || matches!(value, Object::Dictionary(_)) && separation_all(value)
        }),
        _ => false,
    }
}

/// How many fonts the file has, and the names of those whose program is not embedded. A Type0
/// font's program is in its descendant; Type3 fonts are drawn, not embedded, and count as in.
fn fonts(document: &Document) -> (usize, Vec<String>) {
    let mut count = 0;
    let mut missing = Vec::new();
    for object in document.objects.values() {
        let Ok(dict) = object.as_dict() else { continue };
        if dict.get(b"Type").and_then(Object::as_name).ok() != Some(b"Font".as_slice()) {
            continue;
        }
        let subtype = dict.get(b"Subtype").and_then(Object::as_name).unwrap_or(b"");
        if subtype == b"Type0" || subtype == b"Type3" {
            continue;
        }
        count += 1;
        let embedded = dict
            .get(b"FontDescriptor")
            .ok()
            .and_then(|o| resolve(document, o).as_dict().ok())
            .is_some_and(|d| [&b"FontFile"[..], b"FontFile2", b"FontFile3"].iter().any(|key| d.has(key)));
        if !embedded {
            let name = dict.get(b"BaseFont").and_then(Object::as_name).unwrap_or(b"?");
            missing.push(String::from_utf8_lossy(name).into_owned());
        }
    }
    (count, missing)
}

/// One line of the summary: its label and value in Kazakh and in Russian.
#[derive(Serialize)]
#[serde(rename_all = "kebab-case")]
struct Row {
    kk: &'static str,
    ru: &'static str,
    value_kk: String,
    value_ru: String,
}

#[derive(Serialize)]
#[serde(rename_all = "kebab-case")]
struct SummaryData {
    file: String,
    organisation_kk: String,
    organisation_ru: String,
    rows: Vec<Row>,
}

/// The Typst project of the summary of the press PDF `file` (its name) of `campaign` in
/// `edition`, from `facts`: the template and its data.
pub fn summary_sources(
    project: &Project,
    campaign: &Campaign,
    edition: Option<Edition>,
    file: &str,
    facts: &PressFacts,
) -> Sources {
    let data = SummaryData {
        file: file.to_string(),
        organisation_kk: project.organisation.name.get(Lang::Kk).to_string(),
        organisation_ru: project.organisation.name.get(Lang::Ru).to_string(),
        rows: rows(project, campaign, edition, facts),
    };
    let json = serde_json::to_vec(&data).expect("summary data is plain data");
    Sources { template: TEMPLATE, files: vec![("/summary.json".to_string(), Bytes::new(json))] }
}

/// The summary's PDF, typeset from its `sources`; `file` is the press PDF's name.
pub fn summary_pdf(project: &Project, sources: &Sources, file: &str) -> Result<Vec<u8>, Vec<Diagnostic>> {
    let today = project.creation_date();
    let shown = std::path::Path::new(crate::project::PROJECT_FILE);
    let document = compile::compile(sources.template, sources.files.clone(), today, shown)?;
    typeset::accessible_pdf(&document, today, &file_name(file)).map_err(|detail| {
        vec![Diagnostic::file_error(shown, msg!("pdf-cannot-make", what = "press-summary", detail = detail))]
    })
}

fn same(value: String) -> (String, String) {
    (value.clone(), value)
}

fn rows(project: &Project, campaign: &Campaign, edition: Option<Edition>, facts: &PressFacts) -> Vec<Row> {
    let row = |kk, ru, (value_kk, value_ru): (String, String)| Row { kk, ru, value_kk, value_ru };
    let (width, height) = facts.trim_mm;
    let paper = paper_name(width, height).map_or_else(String::new, |name| format!(" ({name})"));
    let trim = format!("{} × {} мм{paper}", millimetres(width), millimetres(height));
    let bleed = millimetres(facts.bleed_mm);
    let org = &project.organisation;
    let contact = |lang| format!("{}, {}, {}, {}", org.name.get(lang), org.address.get(lang), org.phone, org.email);
    let edition_name = match edition {
        None => ("негізгі".to_string(), "основное".to_string()),
        Some(Edition::LargePrint) => ("ірі қаріпті".to_string(), "крупный шрифт".to_string()),
        Some(Edition::Latin) => ("қазақ тілі латын әліпбиінде".to_string(), "казахский текст латиницей".to_string()),
    };
    let profile = match (&facts.condition_identifier, &facts.condition) {
        (Some(id), Some(info)) if id != info => format!("{id} ({info})"),
        (Some(id), _) => id.clone(),
        (None, Some(info)) => info.clone(),
        (None, None) => "—".to_string(),
    };
    let fonts = if facts.fonts_not_embedded.is_empty() {
        (format!("барлығы енгізілген ({})", facts.fonts), format!("все встроены ({})", facts.fonts))
    } else {
        let names = facts.fonts_not_embedded.join(", ");
        (format!("енгізілмеген: {names}"), format!("не встроены: {names}"))
    };
    let marks = if facts.marks {
        (
            "кесу белгілері, Registration түсімен, қордан тыс".to_string(),
            "метки реза цветом Registration, за вылетами".to_string(),
        )
    } else {
        ("жоқ".to_string(), "нет".to_string())
    };
    let colour = if facts.cmyk {
        ("CMYK; қара мәтін тек K арнасында".to_string(), "CMYK; чёрный текст только в K".to_string())
    } else {
        ("CMYK емес".to_string(), "не CMYK".to_string())
    };
    vec![
        row("Науқан", "Кампания", (named(campaign, Lang::Kk), named(campaign, Lang::Ru))),
        row("Басылым", "Издание", edition_name),
        row("Кесілген пішімі (TrimBox)", "Обрезной формат (TrimBox)", same(trim)),
        row("Беттер саны", "Количество полос", same(facts.pages.to_string())),
        row(
            "Кесуге қор (BleedBox)",
            "Вылеты (BleedBox)",
            (format!("әр жағынан {bleed} мм"), format!("{bleed} мм с каждой стороны")),
        ),
        row("Белгілер", "Метки", marks),
        row("Түсі", "Цветность", colour),
        row("Шығыс профилі (OutputIntent)", "Профиль вывода (OutputIntent)", same(profile)),
        row("Стандарт", "Стандарт", same(facts.pdfx_version.clone().unwrap_or_else(|| "—".to_string()))),
        row("Қаріптер", "Шрифты", fonts),
        row("Жинау және түптеу", "Сборка и скрепление", binding(facts)),
        row("Күні", "Дата", (project.creation_date().long(Lang::Kk), project.creation_date().long(Lang::Ru))),
        row("Байланыс", "Контакты", (contact(Lang::Kk), contact(Lang::Ru))),
    ]
}

/// The campaign as the print shop would name it: its district and topic, and its id.
fn named(campaign: &Campaign, lang: Lang) -> String {
    format!("{}: {} ({})", campaign.district.get(lang), campaign.topic.get(lang), campaign.id)
}

/// How the pages go together, told from the file: two A4 landscape pages are a leaflet folded
/// in three; otherwise single pages in binding order, saddle-stitched, with a flip booklet's
/// second half upside down.
fn binding(facts: &PressFacts) -> (String, String) {
    let (width, height) = facts.trim_mm;
    if facts.pages == 2 && (width - 297.0).abs() < 1.0 && (height - 210.0).abs() < 1.0 {
        return (
            "буклет: 1-бет сырты, 2-бет іші, екі жағынан басылады, үш бөлікке бүктеледі".to_string(),
            "буклет: стр. 1 — внешняя сторона, стр. 2 — внутренняя, печать с двух сторон, фальцовка в три части"
                .to_string(),
        );
    }
    let sheets = facts.pages.div_ceil(4);
    let mut kk = format!("жеке беттер түптеу ретімен; {sheets} парақ ортасынан бүктеліп, қапсырмамен тігіледі");
    let mut ru =
        format!("отдельные полосы в порядке сборки; число листов: {sheets}, фальцовка пополам, скрепление скобой");
    if facts.upside_down > 0 {
        let n = facts.upside_down;
        kk.push_str(&format!("; соңғы {n} бет төңкерулі (кітапшаның екінші жартысы артынан оқылады)"));
        ru.push_str(&format!("; последние {n} полос перевёрнуты (вторая половина книжки читается с обратной стороны)"));
    }
    (kk, ru)
}

/// `148`, or `148.5`: no more digits than a millimetre needs.
fn millimetres(value: f64) -> String {
    let tenths = (value * 10.0).round() / 10.0;
    if (tenths - tenths.round()).abs() < 0.05 { format!("{}", tenths.round()) } else { format!("{tenths:.1}") }
}

fn paper_name(width: f64, height: f64) -> Option<&'static str> {
    let sizes = [("A4", 210.0, 297.0), ("A5", 148.0, 210.0), ("A6", 105.0, 148.0)];
    sizes.iter().find_map(|&(name, w, h)| {
        let near = |a: f64, b: f64| (a - b).abs() < 1.0;
        ((near(width, w) && near(height, h)) || (near(width, h) && near(height, w))).then_some(name)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn facts(pages: usize, trim_mm: (f64, f64), upside_down: usize) -> PressFacts {
        PressFacts {
            pages,
            trim_mm,
            bleed_mm: 3.0,
            marks: true,
            upside_down,
            cmyk: true,
            condition_identifier: None,
            condition: None,
            pdfx_version: None,
            fonts: 0,
            fonts_not_embedded: Vec::new(),
        }
    }

    #[test]
    fn sizes_are_named_and_written_without_needless_digits() {
        assert_eq!(millimetres(148.0001), "148");
        assert_eq!(millimetres(148.46), "148.5");
        assert_eq!(paper_name(148.0, 210.0), Some("A5"));
        assert_eq!(paper_name(297.0, 210.0), Some("A4"));
        assert_eq!(paper_name(105.2, 148.1), Some("A6"));
        assert_eq!(paper_name(140.0, 200.0), None);
    }

    #[test]
    fn the_binding_is_told_from_the_pages() {
        let (_, leaflet) = binding(&facts(2, (297.0, 210.0), 0));
        assert!(leaflet.contains("фальцовка в три части"), "{leaflet}");
        let (kk, booklet) = binding(&facts(20, (148.0, 210.0), 0));
        assert!(booklet.contains("число листов: 5") && !booklet.contains("перевёрнуты"), "{booklet}");
        assert!(kk.contains("5 парақ"), "{kk}");
        let (_, flip) = binding(&facts(24, (148.0, 210.0), 11));
        assert!(flip.contains("последние 11 полос перевёрнуты"), "{flip}");
    }

    #[test]
    fn the_summary_is_named_after_its_press_pdf() {
        assert_eq!(file_name("kegen-large-press.pdf"), "kegen-large-press-summary.pdf");
    }
}
