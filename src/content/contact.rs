//! How a visitor reaches a service without the internet: its phone numbers
//! and the places they can go to, each with the page it was found on.

use std::fmt;

use schemars::JsonSchema;
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use toml::Spanned;

use super::model::Localized;
use super::values::{Canton, Date, PostalCode, WebAddress};
use crate::hours::WeeklyHours;
use crate::place::Commune;

/// A phone number, as HSDS `phone`.
#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Phone {
    /// As dialled in Switzerland: +41 22 … or 022 ….
    #[schemars(with = "String", length(min = 1))]
    pub number: Spanned<String>,
    #[serde(default, rename = "type")]
    pub kind: PhoneKind,
    /// The page where this number is written.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<WebAddress>,
    /// For a national service's line of one canton: kiosks of other cantons
    /// leave it out.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(with = "Option<Canton>")]
    pub canton: Option<Spanned<Canton>>,
    /// When to call, in each language.
    #[serde(default, skip_serializing_if = "Localized::is_empty")]
    pub description: Localized,
    /// When the line answers (Europe/Zurich time).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hours: Option<WeeklyHours>,
}

impl Phone {
    pub fn number(&self) -> &str {
        self.number.get_ref()
    }

    /// Whether this is `number`, however it is written: spaces, dots and
    /// dashes do not count, and `+41 22 …` is `022 …`.
    pub fn is(&self, number: &str) -> bool {
        dialled(self.number()) == dialled(number)
    }

    /// A number with nothing known but the number.
    pub fn new(number: Spanned<String>, kind: PhoneKind) -> Phone {
        Phone {
            number,
            kind,
            source: None,
            canton: None,
            description: Localized::new(),
            hours: None,
        }
    }

    /// Whether a kiosk in `canton` shows this number.
    pub fn shown_in(&self, canton: &Canton) -> bool {
        for_canton(self.canton.as_ref(), canton)
    }
}

/// The digits a caller in Switzerland dials: `+41 22 546 19 00` and
/// `022 546 19 00` both give `0225461900`.
pub fn dialled(number: &str) -> String {
    let digits: String = number.chars().filter(char::is_ascii_digit).collect();
    match digits.strip_prefix("41") {
        Some(rest) if number.trim_start().starts_with('+') => format!("0{rest}"),
        _ => digits,
    }
}

fn for_canton(own: Option<&Spanned<Canton>>, kiosk: &Canton) -> bool {
    own.is_none_or(|own| own.get_ref() == kiosk || own.get_ref().is_whole_country())
}

/// HSDS phone types.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize, Serialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum PhoneKind {
    #[default]
    Voice,
    Text,
    Fax,
    Cell,
    Video,
    Textphone,
}

/// A place a visitor can go to.
#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Location {
    #[schemars(with = "String", length(min = 1))]
    pub name: Spanned<String>,
    #[schemars(length(min = 1))]
    pub address_1: String,
    pub postal_code: PostalCode,
    #[schemars(length(min = 1))]
    pub city: String,
    /// The page where this address is written.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<WebAddress>,
    /// For a national service's office in one canton.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(with = "Option<Canton>")]
    pub canton: Option<Spanned<Canton>>,
    /// The communes this office serves; empty when it serves everyone.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[schemars(with = "Vec<Commune>")]
    pub serves: Vec<Spanned<Commune>>,
    /// Exceptional closures; public holidays are known without this.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[schemars(with = "Vec<Closure>")]
    pub closed: Vec<Spanned<Closure>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hours: Option<WeeklyHours>,
    /// Exceptions and remarks: appointments only…
    #[serde(default, skip_serializing_if = "Localized::is_empty")]
    pub notes: Localized,
}

impl Location {
    pub fn name(&self) -> &str {
        self.name.get_ref()
    }

    /// Whether a kiosk in `canton` shows this place.
    pub fn shown_in(&self, canton: &Canton) -> bool {
        for_canton(self.canton.as_ref(), canton)
    }

    /// Whether this office is the one for `commune` (it names it in `serves`).
    pub fn serves(&self, commune: &Commune) -> bool {
        self.serves.iter().any(|c| c.get_ref().matches(commune))
    }

    /// Whether the place is closed all day on `day` by a closure staff wrote.
    pub fn closed_on(&self, day: jiff::civil::Date) -> bool {
        self.closed.iter().any(|c| c.get_ref().contains(day))
    }
}

/// Days a place is exceptionally closed: one day (`2026-12-25`) or a range
/// (`{ from = 2026-12-24, to = 2027-01-04 }`, both days included).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Closure {
    pub from: Date,
    pub to: Date,
}

impl Closure {
    pub fn contains(self, day: jiff::civil::Date) -> bool {
        self.from.0 <= day && day <= self.to.0
    }

    /// Whether the range is written backwards.
    pub fn is_backwards(self) -> bool {
        self.to < self.from
    }
}

impl fmt::Display for Closure {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.from == self.to {
            write!(f, "{}", self.from)
        } else {
            write!(f, "{} to {}", self.from, self.to)
        }
    }
}

const NOT_A_CLOSURE: &str = "is not a closure — write a day such as 2026-12-25, or a range such as { from = 2026-12-24, to = 2027-01-04 }";

impl<'de> Deserialize<'de> for Closure {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        use serde::de::Error;
        let date = |value: toml::Value| -> Result<Date, D::Error> {
            match value {
                toml::Value::Datetime(dt) if dt.time.is_none() && dt.offset.is_none() => {
                    dt.to_string().parse().map_err(D::Error::custom)
                }
                toml::Value::String(text) => text.parse().map_err(D::Error::custom),
                other => Err(D::Error::custom(format!(
                    "`{other}` is not a date — write the day only, as YYYY-MM-DD, for example 2026-12-25"
                ))),
            }
        };
        match toml::Value::deserialize(deserializer)? {
            toml::Value::Table(mut table) => {
                if let Some(key) = table.keys().find(|k| *k != "from" && *k != "to") {
                    return Err(D::Error::custom(format!(
                        "unknown field name `{key}` in a closure — write {{ from = 2026-12-24, to = 2027-01-04 }}"
                    )));
                }
                match (table.remove("from"), table.remove("to")) {
                    (Some(from), Some(to)) => Ok(Closure {
                        from: date(from)?,
                        to: date(to)?,
                    }),
                    _ => Err(D::Error::custom(
                        "a closure range needs both `from` and `to` — write { from = 2026-12-24, to = 2027-01-04 }",
                    )),
                }
            }
            toml::Value::Array(_) => Err(D::Error::custom(format!("a list {NOT_A_CLOSURE}"))),
            other => {
                let day = date(other)?;
                Ok(Closure { from: day, to: day })
            }
        }
    }
}

impl Serialize for Closure {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        if self.from == self.to {
            return self.from.serialize(serializer);
        }
        let mut map = serializer.serialize_map(Some(2))?;
        map.serialize_entry("from", &self.from)?;
        map.serialize_entry("to", &self.to)?;
        map.end()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Debug, Deserialize)]
    struct Closures {
        closed: Vec<Spanned<Closure>>,
    }

    #[test]
    fn reads_days_and_ranges() {
        let read: Closures = toml::from_str(
            "closed = [2026-12-25, \"2026-12-26\", { from = 2026-12-24, to = 2027-01-04 }]",
        )
        .unwrap();
        let days: Vec<String> = read
            .closed
            .iter()
            .map(|c| c.get_ref().to_string())
            .collect();
        assert_eq!(
            days,
            ["2026-12-25", "2026-12-26", "2026-12-24 to 2027-01-04"]
        );
        let range = *read.closed[2].get_ref();
        assert!(range.contains(jiff::civil::date(2027, 1, 4)));
        assert!(range.contains(jiff::civil::date(2026, 12, 31)));
        assert!(!range.contains(jiff::civil::date(2027, 1, 5)));
        assert!(!range.is_backwards());
    }

    #[test]
    fn refuses_what_is_not_a_closure() {
        for bad in [
            "closed = [2026-12-25T10:00:00]",
            "closed = [{ from = 2026-12-24 }]",
            "closed = [{ from = 2026-12-24, until = 2027-01-04 }]",
            "closed = [12]",
        ] {
            let err = toml::from_str::<Closures>(bad).unwrap_err();
            assert!(err.message().contains(" — "), "{bad}: {}", err.message());
        }
    }

    #[test]
    fn a_number_is_the_same_in_its_international_and_swiss_forms() {
        let phone = Phone::new(
            Spanned::new(0..0, "021 631 03 00".to_owned()),
            PhoneKind::Voice,
        );
        assert!(phone.is("+41 21 631 03 00"));
        assert!(phone.is("021.631.03.00"));
        assert!(!phone.is("021 631 03 02"));
        assert_eq!(dialled("143"), "143");
    }
}
