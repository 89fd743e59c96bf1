//! The catalogue's data, as staff write it in `content/` (TOML) and as the
//! kiosk reads it. Field names follow Open Referral HSDS 3.0 where it has one.

use std::collections::BTreeMap;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use toml::Spanned;

use super::contact::{Location, Phone};
use super::values::{Canton, Date, Email, SpokenLanguage, WebAddress};
use crate::lang::Lang;

/// Text written in several of the kiosk's languages.
pub type Localized = BTreeMap<Lang, String>;

/// One service a visitor can turn to: a right, a benefit, a helpline, a place.
#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Service {
    /// The file's name without .toml.
    #[schemars(with = "String", pattern(r"^[a-z0-9]+(-[a-z0-9]+)*$"))]
    pub id: Spanned<String>,
    /// Ids from categories.toml.
    #[schemars(with = "Vec<String>", inner(length(min = 1)))]
    pub categories: Vec<Spanned<String>>,
    /// "CH" for all of Switzerland, or canton codes such as "GE".
    #[schemars(length(min = 1))]
    pub cantons: Vec<Canton>,
    pub url: WebAddress,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<Email>,
    pub source: WebAddress,
    /// When staff last checked the facts (YYYY-MM-DD).
    #[schemars(with = "Date")]
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
    /// The questionnaire's rules: when to suggest this service.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub screener: Option<super::screener::Screener>,
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
    /// The language `field` is shown in: the visitor's, or French where
    /// the translation lacks it.
    pub fn lang_of(&self, field: Field) -> Lang {
        if self.in_french.contains(&field) {
            Lang::REFERENCE
        } else {
            self.lang
        }
    }

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
#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
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
#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Text {
    pub status: Status,
    /// What the service is, in a few everyday words.
    #[schemars(with = "String", length(min = 1))]
    pub title: Spanned<String>,
    /// Up to 3 short sentences.
    #[schemars(with = "String", length(min = 1))]
    pub summary: Spanned<String>,
    /// Who can get it: one line each.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(inner(length(min = 1)))]
    pub eligibility: Option<Vec<String>>,
    /// The steps, in order.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(inner(length(min = 1)))]
    pub how_to_apply: Option<Vec<String>>,
    /// What to bring.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(inner(length(min = 1)))]
    pub documents: Option<Vec<String>>,
    /// What it costs.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(length(min = 1))]
    pub fees: Option<String>,
    /// Words visitors might type.
    #[schemars(inner(length(min = 1)))]
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
#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Organization {
    #[schemars(length(min = 1))]
    pub name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<WebAddress>,
}

/// A picture category on the home screen.
#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Category {
    #[schemars(with = "String", pattern(r"^[a-z0-9]+(-[a-z0-9]+)*$"))]
    pub id: Spanned<String>,
    /// File name of the icon in `assets/icons/`.
    #[schemars(with = "String", pattern(r"\.svg$"))]
    pub icon: Spanned<String>,
    /// The tile's words in each language.
    #[schemars(with = "Localized")]
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
#[derive(Debug, Clone, Default, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct CategoriesFile {
    #[serde(default)]
    pub category: Vec<Category>,
}

/// `content/synonyms.toml`: per language, everyday words and the catalogue
/// words they stand for.
pub type Synonyms = BTreeMap<Lang, BTreeMap<String, Vec<String>>>;
