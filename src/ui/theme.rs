//! The kiosk's three looks, as a type: colours chosen for contrast, and the
//! style functions every widget uses.

use iced::widget::{button as iced_button, container, svg};
use iced::{Background, Border, Color, Shadow};

use super::sizes;

/// What the Contrast button cycles through.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Contrast {
    #[default]
    Standard,
    HighDark,
    HighLight,
}

impl Contrast {
    pub const ALL: [Contrast; 3] = [Contrast::Standard, Contrast::HighDark, Contrast::HighLight];

    pub fn next(self) -> Contrast {
        match self {
            Contrast::Standard => Contrast::HighDark,
            Contrast::HighDark => Contrast::HighLight,
            Contrast::HighLight => Contrast::Standard,
        }
    }

    /// The Fluent id of its name.
    pub fn label(self) -> &'static str {
        match self {
            Contrast::Standard => "contrast-standard",
            Contrast::HighDark => "contrast-dark",
            Contrast::HighLight => "contrast-light",
        }
    }

    /// WCAG: 4.5:1 for text (AA), 7:1 in the high-contrast looks (AAA).
    pub fn minimum_text_ratio(self) -> f32 {
        match self {
            Contrast::Standard => 4.5,
            Contrast::HighDark | Contrast::HighLight => 7.0,
        }
    }

    pub fn palette(self) -> Palette {
        match self {
            Contrast::Standard => Palette {
                background: rgb(0xF3, 0xF5, 0xF8),
                surface: rgb(0xFF, 0xFF, 0xFF),
                text: rgb(0x1B, 0x1F, 0x24),
                muted: rgb(0x4A, 0x52, 0x5C),
                primary: rgb(0x0B, 0x4F, 0x8A),
                on_primary: rgb(0xFF, 0xFF, 0xFF),
                selected: rgb(0xD8, 0xE8, 0xF6),
                border: rgb(0x8A, 0x94, 0xA0),
                focus: rgb(0xC2, 0x41, 0x0C),
                notice: rgb(0xFF, 0xF4, 0xD6),
                on_notice: rgb(0x3D, 0x2E, 0x00),
                good: rgb(0x1E, 0x6B, 0x34),
                bad: rgb(0xA3, 0x1F, 0x1F),
                toolbar: rgb(0x0B, 0x4F, 0x8A),
                on_toolbar: rgb(0xFF, 0xFF, 0xFF),
                toolbar_focus: rgb(0xFF, 0xD5, 0x4F),
            },
            Contrast::HighDark => Palette {
                background: rgb(0x00, 0x00, 0x00),
                surface: rgb(0x00, 0x00, 0x00),
                text: rgb(0xFF, 0xFF, 0xFF),
                muted: rgb(0xF0, 0xF0, 0xF0),
                primary: rgb(0xFF, 0xE1, 0x00),
                on_primary: rgb(0x00, 0x00, 0x00),
                selected: rgb(0x33, 0x33, 0x00),
                border: rgb(0xFF, 0xFF, 0xFF),
                focus: rgb(0x00, 0xE5, 0xFF),
                notice: rgb(0x00, 0x00, 0x00),
                on_notice: rgb(0xFF, 0xE1, 0x00),
                good: rgb(0x7C, 0xFC, 0x8A),
                bad: rgb(0xFF, 0xA0, 0xA0),
                toolbar: rgb(0x00, 0x00, 0x00),
                on_toolbar: rgb(0xFF, 0xFF, 0xFF),
                toolbar_focus: rgb(0xFF, 0xE1, 0x00),
            },
            Contrast::HighLight => Palette {
                background: rgb(0xFF, 0xFF, 0xFF),
                surface: rgb(0xFF, 0xFF, 0xFF),
                text: rgb(0x00, 0x00, 0x00),
                muted: rgb(0x1A, 0x1A, 0x1A),
                primary: rgb(0x00, 0x24, 0x5C),
                on_primary: rgb(0xFF, 0xFF, 0xFF),
                selected: rgb(0xE0, 0xE8, 0xFF),
                border: rgb(0x00, 0x00, 0x00),
                focus: rgb(0xB0, 0x00, 0x7A),
                notice: rgb(0xFF, 0xFF, 0xFF),
                on_notice: rgb(0x00, 0x00, 0x00),
                good: rgb(0x00, 0x4D, 0x1A),
                bad: rgb(0x8B, 0x00, 0x00),
                toolbar: rgb(0x00, 0x00, 0x00),
                on_toolbar: rgb(0xFF, 0xFF, 0xFF),
                toolbar_focus: rgb(0xFF, 0xE1, 0x00),
            },
        }
    }
}

/// The colours of one look. Every text colour is checked against the
/// backgrounds it is drawn on (see the tests).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Palette {
    pub background: Color,
    pub surface: Color,
    pub text: Color,
    pub muted: Color,
    pub primary: Color,
    pub on_primary: Color,
    pub selected: Color,
    pub border: Color,
    /// The keyboard focus ring: at least 3:1 against what it surrounds.
    pub focus: Color,
    pub notice: Color,
    pub on_notice: Color,
    pub good: Color,
    pub bad: Color,
    pub toolbar: Color,
    pub on_toolbar: Color,
    /// The focus ring inside the toolbar.
    pub toolbar_focus: Color,
}

const fn rgb(r: u8, g: u8, b: u8) -> Color {
    Color::from_rgb8(r, g, b)
}

/// WCAG 2 relative luminance.
fn luminance(color: Color) -> f32 {
    let channel = |c: f32| {
        if c <= 0.039_28 {
            c / 12.92
        } else {
            ((c + 0.055) / 1.055).powf(2.4)
        }
    };
    0.2126 * channel(color.r) + 0.7152 * channel(color.g) + 0.0722 * channel(color.b)
}

/// WCAG 2 contrast ratio, from 1 to 21.
pub fn contrast_ratio(a: Color, b: Color) -> f32 {
    let (la, lb) = (luminance(a), luminance(b));
    let (light, dark) = if la > lb { (la, lb) } else { (lb, la) };
    (light + 0.05) / (dark + 0.05)
}

impl Palette {
    /// Every (text, background) pair the views draw.
    pub fn text_pairs(&self) -> [(&'static str, Color, Color); 10] {
        [
            ("text on background", self.text, self.background),
            ("text on surface", self.text, self.surface),
            ("muted on surface", self.muted, self.surface),
            ("muted on background", self.muted, self.background),
            ("text on selected", self.text, self.selected),
            ("on_primary on primary", self.on_primary, self.primary),
            ("on_notice on notice", self.on_notice, self.notice),
            ("good on surface", self.good, self.surface),
            ("bad on surface", self.bad, self.surface),
            ("on_toolbar on toolbar", self.on_toolbar, self.toolbar),
        ]
    }

    /// The focus ring against each background it can surround.
    pub fn focus_pairs(&self) -> [(&'static str, Color, Color); 3] {
        [
            ("focus on background", self.focus, self.background),
            ("focus on surface", self.focus, self.surface),
            ("focus on toolbar", self.toolbar_focus, self.toolbar),
        ]
    }
}

/// How a button looks; the focus ring is added on top.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// The main thing to do on a screen.
    Primary,
    /// A card or tile on the page.
    Card,
    /// A key of the on-screen keyboard.
    Key,
    /// A button in the toolbar.
    Toolbar,
    /// A choice that is currently chosen (language, page…).
    Selected,
}

pub fn button(
    palette: Palette,
    kind: Kind,
    focused: bool,
) -> impl Fn(&iced::Theme, iced_button::Status) -> iced_button::Style {
    move |_theme, status| {
        let (background, text, border_color) = match kind {
            Kind::Primary => (palette.primary, palette.on_primary, palette.primary),
            Kind::Card | Kind::Key => (palette.surface, palette.text, palette.border),
            Kind::Toolbar => (palette.toolbar, palette.on_toolbar, palette.on_toolbar),
            Kind::Selected => (palette.selected, palette.text, palette.primary),
        };
        let pressed = matches!(status, iced_button::Status::Pressed);
        let background = if pressed {
            palette.selected
        } else {
            background
        };
        let text = if pressed { palette.text } else { text };
        let ring = if kind == Kind::Toolbar {
            palette.toolbar_focus
        } else {
            palette.focus
        };
        let border = if focused {
            Border {
                color: ring,
                width: sizes::FOCUS_RING,
                radius: sizes::RADIUS.into(),
            }
        } else {
            Border {
                color: border_color,
                width: sizes::BORDER,
                radius: sizes::RADIUS.into(),
            }
        };
        iced_button::Style {
            background: Some(Background::Color(background)),
            text_color: text,
            border,
            shadow: Shadow::default(),
            snap: true,
        }
    }
}

pub fn page(palette: Palette) -> impl Fn(&iced::Theme) -> container::Style {
    move |_| container::Style {
        text_color: Some(palette.text),
        background: Some(Background::Color(palette.background)),
        ..container::Style::default()
    }
}

pub fn toolbar(palette: Palette) -> impl Fn(&iced::Theme) -> container::Style {
    move |_| container::Style {
        text_color: Some(palette.on_toolbar),
        background: Some(Background::Color(palette.toolbar)),
        ..container::Style::default()
    }
}

pub fn panel(palette: Palette) -> impl Fn(&iced::Theme) -> container::Style {
    move |_| container::Style {
        text_color: Some(palette.text),
        background: Some(Background::Color(palette.surface)),
        border: Border {
            color: palette.border,
            width: sizes::BORDER,
            radius: sizes::RADIUS.into(),
        },
        ..container::Style::default()
    }
}

pub fn notice(palette: Palette) -> impl Fn(&iced::Theme) -> container::Style {
    move |_| container::Style {
        text_color: Some(palette.on_notice),
        background: Some(Background::Color(palette.notice)),
        border: Border {
            color: palette.on_notice,
            width: sizes::BORDER,
            radius: sizes::RADIUS.into(),
        },
        ..container::Style::default()
    }
}

/// Tints a one-colour icon.
pub fn icon(color: Color) -> impl Fn(&iced::Theme, svg::Status) -> svg::Style {
    move |_, _| svg::Style { color: Some(color) }
}

/// iced's own theme, so built-in parts (scrollbars) follow the look.
pub fn iced_theme(contrast: Contrast) -> iced::Theme {
    let p = contrast.palette();
    iced::Theme::custom(
        "Guichet",
        iced::theme::Palette {
            background: p.background,
            text: p.text,
            primary: p.primary,
            success: p.good,
            warning: p.on_notice,
            danger: p.bad,
        },
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn contrast_ratio_matches_known_values() {
        let black = Color::BLACK;
        let white = Color::WHITE;
        assert!((contrast_ratio(black, white) - 21.0).abs() < 0.01);
        assert!((contrast_ratio(white, white) - 1.0).abs() < 0.01);
        // #767676 on white is the classic 4.54:1.
        assert!((contrast_ratio(rgb(0x76, 0x76, 0x76), white) - 4.54).abs() < 0.02);
    }

    #[test]
    fn every_text_colour_meets_its_look_minimum() {
        for contrast in Contrast::ALL {
            let palette = contrast.palette();
            for (what, fg, bg) in palette.text_pairs() {
                let ratio = contrast_ratio(fg, bg);
                assert!(
                    ratio >= contrast.minimum_text_ratio(),
                    "{contrast:?}: {what} is {ratio:.2}:1"
                );
            }
            for (what, fg, bg) in palette.focus_pairs() {
                let ratio = contrast_ratio(fg, bg);
                assert!(ratio >= 3.0, "{contrast:?}: {what} is {ratio:.2}:1");
            }
        }
    }

    #[test]
    fn contrast_cycles_through_the_three_looks() {
        let mut c = Contrast::Standard;
        let mut seen = vec![c];
        for _ in 0..2 {
            c = c.next();
            seen.push(c);
        }
        assert_eq!(seen, Contrast::ALL);
        assert_eq!(c.next(), Contrast::Standard);
    }
}
