//! The kiosk's own words (buttons, titles, notices) in the ten languages,
//! from Fluent files in `i18n/<lang>/guichet.ftl`, embedded in the binary so
//! a kiosk can never lose them. The catalogue's texts live in `content/`.

use std::collections::BTreeMap;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};

use crate::lang::Lang;

/// Every locale's Fluent source, by language.
pub const SOURCES: [(Lang, &str); 10] = [
    (Lang::Fr, include_str!("../i18n/fr/guichet.ftl")),
    (Lang::De, include_str!("../i18n/de/guichet.ftl")),
    (Lang::It, include_str!("../i18n/it/guichet.ftl")),
    (Lang::En, include_str!("../i18n/en/guichet.ftl")),
    (Lang::Pt, include_str!("../i18n/pt/guichet.ftl")),
    (Lang::Es, include_str!("../i18n/es/guichet.ftl")),
    (Lang::Sq, include_str!("../i18n/sq/guichet.ftl")),
    (Lang::Ar, include_str!("../i18n/ar/guichet.ftl")),
    (Lang::Uk, include_str!("../i18n/uk/guichet.ftl")),
    (Lang::Ti, include_str!("../i18n/ti/guichet.ftl")),
];

/// A problem in a Fluent file (found by the tests, before it can ship).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("i18n/{lang}/guichet.ftl: {message}")]
pub struct I18nError {
    pub lang: Lang,
    pub message: String,
}

/// The kiosk's words in every language.
pub struct Strings {
    bundles: BTreeMap<Lang, FluentBundle<FluentResource>>,
}

impl std::fmt::Debug for Strings {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Strings")
            .field("languages", &self.bundles.len())
            .finish()
    }
}

impl Strings {
    /// The embedded strings. Errors are collected, not fatal: a language
    /// with a broken message falls back to French for that message.
    pub fn embedded() -> (Self, Vec<I18nError>) {
        Self::from_sources(&SOURCES)
    }

    pub fn from_sources(sources: &[(Lang, &str)]) -> (Self, Vec<I18nError>) {
        let mut errors = Vec::new();
        let mut bundles = BTreeMap::new();
        for &(lang, source) in sources {
            let resource = match FluentResource::try_new(source.to_owned()) {
                Ok(resource) => resource,
                Err((resource, parse_errors)) => {
                    for e in parse_errors {
                        errors.push(I18nError {
                            lang,
                            message: format!("syntax error at byte {}: {:?}", e.pos.start, e.kind),
                        });
                    }
                    resource
                }
            };
            let mut bundle = FluentBundle::new_concurrent(vec![language_id(lang)]);
            // Isolation marks around arguments show as boxes in some fonts.
            bundle.set_use_isolating(false);
            if let Err(add_errors) = bundle.add_resource(resource) {
                for e in add_errors {
                    errors.push(I18nError {
                        lang,
                        message: format!("{e}"),
                    });
                }
            }
            bundles.insert(lang, bundle);
        }
        (Strings { bundles }, errors)
    }

    /// The message `id` in `lang`, else in French, else the id itself.
    pub fn get(&self, lang: Lang, id: &str) -> String {
        self.format(lang, id, None)
    }

    /// The message `id` with arguments, such as `count` or `time`.
    pub fn get_with(&self, lang: Lang, id: &str, args: &[(&str, Arg<'_>)]) -> String {
        let mut fluent_args = FluentArgs::new();
        for (name, value) in args {
            let value = match value {
                Arg::Text(text) => FluentValue::from(*text),
                Arg::Number(n) => FluentValue::from(*n),
            };
            fluent_args.set(*name, value);
        }
        self.format(lang, id, Some(&fluent_args))
    }

    fn format(&self, lang: Lang, id: &str, args: Option<&FluentArgs<'_>>) -> String {
        [lang, Lang::REFERENCE]
            .into_iter()
            .find_map(|lang| {
                let bundle = self.bundles.get(&lang)?;
                let pattern = bundle.get_message(id)?.value()?;
                let mut errors = Vec::new();
                let text = bundle.format_pattern(pattern, args, &mut errors);
                errors.is_empty().then(|| text.into_owned())
            })
            .unwrap_or_else(|| id.to_owned())
    }

    /// The message ids of a language, for checking completeness.
    pub fn ids(&self, lang: Lang) -> Vec<String> {
        let Some((_, source)) = SOURCES.iter().find(|(l, _)| *l == lang) else {
            return Vec::new();
        };
        message_ids(source)
    }
}

/// An argument of a message.
#[derive(Debug, Clone, Copy)]
pub enum Arg<'a> {
    Text(&'a str),
    Number(i64),
}

/// The ids of the messages defined in a Fluent source.
pub fn message_ids(source: &str) -> Vec<String> {
    match fluent_syntax::parser::parse(source) {
        Ok(resource) | Err((resource, _)) => resource
            .body
            .iter()
            .filter_map(|entry| match entry {
                fluent_syntax::ast::Entry::Message(message) => Some(message.id.name.to_owned()),
                _ => None,
            })
            .collect(),
    }
}

fn language_id(lang: Lang) -> unic_langid::LanguageIdentifier {
    lang.code().parse().unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_locale_has_every_message_of_french_and_no_other() {
        let (strings, errors) = Strings::embedded();
        assert!(errors.is_empty(), "{errors:?}");
        let reference = strings.ids(Lang::REFERENCE);
        assert!(reference.len() > 50);
        for lang in Lang::ALL {
            let ids = strings.ids(lang);
            let missing: Vec<_> = reference.iter().filter(|id| !ids.contains(id)).collect();
            let extra: Vec<_> = ids.iter().filter(|id| !reference.contains(id)).collect();
            assert!(missing.is_empty(), "{lang} lacks {missing:?}");
            assert!(extra.is_empty(), "{lang} has unknown {extra:?}");
        }
    }

    #[test]
    fn every_message_formats_in_every_language() {
        let (strings, _) = Strings::embedded();
        let args = [
            ("count", Arg::Number(3)),
            ("query", Arg::Text("loyer")),
            ("category", Arg::Text("Santé")),
            ("day", Arg::Text("lundi")),
            ("time", Arg::Text("08:30")),
            ("seconds", Arg::Number(20)),
            ("first", Arg::Text("lundi")),
            ("last", Arg::Text("vendredi")),
            ("opens", Arg::Text("8:30")),
            ("closes", Arg::Text("12")),
            ("number", Arg::Number(2)),
            ("date", Arg::Text("29.11.2026")),
            ("commune", Arg::Text("Lausanne")),
            ("what", Arg::Text("Seul")),
        ];
        for lang in Lang::ALL {
            for id in strings.ids(Lang::REFERENCE) {
                let text = strings.get_with(lang, &id, &args);
                assert_ne!(text, id, "{lang} {id} does not format");
                assert!(!text.trim().is_empty(), "{lang} {id} is empty");
            }
        }
    }

    #[test]
    fn plurals_and_fallback() {
        let (strings, _) = Strings::embedded();
        assert_eq!(
            strings.get_with(Lang::Fr, "results-count", &[("count", Arg::Number(1))]),
            "1 résultat"
        );
        assert_eq!(
            strings.get_with(Lang::Fr, "results-count", &[("count", Arg::Number(4))]),
            "4 résultats"
        );
        let broken = [(Lang::Fr, "a = Bonjour\n"), (Lang::De, "b = Hallo\n")];
        let (strings, errors) = Strings::from_sources(&broken);
        assert!(errors.is_empty());
        assert_eq!(strings.get(Lang::De, "a"), "Bonjour");
        assert_eq!(strings.get(Lang::De, "missing-id"), "missing-id");
        let (_, errors) = Strings::from_sources(&[(Lang::Fr, "a = {\n")]);
        assert_eq!(errors.len(), 1);
        assert!(
            errors[0]
                .to_string()
                .starts_with("i18n/fr/guichet.ftl: syntax error")
        );
    }
}
