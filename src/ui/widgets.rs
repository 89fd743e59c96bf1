//! What every view needs (the visit's language, look and words) and the
//! few building blocks they share: focusable buttons, text in the reading
//! direction, rows that mirror for Arabic.

use std::collections::BTreeMap;

use iced::widget::{Button, Row, Text, button, container, svg, text};
use iced::{Alignment, Element, Length};

use super::focus::Focus;
use super::icons::Icon;
use super::sizes;
use super::theme::{self, Kind, Palette};
use crate::content::Catalogue;
use crate::i18n::{Arg, Strings};
use crate::lang::Lang;

/// The context a view is drawn in.
#[derive(Clone, Copy)]
pub struct Cx<'a> {
    pub strings: &'a Strings,
    pub lang: Lang,
    pub palette: Palette,
    pub catalogue: &'a Catalogue,
    pub icons: &'a BTreeMap<String, svg::Handle>,
    /// Logical width of the window (after text scaling).
    pub width: f32,
    /// The moment opening hours are judged at (Europe/Zurich).
    pub now: Option<crate::opening::Moment>,
    /// Where the kiosk stands: its canton and commune.
    pub here: &'a crate::place::Here,
}

impl<'a> Cx<'a> {
    /// A UI string in the visit's language.
    pub fn t(&self, id: &str) -> String {
        self.strings.get(self.lang, id)
    }

    pub fn t_with(&self, id: &str, args: &[(&str, Arg<'_>)]) -> String {
        self.strings.get_with(self.lang, id, args)
    }

    pub fn rtl(&self) -> bool {
        self.lang.is_rtl()
    }

    /// Text aligned to the start of the line in the reading direction.
    pub fn text(&self, content: impl text::IntoFragment<'a>, size: f32) -> Para<'a> {
        Para {
            text: text(content).size(size),
            rtl: self.rtl(),
        }
    }

    /// A heading, bold.
    pub fn heading(&self, content: impl text::IntoFragment<'a>, size: f32) -> Para<'a> {
        self.text(content, size).font(super::font::BOLD)
    }

    /// A row whose children read from the start of the line: mirrored in
    /// right-to-left languages.
    pub fn row<M: 'a>(&self, mut children: Vec<Element<'a, M>>) -> Row<'a, M> {
        if self.rtl() {
            children.reverse();
        }
        Row::with_children(children)
            .spacing(sizes::SPACING)
            .align_y(Alignment::Center)
    }

    /// Items in rows of `columns` equal cells, each row in reading order.
    pub fn grid<M: 'a>(&self, items: Vec<Element<'a, M>>, columns: usize) -> Element<'a, M> {
        let columns = columns.max(1);
        let mut rows = Vec::new();
        let mut items = items.into_iter().peekable();
        while items.peek().is_some() {
            let mut cells: Vec<Element<'a, M>> = items.by_ref().take(columns).collect();
            while cells.len() < columns {
                cells.push(iced::widget::space().width(Length::Fill).into());
            }
            rows.push(self.row(cells).align_y(Alignment::Start).into());
        }
        iced::widget::Column::with_children(rows)
            .spacing(sizes::SPACING)
            .into()
    }

    /// A category's icon, tinted for the look; nothing if the file is missing.
    pub fn icon<M: 'a>(&self, icon: &Icon, size: f32, color: iced::Color) -> Element<'a, M> {
        match self.icons.get(icon.name()) {
            Some(handle) => svg(handle.clone())
                .width(size)
                .height(size)
                .style(theme::icon(color))
                .into(),
            None => iced::widget::space().width(size).height(size).into(),
        }
    }

    /// A focusable button: registers with the focus model and shows the
    /// focus ring when it has the focus.
    pub fn action<M: Clone + PartialEq + 'a>(
        &self,
        focus: &Focus<M>,
        content: impl Into<Element<'a, M>>,
        message: M,
        kind: Kind,
    ) -> Button<'a, M> {
        let focused = focus.mark(&message);
        button(content)
            .on_press(message)
            .padding(sizes::PADDING_BUTTON)
            .style(theme::button(self.palette, kind, focused))
    }

    /// A button as wide as its one line of text.
    pub fn text_button<M: Clone + PartialEq + 'a>(
        &self,
        focus: &Focus<M>,
        label: String,
        message: M,
        kind: Kind,
    ) -> Button<'a, M> {
        self.label_button(focus, label, message, kind, Length::Shrink)
    }

    /// A button filling its width, its text centred.
    pub fn wide_button<M: Clone + PartialEq + 'a>(
        &self,
        focus: &Focus<M>,
        label: String,
        message: M,
        kind: Kind,
    ) -> Button<'a, M> {
        self.label_button(focus, label, message, kind, Length::Fill)
    }

    fn label_button<M: Clone + PartialEq + 'a>(
        &self,
        focus: &Focus<M>,
        label: String,
        message: M,
        kind: Kind,
        width: Length,
    ) -> Button<'a, M> {
        let label = container(text(label).size(sizes::TEXT_BUTTON))
            .center_x(width)
            .center_y(Length::Fixed(sizes::TOUCH - 2.0 * sizes::PADDING_BUTTON));
        self.action(focus, label, message, kind).width(width)
    }

    /// A framed notice (machine translation, French fallback…).
    pub fn notice<M: 'a>(&self, message: String) -> Element<'a, M> {
        container(self.text(message, sizes::TEXT))
            .padding(sizes::PADDING_BUTTON)
            .width(Length::Fill)
            .style(theme::notice(self.palette))
            .into()
    }
}

/// A paragraph in the reading direction. Right-to-left text is laid out
/// at its natural width and placed on the right by its container: iced
/// 0.14 misplaces right-to-left text that is itself stretched and aligned.
pub struct Para<'a> {
    text: Text<'a>,
    rtl: bool,
}

impl<'a> Para<'a> {
    pub fn color(self, color: iced::Color) -> Self {
        Para {
            text: self.text.color(color),
            ..self
        }
    }

    pub fn font(self, font: iced::Font) -> Self {
        Para {
            text: self.text.font(font),
            ..self
        }
    }
}

impl<'a, M: 'a> From<Para<'a>> for Element<'a, M> {
    fn from(para: Para<'a>) -> Self {
        if para.rtl {
            container(para.text)
                .align_x(iced::alignment::Horizontal::Right)
                .width(Length::Fill)
                .into()
        } else {
            para.text.width(Length::Fill).into()
        }
    }
}

/// A label centred in its space, in any script.
pub fn centred<'a, M: 'a>(content: impl text::IntoFragment<'a>, size: f32) -> Element<'a, M> {
    container(text(content).size(size))
        .center_x(Length::Fill)
        .into()
}
