use std::process::ExitCode;

use clap::Parser;

fn main() -> ExitCode {
    guichet::cli::run(guichet::cli::Cli::parse())
}
