//! Detail: everything about one service, and how to take it away.

use iced::widget::{qr_code, scrollable};
use iced::{Element, Length};

use crate::content::{Catalogue, Field, Localized, Location, Phone, Service, ShownText, Status};
use crate::hours::WeeklyHours;
use crate::i18n::{Arg, Strings};
use crate::lang::Lang;
use crate::opening::{self, Moment, OpenStatus};
use crate::place::Here;
use crate::ui::draw;
use crate::ui::focus::Focus;
use crate::ui::icons::Icon;
use crate::ui::page::{Block, Look, Marker, Page, Size, Words};
use crate::ui::sizes;
use crate::ui::widgets::Cx;
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

/// What can have the focus on this page, and the message each sends.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Target {
    Back,
    Print,
    MoreConditions,
    Explain(String),
}

impl Target {
    pub fn message(self) -> Message {
        match self {
            Target::Back => Message::Back,
            Target::Print => Message::Print,
            Target::MoreConditions => Message::MoreConditions,
            Target::Explain(id) => Message::Explain(id),
        }
    }
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

    /// Drawn from [`Detail::page`]; buttons send their [`Target`]'s message.
    pub fn view<'a>(
        &'a self,
        cx: &Cx<'a>,
        focus: &Focus<Target>,
        page: Page<Target>,
    ) -> Element<'a, Message> {
        let drawn = draw::page(cx, focus, page, self.qr.as_ref())
            .spacing(sizes::SPACING)
            .padding(sizes::PADDING);
        let drawn: Element<'a, Target> = scrollable(drawn).height(Length::Fill).into();
        drawn.map(Target::message)
    }

    /// The page: what is drawn, what is said and the focus order.
    pub fn page(&self, facts: &Facts<'_>) -> Page<Target> {
        let lang = facts.lang;
        let t = |id: &str| Words::new(lang, facts.strings.get(lang, id));
        let mut page = Page::default();
        let back = Block::Button {
            label: t("detail-back"),
            target: Target::Back,
            look: Look::Back,
        };
        if self.printable {
            page.push(Block::Row(vec![
                back,
                Block::Button {
                    label: t("print-button"),
                    target: Target::Print,
                    look: Look::Primary,
                },
            ]));
            let notice = self.printing.map(|p| match p {
                Printing::Sending => "print-sending",
                Printing::Done => "print-done",
                Printing::Failed => "print-failed",
            });
            page.blocks.extend(notice.map(|id| Block::Notice(t(id))));
        } else {
            page.push(back);
        }
        let Some(service) = facts.catalogue.service(&self.id) else {
            // The entry was removed while the visitor was reading it.
            page.push(Block::Notice(t("detail-not-found")));
            return page;
        };
        page.push(Block::Split(
            self.main_column(facts, service),
            side_column(facts, service),
        ));
        page
    }

    fn main_column(&self, facts: &Facts<'_>, service: &Service) -> Vec<Block<Target>> {
        let (strings, lang) = (facts.strings, facts.lang);
        let t = |id: &str| Words::new(lang, strings.get(lang, id));
        let shown = service.text(lang);
        // A field shown in French is read by the French voice, left to right.
        let own = |field: Field, text: &str| {
            let lang = if shown.in_french.contains(&field) {
                Lang::REFERENCE
            } else {
                lang
            };
            Words::new(lang, text)
        };
        let mut out = vec![Block::Heading(own(Field::Title, shown.title), Size::Title)];
        if !shown.in_french.is_empty() {
            out.push(Block::Notice(t("detail-in-french")));
        }
        if shown.status == Status::Machine && shown.lang != Lang::REFERENCE {
            out.push(Block::Notice(t("detail-machine")));
        }
        out.push(Block::Paragraph(
            own(Field::Summary, shown.summary),
            Size::Section,
        ));
        out.extend(glossary_marks(facts, &shown));
        let list = |items: &[String], field: Field| -> Vec<Words> {
            items.iter().map(|item| own(field, item)).collect()
        };
        let (conditions, hidden) = words::conditions_shown(shown.eligibility, self.all_conditions);
        if !conditions.is_empty() {
            out.push(Block::Heading(t("detail-who"), Size::Section));
            out.push(Block::List(
                list(conditions, Field::Eligibility),
                Marker::Bullet,
            ));
        }
        if hidden > 0 {
            out.push(Block::Button {
                label: Words::new(lang, words::more_conditions(strings, lang, hidden)),
                target: Target::MoreConditions,
                look: Look::Card,
            });
        }
        if !shown.how_to_apply.is_empty() {
            out.push(Block::Heading(t("detail-how"), Size::Section));
            for (i, step) in shown.how_to_apply.iter().enumerate() {
                let said = strings.get_with(
                    lang,
                    "speech-step",
                    &[("number", Arg::Number(i as i64 + 1))],
                );
                out.push(Block::Step {
                    number: Words::said_as(lang, format!("{}.", i + 1), said),
                    words: own(Field::HowToApply, step),
                });
            }
        }
        if !shown.documents.is_empty() {
            out.push(Block::Heading(t("detail-bring"), Size::Section));
            out.push(Block::List(
                list(shown.documents, Field::Documents),
                Marker::Check,
            ));
        }
        if let Some(fees) = shown.fees {
            out.push(Block::Heading(t("detail-fees"), Size::Section));
            out.push(Block::Paragraph(own(Field::Fees, fees), Size::Line));
        }
        out
    }
}

/// What a detail page is made from besides the screen's own state.
#[derive(Clone, Copy)]
pub struct Facts<'a> {
    pub strings: &'a Strings,
    pub lang: Lang,
    pub catalogue: &'a Catalogue,
    /// `None`: every phone and place in the file's order, without "open now"
    /// (`guichet speak`, which is not a kiosk in a place).
    pub here: Option<&'a Here>,
    pub now: Option<Moment>,
}

impl<'a> Facts<'a> {
    pub fn of(cx: &Cx<'a>) -> Self {
        Facts {
            strings: cx.strings,
            lang: cx.lang,
            catalogue: cx.catalogue,
            here: Some(cx.here),
            now: cx.now,
        }
    }
}

fn side_column(facts: &Facts<'_>, service: &Service) -> Vec<Block<Target>> {
    let (strings, lang) = (facts.strings, facts.lang);
    let t = |id: &str| Words::new(lang, strings.get(lang, id));
    let labelled = |icon, label: &str, value: &str, said: &str| Block::Contact {
        icon,
        words: Words::said_as(lang, value, format!("{}: {said}", strings.get(lang, label))),
    };
    let mut out = vec![
        Block::Heading(t("detail-where"), Size::Section),
        Block::Heading(
            Words::new(Lang::REFERENCE, service.organization.name.as_str()),
            Size::Line,
        ),
    ];
    let contacts = words::contacts(service, facts.here);
    for (location, for_here) in &contacts.locations {
        if let (true, Some(commune)) = (*for_here, facts.here.and_then(|h| h.commune.as_ref())) {
            let line = words::for_commune(strings, lang, commune);
            out.push(Block::Heading(Words::new(lang, line), Size::Line));
        }
        out.push(Block::Panel(location_blocks(facts, location)));
    }
    for phone in &contacts.phones {
        out.extend(phone_blocks(facts, phone));
    }
    if let Some(email) = &service.email {
        out.push(labelled(
            Icon::Mail,
            "detail-email",
            email.as_str(),
            email.as_str(),
        ));
    }
    if contacts.phones.is_empty() && contacts.locations.is_empty() {
        out.push(Block::Notice(t("detail-no-contact")));
    }
    let url = service.url.as_str();
    let bare = url
        .trim_start_matches("https://")
        .trim_start_matches("http://")
        .trim_end_matches('/');
    out.push(labelled(Icon::Language, "detail-website", url, bare));
    out.push(Block::Qr(t("detail-qr")));
    out
}

/// The glossary words written in the service's text, each a button that
/// shows its explanation.
fn glossary_marks(facts: &Facts<'_>, shown: &ShownText<'_>) -> Vec<Block<Target>> {
    let lang = facts.lang;
    let mut texts: Vec<&str> = vec![shown.title, shown.summary];
    for list in [shown.eligibility, shown.how_to_apply, shown.documents] {
        texts.extend(list.iter().map(String::as_str));
    }
    texts.extend(shown.fees);
    let terms = facts.catalogue.glossary.found_in(lang, &texts);
    if terms.is_empty() {
        return Vec::new();
    }
    let marks = terms
        .into_iter()
        .map(|term| Block::Button {
            label: Words::new(lang, term.headword(lang)),
            target: Target::Explain(term.id().to_owned()),
            look: Look::Term,
        })
        .collect();
    vec![
        Block::Paragraph(
            Words::new(lang, facts.strings.get(lang, "glossary-touch-hint")),
            Size::Line,
        ),
        Block::Row(marks),
    ]
}

/// "Open now · closes at 12:00", when the kiosk knows the time and place.
fn status(
    facts: &Facts<'_>,
    status: impl Fn(&Here, Moment) -> OpenStatus,
    of: StatusOf,
) -> Option<Block<Target>> {
    let (Some(here), Some(now)) = (facts.here, facts.now) else {
        return None;
    };
    let (line, open) = words::status_line(facts.strings, facts.lang, status(here, now), of)?;
    Some(Block::Status {
        words: Words::new(facts.lang, line),
        open,
    })
}

/// Hours as shown ("lundi: 08:00–12:00") and said in words.
fn hours(facts: &Facts<'_>, hours: &WeeklyHours) -> Vec<Block<Target>> {
    let (strings, lang) = (facts.strings, facts.lang);
    words::hours_shown(strings, lang, hours)
        .into_iter()
        .zip(words::hours_spoken(strings, lang, hours))
        .map(|(shown, said)| Block::Contact {
            icon: Icon::Clock,
            words: Words::said_as(lang, shown, said),
        })
        .collect()
}

/// A number (read in groups), what it is for, and when the line answers.
fn phone_blocks(facts: &Facts<'_>, phone: &Phone) -> Vec<Block<Target>> {
    let (strings, lang) = (facts.strings, facts.lang);
    let number = phone.number();
    let mut out = vec![Block::Contact {
        icon: Icon::Phone,
        words: Words::said_as(
            lang,
            number,
            format!(
                "{}: {}",
                strings.get(lang, "detail-phone"),
                words::phone_spoken(number)
            ),
        ),
    }];
    out.extend(localized(&phone.description, lang).map(|w| Block::Paragraph(w, Size::Line)));
    if let Some(weekly) = &phone.hours {
        out.extend(status(
            facts,
            |here, now| opening::phone_status(phone, &here.canton, now),
            StatusOf::Line,
        ));
        out.push(Block::Heading(
            Words::new(lang, strings.get(lang, "detail-line-hours")),
            Size::Line,
        ));
        out.extend(hours(facts, weekly));
    }
    out
}

/// An office: its address, whether it is open, its hours, its notes.
fn location_blocks(facts: &Facts<'_>, location: &Location) -> Vec<Block<Target>> {
    let (strings, lang) = (facts.strings, facts.lang);
    let (name, street) = (location.name(), &location.address_1);
    let (code, city) = (location.postal_code.as_str(), &location.city);
    let mut out = vec![Block::Contact {
        icon: Icon::MapPin,
        words: Words::said_as(
            Lang::REFERENCE,
            format!("{name}\n{street}\n{code} {city}"),
            format!("{name}, {street}, {code} {city}"),
        ),
    }];
    if let Some(weekly) = &location.hours {
        out.extend(status(
            facts,
            |here, now| opening::location_status(location, &here.canton, now),
            StatusOf::Place,
        ));
        out.push(Block::Heading(
            Words::new(lang, strings.get(lang, "detail-hours")),
            Size::Line,
        ));
        out.extend(hours(facts, weekly));
    }
    out.extend(localized(&location.notes, lang).map(|w| Block::Paragraph(w, Size::Line)));
    out
}

/// A text in the visitor's language, else in French (said by the French voice).
fn localized(texts: &Localized, lang: Lang) -> Option<Words> {
    texts
        .get(&lang)
        .map(|t| Words::new(lang, t.as_str()))
        .or_else(|| {
            texts
                .get(&Lang::REFERENCE)
                .map(|t| Words::new(Lang::REFERENCE, t.as_str()))
        })
}

#[cfg(test)]
mod tests;
