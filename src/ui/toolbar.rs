//! The toolbar on every screen: language, text size, contrast, start over,
//! help.

use iced::widget::{column, container, text};
use iced::{Element, Length};

use super::focus::Focus;
use super::icons::Icon;
use super::sizes::{self, TextSize};
use super::theme::{self, Contrast, Kind};
use super::widgets::Cx;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Message {
    Language,
    TextSize,
    Contrast,
    StartOver,
    Help,
    Listen,
}

/// The tools in focus order, as drawn.
pub const TOOLS: [Message; 6] = [
    Message::Listen,
    Message::Language,
    Message::TextSize,
    Message::Contrast,
    Message::StartOver,
    Message::Help,
];

impl Message {
    /// The Fluent id of the tool's name, shown and spoken.
    pub fn label(self) -> &'static str {
        match self {
            Message::Language => "toolbar-language",
            Message::TextSize => "toolbar-text-size",
            Message::Contrast => "toolbar-contrast",
            Message::StartOver => "toolbar-start-over",
            Message::Help => "toolbar-help",
            Message::Listen => "toolbar-listen",
        }
    }
}

pub fn view<'a>(
    cx: &Cx<'a>,
    focus: &Focus<Message>,
    text_size: TextSize,
    contrast: Contrast,
    languages_shown: bool,
    speaking: bool,
) -> Element<'a, Message> {
    // With large text the window is narrow in logical pixels: the tools
    // stack icon over label and leave out the current value, so the bar
    // keeps to one row and the page keeps its room.
    let compact = cx.width < sizes::COMPACT_WIDTH;
    let tool = |icon: Icon, label: String, value: Option<String>, message: Message| {
        let content: Element<'a, Message> = if compact {
            column![
                cx.icon(&icon, sizes::ICON_SMALL, cx.palette.on_toolbar),
                text(label).size(sizes::TEXT_SMALL).font(super::font::BOLD),
            ]
            .align_x(iced::Alignment::Center)
            .into()
        } else {
            let mut words = column![text(label).size(sizes::TEXT_BUTTON).font(super::font::BOLD)];
            if let Some(value) = value {
                words = words.push(text(value).size(sizes::TEXT_SMALL));
            }
            cx.row(vec![
                cx.icon(&icon, sizes::ICON_SMALL, cx.palette.on_toolbar),
                words.into(),
            ])
            .into()
        };
        cx.action(focus, content, message, Kind::Toolbar)
            .padding(if compact {
                sizes::PADDING_BUTTON / 2.0
            } else {
                sizes::PADDING_BUTTON
            })
            .into()
    };
    let listen = if speaking {
        "speech-stop"
    } else {
        Message::Listen.label()
    };
    let tools = vec![
        tool(Icon::Volume, cx.t(listen), None, Message::Listen),
        tool(
            Icon::Language,
            cx.t(Message::Language.label()),
            // Not twice on screen when the languages are listed below.
            (!languages_shown).then(|| cx.t("language-name")),
            Message::Language,
        ),
        tool(
            Icon::TextSize,
            cx.t(Message::TextSize.label()),
            Some(cx.t(text_size.label())),
            Message::TextSize,
        ),
        tool(
            Icon::Contrast,
            cx.t(Message::Contrast.label()),
            Some(cx.t(contrast.label())),
            Message::Contrast,
        ),
        tool(
            Icon::Restart,
            cx.t(Message::StartOver.label()),
            None,
            Message::StartOver,
        ),
        tool(Icon::Help, cx.t(Message::Help.label()), None, Message::Help),
    ];
    let align = if cx.rtl() {
        iced::alignment::Horizontal::Right
    } else {
        iced::alignment::Horizontal::Left
    };
    container(cx.row(tools).wrap())
        .padding(if compact {
            sizes::PADDING_BUTTON / 2.0
        } else {
            sizes::PADDING_BUTTON
        })
        .width(Length::Fill)
        .align_x(align)
        .style(theme::toolbar(cx.palette))
        .into()
}
