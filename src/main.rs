use std::process::ExitCode;

use clap::Parser;

fn main() -> ExitCode {
    kitapsha::cli::run(kitapsha::cli::Cli::parse())
}
