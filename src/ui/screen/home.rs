//! Home: a search box and the picture categories.
//!
//! To add a tile, add a [`Target`], its [`Message`] and [`Action`], and one
//! [`Block::Button`] with [`Look::Tile`] to the grid in [`page`].

use iced::widget::{container, scrollable};
use iced::{Element, Length};

use crate::content::Catalogue;
use crate::i18n::Strings;
use crate::lang::Lang;
use crate::ui::draw;
use crate::ui::focus::Focus;
use crate::ui::icons::Icon;
use crate::ui::page::{Block, Columns, Look, Page, Size, Words};
use crate::ui::sizes;
use crate::ui::widgets::Cx;

#[derive(Debug, Clone, PartialEq)]
pub enum Message {
    /// The search box was touched: open the keyboard.
    Search,
    Category(String),
    /// "Which help is for me?"
    Screener,
}

/// What can have the focus on Home.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Target {
    Search,
    Category(String),
    Screener,
}

impl Target {
    pub fn message(self) -> Message {
        match self {
            Target::Search => Message::Search,
            Target::Category(id) => Message::Category(id),
            Target::Screener => Message::Screener,
        }
    }
}

pub enum Action {
    Search,
    Category(String),
    Screener,
}

pub fn update(message: Message) -> Action {
    match message {
        Message::Search => Action::Search,
        Message::Category(id) => Action::Category(id),
        Message::Screener => Action::Screener,
    }
}

/// The page: what is drawn, what is said and the focus order.
pub fn page(strings: &Strings, lang: Lang, catalogue: &Catalogue) -> Page<Target> {
    let t = |id: &str| Words::new(lang, strings.get(lang, id));
    let mut page = Page {
        blocks: vec![
            Block::Heading(t("home-title"), Size::Title),
            search_box(strings, lang, None, Target::Search),
            Block::Heading(t("home-browse"), Size::Section),
            categories(catalogue, lang, Target::Category),
        ],
    };
    // The questionnaire's tile opens the grid of categories.
    if let Some(Block::Grid(tiles, _)) = page.blocks.last_mut() {
        tiles.insert(
            0,
            Block::Button {
                label: t(crate::screener::TITLE_ID),
                target: Target::Screener,
                look: Look::Tile { icon: Icon::Help },
            },
        );
    }
    page
}

pub fn view<'a>(cx: &Cx<'a>, focus: &Focus<Target>, page: Page<Target>) -> Element<'a, Message> {
    let content = draw::page(cx, focus, page, None).spacing(sizes::SPACING_LARGE);
    let drawn: Element<'a, Target> = scrollable(container(content).padding(sizes::PADDING))
        .height(Length::Fill)
        .into();
    drawn.map(Target::message)
}

/// The search field: the query typed so far (said "Results for …"), or an
/// example when empty. Touching it opens the on-screen keyboard.
pub fn search_box<T>(strings: &Strings, lang: Lang, query: Option<&str>, target: T) -> Block<T> {
    match query {
        Some(query) if !query.is_empty() => Block::Search {
            words: Words::said_as(
                lang,
                format!("{query}|"),
                strings.get_with(
                    lang,
                    "results-for",
                    &[("query", crate::i18n::Arg::Text(query.trim()))],
                ),
            ),
            typed: true,
            target,
        },
        _ => Block::Search {
            words: Words::new(lang, strings.get(lang, "home-search-placeholder")),
            typed: false,
            target,
        },
    }
}

/// The category tiles: picture and label, as many per row as fit.
pub fn categories<T>(catalogue: &Catalogue, lang: Lang, open: impl Fn(String) -> T) -> Block<T> {
    let tiles = catalogue
        .categories
        .iter()
        .map(|category| Block::Button {
            label: Words::new(lang, category.label(lang)),
            target: open(category.id().to_owned()),
            look: Look::Tile {
                icon: Icon::Category(category.icon.get_ref().clone()),
            },
        })
        .collect();
    Block::Grid(tiles, Columns::Tiles)
}
