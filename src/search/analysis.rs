//! How text becomes search terms: the same code for the catalogue and for
//! what visitors type.

use tantivy::tokenizer::{
    AsciiFoldingFilter, Language, LowerCaser, RemoveLongFilter, SimpleTokenizer, Stemmer,
    TextAnalyzer, TokenStream,
};

use crate::lang::Lang;

/// Tokens longer than this are not words (pasted links, keyboard mashing).
const MAX_TOKEN_BYTES: usize = 40;

/// Lower case, no accents (`chômage` → `chomage`): for exact, fuzzy and prefix matching.
pub fn folded_analyzer() -> TextAnalyzer {
    TextAnalyzer::builder(SimpleTokenizer::default())
        .filter(RemoveLongFilter::limit(MAX_TOKEN_BYTES))
        .filter(LowerCaser)
        .filter(AsciiFoldingFilter)
        .build()
}

/// Lower case, stemmed where tantivy has a stemmer for the language, then
/// folded. Albanian, Ukrainian and Tigrinya have none: folding only.
pub fn stemmed_analyzer(lang: Lang) -> TextAnalyzer {
    let builder = TextAnalyzer::builder(SimpleTokenizer::default())
        .filter(RemoveLongFilter::limit(MAX_TOKEN_BYTES))
        .filter(LowerCaser)
        .dynamic();
    let builder = match stemmer_language(lang) {
        Some(language) => builder.filter_dynamic(Stemmer::new(language)),
        None => builder,
    };
    builder.filter_dynamic(AsciiFoldingFilter).build()
}

fn stemmer_language(lang: Lang) -> Option<Language> {
    match lang {
        Lang::Fr => Some(Language::French),
        Lang::De => Some(Language::German),
        Lang::It => Some(Language::Italian),
        Lang::En => Some(Language::English),
        Lang::Pt => Some(Language::Portuguese),
        Lang::Es => Some(Language::Spanish),
        Lang::Ar => Some(Language::Arabic),
        Lang::Sq | Lang::Uk | Lang::Ti => None,
    }
}

pub fn folded_name() -> &'static str {
    "guichet_folded"
}

pub fn stemmed_name(lang: Lang) -> String {
    format!("guichet_stemmed_{}", lang.code())
}

/// The tokens of `text` under `analyzer`.
pub fn tokens(analyzer: &mut TextAnalyzer, text: &str) -> Vec<String> {
    let mut stream = analyzer.token_stream(text);
    let mut out = Vec::new();
    while stream.advance() {
        out.push(stream.token().text.clone());
    }
    out
}

/// Spelling differences that are not mistakes: Arabic vowel marks and
/// letter variants, typographic apostrophes. Applied to catalogue and query.
pub fn normalize(text: &str) -> String {
    text.chars()
        .filter_map(|c| match c {
            // Arabic short vowels, shadda, sukun, superscript alef; tatweel.
            '\u{064B}'..='\u{065F}' | '\u{0670}' | '\u{0640}' => None,
            'أ' | 'إ' | 'آ' | 'ٱ' => Some('ا'),
            'ى' => Some('ي'),
            'ة' => Some('ه'),
            '\u{2019}' | '\u{02BC}' | '`' | '´' => Some('\''),
            c if c.is_control() => Some(' '),
            c => Some(c),
        })
        .collect()
}

/// Words that carry no meaning for search, per language (kept short on
/// purpose: a word missing here costs little, a word wrongly here hides a
/// service). "ai" (AI, disability insurance) and "ne"/"pas" stay searchable.
pub fn is_stop_word(word: &str) -> bool {
    STOP_WORDS.binary_search(&word).is_ok()
}

/// Sorted, folded.
const STOP_WORDS: &[&str] = &[
    "a", "al", "alla", "an", "and", "are", "as", "at", "au", "aux", "be", "bei", "by", "ce", "ces",
    "chez", "con", "da", "dal", "das", "de", "dei", "del", "della", "dem", "den", "der", "des",
    "di", "die", "do", "dos", "du", "e", "ein", "eine", "einen", "el", "en", "es", "est", "et",
    "for", "from", "gli", "ho", "i", "ich", "il", "in", "is", "ist", "j", "je", "kann", "l", "la",
    "las", "le", "les", "lo", "los", "ma", "me", "mein", "meine", "mi", "mio", "moi", "mon", "my",
    "na", "nel", "no", "o", "of", "on", "or", "os", "ou", "para", "per", "por", "qu", "que", "se",
    "sono", "su", "sur", "the", "to", "tu", "um", "un", "una", "und", "une", "uno", "von", "y",
    "yo", "zu", "zum", "zur",
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stop_words_are_sorted() {
        assert!(STOP_WORDS.windows(2).all(|w| w[0] < w[1]));
        assert!(is_stop_word("les"));
        assert!(!is_stop_word("ai"));
    }

    #[test]
    fn folding_and_stemming() {
        let mut folded = folded_analyzer();
        assert_eq!(
            tokens(&mut folded, "Chômage, l'ASSURANCE"),
            ["chomage", "l", "assurance"]
        );
        let mut fr = stemmed_analyzer(Lang::Fr);
        assert_eq!(
            tokens(&mut fr, "allocations"),
            tokens(&mut fr, "allocation")
        );
        let mut uk = stemmed_analyzer(Lang::Uk);
        assert_eq!(tokens(&mut uk, "Житло"), ["житло"]);
    }

    #[test]
    fn arabic_marks_do_not_split_words() {
        let mut folded = folded_analyzer();
        let with_marks = normalize("مُسَاعَدَة");
        assert_eq!(
            tokens(&mut folded, &with_marks),
            tokens(&mut folded, &normalize("مساعدة"))
        );
    }
}
