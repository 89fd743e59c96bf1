//! `guichet import hsds`: services from another directory, as content files
//! staff then check and complete.
//!
//! The new files are checked first in a scratch folder, with the content
//! folder's categories and the same rules as `guichet check`; only files
//! without errors are written, so an import never breaks the kiosk's live
//! reload. A service whose id the catalogue already has is not imported:
//! staff remove or rename the old file first.

use std::fs;
use std::path::{Path, PathBuf};

use serde_json::Value;

use super::{EXIT_ERRORS, EXIT_OK, EXIT_USAGE, scratch};
use crate::content::{self, Canton, LoadOptions};
use crate::hsds::import::{self, Imported};
use crate::lang::Lang;

/// HSDS files are a few megabytes at most.
const MAX_INPUT_BYTES: u64 = 64 * 1024 * 1024;

#[derive(Debug, clap::Args)]
pub struct Args {
    /// The format.
    pub format: super::export::Format,
    /// The HSDS JSON file, or the folder of the CSV package.
    pub input: PathBuf,
    /// Where to write the new files, for example content/services/imported.
    #[arg(long, value_name = "DIR")]
    pub out: PathBuf,
    /// The kiosk's content folder, for its categories and ids.
    #[arg(long, default_value = "content")]
    pub content: PathBuf,
    /// The language the records are written in.
    #[arg(long, default_value = "fr")]
    pub lang: Lang,
    /// The category of records whose taxonomy terms name none of the
    /// kiosk's (repeat for several).
    #[arg(long = "category", value_name = "ID")]
    pub categories: Vec<String>,
    /// The canton of records whose service areas name none (CH for all
    /// of Switzerland).
    #[arg(long)]
    pub canton: Option<Canton>,
}

pub fn run(options: &Args) -> u8 {
    match import_all(options) {
        Ok(code) => code,
        Err(message) => {
            eprintln!("guichet import: {message}");
            EXIT_USAGE
        }
    }
}

/// The HSDS service objects in a JSON file or a tabular (CSV) folder.
fn read_records(input: &Path) -> Result<Vec<Value>, String> {
    if input.is_dir() {
        return crate::hsds::tabular::read(input).map_err(|e| e.to_string());
    }
    let size = fs::metadata(input)
        .map_err(|e| format!("cannot read {}: {e}", input.display()))?
        .len();
    if size > MAX_INPUT_BYTES {
        return Err(format!(
            "{} is {} MB; HSDS files are smaller — check that this is the right file",
            input.display(),
            size / 1_000_000
        ));
    }
    let text = fs::read_to_string(input).map_err(|e| {
        format!(
            "cannot read {}: {e} (HSDS files are UTF-8 JSON)",
            input.display()
        )
    })?;
    let document: Value = serde_json::from_str(text.trim_start_matches('\u{feff}')).map_err(|e| {
        format!(
            "{}:{}:{}: not JSON: {e} — give an HSDS JSON file, or the folder of an HSDS CSV package",
            input.display(),
            e.line(),
            e.column()
        )
    })?;
    import::records(document).map_err(|e| e.to_string())
}

fn import_all(options: &Args) -> Result<u8, String> {
    let load_options = LoadOptions::for_dir(&options.content);
    let loaded = content::load(&options.content, &load_options).map_err(|e| e.to_string())?;
    if loaded.catalogue.categories.is_empty() {
        return Err(format!(
            "{} has no usable categories.toml — give the kiosk's content folder with --content",
            options.content.display()
        ));
    }
    let known_categories: Vec<String> = loaded
        .catalogue
        .categories
        .iter()
        .map(|c| c.id().to_owned())
        .collect();
    for category in &options.categories {
        if !known_categories.contains(category) {
            return Err(format!(
                "--category {category} is not a category of {} — use one of {}",
                options.content.display(),
                known_categories.join(", ")
            ));
        }
    }
    let records = read_records(&options.input)?;
    let import_options = import::Options {
        lang: options.lang,
        known_categories,
        categories: options.categories.clone(),
        canton: options.canton.clone(),
        today: load_options.today,
    };

    let mut refused = 0;
    let mut ready: Vec<Imported> = Vec::new();
    for record in &records {
        let name = import::name(record);
        let imported = match import::service(record, &import_options) {
            Ok(imported) => imported,
            Err(reason) => {
                eprintln!("guichet import: `{name}` not imported: {reason}");
                refused += 1;
                continue;
            }
        };
        let id = imported.service.id();
        let target = options.out.join(format!("{id}.toml"));
        if loaded.catalogue.service(id).is_some() || target.exists() {
            eprintln!(
                "guichet import: `{name}` not imported: the catalogue already has a service `{id}` — remove or rename its file first"
            );
            refused += 1;
        } else if ready.iter().any(|r| r.service.id() == id) {
            eprintln!(
                "guichet import: `{name}` not imported: another record of this file also becomes `{id}`"
            );
            refused += 1;
        } else {
            ready.push(imported);
        }
    }

    let origin = options.input.file_name().map_or_else(
        || options.input.display().to_string(),
        |n| n.to_string_lossy().into_owned(),
    );
    let mut files: Vec<(String, String)> = Vec::new();
    for imported in &ready {
        match import::to_toml(imported, &origin, load_options.today) {
            Ok(text) => files.push((format!("{}.toml", imported.service.id()), text)),
            Err(reason) => {
                eprintln!(
                    "guichet import: `{}` not imported: {reason}",
                    imported.service.id()
                );
                refused += 1;
            }
        }
    }
    let (good, warnings) = check_in_scratch(options, &load_options, &files)?;

    if !good.is_empty() {
        fs::create_dir_all(&options.out)
            .map_err(|e| format!("cannot create {}: {e}", options.out.display()))?;
    }
    let mut written = 0;
    for (name, text) in &files {
        if !good.contains(name) {
            refused += 1;
            continue;
        }
        let path = options.out.join(name);
        write_whole(&options.out, &path, text)
            .map_err(|e| format!("cannot write {}: {e}", path.display()))?;
        println!("{}", path.display());
        written += 1;
    }
    eprintln!(
        "guichet import: {written} of {} services written to {} with status \"needs-review\" ({warnings} warnings; see them with `guichet check {}`)",
        records.len(),
        options.out.display(),
        options.content.display()
    );
    Ok(if refused == 0 { EXIT_OK } else { EXIT_ERRORS })
}

/// Writes `text` to `path` whole or not at all: into a new file in `dir`
/// first, then renamed (a failed write leaves no half file for the kiosk to
/// read, and never replaces a file already there).
fn write_whole(dir: &Path, path: &Path, text: &str) -> std::io::Result<()> {
    use std::io::Write;
    let mut file = tempfile::Builder::new()
        .prefix(".guichet-import-")
        .suffix(".partial")
        .tempfile_in(dir)?;
    file.write_all(text.as_bytes())?;
    file.as_file().sync_all()?;
    file.persist_noclobber(path).map_err(|e| e.error)?;
    Ok(())
}

/// Checks the new files beside a copy of the categories, as `guichet check`
/// would; returns the names of the files without errors, and the number of
/// warnings. Errors are printed with the path the file will have.
fn check_in_scratch(
    options: &Args,
    load_options: &LoadOptions,
    files: &[(String, String)],
) -> Result<(Vec<String>, usize), String> {
    let scratch = scratch("import")?;
    let services = scratch.path().join(content::SERVICES_DIR);
    let prepare = || -> std::io::Result<()> {
        fs::create_dir_all(&services)?;
        fs::copy(
            options.content.join(content::CATEGORIES_FILE),
            scratch.path().join(content::CATEGORIES_FILE),
        )?;
        for (name, text) in files {
            fs::write(services.join(name), text)?;
        }
        Ok(())
    };
    prepare().map_err(|e| {
        format!(
            "cannot prepare a scratch folder in {}: {e}",
            scratch.path().display()
        )
    })?;
    let checked = content::load(scratch.path(), load_options).map_err(|e| e.to_string())?;

    let mut good: Vec<String> = files.iter().map(|(name, _)| name.clone()).collect();
    let mut warnings = 0;
    for diagnostic in &checked.diagnostics {
        let Some(name) = diagnostic
            .path
            .strip_prefix(&services)
            .ok()
            .map(|p| p.to_string_lossy().into_owned())
        else {
            continue; // about the categories copy: not the import's concern
        };
        if diagnostic.is_error() {
            let mut shown = diagnostic.clone();
            shown.path = options.out.join(&name);
            eprintln!("{shown}");
            good.retain(|g| *g != name);
        } else {
            warnings += 1;
        }
    }
    Ok((good, warnings))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_failed_write_leaves_no_half_file() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("food-aid.toml");
        write_whole(dir.path(), &path, "id = \"food-aid\"\n").unwrap();
        assert_eq!(fs::read_to_string(&path).unwrap(), "id = \"food-aid\"\n");
        // A second write to the same name fails, and changes nothing.
        assert!(write_whole(dir.path(), &path, "id = \"other\"\n").is_err());
        assert_eq!(fs::read_to_string(&path).unwrap(), "id = \"food-aid\"\n");
        let names: Vec<_> = fs::read_dir(dir.path())
            .unwrap()
            .map(|e| e.unwrap().file_name())
            .collect();
        assert_eq!(names, vec![std::ffi::OsString::from("food-aid.toml")]);
        // A folder that is not there: nothing is written anywhere.
        let gone = dir.path().join("gone");
        assert!(write_whole(&gone, &gone.join("x.toml"), "x").is_err());
        assert!(!gone.exists());
    }
}
