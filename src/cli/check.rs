//! `guichet check`: tell staff precisely what is wrong in `content/`.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::PathBuf;

use serde::Serialize;

use super::{EXIT_ERRORS, EXIT_OK, EXIT_USAGE};
use crate::content::{self, Catalogue, Date, Diagnostic, LoadOptions, Loaded, Status};
use crate::lang::Lang;

#[derive(Debug, clap::Args)]
pub struct Args {
    /// The content folder.
    #[arg(default_value = "content")]
    pub dir: PathBuf,
    /// Folder holding the category icons [default: assets/icons beside DIR].
    #[arg(long)]
    pub icons: Option<PathBuf>,
    /// Print a JSON report instead of text.
    #[arg(long)]
    pub json: bool,
    /// Judge review dates as of this day (YYYY-MM-DD) instead of today.
    #[arg(long, value_name = "DATE")]
    pub today: Option<String>,
}

pub fn run(args: &Args) -> u8 {
    let (dir, icons, json, today) = (
        args.dir.as_path(),
        args.icons.clone(),
        args.json,
        args.today.as_deref(),
    );
    let mut options = LoadOptions::for_dir(dir);
    if let Some(icons) = icons {
        options.icons = icons;
    }
    if let Some(today) = today {
        match today.parse::<Date>() {
            Ok(date) => options.today = date.0,
            Err(message) => {
                eprintln!("guichet check: --today: {message}");
                return EXIT_USAGE;
            }
        }
    }
    let loaded = match content::load(dir, &options) {
        Ok(loaded) => loaded,
        Err(e) => {
            eprintln!("guichet check: {e}");
            return EXIT_USAGE;
        }
    };
    if json {
        match serde_json::to_string_pretty(&Report::new(&loaded)) {
            Ok(text) => println!("{text}"),
            Err(e) => {
                eprintln!("guichet check: cannot write the report: {e}");
                return EXIT_ERRORS;
            }
        }
    } else {
        print!("{}", text_report(&loaded));
    }
    if loaded.errors() > 0 {
        EXIT_ERRORS
    } else {
        EXIT_OK
    }
}

/// How a service stands in one language.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Coverage {
    Complete,
    Machine,
    NeedsReview,
    Missing,
}

impl Coverage {
    fn of(status: Option<Status>) -> Self {
        match status {
            Some(Status::Complete) => Coverage::Complete,
            Some(Status::Machine) => Coverage::Machine,
            Some(Status::NeedsReview) => Coverage::NeedsReview,
            None => Coverage::Missing,
        }
    }

    fn letter(self) -> char {
        match self {
            Coverage::Complete => 'C',
            Coverage::Machine => 'M',
            Coverage::NeedsReview => 'R',
            Coverage::Missing => '-',
        }
    }
}

#[derive(Debug, Serialize)]
pub struct ServiceLine {
    pub id: String,
    pub cantons: Vec<String>,
    pub languages: BTreeMap<Lang, Coverage>,
}

#[derive(Debug, Default, Serialize)]
pub struct LanguageCount {
    pub complete: usize,
    pub machine: usize,
    pub needs_review: usize,
    pub missing: usize,
}

/// What `--json` prints.
#[derive(Debug, Serialize)]
pub struct Report<'a> {
    pub files: usize,
    pub errors: usize,
    pub warnings: usize,
    pub diagnostics: Vec<&'a Diagnostic>,
    pub services: Vec<ServiceLine>,
    pub languages: BTreeMap<Lang, LanguageCount>,
}

impl<'a> Report<'a> {
    pub fn new(loaded: &'a Loaded) -> Self {
        let services = service_lines(&loaded.catalogue);
        let mut languages: BTreeMap<Lang, LanguageCount> = BTreeMap::new();
        for line in &services {
            for (&lang, &coverage) in &line.languages {
                let count = languages.entry(lang).or_default();
                match coverage {
                    Coverage::Complete => count.complete += 1,
                    Coverage::Machine => count.machine += 1,
                    Coverage::NeedsReview => count.needs_review += 1,
                    Coverage::Missing => count.missing += 1,
                }
            }
        }
        let mut diagnostics: Vec<&Diagnostic> = loaded.diagnostics.iter().collect();
        diagnostics.sort_by(|a, b| (&a.path, a.line, a.column).cmp(&(&b.path, b.line, b.column)));
        Report {
            files: loaded.files,
            errors: loaded.errors(),
            warnings: loaded.warnings(),
            diagnostics,
            services,
            languages,
        }
    }
}

fn service_lines(catalogue: &Catalogue) -> Vec<ServiceLine> {
    let mut lines: Vec<ServiceLine> = catalogue
        .services
        .iter()
        .map(|service| ServiceLine {
            id: service.id().to_owned(),
            cantons: service.cantons.iter().map(|c| c.to_string()).collect(),
            languages: Lang::ALL
                .into_iter()
                .map(|lang| (lang, Coverage::of(service.text.get(lang).map(|t| t.status))))
                .collect(),
        })
        .collect();
    lines.sort_by(|a, b| (&a.cantons, &a.id).cmp(&(&b.cantons, &b.id)));
    lines
}

/// The text staff read: problems first, then what the catalogue holds.
pub fn text_report(loaded: &Loaded) -> String {
    let report = Report::new(loaded);
    let mut out = String::new();
    for diagnostic in &report.diagnostics {
        let _ = writeln!(out, "{diagnostic}");
    }
    if !report.diagnostics.is_empty() {
        out.push('\n');
    }
    let width = report
        .services
        .iter()
        .map(|s| s.id.len())
        .max()
        .unwrap_or(0)
        .max(8);
    let codes: Vec<&str> = Lang::ALL.iter().map(|l| l.code()).collect();
    let _ = writeln!(
        out,
        "{:<width$}  {:<6} {}",
        format!("Services ({})", report.services.len()),
        "canton",
        codes.join(" ")
    );
    for line in &report.services {
        let letters: Vec<String> = line
            .languages
            .values()
            .map(|c| format!("{} ", c.letter()))
            .collect();
        let _ = writeln!(
            out,
            "{:<width$}  {:<6} {}",
            line.id,
            line.cantons.join(","),
            letters.concat().trim_end()
        );
    }
    let _ = writeln!(
        out,
        "C complete · M machine translation · R needs review · - missing (French is shown)\n"
    );
    let _ = writeln!(out, "language     complete  machine  needs-review  missing");
    for (lang, count) in &report.languages {
        let _ = writeln!(
            out,
            "{:<12} {:>8}  {:>7}  {:>12}  {:>7}",
            format!("{} {}", lang.code(), lang.english_name()),
            count.complete,
            count.machine,
            count.needs_review,
            count.missing
        );
    }
    let _ = writeln!(
        out,
        "\nChecked {} files, {} services: {} errors, {} warnings.",
        report.files,
        report.services.len(),
        report.errors,
        report.warnings
    );
    if report.errors > 0 {
        let _ = writeln!(
            out,
            "Files with errors are not used: the kiosk keeps its last good catalogue until they are fixed."
        );
    }
    out
}
