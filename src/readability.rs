//! Readability of easy-read texts, per language.
//!
//! Scores use the classic Flesch-family formulas adapted to each language:
//! Kandel–Moles (French), Amstad (German), Flesch–Vacca (Italian), Flesch
//! reading ease (English), Fernández Huerta (Spanish, Portuguese). Higher is
//! easier; 60 and above reads as "easy" on all of them. Albanian, Arabic,
//! Ukrainian and Tigrinya have no established formula here: they get the
//! sentence and word-length limits only.

use crate::lang::Lang;

/// Easy-read limits for a summary.
pub const MAX_SENTENCES: usize = 3;
pub const MAX_WORDS_PER_SENTENCE: usize = 15;
/// Below this score a summary is "fairly difficult" or harder.
pub const MIN_SCORE: f64 = 40.0;

/// The measures of one text.
#[derive(Debug, Clone, PartialEq)]
pub struct Measures {
    pub sentences: usize,
    pub words: usize,
    pub syllables: usize,
    pub longest_sentence: usize,
}

impl Measures {
    pub fn of(lang: Lang, text: &str) -> Self {
        let sentences: Vec<Vec<&str>> = split_sentences(text)
            .into_iter()
            .map(words)
            .filter(|w| !w.is_empty())
            .collect();
        let words = sentences.iter().map(Vec::len).sum();
        let syllables = sentences
            .iter()
            .flatten()
            .map(|word| syllables(lang, word))
            .sum();
        Measures {
            sentences: sentences.len(),
            words,
            syllables,
            longest_sentence: sentences.iter().map(Vec::len).max().unwrap_or(0),
        }
    }

    fn words_per_sentence(&self) -> f64 {
        self.words as f64 / self.sentences.max(1) as f64
    }

    fn syllables_per_word(&self) -> f64 {
        self.syllables as f64 / self.words.max(1) as f64
    }
}

/// A readability formula and its score for a text.
#[derive(Debug, Clone, PartialEq)]
pub struct Score {
    pub formula: &'static str,
    pub value: f64,
}

/// The language's readability score, where a formula exists for it.
pub fn score(lang: Lang, measures: &Measures) -> Option<Score> {
    let asl = measures.words_per_sentence();
    let asw = measures.syllables_per_word();
    let (formula, value) = match lang {
        Lang::Fr => ("Kandel–Moles", 207.0 - 1.015 * asl - 73.6 * asw),
        Lang::De => ("Amstad", 180.0 - asl - 58.5 * asw),
        Lang::It => ("Flesch–Vacca", 206.0 - asl - 65.0 * asw),
        Lang::En => ("Flesch reading ease", 206.835 - 1.015 * asl - 84.6 * asw),
        Lang::Es | Lang::Pt => ("Fernández Huerta", 206.84 - 1.02 * asl - 60.0 * asw),
        Lang::Sq | Lang::Ar | Lang::Uk | Lang::Ti => return None,
    };
    (measures.words > 0).then_some(Score { formula, value })
}

/// What makes a summary hard to read, in words staff can act on.
pub fn problems(lang: Lang, text: &str) -> Vec<String> {
    let measures = Measures::of(lang, text);
    let mut found = Vec::new();
    if measures.sentences > MAX_SENTENCES {
        found.push(format!(
            "{} sentences; easy-read summaries have at most {MAX_SENTENCES}",
            measures.sentences
        ));
    }
    if measures.longest_sentence > MAX_WORDS_PER_SENTENCE {
        found.push(format!(
            "a sentence of {} words; keep each under {} words",
            measures.longest_sentence,
            MAX_WORDS_PER_SENTENCE + 1
        ));
    }
    if let Some(score) = score(lang, &measures)
        && score.value < MIN_SCORE
    {
        found.push(format!(
            "{} score {:.0}, below {MIN_SCORE:.0}: use shorter words and sentences",
            score.formula, score.value
        ));
    }
    found
}

/// Sentences end with . ! ? and their Arabic and Ethiopic forms.
fn split_sentences(text: &str) -> Vec<&str> {
    let mut sentences = Vec::new();
    let mut start = 0;
    let mut chars = text.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        let ends = matches!(c, '.' | '!' | '?' | '؟' | '።' | '፧' | '…')
            && chars.peek().is_none_or(|(_, next)| next.is_whitespace());
        if ends {
            sentences.push(&text[start..i]);
            start = i + c.len_utf8();
        }
    }
    sentences.push(&text[start..]);
    sentences
}

/// Words are runs of letters (digits-only tokens such as numbers are not words).
fn words(sentence: &str) -> Vec<&str> {
    sentence
        .split(|c: char| c.is_whitespace() || c == '/' || c == '—' || c == '–')
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
        .filter(|w| w.chars().any(char::is_alphabetic))
        .collect()
}

/// Approximate syllables: groups of vowels, with French and English silent
/// final e. Good enough to rank texts, which is all the formulas need.
fn syllables(lang: Lang, word: &str) -> usize {
    let lower: Vec<char> = word.to_lowercase().chars().collect();
    let is_vowel = |c: char| "aeiouyàâäáãåéèêëíìîïóòôöõúùûüœæ".contains(c);
    let mut count = 0;
    let mut previous_vowel = false;
    for &c in &lower {
        let vowel = is_vowel(c);
        if vowel && !previous_vowel {
            count += 1;
        }
        previous_vowel = vowel;
    }
    let ends_with = |suffix: &str| word.to_lowercase().ends_with(suffix);
    let silent_e = match lang {
        Lang::Fr => ends_with("e") || ends_with("es") || ends_with("ent") && lower.len() > 4,
        Lang::En => ends_with("e") && !ends_with("le") && !ends_with("ee"),
        _ => false,
    };
    if silent_e && count > 1 {
        count -= 1;
    }
    count.max(1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_sentences_and_words() {
        let m = Measures::of(
            Lang::Fr,
            "Vous pouvez appeler le 143. C'est gratuit! Et anonyme ?",
        );
        assert_eq!(m.sentences, 3);
        assert_eq!(m.words, 8);
        let ti = Measures::of(Lang::Ti, "ሓገዝ ክትረኽቡ ትኽእሉ ኢኹም። ብነጻ እዩ።");
        assert_eq!(ti.sentences, 2);
    }

    #[test]
    fn easy_text_scores_higher_than_hard_text() {
        let easy = "Vous perdez votre travail. Vous pouvez avoir de l'argent. Allez à l'office.";
        let hard = "Les prestations complémentaires cantonales constituent une participation \
                    subsidiaire conditionnée à l'insuffisance des ressources déterminantes.";
        let easy_score = score(Lang::Fr, &Measures::of(Lang::Fr, easy)).unwrap();
        let hard_score = score(Lang::Fr, &Measures::of(Lang::Fr, hard)).unwrap();
        assert!(easy_score.value > 60.0, "{easy_score:?}");
        assert!(hard_score.value < MIN_SCORE, "{hard_score:?}");
        assert!(problems(Lang::Fr, easy).is_empty());
        assert_eq!(problems(Lang::Fr, hard).len(), 1);
    }

    #[test]
    fn flags_too_many_and_too_long_sentences() {
        let long = "one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen.";
        assert!(problems(Lang::Uk, long)[0].contains("16 words"));
        assert!(problems(Lang::Ar, "أ. ب. ج. د.")[0].contains("4 sentences"));
    }
}
