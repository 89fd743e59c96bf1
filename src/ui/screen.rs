//! The screens a visitor moves through. Each screen module owns its state,
//! its `update` (returning an `Action` for the kiosk) and its one page
//! description; this file only routes between them.

pub mod detail;
pub mod home;
pub mod quiz;
pub mod results;
pub mod welcome;

use iced::Element;

use super::focus::Focus;
use super::page::Page;
use super::widgets::Cx;
use crate::lang::Lang;
pub use detail::Facts;

#[derive(Debug)]
pub enum Screen {
    Welcome,
    Home,
    Results(results::Results),
    Detail(detail::Detail),
    /// "Which help is for me?": the questionnaire and its result.
    Quiz(Box<quiz::Quiz>),
}

/// What can have the focus on a screen.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Target {
    Welcome(welcome::Target),
    Home(home::Target),
    Results(results::Target),
    Detail(detail::Target),
    Quiz(quiz::Target),
}

impl Target {
    /// What a touch on it (or Enter) sends.
    pub fn message(self) -> super::Message {
        match self {
            Target::Welcome(t) => super::Message::Welcome(t.message()),
            Target::Home(t) => super::Message::Home(t.message()),
            Target::Results(t) => super::Message::Results(t.message()),
            Target::Detail(t) => super::Message::Detail(t.message()),
            Target::Quiz(t) => super::Message::Quiz(t.message()),
        }
    }
}

impl Target {
    /// The element that sends `message`, if it is one on a screen.
    pub fn of(message: &super::Message) -> Option<Self> {
        Some(match message {
            super::Message::Welcome(m) => Target::Welcome(welcome::Target::of(m)),
            super::Message::Home(m) => Target::Home(home::Target::of(m)),
            super::Message::Results(m) => Target::Results(results::Target::of(m)?),
            super::Message::Detail(m) => Target::Detail(detail::Target::of(m)),
            super::Message::Quiz(m) => Target::Quiz(quiz::Target::of(m)),
            _ => return None,
        })
    }
}

impl Screen {
    /// The screen's page: what is drawn, what is said, the focus order.
    pub fn page(&self, facts: &Facts<'_>, languages: &[Lang]) -> Page<Target> {
        let (strings, lang, catalogue) = (facts.strings, facts.lang, facts.catalogue);
        match self {
            Screen::Welcome => welcome::page(strings, lang, languages).map(&Target::Welcome),
            Screen::Home => home::page(strings, lang, catalogue).map(&Target::Home),
            Screen::Results(results) => {
                results.page(strings, lang, catalogue).map(&Target::Results)
            }
            Screen::Detail(detail) => detail.page(facts).map(&Target::Detail),
            Screen::Quiz(quiz) => quiz
                .page(strings, lang, catalogue, quiz::today(facts.now))
                .map(&Target::Quiz),
        }
    }

    /// The page drawn, in the screen's own frame (scrolling, keyboard).
    pub fn view<'a>(
        &'a self,
        cx: &Cx<'a>,
        focus: Option<&Target>,
        languages: &[Lang],
    ) -> Element<'a, super::Message> {
        let facts = Facts::of(cx);
        let (strings, lang, catalogue) = (cx.strings, cx.lang, cx.catalogue);
        match self {
            Screen::Welcome => {
                let focus = Focus::new(match focus {
                    Some(Target::Welcome(t)) => Some(*t),
                    _ => None,
                });
                welcome::view(cx, &focus, welcome::page(strings, lang, languages))
                    .map(super::Message::Welcome)
            }
            Screen::Home => {
                let focus = Focus::new(match focus {
                    Some(Target::Home(t)) => Some(t.clone()),
                    _ => None,
                });
                home::view(cx, &focus, home::page(strings, lang, catalogue))
                    .map(super::Message::Home)
            }
            Screen::Results(results) => {
                let focus = Focus::new(match focus {
                    Some(Target::Results(t)) => Some(t.clone()),
                    _ => None,
                });
                let page = results.page(strings, lang, catalogue);
                results::Results::view(cx, &focus, page).map(super::Message::Results)
            }
            Screen::Detail(detail) => {
                let focus = Focus::new(match focus {
                    Some(Target::Detail(t)) => Some(t.clone()),
                    _ => None,
                });
                detail
                    .view(cx, &focus, detail.page(&facts))
                    .map(super::Message::Detail)
            }
            Screen::Quiz(quiz) => {
                let focus = Focus::new(match focus {
                    Some(Target::Quiz(t)) => Some(t.clone()),
                    _ => None,
                });
                let page = quiz.page(strings, lang, catalogue, quiz::today(facts.now));
                quiz::Quiz::view(cx, &focus, page).map(super::Message::Quiz)
            }
        }
    }
}
