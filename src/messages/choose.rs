//! Which language kitapsha speaks: `KITAPSHA_LANG=kk|ru|en` first, then `[project] messages` in
//! `kitapsha.toml`, then the locale as gettext programs read it (`LC_ALL`, then `LC_MESSAGES`,
//! then `LANG`), and English when none of them says.

use crate::lang::Lang;

/// The language of the messages, given what the project file says (if anything).
pub fn choose(setting: Option<Lang>) -> Lang {
    let variable = |name: &str| std::env::var(name).ok().filter(|v| !v.trim().is_empty());
    variable("KITAPSHA_LANG")
        .and_then(|code| Lang::from_code(code.trim()))
        .or(setting)
        .unwrap_or_else(|| from_locale(["LC_ALL", "LC_MESSAGES", "LANG"].iter().find_map(|name| variable(name))))
}

/// The language a locale such as `kk_KZ.UTF-8`, `ru_KZ` or `C` asks for: Kazakh, Russian, or
/// English for anything else.
pub fn from_locale(locale: Option<String>) -> Lang {
    let Some(locale) = locale else { return Lang::En };
    let language = locale.split(['_', '.', '@', '-']).next().unwrap_or("").to_ascii_lowercase();
    match language.as_str() {
        "kk" => Lang::Kk,
        "ru" => Lang::Ru,
        _ => Lang::En,
    }
}

/// What `[project] messages` says in the text of `kitapsha.toml`, read leniently: the strict
/// reading, which reports a wrong value, comes later and needs the language already.
pub fn from_setting(project_file: &str) -> Option<Lang> {
    let table: toml::Table = project_file.parse().ok()?;
    let code = table.get("project")?.get("messages")?.as_str()?;
    Lang::from_code(code)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_locale_names_its_language_first() {
        let of = |locale: &str| from_locale(Some(locale.to_string()));
        assert_eq!(of("kk_KZ.UTF-8"), Lang::Kk);
        assert_eq!(of("ru_RU.UTF-8"), Lang::Ru);
        assert_eq!(of("ru_KZ"), Lang::Ru);
        assert_eq!(of("C"), Lang::En);
        assert_eq!(of("en_GB.UTF-8"), Lang::En);
        assert_eq!(of("de_DE"), Lang::En);
        assert_eq!(from_locale(None), Lang::En);
    }

    #[test]
    fn the_project_setting_is_read_from_the_project_table() {
        assert_eq!(from_setting("[project]\nmessages = \"kk\"\n"), Some(Lang::Kk));
        assert_eq!(from_setting("[project]\nmessages = \"de\"\n"), None);
        assert_eq!(from_setting("[organisation]\nname = 1\n"), None);
        assert_eq!(from_setting("not toml ["), None);
    }
}
