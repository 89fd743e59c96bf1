//! Measuring relevance: a set of queries as visitors type them, each with
//! the services a welcome-desk worker would accept, and the usual scores.

use std::path::Path;
use std::time::{Duration, Instant};

use serde::Deserialize;

use crate::content::Canton;
use crate::lang::Lang;

/// One query of the set (`tests/relevance/queries.toml`).
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Case {
    /// The screen's language.
    pub lang: Lang,
    /// The kiosk's canton, if any.
    pub canton: Option<Canton>,
    pub text: String,
    /// Every acceptable service id.
    pub expect: Vec<String>,
    /// administrative, everyday, misspelling, prefix or cross-language.
    pub kind: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct QuerySet {
    query: Vec<Case>,
}

/// A query set that cannot be read.
#[derive(Debug, thiserror::Error)]
pub enum CasesError {
    #[error("{}: {source}", path.display())]
    Unreadable {
        path: std::path::PathBuf,
        source: std::io::Error,
    },
    #[error("{}: {source}", path.display())]
    NotAQuerySet {
        path: std::path::PathBuf,
        source: toml::de::Error,
    },
}

/// Reads a query set.
pub fn load_cases(path: &Path) -> Result<Vec<Case>, CasesError> {
    let text = std::fs::read_to_string(path).map_err(|source| CasesError::Unreadable {
        path: path.to_owned(),
        source,
    })?;
    toml::from_str::<QuerySet>(&text)
        .map(|set| set.query)
        .map_err(|source| CasesError::NotAQuerySet {
            path: path.to_owned(),
            source,
        })
}

/// Scores of a search over a query set.
#[derive(Debug, Clone)]
pub struct Scores {
    pub queries: usize,
    /// Share of queries with an acceptable service in the first three.
    pub recall_at_3: f64,
    /// Mean reciprocal rank of the first acceptable service, within ten.
    pub mrr_at_10: f64,
    /// Share of queries with no result at all.
    pub zero_result_rate: f64,
    /// Per screen language: queries without result, and queries.
    pub zero_by_lang: std::collections::BTreeMap<Lang, (usize, usize)>,
    /// The queries missed in the first three, described for a person.
    pub misses: Vec<String>,
}

/// Runs `search` (returning ranked service ids) on every case.
pub fn evaluate(cases: &[Case], mut search: impl FnMut(&Case) -> Vec<String>) -> Scores {
    let (mut found_in_3, mut reciprocal, mut zero) = (0usize, 0f64, 0usize);
    let mut misses = Vec::new();
    let mut zero_by_lang = std::collections::BTreeMap::new();
    for case in cases {
        let ids = search(case);
        let (empty, all) = zero_by_lang.entry(case.lang).or_insert((0, 0));
        *all += 1;
        if ids.is_empty() {
            zero += 1;
            *empty += 1;
        }
        let rank = ids.iter().take(10).position(|id| case.expect.contains(id));
        if let Some(rank) = rank {
            reciprocal += 1.0 / (rank as f64 + 1.0);
        }
        if rank.is_some_and(|r| r < 3) {
            found_in_3 += 1;
        } else {
            misses.push(format!(
                "[{} {} {}] {:?} → {:?}, expected {:?}",
                case.lang,
                case.canton.as_ref().map_or("--", Canton::as_str),
                case.kind,
                case.text,
                &ids[..ids.len().min(3)],
                case.expect
            ));
        }
    }
    let n = cases.len().max(1) as f64;
    Scores {
        queries: cases.len(),
        recall_at_3: found_in_3 as f64 / n,
        mrr_at_10: reciprocal / n,
        zero_result_rate: zero as f64 / n,
        zero_by_lang,
        misses,
    }
}

/// The ids `index` ranks for `case`, the ten first, as the kiosk asks.
pub fn search_ids(index: &super::SearchIndex, case: &Case) -> Vec<String> {
    index
        .search(&super::Request {
            text: &case.text,
            lang: case.lang,
            canton: case.canton.as_ref(),
            limit: 10,
        })
        .into_iter()
        .map(|hit| hit.id)
        .collect()
}

/// Scores with each query's latency: the median of `runs` timed runs.
pub fn timed(
    cases: &[Case],
    runs: usize,
    mut search: impl FnMut(&Case) -> Vec<String>,
) -> (Scores, Vec<Duration>) {
    let runs = runs.max(1);
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
    (scores, latencies)
}

/// The value below which a share `q` (0 to 1) of the sorted `values` lies.
pub fn percentile(sorted: &[Duration], q: f64) -> Duration {
    if sorted.is_empty() {
        return Duration::ZERO;
    }
    let at = ((sorted.len() - 1) as f64 * q.clamp(0.0, 1.0)).round() as usize;
    sorted[at]
}

#[cfg(test)]
mod tests {
    use super::*;

    fn case(expect: &str) -> Case {
        Case {
            lang: Lang::Fr,
            canton: None,
            text: "x".into(),
            expect: vec![expect.into()],
            kind: "everyday".into(),
        }
    }

    #[test]
    fn scores_ranks() {
        let cases = [case("a"), case("b"), case("c"), case("d")];
        let scores = evaluate(&cases, |c| match c.expect[0].as_str() {
            "a" => vec!["a".into()],
            "b" => vec!["x".into(), "b".into()],
            "c" => vec!["x".into(), "y".into(), "z".into(), "c".into()],
            _ => vec![],
        });
        assert_eq!(scores.recall_at_3, 0.5);
        assert!((scores.mrr_at_10 - (1.0 + 0.5 + 0.25) / 4.0).abs() < 1e-9);
        assert_eq!(scores.zero_result_rate, 0.25);
        assert_eq!(scores.misses.len(), 2);
    }
}
