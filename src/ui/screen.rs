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

impl Screen {
    /// Whether the page lists the languages (the toolbar then leaves out
    /// the current one's name).
    pub fn lists_languages(&self) -> bool {
        matches!(self, Screen::Welcome)
    }

    /// The search, its keyboard open.
    pub fn search() -> Self {
        Screen::Results(results::Results::search())
    }

    /// Whether typed letters go to this screen's search.
    pub fn searches(&self) -> bool {
        matches!(self, Screen::Results(_))
    }

    /// Letters from a physical keyboard, for the search.
    pub fn typed(text: &str) -> super::Message {
        super::Message::Results(results::Message::Typed(text.to_owned()))
    }

    /// What Enter does when nothing has the focus: Welcome starts.
    pub fn on_enter(&self) -> Option<super::Message> {
        matches!(self, Screen::Welcome).then_some(super::Message::Welcome(welcome::Message::Start))
    }

    /// Letters from a physical keyboard that this screen takes itself,
    /// instead of the search: the questionnaire's keypad takes digits (and
    /// ignores other letters). `None`: they go to the search.
    pub fn takes_typing(&self, text: &str) -> Option<Vec<super::Message>> {
        match self {
            Screen::Quiz(quiz) => Some(match quiz.number_key() {
                Some(key) => text
                    .chars()
                    .filter_map(|c| c.to_digit(10))
                    .map(|digit| super::Message::Quiz(quiz::Target::Digit(key, digit)))
                    .collect(),
                None => Vec::new(),
            }),
            _ => None,
        }
    }

    /// What Escape does when no panel is open: the questionnaire goes one
    /// question back (its Back). `None`: the kiosk's Back.
    pub fn on_escape(&self) -> Option<super::Message> {
        matches!(self, Screen::Quiz(_)).then_some(super::Message::Quiz(quiz::Target::Back))
    }

    /// What a physical Backspace does: the search loses a letter.
    pub fn on_backspace(&self) -> Option<super::Message> {
        let key = super::keyboard::Key::Backspace;
        self.searches()
            .then_some(super::Message::Results(results::Message::Key(key)))
    }

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
