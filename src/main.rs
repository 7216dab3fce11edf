use std::process::ExitCode;

fn main() -> ExitCode {
    kitapsha::cli::main()
}
