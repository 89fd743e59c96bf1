//! A screen's page, described once as data: an ordered list of blocks.
//! Three readers use it — `ui::draw` draws it, [`Page::spoken`] gives the
//! reading order that Listen and voice mode say, [`Page::targets`] gives the
//! focus order — so what is shown and what is said cannot drift apart.
//! No iced here: `guichet speak` and the tests read pages too.

use crate::lang::Lang;
use crate::speech::Utterance;

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
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Look {
    Primary,
    Card,
    /// "← Back", with its arrow.
    Back,
    /// As wide as the page and twice as tall: the idle warning's Continue.
    Large,
    /// A glossary word: help icon, the word bold in the accent colour.
    Term,
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
        icon: &'static str,
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
            | Block::Qr(w) => out.push(w),
            Block::List(items, _) => out.extend(items),
            Block::Step { number, words } => out.extend([number, words]),
            Block::Row(_) | Block::Panel(_) | Block::Split(..) => {}
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
        walk(&self.blocks, &mut |block| {
            if let Block::Button { target, .. } = block {
                out.push(target.clone());
            }
        });
        out
    }

    /// What a focused element says: its label.
    pub fn label(&self, target: &T) -> Option<Utterance> {
        let mut found = None;
        walk(&self.blocks, &mut |block| {
            if let Block::Button {
                label, target: t, ..
            } = block
                && t == target
                && found.is_none()
            {
                found = Some(label.utterance());
            }
        });
        found
    }
}

/// Visits every block, containers before their contents, in reading order.
fn walk<'a, T>(blocks: &'a [Block<T>], visit: &mut impl FnMut(&'a Block<T>)) {
    for block in blocks {
        visit(block);
        match block {
            Block::Row(inner) | Block::Panel(inner) => walk(inner, visit),
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
                        icon: "phone",
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
}
