//! `guichet export hsds`: the catalogue for other directories.

use std::path::Path;

use super::{EXIT_ERRORS, EXIT_OK, EXIT_USAGE};
use crate::hsds;
use crate::lang::Lang;

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// Open Referral HSDS 3.0 service objects.
    Hsds,
}

pub fn run(format: Format, content: &Path, lang: Lang, out: Option<&Path>) -> u8 {
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
