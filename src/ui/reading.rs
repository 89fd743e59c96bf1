//! What is said: each screen's reading order, and what a focused element
//! says. Converted screens and panels read their page (`ui::page`).

use super::keyboard::Key;
use super::screen::{Screen, detail, home, results, welcome};
use super::{Kiosk, Message, Overlay, overlays};
use crate::i18n::Arg;
use crate::lang::Lang;
use crate::speech::Utterance;
use crate::words;

impl Kiosk {
    /// What the screen shows, in reading order, in `lang`.
    pub fn script(&self, lang: Lang) -> Vec<Utterance> {
        let strings = &self.setup.strings;
        let t = |id: &str| Utterance::new(lang, strings.get(lang, id));
        let catalogue = self.setup.content.index.catalogue();
        let categories = || {
            catalogue
                .categories
                .iter()
                .map(|c| Utterance::new(lang, c.label(lang)))
                .collect::<Vec<_>>()
        };
        let languages = || {
            self.setup
                .config
                .languages
                .iter()
                .map(|&l| Utterance::new(l, strings.get(l, "language-name")))
                .collect::<Vec<_>>()
        };
        match &self.visit.overlay {
            Some(Overlay::Idle { deadline }) => {
                let seconds = deadline.saturating_duration_since(self.clock).as_secs();
                return overlays::idle(strings, lang, seconds).spoken();
            }
            Some(Overlay::Languages) => {
                let mut out = vec![t("welcome-choose-language")];
                out.extend(languages());
                return out;
            }
            Some(Overlay::Help) => {
                return overlays::help(strings, lang, self.counts_use()).spoken();
            }
            Some(Overlay::Glossary(id)) => {
                return overlays::glossary(strings, lang, &catalogue.glossary, id).spoken();
            }
            Some(Overlay::Staff(_)) => return Vec::new(),
            None => {}
        }
        match &self.visit.screen {
            Screen::Welcome => {
                let mut out = vec![
                    t("welcome-title"),
                    t("welcome-touch-to-start"),
                    t("welcome-choose-language"),
                ];
                out.extend(languages());
                out
            }
            Screen::Home => {
                let mut out = vec![
                    t("home-title"),
                    t("home-search-placeholder"),
                    t("home-browse"),
                ];
                out.extend(categories());
                out
            }
            Screen::Results(results) => {
                let mut out = Vec::new();
                // A person in crisis hears the helplines before anything else.
                let helplines = results.helplines();
                if !helplines.is_empty() {
                    out.push(t("crisis-heading"));
                }
                for (id, numbers) in helplines {
                    if let Some(service) = catalogue.service(id) {
                        out.push(Utterance::new(lang, service.text(lang).title));
                        for number in numbers {
                            out.push(Utterance::new(
                                lang,
                                strings.get_with(
                                    lang,
                                    "crisis-call",
                                    &[("number", Arg::Text(&words::phone_spoken(number)))],
                                ),
                            ));
                        }
                    }
                }
                let query = results.query().trim();
                if !query.is_empty() {
                    out.push(Utterance::new(
                        lang,
                        strings.get_with(lang, "results-for", &[("query", Arg::Text(query))]),
                    ));
                } else if let Some(category) =
                    results.shown_category().and_then(|c| catalogue.category(c))
                {
                    out.push(Utterance::new(
                        lang,
                        strings.get_with(
                            lang,
                            "results-in-category",
                            &[("category", Arg::Text(category.label(lang)))],
                        ),
                    ));
                }
                if let Some(term) = catalogue.glossary.lookup(query, lang)
                    && let Some((own, text)) = term.text(lang)
                {
                    out.push(t("glossary-card"));
                    out.push(Utterance::new(own, term.headword(lang)));
                    out.push(Utterance::new(own, text.explanation.get_ref().as_str()));
                }
                let hits = results.hits();
                if !query.is_empty() || !hits.is_empty() {
                    out.push(Utterance::new(
                        lang,
                        strings.get_with(
                            lang,
                            "results-count",
                            &[("count", Arg::Number(hits.len() as i64))],
                        ),
                    ));
                }
                for id in hits
                    .iter()
                    .filter(|id| !helplines.iter().any(|(h, _)| h == *id))
                {
                    if let Some(service) = catalogue.service(id) {
                        let shown = service.text(lang);
                        out.push(Utterance::new(lang, shown.title));
                        out.push(Utterance::new(lang, results::first_sentence(shown.summary)));
                    }
                }
                if hits.is_empty() {
                    if !query.is_empty() {
                        out.extend([
                            t("results-none-title"),
                            t("results-none-ask-desk"),
                            t("results-none-try-categories"),
                        ]);
                    } else {
                        out.push(t("home-browse"));
                    }
                    out.extend(categories());
                }
                out
            }
            Screen::Detail(detail) => detail.page(&self.facts(lang)).spoken(),
        }
    }

    /// What a detail page is made from, in `lang`.
    pub fn facts(&self, lang: Lang) -> detail::Facts<'_> {
        detail::Facts {
            strings: &self.setup.strings,
            lang,
            catalogue: self.setup.content.index.catalogue(),
            here: Some(&self.here),
            now: self.now,
        }
    }

    /// What a focused element says.
    pub fn describe(&self, message: &Message) -> Option<Utterance> {
        let lang = self.visit.lang;
        let strings = &self.setup.strings;
        let t = |id: &str| Some(Utterance::new(lang, strings.get(lang, id)));
        let catalogue = self.setup.content.index.catalogue();
        let category = |id: &str| {
            catalogue
                .category(id)
                .map(|c| Utterance::new(lang, c.label(lang)))
        };
        match message {
            Message::Welcome(welcome::Message::Start) => t("welcome-touch-to-start"),
            Message::Welcome(welcome::Message::Choose(l)) | Message::Language(l) => {
                Some(Utterance::new(*l, strings.get(*l, "language-name")))
            }
            Message::Home(home::Message::Search)
            | Message::Results(results::Message::ShowKeyboard) => t("home-search-placeholder"),
            Message::Home(home::Message::Category(id))
            | Message::Results(results::Message::Category(id)) => category(id),
            Message::Results(results::Message::Key(key)) => match key {
                Key::Text(letter) => Some(Utterance::new(lang, *letter)),
                Key::Char(c) | Key::Consonant(c) => Some(Utterance::new(lang, c.to_string())),
                Key::Space => t("keyboard-space"),
                Key::Backspace => t("keyboard-backspace"),
                Key::Clear => t("keyboard-clear"),
            },
            Message::Results(results::Message::HideKeyboard) => t("keyboard-hide"),
            Message::Results(results::Message::Open(id)) => catalogue
                .service(id)
                .map(|s| Utterance::new(lang, s.text(lang).title)),
            Message::Detail(message) => match &self.visit.screen {
                Screen::Detail(detail) => detail
                    .page(&self.facts(lang))
                    .label(&detail::Target::of(message)),
                _ => None,
            },
            Message::Toolbar(tool) => t(tool.label()),
            Message::CloseOverlay => t("close"),
            Message::StillHere => t("idle-continue"),
            Message::Speech(control) => control.label().and_then(t),
            // Never read a PIN aloud.
            Message::Staff(_) => None,
            Message::Results(results::Message::Typed(_))
            | Message::Key(_)
            | Message::Reloaded(_)
            | Message::Tick(_)
            | Message::Resized(_)
            | Message::WindowSized(..)
            | Message::FillScreen(..)
            | Message::CompositorScale(_)
            | Message::Printed(_)
            | Message::FirstFrame => None,
        }
    }
}
