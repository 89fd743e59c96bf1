//! Recognising a person in danger in what they typed, from the phrases of
//! `content/crisis.toml`: accents and case ignored, typos tolerated, the
//! phrase found anywhere in a longer sentence, a few words apart at most.

use std::collections::{HashMap, HashSet};

use tantivy::tokenizer::TextAnalyzer;

use super::analysis::{self, folded_analyzer, tokens};
use super::query::letters;
use crate::content::{Crisis, CrisisKind};
use crate::lang::Lang;
use crate::spelling::distance_at_most;

/// Characters of a query read for crisis words (a long message is still read).
const MAX_CHARS: usize = 400;

/// The lexicon, ready to match: every phrase word once, reachable by its
/// exact form, by its forms with one or two letters left out (so that a
/// typo is found by looking up, not by comparing with every word), or as a
/// word beginning (`suicid*`).
#[derive(Debug, Default)]
pub(super) struct CrisisMatcher {
    words: Vec<LexiconWord>,
    exact: HashMap<String, Vec<u32>>,
    deletions: HashMap<String, Vec<u32>>,
    beginnings: Vec<u32>,
    phrases: Vec<Phrase>,
    /// Phrases by each of their required words.
    by_word: HashMap<u32, Vec<usize>>,
    /// The kinds in the file's order (which help is shown first).
    kinds: Vec<CrisisKind>,
}

#[derive(Debug)]
struct LexiconWord {
    text: String,
    typos: usize,
}

#[derive(Debug)]
struct Phrase {
    kind: CrisisKind,
    /// Words that must be there, each with its room: one, plus the little
    /// words of the phrase before it that a visitor may leave out.
    required: Vec<(u32, usize)>,
}

impl CrisisMatcher {
    pub fn new(crises: &[Crisis]) -> Self {
        let mut matcher = CrisisMatcher::default();
        let mut folded = folded_analyzer();
        let mut ids: HashMap<(String, bool, usize), u32> = HashMap::new();
        for crisis in crises {
            let kind = *crisis.kind.get_ref();
            if !matcher.kinds.contains(&kind) {
                matcher.kinds.push(kind);
            }
            for (&lang, phrases) in &crisis.phrases {
                for phrase in phrases.get_ref() {
                    let words = phrase_words(phrase.get_ref(), lang, &mut folded);
                    let required = required_words(&words);
                    if required.is_empty() {
                        continue;
                    }
                    let mut list = Vec::new();
                    let alone = required.len() == 1;
                    for (word, beginning, gap) in required {
                        let typos = typos_allowed(&word, alone);
                        let id = *ids
                            .entry((word.clone(), beginning, typos))
                            .or_insert_with(|| matcher.add_word(word, beginning, typos));
                        list.push((id, gap));
                    }
                    let index = matcher.phrases.len();
                    for &(id, _) in &list {
                        let phrases = matcher.by_word.entry(id).or_default();
                        if phrases.last() != Some(&index) {
                            phrases.push(index);
                        }
                    }
                    matcher.phrases.push(Phrase {
                        kind,
                        required: list,
                    });
                }
            }
        }
        matcher
    }

    fn add_word(&mut self, text: String, beginning: bool, typos: usize) -> u32 {
        let id = self.words.len() as u32;
        if beginning {
            self.beginnings.push(id);
        } else {
            self.exact.entry(text.clone()).or_default().push(id);
            if typos > 0 {
                // The word itself too: a typed word with a letter too many.
                let mut variants = deletions(&text, typos);
                variants.push(text.clone());
                for variant in variants {
                    self.deletions.entry(variant).or_default().push(id);
                }
            }
        }
        self.words.push(LexiconWord { text, typos });
        id
    }

    /// The kinds of crisis the text speaks of, in the file's order.
    /// `known` tells the words the catalogue writes: such a word is not taken
    /// for a short lexicon word one letter away ("paga", pays, is not
    /// "pega", hits).
    pub fn kinds(
        &self,
        text: &str,
        folded: &mut TextAnalyzer,
        known: &dyn Fn(&str) -> bool,
    ) -> Vec<CrisisKind> {
        if self.phrases.is_empty() {
            return Vec::new();
        }
        let text: String = text.chars().take(MAX_CHARS).collect();
        let text = analysis::normalize(&text);
        let typed: Vec<String> = words(&text, folded).collect();
        let matched: Vec<HashSet<u32>> = typed.iter().map(|t| self.matching(t, known)).collect();
        let mut candidates: Vec<usize> = matched
            .iter()
            .flatten()
            .flat_map(|id| self.by_word.get(id).into_iter().flatten().copied())
            .collect();
        candidates.sort_unstable();
        candidates.dedup();
        let found: HashSet<CrisisKind> = candidates
            .into_iter()
            .map(|index| &self.phrases[index])
            .filter(|phrase| phrase.found_in(&matched))
            .map(|phrase| phrase.kind)
            .collect();
        self.kinds
            .iter()
            .copied()
            .filter(|k| found.contains(k))
            .collect()
    }

    /// The lexicon words a typed word may be.
    fn matching(&self, typed: &str, known: &dyn Fn(&str) -> bool) -> HashSet<u32> {
        let mut out: HashSet<u32> = HashSet::new();
        if let Some(ids) = self.exact.get(typed) {
            out.extend(ids);
        }
        // Endings: "frappent", "frapper" are "frappe".
        let chars: Vec<char> = typed.chars().collect();
        for cut in 1..=2 {
            if chars.len() >= 5 + cut {
                let stem: String = chars[..chars.len() - cut].iter().collect();
                if let Some(ids) = self.exact.get(&stem) {
                    out.extend(ids);
                }
            }
        }
        let length = letters(typed);
        if length >= 3 {
            let typos = if length >= 8 { 2 } else { 1 };
            let mut variants = deletions(typed, typos);
            variants.push(typed.to_owned());
            for variant in &variants {
                for &id in self.deletions.get(variant).into_iter().flatten() {
                    let word = &self.words[id as usize];
                    let other_word =
                        letters(&word.text) <= SHORT && typed != word.text && known(typed);
                    if !other_word && distance_at_most(typed, &word.text, word.typos).is_some() {
                        out.insert(id);
                    }
                }
            }
        }
        for &id in &self.beginnings {
            let word = &self.words[id as usize];
            if begins_with(typed, &word.text) {
                out.insert(id);
            }
        }
        out
    }
}

/// Lexicon words this short are not found through a typo that makes another
/// word of the catalogue.
const SHORT: usize = 4;

/// Typos forgiven in a lexicon word: two from nine letters, one from five,
/// or from four within a phrase of several words (a word alone must be
/// longer: "viol" must not find "vol").
fn typos_allowed(word: &str, alone: bool) -> usize {
    match letters(word) {
        9.. => 2,
        5.. => 1,
        4 if !alone => 1,
        _ => 0,
    }
}

impl Phrase {
    /// All required words within one window of the typed words, in any
    /// order (German and Albanian move words around: "hat mich verprügelt").
    fn found_in(&self, matched: &[HashSet<u32>]) -> bool {
        // Each word, the little words the phrase has before it, and one
        // other word between two words of the phrase.
        let window = self.required.iter().map(|&(_, gap)| gap).sum::<usize>()
            + self.required.len().saturating_sub(1);
        (0..matched.len()).any(|start| {
            let end = (start + window).min(matched.len());
            let mut used = vec![false; end - start];
            self.required.iter().all(|&(id, _)| {
                let free = (start..end).find(|&p| !used[p - start] && matched[p].contains(&id));
                free.map(|p| used[p - start] = true).is_some()
            })
        })
    }
}

/// `typed` begins with `stem`, or with a one-typo form of it (stems of five
/// letters or more, first letter kept).
fn begins_with(typed: &str, stem: &str) -> bool {
    if typed.starts_with(stem) {
        return true;
    }
    let stem_length = stem.chars().count();
    if stem_length < 5 || typed.chars().next() != stem.chars().next() {
        return false;
    }
    let typed_chars: Vec<char> = typed.chars().collect();
    [stem_length - 1, stem_length, stem_length + 1]
        .into_iter()
        .filter(|&n| n <= typed_chars.len())
        .any(|n| {
            let head: String = typed_chars[..n].iter().collect();
            distance_at_most(&head, stem, 1).is_some()
        })
}

/// A phrase's words, folded: (word, is a word beginning, is optional).
fn phrase_words(phrase: &str, lang: Lang, folded: &mut TextAnalyzer) -> Vec<(String, bool, bool)> {
    join_apostrophes(&analysis::normalize(phrase))
        .split(|c: char| !c.is_alphanumeric() && c != '*')
        .filter_map(|raw| {
            let beginning = raw.ends_with('*');
            let word = tokens(folded, raw.trim_end_matches('*'))
                .into_iter()
                .next()?;
            let word = without_article(&word).to_owned();
            let optional = !beginning
                && (analysis::is_stop_word(&word)
                    || analysis::is_function_word(lang, &word)
                    || analysis::elision(&word).is_some());
            Some((word, beginning, optional))
        })
        .collect()
}

/// What was typed as matched words: folded, the Ukrainian apostrophe
/// inside a word kept out ("б'є" and "бє" are one word), the Arabic
/// article left out.
fn words<'a>(text: &'a str, folded: &'a mut TextAnalyzer) -> impl Iterator<Item = String> + 'a {
    let joined = join_apostrophes(text);
    let pieces: Vec<String> = joined
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_owned)
        .collect();
    pieces.into_iter().filter_map(move |w| {
        let word = tokens(folded, &w).into_iter().next()?;
        Some(without_article(&word).to_owned())
    })
}

/// Removes an apostrophe between two Cyrillic letters (part of the word).
fn join_apostrophes(text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    let cyrillic = |c: Option<&char>| c.is_some_and(|c| ('\u{0400}'..='\u{04FF}').contains(c));
    chars
        .iter()
        .enumerate()
        .filter(|&(i, &c)| {
            !(c == '\'' && i > 0 && cyrillic(chars.get(i - 1)) && cyrillic(chars.get(i + 1)))
        })
        .map(|(_, &c)| c)
        .collect()
}

/// An Arabic word without its article and the letters glued before it
/// ("الاسعاف", "للاغتصاب", "والانتحار"), when enough of the word remains.
fn without_article(word: &str) -> &str {
    for article in ["وال", "بال", "فال", "كال", "لل", "ال"] {
        if let Some(rest) = word.strip_prefix(article) {
            if rest.chars().count() >= 3 {
                return rest;
            }
        }
    }
    word
}

/// The words that must be typed, with the number of other words allowed
/// before each: one, plus the optional words the phrase has there. A phrase
/// of one meaningful word keeps all its words ("me tuer" needs "me").
fn required_words(words: &[(String, bool, bool)]) -> Vec<(String, bool, usize)> {
    let meaningful = words.iter().filter(|(_, _, optional)| !optional).count();
    let mut out = Vec::new();
    let mut skipped = 0;
    for (word, beginning, optional) in words {
        if *optional && meaningful >= 2 {
            skipped += 1;
            continue;
        }
        out.push((word.clone(), *beginning, skipped + 1));
        skipped = 0;
    }
    out
}

/// The forms of `word` with up to `max` letters left out.
fn deletions(word: &str, max: usize) -> Vec<String> {
    let chars: Vec<char> = word.chars().collect();
    let mut out = Vec::new();
    for i in 0..chars.len() {
        let one: Vec<char> = chars
            .iter()
            .enumerate()
            .filter(|&(k, _)| k != i)
            .map(|(_, c)| *c)
            .collect();
        if max >= 2 {
            for j in i..one.len() {
                let two: String = one
                    .iter()
                    .enumerate()
                    .filter(|&(k, _)| k != j)
                    .map(|(_, c)| *c)
                    .collect();
                out.push(two);
            }
        }
        out.push(one.into_iter().collect());
    }
    out.sort();
    out.dedup();
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn deletions_reach_typos() {
        let words = deletions("mourir", 1);
        assert!(words.contains(&"mouri".to_owned()));
        assert!(deletions("mourrir", 1).contains(&"mourir".to_owned()));
        assert!(begins_with("suicidaire", "suicid"));
        assert!(begins_with("suicdaire", "suicid"));
        assert!(!begins_with("sucre", "suicid"));
    }

    #[test]
    fn optional_words_widen_the_gaps() {
        let mut folded = folded_analyzer();
        let words = phrase_words("envie de mourir", Lang::Fr, &mut folded);
        let required = required_words(&words);
        assert_eq!(
            required,
            [
                ("envie".to_owned(), false, 1),
                ("mourir".to_owned(), false, 2)
            ]
        );
        let words = phrase_words("me tuer", Lang::Fr, &mut folded);
        assert_eq!(required_words(&words).len(), 2);
    }
}
