//! A service's names — its titles, keywords, its organisation's name and
//! acronym — and the pairs of words written side by side in them, so that
//! a query that *is* a name ranks that service first, and words typed
//! together that are written together count more than scattered ones.

use std::collections::HashSet;
use std::hash::{DefaultHasher, Hash, Hasher};

use tantivy::tokenizer::TextAnalyzer;

use super::analysis::{self, tokens};
use crate::content::{Catalogue, Service};
use crate::lang::Lang;

/// Words are compared on their first letters: plurals and endings aside
/// ("allocations familiales" is "allocation familiale").
const KEY_CHARS: usize = 6;

/// Town and canton names that may follow a service's name ("Hospice
/// général Genève"), in the kiosk's languages; the catalogue's towns are
/// added at build time.
const PLACES: &[&str] = &[
    "canton",
    "cantone",
    "ge",
    "geneva",
    "geneve",
    "genebra",
    "genf",
    "gjeneve",
    "ginebra",
    "ginevra",
    "kanton",
    "lausanne",
    "losanna",
    "lozana",
    "vaud",
    "vd",
    "waadt",
    "جنيف",
    "فود",
    "لوزان",
    "женева",
    "лозанна",
    "во",
    "ጀነቫ",
    "ሎዛን",
];

/// Per service (by position in the catalogue), sorted hashes.
#[derive(Debug, Default)]
pub(super) struct Names {
    names: Vec<Vec<u64>>,
    /// Names of two words or more as (hash of all words but the last, the
    /// last word's key), sorted: "aide soc", still being typed, names
    /// "aide sociale".
    typed: Vec<Vec<(u64, String)>>,
    pairs: Vec<Vec<u64>>,
    places: HashSet<String>,
}

impl Names {
    pub fn build(catalogue: &Catalogue, folded: &mut TextAnalyzer) -> Self {
        let mut places: HashSet<String> = PLACES.iter().map(|p| (*p).to_owned()).collect();
        let mut names = Vec::with_capacity(catalogue.services.len());
        let mut pairs = Vec::with_capacity(catalogue.services.len());
        let mut typed = Vec::with_capacity(catalogue.services.len());
        for service in &catalogue.services {
            for location in &service.locations {
                places.extend(tokens(folded, &analysis::normalize(&location.city)));
            }
            let (mut own, mut together, mut begun) = (Vec::new(), Vec::new(), Vec::new());
            for text in service_names(service) {
                let words = canonical(&text, folded);
                if let Some(hash) = name_hash(&words) {
                    own.push(hash);
                }
                if let Some((last, leading)) = words.split_last()
                    && let Some(hash) = name_hash(leading)
                {
                    begun.push((hash, key(last).to_owned()));
                }
                together.extend(words.windows(2).map(|w| pair_hash(&w[0], &w[1])));
            }
            own.sort_unstable();
            own.dedup();
            together.sort_unstable();
            together.dedup();
            begun.sort_unstable();
            begun.dedup();
            names.push(own);
            pairs.push(together);
            typed.push(begun);
        }
        Names {
            names,
            typed,
            pairs,
            places,
        }
    }

    /// Whether the service has a name whose words are `words`, the last one
    /// only begun ("aide soc" for "aide sociale").
    pub fn is_named_while_typing(&self, ordinal: usize, words: &[String]) -> bool {
        let Some((last, leading)) = words.split_last() else {
            return false;
        };
        let Some(hash) = name_hash(leading) else {
            return false;
        };
        let begun = key(last);
        self.typed.get(ordinal).is_some_and(|own| {
            let from = own.partition_point(|(h, _)| *h < hash);
            own[from..]
                .iter()
                .take_while(|(h, _)| *h == hash)
                .any(|(_, word)| word.starts_with(begun))
        })
    }

    pub fn is_place(&self, word: &str) -> bool {
        self.places.contains(word)
    }

    pub fn is_named(&self, ordinal: usize, hash: u64) -> bool {
        self.names
            .get(ordinal)
            .is_some_and(|own| own.binary_search(&hash).is_ok())
    }

    /// How many of the query's pairs of words the service writes together.
    pub fn pairs_found(&self, ordinal: usize, pairs: &[u64]) -> usize {
        self.pairs.get(ordinal).map_or(0, |own| {
            pairs
                .iter()
                .filter(|p| own.binary_search(p).is_ok())
                .count()
        })
    }
}

/// Every text naming a service: each title (and each side of a title's
/// colon: "AI : de l'aide…" is named "AI"), each keyword, the organisation's
/// name and each of its parts ("La Main Tendue / Die Dargebotene Hand",
/// "Hospice général (AMIG)").
fn service_names(service: &Service) -> Vec<String> {
    let mut out = Vec::new();
    for lang in Lang::ALL {
        let Some(text) = service.text.get(lang) else {
            continue;
        };
        let title = text.title.get_ref();
        out.push(title.clone());
        if title.contains(':') {
            out.extend(title.split(':').map(str::to_owned));
        }
        out.extend(text.keywords.iter().cloned());
    }
    let organization = &service.organization.name;
    out.push(organization.clone());
    out.extend(
        organization
            .split(['/', '–', '(', ')', ','])
            .map(str::to_owned),
    );
    out
}

/// The words of a name that say something, as compared: folded, little
/// words of every language left out unless written in capitals.
pub(super) fn canonical(text: &str, folded: &mut TextAnalyzer) -> Vec<String> {
    let text = analysis::normalize(text);
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|piece| !piece.is_empty())
        .filter_map(|piece| {
            let word = tokens(folded, piece).into_iter().next()?;
            let little = analysis::is_stop_word(&word)
                || analysis::elision(&word).is_some()
                || Lang::ALL
                    .into_iter()
                    .any(|lang| analysis::is_function_word(lang, &word));
            (analysis::is_acronym(piece) || !little).then_some(word)
        })
        .collect()
}

fn key(word: &str) -> &str {
    match word.char_indices().nth(KEY_CHARS) {
        Some((end, _)) => &word[..end],
        None => word,
    }
}

pub(super) fn name_hash(words: &[String]) -> Option<u64> {
    if words.is_empty() {
        return None;
    }
    let mut hasher = DefaultHasher::new();
    for word in words {
        key(word).hash(&mut hasher);
    }
    Some(hasher.finish())
}

pub(super) fn pair_hash(first: &str, second: &str) -> u64 {
    let mut hasher = DefaultHasher::new();
    (key(first), key(second), "pair").hash(&mut hasher);
    hasher.finish()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::search::analysis::folded_analyzer;

    #[test]
    fn names_keep_acronyms_and_drop_little_words() {
        let mut folded = folded_analyzer();
        assert_eq!(canonical("La Main Tendue", &mut folded), ["main", "tendue"]);
        assert_eq!(canonical("l'AI", &mut folded), ["ai"]);
        assert_eq!(
            name_hash(&canonical("allocations familiales", &mut folded)),
            name_hash(&canonical("Allocation familiale", &mut folded))
        );
        assert_ne!(
            pair_hash("rente", "ai"),
            pair_hash("ai", "rente"),
            "pairs keep their order"
        );
    }
}
