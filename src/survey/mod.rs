//! Survey statistics.

pub mod stats;
