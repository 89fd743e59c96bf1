//! The catalogue's data, as staff write it in `content/` (TOML) and as the
//! kiosk reads it. Field names follow Open Referral HSDS 3.0 where it has one.

use std::collections::BTreeMap;
use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Deserializer, Serialize, Serializer};
use toml::Spanned;

use crate::hours::WeeklyHours;
use crate::lang::Lang;

/// Text written in several of the kiosk's languages.
pub type Localized = BTreeMap<Lang, String>;

/// One service a visitor can turn to: a right, a benefit, a helpline, a place.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Service {
    pub id: Spanned<String>,
    pub categories: Vec<Spanned<String>>,
    pub cantons: Vec<Canton>,
    pub url: WebAddress,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<Email>,
    pub source: WebAddress,
    pub reviewed: Spanned<Date>,
    /// Languages spoken at the service (any ISO 639-1 code).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub languages: Vec<SpokenLanguage>,
    pub organization: Organization,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub phones: Vec<Phone>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub locations: Vec<Location>,
    pub text: Texts,
}

impl Service {
    pub fn id(&self) -> &str {
        self.id.get_ref()
    }

    /// Lower-case letters and digits joined by `-`, as the file name.
    pub fn is_well_formed_id(id: &str) -> bool {
        !id.is_empty()
            && id.split('-').all(|part| {
                !part.is_empty()
                    && part
                        .bytes()
                        .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
            })
    }

    pub fn category_ids(&self) -> impl Iterator<Item = &str> {
        self.categories.iter().map(|c| c.get_ref().as_str())
    }

    /// Whether a kiosk in `canton` should offer this service.
    pub fn serves(&self, canton: &Canton) -> bool {
        self.cantons
            .iter()
            .any(|c| c.is_whole_country() || c == canton)
    }

    /// The text in `lang`, each field falling back to French where missing.
    pub fn text(&self, lang: Lang) -> ShownText<'_> {
        ShownText::new(lang, self.text.get(lang), &self.text.fr)
    }
}

/// The fields of a service's text, for fall-back notices and highlighting.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Field {
    Title,
    Summary,
    Eligibility,
    HowToApply,
    Documents,
    Fees,
    Keywords,
}

impl Field {
    pub const ALL: [Field; 7] = [
        Field::Title,
        Field::Summary,
        Field::Eligibility,
        Field::HowToApply,
        Field::Documents,
        Field::Fees,
        Field::Keywords,
    ];

    /// The key staff write in `[text.xx]`.
    pub fn key(self) -> &'static str {
        match self {
            Field::Title => "title",
            Field::Summary => "summary",
            Field::Eligibility => "eligibility",
            Field::HowToApply => "how_to_apply",
            Field::Documents => "documents",
            Field::Fees => "fees",
            Field::Keywords => "keywords",
        }
    }
}

/// What the kiosk shows of a service in one language, with the fields that
/// had to be taken from French because the translation lacks them.
#[derive(Debug, Clone)]
pub struct ShownText<'a> {
    pub lang: Lang,
    pub status: Status,
    pub title: &'a str,
    pub summary: &'a str,
    pub eligibility: &'a [String],
    pub how_to_apply: &'a [String],
    pub documents: &'a [String],
    pub fees: Option<&'a str>,
    pub keywords: &'a [String],
    /// Fields shown in French because this language has none.
    pub in_french: Vec<Field>,
}

impl<'a> ShownText<'a> {
    fn new(lang: Lang, own: Option<&'a Text>, fr: &'a Text) -> Self {
        let mut in_french = Vec::new();
        let mut note = |field: Field, has_own: bool| {
            if !has_own && lang != Lang::REFERENCE {
                in_french.push(field);
            }
        };
        let text = own.unwrap_or(fr);
        let list = |own: Option<&'a Vec<String>>, fr: &'a Option<Vec<String>>| {
            own.or(fr.as_ref()).map(Vec::as_slice).unwrap_or(&[])
        };
        note(Field::Title, own.is_some());
        note(Field::Summary, own.is_some());
        let own_list = |get: fn(&Text) -> &Option<Vec<String>>| own.and_then(|t| get(t).as_ref());
        let eligibility = own_list(|t| &t.eligibility);
        let how_to_apply = own_list(|t| &t.how_to_apply);
        let documents = own_list(|t| &t.documents);
        let fees = own.and_then(|t| t.fees.as_deref());
        note(
            Field::Eligibility,
            eligibility.is_some() || fr.eligibility.is_none(),
        );
        note(
            Field::HowToApply,
            how_to_apply.is_some() || fr.how_to_apply.is_none(),
        );
        note(
            Field::Documents,
            documents.is_some() || fr.documents.is_none(),
        );
        note(Field::Fees, fees.is_some() || fr.fees.is_none());
        note(Field::Keywords, own.is_some());
        ShownText {
            lang,
            status: text.status,
            title: text.title.get_ref(),
            summary: text.summary.get_ref(),
            eligibility: list(eligibility, &fr.eligibility),
            how_to_apply: list(how_to_apply, &fr.how_to_apply),
            documents: list(documents, &fr.documents),
            fees: fees.or(fr.fees.as_deref()),
            keywords: &text.keywords,
            in_french,
        }
    }
}

/// The texts of a service, one table per language: `[text.fr]`, `[text.de]`…
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Texts {
    pub fr: Text,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub de: Option<Text>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub it: Option<Text>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub en: Option<Text>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pt: Option<Text>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub es: Option<Text>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sq: Option<Text>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ar: Option<Text>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub uk: Option<Text>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ti: Option<Text>,
}

impl Texts {
    pub fn get(&self, lang: Lang) -> Option<&Text> {
        match lang {
            Lang::Fr => Some(&self.fr),
            Lang::De => self.de.as_ref(),
            Lang::It => self.it.as_ref(),
            Lang::En => self.en.as_ref(),
            Lang::Pt => self.pt.as_ref(),
            Lang::Es => self.es.as_ref(),
            Lang::Sq => self.sq.as_ref(),
            Lang::Ar => self.ar.as_ref(),
            Lang::Uk => self.uk.as_ref(),
            Lang::Ti => self.ti.as_ref(),
        }
    }

    pub fn get_mut(&mut self, lang: Lang) -> Option<&mut Text> {
        if lang == Lang::Fr {
            return Some(&mut self.fr);
        }
        self.translation(lang).and_then(Option::as_mut)
    }

    pub fn set(&mut self, lang: Lang, text: Text) {
        match self.translation(lang) {
            Some(slot) => *slot = Some(text),
            None => self.fr = text,
        }
    }

    /// The optional table of a language other than French.
    fn translation(&mut self, lang: Lang) -> Option<&mut Option<Text>> {
        match lang {
            Lang::Fr => None,
            Lang::De => Some(&mut self.de),
            Lang::It => Some(&mut self.it),
            Lang::En => Some(&mut self.en),
            Lang::Pt => Some(&mut self.pt),
            Lang::Es => Some(&mut self.es),
            Lang::Sq => Some(&mut self.sq),
            Lang::Ar => Some(&mut self.ar),
            Lang::Uk => Some(&mut self.uk),
            Lang::Ti => Some(&mut self.ti),
        }
    }

    /// The languages present, with their text.
    pub fn iter(&self) -> impl Iterator<Item = (Lang, &Text)> {
        Lang::ALL
            .into_iter()
            .filter_map(|lang| self.get(lang).map(|text| (lang, text)))
    }
}

/// A service's text in one language.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Text {
    pub status: Status,
    pub title: Spanned<String>,
    pub summary: Spanned<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub eligibility: Option<Vec<String>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub how_to_apply: Option<Vec<String>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub documents: Option<Vec<String>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fees: Option<String>,
    pub keywords: Vec<String>,
}

impl Text {
    /// The list fields a full translation must have, and whether this one has each.
    pub fn list_fields(&self) -> [(Field, bool); 3] {
        [
            (Field::Eligibility, self.eligibility.is_some()),
            (Field::HowToApply, self.how_to_apply.is_some()),
            (Field::Documents, self.documents.is_some()),
        ]
    }
}

/// How far a translation can be trusted.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Deserialize, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Status {
    /// Written or checked by a person who reads the language well.
    Complete,
    /// Translated by a program, not yet checked by a person.
    Machine,
    /// Known to be out of date or doubtful.
    NeedsReview,
}

impl Status {
    pub fn key(self) -> &'static str {
        match self {
            Status::Complete => "complete",
            Status::Machine => "machine",
            Status::NeedsReview => "needs-review",
        }
    }
}

/// The institution that runs a service.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Organization {
    pub name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<WebAddress>,
}

/// A phone number, as HSDS `phone`.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Phone {
    pub number: Spanned<String>,
    #[serde(default, rename = "type")]
    pub kind: PhoneKind,
    #[serde(default, skip_serializing_if = "Localized::is_empty")]
    pub description: Localized,
}

impl Phone {
    pub fn number(&self) -> &str {
        self.number.get_ref()
    }
}

/// HSDS phone types.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize, Serialize)]
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
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Location {
    pub name: String,
    pub address_1: String,
    pub postal_code: PostalCode,
    pub city: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hours: Option<WeeklyHours>,
    /// Exceptions and remarks: public holidays, appointments only…
    #[serde(default, skip_serializing_if = "Localized::is_empty")]
    pub notes: Localized,
}

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
    type Err = String;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        if s == Self::WHOLE_COUNTRY || CANTONS.contains(&s) {
            Ok(Canton(s.to_owned()))
        } else {
            Err(format!(
                "unknown canton `{s}` — use \"CH\" for all of Switzerland, or a canton's code in capitals such as \"GE\" or \"VD\""
            ))
        }
    }
}

impl FromStr for WebAddress {
    type Err = String;

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
            _ => Err(format!(
                "`{s}` is not a web address — write it in full, starting with https://"
            )),
        }
    }
}

impl FromStr for Email {
    type Err = String;

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
            Err(format!(
                "`{s}` is not an e-mail address — write one address like name@example.ch"
            ))
        }
    }
}

impl FromStr for PostalCode {
    type Err = String;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        if s.len() == 4 && s.bytes().all(|b| b.is_ascii_digit()) && !s.starts_with('0') {
            Ok(PostalCode(s.to_owned()))
        } else {
            Err(format!(
                "`{s}` is not a Swiss postal code — write its four digits, for example \"1204\""
            ))
        }
    }
}

impl FromStr for SpokenLanguage {
    type Err = String;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        if crate::lang::is_iso639_1(s) {
            Ok(SpokenLanguage(s.to_owned()))
        } else {
            Err(format!(
                "unknown language code `{s}` — use a two-letter ISO 639-1 code in lower case, such as \"fr\", \"en\" or \"ar\""
            ))
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
    type Err = String;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let not_a_date =
            || format!("`{s}` is not a date — write it as YYYY-MM-DD, for example 2026-11-28");
        let mut parts = s.splitn(3, '-');
        let mut number = |digits: usize| -> Result<i16, String> {
            let part = parts.next().ok_or_else(not_a_date)?;
            if part.len() != digits || !part.bytes().all(|b| b.is_ascii_digit()) {
                return Err(not_a_date());
            }
            part.parse().map_err(|_| not_a_date())
        };
        let (year, month, day) = (number(4)?, number(2)?, number(2)?);
        jiff::civil::Date::new(year, month as i8, day as i8)
            .map(Date)
            .map_err(|_| {
                format!("{s} does not exist in the calendar — check the month and the day")
            })
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

/// A picture category on the home screen.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Category {
    pub id: Spanned<String>,
    /// File name of the icon in `assets/icons/`.
    pub icon: Spanned<String>,
    pub label: Spanned<Localized>,
}

impl Category {
    pub fn id(&self) -> &str {
        self.id.get_ref()
    }

    /// The label in `lang`, or the French one.
    pub fn label(&self, lang: Lang) -> &str {
        let labels = self.label.get_ref();
        labels
            .get(&lang)
            .or_else(|| labels.get(&Lang::REFERENCE))
            .map(String::as_str)
            .unwrap_or_else(|| self.id())
    }
}

/// `content/categories.toml`.
#[derive(Debug, Clone, Default, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct CategoriesFile {
    #[serde(default)]
    pub category: Vec<Category>,
}

/// `content/synonyms.toml`: per language, everyday words and the catalogue
/// words they stand for.
pub type Synonyms = BTreeMap<Lang, BTreeMap<String, Vec<String>>>;
