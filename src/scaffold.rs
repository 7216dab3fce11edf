//! `kitapsha new ID`: a campaign folder with a commented `campaign.toml` that builds at once;
//! `kitapsha init DIR`: a project for one's own organisation, with no campaigns yet.

use std::path::{Path, PathBuf};

use crate::date::Date;
use crate::diag::{Diagnostic, Diagnostics};
use crate::fsutil;
use crate::fsutil::io_problem;
use crate::lang::Lang;
use crate::msg;
use crate::project::{BOOKLETS_DIR, PROJECT_FILE};

const COVER_IMAGE: &str = include_str!("scaffold/cover.svg");

/// The commented `campaign.toml` and `survey.toml` of a new campaign, with comments in the
/// language of the messages; the data in them is the same in each.
fn templates(lang: Lang) -> (&'static str, &'static str) {
    match lang {
        Lang::Kk => (include_str!("scaffold/kk/campaign.toml"), include_str!("scaffold/kk/survey.toml")),
        Lang::Ru => (include_str!("scaffold/ru/campaign.toml"), include_str!("scaffold/ru/survey.toml")),
        Lang::En => (include_str!("scaffold/en/campaign.toml"), include_str!("scaffold/en/survey.toml")),
    }
}

/// Creates `booklets/<id>/`, its templates commented in `lang`. Returns the folder as the user
/// sees it, or `None` after a diagnostic.
pub fn new_campaign(root: &Path, id: &str, lang: Lang, diagnostics: &mut Diagnostics) -> Option<PathBuf> {
    let shown = Path::new(BOOKLETS_DIR).join(id);
    if !is_valid_id(id) {
        diagnostics
            .push(Diagnostic::file_error(&shown, msg!("new-bad-id", id = id)).with_hint(msg!("new-bad-id-hint")));
        return None;
    }
    let dir = root.join(&shown);
    if dir.exists() {
        diagnostics.push(Diagnostic::file_error(&shown, msg!("new-exists")).with_hint(msg!("new-exists-hint")));
        return None;
    }
    let (campaign_template, survey_template) = templates(lang);
    let campaign = campaign_template.replace("{ID}", id);
    let written = fsutil::write_atomically(&dir.join("images").join("cover.svg"), COVER_IMAGE.as_bytes())
        .and_then(|()| fsutil::write_atomically(&dir.join(crate::campaign::CAMPAIGN_FILE), campaign.as_bytes()))
        .and_then(|()| {
            let survey = survey_template.replace("{ID}", id);
            fsutil::write_atomically(&dir.join(crate::survey::load::SURVEY_FILE), survey.as_bytes())
        });
    if let Err(error) = written {
        diagnostics.push(Diagnostic::file_error(&shown, msg!("new-cannot-create", reason = io_problem(&error))));
        return None;
    }
    Some(shown)
}

/// The commented `kitapsha.toml` and the README of a new project, in `lang`.
fn project_templates(lang: Lang) -> (&'static str, &'static str) {
    match lang {
        Lang::Kk => (include_str!("scaffold/kk/kitapsha.toml"), include_str!("scaffold/kk/README.md")),
        Lang::Ru => (include_str!("scaffold/ru/kitapsha.toml"), include_str!("scaffold/ru/README.md")),
        Lang::En => (include_str!("scaffold/en/kitapsha.toml"), include_str!("scaffold/en/README.md")),
    }
}

/// The README a new project gets, beside its `kitapsha.toml`.
pub const PROJECT_README: &str = "README.md";

/// Creates a project in `dir` (made if missing): `kitapsha.toml` commented in `lang`, with
/// example texts in square brackets and this year as the programme period, an empty
/// `booklets/` and a README that says what to do next. A folder that already holds a project,
/// or a README of its own, is left alone. `shown` is `dir` as the user typed it.
pub fn init_project(dir: &Path, shown: &Path, lang: Lang, today: Date, diagnostics: &mut Diagnostics) -> Option<()> {
    let refuse = |message, hint| Diagnostic::file_error(shown, message).with_hint(hint);
    if dir.exists() && !dir.is_dir() {
        diagnostics.push(refuse(msg!("init-not-a-folder"), msg!("init-not-a-folder-hint")));
        return None;
    }
    if dir.join(PROJECT_FILE).exists() {
        let file = shown.join(PROJECT_FILE);
        let file = file.strip_prefix(".").unwrap_or(&file).display().to_string();
        diagnostics.push(refuse(msg!("init-exists", file = file), msg!("init-exists-hint")));
        return None;
    }
    let (project_template, readme) = project_templates(lang);
    let project = project_template
        .replace("{FROM}", &format!("{}-01-01", today.year))
        .replace("{TO}", &format!("{}-12-31", today.year))
        .replace("{LANG}", lang.code());
    let readme_path = dir.join(PROJECT_README);
    let written = std::fs::create_dir_all(dir.join(BOOKLETS_DIR))
        .and_then(
            |()| if readme_path.exists() { Ok(()) } else { fsutil::write_atomically(&readme_path, readme.as_bytes()) },
        )
        // The project file last: a folder with it is a finished project.
        .and_then(|()| fsutil::write_atomically(&dir.join(PROJECT_FILE), project.as_bytes()));
    if let Err(error) = written {
        diagnostics.push(Diagnostic::file_error(shown, msg!("init-cannot-create", reason = io_problem(&error))));
        return None;
    }
    Some(())
}

/// Whether `id` can name a campaign folder: lowercase Latin letters, digits and dashes.
pub fn is_valid_id(id: &str) -> bool {
    id.len() <= 64
        && id.starts_with(|c: char| c.is_ascii_lowercase())
        && id.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
        && !id.ends_with('-')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_templates_hold_the_same_data_in_each_language() {
        let data = |text: &str| text.replace("{ID}", "x").parse::<toml::Table>().expect("a template is valid TOML");
        let (campaign, survey) = templates(Lang::En);
        for lang in [Lang::Kk, Lang::Ru] {
            let (translated_campaign, translated_survey) = templates(lang);
            assert_eq!(data(translated_campaign), data(campaign), "campaign.toml in {lang:?}");
            assert_eq!(data(translated_survey), data(survey), "survey.toml in {lang:?}");
            assert_ne!(translated_campaign, campaign, "the comments of campaign.toml are translated");
        }
    }

    #[test]
    fn the_project_templates_hold_the_same_data_in_each_language() {
        let data = |text: &str| {
            let text = text.replace("{FROM}", "2026-01-01").replace("{TO}", "2026-12-31").replace("{LANG}", "ru");
            text.parse::<toml::Table>().expect("a template is valid TOML")
        };
        let (project, readme) = project_templates(Lang::En);
        for lang in [Lang::Kk, Lang::Ru] {
            let (translated, translated_readme) = project_templates(lang);
            assert_eq!(data(translated), data(project), "kitapsha.toml in {lang:?}");
            assert_ne!(translated, project, "the comments of kitapsha.toml are translated");
            assert_ne!(translated_readme, readme, "the README is translated");
        }
    }

    #[test]
    fn ids_are_folder_safe() {
        assert!(is_valid_id("kegen-youth"));
        assert!(is_valid_id("a5"));
        for bad in ["", "Kegen", "../x", "5a", "a b", "кеген", "x-"] {
            assert!(!is_valid_id(bad), "{bad}");
        }
    }
}
