//! `guichet report [--html FILE]`: the catalogue for the team — coverage per
//! language, reviews that are due, every phone number and address by the age
//! of its check, entries flagged by `guichet check`, and categories with few
//! services for each canton.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::PathBuf;

use super::check::{Coverage, Report};
use super::{EXIT_ERRORS, EXIT_OK, EXIT_USAGE};
use crate::content::{self, Canton, Catalogue, LoadOptions, review_is_due};
use crate::lang::Lang;

/// A category with fewer services than this, in a canton, is listed.
pub const FEW: usize = 3;

/// The cantons Guichet serves.
const CANTONS: [&str; 2] = ["GE", "VD"];

/// What the report says, ready to print as text or HTML.
struct Facts<'a> {
    report: Report<'a>,
    due: Vec<(String, String)>,
    flagged: BTreeMap<String, Vec<String>>,
    few: Vec<(String, String, usize)>,
    facts: Vec<Fact>,
}

/// One phone number or address, with the day its service was last checked.
struct Fact {
    reviewed: String,
    service: String,
    /// "phone" or "address".
    kind: &'static str,
    what: String,
    source: Option<String>,
}

/// Every phone number and address, the oldest check first.
fn facts_by_age(catalogue: &Catalogue) -> Vec<Fact> {
    let mut facts = Vec::new();
    for service in &catalogue.services {
        let reviewed = service.reviewed.get_ref().to_string();
        let fact = |kind, what: String, source: Option<&content::WebAddress>| Fact {
            reviewed: reviewed.clone(),
            service: service.id().to_owned(),
            kind,
            what,
            source: source.map(|s| s.as_str().to_owned()),
        };
        for phone in &service.phones {
            facts.push(fact(
                "phone",
                phone.number().to_owned(),
                phone.source.as_ref(),
            ));
        }
        for l in &service.locations {
            let what = format!(
                "{}, {}, {} {}",
                l.name(),
                l.address_1,
                l.postal_code.as_str(),
                l.city
            );
            facts.push(fact("address", what, l.source.as_ref()));
        }
    }
    // ISO dates sort as text; the sort is stable, so a file keeps its order.
    facts.sort_by(|a, b| (&a.reviewed, &a.service).cmp(&(&b.reviewed, &b.service)));
    facts
}

fn facts<'a>(loaded: &'a content::Loaded, today: jiff::civil::Date) -> Facts<'a> {
    let report = Report::new(loaded);
    let catalogue: &Catalogue = &loaded.catalogue;
    let mut due: Vec<(String, String)> = catalogue
        .services
        .iter()
        .filter(|s| review_is_due(s.reviewed.get_ref().0, today))
        .map(|s| (s.id().to_owned(), s.reviewed.get_ref().to_string()))
        .collect();
    due.sort();
    let mut flagged: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for d in &report.diagnostics {
        let file = d.path.display().to_string();
        flagged.entry(file).or_default().push(format!(
            "line {}: {}: {}",
            d.line.max(1),
            d.severity,
            d.message
        ));
    }
    let mut few = Vec::new();
    for canton in CANTONS {
        let Ok(canton) = canton.parse::<Canton>() else {
            continue;
        };
        for category in &catalogue.categories {
            let count = catalogue.in_category(category.id(), &canton).count();
            if count < FEW {
                few.push((
                    canton.as_str().to_owned(),
                    category.label(Lang::REFERENCE).to_owned(),
                    count,
                ));
            }
        }
    }
    Facts {
        facts: facts_by_age(catalogue),
        report,
        due,
        flagged,
        few,
    }
}

#[derive(Debug, clap::Args)]
pub struct Args {
    /// The content folder.
    #[arg(default_value = "content")]
    pub dir: PathBuf,
    /// Write an HTML page instead of text.
    #[arg(long, value_name = "FILE")]
    pub html: Option<PathBuf>,
    #[command(flatten)]
    pub insight: super::insight_report::Args,
}

pub fn run(args: &Args) -> u8 {
    let (dir, html, insight) = (args.dir.as_path(), args.html.as_deref(), &args.insight);
    let options = LoadOptions::for_dir(dir);
    let loaded = match content::load(dir, &options) {
        Ok(loaded) => loaded,
        Err(e) => {
            eprintln!("guichet report: {e}");
            return EXIT_USAGE;
        }
    };
    let facts = facts(&loaded, options.today);
    let top = insight.top;
    let insight = match insight_section(insight, &loaded) {
        Ok(section) => section,
        Err(e) => {
            eprintln!("guichet report: {e}");
            return EXIT_USAGE;
        }
    };
    match html {
        None => {
            print!("{}", text(&facts));
            if let Some((summary, index)) = &insight {
                print!("{}", super::insight_report::text(summary, index, top));
            }
            EXIT_OK
        }
        Some(path) => match std::fs::write(path, {
            let mut page = page(&facts);
            if let Some((summary, index)) = &insight {
                let section = super::insight_report::html(summary, index, top);
                page = page.replace("</body>", &format!("{section}</body>"));
            }
            page
        }) {
            Ok(()) => {
                eprintln!("guichet report: written to {}", path.display());
                EXIT_OK
            }
            Err(e) => {
                eprintln!("guichet report: cannot write {}: {e}", path.display());
                EXIT_ERRORS
            }
        },
    }
}

/// The insight files' sums and a search index to map their queries with.
fn insight_section(
    args: &super::insight_report::Args,
    loaded: &content::Loaded,
) -> Result<Option<(super::insight_report::Summary, crate::search::SearchIndex)>, String> {
    let Some(dir) = &args.insight else {
        return Ok(None);
    };
    let summary = super::insight_report::Summary::read(dir, args.from, args.to)?;
    let index =
        crate::search::SearchIndex::build(loaded.catalogue.clone()).map_err(|e| e.to_string())?;
    Ok(Some((summary, index)))
}

fn text(facts: &Facts<'_>) -> String {
    let mut out = String::new();
    let r = &facts.report;
    let _ = writeln!(
        out,
        "Catalogue: {} services in {} files; {} errors, {} warnings.\n",
        r.services.len(),
        r.files,
        r.errors,
        r.warnings
    );
    let _ = writeln!(
        out,
        "Languages (services: complete / machine / needs review / missing):"
    );
    for (lang, count) in &r.languages {
        let _ = writeln!(
            out,
            "  {} {:<10} {:>3} / {:>3} / {:>3} / {:>3}",
            lang.code(),
            lang.english_name(),
            count.complete,
            count.machine,
            count.needs_review,
            count.missing
        );
    }
    let _ = writeln!(out, "\nReviews older than 12 months: {}", facts.due.len());
    for (id, date) in &facts.due {
        let _ = writeln!(out, "  {id} (reviewed {date})");
    }
    let _ = writeln!(
        out,
        "\nPhones and addresses by the age of their check, oldest first: {}",
        facts.facts.len()
    );
    for f in &facts.facts {
        let source = f.source.as_deref().unwrap_or("NO SOURCE");
        let _ = writeln!(
            out,
            "  {}  {}  {} {}  ({source})",
            f.reviewed, f.service, f.kind, f.what
        );
    }
    let _ = writeln!(
        out,
        "\nFlagged by guichet check: {} files",
        facts.flagged.len()
    );
    for (file, lines) in &facts.flagged {
        let _ = writeln!(out, "  {file}");
        for line in lines {
            let _ = writeln!(out, "    {line}");
        }
    }
    let _ = writeln!(out, "\nCategories with fewer than {FEW} services:");
    for (canton, label, count) in &facts.few {
        let _ = writeln!(out, "  {canton}: {label} ({count})");
    }
    out
}

fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

fn page(facts: &Facts<'_>) -> String {
    let r = &facts.report;
    let mut out = String::from(
        "<!doctype html>\n<html lang=\"fr\"><head><meta charset=\"utf-8\"><title>Guichet — catalogue</title>\n\
         <style>body{font-family:sans-serif;max-width:60em;margin:2em auto;line-height:1.4}\
         table{border-collapse:collapse}td,th{border:1px solid #888;padding:.2em .6em;text-align:right}\
         td:first-child,th:first-child{text-align:left}.C{background:#d8f0d8}.M{background:#fff3c4}\
         .R{background:#ffd8d8}</style></head><body>\n",
    );
    let _ = writeln!(
        out,
        "<h1>Catalogue</h1><p>{} services in {} files; {} errors, {} warnings.</p>",
        r.services.len(),
        r.files,
        r.errors,
        r.warnings
    );
    out.push_str("<h2>Languages</h2><table><tr><th>language</th><th>complete</th><th>machine</th><th>needs review</th><th>missing</th></tr>\n");
    for (lang, c) in &r.languages {
        let _ = writeln!(
            out,
            "<tr><td>{} {}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>",
            lang.code(),
            lang.english_name(),
            c.complete,
            c.machine,
            c.needs_review,
            c.missing
        );
    }
    out.push_str("</table>\n<h2>Services</h2><table><tr><th>service</th><th>canton</th>");
    for lang in Lang::ALL {
        let _ = write!(out, "<th>{}</th>", lang.code());
    }
    out.push_str("</tr>\n");
    for line in &r.services {
        let _ = write!(
            out,
            "<tr><td>{}</td><td>{}</td>",
            escape(&line.id),
            escape(&line.cantons.join(", "))
        );
        for coverage in line.languages.values() {
            let (class, word) = match coverage {
                Coverage::Complete => ("C", "complete"),
                Coverage::Machine => ("M", "machine"),
                Coverage::NeedsReview => ("R", "review"),
                Coverage::Missing => ("", "—"),
            };
            let _ = write!(out, "<td class=\"{class}\">{word}</td>");
        }
        out.push_str("</tr>\n");
    }
    out.push_str("</table>\n");
    let _ = writeln!(
        out,
        "<h2>Reviews older than 12 months ({})</h2><ul>",
        facts.due.len()
    );
    for (id, date) in &facts.due {
        let _ = writeln!(out, "<li>{} (reviewed {date})</li>", escape(id));
    }
    let _ = writeln!(
        out,
        "</ul><h2>Phones and addresses by the age of their check ({})</h2>\n<table><tr><th>checked</th><th>service</th><th>fact</th><th>source</th></tr>",
        facts.facts.len()
    );
    for f in &facts.facts {
        let source = match &f.source {
            Some(url) => format!("<a href=\"{0}\">{0}</a>", escape(url)),
            None => "<strong>no source</strong>".to_owned(),
        };
        let _ = writeln!(
            out,
            "<tr><td>{}</td><td>{}</td><td>{} {}</td><td>{source}</td></tr>",
            f.reviewed,
            escape(&f.service),
            f.kind,
            escape(&f.what)
        );
    }
    out.push_str("</table><ul>\n");
    let _ = writeln!(
        out,
        "</ul><h2>Flagged by guichet check ({} files)</h2>",
        facts.flagged.len()
    );
    for (file, lines) in &facts.flagged {
        let _ = writeln!(out, "<h3>{}</h3><ul>", escape(file));
        for line in lines {
            let _ = writeln!(out, "<li>{}</li>", escape(line));
        }
        out.push_str("</ul>\n");
    }
    let _ = writeln!(
        out,
        "<h2>Categories with fewer than {FEW} services</h2><ul>"
    );
    for (canton, label, count) in &facts.few {
        let _ = writeln!(out, "<li>{canton}: {} ({count})</li>", escape(label));
    }
    out.push_str("</ul></body></html>\n");
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn html_escapes_what_staff_typed() {
        assert_eq!(
            escape("<b>\"A&B\"</b>"),
            "&lt;b&gt;&quot;A&amp;B&quot;&lt;/b&gt;"
        );
    }
}
