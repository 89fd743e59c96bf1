//! The catalogue: services, categories and synonyms, read from `content/`.

mod contact;
mod contact_checks;
mod crisis;
mod diagnostic;
mod glossary;
mod load;
mod model;
pub mod screener;
mod validate;
mod values;

use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};

pub use contact::{Closure, Location, Phone, PhoneKind, dialled};
pub use contact_checks::phone_is_dialable;
pub use crisis::{Crisis, CrisisFile, CrisisKind, Helpline};
pub use diagnostic::{Diagnostic, Severity, Source};
pub use glossary::{Glossary, GlossaryFile, Term, TermText, mentions};
pub use load::{MAX_FILE_BYTES, decode_source, explain, parse, read_source};
pub use model::{
    CategoriesFile, Category, Field, Localized, Organization, Service, ShownText, Status, Synonyms,
    Text, Texts,
};
pub use validate::{MAX_ELIGIBILITY, review_is_due};
pub use values::{Canton, Date, Email, PostalCode, SpokenLanguage, ValueError, WebAddress};

/// Everything the kiosk knows.
#[derive(Debug, Clone, Default)]
pub struct Catalogue {
    pub services: Vec<Service>,
    pub categories: Vec<Category>,
    pub synonyms: Synonyms,
    /// What a person in danger may write, and the helplines shown first.
    pub crisis: Vec<Crisis>,
    pub glossary: Glossary,
}

impl Catalogue {
    pub fn service(&self, id: &str) -> Option<&Service> {
        self.services.iter().find(|s| s.id() == id)
    }

    pub fn category(&self, id: &str) -> Option<&Category> {
        self.categories.iter().find(|c| c.id() == id)
    }

    /// Services in a category that a kiosk in `canton` offers.
    pub fn in_category<'a>(
        &'a self,
        category: &'a str,
        canton: &'a Canton,
    ) -> impl Iterator<Item = &'a Service> {
        self.services
            .iter()
            .filter(move |s| s.serves(canton) && s.category_ids().any(|c| c == category))
    }
}

/// Where a content folder's pieces are.
pub const CATEGORIES_FILE: &str = "categories.toml";
pub const SYNONYMS_FILE: &str = "synonyms.toml";
pub const CRISIS_FILE: &str = "crisis.toml";
pub const GLOSSARY_FILE: &str = "glossary.toml";
pub const SERVICES_DIR: &str = "services";

/// How to load: where icons are, and the day to judge review dates by.
#[derive(Debug, Clone)]
pub struct LoadOptions {
    /// Folder holding the category icons; by default `assets/icons` beside
    /// the content folder.
    pub icons: PathBuf,
    pub today: jiff::civil::Date,
}

impl LoadOptions {
    pub fn for_dir(content: &Path) -> Self {
        let parent = content
            .canonicalize()
            .ok()
            .and_then(|c| c.parent().map(Path::to_owned))
            .unwrap_or_else(|| PathBuf::from(".."));
        LoadOptions {
            icons: parent.join("assets").join("icons"),
            today: jiff::ZonedDateTime::now().date(),
        }
    }
}

/// A content folder read and checked: the services that passed, and every
/// problem found in every file.
#[derive(Debug, Clone, Default)]
pub struct Loaded {
    pub catalogue: Catalogue,
    pub diagnostics: Vec<Diagnostic>,
    pub files: usize,
}

impl Loaded {
    pub fn errors(&self) -> usize {
        self.diagnostics.iter().filter(|d| d.is_error()).count()
    }

    pub fn warnings(&self) -> usize {
        self.diagnostics.len() - self.errors()
    }
}

/// The content folder cannot be read at all.
#[derive(Debug, thiserror::Error)]
pub enum LoadError {
    #[error("{0} is not a folder — give the content folder, for example `content`")]
    NotAFolder(PathBuf),
    #[error("cannot list {path}: {source}")]
    Unreadable {
        path: PathBuf,
        source: std::io::Error,
    },
}

/// Reads and checks a whole content folder. Problems in files are returned
/// as diagnostics, never as a failure; only an unreadable folder fails.
pub fn load(dir: &Path, options: &LoadOptions) -> Result<Loaded, LoadError> {
    if !dir.is_dir() {
        return Err(LoadError::NotAFolder(dir.to_owned()));
    }
    let mut loaded = Loaded::default();

    let categories_path = dir.join(CATEGORIES_FILE);
    let categories = read(&categories_path, &mut loaded, |source, diagnostics| {
        let (categories, found) = check_categories(source, options)?;
        diagnostics.extend(found);
        Ok(categories)
    });
    // Without a good categories file, unknown categories cannot be told apart.
    let category_ids: Option<Vec<String>> = categories
        .as_ref()
        .map(|(_, list)| list.iter().map(|c| c.id().to_owned()).collect());

    let synonyms_path = dir.join(SYNONYMS_FILE);
    if synonyms_path.exists() {
        let synonyms = read(&synonyms_path, &mut loaded, |source, diagnostics| {
            let (synonyms, found) = check_synonyms(source)?;
            diagnostics.extend(found);
            Ok(synonyms)
        });
        loaded.catalogue.synonyms = synonyms.map(|(_, s)| s).unwrap_or_default();
    }

    let glossary_path = dir.join(GLOSSARY_FILE);
    if glossary_path.exists() {
        let terms = read(&glossary_path, &mut loaded, |source, diagnostics| {
            let (terms, found) = check_glossary(source)?;
            diagnostics.extend(found);
            Ok(terms)
        });
        loaded.catalogue.glossary.terms = terms.map(|(_, t)| t).unwrap_or_default();
    }

    let services_dir = dir.join(SERVICES_DIR);
    let mut paths = Vec::new();
    collect_toml_files(&services_dir, &mut paths)?;
    paths.sort();
    let mut first_seen: BTreeMap<String, PathBuf> = BTreeMap::new();
    for path in paths {
        let service = read(&path, &mut loaded, |source, diagnostics| {
            let (service, mut found) = check_service(source, category_ids.as_deref(), options)?;
            if let Some(first) = first_seen.get(service.id()) {
                found.push(source.error(
                    Some(service.id.span()),
                    format!(
                        "the id `{}` is already used by {} — give each service its own id",
                        service.id(),
                        first.display()
                    ),
                ));
            } else {
                first_seen.insert(service.id().to_owned(), path.clone());
            }
            diagnostics.extend(found);
            Ok(service)
        });
        if let Some((_, service)) = service {
            loaded.catalogue.services.push(service);
        }
    }

    let crisis_path = dir.join(CRISIS_FILE);
    if crisis_path.exists() {
        let ids: Vec<&str> = first_seen.keys().map(String::as_str).collect();
        // Set aside while `read` records this file's diagnostics.
        let services = std::mem::take(&mut loaded.catalogue.services);
        let crisis = read(&crisis_path, &mut loaded, |source, diagnostics| {
            let file: CrisisFile = load::parse(source)?;
            diagnostics.extend(crisis::validate(source, &file, &services, &ids));
            Ok(file.crisis)
        });
        loaded.catalogue.services = services;
        loaded.catalogue.crisis = crisis.map(|(_, c)| c).unwrap_or_default();
    }

    if let Some((source, categories)) = categories {
        loaded.catalogue.categories = categories;
        let empty = validate::empty_categories(&source, &loaded.catalogue);
        loaded.diagnostics.extend(empty);
    }
    Ok(loaded)
}

/// Parses and checks one service file, as [`load`] does for each. Only the
/// check that ids are unique is left out: it needs the other files. `Err` is
/// a file that cannot be read as a service at all.
pub fn check_service(
    source: &Source,
    category_ids: Option<&[String]>,
    options: &LoadOptions,
) -> Result<(Service, Vec<Diagnostic>), Diagnostic> {
    let service: Service = load::parse(source)?;
    let found = validate::service(source, &service, category_ids, options);
    Ok((service, found))
}

/// Parses and checks `categories.toml`, as [`load`] does.
pub fn check_categories(
    source: &Source,
    options: &LoadOptions,
) -> Result<(Vec<Category>, Vec<Diagnostic>), Diagnostic> {
    let file: CategoriesFile = load::parse(source)?;
    let found = validate::categories(source, &file.category, options);
    Ok((file.category, found))
}

/// Parses and checks `synonyms.toml`, as [`load`] does.
pub fn check_synonyms(source: &Source) -> Result<(Synonyms, Vec<Diagnostic>), Diagnostic> {
    let synonyms: Synonyms = load::parse(source)?;
    let found = validate::synonyms(source, &synonyms);
    Ok((synonyms, found))
}

/// Parses and checks `glossary.toml`, as [`load`] does.
pub fn check_glossary(source: &Source) -> Result<(Vec<Term>, Vec<Diagnostic>), Diagnostic> {
    let file: GlossaryFile = load::parse(source)?;
    let found = glossary::check(source, &file.term);
    Ok((file.term, found))
}

/// Reads one file and runs `check` on it. A file with an error does not enter
/// the catalogue: `None` comes back and the diagnostics say why.
fn read<T>(
    path: &Path,
    loaded: &mut Loaded,
    check: impl FnOnce(&Source, &mut Vec<Diagnostic>) -> Result<T, Diagnostic>,
) -> Option<(Source, T)> {
    loaded.files += 1;
    let source = match load::read_source(path) {
        Ok(source) => source,
        Err(diagnostic) => {
            loaded.diagnostics.push(diagnostic);
            return None;
        }
    };
    let mut found = Vec::new();
    match check(&source, &mut found) {
        Ok(value) => {
            let failed = found.iter().any(Diagnostic::is_error);
            loaded.diagnostics.extend(found);
            (!failed).then_some((source, value))
        }
        Err(diagnostic) => {
            loaded.diagnostics.push(diagnostic);
            None
        }
    }
}

fn collect_toml_files(dir: &Path, paths: &mut Vec<PathBuf>) -> Result<(), LoadError> {
    if !dir.exists() {
        return Ok(());
    }
    let entries = fs::read_dir(dir).map_err(|source| LoadError::Unreadable {
        path: dir.to_owned(),
        source,
    })?;
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            collect_toml_files(&path, paths)?;
        } else if path.extension().is_some_and(|e| e == "toml") {
            paths.push(path);
        }
    }
    Ok(())
}
