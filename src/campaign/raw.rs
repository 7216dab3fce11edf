//! `campaign.toml` exactly as written: every key optional, so that the validator, not serde,
//! says what is missing, in words a campaign worker understands.

use serde::Deserialize;
use toml::Spanned;

pub use crate::geometry::Format;
use crate::lang::Lang;
pub use crate::texts::RawTranslations;

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct RawCampaignFile {
    pub campaign: Option<Spanned<RawCampaign>>,
    pub booklet: Option<Spanned<RawBooklet>>,
    pub cover: Option<Spanned<RawCover>>,
    #[serde(default)]
    pub section: Vec<Spanned<RawSection>>,
    #[serde(default)]
    pub quote: Vec<Spanned<RawQuote>>,
    pub back: Option<Spanned<RawBack>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct RawCampaign {
    pub district: Option<Spanned<RawTranslations>>,
    pub topic: Option<Spanned<RawTranslations>>,
    pub languages: Option<Spanned<Vec<Spanned<Lang>>>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct RawBooklet {
    pub format: Option<Spanned<Format>>,
    pub bilingual: Option<Spanned<Bilingual>>,
    pub pages: Option<Spanned<i64>>,
    pub creep_mm: Option<Spanned<f64>>,
    pub editions: Option<Spanned<Vec<Spanned<String>>>>,
}

/// How the two languages share the booklet.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Bilingual {
    /// Tête-bêche: each language reads from its own front cover.
    Flip,
    /// One language after the other.
    Sequential,
    /// Side by side, sections aligned.
    Parallel,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawCover {
    pub image: Option<Spanned<String>>,
    pub kk: Option<Spanned<RawCoverText>>,
    pub ru: Option<Spanned<RawCoverText>>,
    pub en: Option<Spanned<RawCoverText>>,
    /// Hand-written Latin for the Kazakh text of the Latin edition.
    #[serde(rename = "kk-latn")]
    pub kk_latn: Option<Spanned<RawCoverText>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawCoverText {
    pub title: Option<Spanned<String>>,
    pub subtitle: Option<Spanned<String>>,
    /// What the cover picture shows, for readers who cannot see it; `""` for decoration.
    pub alt: Option<Spanned<String>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawSection {
    pub image: Option<Spanned<String>>,
    pub kk: Option<Spanned<RawSectionText>>,
    pub ru: Option<Spanned<RawSectionText>>,
    pub en: Option<Spanned<RawSectionText>>,
    /// Hand-written Latin for the Kazakh text of the Latin edition.
    #[serde(rename = "kk-latn")]
    pub kk_latn: Option<Spanned<RawSectionText>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawSectionText {
    pub title: Option<Spanned<String>>,
    pub caption: Option<Spanned<String>>,
    /// What the section's picture shows, for readers who cannot see it; `""` for decoration.
    pub alt: Option<Spanned<String>>,
    pub text: Option<Spanned<String>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawQuote {
    pub kk: Option<Spanned<RawQuoteText>>,
    pub ru: Option<Spanned<RawQuoteText>>,
    pub en: Option<Spanned<RawQuoteText>>,
    /// Hand-written Latin for the Kazakh text of the Latin edition.
    #[serde(rename = "kk-latn")]
    pub kk_latn: Option<Spanned<RawQuoteText>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawQuoteText {
    pub text: Option<Spanned<String>>,
    pub who: Option<Spanned<String>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawBack {
    pub link: Option<Spanned<String>>,
}

/// Gives the per-language blocks of covers, sections and quotes one shape for the validator.
pub trait LangBlocks {
    type Text;
    fn block(&self, lang: Lang) -> Option<&Spanned<Self::Text>>;
    /// The `kk-latn` block: the Kazakh text in Latin script, written by hand.
    fn latin_block(&self) -> Option<&Spanned<Self::Text>>;
}

macro_rules! lang_blocks {
    ($ty:ty, $text:ty) => {
        impl LangBlocks for $ty {
            type Text = $text;
            fn block(&self, lang: Lang) -> Option<&Spanned<$text>> {
                match lang {
                    Lang::Kk => self.kk.as_ref(),
                    Lang::Ru => self.ru.as_ref(),
                    Lang::En => self.en.as_ref(),
                }
            }
            fn latin_block(&self) -> Option<&Spanned<$text>> {
                self.kk_latn.as_ref()
            }
        }
    };
}
lang_blocks!(RawCover, RawCoverText);
lang_blocks!(RawSection, RawSectionText);
lang_blocks!(RawQuote, RawQuoteText);
