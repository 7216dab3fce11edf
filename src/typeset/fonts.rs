//! The fonts kitapsha ships in `fonts/`, embedded in the binary and parsed once per process.
//! Noto Serif and Noto Sans cover the Kazakh letters and ₸ in all four styles.

use std::sync::LazyLock;

use typst::foundations::Bytes;
use typst::text::{Font, FontBook};
use typst::utils::LazyHash;

static FONT_FILES: [&[u8]; 8] = [
    include_bytes!("../../fonts/NotoSerif-Regular.ttf"),
    include_bytes!("../../fonts/NotoSerif-Bold.ttf"),
    include_bytes!("../../fonts/NotoSerif-Italic.ttf"),
    include_bytes!("../../fonts/NotoSerif-BoldItalic.ttf"),
    include_bytes!("../../fonts/NotoSans-Regular.ttf"),
    include_bytes!("../../fonts/NotoSans-Bold.ttf"),
    include_bytes!("../../fonts/NotoSans-Italic.ttf"),
    include_bytes!("../../fonts/NotoSans-BoldItalic.ttf"),
];

/// The parsed fonts and the book Typst looks them up in.
pub struct Fonts {
    pub fonts: Vec<Font>,
    pub book: LazyHash<FontBook>,
}

static FONTS: LazyLock<Fonts> = LazyLock::new(|| {
    let fonts: Vec<Font> = FONT_FILES.iter().flat_map(|data| Font::iter(Bytes::new(*data))).collect();
    let book = LazyHash::new(FontBook::from_fonts(&fonts));
    Fonts { fonts, book }
});

/// The shipped fonts, parsed on first use.
pub fn shipped() -> &'static Fonts {
    &FONTS
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_shipped_font_has_the_kazakh_letters_and_the_tenge_sign() {
        let fonts = shipped();
        assert_eq!(fonts.fonts.len(), 8);
        for font in &fonts.fonts {
            for c in "ӘәҒғҚқҢңӨөҰұҮүҺһІі₸«»—№".chars() {
                assert!(font.info().coverage.contains(c as u32), "{} lacks {c}", font.info().family);
            }
        }
    }
}
