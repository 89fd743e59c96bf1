//! From what a visitor typed to ranked services.
//!
//! No query syntax: punctuation is never an operator. Each word (or each
//! everyday phrase found in the synonyms) becomes a group of weighted terms
//! — exact, stemmed, fuzzy, prefix — in every language, the screen's
//! language weighing most. Services are scored with BM25 on those weighted
//! terms, then ranked by how many informative groups they match: when no
//! service matches every word, the least informative words are in effect
//! dropped first, and something is still answered.

use std::collections::{BTreeMap, HashSet};

use tantivy::collector::TopDocs;
use tantivy::query::{BooleanQuery, BoostQuery, ConstScoreQuery, Occur, Query, TermQuery};
use tantivy::schema::IndexRecordOption;
use tantivy::tokenizer::TextAnalyzer;
use tantivy::{DocAddress, DocSet, Searcher, TERMINATED, Term};

use super::analysis::{self, folded_analyzer, tokens};
use super::bits::Bits;
use super::index::{Acronyms, Analyzers, FieldWords, SearchIndex, Synonym};
use super::names;
use crate::content::{Canton, CrisisKind, Field, ShownText};
use crate::lang::Lang;
use crate::spelling::distance_at_most;
use std::sync::Arc;

/// What a visitor asked, and where.
#[derive(Debug, Clone)]
pub struct Request<'a> {
    pub text: &'a str,
    /// The screen's language.
    pub lang: Lang,
    /// The kiosk's canton: whole-Switzerland services, plus this canton's.
    pub canton: Option<&'a Canton>,
    pub limit: usize,
}

/// One service found.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct Hit {
    pub id: String,
    /// In the screen's language when the service has it, else in French.
    pub title: String,
    pub lang: Lang,
    pub score: f32,
    /// Fields of the shown text that contain a searched word.
    pub matched: Vec<Field>,
    /// A helpline shown first because the words speak of a crisis.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub crisis: Option<CrisisHit>,
}

/// Why a helpline comes first, and the numbers to show in big.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct CrisisHit {
    pub kind: CrisisKind,
    pub numbers: Vec<String>,
}

/// Numbers shown in big on a helpline's card, at most.
const MAX_CRISIS_NUMBERS: usize = 3;

/// At most this many words are used from a query (the rest is noise).
const MAX_WORDS: usize = 12;
/// At most this many characters are read from a query.
const MAX_CHARS: usize = 200;
/// Shown texts whose field words are kept between searches (all of a kiosk's).
const FIELD_WORDS_CACHE: usize = 4_096;
/// Services scored before coverage re-ranking.
const CANDIDATES: usize = 100;
/// Fuzzy and prefix expansions kept per word and language.
const MAX_EXPANSIONS: usize = 24;

/// Weights: how much a kind of match is worth, relative to an exact word.
const EXACT: f32 = 1.0;
const STEMMED: f32 = 0.8;
const SYNONYM: f32 = 0.8;
const FUZZY_1: f32 = 0.55;
const FUZZY_2: f32 = 0.3;
const PREFIX: f32 = 0.7;
/// The same, for completions of a word the screen's language writes whole.
const KNOWN_PREFIX: f32 = 0.5;
const OTHER_LANGUAGE: f32 = 0.85;
/// The same, for a word that the screen's language also writes.
const OTHER_LANGUAGE_KNOWN: f32 = 0.4;
/// How much more a service weighs when it writes every pair of the query's
/// words side by side.
const TOGETHER: f32 = 1.0;
/// Fuzzy matches also searched in the language fields, at most.
const MAX_FUZZY_FIELDS: usize = 4;
/// From this many letters, the first letter of a word may be mistyped.
const LONG_WORD: usize = 10;
/// A name shared by more services than this is not a name.
const MAX_NAMED: usize = 3;
/// What a word of asking ("besoin", "help") weighs beside other words.
const ASKING: f32 = 0.25;
const TITLE: f32 = 3.0;
const KEYWORDS: f32 = 2.0;
const BODY: f32 = 1.0;

/// A word as typed, lower-cased, and its folded form.
#[derive(Debug, Clone)]
struct Word {
    lower: String,
    folded: String,
    /// The last word of a query still being typed: also matches as a prefix.
    prefix: bool,
    fuzzy: bool,
    /// A word with no meaning for search on its own ("le", "the").
    stop: bool,
    /// A function word of the screen language, or an elided word.
    function: bool,
    /// An elided word or the verb after one: a stop word whatever else.
    fixed: bool,
    /// Meant as an acronym ("AI", "rente ai"): searched in capitals, so
    /// that the analyzers keep it.
    acronym: bool,
}

/// The terms standing for one word or phrase of the query.
#[derive(Debug, Default)]
struct Group {
    terms: BTreeMap<Term, f32>,
    /// Only words of asking ("besoin", "help"): they say little about which
    /// service is meant, so they weigh little when another word is there.
    asking: bool,
    /// A part of the phrase group at this position (its meaning or one of
    /// its words): it weighs nothing by itself, and tells how much of the
    /// phrase a service has.
    part_of: Option<usize>,
    /// The part standing for the phrase's meaning.
    meaning: bool,
}

impl Group {
    fn add(&mut self, term: Term, weight: f32) {
        let entry = self.terms.entry(term).or_insert(0.0);
        *entry = entry.max(weight);
    }

    fn query(&self) -> Box<dyn Query> {
        let clauses: Vec<(Occur, Box<dyn Query>)> = self
            .terms
            .iter()
            .map(|(term, &weight)| {
                let term_query = TermQuery::new(term.clone(), IndexRecordOption::WithFreqs);
                (
                    Occur::Should,
                    Box::new(BoostQuery::new(Box::new(term_query), weight)) as Box<dyn Query>,
                )
            })
            .collect();
        Box::new(BooleanQuery::new(clauses))
    }
}

/// The search index could not be read (a damaged or vanished index): the
/// caller says so rather than showing "no results".
#[derive(Debug, thiserror::Error)]
pub enum SearchError {
    #[error("the search index could not be read: {0}")]
    Index(#[from] tantivy::TantivyError),
    #[error("the search index could not be read: {0}")]
    Read(#[from] std::io::Error),
}

impl SearchIndex {
    /// The services for what was typed, best first; when the words speak
    /// of a crisis, the helplines for it come before everything else.
    ///
    /// When the index cannot be read, the error is logged (never the words
    /// typed) and returned, so the caller can say so instead of showing "no
    /// results".
    pub fn try_search(&self, request: &Request<'_>) -> Result<Vec<Hit>, SearchError> {
        let ranked = self.ranked(request).inspect_err(|e| log::error!("{e}"))?;
        let helplines = self.helplines(request);
        if helplines.is_empty() {
            return Ok(ranked);
        }
        let mut hits = ranked;
        hits.retain(|hit| !helplines.iter().any(|h| h.id == hit.id));
        let top = hits.first().map_or(1.0, |hit| hit.score);
        let mut out: Vec<Hit> = helplines
            .into_iter()
            .enumerate()
            .map(|(i, hit)| Hit {
                score: top + (MAX_CRISIS_NUMBERS * 10 - i) as f32,
                ..hit
            })
            .collect();
        out.extend(hits);
        out.truncate(request.limit);
        Ok(out)
    }

    /// [`SearchIndex::try_search`] for callers with no way to show an error
    /// yet: an unreadable index gives no hits, and the error is logged.
    pub fn search(&self, request: &Request<'_>) -> Vec<Hit> {
        self.try_search(request).unwrap_or_default()
    }

    /// The kinds of crisis `text` speaks of, most urgent help first.
    pub fn crisis_kinds(&self, text: &str) -> Vec<CrisisKind> {
        let mut analyzers = self
            .analyzers
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner());
        let known = |word: &str| self.vocabulary.has_word(word);
        self.crisis.kinds(text, &mut analyzers.folded, &known)
    }

    /// The helplines for the crisis the request speaks of, for its canton.
    fn helplines(&self, request: &Request<'_>) -> Vec<Hit> {
        if request.limit == 0 {
            return Vec::new();
        }
        let mut out: Vec<Hit> = Vec::new();
        for kind in self.crisis_kinds(request.text) {
            let Some(crisis) = self
                .catalogue
                .crisis
                .iter()
                .find(|c| *c.kind.get_ref() == kind)
            else {
                continue;
            };
            for helpline in crisis.show.iter().filter(|h| h.shown_in(request.canton)) {
                let id = helpline.service.get_ref();
                let Some(service) = self.catalogue.service(id) else {
                    continue;
                };
                if out.iter().any(|hit| &hit.id == id)
                    || request.canton.is_some_and(|c| !service.serves(c))
                {
                    continue;
                }
                let mut numbers: Vec<String> = if helpline.numbers.is_empty() {
                    service
                        .phones
                        .iter()
                        .map(|p| p.number().to_owned())
                        .collect()
                } else {
                    helpline
                        .numbers
                        .iter()
                        .map(|n| n.get_ref().clone())
                        .collect()
                };
                numbers.dedup();
                numbers.truncate(MAX_CRISIS_NUMBERS);
                let shown_lang = if service.text.get(request.lang).is_some() {
                    request.lang
                } else {
                    Lang::REFERENCE
                };
                out.push(Hit {
                    id: id.clone(),
                    title: service.text(shown_lang).title.to_owned(),
                    lang: shown_lang,
                    score: 0.0,
                    matched: Vec::new(),
                    crisis: Some(CrisisHit { kind, numbers }),
                });
            }
        }
        out
    }

    fn ranked(&self, request: &Request<'_>) -> Result<Vec<Hit>, SearchError> {
        let searcher = self.reader.searcher();
        let words = query_words(request.text, request.lang, &self.acronyms);
        let groups = self.groups(request, &words);
        if groups.is_empty() || request.limit == 0 {
            return Ok(Vec::new());
        }
        let matches = self.doc_sets(&searcher, &groups, request.canton)?;
        let mut weights = informativeness(&matches, searcher.num_docs());
        for (weight, group) in weights.iter_mut().zip(&groups) {
            if group.part_of.is_some() {
                *weight = 0.0;
            }
        }
        if groups.iter().any(|g| !g.asking) {
            for (weight, group) in weights.iter_mut().zip(&groups) {
                if group.asking {
                    *weight *= ASKING;
                }
            }
        }
        let total: f32 = weights.iter().sum();
        if total == 0.0 {
            return Ok(Vec::new());
        }
        // One flat disjunction of the weighted terms of the groups that match.
        let mut flat = Group::default();
        let asking_only = groups.iter().all(|g| g.asking);
        for (group, _) in groups
            .iter()
            .zip(&matches)
            .filter(|(_, docs)| !docs.is_empty())
        {
            let scale = if group.asking && !asking_only {
                ASKING
            } else {
                1.0
            };
            for (term, &weight) in &group.terms {
                flat.add(term.clone(), weight * scale);
            }
        }
        let query: Box<dyn Query> = match self.canton_filter(request.canton) {
            Some(filter) => Box::new(BooleanQuery::new(vec![
                (Occur::Must, flat.query()),
                (Occur::Must, filter),
            ])),
            None => flat.query(),
        };
        let candidates = request.limit.max(CANDIDATES);
        let mut top =
            searcher.search(&*query, &TopDocs::with_limit(candidates).order_by_score())?;
        // Services matching all the informative words come first; a word that
        // matches nothing, or almost everything, costs little when missing.
        for (score, address) in &mut top {
            let Some(ordinal) = self.ordinal_of(*address) else {
                continue;
            };
            let covered: f32 = matches
                .iter()
                .zip(&weights)
                .enumerate()
                .filter(|(_, (docs, _))| docs.contains(ordinal))
                .map(|(at, (_, w))| w * phrase_share(&groups, &matches, at, ordinal))
                .sum();
            let coverage = covered / total;
            *score *= coverage * coverage;
        }
        self.prefer_names(&words, &mut top);
        top.sort_by(|a, b| b.0.total_cmp(&a.0));
        top.truncate(request.limit);
        let searched = self.searched_terms(&groups);
        let mut analyzers = self
            .analyzers
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner());
        Ok(top
            .into_iter()
            .filter_map(|(score, address)| {
                let ordinal = self.ordinal_of(address)?;
                let service = self.catalogue.services.get(ordinal)?;
                let shown_lang = if service.text.get(request.lang).is_some() {
                    request.lang
                } else {
                    Lang::REFERENCE
                };
                let shown = service.text(shown_lang);
                Some(Hit {
                    id: service.id().to_owned(),
                    title: shown.title.to_owned(),
                    lang: shown_lang,
                    score,
                    matched: self.matched_fields(ordinal, &shown, &searched, &mut analyzers),
                    crisis: None,
                })
            })
            .collect())
    }

    /// Words typed side by side that a service writes side by side count
    /// more; a query that is one of a few services' names (title, keyword,
    /// organisation or its acronym, a town beside it or not) puts them first.
    fn prefer_names(&self, words: &[Word], top: &mut [(f32, DocAddress)]) {
        let meant: Vec<&Word> = words
            .iter()
            .filter(|w| w.acronym || !(w.stop || w.function || is_little(&w.folded)))
            .collect();
        let all: Vec<String> = meant.iter().map(|w| w.folded.clone()).collect();
        let without_places: Vec<String> = all
            .iter()
            .filter(|w| !self.names.is_place(w))
            .cloned()
            .collect();
        let pairs: Vec<u64> = without_places
            .windows(2)
            .map(|w| names::pair_hash(&w[0], &w[1]))
            .collect();
        if !pairs.is_empty() {
            for (score, address) in top.iter_mut() {
                if let Some(ordinal) = self.ordinal_of(*address) {
                    let found = self.names.pairs_found(ordinal, &pairs);
                    *score *= 1.0 + TOGETHER * found as f32 / pairs.len() as f32;
                }
            }
        }
        // "je cherche du travail" names what "travail" names: words of
        // asking around a name leave it a name.
        let without_asking: Vec<String> = without_places
            .iter()
            .filter(|w| !analysis::is_asking_word(w))
            .cloned()
            .collect();
        let hashes: Vec<u64> = [
            names::name_hash(&all),
            names::name_hash(&without_places),
            names::name_hash(&without_asking),
        ]
        .into_iter()
        .flatten()
        .collect();
        // "aide soc", the last word still being typed, names "aide sociale".
        let typing = meant.len() >= 2
            && meant
                .last()
                .is_some_and(|w| w.prefix && letters(&w.folded) >= 3);
        let named: Vec<bool> = top
            .iter()
            .map(|(_, address)| {
                self.ordinal_of(*address).is_some_and(|ordinal| {
                    hashes.iter().any(|&h| self.names.is_named(ordinal, h))
                        || (typing && self.names.is_named_while_typing(ordinal, &all))
                })
            })
            .collect();
        let count = named.iter().filter(|&&n| n).count();
        // A name that many services share ("maladie") names none of them.
        if count == 0 || count > MAX_NAMED {
            return;
        }
        let best = top.iter().map(|(s, _)| *s).fold(0.0, f32::max);
        for ((score, _), named) in top.iter_mut().zip(named) {
            if named {
                *score += best;
            }
        }
    }

    /// The services each group matches, read from the postings lists (no
    /// scoring), within the kiosk's canton.
    fn doc_sets(
        &self,
        searcher: &Searcher,
        groups: &[Group],
        canton: Option<&Canton>,
    ) -> Result<Vec<Bits>, SearchError> {
        let served = self.served(canton);
        let count = self.catalogue.services.len();
        groups
            .iter()
            .map(|group| {
                let mut docs = Bits::new(count);
                for (segment_ord, segment) in searcher.segment_readers().iter().enumerate() {
                    let Some(ordinals) = self.ordinals.get(segment_ord) else {
                        continue;
                    };
                    for term in group.terms.keys() {
                        let postings = segment
                            .inverted_index(term.field())?
                            .read_postings(term, IndexRecordOption::Basic)?;
                        // No posting list: no service has the word.
                        let Some(mut postings) = postings else {
                            continue;
                        };
                        let mut doc = postings.doc();
                        while doc != TERMINATED {
                            if let Some(&ordinal) = ordinals.get(doc as usize) {
                                docs.insert(ordinal as usize);
                            }
                            doc = postings.advance();
                        }
                    }
                }
                if let Some(served) = &served {
                    docs.intersect(served);
                }
                Ok(docs)
            })
            .collect()
    }

    fn ordinal_of(&self, address: DocAddress) -> Option<usize> {
        let ordinal = *self
            .ordinals
            .get(address.segment_ord as usize)?
            .get(address.doc_id as usize)?;
        Some(ordinal as usize)
    }

    fn canton_filter(&self, canton: Option<&Canton>) -> Option<Box<dyn Query>> {
        let canton = canton?;
        let mut codes = vec![Canton::WHOLE_COUNTRY, canton.as_str()];
        codes.dedup();
        let clauses = codes
            .into_iter()
            .map(|code| {
                let term = Term::from_field_text(self.canton, code);
                let query: Box<dyn Query> =
                    Box::new(TermQuery::new(term, IndexRecordOption::Basic));
                (Occur::Should, query)
            })
            .collect();
        Some(Box::new(ConstScoreQuery::new(
            Box::new(BooleanQuery::new(clauses)),
            0.0,
        )))
    }

    /// The query's words and phrases, each as a group of weighted terms.
    fn groups(&self, request: &Request<'_>, words: &[Word]) -> Vec<Group> {
        let mut analyzers = self
            .analyzers
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner());
        let stemmers = &mut analyzers.stemmed;
        let mut groups = Vec::new();
        let mut i = 0;
        while i < words.len() {
            let mut group = Group::default();
            let mut covered = 1;
            if let Some(synonym) = self.synonym_at(words, i) {
                covered = synonym.key.len();
                for target in &synonym.targets {
                    let word = Word {
                        lower: target.clone(),
                        folded: target.clone(),
                        prefix: false,
                        fuzzy: false,
                        stop: false,
                        function: false,
                        fixed: false,
                        acronym: false,
                    };
                    self.add_word(
                        &mut group,
                        &word,
                        request.lang,
                        Some(synonym.lang),
                        SYNONYM,
                        stemmers,
                    );
                }
            }
            let span = &words[i..i + covered];
            i += covered;
            // "besoin", "can't pay", "je ne peux pas payer": words (or a
            // phrase made only of words) that weigh little beside what
            // is needed or cannot be paid.
            group.asking = span
                .iter()
                .filter(|w| !w.stop)
                .all(|w| analysis::weighs_little(&w.folded));
            if covered > 1 {
                // A phrase of the synonyms is found where its meaning (its
                // catalogue words) is written, or all its words are; one of
                // its words alone ("travail" in "perdu mon travail") counts
                // only for its share of the phrase. Its parts are kept to
                // tell which.
                let phrase = groups.len();
                let mut parts = vec![Group {
                    part_of: Some(phrase),
                    meaning: true,
                    asking: group.asking,
                    ..Group::default()
                }];
                for (term, &weight) in &group.terms {
                    parts[0].add(term.clone(), weight);
                }
                for word in span.iter().filter(|w| !w.stop) {
                    let mut own = Group {
                        part_of: Some(phrase),
                        asking: group.asking,
                        ..Group::default()
                    };
                    self.add_word(&mut own, word, request.lang, None, 1.0, stemmers);
                    for (term, &weight) in &own.terms {
                        group.add(term.clone(), weight);
                    }
                    parts.push(own);
                }
                groups.push(group);
                groups.extend(parts);
                continue;
            }
            for word in span.iter().filter(|w| !w.stop) {
                self.add_word(&mut group, word, request.lang, None, 1.0, stemmers);
            }
            // A lone stop word is not a group.
            if !span[0].stop {
                groups.push(group);
            }
        }
        groups
    }

    fn synonym_at(&self, words: &[Word], at: usize) -> Option<&Synonym> {
        self.synonyms.iter().find(|synonym| {
            words.len() >= at + synonym.key.len()
                && synonym
                    .key
                    .iter()
                    .zip(&words[at..])
                    .all(|(k, w)| *k == w.folded)
        })
    }

    /// Adds a word's terms to a group: in every language, or only in `only`
    /// (a synonym's catalogue words are in the synonym's language).
    fn add_word(
        &self,
        group: &mut Group,
        word: &Word,
        screen: Lang,
        only: Option<Lang>,
        base: f32,
        stemmers: &mut [TextAnalyzer],
    ) {
        let vocabulary = &self.vocabulary;
        let folded = |text: &str| Term::from_field_text(self.folded, text);
        if vocabulary.has_word(&word.folded) {
            group.add(folded(&word.folded), base * EXACT);
        }
        let typed = if word.acronym {
            word.lower.to_uppercase()
        } else {
            word.lower.clone()
        };
        // A word the screen's language writes means what it means there:
        // English "rent" is rent, not the French "rente" (a pension).
        let screen_knows = only.is_none()
            && Lang::ALL
                .into_iter()
                .position(|lang| lang == screen)
                .and_then(|at| stemmers.get_mut(at))
                .is_some_and(|stem| {
                    tokens(stem, &typed)
                        .iter()
                        .any(|stemmed| vocabulary.has_stem(screen, stemmed))
                });
        let other = if screen_knows {
            OTHER_LANGUAGE_KNOWN
        } else {
            OTHER_LANGUAGE
        };
        for (lang, stem) in Lang::ALL.into_iter().zip(stemmers.iter_mut()) {
            if only.is_some_and(|only| only != lang) {
                continue;
            }
            let fields = self.fields[&lang];
            let weight = base * STEMMED * if lang == screen { 1.0 } else { other };
            for stemmed in tokens(stem, &typed) {
                if vocabulary.has_stem(lang, &stemmed) {
                    for (field, w) in [
                        (fields.title, TITLE),
                        (fields.keywords, KEYWORDS),
                        (fields.body, BODY),
                    ] {
                        group.add(Term::from_field_text(field, &stemmed), weight * w);
                    }
                }
            }
        }
        if word.fuzzy {
            let known = vocabulary.has_word(&word.folded);
            let candidates = fuzzy_candidates(&vocabulary.folded, &word.folded);
            let nearest = candidates.first().map(|&(_, d)| d);
            for (rank, &(candidate, distance)) in candidates.iter().enumerate() {
                let w = if distance == 1 { FUZZY_1 } else { FUZZY_2 };
                group.add(folded(candidate), base * w * 2.0);
                // The nearest words also count where they are written (title,
                // keywords), as the word itself would: a misspelt compound
                // then finds the service that names it, not one that only
                // mentions it.
                if known || Some(distance) != nearest || rank >= MAX_FUZZY_FIELDS {
                    continue;
                }
                for (lang, stem) in Lang::ALL.into_iter().zip(stemmers.iter_mut()) {
                    if only.is_some_and(|only| only != lang) {
                        continue;
                    }
                    let fields = self.fields[&lang];
                    let language = if lang == screen { 1.0 } else { OTHER_LANGUAGE };
                    for stemmed in tokens(stem, candidate) {
                        if vocabulary.has_stem(lang, &stemmed) {
                            for (field, f) in [
                                (fields.title, TITLE),
                                (fields.keywords, KEYWORDS),
                                (fields.body, BODY),
                            ] {
                                let weight = base * w * STEMMED * language * f;
                                group.add(Term::from_field_text(field, &stemmed), weight);
                            }
                        }
                    }
                }
            }
        }
        if word.prefix && word.folded.chars().count() >= 2 {
            let typed = word.folded.len() as f32;
            let mut candidates: Vec<&str> = vocabulary.with_prefix(&word.folded).collect();
            // The shortest completions are the likeliest; a whole word of the
            // screen's language is less likely to be the start of another.
            candidates.sort_by_key(|c| c.len());
            let whole = if screen_knows { KNOWN_PREFIX } else { 1.0 };
            for candidate in candidates.into_iter().take(MAX_EXPANSIONS) {
                let closeness = typed / candidate.len() as f32;
                group.add(folded(candidate), base * PREFIX * whole * (1.0 + closeness));
            }
        }
    }

    /// Reads the words of every shown text in every language at build time
    /// when they all fit in the cache (a kiosk's catalogue does), so that no
    /// first search in a language pays for them.
    pub(super) fn fill_field_words(&self) {
        let services = &self.catalogue.services;
        if services.len() * Lang::ALL.len() > FIELD_WORDS_CACHE {
            return;
        }
        let mut analyzers = self
            .analyzers
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner());
        let mut cache = self.field_words.lock().unwrap_or_else(|p| p.into_inner());
        for (ordinal, service) in services.iter().enumerate() {
            // As `search` shows them: in the language, or in French.
            for lang in Lang::ALL
                .into_iter()
                .filter(|&l| service.text.get(l).is_some())
            {
                let shown = service.text(lang);
                cache
                    .entry((ordinal, shown.lang))
                    .or_insert_with(|| Arc::new(field_words(&shown, &mut analyzers.folded)));
            }
        }
    }

    /// The fields of the shown text that contain a searched word: a word
    /// equal to a searched form, or starting with a searched stem.
    fn matched_fields(
        &self,
        ordinal: usize,
        shown: &ShownText<'_>,
        searched: &HashSet<String>,
        analyzers: &mut Analyzers,
    ) -> Vec<Field> {
        let words = {
            let mut cache = self.field_words.lock().unwrap_or_else(|p| p.into_inner());
            if cache.len() >= FIELD_WORDS_CACHE {
                cache.clear();
            }
            cache
                .entry((ordinal, shown.lang))
                .or_insert_with(|| Arc::new(field_words(shown, &mut analyzers.folded)))
                .clone()
        };
        words
            .iter()
            .filter(|(_, set)| searched.iter().any(|term| set.contains(term)))
            .map(|(field, _)| *field)
            .collect()
    }

    /// Every folded and stemmed form searched, to tell which fields matched.
    fn searched_terms(&self, groups: &[Group]) -> HashSet<String> {
        groups
            .iter()
            .flat_map(|g| g.terms.keys())
            .filter_map(|term| term.value().as_str().map(str::to_owned))
            .collect()
    }
}

/// Splits what was typed into words, folded; the last word is a prefix
/// unless a space follows it. Stop words are marked, not removed: they may
/// belong to an everyday phrase of the synonyms ("mon mari me frappe").
///
/// Elided words (j', l', dell') are stop words. The screen language's
/// function words are too ("ai" in "j'ai", the German "Sie"), unless the
/// visitor means an acronym: written in capitals, typed alone, or next to a
/// word the catalogue writes beside that acronym ("rente ai").
fn query_words(text: &str, lang: Lang, acronyms: &Acronyms) -> Vec<Word> {
    let text: String = text.chars().take(MAX_CHARS).collect();
    let text = analysis::normalize(&text);
    let still_typing = !text.ends_with(char::is_whitespace);
    // A query all in capitals says nothing about acronyms.
    let shouting = !text.chars().any(char::is_lowercase);
    let mut folded_analyzer = folded_analyzer();
    let mut words: Vec<Word> = Vec::new();
    let mut verb_follows = false;
    for (piece, apostrophe) in pieces(&text).take(MAX_WORDS * 2) {
        let lower = piece.to_lowercase();
        let Some(folded) = tokens(&mut folded_analyzer, &lower).into_iter().next() else {
            continue;
        };
        let elided = if apostrophe {
            analysis::elision(&folded)
        } else {
            None
        };
        // After j' n' m' t' s' qu' comes a verb: "ai", "as", "est" say nothing.
        let after_verb_clitic =
            std::mem::replace(&mut verb_follows, elided == Some(analysis::Elision::Verb));
        let function = analysis::is_function_word(lang, &folded)
            || (after_verb_clitic && analysis::is_function_word(Lang::Fr, &folded));
        let acronym = !after_verb_clitic && !shouting && analysis::is_acronym(piece);
        words.push(Word {
            fuzzy: letters(&folded) >= 5,
            stop: elided.is_some() || (!acronym && (function || analysis::is_stop_word(&folded))),
            function: function || elided.is_some(),
            fixed: elided.is_some() || after_verb_clitic,
            acronym,
            lower,
            folded,
            prefix: false,
        });
        if words.len() == MAX_WORDS {
            break;
        }
    }
    // A function word beside a word the catalogue writes next to the same
    // acronym is that acronym: "rente ai", "ai rente".
    for i in 0..words.len() {
        let word = &words[i];
        if !word.function || word.fixed || word.acronym {
            continue;
        }
        let Some(context) = acronyms.get(&word.folded) else {
            continue;
        };
        let beside = [i.checked_sub(1), Some(i + 1)]
            .into_iter()
            .flatten()
            .filter_map(|j| words.get(j))
            .any(|w| !w.stop && context.contains(&w.folded));
        if beside {
            words[i].acronym = true;
            words[i].stop = false;
        }
    }
    if words.iter().all(|w| w.stop) {
        // Only stop words typed ("le", "ai"): search them as they are, but
        // never an elided word or the verb after it ("j'ai").
        for word in words.iter_mut().filter(|w| !w.fixed) {
            word.stop = false;
            word.acronym = word.function;
        }
    }
    if let Some(last) = words.last_mut() {
        last.prefix = still_typing && !last.stop && !last.acronym;
    }
    words
}

/// A little word of any language ("sem", "el"), searched or not.
fn is_little(word: &str) -> bool {
    analysis::is_stop_word(word)
        || Lang::ALL
            .into_iter()
            .any(|lang| analysis::is_function_word(lang, word))
}

/// The words of a text and whether an apostrophe follows each.
fn pieces(text: &str) -> impl Iterator<Item = (&str, bool)> {
    let mut rest = text;
    std::iter::from_fn(move || {
        let start = rest.find(char::is_alphanumeric)?;
        rest = &rest[start..];
        let end = rest
            .find(|c: char| !c.is_alphanumeric())
            .unwrap_or(rest.len());
        let (word, after) = rest.split_at(end);
        rest = after;
        Some((word, after.starts_with('\'')))
    })
}

/// A word's length in letters for typo tolerance. An Ethiopic character is
/// a syllable (consonant and vowel), so it counts as two.
pub(super) fn letters(word: &str) -> usize {
    word.chars()
        .map(|c| {
            if ('\u{1200}'..='\u{139F}').contains(&c) {
                2
            } else {
                1
            }
        })
        .sum()
}

/// Catalogue words within Damerau distance 1 (from 5 letters) or 2 (from 9
/// letters) of `word`, with the same first letter (or, in a long word, its
/// second letter first); nearest first.
fn fuzzy_candidates<'a>(vocabulary: &'a [String], word: &str) -> Vec<(&'a str, usize)> {
    let length = word.chars().count();
    let max = if letters(word) >= 9 { 2 } else { 1 };
    let Some(first) = word.chars().next() else {
        return Vec::new();
    };
    let with_first = |letter: char| {
        let start = vocabulary.partition_point(|w| w.chars().next() < Some(letter));
        vocabulary[start..]
            .iter()
            .take_while(move |w| w.starts_with(letter))
    };
    let mut found: Vec<(&str, usize)> = with_first(first)
        .filter(|w| w.as_str() != word && w.chars().count().abs_diff(length) <= max)
        .filter_map(|w| distance_at_most(word, w, max).map(|d| (w.as_str(), d)))
        .collect();
    // In a long word even the first letter may be missing or swapped
    // ("rKankenkasse", "rankenkasse"): words starting with its second letter.
    if letters(word) >= LONG_WORD {
        if let Some(second) = word.chars().nth(1).filter(|&c| c != first) {
            found.extend(
                with_first(second)
                    .filter(|w| w.chars().count().abs_diff(length) <= max)
                    .filter_map(|w| distance_at_most(word, w, max).map(|d| (w.as_str(), d))),
            );
        }
    }
    found.sort_by_key(|&(_, d)| d);
    found.truncate(MAX_EXPANSIONS);
    found
}

/// How much of the group at `at` a service has: all of a word's group; all
/// of a phrase's when it has the phrase's meaning, else the share of the
/// phrase's words (among those found anywhere) that it has.
fn phrase_share(groups: &[Group], matches: &[Bits], at: usize, ordinal: usize) -> f32 {
    let (mut words, mut found) = (0usize, 0usize);
    for (group, docs) in groups.iter().zip(matches) {
        if group.part_of != Some(at) || docs.is_empty() {
            continue;
        }
        if group.meaning {
            if docs.contains(ordinal) {
                return 1.0;
            }
            continue;
        }
        words += 1;
        if docs.contains(ordinal) {
            found += 1;
        }
    }
    if words == 0 {
        1.0
    } else {
        found as f32 / words as f32
    }
}

/// How much each group says: the inverse document frequency of its matches
/// (0 for a group matching nothing).
fn informativeness(matches: &[Bits], docs: u64) -> Vec<f32> {
    matches
        .iter()
        .map(|m| {
            if m.is_empty() {
                0.0
            } else {
                (1.0 + docs as f32 / m.len() as f32).ln()
            }
        })
        .collect()
}

/// Per field of a shown text, its folded words and their beginnings from
/// three letters on (stems are mostly beginnings of words).
fn field_words(shown: &ShownText<'_>, folded: &mut TextAnalyzer) -> FieldWords {
    let fields: [(Field, Vec<&str>); 6] = [
        (Field::Title, vec![shown.title]),
        (Field::Summary, vec![shown.summary]),
        (
            Field::Eligibility,
            shown.eligibility.iter().map(String::as_str).collect(),
        ),
        (
            Field::HowToApply,
            shown.how_to_apply.iter().map(String::as_str).collect(),
        ),
        (
            Field::Documents,
            shown.documents.iter().map(String::as_str).collect(),
        ),
        (
            Field::Keywords,
            shown.keywords.iter().map(String::as_str).collect(),
        ),
    ];
    fields
        .into_iter()
        .map(|(field, texts)| {
            let mut words = HashSet::new();
            for text in texts {
                for word in tokens(folded, &analysis::normalize(text)) {
                    let ends = word.char_indices().map(|(i, _)| i).skip(3);
                    words.extend(ends.map(|end| word[..end].to_owned()));
                    words.insert(word);
                }
            }
            (field, words)
        })
        .collect()
}
