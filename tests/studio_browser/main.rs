//! `kitapsha studio` in a real browser: Debian's `chromium`, driven through WebDriver by its
//! `chromedriver` as a person would use the page. The editor of a sample campaign: a Kazakh and
//! a Russian sentence typed into a section, saved, the file on disk and the page preview changed;
//! then the interface switched to Russian, and a mistake shown at its field. In a window the size
//! of a phone, the ledger page: a hand-out recorded, and one beyond the stock refused. On the
//! office network (`--lan`): the login page, the header's user, the users page. The
//! outputs page: the files built, the press PDF downloaded with a click and read back, and the
//! donor report made in Russian and downloaded. `.ci/run`
//! installs `chromium-driver` and runs these tests with `cargo test --test studio_browser --
//! --ignored`. With `KITAPSHA_SCREENSHOTS=DIR` they also leave screenshots of the pages in DIR.

#[path = "../common/mod.rs"]
mod common;
mod driver;

mod access;
mod create;
mod editor;
mod journey;
mod ledger;
mod outputs;
mod survey;
