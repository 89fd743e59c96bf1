//! Physical keys: typing, the focus model (Tab, arrows, Enter, Escape) and
//! the staff chord.

use iced::Task;
use iced::keyboard::key::Named;
use iced::keyboard::{Event as KeyEvent, Key, Modifiers};

use super::screen::{Screen, results};
use super::staff::{self, Staff};
use super::{Kiosk, Message, Overlay, focus};

/// The staff chord: Ctrl+Alt+S opens the PIN panel.
pub const STAFF_CHORD: char = 's';

impl Kiosk {
    pub(super) fn key(&mut self, event: KeyEvent) -> Task<Message> {
        let KeyEvent::KeyPressed {
            key,
            modifiers,
            text,
            ..
        } = event
        else {
            return Task::none();
        };
        if is_staff_chord(&key, modifiers) {
            // Without a PIN there is no staff panel: a visitor who finds the
            // chord finds nothing.
            if self.setup.config.staff_pin.is_some() {
                self.visit.overlay = Some(Overlay::Staff(Staff::default()));
                self.visit.focus = None;
            }
            return Task::none();
        }
        if modifiers.control() || modifiers.alt() || modifiers.logo() {
            // Alt+F4 and other shortcuts do nothing on a kiosk.
            return Task::none();
        }
        match key {
            Key::Named(Named::Tab) => self.move_focus(!modifiers.shift()),
            Key::Named(Named::ArrowDown) => self.move_focus(true),
            Key::Named(Named::ArrowUp) => self.move_focus(false),
            Key::Named(Named::ArrowRight) => self.move_focus(!self.visit.lang.is_rtl()),
            Key::Named(Named::ArrowLeft) => self.move_focus(self.visit.lang.is_rtl()),
            Key::Named(Named::Enter) => return self.activate(),
            Key::Named(Named::Escape) => self.escape(),
            Key::Named(Named::Backspace) => return self.backspace(),
            // Speech mode, for visitors who cannot see the screen.
            Key::Named(Named::F2) => self.toggle_mode(),
            Key::Named(Named::F3) => {
                return self.update(Message::Speech(super::listen::SpeechMessage::Repeat));
            }
            _ => {
                if let Some(text) = text.filter(|t| t.chars().all(|c| !c.is_control())) {
                    return self.typed(&text);
                }
            }
        }
        Task::none()
    }

    fn move_focus(&mut self, forward: bool) {
        self.visit.keys_used = true;
        let targets = self.targets();
        self.visit.focus = focus::step(&targets, self.visit.focus.as_ref(), forward);
        self.speak_focus();
    }

    /// Enter does what a touch on the focused element does.
    fn activate(&mut self) -> Task<Message> {
        self.visit.keys_used = true;
        if let Some(Overlay::Staff(_)) = self.visit.overlay
            && self.visit.focus.is_none()
        {
            return self.update(Message::Staff(staff::Message::Enter));
        }
        match self.visit.focus.clone() {
            Some(message) => self.update(message),
            None => {
                if matches!(self.visit.screen, Screen::Welcome) && self.visit.overlay.is_none() {
                    self.update(Message::Welcome(super::welcome::Message::Start))
                } else {
                    Task::none()
                }
            }
        }
    }

    /// Escape closes a panel, else goes back a screen.
    fn escape(&mut self) {
        self.visit.keys_used = true;
        if self.visit.overlay.take().is_some() {
            self.visit.focus = None;
            return;
        }
        if let super::Screen::Quiz(_) = self.visit.screen {
            // In the questionnaire, Escape is its Back: one question back.
            let _ = self.update(Message::Quiz(super::screen::quiz::Target::Back));
            return;
        }
        if !self.visit.back.is_empty() {
            self.go_back();
        }
    }

    fn backspace(&mut self) -> Task<Message> {
        match (&self.visit.overlay, &self.visit.screen) {
            (Some(Overlay::Staff(_)), _) => self.update(Message::Staff(staff::Message::Backspace)),
            (None, Screen::Results(_)) => self.update(Message::Results(results::Message::Key(
                super::keyboard::Key::Backspace,
            ))),
            _ => Task::none(),
        }
    }

    /// Letters typed on a physical keyboard go to the search.
    fn typed(&mut self, text: &str) -> Task<Message> {
        match (&self.visit.overlay, &self.visit.screen) {
            (Some(Overlay::Staff(_)), _) => {
                for digit in text.chars() {
                    let _ = self.update(Message::Staff(staff::Message::Digit(digit)));
                }
                Task::none()
            }
            (Some(_), _) => Task::none(),
            (None, Screen::Results(_)) => {
                self.update(Message::Results(results::Message::Typed(text.to_owned())))
            }
            (None, Screen::Quiz(quiz)) => {
                // Digits type an age or a number of years; other letters
                // do not leave the questionnaire.
                let Some(key) = quiz.number_key() else {
                    return Task::none();
                };
                for digit in text.chars().filter_map(|c| c.to_digit(10)) {
                    let _ = self.update(Message::Quiz(super::screen::quiz::Target::Digit(
                        key, digit,
                    )));
                }
                Task::none()
            }
            (None, Screen::Welcome | Screen::Home | Screen::Detail(_)) => {
                if text.trim().is_empty() {
                    return Task::none();
                }
                self.go(Screen::Results(results::Results::search()));
                self.update(Message::Results(results::Message::Typed(text.to_owned())))
            }
        }
    }
}

fn is_staff_chord(key: &Key, modifiers: Modifiers) -> bool {
    modifiers.control()
        && modifiers.alt()
        && matches!(key, Key::Character(c) if c.eq_ignore_ascii_case(&STAFF_CHORD.to_string()))
}
