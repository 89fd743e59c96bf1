//! The staff panel, behind the key chord and the PIN: what is wrong with the
//! catalogue or the settings, and the way out of the kiosk. Without a PIN
//! set there is no panel at all (see `keys.rs`).

use iced::widget::{Column, column, container, scrollable, text};
use iced::{Element, Length};

use super::focus::Focus;
use super::sizes;
use super::theme::Kind;
use super::widgets::Cx;
use crate::config::PinHash;

/// Wrong PINs allowed before the panel closes.
pub const MAX_ATTEMPTS: u8 = 3;
const MAX_PIN_DIGITS: usize = 12;

#[derive(Debug, Default)]
pub struct Staff {
    pin: String,
    wrong: u8,
    unlocked: bool,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Message {
    Digit(char),
    Backspace,
    Enter,
    Exit,
    Close,
}

pub enum Action {
    None,
    Exit,
    Close,
}

impl Staff {
    pub fn is_unlocked(&self) -> bool {
        self.unlocked
    }

    /// The keypad opens locked: only `pin` unlocks it.
    pub fn update(&mut self, message: Message, pin: &PinHash) -> Action {
        match message {
            Message::Digit(d) if d.is_ascii_digit() && self.pin.len() < MAX_PIN_DIGITS => {
                self.pin.push(d);
            }
            Message::Digit(_) => {}
            Message::Backspace => {
                self.pin.pop();
            }
            Message::Enter => {
                self.unlocked = pin.matches(&self.pin);
                self.pin.clear();
                if !self.unlocked {
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

    pub fn view<'a>(
        &'a self,
        cx: &Cx<'a>,
        focus: &Focus<Message>,
        problems: [&'a [String]; 3],
    ) -> Element<'a, Message> {
        let count: usize = problems.iter().map(|p| p.len()).sum();
        let close = cx.text_button(focus, cx.t("staff-back"), Message::Close, Kind::Card);
        let body: Element<'a, Message> = if self.unlocked {
            let mut lines: Vec<Element<'a, Message>> = vec![
                cx.heading(
                    cx.t_with(
                        "staff-content-problems",
                        &[("count", crate::i18n::Arg::Number(count as i64))],
                    ),
                    sizes::TEXT_HEADING,
                )
                .into(),
            ];
            lines.extend(
                problems
                    .iter()
                    .flat_map(|p| p.iter())
                    .map(|p| text(p.as_str()).size(sizes::TEXT_SMALL).into()),
            );
            column![
                cx.row(vec![
                    cx.text_button(focus, cx.t("staff-exit"), Message::Exit, Kind::Primary)
                        .into(),
                    close.into(),
                ]),
                scrollable(Column::with_children(lines).spacing(sizes::SPACING / 2.0))
                    .height(Length::Fill),
            ]
            .spacing(sizes::SPACING)
            .into()
        } else {
            let dots = "•".repeat(self.pin.len());
            let mut parts: Vec<Element<'a, Message>> = vec![
                cx.heading(cx.t("staff-pin"), sizes::TEXT_HEADING).into(),
                text(dots).size(sizes::TEXT_TITLE).into(),
            ];
            if self.wrong > 0 {
                parts.push(cx.notice(cx.t("staff-wrong-pin")));
            }
            let key = |label: String, message: Message| -> Element<'a, Message> {
                cx.wide_button(focus, label, message, Kind::Key)
                    .width(Length::Fixed(sizes::TOUCH * 2.0))
                    .into()
            };
            for row in [['1', '2', '3'], ['4', '5', '6'], ['7', '8', '9']] {
                parts.push(
                    cx.row(
                        row.iter()
                            .map(|&d| key(d.to_string(), Message::Digit(d)))
                            .collect(),
                    )
                    .into(),
                );
            }
            parts.push(
                cx.row(vec![
                    key("←".to_owned(), Message::Backspace),
                    key("0".to_owned(), Message::Digit('0')),
                    key(cx.t("staff-enter"), Message::Enter),
                ])
                .into(),
            );
            parts.push(close.into());
            Column::with_children(parts).spacing(sizes::SPACING).into()
        };
        container(body).padding(sizes::PADDING).into()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_right_pin_unlocks_and_wrong_ones_close() {
        let hash = PinHash::with_salt("2468", b"test salt").unwrap();
        let mut staff = Staff::default();
        assert!(!staff.is_unlocked());
        assert!(matches!(staff.update(Message::Exit, &hash), Action::None));
        // Enter with no digits is a wrong PIN, never a way in.
        staff.update(Message::Enter, &hash);
        assert!(!staff.is_unlocked());
        for d in "2468".chars() {
            staff.update(Message::Digit(d), &hash);
        }
        staff.update(Message::Enter, &hash);
        assert!(staff.is_unlocked());
        assert!(matches!(staff.update(Message::Exit, &hash), Action::Exit));

        let mut staff = Staff::default();
        for attempt in 1..=MAX_ATTEMPTS {
            staff.update(Message::Digit('1'), &hash);
            let action = staff.update(Message::Enter, &hash);
            assert_eq!(matches!(action, Action::Close), attempt == MAX_ATTEMPTS);
        }
    }
}
