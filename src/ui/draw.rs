//! Drawing a [`Page`]: the one place where page blocks become widgets.

use iced::widget::{Column, column, container, qr_code, text};
use iced::{Background, Border, Color, Element, Length};

use super::focus::Focus;
use super::icons::Icon;
use super::page::{Block, Columns, Look, Marker, Page, Size, Words};
use super::sizes;
use super::theme::{self, Kind};
use super::widgets::{Cx, Para, centred};

/// Draws `page` in a column; buttons send their target. `qr` is the code a
/// [`Block::Qr`] shows.
pub fn page<'a, T: Clone + PartialEq + 'a>(
    cx: &Cx<'a>,
    focus: &Focus<T>,
    page: Page<T>,
    qr: Option<&'a qr_code::Data>,
) -> Column<'a, T> {
    blocks(cx, focus, page.blocks, qr)
}

fn blocks<'a, T: Clone + PartialEq + 'a>(
    cx: &Cx<'a>,
    focus: &Focus<T>,
    blocks: Vec<Block<T>>,
    qr: Option<&'a qr_code::Data>,
) -> Column<'a, T> {
    let mut parts: Vec<Element<'a, T>> = Vec::new();
    let mut steps: Vec<Element<'a, T>> = Vec::new();
    for block in blocks {
        // Consecutive steps sit together as one numbered list.
        if !matches!(block, Block::Step { .. }) && !steps.is_empty() {
            parts.push(
                Column::with_children(std::mem::take(&mut steps))
                    .spacing(sizes::SPACING)
                    .into(),
            );
        }
        match block {
            Block::Step { number, words } => {
                steps.push(line(cx, mark(Marker::Number, Some(number), cx), words))
            }
            other => parts.push(one(cx, focus, other, qr)),
        }
    }
    if !steps.is_empty() {
        parts.push(Column::with_children(steps).spacing(sizes::SPACING).into());
    }
    Column::with_children(parts).spacing(sizes::SPACING)
}

fn size(size: Size) -> f32 {
    match size {
        Size::Title => sizes::TEXT_TITLE,
        Size::Section => sizes::TEXT_HEADING,
        Size::Line => sizes::TEXT,
        Size::Small => sizes::TEXT_SMALL,
    }
}

/// The words in their own reading direction (French on an Arabic screen
/// reads left to right).
fn para<'a>(cx: &Cx<'a>, words: Words, size: f32) -> Para<'a> {
    Cx {
        lang: words.lang,
        ..*cx
    }
    .text(words.shown, size)
}

fn one<'a, T: Clone + PartialEq + 'a>(
    cx: &Cx<'a>,
    focus: &Focus<T>,
    block: Block<T>,
    qr: Option<&'a qr_code::Data>,
) -> Element<'a, T> {
    match block {
        Block::Heading(words, s) => para(cx, words, size(s)).font(super::font::BOLD).into(),
        Block::Paragraph(words, s) => para(cx, words, size(s)).into(),
        Block::Notice(words) => container(para(cx, words, sizes::TEXT))
            .padding(sizes::PADDING_BUTTON)
            .width(Length::Fill)
            .style(theme::notice(cx.palette))
            .into(),
        Block::List(items, marker) => Column::with_children(
            items
                .into_iter()
                .map(|words| line(cx, mark(marker, None, cx), words)),
        )
        .spacing(sizes::SPACING)
        .into(),
        Block::Step { number, words } => line(cx, mark(Marker::Number, Some(number), cx), words),
        Block::Contact { icon, words } => cx
            .row(vec![
                cx.icon(&icon, sizes::ICON_SMALL, cx.palette.primary),
                para(cx, words, sizes::TEXT).into(),
            ])
            .into(),
        Block::Status { words, open } => {
            let color = if open {
                cx.palette.good
            } else {
                cx.palette.bad
            };
            para(cx, words, sizes::TEXT)
                .font(super::font::BOLD)
                .color(color)
                .into()
        }
        Block::Button {
            label,
            target,
            look,
        } => match look {
            Look::Primary => cx
                .text_button(focus, label.shown, target, Kind::Primary)
                .into(),
            Look::Card => cx
                .text_button(focus, label.shown, target, Kind::Card)
                .into(),
            Look::Large => cx
                .wide_button(focus, label.shown, target, Kind::Primary)
                .width(Length::Fill)
                .height(Length::Fixed(sizes::TOUCH * 2.0))
                .into(),
            Look::Back => {
                let arrow = if cx.rtl() { Icon::BackRtl } else { Icon::Back };
                let content = cx.row(vec![
                    cx.icon(&arrow, sizes::ICON_SMALL, cx.palette.text),
                    text(label.shown).size(sizes::TEXT_BUTTON).into(),
                ]);
                cx.action(focus, content, target, Kind::Card).into()
            }
            Look::Key => cx
                .wide_button(focus, label.shown, target, Kind::Key)
                .width(Length::Fixed(sizes::TOUCH * 2.0))
                .into(),
            Look::Big => cx
                .action(
                    focus,
                    container(text(label.shown).size(sizes::TEXT_TITLE)).center(Length::Fill),
                    target,
                    Kind::Primary,
                )
                .width(Length::Fill)
                .height(Length::Fixed(sizes::TOUCH * 2.0))
                .into(),
            Look::Language { selected } => {
                let kind = if selected { Kind::Selected } else { Kind::Card };
                let name = centred(label.shown, sizes::TEXT_HEADING);
                cx.action(focus, name, target, kind)
                    .width(Length::Fill)
                    .into()
            }
            Look::Tile { icon } => {
                let tile = column![
                    cx.icon(&icon, sizes::ICON, cx.palette.primary),
                    centred(label.shown, sizes::TEXT_BUTTON),
                ]
                .spacing(sizes::SPACING)
                .align_x(iced::Alignment::Center);
                cx.action(
                    focus,
                    container(tile).center(Length::Fill),
                    target,
                    Kind::Card,
                )
                .width(Length::Fill)
                .height(Length::Fixed(sizes::TILE_HEIGHT))
                .into()
            }
            Look::Answer { icon, chosen } => {
                let kind = if chosen { Kind::Selected } else { Kind::Card };
                let mut parts: Vec<Element<'a, T>> = Vec::new();
                if let Some(icon) = icon {
                    let tint = if chosen {
                        cx.palette.text
                    } else {
                        cx.palette.primary
                    };
                    parts.push(cx.icon(&icon, sizes::ICON_SMALL, tint));
                }
                parts.push(para(cx, label, sizes::TEXT_BUTTON).into());
                if chosen {
                    // Chosen is not told by colour alone: a filled box at the end.
                    let palette = cx.palette;
                    parts.push(
                        container(iced::widget::space())
                            .width(sizes::TEXT_BUTTON)
                            .height(sizes::TEXT_BUTTON)
                            .style(move |_| container::Style {
                                background: Some(Background::Color(palette.primary)),
                                border: Border {
                                    color: palette.text,
                                    width: sizes::BORDER,
                                    radius: 4.0.into(),
                                },
                                ..container::Style::default()
                            })
                            .into(),
                    );
                }
                // A strut keeps the answer at least 1.25 touch targets tall
                // when its words fit on one line.
                parts.push(
                    iced::widget::space()
                        .height(sizes::TOUCH * 1.25 - 2.0 * sizes::PADDING_BUTTON)
                        .into(),
                );
                cx.action(focus, cx.row(parts), target, kind)
                    .width(Length::Fill)
                    .into()
            }
            Look::Pad => cx
                .action(
                    focus,
                    // A heading-sized line and the padding: a touch target tall.
                    container(text(label.shown).size(sizes::TEXT_HEADING)).center_x(Length::Fill),
                    target,
                    Kind::Card,
                )
                .width(Length::Fill)
                .into(),
            Look::Term => {
                let content = cx.row(vec![
                    cx.icon(&Icon::Help, sizes::ICON_SMALL, cx.palette.primary),
                    // Plain text, not a paragraph: the button stays as wide as its word.
                    text(label.shown)
                        .size(sizes::TEXT)
                        .font(super::font::BOLD)
                        .color(cx.palette.primary)
                        .into(),
                ]);
                cx.action(focus, content, target, Kind::Card).into()
            }
        },
        Block::Row(inner) => {
            let children = inner
                .into_iter()
                .map(|block| one(cx, focus, block, qr))
                .collect();
            cx.row(children).wrap().into()
        }
        Block::Panel(inner) => {
            container(blocks(cx, focus, inner, qr).spacing(sizes::SPACING / 2.0))
                .padding(sizes::PADDING_BUTTON)
                .width(Length::Fill)
                .style(theme::panel(cx.palette))
                .into()
        }
        Block::Split(first, second) => {
            let first = blocks(cx, focus, first, qr);
            let second = blocks(cx, focus, second, qr);
            if cx.width >= sizes::COMPACT_WIDTH {
                cx.row(vec![
                    first.width(Length::FillPortion(3)).into(),
                    second.width(Length::FillPortion(2)).into(),
                ])
                .align_y(iced::Alignment::Start)
                .spacing(sizes::SPACING_LARGE)
                .into()
            } else {
                column![first, second].spacing(sizes::SPACING_LARGE).into()
            }
        }
        Block::Caption(words) => para(cx, words, sizes::TEXT)
            .font(super::font::BOLD)
            .color(cx.palette.primary)
            .into(),
        Block::Grid(items, columns) => {
            let columns = match columns {
                Columns::Languages if cx.width >= 1200.0 => 5,
                Columns::Languages => 2,
                Columns::Tiles => (cx.width / 420.0).floor().clamp(1.0, 4.0) as usize,
                Columns::Answers if cx.width >= sizes::COMPACT_WIDTH => 2,
                Columns::Answers => 1,
                Columns::Three => 3,
            };
            let cells = items
                .into_iter()
                .map(|block| one(cx, focus, block, qr))
                .collect();
            cx.grid(cells, columns)
        }
        Block::Search {
            words,
            typed,
            target,
        } => {
            let color = if typed {
                cx.palette.text
            } else {
                cx.palette.muted
            };
            let field = cx.row(vec![
                cx.icon(&Icon::Search, sizes::ICON_SMALL, cx.palette.text),
                para(cx, words, sizes::TEXT_HEADING).color(color).into(),
            ]);
            cx.action(focus, field, target, Kind::Card)
                .width(Length::Fill)
                .into()
        }
        Block::Card {
            icon,
            title,
            summary,
            target,
        } => {
            let words = column![
                para(cx, title, sizes::TEXT_HEADING).font(super::font::BOLD),
                para(cx, summary, sizes::TEXT).color(cx.palette.muted),
            ]
            .spacing(sizes::SPACING / 2.0);
            let content = cx.row(vec![
                cx.icon(&icon, sizes::ICON, cx.palette.primary),
                words.width(Length::Fill).into(),
            ]);
            cx.action(focus, content, target, Kind::Card)
                .width(Length::Fill)
                .padding(sizes::PADDING)
                .into()
        }
        Block::Helpline {
            heading,
            numbers,
            title,
            target,
        } => {
            let mut lines: Vec<Element<'a, T>> = Vec::new();
            if let Some(heading) = heading {
                lines.push(
                    para(cx, heading, sizes::TEXT_HEADING)
                        .font(super::font::BOLD)
                        .into(),
                );
            }
            for (number, what) in numbers {
                let mut parts = vec![
                    cx.icon(&Icon::Phone, sizes::ICON, cx.palette.on_primary),
                    text(number.shown)
                        .size(sizes::TEXT_HELPLINE)
                        .font(super::font::BOLD)
                        .into(),
                ];
                parts.extend(what.map(|what| para(cx, what, sizes::TEXT).into()));
                lines.push(cx.row(parts).into());
            }
            lines.push(
                para(cx, title, sizes::TEXT_HEADING)
                    .font(super::font::BOLD)
                    .into(),
            );
            cx.action(
                focus,
                Column::with_children(lines).spacing(sizes::SPACING),
                target,
                Kind::Primary,
            )
            .width(Length::Fill)
            .padding(sizes::PADDING)
            .into()
        }
        Block::Keyboard(keyboard) => super::keyboard::view(cx, focus, keyboard),
        Block::Qr(caption) => {
            let mut parts = Vec::new();
            if let Some(qr) = qr {
                parts.push(qr_view(qr));
            }
            parts.push(para(cx, caption, sizes::TEXT).into());
            cx.row(parts).into()
        }
    }
}

/// A line of a list: its mark, then its words.
fn line<'a, T: 'a>(cx: &Cx<'a>, mark: Element<'a, T>, words: Words) -> Element<'a, T> {
    cx.row(vec![
        container(mark)
            .width(Length::Fixed(sizes::ICON_SMALL))
            .center_x(Length::Fixed(sizes::ICON_SMALL))
            .into(),
        para(cx, words, sizes::TEXT).into(),
    ])
    .into()
}

fn mark<'a, T: 'a>(marker: Marker, number: Option<Words>, cx: &Cx<'a>) -> Element<'a, T> {
    let palette = cx.palette;
    match (marker, number) {
        (Marker::Number, Some(number)) => text(number.shown)
            .size(sizes::TEXT)
            .font(super::font::BOLD)
            .into(),
        (Marker::Bullet | Marker::Number, _) => text("•").size(sizes::TEXT_HEADING).into(),
        (Marker::Check, _) => container(iced::widget::space())
            .width(sizes::TEXT)
            .height(sizes::TEXT)
            .style(move |_| container::Style {
                border: Border {
                    color: palette.text,
                    width: sizes::BORDER,
                    radius: 4.0.into(),
                },
                ..container::Style::default()
            })
            .into(),
    }
}

/// Scanners want dark on light, whatever the look.
fn qr_view<'a, T: 'a>(qr: &'a qr_code::Data) -> Element<'a, T> {
    let code = qr_code(qr).total_size(sizes::QR).style(|_| qr_code::Style {
        cell: Color::BLACK,
        background: Color::WHITE,
    });
    container(code)
        .style(|_| container::Style {
            background: Some(Background::Color(Color::WHITE)),
            border: Border {
                color: Color::BLACK,
                width: sizes::BORDER,
                radius: 0.0.into(),
            },
            ..container::Style::default()
        })
        .into()
}
