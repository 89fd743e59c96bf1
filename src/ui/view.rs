//! Drawing the kiosk: the toolbar, the speech bar, and the page of what is
//! shown (a panel or a screen, each drawn from its own page description).

use iced::widget::{Column, column, container};
use iced::{Element, Length};

use super::focus::Focus;
use super::page::Page;
use super::sizes;
use super::target::Target;
use super::theme;
use super::widgets::Cx;
use super::{Kiosk, Message, Overlay, draw, listen, overlays, staff, toolbar};

impl Kiosk {
    /// What is shown; a finger that slides scrolls and never presses.
    pub fn view(&self) -> Element<'_, Message> {
        super::touch::slide(self.build()).into()
    }

    pub(super) fn cx(&self) -> Cx<'_> {
        Cx {
            strings: &self.setup.strings,
            lang: self.visit.lang,
            palette: self.visit.contrast.palette(),
            catalogue: self.setup.content.index.catalogue(),
            icons: &self.setup.icons,
            width: self.logical_size().width,
            now: self.now,
            here: &self.here,
        }
    }

    /// The focus of one part of the view, in that part's own targets.
    fn part<T: Clone + PartialEq>(&self, pick: impl Fn(&Target) -> Option<T>) -> Focus<T> {
        Focus::new(self.visit.focus.as_ref().and_then(pick))
    }

    /// A panel described as a page, drawn.
    fn panel<'a>(&self, cx: &Cx<'a>, page: Page<overlays::Target>) -> Column<'a, Message> {
        let focus = self.part(|t| match t {
            Target::Panel(t) => Some(*t),
            _ => None,
        });
        // Panels breathe: blocks further apart than on a screen.
        let drawn = draw::page(cx, &focus, page, None).spacing(sizes::SPACING_LARGE);
        let drawn: Element<'a, overlays::Target> = drawn.into();
        column![drawn.map(overlays::Target::message)]
    }

    fn build(&self) -> Element<'_, Message> {
        let cx = self.cx();
        let palette = cx.palette;
        let page = move |content| page_frame(content, palette);
        // Full-screen panels, without the toolbar.
        match &self.visit.overlay {
            Some(Overlay::Idle { deadline }) => {
                let seconds = self.seconds_left(*deadline);
                let content = self.panel(&cx, overlays::idle(cx.strings, cx.lang, seconds));
                let content = container(content.max_width(sizes::MAX_TEXT_WIDTH))
                    .center(Length::Fill)
                    .padding(sizes::PADDING);
                return page(content.into());
            }
            Some(Overlay::Staff(panel)) => {
                // Staff read their panel in the kiosk's own language.
                let lang = self.setup.config.language;
                let focus = self.part(|t| match t {
                    Target::Staff(t) => Some(*t),
                    _ => None,
                });
                let staff_cx = Cx { lang, ..self.cx() };
                let drawn = panel.page(cx.strings, lang, self.problems());
                let content = staff::Staff::view(&staff_cx, &focus, drawn);
                return page(content.map(Message::Staff));
            }
            _ => {}
        }

        let content: Element<'_, Message> = match &self.visit.overlay {
            Some(Overlay::Languages) => {
                let languages = &self.setup.config.languages;
                let panel = overlays::languages(cx.strings, cx.lang, languages);
                self.panel(&cx, panel).padding(sizes::PADDING).into()
            }
            Some(Overlay::Help) => self
                .panel(&cx, overlays::help(cx.strings, cx.lang, self.counts_use()))
                .padding(sizes::PADDING)
                .max_width(sizes::MAX_TEXT_WIDTH)
                .into(),
            Some(Overlay::Glossary(id)) => {
                let glossary = &cx.catalogue.glossary;
                self.panel(&cx, overlays::glossary(cx.strings, cx.lang, glossary, id))
                    .padding(sizes::PADDING)
                    .max_width(sizes::MAX_TEXT_WIDTH)
                    .into()
            }
            _ => {
                let focus = self.visit.focus.as_ref().and_then(|t| match t {
                    Target::Screen(t) => Some(t),
                    _ => None,
                });
                let languages = &self.setup.config.languages;
                self.visit.screen.view(&cx, focus, languages)
            }
        };

        let focus = self.part(|t| match t {
            Target::Tool(t) => Some(*t),
            _ => None,
        });
        let languages_shown = matches!(self.visit.overlay, Some(Overlay::Languages))
            || (self.visit.overlay.is_none() && self.visit.screen.lists_languages());
        let speech_focus = self.part(|t| match t {
            Target::Speech(t) => Some(*t),
            _ => None,
        });
        let speech_bar = listen::bar(&cx, &speech_focus, &self.voice, &self.visit.listening);
        let bar = toolbar::view(
            &cx,
            &focus,
            self.visit.text_size,
            self.visit.contrast,
            languages_shown,
            self.voice.speaking,
        );
        let mut all: Column<'_, Message> = column![bar.map(Message::Toolbar)];
        if let Some(speech_bar) = speech_bar {
            all = all.push(speech_bar.map(Message::Speech));
        }
        let all = all.push(content);
        page(all.into())
    }
}

fn page_frame(content: Element<'_, Message>, palette: theme::Palette) -> Element<'_, Message> {
    container(content)
        .width(Length::Fill)
        .height(Length::Fill)
        .style(theme::page(palette))
        .into()
}
