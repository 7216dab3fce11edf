//! Short texts in several languages (a district's name, a programme's title): as written in a
//! TOML file, and checked.

use std::collections::BTreeMap;

use serde::Deserialize;
use toml::Spanned;

use crate::lang::Lang;

/// A short text in several languages, such as the district's name.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Texts(pub BTreeMap<Lang, String>);

impl Texts {
    /// The text in `lang`, or else in Russian, Kazakh or English, whichever exists.
    pub fn get(&self, lang: Lang) -> &str {
        [lang, Lang::Ru, Lang::Kk, Lang::En].iter().find_map(|l| self.0.get(l)).map(String::as_str).unwrap_or("")
    }
}

/// One short text in every language: `{ kk = "…", ru = "…", en = "…" }`.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawTranslations {
    pub kk: Option<Spanned<String>>,
    pub ru: Option<Spanned<String>>,
    pub en: Option<Spanned<String>>,
}

impl RawTranslations {
    pub fn get(&self, lang: Lang) -> Option<&Spanned<String>> {
        match lang {
            Lang::Kk => self.kk.as_ref(),
            Lang::Ru => self.ru.as_ref(),
            Lang::En => self.en.as_ref(),
        }
    }
}
