//! The panels over a screen that are described as pages: Help, a glossary
//! word, and the idle warning "Are you still there?".

use super::page::{Block, Look, Page, Size, Words};
use crate::content::{Glossary, Term};
use crate::i18n::{Arg, Strings};
use crate::lang::Lang;

/// What can have the focus on these panels.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Target {
    Close,
    StillHere,
    /// A language on the toolbar's panel.
    Choose(Lang),
}

impl Target {
    pub fn message(self) -> super::Message {
        match self {
            Target::Close => super::Message::CloseOverlay,
            Target::StillHere => super::Message::StillHere,
            Target::Choose(lang) => super::Message::Language(lang),
        }
    }
}

/// The toolbar's language panel: every language under its own name.
pub fn languages(strings: &Strings, lang: Lang, languages: &[Lang]) -> Page<Target> {
    let t = |id: &str| Words::new(lang, strings.get(lang, id));
    Page {
        blocks: vec![
            Block::Heading(t("welcome-choose-language"), Size::Title),
            super::screen::welcome::language_grid(strings, lang, languages, Target::Choose),
            Block::Button {
                label: t("close"),
                target: Target::Close,
                look: Look::Card,
            },
        ],
    }
}

/// Help: ask at the desk, and how the kiosk is used; with `counts_use`
/// (insight on), what is counted of visits.
pub fn help(strings: &Strings, lang: Lang, counts_use: bool) -> Page<Target> {
    let t = |id: &str| Words::new(lang, strings.get(lang, id));
    let mut blocks = vec![
        Block::Heading(t("toolbar-help"), Size::Title),
        Block::Notice(t("help-ask-at-desk")),
        Block::Paragraph(t("help-how"), Size::Section),
    ];
    if counts_use {
        blocks.push(Block::Paragraph(t("help-insight"), Size::Section));
    }
    blocks.push(Block::Button {
        label: t("close"),
        target: Target::Close,
        look: Look::Primary,
    });
    Page { blocks }
}

/// "Are you still there?", the seconds left in numbers, and a large Continue.
pub fn idle(strings: &Strings, lang: Lang, seconds: u64) -> Page<Target> {
    let t = |id: &str| Words::new(lang, strings.get(lang, id));
    let body = strings.get_with(
        lang,
        "idle-body",
        &[("seconds", Arg::Number(seconds as i64))],
    );
    Page {
        blocks: vec![
            Block::Heading(t("idle-title"), Size::Title),
            Block::Paragraph(Words::new(lang, body), Size::Section),
            Block::Button {
                label: t("idle-continue"),
                target: Target::StillHere,
                look: Look::Large,
            },
        ],
    }
}

/// A glossary word explained: "This word means:", the word, its
/// explanation (in French when not written in the visitor's language).
pub fn glossary(strings: &Strings, lang: Lang, glossary: &Glossary, id: &str) -> Page<Target> {
    let mut blocks = glossary
        .term(id)
        .map(|term| self::term(strings, lang, term))
        .unwrap_or_default();
    blocks.push(Block::Button {
        label: Words::new(lang, strings.get(lang, "close")),
        target: Target::Close,
        look: Look::Primary,
    });
    Page { blocks }
}

/// "This word means:", the word, its explanation (in French when not
/// written in the visitor's language, then read by the French voice).
pub fn term<T>(strings: &Strings, lang: Lang, term: &Term) -> Vec<Block<T>> {
    let Some((own, text)) = term.text(lang) else {
        return Vec::new();
    };
    vec![
        Block::Heading(
            Words::new(lang, strings.get(lang, "glossary-means")),
            Size::Section,
        ),
        Block::Heading(Words::new(own, term.headword(lang)), Size::Title),
        Block::Paragraph(
            Words::new(own, text.explanation.get_ref().as_str()),
            Size::Section,
        ),
    ]
}
