//! Detail: everything about one service, and how to take it away.

use iced::widget::{Column, column, container, qr_code, scrollable, text};
use iced::{Background, Border, Color, Element, Length};

use crate::content::{Field, Location, Phone, Service, Status};
use crate::lang::Lang;
use crate::opening::{self, OpenStatus};
use crate::ui::focus::Focus;
use crate::ui::sizes;
use crate::ui::theme::{self, Kind};
use crate::ui::widgets::{Cx, Marker, list};
use crate::words::{self, StatusOf};

#[derive(Debug)]
pub struct Detail {
    id: String,
    qr: Option<qr_code::Data>,
    /// Whether the kiosk has a printer (then a Print button is shown).
    printable: bool,
    printing: Option<Printing>,
    /// The visitor asked for the conditions past the first six.
    all_conditions: bool,
}

/// Where this page's sheet is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Printing {
    Sending,
    Done,
    Failed,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Message {
    Back,
    Print,
    /// "More conditions": show the whole eligibility list.
    MoreConditions,
    /// A marked glossary word touched: show its explanation (term id).
    Explain(String),
}

pub enum Action {
    Back,
    Print,
    None,
    /// Show the explanation of this glossary term.
    Explain(String),
}

impl Detail {
    pub fn new(service: &Service, printable: bool) -> Self {
        Detail {
            id: service.id().to_owned(),
            qr: qr_code::Data::new(service.url.as_str()).ok(),
            printable,
            printing: None,
            all_conditions: false,
        }
    }

    pub fn printing(&self) -> Option<Printing> {
        self.printing
    }

    pub fn set_printing(&mut self, printing: Printing) {
        self.printing = Some(printing);
    }

    pub fn all_conditions(&self) -> bool {
        self.all_conditions
    }

    pub fn id(&self) -> &str {
        &self.id
    }

    pub fn update(&mut self, message: Message) -> Action {
        match message {
            Message::Back => Action::Back,
            Message::Print => Action::Print,
            Message::MoreConditions => {
                self.all_conditions = true;
                Action::None
            }
            Message::Explain(id) => Action::Explain(id),
        }
    }

    pub fn view<'a>(&'a self, cx: &Cx<'a>, focus: &Focus<Message>) -> Element<'a, Message> {
        let back = self.top_row(cx, focus);
        let Some(service) = cx.catalogue.service(&self.id) else {
            // The entry was removed while the visitor was reading it.
            return column![back, cx.notice(cx.t("detail-not-found"))]
                .spacing(sizes::SPACING)
                .padding(sizes::PADDING)
                .into();
        };
        let main = self.main_column(cx, service, focus);
        let side = self.side_column(cx, service);
        let body: Element<'a, Message> = if cx.width >= 1400.0 {
            cx.row(vec![
                main.width(Length::FillPortion(3)).into(),
                side.width(Length::FillPortion(2)).into(),
            ])
            .align_y(iced::Alignment::Start)
            .spacing(sizes::SPACING_LARGE)
            .into()
        } else {
            column![main, side].spacing(sizes::SPACING_LARGE).into()
        };
        scrollable(
            column![back, body]
                .spacing(sizes::SPACING)
                .padding(sizes::PADDING),
        )
        .height(Length::Fill)
        .into()
    }

    /// Back, and Print when there is a printer, with where the sheet is.
    fn top_row<'a>(&self, cx: &Cx<'a>, focus: &Focus<Message>) -> Element<'a, Message> {
        let back = back_button(cx, focus, Message::Back);
        if !self.printable {
            return back;
        }
        let print = cx.text_button(focus, cx.t("print-button"), Message::Print, Kind::Primary);
        let mut parts = vec![cx.row(vec![back, print.into()]).into()];
        let notice = match self.printing {
            None => None,
            Some(Printing::Sending) => Some("print-sending"),
            Some(Printing::Done) => Some("print-done"),
            Some(Printing::Failed) => Some("print-failed"),
        };
        if let Some(id) = notice {
            parts.push(cx.notice(cx.t(id)));
        }
        Column::with_children(parts).spacing(sizes::SPACING).into()
    }

    fn main_column<'a>(
        &self,
        cx: &Cx<'a>,
        service: &'a Service,
        focus: &Focus<Message>,
    ) -> Column<'a, Message> {
        let shown = service.text(cx.lang);
        let mut parts: Vec<Element<'a, Message>> =
            vec![cx.heading(shown.title, sizes::TEXT_TITLE).into()];
        if !shown.in_french.is_empty() {
            parts.push(cx.notice(cx.t("detail-in-french")));
        }
        if shown.status == Status::Machine && shown.lang != Lang::REFERENCE {
            parts.push(cx.notice(cx.t("detail-machine")));
        }
        parts.push(cx.text(shown.summary, sizes::TEXT_HEADING).into());
        parts.extend(glossary_marks(cx, focus, &shown));
        // A field shown in French reads left to right, even on an Arabic screen.
        let french = Cx {
            lang: Lang::REFERENCE,
            ..*cx
        };
        let text_cx = |field: Field| {
            if shown.in_french.contains(&field) {
                french
            } else {
                *cx
            }
        };
        let section = |parts: &mut Vec<Element<'a, Message>>,
                       title: &str,
                       field: Field,
                       items: &'a [String],
                       marker: Marker| {
            if !items.is_empty() {
                parts.push(cx.heading(cx.t(title), sizes::TEXT_HEADING).into());
                parts.push(list(&text_cx(field), items, marker));
            }
        };
        let (conditions, hidden) = words::conditions_shown(shown.eligibility, self.all_conditions);
        section(
            &mut parts,
            "detail-who",
            Field::Eligibility,
            conditions,
            Marker::Bullet,
        );
        if hidden > 0 {
            let label = words::more_conditions(cx.strings, cx.lang, hidden);
            parts.push(
                cx.text_button(focus, label, Message::MoreConditions, Kind::Card)
                    .into(),
            );
        }
        section(
            &mut parts,
            "detail-how",
            Field::HowToApply,
            shown.how_to_apply,
            Marker::Number,
        );
        section(
            &mut parts,
            "detail-bring",
            Field::Documents,
            shown.documents,
            Marker::Check,
        );
        if let Some(fees) = shown.fees {
            parts.push(cx.heading(cx.t("detail-fees"), sizes::TEXT_HEADING).into());
            parts.push(text_cx(Field::Fees).text(fees, sizes::TEXT).into());
        }
        Column::with_children(parts).spacing(sizes::SPACING)
    }

    fn side_column<'a>(&'a self, cx: &Cx<'a>, service: &'a Service) -> Column<'a, Message> {
        let mut parts: Vec<Element<'a, Message>> =
            vec![cx.heading(cx.t("detail-where"), sizes::TEXT_HEADING).into()];
        parts.push(
            cx.heading(service.organization.name.as_str(), sizes::TEXT)
                .into(),
        );
        let contacts = cx.here.contacts(service);
        for (location, for_here) in &contacts.locations {
            if let (true, Some(commune)) = (*for_here, cx.here.commune.as_ref()) {
                let line = words::for_commune(cx.strings, cx.lang, commune);
                parts.push(cx.heading(line, sizes::TEXT).into());
            }
            parts.push(location_view(cx, location));
        }
        for phone in &contacts.phones {
            parts.push(phone_view(cx, phone));
        }
        if let Some(email) = &service.email {
            parts.push(contact(cx, "search", email.as_str().to_owned()));
        }
        if contacts.phones.is_empty() && contacts.locations.is_empty() {
            parts.push(cx.notice(cx.t("detail-no-contact")));
        }
        parts.push(contact(cx, "language", service.url.as_str().to_owned()));
        if let Some(qr) = &self.qr {
            let code = qr_code(qr).total_size(sizes::QR).style(|_| qr_code::Style {
                cell: Color::BLACK,
                background: Color::WHITE,
            });
            // Scanners want dark on light, whatever the look.
            parts.push(
                cx.row(vec![
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
                        .into(),
                    cx.text(cx.t("detail-qr"), sizes::TEXT).into(),
                ])
                .into(),
            );
        }
        Column::with_children(parts).spacing(sizes::SPACING)
    }
}

/// "← Back", first on the page.
pub fn back_button<'a, M: Clone + PartialEq + 'a>(
    cx: &Cx<'a>,
    focus: &Focus<M>,
    message: M,
) -> Element<'a, M> {
    let arrow = if cx.rtl() { "back-rtl" } else { "back" };
    let content = cx.row(vec![
        cx.icon(arrow, sizes::ICON_SMALL, cx.palette.text),
        text(cx.t("detail-back")).size(sizes::TEXT_BUTTON).into(),
    ]);
    cx.row(vec![
        cx.action(focus, content, message, Kind::Card).into(),
        iced::widget::space().width(Length::Fill).into(),
    ])
    .into()
}

fn contact<'a, M: 'a>(cx: &Cx<'a>, icon: &str, line: String) -> Element<'a, M> {
    cx.row(vec![
        cx.icon(icon, sizes::ICON_SMALL, cx.palette.primary),
        cx.text(line, sizes::TEXT).into(),
    ])
    .into()
}

/// The glossary words written in the service's text, each a button with a
/// help icon and the word in the accent colour; touching one shows its
/// explanation.
fn glossary_marks<'a>(
    cx: &Cx<'a>,
    focus: &Focus<Message>,
    shown: &crate::content::ShownText<'a>,
) -> Option<Element<'a, Message>> {
    let mut texts: Vec<&str> = vec![shown.title, shown.summary];
    for list in [shown.eligibility, shown.how_to_apply, shown.documents] {
        texts.extend(list.iter().map(String::as_str));
    }
    texts.extend(shown.fees);
    let terms = cx.catalogue.glossary.found_in(cx.lang, &texts);
    if terms.is_empty() {
        return None;
    }
    let marks: Vec<Element<'a, Message>> = terms
        .into_iter()
        .map(|term| {
            let content = cx.row(vec![
                cx.icon("help", sizes::ICON_SMALL, cx.palette.primary),
                // Plain text, not a paragraph: the button stays as wide as its word.
                text(term.headword(cx.lang))
                    .size(sizes::TEXT)
                    .font(crate::ui::font::BOLD)
                    .color(cx.palette.primary)
                    .into(),
            ]);
            cx.action(
                focus,
                content,
                Message::Explain(term.id().to_owned()),
                Kind::Card,
            )
            .into()
        })
        .collect();
    let mut all = vec![cx.text(cx.t("glossary-touch-hint"), sizes::TEXT).into()];
    all.push(cx.row(marks).wrap().into());
    Some(
        Column::with_children(all)
            .spacing(sizes::SPACING / 2.0)
            .into(),
    )
}

/// "Open now · closes at 12:00" in green, or closed in red.
fn status_view<'a, M: 'a>(
    cx: &Cx<'a>,
    status: Option<OpenStatus>,
    of: StatusOf,
) -> Option<Element<'a, M>> {
    let (line, open) = words::status_line(cx.strings, cx.lang, status?, of)?;
    let color = if open {
        cx.palette.good
    } else {
        cx.palette.bad
    };
    Some(cx.heading(line, sizes::TEXT).color(color).into())
}

/// A number, what it is for, and when the line answers.
fn phone_view<'a, M: 'a>(cx: &Cx<'a>, phone: &'a Phone) -> Element<'a, M> {
    let mut line = phone.number().to_owned();
    if let Some(description) = phone
        .description
        .get(&cx.lang)
        .or_else(|| phone.description.get(&Lang::REFERENCE))
    {
        line = format!("{line} — {description}");
    }
    let Some(hours) = &phone.hours else {
        return contact(cx, "phone", line);
    };
    let mut lines: Vec<Element<'a, M>> = vec![contact(cx, "phone", line)];
    let status = cx
        .now
        .map(|now| opening::phone_status(phone, &cx.here.canton, now));
    lines.extend(status_view(cx, status, StatusOf::Line));
    lines.push(cx.heading(cx.t("detail-line-hours"), sizes::TEXT).into());
    for line in words::hours_shown(cx.strings, cx.lang, hours) {
        lines.push(contact(cx, "clock", line));
    }
    Column::with_children(lines)
        .spacing(sizes::SPACING / 2.0)
        .into()
}

fn location_view<'a, M: 'a>(cx: &Cx<'a>, location: &'a Location) -> Element<'a, M> {
    let mut lines: Vec<Element<'a, M>> = vec![contact(
        cx,
        "map-pin",
        format!(
            "{}\n{}\n{} {}",
            location.name(),
            location.address_1,
            location.postal_code.as_str(),
            location.city
        ),
    )];
    if let Some(hours) = &location.hours {
        let status = cx
            .now
            .map(|now| opening::location_status(location, &cx.here.canton, now));
        lines.extend(status_view(cx, status, StatusOf::Place));
        lines.push(cx.heading(cx.t("detail-hours"), sizes::TEXT).into());
        for line in words::hours_shown(cx.strings, cx.lang, hours) {
            lines.push(contact(cx, "clock", line));
        }
    }
    if let Some(note) = location
        .notes
        .get(&cx.lang)
        .or_else(|| location.notes.get(&Lang::REFERENCE))
    {
        lines.push(cx.text(note.as_str(), sizes::TEXT).into());
    }
    container(Column::with_children(lines).spacing(sizes::SPACING / 2.0))
        .padding(sizes::PADDING_BUTTON)
        .width(Length::Fill)
        .style(theme::panel(cx.palette))
        .into()
}
