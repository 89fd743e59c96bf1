//! The `guichet` command line: one function per subcommand.

pub mod check;
pub mod export;
pub mod import;
pub mod insight_report;
pub mod insight_sync;
pub mod kiosk;
pub mod print;
pub mod report;
pub mod screen;
pub mod search;
pub mod speak;
pub mod sync;

use std::process::ExitCode;

use clap::{Parser, Subcommand};

#[derive(Debug, Parser)]
#[command(
    name = "guichet",
    version,
    about = "Rights-and-services information kiosk"
)]
pub struct Cli {
    /// What to do; without one, the kiosk starts.
    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Open the kiosk full-screen (the default). Staff leave with Ctrl+Alt+S
    /// and the PIN.
    Kiosk(kiosk::Args),
    /// Say a service (or a text) aloud through the kiosk's speech, then exit
    /// 0 when speech-dispatcher reports the end, 1 otherwise.
    Speak(speak::Args),
    /// Write a service's printed sheet: a PNG to look at, or (--escpos) the
    /// exact ESC/POS bytes a receipt printer gets, or (--page) PDF pages.
    Print(print::Args),
    /// Write the catalogue in another format: `hsds` (Open Referral HSDS 3.0,
    /// a JSON list of service objects).
    Export(export::Args),
    /// Turn services from another directory into content files: `hsds`
    /// (Open Referral HSDS 3.0: a JSON file of service objects, or the folder
    /// of a CSV package). Texts come in as "needs-review". Exit 0 when every
    /// service was imported, 1 when some were not, 2 on usage.
    Import(import::Args),
    /// The catalogue for the team: coverage per language, reviews due,
    /// entries flagged by check, categories with few services.
    Report(report::Args),
    /// Print the JSON Schema of a content file, for editors that check TOML
    /// while staff type (see content/README.md).
    Schema(crate::schema::Args),
    /// Follow a branch of the content repository: fetch, check the new commit,
    /// and fast-forward only when it has no errors. Exit 0 when up to date or
    /// updated, 1 when the new commit is refused.
    Sync(sync::Args),
    /// Read a staff PIN on standard input; print its hash for guichet.toml.
    HashPin,
    /// Check a settings file and print the settings the kiosk will use.
    Config(kiosk::ConfigArgs),
    /// Check the catalogue: every error of every file, then warnings and a
    /// per-language summary. Exit 0 when usable, 1 on errors, 2 on usage.
    Check(check::Args),
    /// The questionnaire's answer for a visitor: services likely, maybe and
    /// probably not, with reasons. Exit 0, or 2 on bad answers.
    Screen(screen::Args),
    /// Search the catalogue as the kiosk does.
    Search(search::Args),
}

/// A scratch folder of this process, where new content is checked before
/// anyone sees it: a fresh `guichet-<what>-XXXXXX` folder (random name, only
/// this user may enter) in the temporary folder, removed with everything in
/// it when dropped.
pub(crate) fn scratch(what: &str) -> Result<tempfile::TempDir, String> {
    tempfile::Builder::new()
        .prefix(&format!("guichet-{what}-"))
        .tempdir()
        .map_err(|e| {
            format!(
                "cannot make a scratch folder in {}: {e}",
                std::env::temp_dir().display()
            )
        })
}

/// Exit codes shared by subcommands.
pub const EXIT_OK: u8 = 0;
pub const EXIT_ERRORS: u8 = 1;
pub const EXIT_USAGE: u8 = 2;

pub fn run(cli: Cli) -> ExitCode {
    let command = cli
        .command
        .unwrap_or_else(|| Command::Kiosk(kiosk::Args::default()));
    let code = match &command {
        Command::Kiosk(args) => kiosk::run(args),
        Command::HashPin => kiosk::hash_pin(),
        Command::Sync(args) => {
            let code = sync::run(args);
            // Insight files go even when the catalogue's new commit is refused.
            code.max(insight_sync::run(&args.repo, &args.remote, &args.insight))
        }
        Command::Schema(args) => {
            match serde_json::to_string_pretty(&crate::schema::schema(args.kind)) {
                Ok(text) => {
                    println!("{text}");
                    EXIT_OK
                }
                Err(e) => {
                    eprintln!("guichet schema: {e}");
                    EXIT_ERRORS
                }
            }
        }
        Command::Report(args) => report::run(args),
        Command::Export(args) => export::run(args),
        Command::Import(args) => import::run(args),
        Command::Speak(args) => speak::run(args),
        Command::Print(args) => print::run(args),
        Command::Config(args) => kiosk::check_config(args.path.as_deref()),
        Command::Check(args) => check::run(args),
        Command::Screen(args) => screen::run(args),
        Command::Search(args) => search::run(args),
    };
    ExitCode::from(code)
}

#[cfg(test)]
mod tests {
    use clap::CommandFactory;

    /// clap checks the whole command line (names, groups, defaults) only
    /// when a command is parsed; this checks every command at once.
    #[test]
    fn every_command_is_well_formed() {
        super::Cli::command().debug_assert();
    }
}
