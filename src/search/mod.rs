//! Typo-tolerant, multilingual search over the catalogue (tantivy, in RAM).

mod analysis;
mod bits;
mod index;
mod query;
pub mod relevance;

pub use index::{IndexError, SearchIndex};
pub use query::{Hit, Request};
