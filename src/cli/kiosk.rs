//! `guichet kiosk` (or plain `guichet`): the full-screen kiosk.

use std::path::{Path, PathBuf};

use super::{EXIT_ERRORS, EXIT_OK};
use crate::config::{Config, PinError, PinHash};
use crate::ui;

#[derive(Debug, Default, clap::Args)]
pub struct Args {
    /// Settings file [default: guichet.toml in the working folder, if any].
    #[arg(long, value_name = "PATH")]
    pub config: Option<PathBuf>,
    /// The content folder [default: `content` in guichet.toml].
    #[arg(long, value_name = "DIR")]
    pub content: Option<PathBuf>,
    /// A 1920×1080 window instead of full screen, for development.
    #[arg(long)]
    pub windowed: bool,
}

/// `guichet config`'s arguments.
#[derive(Debug, clap::Args)]
pub struct ConfigArgs {
    /// The file [default: guichet.toml in the working folder, if any].
    pub path: Option<PathBuf>,
}

pub use crate::ui::setup::{load_content, setup};

pub fn run(options: &Args) -> u8 {
    let setup = match setup(options.config.as_deref(), options.content.as_deref()) {
        Ok(setup) => setup,
        Err(e) => {
            log::error!("the search index cannot be built: {e}");
            return EXIT_ERRORS;
        }
    };
    // The log gets counts only: never anything a visitor typed or chose.
    log::info!(
        "{} services, canton {}, {} problem(s) for staff",
        setup.content.index.catalogue().services.len(),
        setup.config.canton.as_str(),
        setup.problems.len() + setup.content.problems.len()
    );
    for problem in setup.problems.iter().chain(&setup.content.problems) {
        log::warn!("{problem}");
    }
    eprintln!("guichet: insight {}", setup.config.insight.describe());
    match ui::run(setup, options.windowed) {
        Ok(()) => EXIT_OK,
        Err(e) => {
            log::error!("the screen could not be opened: {e}");
            EXIT_ERRORS
        }
    }
}

/// `guichet hash-pin`: reads a PIN on standard input, prints the line for
/// guichet.toml. The PIN never appears on the command line or in history.
pub fn hash_pin() -> u8 {
    let mut pin = String::new();
    if std::io::stdin().read_line(&mut pin).is_err() || pin.trim().is_empty() {
        eprintln!("guichet hash-pin: type the PIN, then Enter");
        return super::EXIT_USAGE;
    }
    match PinHash::new(&pin) {
        Ok(hash) => {
            println!("staff_pin = \"{hash}\"");
            EXIT_OK
        }
        Err(e @ PinError::NotForTheKeypad) => {
            eprintln!("guichet hash-pin: {e}");
            super::EXIT_USAGE
        }
        Err(e) => {
            eprintln!("guichet hash-pin: {e}");
            EXIT_ERRORS
        }
    }
}

/// `guichet config [PATH]`: checks a settings file and prints what the kiosk
/// will use.
pub fn check_config(path: Option<&Path>) -> u8 {
    match Config::find(path) {
        Ok(config) => {
            println!("canton = {}", config.canton.as_str());
            match &config.commune {
                Some(commune) => println!("commune = {commune}"),
                None => println!("commune = (none)"),
            }
            println!("language = {}", config.language);
            let languages: Vec<String> = config.languages.iter().map(ToString::to_string).collect();
            println!("languages = {}", languages.join(", "));
            println!("idle_timeout = {} s", config.idle_timeout.as_secs());
            println!("idle_warning = {} s", config.idle_warning.as_secs());
            println!(
                "staff_pin = {}",
                if config.staff_pin.is_some() {
                    "set"
                } else {
                    "not set"
                }
            );
            println!("content = {}", config.content.display());
            println!("scale = {}", config.scale.factor());
            match &config.printer {
                Some(printer) => println!(
                    "printer = {} ({:?})",
                    printer.connection.name(),
                    printer.paper
                ),
                None => println!("printer = none (no Print button)"),
            }
            println!("insight = {}", config.insight.describe());
            EXIT_OK
        }
        Err(diagnostic) => {
            eprintln!("{diagnostic}");
            EXIT_ERRORS
        }
    }
}
