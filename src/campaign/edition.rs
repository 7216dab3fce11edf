//! The editions a campaign is built in beside its standard booklet (`[booklet] editions`). An
//! edition is a name, a file suffix, a look the templates apply (given as data) and a
//! transformation of the campaign (`build::edition_campaign`): adding one is a variant here
//! and its arm in each `match`.

use serde::Serialize;

/// An edition other than the standard one.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Edition {
    /// Clear print for readers with low vision (README, "Large print").
    LargePrint,
    /// The Kazakh text in the Latin alphabet of 2021 (README, "Kazakh in Latin script").
    Latin,
}

impl Edition {
    /// Every edition `editions` accepts, in the order they are listed to the user.
    pub const ALL: [Edition; 2] = [Edition::LargePrint, Edition::Latin];

    /// The name written in `campaign.toml`, on the command line and in the ledger.
    pub fn name(self) -> &'static str {
        match self {
            Edition::LargePrint => "large-print",
            Edition::Latin => "latin",
        }
    }

    /// What the edition's files add to the campaign id: `<id>-large.pdf`, `<id>-large-press.pdf`.
    pub fn suffix(self) -> &'static str {
        match self {
            Edition::LargePrint => "-large",
            Edition::Latin => "-latn",
        }
    }

    pub fn from_name(name: &str) -> Option<Edition> {
        Edition::ALL.into_iter().find(|edition| edition.name() == name)
    }

    /// The accepted names, for messages: "large-print", "latin".
    pub fn names() -> Vec<String> {
        Edition::ALL.iter().map(|e| e.name().to_string()).collect()
    }

    /// The look the templates give this edition, or `None` for the standard one.
    pub fn look(self) -> Option<Look> {
        match self {
            Edition::LargePrint => Some(LARGE_PRINT),
            Edition::Latin => None,
        }
    }
}

/// How an edition departs from the standard look, as the templates read it (`look` in
/// `/data.json`). Sizes are in points and are the sizes printed, on any format.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub struct Look {
    /// "sans" or "serif", for the running text.
    pub font: &'static str,
    pub sizes: Sizes,
    /// Distance from one baseline to the next, in multiples of the type size.
    pub line_spacing: f64,
    /// Typst's own hyphenation, and kitapsha's Kazakh soft hyphens.
    pub hyphenate: bool,
    pub justify: bool,
    /// Emphasis (`*italic*`), captions and quotes in italic; bold instead when false.
    pub italic: bool,
}

/// The type scale of an edition, in points.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Sizes {
    pub small: f64,
    pub fine: f64,
    pub caption: f64,
    pub body: f64,
    pub lead: f64,
    pub heading: f64,
    pub title: f64,
    /// Page numbers.
    pub folio: f64,
}

/// Large print after RNIB's clear print guidelines and the European Blind Union's (README):
/// nothing under 16 pt, headings larger, sans-serif, ragged right, no hyphens, 1.5 spacing,
/// no italics.
pub const LARGE_PRINT: Look = Look {
    font: "sans",
    sizes: Sizes {
        small: 16.0,
        fine: 16.0,
        caption: 16.0,
        body: 16.0,
        lead: 18.0,
        heading: 22.0,
        title: 30.0,
        folio: 18.0,
    },
    line_spacing: 1.5,
    hyphenate: false,
    justify: false,
    italic: false,
};

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_edition_is_found_by_its_name_and_has_its_own_suffix() {
        for edition in Edition::ALL {
            assert_eq!(Edition::from_name(edition.name()), Some(edition));
            assert!(edition.suffix().starts_with('-') && edition.suffix() != "-press" && edition.suffix() != "-sheets");
        }
        assert_eq!(Edition::from_name("large"), None);
    }

    #[test]
    fn large_print_sets_nothing_under_16_points() {
        let sizes = LARGE_PRINT.sizes;
        let all =
            [sizes.small, sizes.fine, sizes.caption, sizes.body, sizes.lead, sizes.heading, sizes.title, sizes.folio];
        assert!(all.iter().all(|&size| size >= 16.0));
        assert!(sizes.heading > sizes.body && sizes.title > sizes.heading);
    }
}
