//! Starting the kiosk: settings, content and index, icons and words. Nothing
//! here fails in front of a visitor: problems are collected for staff.

use std::path::Path;
use std::sync::Arc;
use std::time::Instant;

use super::{Content, Setup};
use crate::config::Config;
use crate::content::{self, Catalogue, LoadOptions};
use crate::i18n::Strings;
use crate::search::{IndexError, SearchIndex};

/// Everything the kiosk needs, from the config and the content folder.
/// Nothing here fails: problems are collected for the staff panel and the
/// log, and the kiosk serves what is good.
pub fn setup(config: Option<&Path>, content_dir: Option<&Path>) -> Result<Setup, IndexError> {
    let started = Instant::now();
    let mut problems = Vec::new();
    let config = match Config::find(config) {
        Ok(config) => config,
        Err(diagnostic) => {
            problems.push(format!(
                "{diagnostic} (the kiosk runs with the default settings)"
            ));
            Config::default()
        }
    };
    if config.staff_pin.is_none() {
        problems.push(
            "no staff_pin in guichet.toml: the staff chord does nothing until one is set — run `guichet hash-pin` and paste its line into guichet.toml".to_owned(),
        );
    }
    let dir = content_dir.map_or_else(|| config.content.clone(), Path::to_owned);
    let (content, _) = load_content(&dir)?;
    let (strings, string_errors) = Strings::embedded();
    problems.extend(string_errors.iter().map(ToString::to_string));
    let icons = super::icons::load(&LoadOptions::for_dir(&dir).icons);
    Ok(Setup {
        config,
        strings: Arc::new(strings),
        icons,
        problems,
        content_dir: dir,
        content,
        started,
    })
}

/// Reads, checks and indexes a content folder: the services of the files
/// without errors, every problem for staff, and how many errors there were
/// (the live reload keeps the last good catalogue when there are any).
pub fn load_content(dir: &Path) -> Result<(Content, usize), IndexError> {
    let mut problems = Vec::new();
    let options = LoadOptions::for_dir(dir);
    let (catalogue, errors) = match content::load(dir, &options) {
        Ok(loaded) => {
            let errors = loaded.errors();
            let mut diagnostics = loaded.diagnostics;
            diagnostics.sort_by_key(|d| d.severity);
            problems.extend(diagnostics.iter().map(ToString::to_string));
            (loaded.catalogue, errors)
        }
        Err(e) => {
            problems.push(format!("{e}: no services can be read"));
            (Catalogue::default(), 1)
        }
    };
    let index = match SearchIndex::build(catalogue) {
        Ok(index) => index,
        Err(e) => {
            problems.push(format!("search index: {e}: the kiosk shows no services"));
            SearchIndex::build(Catalogue::default())?
        }
    };
    Ok((
        Content {
            index: Arc::new(index),
            problems,
        },
        errors,
    ))
}
