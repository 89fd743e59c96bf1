//! Where a kiosk stands and which offices serve it: a commune, written by
//! its name ("Lausanne") or by a four-digit postcode ("1004").

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::content::{Canton, Location, Phone, Service};

/// Where a kiosk stands: its canton, and its commune when staff gave one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Here {
    pub canton: Canton,
    pub commune: Option<Commune>,
}

/// A service's phones and places as one kiosk shows them, in order.
#[derive(Debug, Clone, Default)]
pub struct Contacts<'a> {
    /// Places for this kiosk's canton; those serving its commune first,
    /// each with `true`.
    pub locations: Vec<(&'a Location, bool)>,
    /// Numbers for this kiosk's canton.
    pub phones: Vec<&'a Phone>,
}

impl Here {
    /// The phones and places a kiosk here shows for `service`: those of
    /// other cantons left out, the office for the kiosk's commune first.
    pub fn contacts<'a>(&self, service: &'a Service) -> Contacts<'a> {
        let mut locations: Vec<(&Location, bool)> = service
            .locations
            .iter()
            .filter(|l| l.shown_in(&self.canton))
            .map(|l| (l, self.commune.as_ref().is_some_and(|c| l.serves(c))))
            .collect();
        // Stable: the offices for the commune first, the rest as written.
        locations.sort_by_key(|(_, here)| !here);
        Contacts {
            locations,
            phones: service
                .phones
                .iter()
                .filter(|p| p.shown_in(&self.canton))
                .collect(),
        }
    }
}

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

/// A commune that is neither a name nor a Swiss postcode.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum CommuneError {
    #[error("`{0}` is not a Swiss postcode — write its four digits, for example \"1004\"")]
    Postcode(String),
    #[error(
        "`{0}` is not a commune — write the commune's name, such as \"Lausanne\" or \"Chêne-Bougeries\", or its four-digit postcode, such as \"1004\""
    )]
    Name(String),
}

impl FromStr for Commune {
    type Err = CommuneError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let s = s.trim();
        if !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit()) {
            return match s.parse::<u16>() {
                Ok(code) if s.len() == 4 && !s.starts_with('0') => Ok(Commune::Postcode(code)),
                _ => Err(CommuneError::Postcode(s.to_owned())),
            };
        }
        let allowed = |c: char| {
            c.is_alphabetic() || matches!(c, ' ' | '-' | '\'' | '\u{2019}' | '.' | '(' | ')')
        };
        let starts_well = s.chars().next().is_some_and(char::is_alphabetic);
        if starts_well && s.chars().count() <= MAX_NAME_CHARS && s.chars().all(allowed) {
            Ok(Commune::Name(s.to_owned()))
        } else {
            Err(CommuneError::Name(s.to_owned()))
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
    fn the_office_for_the_kiosk_commune_comes_first_and_other_cantons_are_left_out() {
        let service: Service = toml::from_str(
            r#"
id = "x"
categories = ["money"]
cantons = ["CH"]
url = "https://example.org"
source = "https://example.org"
reviewed = 2026-11-29
organization = { name = "X" }
[[phones]]
number = "143"
[[phones]]
number = "022 000 00 00"
canton = "GE"
[[locations]]
name = "Genève"
address_1 = "Rue 1"
postal_code = "1204"
city = "Genève"
canton = "GE"
[[locations]]
name = "Renens"
address_1 = "Rue 2"
postal_code = "1020"
city = "Renens"
canton = "VD"
serves = ["Renens", "Crissier"]
[[locations]]
name = "Lausanne"
address_1 = "Rue 3"
postal_code = "1002"
city = "Lausanne"
canton = "VD"
serves = ["Lausanne", "1004"]
[text.fr]
status = "complete"
title = "X"
summary = "X."
keywords = []
"#,
        )
        .unwrap();
        let names = |here: &Here| -> Vec<(String, bool)> {
            here.contacts(&service)
                .locations
                .iter()
                .map(|(l, first)| (l.name().to_owned(), *first))
                .collect()
        };
        let vaud = |commune: Option<&str>| Here {
            canton: "VD".parse().unwrap(),
            commune: commune.map(commune_of),
        };
        let own = |n: &str| (n.to_owned(), true);
        let other = |n: &str| (n.to_owned(), false);
        assert_eq!(names(&vaud(None)), [other("Renens"), other("Lausanne")]);
        assert_eq!(
            names(&vaud(Some("lausanne"))),
            [own("Lausanne"), other("Renens")]
        );
        assert_eq!(
            names(&vaud(Some("1004"))),
            [own("Lausanne"), other("Renens")]
        );
        assert_eq!(
            names(&vaud(Some("Crissier"))),
            [own("Renens"), other("Lausanne")]
        );
        let geneva = Here {
            canton: "GE".parse().unwrap(),
            commune: None,
        };
        assert_eq!(names(&geneva), [other("Genève")]);
        assert_eq!(geneva.contacts(&service).phones.len(), 2);
        assert_eq!(vaud(None).contacts(&service).phones.len(), 1);
    }

    fn commune_of(s: &str) -> Commune {
        s.parse().unwrap()
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
