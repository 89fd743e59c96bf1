use std::process::ExitCode;

use clap::Parser;

fn main() -> ExitCode {
    guichet::logger::init();
    guichet::cli::run(guichet::cli::Cli::parse())
}
