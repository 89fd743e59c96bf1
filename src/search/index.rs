//! The search index: built in RAM from the catalogue at start-up.

use std::collections::{BTreeMap, HashMap, HashSet};
use std::sync::{Arc, Mutex};

use tantivy::schema::{
    FAST, Field as IndexField, IndexRecordOption, STRING, Schema, TextFieldIndexing, TextOptions,
};
use tantivy::tokenizer::TextAnalyzer;
use tantivy::{Index, IndexReader, ReloadPolicy, TantivyDocument};

use super::analysis::{self, folded_analyzer, stemmed_analyzer, tokens};
use super::bits::Bits;
use super::crisis::CrisisMatcher;
use super::names::Names;
use crate::content::{Catalogue, Service};
use crate::lang::Lang;

/// Stemmed index fields of one language.
#[derive(Debug, Clone, Copy)]
pub(super) struct LangFields {
    pub title: IndexField,
    pub keywords: IndexField,
    pub body: IndexField,
}

/// The catalogue's words, for exact, fuzzy and prefix expansion.
#[derive(Debug, Default)]
pub(super) struct Vocabulary {
    /// Folded words of every language, sorted (prefix search is a range scan).
    pub folded: Vec<String>,
    /// Per language, the stems present in its fields.
    pub stemmed: BTreeMap<Lang, HashSet<String>>,
}

impl Vocabulary {
    /// Words starting with `prefix`, longer than it.
    pub fn with_prefix<'a>(&'a self, prefix: &'a str) -> impl Iterator<Item = &'a str> {
        let start = self.folded.partition_point(|w| w.as_str() < prefix);
        self.folded[start..]
            .iter()
            .take_while(move |w| w.starts_with(prefix))
            .filter(move |w| w.len() > prefix.len())
            .map(String::as_str)
    }

    pub fn has_word(&self, word: &str) -> bool {
        self.folded
            .binary_search_by(|w| w.as_str().cmp(word))
            .is_ok()
    }

    pub fn has_stem(&self, lang: Lang, stem: &str) -> bool {
        self.stemmed
            .get(&lang)
            .is_some_and(|stems| stems.contains(stem))
    }
}

/// Analyzers kept between searches (building them costs more than using them).
pub(super) struct Analyzers {
    pub folded: TextAnalyzer,
    /// One per language, in `Lang::ALL` order.
    pub stemmed: Vec<TextAnalyzer>,
}

impl Analyzers {
    fn new() -> Self {
        Analyzers {
            folded: folded_analyzer(),
            stemmed: Lang::ALL.into_iter().map(stemmed_analyzer).collect(),
        }
    }
}

/// A catalogue ready to be searched.
pub struct SearchIndex {
    pub(super) catalogue: Catalogue,
    pub(super) reader: IndexReader,
    pub(super) fields: BTreeMap<Lang, LangFields>,
    /// All text of all languages, folded but not stemmed: exact, fuzzy and
    /// prefix matching, whatever the language typed.
    pub(super) folded: IndexField,
    pub(super) canton: IndexField,
    /// Per segment, per document: its position in `catalogue.services`.
    pub(super) ordinals: Vec<Vec<u32>>,
    /// Services for the whole country, and per canton code those of that canton.
    pub(super) whole_country: Bits,
    pub(super) by_canton: HashMap<String, Bits>,
    pub(super) analyzers: Mutex<Analyzers>,
    /// Words of each field of a shown text, kept to say which fields matched.
    pub(super) field_words: Mutex<HashMap<(usize, Lang), Arc<FieldWords>>>,
    pub(super) vocabulary: Vocabulary,
    /// Everyday phrases (folded words) and the catalogue words they stand for.
    pub(super) synonyms: Vec<Synonym>,
    pub(super) acronyms: Acronyms,
    pub(super) crisis: CrisisMatcher,
    pub(super) names: Names,
}

/// Per acronym of the catalogue (folded), the words written beside it in
/// keywords and organisation names ("rente AI" → `ai`: `rente`).
pub(super) type Acronyms = HashMap<String, HashSet<String>>;

#[derive(Debug, thiserror::Error)]
#[error("the search index could not be built: {0}")]
pub struct IndexError(#[from] tantivy::TantivyError);

/// Fast field holding a document's position in `Catalogue::services`.
pub(super) const ORDINAL: &str = "ordinal";

/// Memory for the index writer; tantivy wants at least 15 MB a thread.
const WRITER_MEMORY: usize = 50_000_000;

impl SearchIndex {
    pub fn build(catalogue: Catalogue) -> Result<Self, IndexError> {
        let mut schema = Schema::builder();
        let text = |tokenizer: &str| {
            TextOptions::default().set_indexing_options(
                TextFieldIndexing::default()
                    .set_tokenizer(tokenizer)
                    .set_index_option(IndexRecordOption::WithFreqs),
            )
        };
        let mut fields = BTreeMap::new();
        for lang in Lang::ALL {
            let stemmed = analysis::stemmed_name(lang);
            let code = lang.code();
            fields.insert(
                lang,
                LangFields {
                    title: schema.add_text_field(&format!("title_{code}"), text(&stemmed)),
                    keywords: schema.add_text_field(&format!("keywords_{code}"), text(&stemmed)),
                    body: schema.add_text_field(&format!("body_{code}"), text(&stemmed)),
                },
            );
        }
        let folded_field = schema.add_text_field("folded", text(analysis::folded_name()));
        let canton = schema.add_text_field("canton", STRING);
        let ordinal = schema.add_u64_field(ORDINAL, FAST);
        let index = Index::create_in_ram(schema.build());
        index
            .tokenizers()
            .register(analysis::folded_name(), analysis::indexed_folded_analyzer());
        for lang in Lang::ALL {
            index
                .tokenizers()
                .register(&analysis::stemmed_name(lang), stemmed_analyzer(lang));
        }

        let threads = if catalogue.services.len() > 1_000 {
            2
        } else {
            1
        };
        let mut writer = index.writer_with_num_threads(threads, WRITER_MEMORY * threads)?;
        for (ordinal_value, service) in catalogue.services.iter().enumerate() {
            let mut doc = TantivyDocument::default();
            doc.add_u64(ordinal, ordinal_value as u64);
            for c in &service.cantons {
                doc.add_text(canton, c.as_str());
            }
            for (lang, parts) in indexed_text(service) {
                let f = fields[&lang];
                doc.add_text(f.title, &parts.title);
                doc.add_text(f.keywords, &parts.keywords);
                doc.add_text(f.body, &parts.body);
                doc.add_text(folded_field, &parts.title);
                doc.add_text(folded_field, &parts.keywords);
                doc.add_text(folded_field, &parts.body);
            }
            writer.add_document(doc)?;
        }
        writer.commit()?;
        let reader = index
            .reader_builder()
            .reload_policy(ReloadPolicy::Manual)
            .try_into()?;
        let searcher = reader.searcher();
        let mut vocabulary = Vocabulary {
            folded: terms_of(&searcher, folded_field)?,
            ..Vocabulary::default()
        };
        for (&lang, f) in &fields {
            let mut stems = HashSet::new();
            for field in [f.title, f.keywords, f.body] {
                stems.extend(terms_of(&searcher, field)?);
            }
            vocabulary.stemmed.insert(lang, stems);
        }
        let synonyms = synonym_table(&catalogue, &mut folded_analyzer());
        let acronyms = acronym_table(&catalogue, &mut folded_analyzer());
        let crisis = CrisisMatcher::new(&catalogue.crisis);
        let names = Names::build(&catalogue, &mut folded_analyzer());
        let count = catalogue.services.len();
        let mut whole_country = Bits::new(count);
        let mut by_canton: HashMap<String, Bits> = HashMap::new();
        for (i, service) in catalogue.services.iter().enumerate() {
            for canton in &service.cantons {
                if canton.is_whole_country() {
                    whole_country.insert(i);
                } else {
                    by_canton
                        .entry(canton.as_str().to_owned())
                        .or_insert_with(|| Bits::new(count))
                        .insert(i);
                }
            }
        }
        // Whatever a first query in a language needs is ready now: each
        // field's term dictionary and postings are opened once, here.
        for segment in searcher.segment_readers() {
            for f in fields.values() {
                for field in [f.title, f.keywords, f.body] {
                    segment.inverted_index(field)?;
                }
            }
            segment.inverted_index(folded_field)?;
        }
        let mut ordinals = Vec::new();
        for segment in searcher.segment_readers() {
            let column = segment.fast_fields().u64(ORDINAL)?;
            let docs = (0..segment.max_doc())
                .map(|doc| column.first(doc).unwrap_or(u64::MAX) as u32)
                .collect();
            ordinals.push(docs);
        }
        let index = SearchIndex {
            catalogue,
            reader,
            fields,
            folded: folded_field,
            canton,
            ordinals,
            whole_country,
            by_canton,
            analyzers: Mutex::new(Analyzers::new()),
            field_words: Mutex::new(HashMap::new()),
            vocabulary,
            synonyms,
            acronyms,
            crisis,
            names,
        };
        index.fill_field_words();
        Ok(index)
    }

    pub fn catalogue(&self) -> &Catalogue {
        &self.catalogue
    }

    /// The services a kiosk in `canton` offers (all, without a canton).
    pub(super) fn served(&self, canton: Option<&crate::content::Canton>) -> Option<Bits> {
        let canton = canton?;
        let mut served = self.whole_country.clone();
        if let Some(own) = self.by_canton.get(canton.as_str()) {
            served.union(own);
        }
        Some(served)
    }
}

/// A service's own text in one language, normalised, as indexed.
struct IndexedText {
    title: String,
    keywords: String,
    body: String,
}

fn indexed_text(service: &Service) -> Vec<(Lang, IndexedText)> {
    service
        .text
        .iter()
        .map(|(lang, text)| {
            let lists = [&text.eligibility, &text.how_to_apply, &text.documents];
            let mut body = vec![text.summary.get_ref().clone()];
            body.extend(lists.into_iter().flatten().flatten().cloned());
            let mut keywords = text.keywords.clone();
            keywords.push(service.organization.name.clone());
            (
                lang,
                IndexedText {
                    title: analysis::normalize(text.title.get_ref()),
                    keywords: analysis::normalize(&keywords.join(" ; ")),
                    body: analysis::normalize(&body.join(" ; ")),
                },
            )
        })
        .collect()
}

/// Every term of a field, sorted, from the index's term dictionaries.
fn terms_of(searcher: &tantivy::Searcher, field: IndexField) -> Result<Vec<String>, IndexError> {
    let mut terms = Vec::new();
    for segment in searcher.segment_readers() {
        let inverted = segment.inverted_index(field)?;
        let mut stream = inverted
            .terms()
            .stream()
            .map_err(tantivy::TantivyError::from)?;
        while stream.advance() {
            if let Ok(term) = std::str::from_utf8(stream.key()) {
                terms.push(term.to_owned());
            }
        }
    }
    terms.sort();
    terms.dedup();
    Ok(terms)
}

/// Per field of a shown text, the words a searched form may equal.
pub(super) type FieldWords = Vec<(crate::content::Field, HashSet<String>)>;

/// One entry of `content/synonyms.toml`.
#[derive(Debug)]
pub(super) struct Synonym {
    /// The everyday phrase, folded words.
    pub key: Vec<String>,
    /// The catalogue words, folded, in `lang`.
    pub targets: Vec<String>,
    pub lang: Lang,
}

fn synonym_table(catalogue: &Catalogue, folded: &mut TextAnalyzer) -> Vec<Synonym> {
    let mut table = Vec::new();
    for (&lang, words) in &catalogue.synonyms {
        for (phrase, means) in words {
            let key = tokens(folded, &analysis::normalize(phrase));
            let targets: Vec<String> = means
                .iter()
                .flat_map(|m| tokens(folded, &analysis::normalize(m)))
                .filter(|t| !analysis::is_stop_word(t))
                .collect();
            if !key.is_empty() && !targets.is_empty() {
                table.push(Synonym { key, targets, lang });
            }
        }
    }
    // Longest phrases first, so "caisse maladie" wins over "caisse".
    table.sort_by_key(|synonym| std::cmp::Reverse(synonym.key.len()));
    table
}

fn acronym_table(catalogue: &Catalogue, folded: &mut TextAnalyzer) -> Acronyms {
    let mut table = Acronyms::new();
    for service in &catalogue.services {
        let names = std::iter::once(&service.organization.name)
            .chain(service.text.iter().flat_map(|(_, text)| &text.keywords));
        for name in names {
            let name = analysis::normalize(name);
            let words: Vec<&str> = name
                .split(|c: char| !c.is_alphanumeric())
                .filter(|w| !w.is_empty())
                .collect();
            for acronym in words.iter().filter(|w| analysis::is_acronym(w)) {
                let Some(key) = tokens(folded, acronym).into_iter().next() else {
                    continue;
                };
                let context = table.entry(key.clone()).or_default();
                for word in &words {
                    for other in tokens(folded, word) {
                        if other != key && !analysis::is_stop_word(&other) {
                            context.insert(other);
                        }
                    }
                }
            }
        }
    }
    table
}
