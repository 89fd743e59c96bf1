//! Search benchmark: Guichet's pipeline against SQLite FTS5 on the shipped
//! catalogue and the relevance query set, then a 20,000-entry catalogue.
//!
//! cargo bench --features bench-fts5 --bench search
//!
//! Prints per-query latency (p50, p99) and recall@3 for both engines.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // tests and benches stop at the first failure

use std::collections::HashSet;
use std::path::Path;
use std::time::{Duration, Instant};

use guichet::content::{self, Canton, Catalogue, LoadOptions, Service};
use guichet::lang::Lang;
use guichet::search::relevance::{Case, evaluate, load_cases};
use guichet::search::{Request, SearchIndex};
use rusqlite::Connection;

/// Each query is timed this many times; the median of its runs is its latency.
const RUNS: usize = 15;
/// Fewer runs on the large catalogue, where FTS5 takes tens of milliseconds a query.
const SCALED_RUNS: usize = 3;
const SCALED_ENTRIES: usize = 20_000;

fn main() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let content = root.join("content");
    let catalogue = content::load(&content, &LoadOptions::for_dir(&content))
        .expect("content folder")
        .catalogue;
    let cases = load_cases(&root.join("tests/relevance/queries.toml")).expect("query set");
    println!(
        "machine: {} cores; {} queries; {RUNS} runs each\n",
        cores(),
        cases.len()
    );

    println!(
        "== shipped catalogue ({} services)",
        catalogue.services.len()
    );
    run_both(&catalogue, &cases, RUNS);

    println!("\n== generated catalogue ({SCALED_ENTRIES} services, {SCALED_RUNS} runs each)");
    let scaled = scale(&catalogue, SCALED_ENTRIES);
    run_both(&scaled, &cases, SCALED_RUNS);
}

fn run_both(catalogue: &Catalogue, cases: &[Case], runs: usize) {
    let started = Instant::now();
    let index = SearchIndex::build(catalogue.clone()).expect("index builds");
    println!("guichet index build: {:.1} ms", ms(started.elapsed()));
    let started = Instant::now();
    let fts = Fts5::build(catalogue);
    println!("fts5 index build:    {:.1} ms", ms(started.elapsed()));

    let guichet = measure(cases, runs, |case| {
        index
            .search(&Request {
                text: &case.text,
                lang: case.lang,
                canton: case.canton.as_ref(),
                limit: 10,
            })
            .into_iter()
            .map(|h| h.id)
            .collect()
    });
    let sqlite = measure(cases, runs, |case| fts.search(case));
    println!("engine   recall@3  p50 µs  p99 µs  max µs");
    for (name, result) in [("guichet", guichet), ("fts5", sqlite)] {
        println!(
            "{name:<8} {:>8.3}  {:>6.0}  {:>6.0}  {:>6.0}",
            result.recall_at_3, result.p50, result.p99, result.max
        );
    }
}

struct Measured {
    recall_at_3: f64,
    p50: f64,
    p99: f64,
    max: f64,
}

fn measure(cases: &[Case], runs: usize, mut search: impl FnMut(&Case) -> Vec<String>) -> Measured {
    let mut latencies = Vec::with_capacity(cases.len());
    let scores = evaluate(cases, |case| {
        let mut times = Vec::with_capacity(runs);
        let mut ids = Vec::new();
        for _ in 0..runs {
            let started = Instant::now();
            ids = search(case);
            times.push(started.elapsed());
        }
        times.sort();
        latencies.push(times[runs / 2]);
        ids
    });
    latencies.sort();
    let at = |q: f64| micros(latencies[((latencies.len() - 1) as f64 * q).round() as usize]);
    Measured {
        recall_at_3: scores.recall_at_3,
        p50: at(0.5),
        p99: at(0.99),
        max: at(1.0),
    }
}

/// SQLite FTS5 over the same texts: unicode61 with diacritics removed,
/// prefix indexes, BM25 with the same field weights, words OR-ed, the last
/// one as a prefix.
struct Fts5 {
    db: Connection,
}

impl Fts5 {
    fn build(catalogue: &Catalogue) -> Self {
        let db = Connection::open_in_memory().expect("sqlite");
        db.execute_batch(
            "CREATE VIRTUAL TABLE doc USING fts5(
                id UNINDEXED, cantons UNINDEXED, title, keywords, body,
                tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3 4');
             BEGIN;",
        )
        .expect("fts5 table");
        {
            let mut insert = db
                .prepare("INSERT INTO doc VALUES (?1, ?2, ?3, ?4, ?5)")
                .expect("insert");
            for service in &catalogue.services {
                let cantons: Vec<&str> = service.cantons.iter().map(Canton::as_str).collect();
                for (_, text) in service.text.iter() {
                    let lists = [&text.eligibility, &text.how_to_apply, &text.documents];
                    let mut body = vec![text.summary.get_ref().clone()];
                    body.extend(lists.into_iter().flatten().flatten().cloned());
                    insert
                        .execute((
                            service.id(),
                            cantons.join(" "),
                            text.title.get_ref(),
                            format!("{} {}", text.keywords.join(" "), service.organization.name),
                            body.join(" "),
                        ))
                        .expect("row");
                }
            }
        }
        db.execute_batch("COMMIT;").expect("commit");
        Fts5 { db }
    }

    fn search(&self, case: &Case) -> Vec<String> {
        let words: Vec<String> = case
            .text
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .map(|w| format!("\"{}\"", w.to_lowercase()))
            .collect();
        let Some((last, rest)) = words.split_last() else {
            return Vec::new();
        };
        let mut terms: Vec<String> = rest.to_vec();
        terms.push(format!("{last}*"));
        let expression = terms.join(" OR ");
        let canton = case.canton.as_ref().map_or("", Canton::as_str);
        let mut statement = self
            .db
            .prepare_cached(
                "SELECT id FROM doc WHERE doc MATCH ?1
                   AND (?2 = '' OR cantons = 'CH' OR instr(cantons, ?2) > 0)
                 ORDER BY bm25(doc, 0, 0, 3.0, 2.0, 1.0) LIMIT 40",
            )
            .expect("query");
        let rows = statement
            .query_map((expression, canton), |row| row.get::<_, String>(0))
            .expect("search");
        let mut seen = HashSet::new();
        rows.filter_map(Result::ok)
            .filter(|id| seen.insert(id.clone()))
            .take(10)
            .collect()
    }
}

/// A catalogue of `size` services: the shipped ones, then made-up ones
/// whose titles, summaries and keywords are drawn at random from the
/// catalogue's own words in each language (lists copied from a real
/// service), so that the index and its vocabulary grow as a real one would
/// while the right answers stay the shipped services.
fn scale(catalogue: &Catalogue, size: usize) -> Catalogue {
    let originals = &catalogue.services;
    let mut words: Vec<(Lang, Vec<String>)> = Lang::ALL
        .into_iter()
        .map(|lang| {
            let mut pool: Vec<String> = originals
                .iter()
                .filter_map(|s| s.text.get(lang))
                .flat_map(|t| {
                    t.summary
                        .get_ref()
                        .split_whitespace()
                        .chain(t.title.get_ref().split_whitespace())
                        .map(str::to_owned)
                        .collect::<Vec<_>>()
                })
                .collect();
            pool.dedup();
            (lang, pool)
        })
        .collect();
    words.retain(|(_, pool)| !pool.is_empty());
    let mut random = 0x9E37_79B9_7F4A_7C15u64;
    let mut next = move |below: usize| {
        random ^= random << 13;
        random ^= random >> 7;
        random ^= random << 17;
        (random % below.max(1) as u64) as usize
    };
    let mut services: Vec<Service> = originals.clone();
    let mut n = 0usize;
    while services.len() < size {
        let mut made = originals[n % originals.len()].clone();
        made.id = toml::Spanned::new(0..0, format!("generated-{n}"));
        for (lang, pool) in &words {
            let mut pick = |count: usize| -> String {
                (0..count)
                    .map(|_| pool[next(pool.len())].as_str())
                    .collect::<Vec<_>>()
                    .join(" ")
            };
            let (title, summary, keywords) = (pick(4), pick(14), pick(5));
            if let Some(text) = text_mut(&mut made, *lang) {
                text.title = toml::Spanned::new(0..0, title);
                text.summary = toml::Spanned::new(0..0, summary);
                text.keywords = keywords.split(' ').map(str::to_owned).collect();
            }
        }
        services.push(made);
        n += 1;
    }
    Catalogue {
        services,
        categories: catalogue.categories.clone(),
        synonyms: catalogue.synonyms.clone(),
    }
}

fn text_mut(service: &mut Service, lang: Lang) -> Option<&mut guichet::content::Text> {
    let texts = &mut service.text;
    match lang {
        Lang::Fr => Some(&mut texts.fr),
        Lang::De => texts.de.as_mut(),
        Lang::It => texts.it.as_mut(),
        Lang::En => texts.en.as_mut(),
        Lang::Pt => texts.pt.as_mut(),
        Lang::Es => texts.es.as_mut(),
        Lang::Sq => texts.sq.as_mut(),
        Lang::Ar => texts.ar.as_mut(),
        Lang::Uk => texts.uk.as_mut(),
        Lang::Ti => texts.ti.as_mut(),
    }
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

fn micros(d: Duration) -> f64 {
    d.as_secs_f64() * 1_000_000.0
}

fn cores() -> usize {
    std::thread::available_parallelism().map_or(1, |n| n.get())
}
