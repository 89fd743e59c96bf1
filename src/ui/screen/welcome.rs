//! Welcome: "touch to start", and every language under its own name.
//!
//! To offer one more way in, add a [`Target`], its [`Message`] and
//! [`Action`], and one [`Block::Button`] in [`page`].

use iced::widget::container;
use iced::{Element, Length};

use crate::i18n::Strings;
use crate::lang::Lang;
use crate::ui::draw;
use crate::ui::focus::Focus;
use crate::ui::page::{Block, Columns, Look, Page, Size, Words};
use crate::ui::sizes;
use crate::ui::widgets::Cx;

#[derive(Debug, Clone, PartialEq)]
pub enum Message {
    Start,
    Choose(Lang),
    /// "Which help is for me?"
    Screener,
}

/// What can have the focus on Welcome.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Target {
    Start,
    Choose(Lang),
    Screener,
}

impl Target {
    pub fn message(self) -> Message {
        match self {
            Target::Start => Message::Start,
            Target::Choose(lang) => Message::Choose(lang),
            Target::Screener => Message::Screener,
        }
    }
}

/// What the kiosk does next.
pub enum Action {
    /// Go to Home, in this language (or the current one).
    Start(Option<Lang>),
    /// The questionnaire "Which help is for me?".
    Screener,
}

pub fn update(message: Message) -> Action {
    match message {
        Message::Start => Action::Start(None),
        Message::Choose(lang) => Action::Start(Some(lang)),
        Message::Screener => Action::Screener,
    }
}

/// The page: what is drawn, what is said and the focus order.
pub fn page(strings: &Strings, lang: Lang, languages: &[Lang]) -> Page<Target> {
    let t = |id: &str| Words::new(lang, strings.get(lang, id));
    Page {
        blocks: vec![
            Block::Heading(t("welcome-title"), Size::Title),
            Block::Button {
                label: t("welcome-touch-to-start"),
                target: Target::Start,
                look: Look::Big,
            },
            Block::Heading(t("welcome-choose-language"), Size::Section),
            language_grid(strings, lang, languages, Target::Choose),
            // After the languages: the questionnaire is best taken in one's own.
            Block::Button {
                label: t(crate::screener::TITLE_ID),
                target: Target::Screener,
                look: Look::Answer {
                    icon: Some(crate::ui::icons::Icon::Help),
                    chosen: false,
                },
            },
        ],
    }
}

/// The languages as big buttons, each written in its own language and
/// script; the current one is marked. Also on the toolbar's panel.
pub fn language_grid<T>(
    strings: &Strings,
    current: Lang,
    languages: &[Lang],
    choose: impl Fn(Lang) -> T,
) -> Block<T> {
    let buttons = languages
        .iter()
        .map(|&lang| Block::Button {
            label: Words::new(lang, strings.get(lang, "language-name")),
            target: choose(lang),
            look: Look::Language {
                selected: lang == current,
            },
        })
        .collect();
    Block::Grid(buttons, Columns::Languages)
}

pub fn view<'a>(cx: &Cx<'a>, focus: &Focus<Target>, page: Page<Target>) -> Element<'a, Message> {
    let content = draw::page(cx, focus, page, None)
        .spacing(sizes::SPACING_LARGE)
        .max_width(sizes::MAX_TEXT_WIDTH);
    let drawn: Element<'a, Target> = container(content)
        .padding(sizes::PADDING)
        .center_x(Length::Fill)
        .into();
    drawn.map(Target::message)
}
