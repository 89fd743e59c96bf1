//! The `guichet` command line: one function per subcommand.

pub mod check;

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};

#[derive(Debug, Parser)]
#[command(
    name = "guichet",
    version,
    about = "Rights-and-services information kiosk"
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Check the catalogue: every error of every file, then warnings and a
    /// per-language summary. Exit 0 when usable, 1 on errors, 2 on usage.
    Check {
        /// The content folder.
        #[arg(default_value = "content")]
        dir: PathBuf,
        /// Folder holding the category icons [default: assets/icons beside DIR].
        #[arg(long)]
        icons: Option<PathBuf>,
        /// Print a JSON report instead of text.
        #[arg(long)]
        json: bool,
        /// Judge review dates as of this day (YYYY-MM-DD) instead of today.
        #[arg(long, value_name = "DATE")]
        today: Option<String>,
    },
}

/// Exit codes shared by subcommands.
pub const EXIT_OK: u8 = 0;
pub const EXIT_ERRORS: u8 = 1;
pub const EXIT_USAGE: u8 = 2;

pub fn run(cli: Cli) -> ExitCode {
    let code = match cli.command {
        Command::Check {
            dir,
            icons,
            json,
            today,
        } => check::run(&dir, icons, json, today.as_deref()),
    };
    ExitCode::from(code)
}
