//! A screen's page, described once as data: an ordered list of blocks.
//! Three readers use it — `ui::draw` draws it, [`Page::spoken`] gives the
//! reading order that Listen and voice mode say, [`Page::targets`] gives the
//! focus order — so what is shown and what is said cannot drift apart.
//! No iced here: `guichet speak` and the tests read pages too.

use crate::lang::Lang;
use crate::speech::Utterance;
use crate::ui::icons::Icon;
use crate::ui::keyboard::Key;

/// A piece of text as shown, as said, and in which language (the voice,
/// and the reading direction it is drawn in).
#[derive(Debug, Clone, PartialEq)]
pub struct Words {
    pub shown: String,
    pub spoken: String,
    pub lang: Lang,
}

impl Words {
    /// Said as it is shown.
    pub fn new(lang: Lang, text: impl Into<String>) -> Self {
        let shown = text.into();
        Words {
            spoken: shown.clone(),
            shown,
            lang,
        }
    }

    /// Said differently from how it is shown: a number in groups, hours in
    /// words, a label before a value.
    pub fn said_as(lang: Lang, shown: impl Into<String>, spoken: impl Into<String>) -> Self {
        Words {
            shown: shown.into(),
            spoken: spoken.into(),
            lang,
        }
    }

    fn utterance(&self) -> Utterance {
        Utterance::new(self.lang, self.spoken.as_str())
    }
}

/// How large a heading or paragraph is drawn.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Size {
    Title,
    Section,
    Line,
    /// Small print (staff's problem list).
    Small,
}

/// How the lines of a list are marked.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Marker {
    /// Who can get it.
    Bullet,
    /// Steps, in order.
    Number,
    /// Things to bring: a box to tick.
    Check,
}

/// How a button looks.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Look {
    Primary,
    Card,
    /// "← Back", with its arrow.
    Back,
    /// As wide as the page and twice as tall: the idle warning's Continue.
    Large,
    /// A glossary word: help icon, the word bold in the accent colour.
    Term,
    /// The one thing to do on the page ("Touch the screen to start"):
    /// as wide as the page, twice as tall, its words as large as a title.
    Big,
    /// A language under its own name; the visit's language is marked.
    Language {
        selected: bool,
    },
    /// A key of a keypad: a fixed width, its label centred.
    Key,
    /// A picture over its label, in a tall tile (a category).
    Tile {
        icon: Icon,
    },
    /// An answer of the questionnaire: as wide as the page, at least a
    /// touch target and a quarter tall, its picture before the
    /// words; `chosen` looks selected, with a filled box at the end (a
    /// ticked sentence, the answer given before Back).
    Answer {
        icon: Option<Icon>,
        chosen: bool,
    },
    /// A key of the questionnaire's keypad (a digit, − or +): its sign
    /// centred, as large as a heading, filling its cell, a touch target tall.
    Pad,
}

/// How many cells a [`Block::Grid`] has per row.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Columns {
    /// Five on a wide screen, else two.
    Languages,
    /// As many 420-pixel tiles as fit, one to four.
    Tiles,
    /// Two on a wide screen, else one: the questionnaire's answers.
    Answers,
    /// Three, always: a keypad, a number between − and +.
    Three,
}

/// A key of the on-screen keyboard: what it types, what it shows and says
/// when it has the focus, and what it sends.
#[derive(Debug, Clone, PartialEq)]
pub struct KeyCap<T> {
    pub key: Key,
    pub label: Words,
    pub target: T,
}

/// The on-screen keyboard: rows of letters (the last the chosen Ethiopic
/// consonant's forms, when one is chosen), then the row of controls and the
/// key that hides the keyboard.
#[derive(Debug, Clone, PartialEq)]
pub struct Keyboard<T> {
    pub letters: Vec<Vec<KeyCap<T>>>,
    pub controls: Vec<KeyCap<T>>,
    /// The consonant whose forms are on show: it looks chosen.
    pub picked: Option<char>,
    /// "Hide the keyboard": its label and what it sends.
    pub hide: (Words, T),
}

impl<T> Keyboard<T> {
    /// Every key's label and what it sends, in focus order.
    pub fn keys(&self) -> impl Iterator<Item = (&Words, &T)> {
        self.letters
            .iter()
            .flatten()
            .chain(&self.controls)
            .map(|k| (&k.label, &k.target))
            .chain(std::iter::once((&self.hide.0, &self.hide.1)))
    }
}

#[derive(Debug, Clone, PartialEq)]
pub enum Block<T> {
    Heading(Words, Size),
    Paragraph(Words, Size),
    /// A framed notice (machine translation, French fallback, printer).
    Notice(Words),
    /// Lines marked by bullets or boxes.
    List(Vec<Words>, Marker),
    /// One numbered step: the number ("2.", said "Step 2:") and the step.
    Step {
        number: Words,
        words: Words,
    },
    /// A line with an icon: address, phone, e-mail, web address, hours.
    Contact {
        icon: Icon,
        words: Words,
    },
    /// "Open now · closes at 12:00": green when open, red when closed.
    Status {
        words: Words,
        open: bool,
    },
    Button {
        label: Words,
        target: T,
        look: Look,
    },
    /// Side by side (buttons), wrapping when the line is full.
    Row(Vec<Block<T>>),
    /// A framed group (an office and its hours).
    Panel(Vec<Block<T>>),
    /// Two columns on a wide screen, else one after the other.
    Split(Vec<Block<T>>, Vec<Block<T>>),
    /// The page's QR code and what it is for.
    Qr(Words),
    /// A short line in the accent colour naming what follows ("Word explained").
    Caption(Words),
    /// Buttons in rows of equal cells, each row in reading order.
    Grid(Vec<Block<T>>, Columns),
    /// The search field: the words typed so far, or an example in grey.
    /// A touch opens the keyboard.
    Search {
        words: Words,
        typed: bool,
        target: T,
    },
    /// A service found: its category's picture, its title and the first
    /// sentence of its summary. A touch opens it.
    Card {
        icon: Icon,
        title: Words,
        summary: Words,
        target: T,
    },
    /// A helpline before all results: what to do (on the first), each
    /// number large with what it is for, the service's title.
    Helpline {
        heading: Option<Words>,
        numbers: Vec<(Words, Option<Words>)>,
        title: Words,
        target: T,
    },
    /// The on-screen keyboard. Its keys are controls, not text: each says
    /// itself when it has the focus, and the reading leaves them out.
    Keyboard(Keyboard<T>),
}

/// A screen's page: its blocks in reading order.
#[derive(Debug, Clone, PartialEq)]
pub struct Page<T> {
    pub blocks: Vec<Block<T>>,
}

impl<T> Default for Page<T> {
    fn default() -> Self {
        Page { blocks: Vec::new() }
    }
}

impl<T: Clone + PartialEq> Page<T> {
    pub fn push(&mut self, block: Block<T>) {
        self.blocks.push(block);
    }

    /// Every piece of text of the page in reading order, each once.
    pub fn words(&self) -> Vec<&Words> {
        let mut out = Vec::new();
        walk(&self.blocks, &mut |block| match block {
            Block::Heading(w, _)
            | Block::Paragraph(w, _)
            | Block::Notice(w)
            | Block::Contact { words: w, .. }
            | Block::Status { words: w, .. }
            | Block::Button { label: w, .. }
            | Block::Qr(w)
            | Block::Caption(w)
            | Block::Search { words: w, .. } => out.push(w),
            Block::List(items, _) => out.extend(items),
            Block::Step { number, words } => out.extend([number, words]),
            Block::Card { title, summary, .. } => out.extend([title, summary]),
            Block::Helpline {
                heading,
                numbers,
                title,
                ..
            } => {
                out.extend(heading);
                for (number, what) in numbers {
                    out.push(number);
                    out.extend(what);
                }
                out.push(title);
            }
            Block::Row(_)
            | Block::Panel(_)
            | Block::Split(..)
            | Block::Grid(..)
            | Block::Keyboard(_) => {}
        });
        out
    }

    /// What Listen and voice mode say: every text shown, in order.
    pub fn spoken(&self) -> Vec<Utterance> {
        self.words().into_iter().map(Words::utterance).collect()
    }

    /// The texts as drawn, in reading order.
    pub fn shown(&self) -> Vec<&str> {
        self.words().into_iter().map(|w| w.shown.as_str()).collect()
    }

    /// The actionable elements in focus (Tab) order.
    pub fn targets(&self) -> Vec<T> {
        let mut out = Vec::new();
        walk(&self.blocks, &mut |block| match block {
            Block::Button { target, .. }
            | Block::Search { target, .. }
            | Block::Card { target, .. }
            | Block::Helpline { target, .. } => out.push(target.clone()),
            Block::Keyboard(keyboard) => out.extend(keyboard.keys().map(|(_, t)| t.clone())),
            _ => {}
        });
        out
    }

    /// What a focused element says: its label (a card, its title).
    pub fn label(&self, target: &T) -> Option<Utterance> {
        let mut found = None;
        walk(&self.blocks, &mut |block| {
            let label = match block {
                Block::Button {
                    label, target: t, ..
                }
                | Block::Search {
                    words: label,
                    target: t,
                    ..
                }
                | Block::Card {
                    title: label,
                    target: t,
                    ..
                }
                | Block::Helpline {
                    title: label,
                    target: t,
                    ..
                } => (t == target).then_some(label),
                Block::Keyboard(keyboard) => keyboard
                    .keys()
                    .find(|(_, t)| *t == target)
                    .map(|(label, _)| label),
                _ => None,
            };
            if found.is_none() {
                found = label.map(Words::utterance);
            }
        });
        found
    }

    /// The same page whose elements send `f(target)`.
    pub fn map<U>(self, f: &impl Fn(T) -> U) -> Page<U> {
        Page {
            blocks: self.blocks.into_iter().map(|b| b.map(f)).collect(),
        }
    }
}

impl<T> Block<T> {
    /// The same block whose elements send `f(target)`.
    pub fn map<U>(self, f: &impl Fn(T) -> U) -> Block<U> {
        let all = |blocks: Vec<Block<T>>| blocks.into_iter().map(|b| b.map(f)).collect();
        let cap = |k: KeyCap<T>| KeyCap {
            key: k.key,
            label: k.label,
            target: f(k.target),
        };
        match self {
            Block::Heading(w, s) => Block::Heading(w, s),
            Block::Paragraph(w, s) => Block::Paragraph(w, s),
            Block::Notice(w) => Block::Notice(w),
            Block::List(items, m) => Block::List(items, m),
            Block::Step { number, words } => Block::Step { number, words },
            Block::Contact { icon, words } => Block::Contact { icon, words },
            Block::Status { words, open } => Block::Status { words, open },
            Block::Button {
                label,
                target,
                look,
            } => Block::Button {
                label,
                target: f(target),
                look,
            },
            Block::Row(inner) => Block::Row(all(inner)),
            Block::Panel(inner) => Block::Panel(all(inner)),
            Block::Split(a, b) => Block::Split(all(a), all(b)),
            Block::Qr(w) => Block::Qr(w),
            Block::Caption(w) => Block::Caption(w),
            Block::Grid(items, c) => Block::Grid(all(items), c),
            Block::Search {
                words,
                typed,
                target,
            } => Block::Search {
                words,
                typed,
                target: f(target),
            },
            Block::Card {
                icon,
                title,
                summary,
                target,
            } => Block::Card {
                icon,
                title,
                summary,
                target: f(target),
            },
            Block::Helpline {
                heading,
                numbers,
                title,
                target,
            } => Block::Helpline {
                heading,
                numbers,
                title,
                target: f(target),
            },
            Block::Keyboard(k) => Block::Keyboard(Keyboard {
                letters: k
                    .letters
                    .into_iter()
                    .map(|row| row.into_iter().map(cap).collect())
                    .collect(),
                controls: k.controls.into_iter().map(cap).collect(),
                picked: k.picked,
                hide: (k.hide.0, f(k.hide.1)),
            }),
        }
    }
}

/// Visits every block, containers before their contents, in reading order.
fn walk<'a, T>(blocks: &'a [Block<T>], visit: &mut impl FnMut(&'a Block<T>)) {
    for block in blocks {
        visit(block);
        match block {
            Block::Row(inner) | Block::Panel(inner) | Block::Grid(inner, _) => walk(inner, visit),
            Block::Split(first, second) => {
                walk(first, visit);
                walk(second, visit);
            }
            _ => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reading_and_focus_follow_the_blocks_in_order() {
        let fr = |s: &str| Words::new(Lang::Fr, s);
        let page = Page {
            blocks: vec![
                Block::Row(vec![Block::Button {
                    label: fr("Retour"),
                    target: 1,
                    look: Look::Card,
                }]),
                Block::Split(
                    vec![Block::Heading(fr("Titre"), Size::Title)],
                    vec![Block::Panel(vec![Block::Contact {
                        icon: Icon::Phone,
                        words: Words::said_as(Lang::Fr, "022 1", "Téléphone: 022, 1"),
                    }])],
                ),
                Block::Button {
                    label: fr("Imprimer"),
                    target: 2,
                    look: Look::Primary,
                },
            ],
        };
        assert_eq!(page.shown(), ["Retour", "Titre", "022 1", "Imprimer"]);
        let said: Vec<String> = page.spoken().into_iter().map(|u| u.text).collect();
        assert_eq!(said, ["Retour", "Titre", "Téléphone: 022, 1", "Imprimer"]);
        assert_eq!(page.targets(), [1, 2]);
        assert_eq!(page.label(&2).map(|u| u.text), Some("Imprimer".to_owned()));
        assert_eq!(page.label(&3), None);
    }

    #[test]
    fn grids_cards_and_the_keyboard_give_targets_and_labels_in_order() {
        let fr = |s: &str| Words::new(Lang::Fr, s);
        let keyboard = Keyboard {
            letters: vec![vec![KeyCap {
                key: Key::Text("a"),
                label: fr("a"),
                target: 4,
            }]],
            controls: vec![KeyCap {
                key: Key::Space,
                label: fr("Espace"),
                target: 5,
            }],
            picked: None,
            hide: (fr("Cacher le clavier"), 6),
        };
        let page = Page {
            blocks: vec![
                Block::Search {
                    words: Words::said_as(Lang::Fr, "loyer|", "Résultats pour « loyer »"),
                    typed: true,
                    target: 1,
                },
                Block::Grid(
                    vec![Block::Button {
                        label: fr("Santé"),
                        target: 2,
                        look: Look::Tile {
                            icon: Icon::Category("stethoscope.svg".into()),
                        },
                    }],
                    Columns::Tiles,
                ),
                Block::Card {
                    icon: Icon::Search,
                    title: fr("Titre"),
                    summary: fr("Une phrase."),
                    target: 3,
                },
                Block::Keyboard(keyboard),
            ],
        };
        assert_eq!(page.targets(), [1, 2, 3, 4, 5, 6]);
        // Keys are controls: not in the reading, but each says itself.
        assert_eq!(page.shown(), ["loyer|", "Santé", "Titre", "Une phrase."]);
        let said: Vec<String> = page.spoken().into_iter().map(|u| u.text).collect();
        assert_eq!(said[0], "Résultats pour « loyer »");
        assert_eq!(page.label(&5).map(|u| u.text), Some("Espace".to_owned()));
        assert_eq!(page.label(&3).map(|u| u.text), Some("Titre".to_owned()));
        // Mapping keeps everything but what the elements send.
        let mapped = page.clone().map(&|t| t * 10);
        assert_eq!(mapped.targets(), [10, 20, 30, 40, 50, 60]);
        assert_eq!(mapped.shown(), page.shown());
    }
}
