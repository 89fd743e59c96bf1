//! The search index: built in RAM from the catalogue at start-up.

use std::collections::{BTreeMap, HashSet};
use std::sync::Mutex;

use tantivy::schema::{
    FAST, Field as IndexField, IndexRecordOption, STRING, Schema, TextFieldIndexing, TextOptions,
};
use tantivy::tokenizer::TextAnalyzer;
use tantivy::{Index, IndexReader, ReloadPolicy, TantivyDocument};

use super::analysis::{self, folded_analyzer, stemmed_analyzer, tokens};
use crate::content::{Catalogue, Service};
use crate::lang::Lang;

/// Index fields of one language.
#[derive(Debug, Clone, Copy)]
pub(super) struct LangFields {
    pub title: IndexField,
    pub keywords: IndexField,
    pub body: IndexField,
    /// Everything, folded but not stemmed: exact, fuzzy and prefix matching.
    pub folded: IndexField,
}

/// The words of one language's catalogue text, for fuzzy and prefix expansion.
#[derive(Debug, Default)]
pub(super) struct Vocabulary {
    /// Folded words, sorted (prefix search is a range scan).
    pub folded: Vec<String>,
    pub folded_set: HashSet<String>,
    pub stemmed: HashSet<String>,
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

    pub fn stemmed(&mut self, lang: Lang) -> &mut TextAnalyzer {
        let position = Lang::ALL.iter().position(|&l| l == lang).unwrap_or(0);
        &mut self.stemmed[position]
    }
}

/// A catalogue ready to be searched.
pub struct SearchIndex {
    pub(super) catalogue: Catalogue,
    pub(super) reader: IndexReader,
    pub(super) fields: BTreeMap<Lang, LangFields>,
    pub(super) canton: IndexField,
    /// Per segment, per document: its position in `catalogue.services`.
    pub(super) ordinals: Vec<Vec<u32>>,
    pub(super) analyzers: Mutex<Analyzers>,
    pub(super) vocabulary: BTreeMap<Lang, Vocabulary>,
    /// Per language: everyday phrase (folded words) → catalogue words.
    pub(super) synonyms: Vec<(Vec<String>, Vec<String>)>,
}

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
                    folded: schema
                        .add_text_field(&format!("folded_{code}"), text(analysis::folded_name())),
                },
            );
        }
        let canton = schema.add_text_field("canton", STRING);
        let ordinal = schema.add_u64_field(ORDINAL, FAST);
        let index = Index::create_in_ram(schema.build());
        index
            .tokenizers()
            .register(analysis::folded_name(), folded_analyzer());
        for lang in Lang::ALL {
            index
                .tokenizers()
                .register(&analysis::stemmed_name(lang), stemmed_analyzer(lang));
        }

        let mut vocabulary: BTreeMap<Lang, Vocabulary> = BTreeMap::new();
        let mut folded = folded_analyzer();
        let mut stemmers: BTreeMap<Lang, _> = Lang::ALL
            .into_iter()
            .map(|l| (l, stemmed_analyzer(l)))
            .collect();
        let mut writer = index.writer_with_num_threads(1, WRITER_MEMORY)?;
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
                let all = format!("{} {} {}", parts.title, parts.keywords, parts.body);
                doc.add_text(f.folded, &all);
                let vocab = vocabulary.entry(lang).or_default();
                vocab.folded_set.extend(tokens(&mut folded, &all));
                if let Some(stemmer) = stemmers.get_mut(&lang) {
                    vocab.stemmed.extend(tokens(stemmer, &all));
                }
            }
            writer.add_document(doc)?;
        }
        writer.commit()?;
        for vocab in vocabulary.values_mut() {
            vocab.folded = vocab.folded_set.iter().cloned().collect();
            vocab.folded.sort();
        }
        let reader = index
            .reader_builder()
            .reload_policy(ReloadPolicy::Manual)
            .try_into()?;
        let synonyms = synonym_table(&catalogue, &mut folded);
        let mut ordinals = Vec::new();
        for segment in reader.searcher().segment_readers() {
            let column = segment.fast_fields().u64(ORDINAL)?;
            let docs = (0..segment.max_doc())
                .map(|doc| column.first(doc).unwrap_or(u64::MAX) as u32)
                .collect();
            ordinals.push(docs);
        }
        Ok(SearchIndex {
            catalogue,
            reader,
            fields,
            canton,
            ordinals,
            analyzers: Mutex::new(Analyzers::new()),
            vocabulary,
            synonyms,
        })
    }

    pub fn catalogue(&self) -> &Catalogue {
        &self.catalogue
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

fn synonym_table(
    catalogue: &Catalogue,
    folded: &mut TextAnalyzer,
) -> Vec<(Vec<String>, Vec<String>)> {
    let mut table = Vec::new();
    for words in catalogue.synonyms.values() {
        for (phrase, means) in words {
            let key = tokens(folded, &analysis::normalize(phrase));
            let targets: Vec<String> = means
                .iter()
                .flat_map(|m| tokens(folded, &analysis::normalize(m)))
                .filter(|t| !analysis::is_stop_word(t))
                .collect();
            if !key.is_empty() && !targets.is_empty() {
                table.push((key, targets));
            }
        }
    }
    // Longest phrases first, so "caisse maladie" wins over "caisse".
    table.sort_by_key(|(key, _)| std::cmp::Reverse(key.len()));
    table
}
