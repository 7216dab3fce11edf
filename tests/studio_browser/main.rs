//! `kitapsha studio` in a real browser: Debian's `chromium`, driven through WebDriver by its
//! `chromedriver` as a person would use the pages, one module per screen:
//! - `journey`: the whole job in Russian without TOML, from `kitapsha init` to the donor report;
//! - `create`: a campaign made from the home page, its texts typed, a picture sent, the pages
//!   following;
//! - `editor`: an edit saved and the preview changed, the interface switched to Russian, a
//!   mistake shown at its field, and a file changed on disk not written over;
//! - `ledger`: on a phone, a hand-out recorded and one beyond the stock refused; a record voided;
//! - `survey`: a Kobo export sent and its answers sorted; a volunteer's sheet on a phone;
//! - `outputs`: the press PDF built and downloaded, the donor report made in Russian;
//! - `access`: the office network's login, users and roles.
//!
//! `.ci/run` installs `chromium-driver` and runs these tests with `cargo test --test
//! studio_browser -- --ignored`. With `KITAPSHA_SCREENSHOTS=DIR` they also leave screenshots of
//! the pages in DIR.

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
