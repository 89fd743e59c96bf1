//! Search benchmark: Guichet's pipeline against SQLite FTS5 on the shipped
//! catalogue and the relevance query set, then a 20,000-entry catalogue.
//!
//! cargo bench --features bench-fts5 --bench search
//!
//! Prints per-query latency (p50, p99) and recall@3 for both engines: warm
//! (the median of several runs a query), then cold (a fresh process for
//! each engine, each query once, in the set's order, as after a restart).

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // tests and benches stop at the first failure

use std::collections::HashSet;
use std::path::Path;
use std::time::{Duration, Instant};

use guichet::content::{self, Canton, Catalogue, LoadOptions};
use guichet::search::SearchIndex;
use guichet::search::relevance::{Case, load_cases, percentile, search_ids, timed};
use rusqlite::Connection;

mod support;

use support::scaled;

/// Each query is timed this many times; the median of its runs is its latency.
const RUNS: usize = 15;
/// Fewer runs on the large catalogue, where FTS5 takes tens of milliseconds a query.
const SCALED_RUNS: usize = 3;
const SCALED_ENTRIES: usize = 20_000;

/// Set in the fresh process of a cold pass: `ENGINE SIZE` (`guichet 45`).
const COLD: &str = "GUICHET_BENCH_COLD";

fn main() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let content = root.join("content");
    let catalogue = content::load(&content, &LoadOptions::for_dir(&content))
        .expect("content folder")
        .catalogue;
    let cases = load_cases(&root.join("tests/relevance/queries.toml")).expect("query set");
    if let Ok(pass) = std::env::var(COLD) {
        cold_child(&pass, &catalogue, &cases);
        return;
    }
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
    let scaled = scaled(&catalogue, SCALED_ENTRIES);
    run_both(&scaled, &cases, SCALED_RUNS);
}

fn run_both(catalogue: &Catalogue, cases: &[Case], runs: usize) {
    let started = Instant::now();
    let index = SearchIndex::build(catalogue.clone()).expect("index builds");
    println!("guichet index build: {:.1} ms", ms(started.elapsed()));
    let started = Instant::now();
    let fts = Fts5::build(catalogue);
    println!("fts5 index build:    {:.1} ms", ms(started.elapsed()));

    let guichet = measure(cases, runs, |case| search_ids(&index, case));
    let sqlite = measure(cases, runs, |case| fts.search(case));
    drop((index, fts));
    println!("engine   recall@3  p50 µs  p99 µs  max µs   (warm)");
    for (name, result) in [("guichet", guichet), ("fts5", sqlite)] {
        println!(
            "{name:<8} {:>8.3}  {:>6.0}  {:>6.0}  {:>6.0}",
            result.recall_at_3, result.p50, result.p99, result.max
        );
    }
    println!("engine             p50 µs  p99 µs  max µs   (cold: fresh process, each query once)");
    for name in ["guichet", "fts5"] {
        let latencies = cold_pass(name, catalogue.services.len());
        println!(
            "{name:<8}           {:>6.0}  {:>6.0}  {:>6.0}",
            micros(percentile(&latencies, 0.5)),
            micros(percentile(&latencies, 0.99)),
            micros(percentile(&latencies, 1.0)),
        );
    }
}

/// Runs this benchmark again in a fresh process that builds one engine and
/// times each query once; returns the latencies it prints.
fn cold_pass(engine: &str, size: usize) -> Vec<Duration> {
    let exe = std::env::current_exe().expect("the benchmark's own path");
    let out = std::process::Command::new(exe)
        .env(COLD, format!("{engine} {size}"))
        .output()
        .expect("a fresh benchmark process");
    assert!(out.status.success(), "cold pass of {engine} failed");
    let mut latencies: Vec<Duration> = String::from_utf8_lossy(&out.stdout)
        .lines()
        .filter_map(|line| line.trim().parse::<u64>().ok())
        .map(Duration::from_nanos)
        .collect();
    latencies.sort();
    latencies
}

/// One engine's search: the ranked service ids for a query.
type Search = dyn FnMut(&Case) -> Vec<String>;

/// In the fresh process: build the engine, then time each query once and
/// print each latency in nanoseconds, one a line.
fn cold_child(pass: &str, catalogue: &Catalogue, cases: &[Case]) {
    let (engine, size) = pass.split_once(' ').expect("ENGINE SIZE");
    let size: usize = size.parse().expect("a catalogue size");
    let catalogue = if size > catalogue.services.len() {
        scaled(catalogue, size)
    } else {
        catalogue.clone()
    };
    let mut search: Box<Search> = if engine == "fts5" {
        let fts = Fts5::build(&catalogue);
        Box::new(move |case| fts.search(case))
    } else {
        let index = SearchIndex::build(catalogue).expect("index builds");
        Box::new(move |case| search_ids(&index, case))
    };
    for case in cases {
        let started = Instant::now();
        std::hint::black_box(search(case));
        println!("{}", started.elapsed().as_nanos());
    }
}

struct Measured {
    recall_at_3: f64,
    p50: f64,
    p99: f64,
    max: f64,
}

fn measure(cases: &[Case], runs: usize, search: impl FnMut(&Case) -> Vec<String>) -> Measured {
    let (scores, latencies) = timed(cases, runs, search);
    Measured {
        recall_at_3: scores.recall_at_3,
        p50: micros(percentile(&latencies, 0.5)),
        p99: micros(percentile(&latencies, 0.99)),
        max: micros(percentile(&latencies, 1.0)),
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

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

fn micros(d: Duration) -> f64 {
    d.as_secs_f64() * 1_000_000.0
}

fn cores() -> usize {
    std::thread::available_parallelism().map_or(1, |n| n.get())
}
