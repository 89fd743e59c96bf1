//! Every size the views use, in one place. Sizes are logical pixels at
//! normal text size, drawn for a 24-inch 1080p screen (92 dpi); larger text
//! and the `scale` setting multiply them all through the window's scale
//! factor, on top of the compositor's own scale.

/// The screen these sizes were drawn for: the `--windowed` window, and the
/// size assumed until the window reports its own (the Simulator's tests).
pub const DESIGN_SCREEN: iced::Size = iced::Size::new(1920.0, 1080.0);

/// Body text: at least 24 px at normal size.
pub const TEXT: f32 = 26.0;
/// Small print is never smaller than this.
pub const TEXT_SMALL: f32 = 24.0;
pub const TEXT_BUTTON: f32 = 28.0;
pub const TEXT_HEADING: f32 = 34.0;
pub const TEXT_TITLE: f32 = 46.0;
pub const TEXT_KEY: f32 = 32.0;
/// A helpline's number in a crisis: readable from a step away.
pub const TEXT_HELPLINE: f32 = 72.0;

/// The smallest touch target: at least 60 px.
pub const TOUCH: f32 = 72.0;
/// Twelve keys of about 110 px, and room for the bottom row's four.
pub const KEYBOARD_WIDTH: f32 = 1500.0;
pub const TILE_HEIGHT: f32 = 190.0;
pub const ICON: f32 = 80.0;
pub const ICON_SMALL: f32 = 48.0;
pub const QR: f32 = 240.0;

pub const SPACING: f32 = 16.0;
pub const SPACING_LARGE: f32 = 32.0;
pub const PADDING: f32 = 24.0;
pub const PADDING_BUTTON: f32 = 16.0;
pub const RADIUS: f32 = 14.0;
pub const BORDER: f32 = 2.0;
/// Thick enough to see from a step away.
pub const FOCUS_RING: f32 = 6.0;

/// A finger that moves farther than this from where it landed slides (and
/// scrolls); nearer, it still taps.
pub const SLIDE: f32 = 16.0;

/// Below this logical width (large text), the toolbar stacks icon and label.
pub const COMPACT_WIDTH: f32 = 1400.0;

/// Cards and text stay readable on wide screens.
pub const MAX_TEXT_WIDTH: f32 = 1300.0;

/// The three steps of the Text size button.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum TextSize {
    #[default]
    Normal,
    Large,
    Largest,
}

impl TextSize {
    pub fn next(self) -> TextSize {
        match self {
            TextSize::Normal => TextSize::Large,
            TextSize::Large => TextSize::Largest,
            TextSize::Largest => TextSize::Normal,
        }
    }

    /// The window's scale factor: the largest step is 200 %.
    pub fn scale(self) -> f32 {
        match self {
            TextSize::Normal => 1.0,
            TextSize::Large => 1.5,
            TextSize::Largest => 2.0,
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            TextSize::Normal => "text-size-normal",
            TextSize::Large => "text-size-large",
            TextSize::Largest => "text-size-largest",
        }
    }
}

// The accessibility floor, checked when the kiosk is compiled: body text at
// least 24 px and touch targets at least 60 px at normal size; twelve keys
// and their gaps fit the keyboard at 60 px or more.
const _: () = {
    assert!(TEXT >= 24.0 && TEXT_SMALL >= 24.0 && TEXT_BUTTON >= 24.0);
    assert!(TEXT_HEADING >= 24.0 && TEXT_TITLE >= 24.0 && TEXT_KEY >= 24.0);
    assert!(TOUCH >= 60.0 && TILE_HEIGHT >= TOUCH);
    assert!((KEYBOARD_WIDTH - 11.0 * SPACING / 2.0) / 12.0 >= 60.0);
};

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_size_steps_reach_200_percent_and_cycle() {
        assert_eq!(TextSize::Largest.scale(), 2.0);
        assert_eq!(TextSize::Normal.next().next().next(), TextSize::Normal);
    }
}
