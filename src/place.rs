//! Where a kiosk stands and which offices serve it: a commune, written by
//! its name ("Lausanne") or by a four-digit postcode ("1004").

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// A commune named in content files (`serves`) or in `guichet.toml`
/// (`commune`).
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Commune {
    /// A Swiss postcode, four digits.
    Postcode(u16),
    /// A commune's name as written, such as "Yverdon-les-Bains".
    Name(String),
}

/// Longest commune name accepted; the longest Swiss ones are about 40 letters.
const MAX_NAME_CHARS: usize = 60;

impl Commune {
    /// Whether two communes are the same place: the same postcode, or the
    /// same name whatever the case, accents and hyphens
    /// ("Chene-Bougeries" is "Chêne-Bougeries").
    pub fn matches(&self, other: &Commune) -> bool {
        match (self, other) {
            (Commune::Postcode(a), Commune::Postcode(b)) => a == b,
            (Commune::Name(a), Commune::Name(b)) => fold(a) == fold(b),
            _ => false,
        }
    }
}

/// Lower case, no accents, words only.
fn fold(name: &str) -> Vec<String> {
    crate::search::folded_words(name)
}

impl fmt::Display for Commune {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Commune::Postcode(code) => write!(f, "{code:04}"),
            Commune::Name(name) => f.write_str(name),
        }
    }
}

impl FromStr for Commune {
    type Err = String;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let s = s.trim();
        if !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit()) {
            return match s.parse::<u16>() {
                Ok(code) if s.len() == 4 && !s.starts_with('0') => Ok(Commune::Postcode(code)),
                _ => Err(format!(
                    "`{s}` is not a Swiss postcode — write its four digits, for example \"1004\""
                )),
            };
        }
        let allowed = |c: char| {
            c.is_alphabetic() || matches!(c, ' ' | '-' | '\'' | '\u{2019}' | '.' | '(' | ')')
        };
        let starts_well = s.chars().next().is_some_and(char::is_alphabetic);
        if starts_well && s.chars().count() <= MAX_NAME_CHARS && s.chars().all(allowed) {
            Ok(Commune::Name(s.to_owned()))
        } else {
            Err(format!(
                "`{s}` is not a commune — write the commune's name, such as \"Lausanne\" or \"Chêne-Bougeries\", or its four-digit postcode, such as \"1004\""
            ))
        }
    }
}

impl<'de> Deserialize<'de> for Commune {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        String::deserialize(deserializer)?
            .parse()
            .map_err(serde::de::Error::custom)
    }
}

impl Serialize for Commune {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn commune(s: &str) -> Commune {
        s.parse().unwrap()
    }

    #[test]
    fn reads_names_and_postcodes() {
        assert_eq!(commune("1004"), Commune::Postcode(1004));
        assert_eq!(commune(" Lausanne "), Commune::Name("Lausanne".to_owned()));
        assert_eq!(commune("1004").to_string(), "1004");
        for name in [
            "L'Abbaye",
            "Yverdon-les-Bains",
            "Le Grand-Saconnex",
            "Chêne-Bourg",
        ] {
            assert!(name.parse::<Commune>().is_ok(), "{name}");
        }
        for bad in [
            "",
            "104",
            "01004",
            "12345",
            "1004 Lausanne",
            "Lausanne 2",
            "-Nyon",
        ] {
            assert!(bad.parse::<Commune>().is_err(), "{bad}");
        }
    }

    #[test]
    fn names_match_whatever_the_case_and_accents() {
        assert!(commune("Chêne-Bougeries").matches(&commune("chene bougeries")));
        assert!(commune("1004").matches(&commune("1004")));
        assert!(!commune("1004").matches(&commune("1005")));
        assert!(!commune("Lausanne").matches(&commune("1004")));
        assert!(!commune("Lausanne").matches(&commune("Lancy")));
    }
}
