//! Drawing the kiosk, and the focus order that drawing defines.

use iced::widget::{Column, column, container};
use iced::{Element, Length};

use super::focus::Focus;
use super::page::Page;
use super::screen::{self, Screen};
use super::sizes;
use super::theme;
use super::widgets::Cx;
use super::{Kiosk, Message, Overlay, draw, listen, overlays, staff, toolbar};

impl Kiosk {
    /// What is shown; a finger that slides scrolls and never presses.
    pub fn view(&self) -> Element<'_, Message> {
        super::touch::slide(self.build().0).into()
    }

    /// Every actionable element of what is shown, in Tab order.
    pub fn targets(&self) -> Vec<Message> {
        self.build().1
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

    /// The focus of one part of the view, which speaks its own messages.
    fn part<T: Clone + PartialEq>(&self, pick: impl Fn(&Message) -> Option<T>) -> Focus<T> {
        Focus::new(self.visit.focus.as_ref().and_then(pick))
    }

    /// A panel described as a page, drawn, with its focus order.
    fn overlay_page<'a>(
        &self,
        cx: &Cx<'a>,
        page: Page<overlays::Target>,
    ) -> (Column<'a, Message>, Vec<Message>) {
        let focus = self.part(overlays::Target::of);
        let targets = page
            .targets()
            .into_iter()
            .map(overlays::Target::message)
            .collect();
        // Panels breathe: blocks further apart than on a screen.
        let drawn = draw::page(cx, &focus, page, None).spacing(sizes::SPACING_LARGE);
        let drawn: Element<'a, overlays::Target> = drawn.into();
        (column![drawn.map(overlays::Target::message)], targets)
    }

    fn build(&self) -> (Element<'_, Message>, Vec<Message>) {
        let cx = self.cx();
        let mut order: Vec<Message> = Vec::new();
        let palette = cx.palette;
        let page = move |content| page_frame(content, palette);
        // Full-screen panels, without the toolbar.
        match &self.visit.overlay {
            Some(Overlay::Idle { deadline }) => {
                let seconds = deadline.saturating_duration_since(self.clock).as_secs();
                let page = overlays::idle(cx.strings, cx.lang, seconds);
                let (content, targets) = self.overlay_page(&cx, page);
                order.extend(targets);
                let content = container(content.max_width(sizes::MAX_TEXT_WIDTH))
                    .center(Length::Fill)
                    .padding(sizes::PADDING);
                return (page_frame(content.into(), palette), order);
            }
            Some(Overlay::Staff(staff)) => {
                let lang = self.setup.config.language;
                let panel = staff.page(
                    cx.strings,
                    lang,
                    [
                        &self.setup.problems,
                        &self.setup.content.problems,
                        &self.printer_problems,
                    ],
                );
                order.extend(
                    panel
                        .targets()
                        .into_iter()
                        .map(|t| Message::Staff(t.message())),
                );
                let focus = self.part(|m| match m {
                    Message::Staff(m) => staff::Target::of(m),
                    _ => None,
                });
                let staff_cx = Cx { lang, ..self.cx() };
                let content = staff::Staff::view(&staff_cx, &focus, panel);
                return (page(content.map(Message::Staff)), order);
            }
            _ => {}
        }

        let content: Element<'_, Message> = match &self.visit.overlay {
            Some(Overlay::Languages) => {
                let languages = &self.setup.config.languages;
                let page = overlays::languages(cx.strings, cx.lang, languages);
                let (content, targets) = self.overlay_page(&cx, page);
                order.extend(targets);
                content.padding(sizes::PADDING).into()
            }
            Some(overlay @ (Overlay::Help | Overlay::Glossary(_))) => {
                let page = match overlay {
                    Overlay::Glossary(id) => {
                        overlays::glossary(cx.strings, cx.lang, &cx.catalogue.glossary, id)
                    }
                    _ => overlays::help(cx.strings, cx.lang),
                };
                let (content, targets) = self.overlay_page(&cx, page);
                order.extend(targets);
                content
                    .spacing(sizes::SPACING_LARGE)
                    .padding(sizes::PADDING)
                    .max_width(sizes::MAX_TEXT_WIDTH)
                    .into()
            }
            _ => self.screen(&cx, &mut order),
        };

        let focus = self.part(|m| match m {
            Message::Toolbar(m) => Some(*m),
            _ => None,
        });
        let languages_shown = matches!(self.visit.overlay, Some(Overlay::Languages))
            || (self.visit.overlay.is_none() && matches!(self.visit.screen, Screen::Welcome));
        let speech_focus = self.part(|m| match m {
            Message::Speech(m) => Some(m.clone()),
            _ => None,
        });
        let speech_bar = listen::bar(&cx, &speech_focus, &self.voice, &self.visit.listening);
        order.extend(speech_focus.into_order().into_iter().map(Message::Speech));
        let bar = toolbar::view(
            &cx,
            &focus,
            self.visit.text_size,
            self.visit.contrast,
            languages_shown,
            self.voice.speaking,
        );
        order.extend(focus.into_order().into_iter().map(Message::Toolbar));
        let mut all: Column<'_, Message> = column![bar.map(Message::Toolbar)];
        if let Some(speech_bar) = speech_bar {
            all = all.push(speech_bar.map(Message::Speech));
        }
        let all = all.push(content);
        (page(all.into()), order)
    }

    fn screen<'a>(&'a self, cx: &Cx<'a>, order: &mut Vec<Message>) -> Element<'a, Message> {
        let languages = &self.setup.config.languages;
        let page = self
            .visit
            .screen
            .page(&self.facts(self.visit.lang), languages);
        order.extend(page.targets().into_iter().map(screen::Target::message));
        let focus = self.visit.focus.as_ref().and_then(screen::Target::of);
        self.visit.screen.view(cx, focus.as_ref(), languages)
    }
}

fn page_frame(content: Element<'_, Message>, palette: theme::Palette) -> Element<'_, Message> {
    container(content)
        .width(Length::Fill)
        .height(Length::Fill)
        .style(theme::page(palette))
        .into()
}
