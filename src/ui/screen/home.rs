//! Home: a search box and the picture categories.

use iced::widget::{Column, column, container, scrollable};
use iced::{Alignment, Element, Length};

use crate::ui::focus::Focus;
use crate::ui::sizes;
use crate::ui::theme::Kind;
use crate::ui::widgets::{Cx, centred};

#[derive(Debug, Clone, PartialEq)]
pub enum Message {
    /// The search box was touched: open the keyboard.
    Search,
    Category(String),
}

pub enum Action {
    Search,
    Category(String),
}

pub fn update(message: Message) -> Action {
    match message {
        Message::Search => Action::Search,
        Message::Category(id) => Action::Category(id),
    }
}

pub fn view<'a>(cx: &Cx<'a>, focus: &Focus<Message>) -> Element<'a, Message> {
    let content: Column<'a, Message> = column![
        cx.heading(cx.t("home-title"), sizes::TEXT_TITLE),
        search_box(cx, focus, None, Message::Search),
        cx.heading(cx.t("home-browse"), sizes::TEXT_HEADING),
        categories(cx, focus, Message::Category),
    ]
    .spacing(sizes::SPACING_LARGE);
    scrollable(container(content).padding(sizes::PADDING))
        .height(Length::Fill)
        .into()
}

/// The search field: the query typed so far, or an example when empty.
/// Touching it opens the on-screen keyboard.
pub fn search_box<'a, M: Clone + PartialEq + 'a>(
    cx: &Cx<'a>,
    focus: &Focus<M>,
    query: Option<&str>,
    message: M,
) -> Element<'a, M> {
    let (shown, color) = match query {
        Some(query) if !query.is_empty() => (format!("{query}|"), cx.palette.text),
        _ => (cx.t("home-search-placeholder"), cx.palette.muted),
    };
    let field = cx.row(vec![
        cx.icon("search", sizes::ICON_SMALL, cx.palette.text),
        cx.text(shown, sizes::TEXT_HEADING).color(color).into(),
    ]);
    cx.action(focus, field, message, Kind::Card)
        .width(Length::Fill)
        .into()
}

/// The category tiles: icon and label, as many per row as fit.
pub fn categories<'a, M: Clone + PartialEq + 'a>(
    cx: &Cx<'a>,
    focus: &Focus<M>,
    open: fn(String) -> M,
) -> Element<'a, M> {
    let columns = (cx.width / 420.0).floor().clamp(1.0, 4.0) as usize;
    let tiles = cx
        .catalogue
        .categories
        .iter()
        .map(|category| {
            let tile = column![
                cx.icon(category.icon.get_ref(), sizes::ICON, cx.palette.primary),
                centred(category.label(cx.lang), sizes::TEXT_BUTTON),
            ]
            .spacing(sizes::SPACING)
            .align_x(Alignment::Center);
            cx.action(
                focus,
                container(tile).center(Length::Fill),
                open(category.id().to_owned()),
                Kind::Card,
            )
            .width(Length::Fill)
            .height(Length::Fixed(sizes::TILE_HEIGHT))
            .into()
        })
        .collect();
    cx.grid(tiles, columns)
}
