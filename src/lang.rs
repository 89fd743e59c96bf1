//! The ten languages the kiosk speaks, by ISO 639-1 code.

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// A language the kiosk shows its screens and catalogue in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Lang {
    Fr,
    De,
    It,
    En,
    Pt,
    Es,
    Sq,
    Ar,
    Uk,
    Ti,
}

impl Lang {
    /// Every language, in the order the kiosk offers them.
    pub const ALL: [Lang; 10] = [
        Lang::Fr,
        Lang::De,
        Lang::It,
        Lang::En,
        Lang::Pt,
        Lang::Es,
        Lang::Sq,
        Lang::Ar,
        Lang::Uk,
        Lang::Ti,
    ];

    /// The catalogue's reference language: every text exists in it.
    pub const REFERENCE: Lang = Lang::Fr;

    /// ISO 639-1 code, as used in file names and `[text.xx]` tables.
    pub fn code(self) -> &'static str {
        match self {
            Lang::Fr => "fr",
            Lang::De => "de",
            Lang::It => "it",
            Lang::En => "en",
            Lang::Pt => "pt",
            Lang::Es => "es",
            Lang::Sq => "sq",
            Lang::Ar => "ar",
            Lang::Uk => "uk",
            Lang::Ti => "ti",
        }
    }

    /// The language's name in English, for staff reports.
    pub fn english_name(self) -> &'static str {
        match self {
            Lang::Fr => "French",
            Lang::De => "German",
            Lang::It => "Italian",
            Lang::En => "English",
            Lang::Pt => "Portuguese",
            Lang::Es => "Spanish",
            Lang::Sq => "Albanian",
            Lang::Ar => "Arabic",
            Lang::Uk => "Ukrainian",
            Lang::Ti => "Tigrinya",
        }
    }

    /// Languages in which every field of every service must be written
    /// (the others need at least a title, a summary and keywords).
    pub fn requires_full_text(self) -> bool {
        matches!(self, Lang::Fr | Lang::De | Lang::It | Lang::En)
    }

    /// Written right to left.
    pub fn is_rtl(self) -> bool {
        matches!(self, Lang::Ar)
    }

    /// The list of codes, for messages: "fr, de, it, …".
    pub fn codes_list() -> String {
        Lang::ALL.map(Lang::code).join(", ")
    }
}

impl fmt::Display for Lang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

/// A code that is not one of the kiosk's ten languages.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("unknown language code `{0}` — use one of {codes}", codes = Lang::codes_list())]
pub struct UnknownLang(pub String);

impl FromStr for Lang {
    type Err = UnknownLang;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Lang::ALL
            .into_iter()
            .find(|lang| lang.code() == s)
            .ok_or_else(|| UnknownLang(s.to_owned()))
    }
}

impl<'de> Deserialize<'de> for Lang {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let code = String::deserialize(deserializer)?;
        code.parse().map_err(serde::de::Error::custom)
    }
}

impl Serialize for Lang {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.code())
    }
}

/// Whether `code` is an ISO 639-1 language code (for languages spoken at a
/// service, which may be any language, not only the kiosk's ten).
pub fn is_iso639_1(code: &str) -> bool {
    ISO_639_1.contains(&code)
}

const ISO_639_1: &[&str] = &[
    "aa", "ab", "ae", "af", "ak", "am", "an", "ar", "as", "av", "ay", "az", "ba", "be", "bg", "bh",
    "bi", "bm", "bn", "bo", "br", "bs", "ca", "ce", "ch", "co", "cr", "cs", "cu", "cv", "cy", "da",
    "de", "dv", "dz", "ee", "el", "en", "eo", "es", "et", "eu", "fa", "ff", "fi", "fj", "fo", "fr",
    "fy", "ga", "gd", "gl", "gn", "gu", "gv", "ha", "he", "hi", "ho", "hr", "ht", "hu", "hy", "hz",
    "ia", "id", "ie", "ig", "ii", "ik", "io", "is", "it", "iu", "ja", "jv", "ka", "kg", "ki", "kj",
    "kk", "kl", "km", "kn", "ko", "kr", "ks", "ku", "kv", "kw", "ky", "la", "lb", "lg", "li", "ln",
    "lo", "lt", "lu", "lv", "mg", "mh", "mi", "mk", "ml", "mn", "mr", "ms", "mt", "my", "na", "nb",
    "nd", "ne", "ng", "nl", "nn", "no", "nr", "nv", "ny", "oc", "oj", "om", "or", "os", "pa", "pi",
    "pl", "ps", "pt", "qu", "rm", "rn", "ro", "ru", "rw", "sa", "sc", "sd", "se", "sg", "si", "sk",
    "sl", "sm", "sn", "so", "sq", "sr", "ss", "st", "su", "sv", "sw", "ta", "te", "tg", "th", "ti",
    "tk", "tl", "tn", "to", "tr", "ts", "tt", "tw", "ty", "ug", "uk", "ur", "uz", "ve", "vi", "vo",
    "wa", "wo", "xh", "yi", "yo", "za", "zh", "zu",
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_round_trip() {
        for lang in Lang::ALL {
            assert_eq!(lang.code().parse::<Lang>(), Ok(lang));
            assert!(is_iso639_1(lang.code()));
        }
    }

    #[test]
    fn unknown_code_names_the_valid_ones() {
        let err = "xx".parse::<Lang>().unwrap_err();
        assert_eq!(
            err.to_string(),
            "unknown language code `xx` — use one of fr, de, it, en, pt, es, sq, ar, uk, ti"
        );
    }
}
