//! Typo-tolerant, multilingual search over the catalogue (tantivy, in RAM).

mod analysis;
mod bits;
mod crisis;
mod index;
mod names;
mod query;
pub mod relevance;

pub use index::{IndexError, SearchIndex};
pub use query::{CrisisHit, Hit, Request, SearchError};

/// The words of `text` as search matches them: lower case, accents removed.
pub fn folded_words(text: &str) -> Vec<String> {
    analysis::tokens(&mut analysis::folded_analyzer(), text)
}
