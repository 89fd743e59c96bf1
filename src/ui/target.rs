//! What can have the keyboard focus, as its own small type: each part of
//! the kiosk names its elements, and a target knows the message a touch on
//! it sends. Focus is never keyed by `Message`.

use super::listen::Control;
use super::screen;
use super::{Message, overlays, staff, toolbar};

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Target {
    Screen(screen::Target),
    /// Help, a glossary word, the languages, the idle warning.
    Panel(overlays::Target),
    Staff(staff::Target),
    Tool(toolbar::Message),
    Speech(Control),
}

impl Target {
    /// What a touch on it (or Enter) sends.
    pub fn message(self) -> Message {
        match self {
            Target::Screen(t) => t.message(),
            Target::Panel(t) => t.message(),
            Target::Staff(t) => Message::Staff(t.message()),
            Target::Tool(t) => Message::Toolbar(t),
            Target::Speech(t) => Message::Speech(t.message()),
        }
    }
}
