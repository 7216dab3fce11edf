//! The project: `kitapsha.toml` (organisation, programme, activities) and the campaign folders
//! under `booklets/`.

use std::path::{Path, PathBuf};

use serde::Deserialize;
use toml::Spanned;

use crate::campaign::model::Texts;
use crate::campaign::raw::RawTranslations;
use crate::date::Date;
use crate::diag::{Diagnostic, SourceFile};
use crate::fsutil::io_reason;
use crate::lang::Lang;
use crate::tomlfile;

pub const PROJECT_FILE: &str = "kitapsha.toml";
pub const BOOKLETS_DIR: &str = "booklets";

/// The organisation that publishes the booklets; printed on every back cover.
#[derive(Debug, Clone)]
pub struct Organisation {
    pub name: Texts,
    pub address: Texts,
    pub phone: String,
    pub email: String,
    pub hours: Option<Texts>,
}

/// What the donor report covers.
#[derive(Debug, Clone)]
pub struct Programme {
    pub title: Texts,
    pub donor: String,
    pub from: Date,
    pub to: Date,
    /// What the report should say about the data, e.g. which figures are illustrative.
    pub data_note: Option<Texts>,
}

/// A community project of the programme that is not a booklet.
#[derive(Debug, Clone)]
pub struct Activity {
    pub district: String,
    pub title: Texts,
    pub reached: Option<u32>,
}

#[derive(Debug, Clone)]
pub struct Project {
    pub root: PathBuf,
    pub organisation: Organisation,
    pub programme: Programme,
    pub activities: Vec<Activity>,
}

impl Project {
    pub fn booklets_dir(&self) -> PathBuf {
        self.root.join(BOOKLETS_DIR)
    }

    /// The ids of all campaigns: folders under `booklets/` that hold a `campaign.toml`, sorted.
    pub fn campaign_ids(&self) -> Vec<String> {
        let Ok(entries) = std::fs::read_dir(self.booklets_dir()) else {
            return Vec::new();
        };
        let mut ids: Vec<String> = entries
            .filter_map(Result::ok)
            .filter(|entry| entry.path().join(crate::campaign::CAMPAIGN_FILE).is_file())
            .filter_map(|entry| entry.file_name().to_str().map(str::to_string))
            .collect();
        ids.sort();
        ids
    }

    /// The campaigns the user named, or all of them; an unknown name is an error listing the known.
    pub fn select_campaigns(&self, named: &[String]) -> Result<Vec<String>, Diagnostic> {
        let known = self.campaign_ids();
        if named.is_empty() {
            return Ok(known);
        }
        for name in named {
            if !known.contains(name) {
                let suggestion = tomlfile::did_you_mean(name, &known)
                    .map(|best| format!("did you mean `{best}`? "))
                    .unwrap_or_default();
                return Err(Diagnostic::file_error(
                    Path::new(BOOKLETS_DIR).join(name),
                    format!("there is no campaign `{name}`"),
                )
                .with_hint(format!("{suggestion}known campaigns: {}", known.join(", "))));
            }
        }
        Ok(named.to_vec())
    }

    /// The real path of the folder of campaign `id`. A folder that is a symbolic link leading out
    /// of the project is refused: campaign folders travel between people, and a link in one must
    /// not make kitapsha read or write files elsewhere.
    pub fn campaign_dir(&self, id: &str) -> Result<PathBuf, Diagnostic> {
        let dir = self.booklets_dir().join(id);
        let shown = Path::new(BOOKLETS_DIR).join(id);
        let real = dir.canonicalize().map_err(|error| {
            Diagnostic::file_error(&shown, format!("cannot open the campaign folder: {}", io_reason(&error)))
        })?;
        let root = self.root.canonicalize().map_err(|error| {
            Diagnostic::file_error(PROJECT_FILE, format!("cannot open the project folder: {}", io_reason(&error)))
        })?;
        if !real.starts_with(&root) {
            return Err(Diagnostic::file_error(&shown, "the campaign folder leads outside the project folder")
                .with_hint(format!(
                    "it is a symbolic link; copy the campaign into {BOOKLETS_DIR}/ instead of linking to it"
                )));
        }
        Ok(real)
    }
}

/// Reads a text file of the folder `within` (a real path, see [`Project::campaign_dir`]) like
/// [`read_text`], after checking that the file, symbolic links followed, lies inside it.
pub fn read_text_within(path: &Path, within: &Path, shown: &Path) -> Result<String, Diagnostic> {
    if let Ok(real) = path.canonicalize()
        && !real.starts_with(within)
    {
        return Err(Diagnostic::file_error(shown, "the file leads outside its campaign folder")
            .with_hint("it is a symbolic link; put the file itself into the campaign folder"));
    }
    read_text(path, shown)
}

/// Finds `kitapsha.toml` in `start` or one of its parents.
pub fn find_root(start: &Path) -> Option<PathBuf> {
    start.ancestors().find(|dir| dir.join(PROJECT_FILE).is_file()).map(Path::to_path_buf)
}

/// Loads `kitapsha.toml` from the project root.
pub fn load(root: &Path, diagnostics: &mut Vec<Diagnostic>) -> Option<Project> {
    let text = match read_text(&root.join(PROJECT_FILE), Path::new(PROJECT_FILE)) {
        Ok(text) => text,
        Err(diagnostic) => {
            diagnostics.push(diagnostic);
            return None;
        }
    };
    let file = SourceFile::new(PROJECT_FILE, text);
    let errors_before = diagnostics.iter().filter(|d| d.is_error()).count();
    let raw: RawProjectFile = tomlfile::load(&file, diagnostics)?;
    let project = check(root, &file, raw, diagnostics)?;
    (diagnostics.iter().filter(|d| d.is_error()).count() == errors_before).then_some(project)
}

/// The largest TOML file kitapsha reads: a booklet's text is a few hundred kilobytes at most.
pub const MAX_TEXT_FILE_BYTES: u64 = 2 * 1024 * 1024;

/// Reads a text file; a missing file, one over [`MAX_TEXT_FILE_BYTES`] or invalid UTF-8 becomes
/// a diagnostic naming the place.
pub fn read_text(path: &Path, shown: &Path) -> Result<String, Diagnostic> {
    use std::io::Read;
    let cannot_read =
        |error: std::io::Error| Diagnostic::file_error(shown, format!("cannot read the file: {}", io_reason(&error)));
    // A pipe or a device would block or never end: only plain files are read.
    if std::fs::metadata(path).is_ok_and(|metadata| !metadata.is_file()) {
        return Err(Diagnostic::file_error(shown, "this is not a file (a folder, a device or a pipe)")
            .with_hint("put the file itself here"));
    }
    let file = std::fs::File::open(path).map_err(cannot_read)?;
    // Read one byte past the limit rather than trusting the size the file system reports: a
    // device or a pipe reports none and may never end.
    let mut bytes = Vec::new();
    file.take(MAX_TEXT_FILE_BYTES + 1).read_to_end(&mut bytes).map_err(cannot_read)?;
    if bytes.len() as u64 > MAX_TEXT_FILE_BYTES {
        return Err(Diagnostic::file_error(
            shown,
            format!("the file is larger than {} MiB, far more than kitapsha reads", MAX_TEXT_FILE_BYTES >> 20),
        )
        .with_hint("check that this is the right file; pictures and survey exports go in files of their own"));
    }
    String::from_utf8(bytes).map_err(|error| {
        let valid = &error.as_bytes()[..error.utf8_error().valid_up_to()];
        let line = valid.iter().filter(|&&b| b == b'\n').count() + 1;
        let line_start = valid.iter().rposition(|&b| b == b'\n').map_or(0, |i| i + 1);
        Diagnostic::file_error(
            shown,
            format!("the file is not UTF-8 text: line {line}, byte {} of the line", valid.len() - line_start + 1),
        )
        .with_hint("save the file as UTF-8 (in Notepad: Save as → Encoding: UTF-8)")
    })
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
struct RawProjectFile {
    organisation: Option<Spanned<RawOrganisation>>,
    programme: Option<Spanned<RawProgramme>>,
    #[serde(default)]
    activity: Vec<Spanned<RawActivity>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
struct RawOrganisation {
    name: Option<Spanned<RawTranslations>>,
    address: Option<Spanned<RawTranslations>>,
    phone: Option<Spanned<String>>,
    email: Option<Spanned<String>>,
    hours: Option<Spanned<RawTranslations>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
struct RawProgramme {
    title: Option<Spanned<RawTranslations>>,
    donor: Option<Spanned<String>>,
    period: Option<Spanned<RawPeriod>>,
    data_note: Option<Spanned<RawTranslations>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
struct RawPeriod {
    from: Spanned<toml::value::Datetime>,
    to: Spanned<toml::value::Datetime>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
struct RawActivity {
    district: Option<Spanned<String>>,
    title: Option<Spanned<RawTranslations>>,
    reached: Option<Spanned<i64>>,
}

/// The project file speaks to donors in all three languages.
const PROJECT_LANGUAGES: [Lang; 3] = [Lang::Kk, Lang::Ru, Lang::En];

fn check(root: &Path, file: &SourceFile, raw: RawProjectFile, diagnostics: &mut Vec<Diagnostic>) -> Option<Project> {
    let mut error = |span: std::ops::Range<usize>, message: String, hint: &str| {
        diagnostics.push(Diagnostic::error(file, span, message).with_hint(hint));
    };
    let mut texts = |key: &str, value: Option<&Spanned<RawTranslations>>, table_span: std::ops::Range<usize>| {
        let Some(value) = value else {
            error(
                table_span,
                format!("`{key}` is missing"),
                "add it with kk, ru and en texts: { kk = \"…\", ru = \"…\", en = \"…\" }",
            );
            return Texts::default();
        };
        let mut texts = Texts::default();
        for lang in PROJECT_LANGUAGES {
            match value.get_ref().get(lang) {
                Some(text) if !text.get_ref().trim().is_empty() => {
                    texts.0.insert(lang, text.get_ref().trim().to_string());
                }
                _ => error(
                    value.span(),
                    format!("`{key}` has no {} text", lang.english_name()),
                    "add the missing language: kk, ru and en are all needed",
                ),
            }
        }
        texts
    };

    let Some(organisation) = raw.organisation else {
        texts("[organisation]", None, 0..0);
        return None;
    };
    let org = organisation.get_ref();
    let name = texts("name", org.name.as_ref(), organisation.span());
    let address = texts("address", org.address.as_ref(), organisation.span());
    let hours = org.hours.as_ref().map(|hours| texts("hours", Some(hours), organisation.span()));
    let Some(programme) = raw.programme else {
        texts("[programme]", None, 0..0);
        return None;
    };
    let prog = programme.get_ref();
    let title = texts("title", prog.title.as_ref(), programme.span());
    let data_note = prog.data_note.as_ref().map(|note| texts("data-note", Some(note), programme.span()));
    let activities: Vec<Activity> = raw
        .activity
        .iter()
        .map(|activity| Activity {
            district: activity.get_ref().district.as_ref().map(|d| d.get_ref().clone()).unwrap_or_default(),
            title: texts("title", activity.get_ref().title.as_ref(), activity.span()),
            reached: activity.get_ref().reached.as_ref().and_then(|r| u32::try_from(*r.get_ref()).ok()),
        })
        .collect();

    let mut diagnostics_local = Vec::new();
    let required =
        |value: Option<&Spanned<String>>, key: &str, span: std::ops::Range<usize>, out: &mut Vec<Diagnostic>| {
            match value.map(|v| v.get_ref().trim().to_string()).filter(|v| !v.is_empty()) {
                Some(v) => v,
                None => {
                    out.push(
                        Diagnostic::error(file, span, format!("`{key}` is missing"))
                            .with_hint(format!("add {key} = \"…\"")),
                    );
                    String::new()
                }
            }
        };
    let phone = required(org.phone.as_ref(), "phone", organisation.span(), &mut diagnostics_local);
    let email = required(org.email.as_ref(), "email", organisation.span(), &mut diagnostics_local);
    let donor = required(prog.donor.as_ref(), "donor", programme.span(), &mut diagnostics_local);
    for activity in &raw.activity {
        if let Some(reached) = &activity.get_ref().reached
            && *reached.get_ref() < 0
        {
            diagnostics_local.push(
                Diagnostic::error(file, reached.span(), "`reached` cannot be negative")
                    .with_hint("give the number of people reached, or remove `reached` when it is unknown"),
            );
        }
    }
    let period = match &prog.period {
        Some(period) => {
            let from = date_of(file, &period.get_ref().from, &mut diagnostics_local);
            let to = date_of(file, &period.get_ref().to, &mut diagnostics_local);
            match (from, to) {
                (Some(from), Some(to)) if from <= to => Some((from, to)),
                (Some(_), Some(_)) => {
                    diagnostics_local.push(
                        Diagnostic::error(file, period.span(), "the programme period ends before it starts")
                            .with_hint("swap `from` and `to`"),
                    );
                    None
                }
                _ => None,
            }
        }
        None => {
            diagnostics_local.push(
                Diagnostic::error(file, programme.span(), "`period` is missing")
                    .with_hint("add period = { from = 2024-06-01, to = 2025-02-22 }"),
            );
            None
        }
    };
    diagnostics.extend(diagnostics_local);
    let (from, to) = period?;
    Some(Project {
        root: root.to_path_buf(),
        organisation: Organisation { name, address, phone, email, hours },
        programme: Programme { title, donor, from, to, data_note },
        activities,
    })
}

fn date_of(
    file: &SourceFile,
    value: &Spanned<toml::value::Datetime>,
    diagnostics: &mut Vec<Diagnostic>,
) -> Option<Date> {
    let date = Date::from_toml(value.get_ref());
    if date.is_none() {
        diagnostics.push(
            Diagnostic::error(file, value.span(), "this is not a date")
                .with_hint("write a date as YYYY-MM-DD without quotes, e.g. 2025-01-15"),
        );
    }
    date
}
