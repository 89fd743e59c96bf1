//! What is said: each screen's reading order, and what a focused element
//! says. Converted screens and panels read their page (`ui::page`).

use super::page::Page;
use super::screen::detail;
use super::target::Target;
use super::{Kiosk, Overlay, listen, overlays, toolbar};
use crate::lang::Lang;
use crate::speech::Utterance;

impl Kiosk {
    /// What is shown, as a page: the panel over the screen, else the
    /// screen; in `lang`. Reading, focus order and drawing all come from it.
    pub fn page(&self, lang: Lang) -> Page<Target> {
        let strings = &self.setup.strings;
        let languages = &self.setup.config.languages;
        let catalogue = self.setup.content.index.catalogue();
        let panel = |page: Page<overlays::Target>| page.map(&Target::Panel);
        match &self.visit.overlay {
            Some(Overlay::Idle { deadline }) => {
                panel(overlays::idle(strings, lang, self.seconds_left(*deadline)))
            }
            Some(Overlay::Languages) => panel(overlays::languages(strings, lang, languages)),
            Some(Overlay::Help) => panel(overlays::help(strings, lang, self.counts_use())),
            Some(Overlay::Glossary(id)) => {
                panel(overlays::glossary(strings, lang, &catalogue.glossary, id))
            }
            Some(Overlay::Staff(staff)) => staff
                .page(strings, self.setup.config.language, self.problems())
                .map(&Target::Staff),
            None => self
                .visit
                .screen
                .page(&self.facts(lang), languages)
                .map(&Target::Screen),
        }
    }

    /// What the screen shows, in reading order, in `lang`.
    pub fn script(&self, lang: Lang) -> Vec<Utterance> {
        // The staff panel is never read aloud: bystanders hear nothing of it.
        if let Some(Overlay::Staff(_)) = self.visit.overlay {
            return Vec::new();
        }
        self.page(lang).spoken()
    }

    /// Every actionable element of what is shown, in Tab order: the page,
    /// then the speech bar and the toolbar (not on full-screen panels).
    pub fn targets(&self) -> Vec<Target> {
        let mut out = self.page(self.visit.lang).targets();
        if matches!(
            self.visit.overlay,
            Some(Overlay::Idle { .. } | Overlay::Staff(_))
        ) {
            return out;
        }
        let controls = listen::controls(&self.voice, &self.visit.listening);
        out.extend(controls.into_iter().map(Target::Speech));
        out.extend(toolbar::TOOLS.map(Target::Tool));
        out
    }

    /// The seconds the idle warning has left.
    pub(super) fn seconds_left(&self, deadline: std::time::Instant) -> u64 {
        deadline.saturating_duration_since(self.clock).as_secs()
    }

    /// What staff are told is wrong: settings, content, printer.
    pub(super) fn problems(&self) -> [&[String]; 3] {
        [
            &self.setup.problems,
            &self.setup.content.problems,
            &self.printer_problems,
        ]
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
    pub fn describe(&self, target: &Target) -> Option<Utterance> {
        let lang = self.visit.lang;
        let t = |id: &str| Some(Utterance::new(lang, self.setup.strings.get(lang, id)));
        match target {
            Target::Tool(tool) => t(tool.label()),
            Target::Speech(control) => t(control.label()),
            // Never read a PIN aloud.
            Target::Staff(_) => None,
            Target::Screen(_) | Target::Panel(_) => self.page(lang).label(target),
        }
    }
}
