//! `guichet export hsds`: the catalogue for other directories.

use std::path::PathBuf;

use super::{EXIT_ERRORS, EXIT_OK, EXIT_USAGE};
use crate::hsds;
use crate::lang::Lang;

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// Open Referral HSDS 3.0 service objects.
    Hsds,
}

#[derive(Debug, clap::Args)]
pub struct Args {
    /// The format.
    pub format: Format,
    /// The content folder.
    #[arg(long, default_value = "content")]
    pub content: PathBuf,
    /// The language of the texts; fields it lacks are in French.
    #[arg(long, default_value = "fr")]
    pub lang: Lang,
    /// Write here instead of standard output.
    #[arg(long, value_name = "FILE")]
    pub out: Option<PathBuf>,
}

pub fn run(args: &Args) -> u8 {
    let (format, content, lang, out) = (args.format, &args.content, args.lang, args.out.as_deref());
    let index = match super::search::load_index(content) {
        Ok(index) => index,
        Err(message) => {
            eprintln!("guichet export: {message}");
            return EXIT_USAGE;
        }
    };
    let services = match format {
        Format::Hsds => hsds::export(index.catalogue(), lang),
    };
    let text = match serde_json::to_string_pretty(&services) {
        Ok(text) => text + "\n",
        Err(e) => {
            eprintln!("guichet export: {e}");
            return EXIT_ERRORS;
        }
    };
    match out {
        Some(path) => match std::fs::write(path, text) {
            Ok(()) => {
                eprintln!(
                    "guichet export: {} services written to {}",
                    services.len(),
                    path.display()
                );
                EXIT_OK
            }
            Err(e) => {
                eprintln!("guichet export: cannot write {}: {e}", path.display());
                EXIT_ERRORS
            }
        },
        None => {
            print!("{text}");
            EXIT_OK
        }
    }
}
