//! Results: what matches the words typed (updated at each key), or the
//! services of one category; never an empty screen.

use iced::widget::{Column, column, container, scrollable};
use iced::{Element, Length};

use std::sync::Arc;

use crate::content::{Canton, Catalogue, Field};
use crate::i18n::{Arg, Strings};
use crate::lang::Lang;
use crate::search::{Request, SearchIndex};
use crate::ui::draw;
use crate::ui::focus::Focus;
use crate::ui::icons::Icon;
use crate::ui::keyboard::{self, Key};
use crate::ui::page::{Block, Page, Size, Words};
use crate::ui::screen::home;
use crate::ui::sizes;
use crate::ui::widgets::Cx;
use crate::words;

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

/// What can have the focus on Results.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Target {
    /// The search box: shows the keyboard.
    ShowKeyboard,
    HideKeyboard,
    Key(Key),
    Open(String),
    Category(String),
}

impl Target {
    pub fn message(self) -> Message {
        match self {
            Target::ShowKeyboard => Message::ShowKeyboard,
            Target::HideKeyboard => Message::HideKeyboard,
            Target::Key(key) => Message::Key(key),
            Target::Open(id) => Message::Open(id),
            Target::Category(id) => Message::Category(id),
        }
    }
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

    /// The page: what is drawn, what is said and the focus order. A person
    /// in crisis sees and hears the helplines before anything else.
    pub fn page(&self, strings: &Strings, lang: Lang, catalogue: &Catalogue) -> Page<Target> {
        let t = |id: &str| Words::new(lang, strings.get(lang, id));
        let query = self.query.as_str();
        let mut page = Page::default();
        for (i, (id, numbers)) in self.helplines.iter().enumerate() {
            page.blocks
                .extend(helpline(strings, lang, catalogue, id, numbers, i == 0));
        }
        page.push(home::search_box(
            strings,
            lang,
            Some(query),
            Target::ShowKeyboard,
        ));
        if let Some(category) = self.category.as_deref().and_then(|c| catalogue.category(c))
            && query.is_empty()
        {
            let line = strings.get_with(
                lang,
                "results-in-category",
                &[("category", Arg::Text(category.label(lang)))],
            );
            page.push(Block::Heading(Words::new(lang, line), Size::Section));
        }
        if let Some(term) = catalogue.glossary.lookup(query, lang) {
            // The word the visitor typed is explained first, above the services.
            let mut card = vec![Block::Caption(t("glossary-card"))];
            card.extend(crate::ui::overlays::term(strings, lang, term));
            page.push(Block::Panel(card));
        }
        if !query.trim().is_empty() || !self.hits.is_empty() {
            let count = strings.get_with(
                lang,
                "results-count",
                &[("count", Arg::Number(self.hits.len() as i64))],
            );
            page.push(Block::Paragraph(Words::new(lang, count), Size::Line));
        }
        let others = self
            .hits
            .iter()
            .filter(|id| !self.helplines.iter().any(|(h, _)| h == *id));
        page.blocks
            .extend(others.filter_map(|id| card(lang, catalogue, id)));
        if self.hits.is_empty() {
            if query.trim().is_empty() {
                page.push(Block::Heading(t("home-browse"), Size::Section));
            } else {
                page.push(Block::Heading(t("results-none-title"), Size::Section));
                page.push(Block::Notice(t("results-none-ask-desk")));
                page.push(Block::Paragraph(
                    t("results-none-try-categories"),
                    Size::Line,
                ));
            }
            page.push(home::categories(catalogue, lang, Target::Category));
        }
        if self.keyboard {
            page.push(Block::Keyboard(keyboard::keys(
                strings,
                lang,
                self.picked,
                Target::HideKeyboard,
                Target::Key,
            )));
        }
        page
    }

    /// The list scrolls; the keyboard stays at the bottom.
    pub fn view<'a>(
        cx: &Cx<'a>,
        focus: &Focus<Target>,
        mut page: Page<Target>,
    ) -> Element<'a, Message> {
        let keys = match page.blocks.last() {
            Some(Block::Keyboard(_)) => page.blocks.pop(),
            _ => None,
        };
        let list = draw::page(cx, focus, page, None);
        let list = scrollable(container(list).padding(sizes::PADDING)).height(Length::Fill);
        let mut screen: Column<'a, Target> = column![list].spacing(sizes::SPACING);
        if let Some(Block::Keyboard(keys)) = keys {
            screen = screen
                .push(container(keyboard::view(cx, focus, keys)).padding(sizes::PADDING / 2.0));
        }
        let drawn: Element<'a, Target> = screen.into();
        drawn.map(Target::message)
    }
}

/// A service found: its category's picture, title and first sentence, each
/// in the language it is written in.
fn card(lang: Lang, catalogue: &Catalogue, id: &str) -> Option<Block<Target>> {
    let service = catalogue.service(id)?;
    let shown = service.text(lang);
    let own = |field: Field| {
        if shown.in_french.contains(&field) {
            Lang::REFERENCE
        } else {
            lang
        }
    };
    let icon = service
        .category_ids()
        .next()
        .and_then(|c| catalogue.category(c))
        .map_or(Icon::Search, |c| Icon::Category(c.icon.get_ref().clone()));
    Some(Block::Card {
        icon,
        title: Words::new(own(Field::Title), shown.title),
        summary: Words::new(own(Field::Summary), first_sentence(shown.summary)),
        target: Target::Open(id.to_owned()),
    })
}

/// A helpline card: what to do (on the first), the numbers large enough to
/// read from a step away (said in groups), the service's title.
fn helpline(
    strings: &Strings,
    lang: Lang,
    catalogue: &Catalogue,
    id: &str,
    numbers: &[String],
    first: bool,
) -> Option<Block<Target>> {
    let service = catalogue.service(id)?;
    let shown = service.text(lang);
    let numbers = numbers
        .iter()
        .map(|number| {
            let said = strings.get_with(
                lang,
                "crisis-call",
                &[("number", Arg::Text(&words::phone_spoken(number)))],
            );
            let what = service
                .phones
                .iter()
                .find(|p| p.is(number))
                .and_then(|p| {
                    let own = p.description.get(&lang).map(|d| (lang, d));
                    own.or(p
                        .description
                        .get(&Lang::REFERENCE)
                        .map(|d| (Lang::REFERENCE, d)))
                })
                .filter(|(_, d)| !d.trim().is_empty())
                .map(|(l, d)| Words::new(l, d.as_str()));
            (Words::said_as(lang, number.as_str(), said), what)
        })
        .collect();
    Some(Block::Helpline {
        heading: first.then(|| Words::new(lang, strings.get(lang, "crisis-heading"))),
        numbers,
        title: Words::new(lang, shown.title),
        target: Target::Open(id.to_owned()),
    })
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
