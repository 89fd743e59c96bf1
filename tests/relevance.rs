//! Relevance of the search on the shipped catalogue: recall@3, MRR@10 and
//! the zero-result rate over `tests/relevance/queries.toml`, written as
//! visitors type. Fails below the thresholds measured when it was tuned.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // tests stop at the first failure

use std::path::Path;

use guichet::content::{self, LoadOptions};
use guichet::search::SearchIndex;
use guichet::search::relevance::{evaluate, load_cases, search_ids};

/// Measured 2026-11-28 on 250 queries: recall@3 0.976, MRR@10 0.950, no
/// query without result; see the README for the figures on 363 queries.
const MIN_RECALL_AT_3: f64 = 0.95;
const MIN_MRR_AT_10: f64 = 0.90;
const MAX_ZERO_RESULT_RATE: f64 = 0.0;

#[test]
fn relevance_meets_the_thresholds() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let content = root.join("content");
    let loaded = content::load(&content, &LoadOptions::for_dir(&content)).unwrap();
    assert_eq!(loaded.errors(), 0);
    let index = SearchIndex::build(loaded.catalogue).unwrap();
    let cases = load_cases(&root.join("tests/relevance/queries.toml")).unwrap();
    assert!(cases.len() >= 350);
    for case in &cases {
        for id in &case.expect {
            assert!(index.catalogue().service(id).is_some(), "unknown id {id}");
        }
    }
    let scores = evaluate(&cases, |case| search_ids(&index, case));
    println!(
        "relevance on {} queries: recall@3 {:.3}, MRR@10 {:.3}, zero-result rate {:.3}",
        scores.queries, scores.recall_at_3, scores.mrr_at_10, scores.zero_result_rate
    );
    let per_lang: Vec<String> = scores
        .zero_by_lang
        .iter()
        .map(|(lang, (zero, all))| {
            format!("{lang} {:.3} ({zero}/{all})", *zero as f64 / *all as f64)
        })
        .collect();
    println!("zero-result rate per language: {}", per_lang.join(", "));
    println!("misses:\n  {}", scores.misses.join("\n  "));
    assert!(
        scores.recall_at_3 >= MIN_RECALL_AT_3,
        "recall@3 {:.3}",
        scores.recall_at_3
    );
    assert!(
        scores.mrr_at_10 >= MIN_MRR_AT_10,
        "MRR@10 {:.3}",
        scores.mrr_at_10
    );
    assert!(
        scores.zero_result_rate <= MAX_ZERO_RESULT_RATE,
        "zero-result rate {:.3}",
        scores.zero_result_rate
    );
}
