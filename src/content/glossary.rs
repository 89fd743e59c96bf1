//! `content/glossary.toml`: words visitors meet on letters and forms (RDU,
//! subside…), each explained in one or two plain sentences per language.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};
use toml::Spanned;

use super::diagnostic::{Diagnostic, Source};
use super::model::{Service, Status};
use super::values::{Date, WebAddress};
use crate::lang::Lang;

/// The file as staff write it.
#[derive(Debug, Clone, Default, Deserialize, Serialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct GlossaryFile {
    #[serde(default)]
    pub term: Vec<Term>,
}

/// One official word, explained.
#[derive(Debug, Clone, Deserialize, Serialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Term {
    /// Lower-case words joined by dashes, such as "rdu".
    #[schemars(with = "String", pattern(r"^[a-z0-9]+(-[a-z0-9]+)*$"))]
    pub id: Spanned<String>,
    /// The official page that explains the word.
    pub source: WebAddress,
    /// When staff last checked the explanation (YYYY-MM-DD).
    #[schemars(with = "Date")]
    pub reviewed: Spanned<Date>,
    pub text: BTreeMap<Lang, TermText>,
}

/// A term in one language.
#[derive(Debug, Clone, Deserialize, Serialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct TermText {
    pub status: Status,
    /// The forms met on letters; the first is the headword.
    #[schemars(with = "Vec<String>", length(min = 1), inner(length(min = 1)))]
    pub words: Spanned<Vec<String>>,
    /// One or two plain sentences.
    #[schemars(with = "String", length(min = 1))]
    pub explanation: Spanned<String>,
}

impl Term {
    pub fn id(&self) -> &str {
        self.id.get_ref()
    }

    /// The text in `lang`, or the French one, with the language it is in.
    pub fn text(&self, lang: Lang) -> Option<(Lang, &TermText)> {
        self.text.get(&lang).map(|t| (lang, t)).or_else(|| {
            self.text
                .get(&Lang::REFERENCE)
                .map(|t| (Lang::REFERENCE, t))
        })
    }

    /// The word as shown on the mark and the panel.
    pub fn headword(&self, lang: Lang) -> &str {
        self.text(lang)
            .and_then(|(_, t)| t.words.get_ref().first())
            .map_or_else(|| self.id(), String::as_str)
    }

    /// The forms to look for in a text in `lang`: its own, then French ones
    /// (a field may be shown in French).
    fn forms(&self, lang: Lang) -> impl Iterator<Item = &str> {
        let own = self.text.get(&lang).map(|t| t.words.get_ref().as_slice());
        let fr = self
            .text
            .get(&Lang::REFERENCE)
            .filter(|_| lang != Lang::REFERENCE)
            .map(|t| t.words.get_ref().as_slice());
        own.into_iter()
            .chain(fr)
            .flatten()
            .map(String::as_str)
            .filter(|w| !w.trim().is_empty())
    }
}

/// An acronym ("AI", "RDU") must match with its capitals: "ai" is also a
/// French verb.
fn is_acronym(form: &str) -> bool {
    let letters: Vec<char> = form.chars().filter(|c| c.is_alphabetic()).collect();
    letters.len() >= 2 && letters.iter().all(|c| c.is_uppercase())
}

/// Whether `needle` occurs in `hay` as whole words, in order.
fn contains_words(hay: &[String], needle: &[String]) -> bool {
    !needle.is_empty() && hay.windows(needle.len()).any(|w| w == needle)
}

fn exact_words(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_owned)
        .collect()
}

/// Whether `form` is written in `text`.
pub fn mentions(text: &str, form: &str) -> bool {
    if is_acronym(form) {
        contains_words(&exact_words(text), &exact_words(form))
    } else {
        let folded = crate::search::folded_words(text);
        contains_words(&folded, &crate::search::folded_words(form))
    }
}

/// The glossary's terms, as the kiosk uses them.
#[derive(Debug, Clone, Default)]
pub struct Glossary {
    pub terms: Vec<Term>,
}

impl Glossary {
    pub fn term(&self, id: &str) -> Option<&Term> {
        self.terms.iter().find(|t| t.id() == id)
    }

    /// The terms written in any of `texts` (in `lang` or French), in
    /// glossary order.
    pub fn found_in<'a>(&'a self, lang: Lang, texts: &[&str]) -> Vec<&'a Term> {
        self.terms
            .iter()
            .filter(|term| {
                term.forms(lang)
                    .any(|form| texts.iter().any(|text| mentions(text, form)))
            })
            .collect()
    }

    /// The term a search names, whatever the case and accents, allowing a
    /// typing mistake in longer words.
    pub fn lookup(&self, query: &str, lang: Lang) -> Option<&Term> {
        let query = crate::search::folded_words(query);
        if query.is_empty() {
            return None;
        }
        let close = |a: &str, b: &str| {
            a == b
                || (a.chars().count() >= 5 && crate::spelling::distance_at_most(a, b, 1).is_some())
        };
        self.terms.iter().find(|term| {
            term.forms(lang).any(|form| {
                let form = crate::search::folded_words(form);
                form.len() == query.len() && form.iter().zip(&query).all(|(f, q)| close(f, q))
            })
        })
    }
}

/// Checks the glossary: ids, languages, words, explanations.
pub fn check(source: &Source, terms: &[Term]) -> Vec<Diagnostic> {
    let mut found = Vec::new();
    let mut ids: Vec<&str> = Vec::new();
    // (language, folded word) → the term that claimed it first.
    let mut claimed: BTreeMap<(Lang, Vec<String>), &str> = BTreeMap::new();
    for term in terms {
        let id = term.id();
        let span = Some(term.id.span());
        if !Service::is_well_formed_id(id) {
            found.push(source.error(
                span.clone(),
                format!("the term id `{id}` must be lower-case words joined by `-`, for example \"rdu\" or \"tax-at-source\""),
            ));
        }
        if ids.contains(&id) {
            found.push(source.error(
                span.clone(),
                format!("the term `{id}` is defined twice — keep one [[term]] with this id"),
            ));
        }
        ids.push(id);
        let missing: Vec<&str> = Lang::ALL
            .into_iter()
            .filter(|l| !term.text.contains_key(l))
            .map(Lang::code)
            .collect();
        if !missing.is_empty() {
            found.push(source.error(
                span.clone(),
                format!(
                    "the term `{id}` has no text in {} — add a [term.text.xx] table with `words` and `explanation` for each",
                    missing.join(", ")
                ),
            ));
        }
        for (lang, text) in &term.text {
            let name = lang.english_name();
            let words = text.words.get_ref();
            if words.is_empty() || words.iter().any(|w| w.trim().is_empty()) {
                found.push(source.error(
                    Some(text.words.span()),
                    format!("the {name} words of `{id}` are empty — write the forms met on letters, such as [\"RDU\", \"revenu déterminant unifié\"]"),
                ));
            }
            if text.explanation.get_ref().trim().is_empty() {
                found.push(source.error(
                    Some(text.explanation.span()),
                    format!("the {name} explanation of `{id}` is empty — write one or two short sentences"),
                ));
            }
            for word in words.iter().filter(|w| !w.trim().is_empty()) {
                let key = (*lang, crate::search::folded_words(word));
                match claimed.get(&key) {
                    Some(other) if *other != id => found.push(source.error(
                        Some(text.words.span()),
                        format!("the {name} word `{word}` is claimed by `{other}` and `{id}` — a word may explain only one term; remove it from one"),
                    )),
                    Some(_) => {}
                    None => {
                        claimed.insert(key, id);
                    }
                }
            }
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn acronyms_keep_their_capitals_and_words_ignore_accents() {
        assert!(mentions("Votre RDU est calculé.", "RDU"));
        assert!(!mentions("J'ai un enfant.", "AI"));
        assert!(mentions("Vous touchez une rente AI.", "AI"));
        assert!(mentions(
            "Le revenu determinant unifie",
            "revenu déterminant unifié"
        ));
        assert!(!mentions("Le revenu", "revenu déterminant unifié"));
    }
}
