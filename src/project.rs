//! The project: `kitapsha.toml` (organisation, programme, activities) and the campaign folders
//! under `booklets/`.

use std::path::{Path, PathBuf};

use serde::Deserialize;
use toml::Spanned;

use crate::colour::{self, PressProfile};
use crate::date::Date;
use crate::diag::{Diagnostic, Diagnostics, SourceFile};
use crate::fsutil::{Folder, PathProblem, io_problem, read_text, resolve_within};
use crate::lang::Lang;
use crate::messages::Message;
use crate::msg;
use crate::texts::RawTranslations;
use crate::texts::Texts;
use crate::tomlfile;

mod placeholders;

pub const PROJECT_FILE: &str = "kitapsha.toml";
pub const BOOKLETS_DIR: &str = "booklets";
pub const OUT_DIR: &str = "out";

/// A campaign's folder under `booklets/`, its name being the campaign's id.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CampaignFolder {
    pub id: String,
    pub folder: Folder,
}

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
    /// The donor's funding statement, printed beside its logo on the report cover and on
    /// every booklet's back cover.
    pub funding: Option<Funding>,
}

/// `funding-statement` and `donor-logo` of `[programme]`.
#[derive(Debug, Clone)]
pub struct Funding {
    pub statement: Texts,
    pub logo: Option<DonorLogo>,
}

/// The donor's logo, read once: an image inside the project.
#[derive(Debug, Clone)]
pub struct DonorLogo {
    /// The path as written, relative to the project root.
    pub written: String,
    /// Typst's shared buffer: every booklet and report places the same bytes without copies.
    pub bytes: typst::foundations::Bytes,
}

impl DonorLogo {
    /// Where the templates find it: its extension tells Typst the format.
    pub fn served_path(&self) -> String {
        let extension = Path::new(&self.written).extension().and_then(|e| e.to_str()).unwrap_or("svg").to_lowercase();
        format!("/donor-logo.{extension}")
    }
}

/// A community project of the programme that is not a booklet.
#[derive(Debug, Clone)]
pub struct Activity {
    pub district: String,
    pub title: Texts,
    pub reached: Option<u32>,
    /// What the project cost, in tenge, when recorded.
    pub cost: Option<u64>,
}

/// How the press PDF is printed: `[print]` in `kitapsha.toml`.
#[derive(Debug, Clone)]
pub struct Print {
    /// The print shop's CMYK output profile (`profile`, `condition`); kitapsha's own FOGRA39
    /// one when `None`.
    pub shop_profile: Option<std::sync::Arc<PressProfile>>,
    /// Total ink allowed anywhere on the page, in percent (`ink-limit`, 300 unless given).
    pub ink_limit: f32,
}

impl Default for Print {
    fn default() -> Self {
        // Reading the bundled profile takes about 13 ms: it is done beside the
        // typesetting, which needs no profile, rather than before or after it.
        std::thread::spawn(|| drop(colour::bundled()));
        Print { shop_profile: None, ink_limit: colour::INK_LIMIT }
    }
}

impl Print {
    /// The CMYK output profile the press PDF converts through and embeds.
    pub fn profile(&self) -> std::sync::Arc<PressProfile> {
        self.shop_profile.clone().unwrap_or_else(colour::bundled)
    }
}

#[derive(Debug, Clone)]
pub struct Project {
    pub root: PathBuf,
    pub organisation: Organisation,
    pub programme: Programme,
    pub activities: Vec<Activity>,
    pub print: Print,
    /// `[project] messages`: the language the project asks kitapsha to speak.
    pub messages: Option<Lang>,
}

impl Project {
    /// The date written into PDFs: `SOURCE_DATE_EPOCH` when set, otherwise the end of the
    /// programme, so that the same files always give the same bytes.
    pub fn creation_date(&self) -> Date {
        match std::env::var("SOURCE_DATE_EPOCH") {
            Ok(_) => Date::today(),
            Err(_) => self.programme.to,
        }
    }

    /// Where the PDFs go unless the user says otherwise.
    pub fn out_dir(&self) -> PathBuf {
        self.root.join(OUT_DIR)
    }

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
                let hint = match tomlfile::did_you_mean(name, &known) {
                    Some(best) => msg!("campaign-unknown-typo-hint", best = best, known = known.join(", ")),
                    None if known.is_empty() => msg!("campaign-unknown-none-hint"),
                    None => msg!("campaign-unknown-hint", known = known.join(", ")),
                };
                return Err(Diagnostic::file_error(
                    Path::new(BOOKLETS_DIR).join(name),
                    msg!("campaign-unknown", id = name),
                )
                .with_hint(hint));
            }
        }
        Ok(named.to_vec())
    }

    /// The folder of campaign `id`, with its real path. A folder that is a symbolic link leading out
    /// of the project is refused: campaign folders travel between people, and a link in one must
    /// not make kitapsha read or write files elsewhere.
    pub fn campaign_dir(&self, id: &str) -> Result<Folder, Diagnostic> {
        let dir = self.booklets_dir().join(id);
        let shown = Path::new(BOOKLETS_DIR).join(id);
        let real = dir.canonicalize().map_err(|error| {
            Diagnostic::file_error(&shown, msg!("campaign-folder-cannot-open", reason = io_problem(&error)))
        })?;
        let root = self.root.canonicalize().map_err(|error| {
            Diagnostic::file_error(PROJECT_FILE, msg!("project-folder-cannot-open", reason = io_problem(&error)))
        })?;
        if !real.starts_with(&root) {
            return Err(Diagnostic::file_error(&shown, msg!("campaign-folder-outside"))
                .with_hint(msg!("campaign-folder-outside-hint", booklets = BOOKLETS_DIR)));
        }
        Ok(Folder { real, shown })
    }
}

/// Finds `kitapsha.toml` in `start` or one of its parents.
pub fn find_root(start: &Path) -> Option<PathBuf> {
    start.ancestors().find(|dir| dir.join(PROJECT_FILE).is_file()).map(Path::to_path_buf)
}

/// A warning for each example text of `kitapsha init` still in `kitapsha.toml` (a text in
/// square brackets); none when the file cannot be read, which loading reports.
pub fn placeholder_warnings(root: &Path) -> Vec<Diagnostic> {
    read_text(&root.join(PROJECT_FILE), Path::new(PROJECT_FILE))
        .map(|text| placeholders::placeholders(&SourceFile::new(PROJECT_FILE, text)))
        .unwrap_or_default()
}

/// Loads `kitapsha.toml` from the project root.
pub fn load(root: &Path, diagnostics: &mut Diagnostics) -> Option<Project> {
    let text = match read_text(&root.join(PROJECT_FILE), Path::new(PROJECT_FILE)) {
        Ok(text) => text,
        Err(diagnostic) => {
            diagnostics.push(diagnostic);
            return None;
        }
    };
    let file = SourceFile::new(PROJECT_FILE, text);
    let start = diagnostics.checkpoint();
    let raw: RawProjectFile = tomlfile::load(&file, diagnostics)?;
    let project = check(root, &file, raw, diagnostics)?;
    (!diagnostics.failed_since(start)).then_some(project)
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
struct RawProjectFile {
    organisation: Option<Spanned<RawOrganisation>>,
    programme: Option<Spanned<RawProgramme>>,
    #[serde(default)]
    activity: Vec<Spanned<RawActivity>>,
    print: Option<Spanned<RawPrint>>,
    project: Option<Spanned<RawSettings>>,
}

/// `[project]`: how the tool behaves for this project.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
struct RawSettings {
    /// The language of messages: kk, ru or en (`KITAPSHA_LANG` wins over it).
    messages: Option<Spanned<Lang>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
struct RawPrint {
    profile: Option<Spanned<String>>,
    condition: Option<Spanned<String>>,
    ink_limit: Option<Spanned<i64>>,
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
    funding_statement: Option<Spanned<RawTranslations>>,
    donor_logo: Option<Spanned<String>>,
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
    cost: Option<Spanned<i64>>,
}

/// The project file speaks to donors in all three languages.
const PROJECT_LANGUAGES: [Lang; 3] = [Lang::Kk, Lang::Ru, Lang::En];

fn check(root: &Path, file: &SourceFile, raw: RawProjectFile, diagnostics: &mut Diagnostics) -> Option<Project> {
    let mut error = |span: std::ops::Range<usize>, message: Message, hint: Message| {
        diagnostics.push(Diagnostic::error(file, span, message).with_hint(hint));
    };
    let mut texts = |key: &str, value: Option<&Spanned<RawTranslations>>, table_span: std::ops::Range<usize>| {
        let Some(value) = value else {
            error(table_span, msg!("project-texts-missing", key = key), msg!("project-texts-missing-hint", key = key));
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
                    msg!("project-text-missing-language", key = key, lang = lang),
                    msg!("project-text-missing-language-hint", lang = lang),
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
    let statement =
        prog.funding_statement.as_ref().map(|note| texts("funding-statement", Some(note), programme.span()));
    let activities: Vec<Activity> = raw
        .activity
        .iter()
        .map(|activity| Activity {
            district: activity.get_ref().district.as_ref().map(|d| d.get_ref().clone()).unwrap_or_default(),
            title: texts("title", activity.get_ref().title.as_ref(), activity.span()),
            reached: activity.get_ref().reached.as_ref().and_then(|r| u32::try_from(*r.get_ref()).ok()),
            cost: activity.get_ref().cost.as_ref().and_then(|c| u64::try_from(*c.get_ref()).ok()),
        })
        .collect();

    let mut diagnostics_local = Diagnostics::new();
    let required =
        |value: Option<&Spanned<String>>, key: &str, span: std::ops::Range<usize>, out: &mut Diagnostics| match value
            .map(|v| v.get_ref().trim().to_string())
            .filter(|v| !v.is_empty())
        {
            Some(v) => v,
            None => {
                out.push(
                    Diagnostic::error(file, span, msg!("project-key-missing", key = key))
                        .with_hint(msg!("project-key-missing-hint", key = key)),
                );
                String::new()
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
                Diagnostic::error(file, reached.span(), msg!("project-reached-negative"))
                    .with_hint(msg!("project-reached-negative-hint")),
            );
        }
        if let Some(cost) = &activity.get_ref().cost
            && *cost.get_ref() < 0
        {
            diagnostics_local.push(
                Diagnostic::error(file, cost.span(), msg!("project-activity-cost-negative"))
                    .with_hint(msg!("project-activity-cost-negative-hint")),
            );
        }
    }
    let logo = prog.donor_logo.as_ref().and_then(|written| donor_logo(root, file, written, &mut diagnostics_local));
    if let (Some(logo), None) = (&prog.donor_logo, &statement) {
        diagnostics_local.push(
            Diagnostic::error(file, logo.span(), msg!("project-logo-without-statement"))
                .with_hint(msg!("project-logo-without-statement-hint")),
        );
    }
    let funding = statement.map(|statement| Funding { statement, logo });
    let period = match &prog.period {
        Some(period) => {
            let from = date_of(file, &period.get_ref().from, &mut diagnostics_local);
            let to = date_of(file, &period.get_ref().to, &mut diagnostics_local);
            match (from, to) {
                (Some(from), Some(to)) if from <= to => Some((from, to)),
                (Some(_), Some(_)) => {
                    diagnostics_local.push(
                        Diagnostic::error(file, period.span(), msg!("project-period-reversed"))
                            .with_hint(msg!("project-period-reversed-hint")),
                    );
                    None
                }
                _ => None,
            }
        }
        None => {
            diagnostics_local.push(
                Diagnostic::error(file, programme.span(), msg!("project-period-missing"))
                    .with_hint(msg!("project-period-missing-hint")),
            );
            None
        }
    };
    let print =
        raw.print.as_ref().map_or_else(Print::default, |print| print_of(root, file, print, &mut diagnostics_local));
    diagnostics.extend(diagnostics_local);
    let (from, to) = period?;
    Some(Project {
        root: root.to_path_buf(),
        organisation: Organisation { name, address, phone, email, hours },
        programme: Programme { title, donor, from, to, data_note, funding },
        activities,
        print,
        messages: raw.project.as_ref().and_then(|settings| settings.get_ref().messages.as_ref()).map(|l| *l.get_ref()),
    })
}

/// Lowest and highest total ink a print shop asks for, in percent.
const INK_LIMITS: std::ops::RangeInclusive<i64> = 200..=400;

/// `[print]`: the print shop's own profile and printing condition, and its ink limit. A
/// profile that cannot be used is an error at its line; the build then uses none.
fn print_of(root: &Path, file: &SourceFile, raw: &Spanned<RawPrint>, diagnostics: &mut Diagnostics) -> Print {
    let Some(profile) = &raw.get_ref().profile else {
        return Print { ink_limit: ink_limit(file, raw, diagnostics), ..Print::default() };
    };
    let mut print = Print { shop_profile: None, ink_limit: ink_limit(file, raw, diagnostics) };
    let table = raw.get_ref();
    let Some(condition) = table.condition.as_ref().map(|c| c.get_ref().trim()).filter(|c| !c.is_empty()) else {
        diagnostics.push(
            Diagnostic::error(file, raw.span(), crate::msg!("print-condition-missing"))
                .with_hint(crate::msg!("print-condition-missing-hint")),
        );
        return print;
    };
    match read_profile(root, profile.get_ref(), condition) {
        Ok(shop) => print.shop_profile = Some(std::sync::Arc::new(shop)),
        Err((message, hint)) => diagnostics.push(Diagnostic::error(file, profile.span(), message).with_hint(hint)),
    }
    print
}

/// `ink-limit` of `[print]`, checked; 300 % unless given. A `condition` without a `profile`
/// is an error too.
fn ink_limit(file: &SourceFile, raw: &Spanned<RawPrint>, diagnostics: &mut Diagnostics) -> f32 {
    let table = raw.get_ref();
    if table.profile.is_none()
        && let Some(condition) = &table.condition
    {
        diagnostics.push(
            Diagnostic::error(file, condition.span(), crate::msg!("print-condition-without-profile"))
                .with_hint(crate::msg!("print-condition-without-profile-hint")),
        );
    }
    let Some(limit) = &table.ink_limit else { return colour::INK_LIMIT };
    if INK_LIMITS.contains(limit.get_ref()) {
        return *limit.get_ref() as f32;
    }
    let message = crate::msg!("print-ink-limit-out-of-range", limit = limit.get_ref().to_string());
    diagnostics.push(
        Diagnostic::error(file, limit.span(), message).with_hint(crate::msg!("print-ink-limit-out-of-range-hint")),
    );
    colour::INK_LIMIT
}

/// The print shop's profile that `profile = "…"` names, or the error and hint that say why it
/// cannot be used.
fn read_profile(
    root: &Path,
    written: &str,
    condition: &str,
) -> Result<PressProfile, (crate::messages::Message, crate::messages::Message)> {
    use crate::msg;
    let real = resolve_within(root, written).map_err(|problem| {
        let hint = msg!("print-profile-where-hint");
        match problem {
            PathProblem::Empty => (msg!("print-profile-empty"), hint),
            PathProblem::Backslash { fixed } => {
                (msg!("print-profile-backslash", path = written), msg!("print-profile-backslash-hint", path = fixed))
            }
            PathProblem::Outside => (msg!("print-profile-outside", path = written), hint),
            PathProblem::Missing => (msg!("print-profile-missing", path = written), hint),
            PathProblem::NotAFile => (msg!("print-profile-not-a-file", path = written), hint),
        }
    })?;
    let bytes = std::fs::read(&real).map_err(|error| {
        (
            msg!("print-profile-cannot-read", path = written, reason = io_problem(&error)),
            msg!("print-profile-cannot-read-hint"),
        )
    })?;
    if bytes.len() > 16 * 1024 * 1024 {
        return Err((msg!("print-profile-too-large", path = written), msg!("print-profile-too-large-hint")));
    }
    PressProfile::new(bytes, condition.to_string(), None).map_err(|reason| {
        (msg!("print-profile-unusable", path = written, reason = reason), msg!("print-profile-unusable-hint"))
    })
}

/// The donor's logo: an SVG, PNG or JPEG file inside the project, read once.
fn donor_logo(
    root: &Path,
    file: &SourceFile,
    written: &Spanned<String>,
    diagnostics: &mut Diagnostics,
) -> Option<DonorLogo> {
    let relative = written.get_ref().trim();
    let supported = [".svg", ".png", ".jpg", ".jpeg"].iter().any(|e| relative.to_lowercase().ends_with(e));
    if !supported {
        diagnostics.push(
            Diagnostic::error(file, written.span(), msg!("project-logo-format", path = relative))
                .with_hint(msg!("project-logo-format-hint")),
        );
        return None;
    }
    let read = crate::fsutil::resolve_within(root, relative)
        .map_err(|_| msg!("project-logo-not-inside"))
        .and_then(|path| std::fs::read(&path).map_err(|error| io_problem(&error)));
    match read {
        Ok(bytes) => Some(DonorLogo { written: relative.to_string(), bytes: typst::foundations::Bytes::new(bytes) }),
        Err(reason) => {
            diagnostics.push(
                Diagnostic::error(
                    file,
                    written.span(),
                    msg!("project-logo-cannot-read", path = relative, reason = reason),
                )
                .with_hint(msg!("project-logo-cannot-read-hint")),
            );
            None
        }
    }
}

fn date_of(file: &SourceFile, value: &Spanned<toml::value::Datetime>, diagnostics: &mut Diagnostics) -> Option<Date> {
    let date = Date::from_toml(value.get_ref());
    if date.is_none() {
        diagnostics.push(
            Diagnostic::error(file, value.span(), msg!("project-not-a-date"))
                .with_hint(msg!("project-not-a-date-hint")),
        );
    }
    date
}
