//! kitapsha: two-language print-ready booklets, their print runs, awareness statistics and
//! donor reports, from TOML content files.

pub mod build;
pub mod cache;
pub mod campaign;
pub mod cli;
pub mod colour;
pub mod commands;
pub mod date;
pub mod diag;
pub mod fsutil;
pub mod geometry;
pub mod import;
pub mod lang;
pub mod latin_kk;
pub mod ledger;
pub mod messages;
pub mod numbers;
pub mod parallel;
pub mod places;
pub mod press;
pub mod project;
pub mod report;
pub mod scaffold;
pub mod scope;
pub mod studio;
pub mod survey;
pub mod texts;
pub mod timing;
pub mod tomlfile;
pub mod typeset;
pub mod users;
pub mod watch;
pub mod workbook;
