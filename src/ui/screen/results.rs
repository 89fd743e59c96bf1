//! Results: what matches the words typed (updated at each key), or the
//! services of one category; never an empty screen.

use iced::widget::{Column, column, container, scrollable, text};
use iced::{Element, Length};

use std::sync::Arc;

use crate::content::Canton;
use crate::lang::Lang;
use crate::search::{Request, SearchIndex};
use crate::ui::focus::Focus;
use crate::ui::keyboard::{self, Key};
use crate::ui::screen::home;
use crate::ui::sizes;
use crate::ui::theme::Kind;
use crate::ui::widgets::Cx;

/// Queries longer than this are not words any more; keys beyond are ignored.
pub const MAX_QUERY_CHARS: usize = 100;
/// Cards shown at most.
pub const MAX_RESULTS: usize = 10;

/// What the screen needs from the kiosk to search.
/// Owned (the index is shared), so the kiosk can hand it to the screen it
/// is updating.
pub struct Env {
    pub index: Arc<SearchIndex>,
    pub lang: Lang,
    pub canton: Canton,
}

/// The visitor's words. Reserved once, so typing never leaves copies in
/// freed memory, and zeroed when dropped: nothing of the visit remains.
#[derive(Debug, Default)]
pub struct Query(String);

impl Query {
    fn new() -> Self {
        Query(String::with_capacity(MAX_QUERY_CHARS * 4))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    fn push(&mut self, s: &str) {
        if self.0.chars().count() + s.chars().count() <= MAX_QUERY_CHARS {
            self.0.push_str(s);
        }
    }

    fn pop(&mut self) {
        self.0.pop();
    }

    fn clear(&mut self) {
        wipe(&mut self.0);
        self.0 = String::with_capacity(MAX_QUERY_CHARS * 4);
    }
}

impl Drop for Query {
    fn drop(&mut self) {
        wipe(&mut self.0);
    }
}

/// Overwrites a string's bytes before it is freed.
fn wipe(s: &mut String) {
    let mut bytes = std::mem::take(s).into_bytes();
    bytes.iter_mut().for_each(|b| *b = 0);
    std::hint::black_box(&bytes);
}

#[derive(Debug)]
pub struct Results {
    query: Query,
    category: Option<String>,
    hits: Vec<String>,
    /// The helplines among the hits (always first), with their numbers.
    helplines: Vec<(String, Vec<String>)>,
    keyboard: bool,
    /// An Ethiopic consonant whose vowel forms are on show.
    picked: Option<char>,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Message {
    Key(Key),
    /// Physical keyboard text.
    Typed(String),
    /// The search box was touched.
    ShowKeyboard,
    HideKeyboard,
    Open(String),
    Category(String),
}

pub enum Action {
    None,
    Open(String),
}

impl Results {
    /// Typing, with the keyboard open.
    pub fn search() -> Self {
        Results {
            query: Query::new(),
            category: None,
            hits: Vec::new(),
            helplines: Vec::new(),
            keyboard: true,
            picked: None,
        }
    }

    /// A category's services.
    pub fn category(id: String, env: &Env) -> Self {
        let mut results = Results {
            query: Query::new(),
            category: Some(id),
            hits: Vec::new(),
            helplines: Vec::new(),
            keyboard: false,
            picked: None,
        };
        results.refresh(env);
        results
    }

    pub fn query(&self) -> &str {
        self.query.as_str()
    }

    /// The category shown when nothing is typed.
    pub fn shown_category(&self) -> Option<&str> {
        self.category.as_deref()
    }

    pub fn hits(&self) -> &[String] {
        &self.hits
    }

    /// The helplines shown first because the words speak of a crisis:
    /// service id and the numbers shown in big.
    pub fn helplines(&self) -> &[(String, Vec<String>)] {
        &self.helplines
    }

    pub fn keyboard_open(&self) -> bool {
        self.keyboard
    }

    pub fn update(&mut self, message: Message, env: &Env) -> Action {
        match message {
            Message::Key(Key::Consonant(c)) => self.picked = Some(c),
            Message::Key(key) => {
                self.picked = None;
                match key {
                    Key::Text(s) => self.query.push(s),
                    Key::Char(c) => self.query.push(c.encode_utf8(&mut [0; 4])),
                    Key::Consonant(_) => {}
                    Key::Space => self.query.push(" "),
                    Key::Backspace => self.query.pop(),
                    Key::Clear => self.query.clear(),
                }
                self.refresh(env);
            }
            Message::Typed(s) => {
                let clean: String = s.chars().filter(|c| !c.is_control()).collect();
                self.query.push(&clean);
                self.keyboard = true;
                self.refresh(env);
            }
            Message::ShowKeyboard => self.keyboard = true,
            Message::HideKeyboard => self.keyboard = false,
            Message::Open(id) => return Action::Open(id),
            Message::Category(id) => {
                self.query.clear();
                self.category = Some(id);
                self.keyboard = false;
                self.refresh(env);
            }
        }
        Action::None
    }

    /// Runs the search again; typing leaves the category.
    pub fn refresh(&mut self, env: &Env) {
        self.helplines.clear();
        if !self.query.as_str().trim().is_empty() {
            self.category = None;
            let request = Request {
                text: self.query.as_str(),
                lang: env.lang,
                canton: Some(&env.canton),
                limit: MAX_RESULTS,
            };
            let hits = env.index.search(&request);
            self.helplines = hits
                .iter()
                .filter_map(|h| Some((h.id.clone(), h.crisis.as_ref()?.numbers.clone())))
                .collect();
            self.hits = hits.into_iter().map(|h| h.id).collect();
        } else if let Some(category) = &self.category {
            self.hits = env
                .index
                .catalogue()
                .in_category(category, &env.canton)
                .map(|s| s.id().to_owned())
                .collect();
        } else {
            self.hits.clear();
        }
    }

    pub fn view<'a>(&'a self, cx: &Cx<'a>, focus: &Focus<Message>) -> Element<'a, Message> {
        let mut page: Vec<Element<'a, Message>> = Vec::new();
        page.push(home::search_box(
            cx,
            focus,
            Some(self.query.as_str()),
            Message::ShowKeyboard,
        ));
        if let Some(category) = self
            .category
            .as_deref()
            .and_then(|c| cx.catalogue.category(c))
        {
            if self.query.as_str().is_empty() {
                page.push(
                    cx.heading(
                        cx.t_with(
                            "results-in-category",
                            &[("category", crate::i18n::Arg::Text(category.label(cx.lang)))],
                        ),
                        sizes::TEXT_HEADING,
                    )
                    .into(),
                );
            }
        }
        if let Some(term) = cx.catalogue.glossary.lookup(self.query.as_str(), cx.lang) {
            // The word the visitor typed is explained first, above the services.
            let mut card = vec![
                cx.heading(cx.t("glossary-card"), sizes::TEXT)
                    .color(cx.palette.primary)
                    .into(),
            ];
            card.extend(crate::ui::view::glossary_card(cx, term));
            page.push(
                container(Column::with_children(card).spacing(sizes::SPACING / 2.0))
                    .padding(sizes::PADDING_BUTTON)
                    .width(Length::Fill)
                    .style(crate::ui::theme::panel(cx.palette))
                    .into(),
            );
        }
        if !self.hits.is_empty() {
            page.extend(self.hits.iter().map(|id| {
                match self.helplines.iter().position(|(h, _)| h == id) {
                    Some(i) => self.helpline_card(cx, focus, id, &self.helplines[i].1, i == 0),
                    None => self.card(cx, focus, id),
                }
            }));
        } else if self.query.as_str().trim().is_empty() {
            page.push(cx.heading(cx.t("home-browse"), sizes::TEXT_HEADING).into());
            page.push(home::categories(cx, focus, Message::Category));
        } else {
            page.push(
                cx.heading(cx.t("results-none-title"), sizes::TEXT_HEADING)
                    .into(),
            );
            page.push(cx.notice(cx.t("results-none-ask-desk")));
            page.push(
                cx.text(cx.t("results-none-try-categories"), sizes::TEXT)
                    .into(),
            );
            page.push(home::categories(cx, focus, Message::Category));
        }
        let list = scrollable(
            container(Column::with_children(page).spacing(sizes::SPACING)).padding(sizes::PADDING),
        )
        .height(Length::Fill);
        let mut screen: Column<'a, Message> = column![list].spacing(sizes::SPACING);
        if self.keyboard {
            let hide = cx
                .action(
                    focus,
                    cx.row(vec![
                        cx.icon("keyboard", sizes::ICON_SMALL, cx.palette.text),
                        text(cx.t("keyboard-hide")).size(sizes::TEXT_BUTTON).into(),
                    ]),
                    Message::HideKeyboard,
                    Kind::Card,
                )
                .height(Length::Fixed(sizes::TOUCH))
                .into();
            screen = screen.push(
                container(keyboard::view(cx, focus, Message::Key, hide, self.picked))
                    .padding(sizes::PADDING / 2.0),
            );
        }
        screen.into()
    }

    fn card<'a>(&self, cx: &Cx<'a>, focus: &Focus<Message>, id: &str) -> Element<'a, Message> {
        let Some(service) = cx.catalogue.service(id) else {
            return iced::widget::space().into();
        };
        let shown = service.text(cx.lang);
        let icon = service
            .category_ids()
            .next()
            .and_then(|c| cx.catalogue.category(c))
            .map(|c| c.icon.get_ref().as_str())
            .unwrap_or("search");
        let words = column![
            cx.heading(shown.title, sizes::TEXT_HEADING),
            cx.text(first_sentence(shown.summary), sizes::TEXT)
                .color(cx.palette.muted),
        ]
        .spacing(sizes::SPACING / 2.0);
        let content = cx.row(vec![
            cx.icon(icon, sizes::ICON, cx.palette.primary),
            words.width(Length::Fill).into(),
        ]);
        cx.action(focus, content, Message::Open(id.to_owned()), Kind::Card)
            .width(Length::Fill)
            .padding(sizes::PADDING)
            .into()
    }
}

impl Results {
    /// A helpline shown before all results: what to do (on the first), the
    /// numbers large enough to read from a step away, the service's title.
    fn helpline_card<'a>(
        &self,
        cx: &Cx<'a>,
        focus: &Focus<Message>,
        id: &str,
        numbers: &[String],
        first: bool,
    ) -> Element<'a, Message> {
        let Some(service) = cx.catalogue.service(id) else {
            return iced::widget::space().into();
        };
        let shown = service.text(cx.lang);
        let mut lines: Vec<Element<'a, Message>> = Vec::new();
        if first {
            lines.push(
                cx.heading(cx.t("crisis-heading"), sizes::TEXT_HEADING)
                    .into(),
            );
        }
        for number in numbers {
            let description = service
                .phones
                .iter()
                .find(|p| p.is(number))
                .and_then(|p| {
                    p.description
                        .get(&cx.lang)
                        .or(p.description.get(&Lang::REFERENCE))
                })
                .cloned()
                .unwrap_or_default();
            lines.push(
                cx.row(vec![
                    cx.icon("phone", sizes::ICON, cx.palette.on_primary),
                    text(number.clone())
                        .size(sizes::TEXT_HELPLINE)
                        .font(crate::ui::font::BOLD)
                        .into(),
                    cx.text(description, sizes::TEXT).into(),
                ])
                .into(),
            );
        }
        lines.push(cx.heading(shown.title, sizes::TEXT_HEADING).into());
        cx.action(
            focus,
            Column::with_children(lines).spacing(sizes::SPACING),
            Message::Open(id.to_owned()),
            Kind::Primary,
        )
        .width(Length::Fill)
        .padding(sizes::PADDING)
        .into()
    }
}

/// The summary's first sentence: a card shows one line of it.
pub fn first_sentence(summary: &str) -> &str {
    summary
        .char_indices()
        .find(|&(i, c)| {
            matches!(c, '.' | '!' | '?' | '。' | '؟' | '።')
                && summary[i + c.len_utf8()..].starts_with(' ')
        })
        .map_or(summary, |(i, c)| &summary[..i + c.len_utf8()])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn first_sentence_stops_at_the_first_full_stop() {
        assert_eq!(first_sentence("One idea. Two ideas."), "One idea.");
        assert_eq!(first_sentence("No stop"), "No stop");
        assert_eq!(
            first_sentence("Version 1.5 works. Yes."),
            "Version 1.5 works."
        );
        assert_eq!(first_sentence("هل؟ نعم"), "هل؟");
    }

    #[test]
    fn query_is_capped_and_cleared() {
        let mut q = Query::new();
        for _ in 0..150 {
            q.push("é");
        }
        assert_eq!(q.as_str().chars().count(), MAX_QUERY_CHARS);
        q.pop();
        assert_eq!(q.as_str().chars().count(), MAX_QUERY_CHARS - 1);
        q.clear();
        assert_eq!(q.as_str(), "");
    }
}
