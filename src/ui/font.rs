//! The fonts, embedded so every script is drawn on every machine.

use iced::Font;
use iced::font::Weight;

/// Latin and Cyrillic; Arabic and Ethiopic come from their Noto families
/// through font fallback.
pub const SANS: Font = Font::with_name("Noto Sans");
pub const BOLD: Font = Font {
    weight: Weight::Bold,
    ..SANS
};

/// Every font file shipped, loaded at start-up and in the UI tests.
pub const FILES: [&[u8]; 6] = crate::fonts::FILES;

/// iced settings with the kiosk's fonts, for the app and the simulator.
pub fn settings() -> iced::Settings {
    iced::Settings {
        default_font: SANS,
        default_text_size: super::sizes::TEXT.into(),
        fonts: FILES.iter().map(|bytes| (*bytes).into()).collect(),
        ..iced::Settings::default()
    }
}
