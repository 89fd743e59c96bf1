//! Values read from content files through `FromStr`, so that a bad value is
//! reported at its own line and column: cantons, web and e-mail addresses,
//! postal codes, language codes, dates.

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// Defines a string newtype read from content files through `FromStr`, so
/// that a bad value is reported at its own line and column.
macro_rules! checked_string {
    ($(#[$meta:meta])* $name:ident) => {
        $(#[$meta])*
        #[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub struct $name(String);

        impl $name {
            pub fn as_str(&self) -> &str {
                &self.0
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(&self.0)
            }
        }

        impl<'de> Deserialize<'de> for $name {
            fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                String::deserialize(deserializer)?
                    .parse()
                    .map_err(serde::de::Error::custom)
            }
        }

        impl Serialize for $name {
            fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                serializer.serialize_str(&self.0)
            }
        }
    };
}

checked_string!(
    /// `CH` for the whole of Switzerland, or a canton's two-letter code.
    Canton
);
checked_string!(
    /// An `http(s)://` address.
    WebAddress
);
checked_string!(
    /// An e-mail address.
    Email
);
checked_string!(
    /// A Swiss postal code (four digits).
    PostalCode
);
checked_string!(
    /// A language spoken at a service: an ISO 639-1 code.
    SpokenLanguage
);

/// A value of a content file that is not what its field takes; the message
/// says how to write it.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ValueError {
    #[error(
        "unknown canton `{0}` — use \"CH\" for all of Switzerland, or a canton's code in capitals such as \"GE\" or \"VD\""
    )]
    Canton(String),
    #[error("`{0}` is not a web address — write it in full, starting with https://")]
    WebAddress(String),
    #[error("`{0}` is not an e-mail address — write one address like name@example.ch")]
    Email(String),
    #[error("`{0}` is not a Swiss postal code — write its four digits, for example \"1204\"")]
    PostalCode(String),
    #[error(
        "unknown language code `{0}` — use a two-letter ISO 639-1 code in lower case, such as \"fr\", \"en\" or \"ar\""
    )]
    SpokenLanguage(String),
    #[error("`{0}` is not a date — write it as YYYY-MM-DD, for example 2026-11-28")]
    NotADate(String),
    #[error("{0} does not exist in the calendar — check the month and the day")]
    NoSuchDay(String),
}

const CANTONS: [&str; 26] = [
    "AG", "AI", "AR", "BE", "BL", "BS", "FR", "GE", "GL", "GR", "JU", "LU", "NE", "NW", "OW", "SG",
    "SH", "SO", "SZ", "TG", "TI", "UR", "VD", "VS", "ZG", "ZH",
];

impl Canton {
    pub const WHOLE_COUNTRY: &'static str = "CH";

    pub fn is_whole_country(&self) -> bool {
        self.0 == Self::WHOLE_COUNTRY
    }

    /// All of Switzerland.
    pub fn whole_country() -> Canton {
        Canton(Self::WHOLE_COUNTRY.to_owned())
    }
}

impl FromStr for Canton {
    type Err = ValueError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        if s == Self::WHOLE_COUNTRY || CANTONS.contains(&s) {
            Ok(Canton(s.to_owned()))
        } else {
            Err(ValueError::Canton(s.to_owned()))
        }
    }
}

impl FromStr for WebAddress {
    type Err = ValueError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let rest = s
            .strip_prefix("https://")
            .or_else(|| s.strip_prefix("http://"));
        let host = rest.map(|r| r.split(['/', '?', '#']).next().unwrap_or_default());
        match host {
            Some(host)
                if host.contains('.')
                    && !host.starts_with('.')
                    && !host.ends_with('.')
                    && !s.chars().any(char::is_whitespace) =>
            {
                Ok(WebAddress(s.to_owned()))
            }
            _ => Err(ValueError::WebAddress(s.to_owned())),
        }
    }
}

impl FromStr for Email {
    type Err = ValueError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let valid = s.split_once('@').is_some_and(|(user, domain)| {
            !user.is_empty()
                && domain.contains('.')
                && !domain.starts_with('.')
                && !domain.ends_with('.')
                && !s.chars().any(|c| c.is_whitespace() || c == ',' || c == ';')
                && !domain.contains('@')
        });
        if valid {
            Ok(Email(s.to_owned()))
        } else {
            Err(ValueError::Email(s.to_owned()))
        }
    }
}

impl FromStr for PostalCode {
    type Err = ValueError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        if s.len() == 4 && s.bytes().all(|b| b.is_ascii_digit()) && !s.starts_with('0') {
            Ok(PostalCode(s.to_owned()))
        } else {
            Err(ValueError::PostalCode(s.to_owned()))
        }
    }
}

impl FromStr for SpokenLanguage {
    type Err = ValueError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        if crate::lang::is_iso639_1(s) {
            Ok(SpokenLanguage(s.to_owned()))
        } else {
            Err(ValueError::SpokenLanguage(s.to_owned()))
        }
    }
}

/// A calendar date, written in content files as `2026-11-28`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date(pub jiff::civil::Date);

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.0)
    }
}

impl FromStr for Date {
    type Err = ValueError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let not_a_date = || ValueError::NotADate(s.to_owned());
        let mut parts = s.splitn(3, '-');
        let mut number = |digits: usize| -> Result<i16, ValueError> {
            let part = parts.next().ok_or_else(not_a_date)?;
            if part.len() != digits || !part.bytes().all(|b| b.is_ascii_digit()) {
                return Err(not_a_date());
            }
            part.parse().map_err(|_| not_a_date())
        };
        let (year, month, day) = (number(4)?, number(2)?, number(2)?);
        jiff::civil::Date::new(year, month as i8, day as i8)
            .map(Date)
            .map_err(|_| ValueError::NoSuchDay(s.to_owned()))
    }
}

impl<'de> Deserialize<'de> for Date {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        use serde::de::Error;
        match toml::Value::deserialize(deserializer)? {
            toml::Value::Datetime(dt) if dt.time.is_none() && dt.offset.is_none() => {
                dt.to_string().parse().map_err(D::Error::custom)
            }
            toml::Value::String(text) => text.parse().map_err(D::Error::custom),
            other => Err(D::Error::custom(format!(
                "`{other}` is not a date — write the day only, as YYYY-MM-DD, for example 2026-11-28"
            ))),
        }
    }
}

impl Serialize for Date {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}
