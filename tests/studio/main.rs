//! `kitapsha studio` over HTTP, request by request on the router, one module per screen. Nothing
//! is written when a request is refused.

#[path = "../common/mod.rs"]
mod common;
mod http;

mod access;
mod editor;
mod ledger;
mod new;
mod outputs;
mod pictures;
mod places;
mod quotes;
mod settings;
mod sheets;
mod survey;
