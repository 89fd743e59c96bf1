//! `guichet report --insight DIR`: what the kiosks released, summed over a
//! period — the searches left without a result in each language (with what
//! each could be mapped to), and categories, services and languages by use.
//! Every released count has noise: sums over many days and kiosks are
//! right on average, a single small number means little.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use crate::content::Catalogue;
use crate::insight::Released;
use crate::lang::Lang;
use crate::search::{Request, SearchIndex};

/// The `guichet report` options for insight files.
#[derive(Debug, Clone, Default, clap::Args)]
#[group(id = "insight_report")]
pub struct Args {
    /// Also sum the insight files under this folder (a checkout of the
    /// `insight` branch, or a kiosk's `[insight] folder`).
    #[arg(long, value_name = "DIR")]
    pub insight: Option<PathBuf>,
    /// The first day summed (YYYY-MM-DD) [default: all].
    #[arg(long, value_name = "DATE", requires = "insight")]
    pub from: Option<jiff::civil::Date>,
    /// The last day summed (YYYY-MM-DD) [default: all].
    #[arg(long, value_name = "DATE", requires = "insight")]
    pub to: Option<jiff::civil::Date>,
    /// How many no-result searches per language, and services, are listed.
    #[arg(long, value_name = "N", default_value_t = 20, requires = "insight")]
    pub top: usize,
}

/// The sums of every file of the period.
#[derive(Debug, Default)]
pub struct Summary {
    pub files: usize,
    pub kiosks: BTreeSet<String>,
    pub days: BTreeSet<String>,
    /// Files that are not released insight files, and why.
    pub skipped: Vec<String>,
    pub visits: i64,
    pub larger_text: i64,
    pub high_contrast: i64,
    pub voice: i64,
    pub first_result_opened: i64,
    pub languages: BTreeMap<String, i64>,
    pub categories: BTreeMap<String, i64>,
    pub services: BTreeMap<String, i64>,
    pub no_result: BTreeMap<String, BTreeMap<String, i64>>,
}

fn add(into: &mut BTreeMap<String, i64>, from: &BTreeMap<String, i64>) {
    for (key, count) in from {
        *into.entry(key.clone()).or_default() += count;
    }
}

/// Every `.json` file under `dir` (hidden folders such as `.git` left out).
fn json_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if entry.file_name().to_string_lossy().starts_with('.') {
            continue;
        }
        if path.is_dir() {
            json_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "json") {
            out.push(path);
        }
    }
}

impl Summary {
    /// Sums the files under `dir` whose day is within `from..=to`.
    pub fn read(
        dir: &Path,
        from: Option<jiff::civil::Date>,
        to: Option<jiff::civil::Date>,
    ) -> Result<Summary, String> {
        if !dir.is_dir() {
            return Err(format!(
                "{} is not a folder — give the insight folder",
                dir.display()
            ));
        }
        let mut paths = Vec::new();
        json_files(dir, &mut paths);
        paths.sort();
        let mut summary = Summary::default();
        for path in paths {
            let shown = path
                .strip_prefix(dir)
                .unwrap_or(&path)
                .display()
                .to_string();
            let released = match Released::read(&path) {
                Ok(released) => released,
                Err(e) => {
                    summary.skipped.push(format!("{shown}: {e}"));
                    continue;
                }
            };
            let Ok(day) = released.day.parse::<jiff::civil::Date>() else {
                summary
                    .skipped
                    .push(format!("{shown}: the day is not YYYY-MM-DD"));
                continue;
            };
            if from.is_some_and(|from| day < from) || to.is_some_and(|to| day > to) {
                continue;
            }
            summary.files += 1;
            summary.kiosks.insert(released.kiosk.clone());
            summary.days.insert(released.day.clone());
            summary.visits += released.visits;
            summary.larger_text += released.larger_text;
            summary.high_contrast += released.high_contrast;
            summary.voice += released.voice;
            summary.first_result_opened += released.first_result_opened;
            add(&mut summary.languages, &released.languages);
            add(&mut summary.categories, &released.categories);
            add(&mut summary.services, &released.services);
            for (lang, queries) in &released.no_result {
                add(summary.no_result.entry(lang.clone()).or_default(), queries);
            }
        }
        Ok(summary)
    }
}

/// The largest first, then by name.
fn by_count(map: &BTreeMap<String, i64>) -> Vec<(&str, i64)> {
    let mut list: Vec<(&str, i64)> = map.iter().map(|(k, &v)| (k.as_str(), v)).collect();
    list.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
    list
}

/// What a no-result search could be mapped to, for the editors.
pub fn mapping(query: &str, lang: Lang, index: &SearchIndex) -> String {
    let catalogue: &Catalogue = index.catalogue();
    let request = Request {
        text: query,
        lang,
        canton: None,
        limit: 1,
    };
    if let Some(hit) = index.search(&request).first() {
        return format!("now finds the service {} ({})", hit.id, hit.title);
    }
    let words = crate::search::folded_words(query);
    // The everyday phrases of the synonyms, and category names, nearest in
    // spelling to one of the words.
    let mut best: Option<(usize, String)> = None;
    let mut consider = |candidate: &str, what: String| {
        for typed in &words {
            for word in crate::search::folded_words(candidate) {
                let allowed = (word.chars().count() / 3).clamp(1, 2);
                if let Some(d) = crate::spelling::distance_at_most(typed, &word, allowed)
                    && best.as_ref().is_none_or(|(b, _)| d < *b)
                {
                    best = Some((d, what.clone()));
                }
            }
        }
    };
    if let Some(synonyms) = catalogue.synonyms.get(&lang) {
        for (phrase, means) in synonyms {
            consider(
                phrase,
                format!("near the synonym “{phrase}” (→ {})", means.join(", ")),
            );
            for meant in means {
                consider(
                    meant,
                    format!("near “{meant}”, a meaning of the synonym “{phrase}”"),
                );
            }
        }
    }
    for category in &catalogue.categories {
        let label = category.label(lang);
        consider(
            label,
            format!("near the category {} (“{label}”)", category.id()),
        );
    }
    match best {
        Some((_, what)) => what,
        None => "nothing near: a new synonym, or a missing service?".to_owned(),
    }
}

/// A no-result search: its words, how many visits, what it could map to.
type Row<'a> = (&'a str, i64, String);

/// The no-result searches to act on: per language, the most frequent first,
/// with their mapping.
fn queries<'a>(summary: &'a Summary, index: &SearchIndex, top: usize) -> Vec<(Lang, Vec<Row<'a>>)> {
    let mut out = Vec::new();
    for lang in Lang::ALL {
        let Some(queries) = summary.no_result.get(lang.code()) else {
            continue;
        };
        let list: Vec<(&str, i64, String)> = by_count(queries)
            .into_iter()
            .take(top)
            .map(|(query, count)| (query, count, mapping(query, lang, index)))
            .collect();
        out.push((lang, list));
    }
    out
}

/// The insight part of the text report.
pub fn text(summary: &Summary, index: &SearchIndex, top: usize) -> String {
    let mut out = String::new();
    let _ = writeln!(
        out,
        "\nInsight: {} files from {} kiosks over {} days. Every count has noise: read sums, not single small numbers.",
        summary.files,
        summary.kiosks.len(),
        summary.days.len()
    );
    let _ = writeln!(
        out,
        "  visits {}; larger text {}; contrast {}; voice {}; first result opened {}",
        summary.visits,
        summary.larger_text,
        summary.high_contrast,
        summary.voice,
        summary.first_result_opened
    );
    for (lang, list) in queries(summary, index, top) {
        let _ = writeln!(
            out,
            "\nSearches with no result, {} ({}):",
            lang.english_name(),
            lang.code()
        );
        for (query, count, mapping) in list {
            let _ = writeln!(out, "  {count:>5}  {query}  — {mapping}");
        }
    }
    let _ = writeln!(out, "\nLanguages by use:");
    for (code, count) in by_count(&summary.languages) {
        let _ = writeln!(out, "  {count:>5}  {code}");
    }
    let _ = writeln!(out, "\nCategories by use:");
    for (id, count) in by_count(&summary.categories) {
        let _ = writeln!(out, "  {count:>5}  {id}");
    }
    let _ = writeln!(out, "\nServices by use (top {top}):");
    for (id, count) in by_count(&summary.services).into_iter().take(top) {
        let _ = writeln!(out, "  {count:>5}  {id}");
    }
    if !summary.skipped.is_empty() {
        let _ = writeln!(out, "\nFiles left out (not insight files):");
        for line in &summary.skipped {
            let _ = writeln!(out, "  {line}");
        }
    }
    out
}

fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

fn table(out: &mut String, heading: &str, rows: &[(&str, i64)]) {
    let _ = writeln!(
        out,
        "<h3>{heading}</h3><table><tr><th>what</th><th>visits</th></tr>"
    );
    for (what, count) in rows {
        let _ = writeln!(out, "<tr><td>{}</td><td>{count}</td></tr>", escape(what));
    }
    out.push_str("</table>\n");
}

/// The insight part of the HTML report.
pub fn html(summary: &Summary, index: &SearchIndex, top: usize) -> String {
    let mut out = String::new();
    let _ = writeln!(
        out,
        "<h2>Insight</h2><p>{} files from {} kiosks over {} days: {} visits; larger text {}; contrast {}; voice {}; first result opened {}. Every count has noise: read sums, not single small numbers.</p>",
        summary.files,
        summary.kiosks.len(),
        summary.days.len(),
        summary.visits,
        summary.larger_text,
        summary.high_contrast,
        summary.voice,
        summary.first_result_opened
    );
    for (lang, list) in queries(summary, index, top) {
        let _ = writeln!(
            out,
            "<h3>Searches with no result, {} ({})</h3><table><tr><th>words</th><th>visits</th><th>could map to</th></tr>",
            lang.english_name(),
            lang.code()
        );
        for (query, count, mapping) in list {
            let _ = writeln!(
                out,
                "<tr><td lang=\"{}\">{}</td><td>{count}</td><td>{}</td></tr>",
                lang.code(),
                escape(query),
                escape(&mapping)
            );
        }
        out.push_str("</table>\n");
    }
    table(&mut out, "Languages by use", &by_count(&summary.languages));
    table(
        &mut out,
        "Categories by use",
        &by_count(&summary.categories),
    );
    let services = by_count(&summary.services);
    table(
        &mut out,
        &format!("Services by use (top {top})"),
        &services[..services.len().min(top)],
    );
    if !summary.skipped.is_empty() {
        out.push_str("<h3>Files left out</h3><ul>\n");
        for line in &summary.skipped {
            let _ = writeln!(out, "<li>{}</li>", escape(line));
        }
        out.push_str("</ul>\n");
    }
    out
}
