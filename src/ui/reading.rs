//! What is said: each screen's reading order, and what a focused element
//! says. Converted screens and panels read their page (`ui::page`).

use super::screen::{self, detail};
use super::{Kiosk, Message, Overlay, overlays};
use crate::lang::Lang;
use crate::speech::Utterance;

impl Kiosk {
    /// What the screen shows, in reading order, in `lang`.
    pub fn script(&self, lang: Lang) -> Vec<Utterance> {
        let strings = &self.setup.strings;
        let catalogue = self.setup.content.index.catalogue();
        match &self.visit.overlay {
            Some(Overlay::Idle { deadline }) => {
                let seconds = deadline.saturating_duration_since(self.clock).as_secs();
                return overlays::idle(strings, lang, seconds).spoken();
            }
            Some(Overlay::Languages) => {
                let languages = &self.setup.config.languages;
                return overlays::languages(strings, lang, languages).spoken();
            }
            Some(Overlay::Help) => return overlays::help(strings, lang).spoken(),
            Some(Overlay::Glossary(id)) => {
                return overlays::glossary(strings, lang, &catalogue.glossary, id).spoken();
            }
            Some(Overlay::Staff(_)) => return Vec::new(),
            None => {}
        }
        self.visit
            .screen
            .page(&self.facts(lang), &self.setup.config.languages)
            .spoken()
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
        if let Some(target) = screen::Target::of(message) {
            return self
                .visit
                .screen
                .page(&self.facts(lang), &self.setup.config.languages)
                .label(&target);
        }
        match message {
            Message::Language(l) => Some(Utterance::new(*l, strings.get(*l, "language-name"))),
            Message::Toolbar(tool) => t(tool.label()),
            Message::CloseOverlay => t("close"),
            Message::StillHere => t("idle-continue"),
            Message::Speech(control) => control.label().and_then(t),
            // Never read a PIN aloud.
            Message::Staff(_) => None,
            Message::Welcome(_)
            | Message::Home(_)
            | Message::Results(_)
            | Message::Detail(_)
            | Message::Quiz(_)
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
