//! What a printed sheet says, as an ordered list of blocks: taken from the
//! catalogue and the interface strings only, never from what a visitor typed.

use crate::content::{Field, Location, Service, Status};
use crate::i18n::{Arg, Strings};
use crate::lang::Lang;
use crate::place::{Contacts, Here};
use crate::words;

/// Most offices printed, so one press never becomes a metre of paper.
pub const MAX_OFFICES: usize = 3;

/// One line or paragraph, with the language it is written in (a field shown
/// in French reads left to right on an Arabic sheet).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Words {
    pub text: String,
    pub lang: Lang,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Block {
    /// The service's name, largest.
    Title(Words),
    Heading(Words),
    Paragraph(Words),
    /// A thing to bring, after an empty box to tick.
    Check(Words),
    /// The QR code of this address.
    Qr(String),
    /// A line across the sheet, before the block for the desk.
    Rule,
}

/// A sheet in the visitor's language, with its French block for the desk.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sheet {
    pub lang: Lang,
    pub blocks: Vec<Block>,
}

impl Sheet {
    /// The sheet of `service` in `lang` for a kiosk `here`, printed on
    /// `date` ("29.11.2026").
    pub fn new(strings: &Strings, service: &Service, lang: Lang, here: &Here, date: &str) -> Sheet {
        let contacts = here.contacts(service);
        let shown = service.text(lang);
        let own = |field: Field| shown.lang_of(field);
        let t = |id: &str| Words {
            text: strings.get(lang, id),
            lang,
        };
        let words = |text: &str, lang: Lang| Words {
            text: text.to_owned(),
            lang,
        };
        let mut blocks = vec![Block::Title(words(shown.title, own(Field::Title)))];
        if !shown.in_french.is_empty() {
            blocks.push(Block::Paragraph(t("detail-in-french")));
        }
        if shown.status == Status::Machine && lang != Lang::REFERENCE {
            blocks.push(Block::Paragraph(t("detail-machine")));
        }
        blocks.push(Block::Paragraph(words(shown.summary, own(Field::Summary))));
        if !shown.documents.is_empty() {
            blocks.push(Block::Heading(t("detail-bring")));
            blocks.extend(
                shown
                    .documents
                    .iter()
                    .map(|item| Block::Check(words(item, own(Field::Documents)))),
            );
        }
        blocks.push(Block::Heading(t("detail-where")));
        blocks.push(Block::Paragraph(words(
            &service.organization.name,
            Lang::REFERENCE,
        )));
        for &(location, for_here) in contacts.locations.iter().take(MAX_OFFICES) {
            if let (true, Some(commune)) = (for_here, here.commune.as_ref()) {
                blocks.push(Block::Heading(Words {
                    text: words::for_commune(strings, lang, commune),
                    lang,
                }));
            }
            blocks.push(Block::Paragraph(words(&address(location), Lang::REFERENCE)));
            if let Some(hours) = &location.hours {
                blocks.push(Block::Heading(t("detail-hours")));
                blocks.extend(
                    words::hours_spoken(strings, lang, hours)
                        .into_iter()
                        .map(|line| Block::Paragraph(Words { text: line, lang })),
                );
            }
        }
        for phone in &contacts.phones {
            // Isolated left to right: in an Arabic line the groups of a
            // number would otherwise come out in reverse order.
            let mut line = format!(
                "{}: \u{2066}{}\u{2069}",
                strings.get(lang, "detail-phone"),
                phone.number()
            );
            if let Some(description) = phone.description.get(&lang) {
                line = format!("{line} — {description}");
            }
            blocks.push(Block::Paragraph(Words { text: line, lang }));
        }
        blocks.push(Block::Qr(service.url.as_str().to_owned()));
        blocks.push(Block::Paragraph(t("detail-qr")));
        blocks.push(Block::Paragraph(words(
            service.url.as_str(),
            Lang::REFERENCE,
        )));
        blocks.push(Block::Paragraph(Words {
            text: strings.get_with(lang, "print-date", &[("date", Arg::Text(date))]),
            lang,
        }));
        blocks.push(Block::Rule);
        blocks.extend(for_the_desk(strings, service, &contacts));
        Sheet { lang, blocks }
    }

    /// Every text printed, in order (tests, and the privacy check).
    pub fn texts(&self) -> impl Iterator<Item = &str> {
        self.blocks.iter().filter_map(|block| match block {
            Block::Title(w) | Block::Heading(w) | Block::Paragraph(w) | Block::Check(w) => {
                Some(w.text.as_str())
            }
            Block::Qr(_) | Block::Rule => None,
        })
    }
}

/// The short French block the desk reads on any sheet: title, office, phone.
fn for_the_desk(strings: &Strings, service: &Service, contacts: &Contacts<'_>) -> Vec<Block> {
    let fr = Lang::REFERENCE;
    let french = |text: String| Words { text, lang: fr };
    let mut blocks = vec![
        Block::Heading(french(strings.get(fr, "print-for-desk"))),
        Block::Paragraph(french(service.text(fr).title.to_owned())),
    ];
    let office = contacts
        .locations
        .first()
        .map(|(location, _)| address(location))
        .unwrap_or_else(|| service.organization.name.clone());
    blocks.push(Block::Paragraph(french(office)));
    if let Some(phone) = contacts.phones.first() {
        blocks.push(Block::Paragraph(french(format!(
            "{}: {}",
            strings.get(fr, "detail-phone"),
            phone.number()
        ))));
    }
    blocks
}

fn address(location: &Location) -> String {
    format!(
        "{}\n{}\n{} {}",
        location.name,
        location.address_1,
        location.postal_code.as_str(),
        location.city
    )
}

/// A date as people in Switzerland write it: 29.11.2026.
pub fn swiss_date(date: jiff::civil::Date) -> String {
    format!("{:02}.{:02}.{}", date.day(), date.month(), date.year())
}
