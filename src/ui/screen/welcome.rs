//! Welcome: "touch to start", and every language under its own name.

use iced::widget::{Column, column, container, text};
use iced::{Element, Length};

use crate::lang::Lang;
use crate::ui::focus::Focus;
use crate::ui::sizes;
use crate::ui::theme::Kind;
use crate::ui::widgets::{Cx, centred};

#[derive(Debug, Clone, PartialEq)]
pub enum Message {
    Start,
    Choose(Lang),
}

/// What the kiosk does next.
pub enum Action {
    /// Go to Home, in this language (or the current one).
    Start(Option<Lang>),
}

pub fn update(message: Message) -> Action {
    match message {
        Message::Start => Action::Start(None),
        Message::Choose(lang) => Action::Start(Some(lang)),
    }
}

pub fn view<'a>(cx: &Cx<'a>, focus: &Focus<Message>, languages: &[Lang]) -> Element<'a, Message> {
    let start = cx
        .action(
            focus,
            container(text(cx.t("welcome-touch-to-start")).size(sizes::TEXT_TITLE))
                .center(Length::Fill),
            Message::Start,
            Kind::Primary,
        )
        .width(Length::Fill)
        .height(Length::Fixed(sizes::TOUCH * 2.0));
    let content: Column<'a, Message> = column![
        cx.heading(cx.t("welcome-title"), sizes::TEXT_TITLE),
        start,
        cx.heading(cx.t("welcome-choose-language"), sizes::TEXT_HEADING),
        language_grid(cx, focus, languages, Message::Choose),
    ]
    .spacing(sizes::SPACING_LARGE)
    .max_width(sizes::MAX_TEXT_WIDTH);
    container(content)
        .padding(sizes::PADDING)
        .center_x(Length::Fill)
        .into()
}

/// The languages as big buttons, each written in its own language and
/// script; the current one is marked. Also used by the toolbar's panel.
pub fn language_grid<'a, M: Clone + PartialEq + 'a>(
    cx: &Cx<'a>,
    focus: &Focus<M>,
    languages: &[Lang],
    choose: fn(Lang) -> M,
) -> Element<'a, M> {
    let columns = if cx.width >= 1200.0 { 5 } else { 2 };
    let buttons: Vec<Element<'a, M>> = languages
        .iter()
        .map(|&lang| {
            let kind = if lang == cx.lang {
                Kind::Selected
            } else {
                Kind::Card
            };
            let name = centred(cx.strings.get(lang, "language-name"), sizes::TEXT_HEADING);
            cx.action(focus, name, choose(lang), kind)
                .width(Length::Fill)
                .into()
        })
        .collect();
    cx.grid(buttons, columns)
}
