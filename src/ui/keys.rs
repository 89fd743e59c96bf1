//! Physical keys: typing, the focus model (Tab, arrows, Enter, Escape) and
//! the staff chord.

use iced::Task;
use iced::keyboard::key::Named;
use iced::keyboard::{Event as KeyEvent, Key, Modifiers};

use super::screen::Screen;
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
            Some(target) => self.update(target.message()),
            None if self.visit.overlay.is_none() => match self.visit.screen.on_enter() {
                Some(message) => self.update(message),
                None => Task::none(),
            },
            None => Task::none(),
        }
    }

    /// Escape closes a panel, else does what the screen asks (the
    /// questionnaire: one question back), else goes back a screen.
    fn escape(&mut self) {
        self.visit.keys_used = true;
        if self.visit.overlay.take().is_some() {
            self.visit.focus = None;
            return;
        }
        if let Some(message) = self.visit.screen.on_escape() {
            let _ = self.update(message);
            return;
        }
        if !self.visit.back.is_empty() {
            self.go_back();
        }
    }

    fn backspace(&mut self) -> Task<Message> {
        match &self.visit.overlay {
            Some(Overlay::Staff(_)) => self.update(Message::Staff(staff::Message::Backspace)),
            Some(_) => Task::none(),
            None => match self.visit.screen.on_backspace() {
                Some(message) => self.update(message),
                None => Task::none(),
            },
        }
    }

    /// Letters typed on a physical keyboard go to the screen that takes
    /// them (the questionnaire's keypad), else to the search; a screen
    /// without one opens it first.
    fn typed(&mut self, text: &str) -> Task<Message> {
        match &self.visit.overlay {
            Some(Overlay::Staff(_)) => {
                for digit in text.chars() {
                    let _ = self.update(Message::Staff(staff::Message::Digit(digit)));
                }
                Task::none()
            }
            Some(_) => Task::none(),
            None => {
                if let Some(messages) = self.visit.screen.takes_typing(text) {
                    for message in messages {
                        let _ = self.update(message);
                    }
                    return Task::none();
                }
                if !self.visit.screen.searches() {
                    if text.trim().is_empty() {
                        return Task::none();
                    }
                    self.go(Screen::search());
                }
                self.update(Screen::typed(text))
            }
        }
    }
}

fn is_staff_chord(key: &Key, modifiers: Modifiers) -> bool {
    modifiers.control()
        && modifiers.alt()
        && matches!(key, Key::Character(c) if c.eq_ignore_ascii_case(&STAFF_CHORD.to_string()))
}
