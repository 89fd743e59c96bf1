//! How text becomes search terms: the same code for the catalogue and for
//! what visitors type.

use tantivy::tokenizer::{
    AsciiFoldingFilter, Language, LowerCaser, RemoveLongFilter, SimpleTokenizer, Stemmer,
    TextAnalyzer, Token, TokenFilter, TokenStream, Tokenizer,
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

/// The catalogue's all-language folded field: as [`folded_analyzer`], without
/// the function words of any language unless written in capitals ("AI" stays,
/// the Italian "ai" and the German "Sie" go).
pub fn indexed_folded_analyzer() -> TextAnalyzer {
    TextAnalyzer::builder(SimpleTokenizer::default())
        .filter(RemoveLongFilter::limit(MAX_TOKEN_BYTES))
        .filter(FunctionWords(None))
        .filter(LowerCaser)
        .filter(AsciiFoldingFilter)
        .build()
}

/// Lower case, stemmed where tantivy has a stemmer for the language, then
/// folded; the language's function words are left out unless written in
/// capitals. Albanian, Ukrainian and Tigrinya have no stemmer: folding only.
pub fn stemmed_analyzer(lang: Lang) -> TextAnalyzer {
    let builder = TextAnalyzer::builder(SimpleTokenizer::default())
        .filter(RemoveLongFilter::limit(MAX_TOKEN_BYTES))
        .filter(FunctionWords(Some(lang)))
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

/// Drops the function words of one language (of every language with `None`)
/// before lower-casing, unless written in capitals: an acronym.
#[derive(Clone, Copy)]
struct FunctionWords(Option<Lang>);

impl FunctionWords {
    fn drops(&self, token: &str) -> bool {
        // Function words are short; most tokens are not.
        if token.len() > 12 || is_acronym(token) {
            return false;
        }
        let lower = fold_lower(token);
        match self.0 {
            Some(lang) => is_function_word(lang, &lower),
            None => Lang::ALL.into_iter().any(|l| is_function_word(l, &lower)),
        }
    }
}

impl TokenFilter for FunctionWords {
    type Tokenizer<T: Tokenizer> = FunctionWordsTokenizer<T>;

    fn transform<T: Tokenizer>(self, inner: T) -> FunctionWordsTokenizer<T> {
        FunctionWordsTokenizer {
            filter: self,
            inner,
        }
    }
}

#[derive(Clone)]
pub struct FunctionWordsTokenizer<T> {
    filter: FunctionWords,
    inner: T,
}

impl<T: Tokenizer> Tokenizer for FunctionWordsTokenizer<T> {
    type TokenStream<'a> = FunctionWordsStream<T::TokenStream<'a>>;

    fn token_stream<'a>(&'a mut self, text: &'a str) -> Self::TokenStream<'a> {
        FunctionWordsStream {
            filter: self.filter,
            tail: self.inner.token_stream(text),
        }
    }
}

pub struct FunctionWordsStream<T> {
    filter: FunctionWords,
    tail: T,
}

impl<T: TokenStream> TokenStream for FunctionWordsStream<T> {
    fn advance(&mut self) -> bool {
        while self.tail.advance() {
            if !self.filter.drops(&self.tail.token().text) {
                return true;
            }
        }
        false
    }

    fn token(&self) -> &Token {
        self.tail.token()
    }

    fn token_mut(&mut self) -> &mut Token {
        self.tail.token_mut()
    }
}

/// Two or more letters, all capitals: "AI", "LAVI", not "Sie" nor "A".
pub fn is_acronym(word: &str) -> bool {
    let mut letters = 0;
    for c in word.chars() {
        if c.is_alphabetic() {
            if !c.is_uppercase() {
                return false;
            }
            letters += 1;
        }
    }
    letters >= 2
}

/// Lower case without the accents of the function-word lists (`è` → `e`);
/// cheap enough to run on every token of the catalogue.
fn fold_lower(word: &str) -> String {
    word.chars()
        .flat_map(char::to_lowercase)
        .map(|c| match c {
            'à' | 'â' | 'ä' | 'á' | 'ã' => 'a',
            'é' | 'è' | 'ê' | 'ë' => 'e',
            'î' | 'ï' | 'í' | 'ì' => 'i',
            'ô' | 'ö' | 'ó' | 'ò' | 'õ' => 'o',
            'ù' | 'û' | 'ü' | 'ú' => 'u',
            'ç' => 'c',
            c => c,
        })
        .collect()
}

/// What an elided word (written before an apostrophe) announces.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Elision {
    /// A subject or object pronoun, or a negation: a verb follows (j'ai, n'ai, m'aider).
    Verb,
    /// An article or preposition: a noun follows (l'AI, dell'assicurazione).
    Noun,
}

/// French and Italian words that lose their vowel before another word
/// (folded, written before the apostrophe), and English contractions.
pub fn elision(word: &str) -> Option<Elision> {
    match word {
        "j" | "n" | "m" | "t" | "s" | "c" | "qu" | "jusqu" | "lorsqu" | "puisqu" => {
            Some(Elision::Verb)
        }
        "l" | "d" | "dell" | "all" | "dall" | "nell" | "sull" | "coll" | "un" | "quest"
        | "quell" | "nessun" | "bell" | "sant" | "tutt" | "gl" => Some(Elision::Noun),
        _ => None,
    }
}

/// Verb forms, pronouns, articles and prepositions of `lang` (folded, lower
/// case) that say nothing about a service and collide with acronyms or
/// service words in other languages: the French "ai" (I have) and "AI"
/// (disability insurance), the Portuguese "sem" (without) and "SEM", the
/// German "Sie". Searched only when meant as an acronym.
pub fn is_function_word(lang: Lang, word: &str) -> bool {
    function_words(lang).binary_search(&word).is_ok()
}

fn function_words(lang: Lang) -> &'static [&'static str] {
    match lang {
        Lang::Fr => FR,
        Lang::De => DE,
        Lang::It => IT,
        Lang::En => EN,
        Lang::Pt => PT,
        Lang::Es => ES,
        Lang::Sq => SQ,
        Lang::Ar => AR,
        Lang::Uk => UK,
        Lang::Ti => TI,
    }
}

// Each list sorted, folded, lower case.
const FR: &[&str] = &[
    "a", "ai", "as", "au", "aux", "avec", "avez", "avons", "c", "car", "ce", "d", "dans", "des",
    "donc", "du", "elle", "elles", "es", "est", "ete", "etes", "il", "ils", "j", "je", "jusqu",
    "l", "la", "le", "les", "leur", "leurs", "lorsqu", "m", "ma", "mais", "me", "mes", "moi",
    "mon", "n", "nos", "notre", "nous", "on", "ont", "par", "pour", "puisqu", "qu", "s", "sa",
    "ses", "si", "sommes", "sont", "suis", "t", "ta", "te", "tes", "toi", "tu", "un", "une",
    "vais", "vos", "votre", "vous", "y",
];
const DE: &[&str] = &[
    "am", "bin", "bist", "das", "dem", "den", "der", "des", "dich", "die", "dir", "du", "ein",
    "eine", "einem", "einen", "einer", "er", "es", "habe", "hast", "hat", "ich", "ihr", "im",
    "ist", "mich", "mir", "sie", "sind", "und", "uns", "wir", "zu", "zum", "zur",
];
const IT: &[&str] = &[
    "agli", "ai", "al", "all", "alla", "alle", "allo", "c", "ci", "col", "coll", "d", "dai", "dal",
    "dall", "dalla", "degli", "dei", "del", "dell", "della", "delle", "di", "gl", "gli", "ha",
    "hai", "hanno", "ho", "i", "il", "io", "l", "la", "le", "lo", "mi", "mia", "mie", "miei",
    "mio", "nei", "nel", "nell", "nella", "quell", "quest", "si", "sono", "sui", "sul", "sull",
    "sulla", "ti", "un", "una", "uno", "vi",
];
const EN: &[&str] = &[
    "a", "am", "an", "and", "are", "i", "im", "is", "it", "its", "me", "my", "of", "the", "to",
    "was",
];
const PT: &[&str] = &[
    "a", "ai", "ao", "aos", "as", "com", "da", "das", "do", "dos", "e", "em", "estou", "eu", "meu",
    "minha", "na", "nas", "no", "nos", "o", "os", "pela", "pelo", "sem", "sou", "tem", "um", "uma",
];
const ES: &[&str] = &[
    "al", "del", "el", "es", "esta", "estoy", "ha", "has", "hay", "he", "la", "las", "lo", "los",
    "me", "mi", "se", "soy", "te", "tu", "un", "una", "yo",
];
const SQ: &[&str] = &[
    "ai", "ajo", "dhe", "e", "eshte", "i", "jam", "kam", "me", "ne", "nje", "per", "te", "ti",
    "une",
];
const AR: &[&str] = &[
    "الي", "ان", "انا", "او", "علي", "عن", "في", "لا", "لدي", "مع", "من", "هل", "هو", "هي",
];
const UK: &[&str] = &[
    "або", "але", "в", "від", "для", "до", "з", "за", "й", "мене", "мені", "мою", "моя", "мої",
    "мій", "на", "по", "про", "та", "у", "чи", "що", "я", "і", "із",
];
const TI: &[&str] = &["ምስ", "ናይ", "ኣብ", "ኣነ"];

/// Words of asking for help, question words, and words of not being able
/// to pay or of being entitled, in every language (folded): "j'ai besoin
/// d'aide pour mon loyer" is about rent, "ho perso il lavoro, cosa devo
/// fare?" about work, "i can't pay my rent" about rent, "tengo derecho a
/// algo" about whatever else was said. Searched, but they weigh little
/// beside the other words of a query.
pub fn is_asking_word(word: &str) -> bool {
    ASKING.binary_search(&word).is_ok()
}

/// Sorted, folded.
const ASKING: &[&str] = &[
    "afford",
    "aide",
    "aider",
    "aiuto",
    "ajuda",
    "anspruch",
    "ayuda",
    "bej",
    "besoin",
    "bezahlen",
    "bisogno",
    "brauche",
    "busco",
    "can",
    "cannot",
    "cant",
    "cerco",
    "cfare",
    "cherche",
    "come",
    "comment",
    "como",
    "consigo",
    "cosa",
    "derecho",
    "devo",
    "direito",
    "diritto",
    "dois",
    "donde",
    "dove",
    "droit",
    "eligible",
    "entitled",
    "faco",
    "faire",
    "fare",
    "fazer",
    "hacer",
    "hago",
    "help",
    "hilfe",
    "how",
    "kerkoj",
    "looking",
    "machen",
    "muss",
    "ndihme",
    "necesito",
    "need",
    "nevoje",
    "onde",
    "pagar",
    "pagare",
    "paguaj",
    "paie",
    "pay",
    "paye",
    "payer",
    "peu",
    "peux",
    "posso",
    "preciso",
    "procuro",
    "puedo",
    "quoi",
    "riesco",
    "suche",
    "tun",
    "was",
    "what",
    "where",
    "wie",
    "zahlen",
    "допомога",
    "допомогу",
    "заплатити",
    "можу",
    "оплатити",
    "платити",
    "потрібна",
    "потрібно",
    "робити",
    "шукаю",
    "як",
    "ابحث",
    "احتاج",
    "ادفع",
    "استطيع",
    "افعل",
    "دفع",
    "كيف",
    "ماذا",
    "مساعده",
    "ሓገዝ",
    "እንታይ",
    "ከመይ",
];

/// A word of asking, or a word of negation or the "t" of English "can't",
/// "don't" (folded): with words of asking ("je ne peux pas payer", "не
/// можу платити") negations say no more than the asking words do.
pub fn weighs_little(word: &str) -> bool {
    is_asking_word(word) || NEGATION.binary_search(&word).is_ok()
}

/// Sorted, folded.
const NEGATION: &[&str] = &[
    "kein", "keine", "lo", "mos", "nao", "ne", "nicht", "no", "non", "not", "nuk", "pas", "plus",
    "t", "не", "ні", "لا", "ኣይ",
];

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
        assert!(ASKING.windows(2).all(|w| w[0] < w[1]));
        assert!(NEGATION.windows(2).all(|w| w[0] < w[1]));
        for lang in Lang::ALL {
            let list = function_words(lang);
            assert!(list.windows(2).all(|w| w[0] < w[1]), "{lang}");
            assert!(list.iter().all(|w| fold_lower(w) == *w), "{lang}");
        }
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
