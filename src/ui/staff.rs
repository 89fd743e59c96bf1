//! The staff panel, behind the key chord and the PIN: what is wrong with the
//! catalogue or the settings, and the way out of the kiosk. Without a PIN
//! set there is no panel at all (see `keys.rs`). The PIN is checked off the
//! UI thread (a stretched hash takes time): the kiosk keeps answering.

use iced::widget::{container, scrollable};
use iced::{Element, Length, Task};

use super::draw;
use super::focus::Focus;
use super::page::{Block, Look, Page, Size, Words};
use super::sizes;
use super::widgets::Cx;
use crate::config::PinHash;
use crate::i18n::{Arg, Strings};
use crate::lang::Lang;

/// Wrong PINs allowed before the panel closes.
pub const MAX_ATTEMPTS: u8 = 3;
const MAX_PIN_DIGITS: usize = 12;

#[derive(Debug, Default)]
pub struct Staff {
    pin: String,
    wrong: u8,
    unlocked: bool,
    /// A PIN is being checked; Enter waits for the answer.
    checking: bool,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Message {
    Digit(char),
    Backspace,
    Enter,
    /// The PIN check's answer.
    Checked(bool),
    Exit,
    Close,
}

impl Message {
    /// From the PIN check, not from a person.
    pub fn is_report(&self) -> bool {
        matches!(self, Message::Checked(_))
    }
}

/// What can have the focus on the panel.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Target {
    Digit(char),
    Backspace,
    Enter,
    Exit,
    Close,
}

impl Target {
    pub fn message(self) -> Message {
        match self {
            Target::Digit(d) => Message::Digit(d),
            Target::Backspace => Message::Backspace,
            Target::Enter => Message::Enter,
            Target::Exit => Message::Exit,
            Target::Close => Message::Close,
        }
    }
}

pub enum Action {
    None,
    Exit,
    Close,
    /// Check this PIN, away from the UI thread; answer with `Checked`.
    Check(String),
}

impl Staff {
    pub fn is_unlocked(&self) -> bool {
        self.unlocked
    }

    pub fn is_checking(&self) -> bool {
        self.checking
    }

    /// The keypad opens locked: only the right PIN unlocks it.
    pub fn update(&mut self, message: Message) -> Action {
        match message {
            Message::Digit(d) if d.is_ascii_digit() && self.pin.len() < MAX_PIN_DIGITS => {
                self.pin.push(d);
            }
            Message::Digit(_) => {}
            Message::Backspace => {
                self.pin.pop();
            }
            Message::Enter if self.checking || self.unlocked => {}
            Message::Enter => {
                self.checking = true;
                return Action::Check(std::mem::take(&mut self.pin));
            }
            Message::Checked(right) => {
                self.checking = false;
                self.unlocked = right;
                if !right {
                    self.wrong += 1;
                    if self.wrong >= MAX_ATTEMPTS {
                        return Action::Close;
                    }
                }
            }
            Message::Exit if self.unlocked => return Action::Exit,
            Message::Exit => {}
            Message::Close => return Action::Close,
        }
        Action::None
    }

    /// The panel: the keypad, or (unlocked) the way out and the problems.
    pub fn page(&self, strings: &Strings, lang: Lang, problems: [&[String]; 3]) -> Page<Target> {
        let t = |id: &str| Words::new(lang, strings.get(lang, id));
        let close = Block::Button {
            label: t("staff-back"),
            target: Target::Close,
            look: Look::Card,
        };
        let mut blocks = Vec::new();
        if self.unlocked {
            let count: usize = problems.iter().map(|p| p.len()).sum();
            let heading = strings.get_with(
                lang,
                "staff-content-problems",
                &[("count", Arg::Number(count as i64))],
            );
            blocks.push(Block::Row(vec![
                Block::Button {
                    label: t("staff-exit"),
                    target: Target::Exit,
                    look: Look::Primary,
                },
                close,
            ]));
            blocks.push(Block::Heading(Words::new(lang, heading), Size::Section));
            // Staff read these in the language they were written in (English).
            blocks.extend(
                problems
                    .iter()
                    .flat_map(|p| p.iter())
                    .map(|p| Block::Paragraph(Words::new(Lang::En, p.as_str()), Size::Small)),
            );
        } else {
            blocks.push(Block::Heading(t("staff-pin"), Size::Section));
            // The digits never show, nor are they said: only how many.
            let dots = "•".repeat(self.pin.len());
            blocks.push(Block::Paragraph(
                Words::said_as(lang, dots, self.pin.len().to_string()),
                Size::Title,
            ));
            if self.wrong > 0 && !self.checking {
                blocks.push(Block::Notice(t("staff-wrong-pin")));
            }
            let key = |label: String, target| Block::Button {
                label: Words::new(lang, label),
                target,
                look: Look::Key,
            };
            for row in [['1', '2', '3'], ['4', '5', '6'], ['7', '8', '9']] {
                blocks.push(Block::Row(
                    row.iter()
                        .map(|&d| key(d.to_string(), Target::Digit(d)))
                        .collect(),
                ));
            }
            blocks.push(Block::Row(vec![
                key("←".to_owned(), Target::Backspace),
                key("0".to_owned(), Target::Digit('0')),
                key(strings.get(lang, "staff-enter"), Target::Enter),
            ]));
            blocks.push(close);
        }
        Page { blocks }
    }

    pub fn view<'a>(
        cx: &Cx<'a>,
        focus: &Focus<Target>,
        page: Page<Target>,
    ) -> Element<'a, Message> {
        let drawn = draw::page(cx, focus, page, None);
        let drawn: Element<'a, Target> = scrollable(container(drawn).padding(sizes::PADDING))
            .height(Length::Fill)
            .into();
        drawn.map(Target::message)
    }
}

/// Checks `pin` against `hash` on a thread of its own; the answer comes
/// back as a message, so the kiosk keeps drawing and answering meanwhile.
pub fn check(hash: PinHash, pin: String) -> Task<Message> {
    let (sender, answer) = iced::futures::channel::oneshot::channel();
    std::thread::spawn(move || {
        let _ = sender.send(hash.matches(&pin));
    });
    Task::perform(answer, |right| Message::Checked(right.unwrap_or(false)))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Runs the PIN check the way the kiosk does, and feeds its answer back.
    fn enter(staff: &mut Staff, hash: &PinHash) -> Action {
        match staff.update(Message::Enter) {
            Action::Check(pin) => {
                assert!(staff.is_checking());
                staff.update(Message::Checked(hash.matches(&pin)))
            }
            other => other,
        }
    }

    #[test]
    fn the_right_pin_unlocks_and_wrong_ones_close() {
        let hash = PinHash::with_salt("2468", b"test salt").unwrap();
        let mut staff = Staff::default();
        assert!(!staff.is_unlocked());
        assert!(matches!(staff.update(Message::Exit), Action::None));
        // Enter with no digits is a wrong PIN, never a way in.
        enter(&mut staff, &hash);
        assert!(!staff.is_unlocked());
        for d in "2468".chars() {
            staff.update(Message::Digit(d));
        }
        enter(&mut staff, &hash);
        assert!(staff.is_unlocked());
        assert!(matches!(staff.update(Message::Exit), Action::Exit));

        let mut staff = Staff::default();
        for attempt in 1..=MAX_ATTEMPTS {
            staff.update(Message::Digit('1'));
            let action = enter(&mut staff, &hash);
            assert_eq!(matches!(action, Action::Close), attempt == MAX_ATTEMPTS);
        }
    }

    #[test]
    fn a_second_enter_while_checking_starts_no_second_check() {
        let mut staff = Staff::default();
        staff.update(Message::Digit('1'));
        assert!(matches!(staff.update(Message::Enter), Action::Check(p) if p == "1"));
        assert!(matches!(staff.update(Message::Enter), Action::None));
        staff.update(Message::Checked(false));
        assert!(!staff.is_checking());
    }

    #[test]
    fn the_keypad_page_never_holds_the_digits() {
        let strings = Strings::embedded().0;
        let mut staff = Staff::default();
        for d in "2468".chars() {
            staff.update(Message::Digit(d));
        }
        let page = staff.page(&strings, Lang::Fr, [&[], &[], &[]]);
        let said: Vec<String> = page.spoken().into_iter().map(|u| u.text).collect();
        assert!(page.shown().contains(&"••••"));
        assert!(said.contains(&"4".to_owned()));
        assert!(!said.iter().any(|s| s.contains("2468")));
        assert_eq!(page.targets().len(), 13, "ten digits, ←, Enter, Close");
    }
}
