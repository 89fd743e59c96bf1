//! Words for what the kiosk shows and says: opening times, days, phone
//! numbers, and a service read aloud in reading order. Shared by the screen
//! and by speech, so both always say the same thing.

mod times;

pub use times::{StatusOf, day_name, hours_shown, hours_spoken, status_line, time_spoken};

use crate::content::{Field, Localized, Location, MAX_ELIGIBILITY, Service};
use crate::i18n::{Arg, Strings};
use crate::lang::Lang;
use crate::opening::{self, Moment};
use crate::place::{Commune, Contacts, Here};
use crate::speech::Utterance;

/// "+41 22 546 19 00" → "+41, 22, 546, 19, 00": each group read as a number,
/// with a pause between groups, as people say Swiss numbers.
pub fn phone_spoken(number: &str) -> String {
    number
        .split(|c: char| c.is_whitespace() || c == '.' || c == '/' || c == '-')
        .filter(|group| !group.is_empty())
        .collect::<Vec<_>>()
        .join(", ")
}

/// What a reading of a service depends on besides the service: where the
/// kiosk is, the time, and whether the visitor asked for every condition.
#[derive(Debug, Clone, Copy, Default)]
pub struct Reading<'a> {
    /// `None`: every phone and place, in the file's order, without "open now".
    pub here: Option<&'a Here>,
    pub now: Option<Moment>,
    /// The conditions past the first [`MAX_ELIGIBILITY`] are shown.
    pub all_conditions: bool,
}

/// The conditions shown before "More conditions", and how many are hidden.
pub fn conditions_shown(items: &[String], all: bool) -> (&[String], usize) {
    if all || items.len() <= MAX_ELIGIBILITY {
        (items, 0)
    } else {
        (&items[..MAX_ELIGIBILITY], items.len() - MAX_ELIGIBILITY)
    }
}

/// A service's phones and places as `reading` shows them.
pub fn contacts<'a>(service: &'a Service, here: Option<&Here>) -> Contacts<'a> {
    match here {
        Some(here) => here.contacts(service),
        None => Contacts {
            locations: service.locations.iter().map(|l| (l, false)).collect(),
            phones: service.phones.iter().collect(),
        },
    }
}

/// A service read aloud, in the order the screen shows it. Parts shown in
/// French are read by the French voice.
pub fn service_spoken(
    strings: &Strings,
    service: &Service,
    lang: Lang,
    reading: Reading<'_>,
) -> Vec<Utterance> {
    let shown = service.text(lang);
    let own = |field: Field| shown.lang_of(field);
    let say = |lang: Lang, text: &str| Utterance::new(lang, text);
    let mut out = vec![say(own(Field::Title), shown.title)];
    if !shown.in_french.is_empty() {
        out.push(say(lang, &strings.get(lang, "detail-in-french")));
    }
    out.push(say(own(Field::Summary), shown.summary));
    let section =
        |out: &mut Vec<Utterance>, title: &str, field: Field, items: &[String], numbered: bool| {
            if items.is_empty() {
                return;
            }
            out.push(say(lang, &strings.get(lang, title)));
            for (i, item) in items.iter().enumerate() {
                if numbered {
                    // "Step 1:" in the visitor's language, the step in its own.
                    let step = Arg::Number(i as i64 + 1);
                    out.push(say(
                        lang,
                        &strings.get_with(lang, "speech-step", &[("number", step)]),
                    ));
                }
                out.push(say(own(field), item));
            }
        };
    let (conditions, hidden) = conditions_shown(shown.eligibility, reading.all_conditions);
    section(
        &mut out,
        "detail-who",
        Field::Eligibility,
        conditions,
        false,
    );
    if hidden > 0 {
        out.push(say(lang, &more_conditions(strings, lang, hidden)));
    }
    section(
        &mut out,
        "detail-how",
        Field::HowToApply,
        shown.how_to_apply,
        true,
    );
    section(
        &mut out,
        "detail-bring",
        Field::Documents,
        shown.documents,
        false,
    );
    if let Some(fees) = shown.fees {
        out.push(say(lang, &strings.get(lang, "detail-fees")));
        out.push(say(own(Field::Fees), fees));
    }
    out.push(say(lang, &strings.get(lang, "detail-where")));
    out.push(say(Lang::REFERENCE, &service.organization.name));
    let contacts = contacts(service, reading.here);
    for (location, for_here) in contacts.locations {
        if let (true, Some(commune)) = (for_here, reading.here.and_then(|h| h.commune.as_ref())) {
            out.push(say(lang, &for_commune(strings, lang, commune)));
        }
        out.extend(location_spoken(strings, lang, location, reading));
    }
    for phone in contacts.phones {
        out.push(say(
            lang,
            &format!(
                "{}: {}",
                strings.get(lang, "detail-phone"),
                phone_spoken(phone.number())
            ),
        ));
        if let Some(description) = localized(&phone.description, lang) {
            out.push(description);
        }
        if let Some(hours) = &phone.hours {
            if let (Some(here), Some(now)) = (reading.here, reading.now) {
                let status = opening::phone_status(phone, &here.canton, now);
                if let Some((line, _)) = status_line(strings, lang, status, StatusOf::Line) {
                    out.push(say(lang, &line));
                }
            }
            out.push(say(lang, &strings.get(lang, "detail-line-hours")));
            out.extend(
                hours_spoken(strings, lang, hours)
                    .into_iter()
                    .map(|line| Utterance::new(lang, line)),
            );
        }
    }
    out
}

/// "More conditions (4)".
pub fn more_conditions(strings: &Strings, lang: Lang, hidden: usize) -> String {
    strings.get_with(
        lang,
        "detail-more-conditions",
        &[("count", Arg::Number(hidden as i64))],
    )
}

/// "For Lausanne:".
pub fn for_commune(strings: &Strings, lang: Lang, commune: &Commune) -> String {
    let name = commune.to_string();
    strings.get_with(lang, "detail-for-commune", &[("commune", Arg::Text(&name))])
}

/// A note in the visitor's language, else in French (said by the French voice).
fn localized(texts: &Localized, lang: Lang) -> Option<Utterance> {
    texts
        .get(&lang)
        .map(|t| Utterance::new(lang, t))
        .or_else(|| {
            texts
                .get(&Lang::REFERENCE)
                .map(|t| Utterance::new(Lang::REFERENCE, t))
        })
}

fn location_spoken(
    strings: &Strings,
    lang: Lang,
    location: &Location,
    reading: Reading<'_>,
) -> Vec<Utterance> {
    let mut out = vec![Utterance::new(
        Lang::REFERENCE,
        format!(
            "{}, {}, {} {}",
            location.name(),
            location.address_1,
            location.postal_code.as_str(),
            location.city
        ),
    )];
    if let Some(hours) = &location.hours {
        if let (Some(here), Some(now)) = (reading.here, reading.now) {
            let status = opening::location_status(location, &here.canton, now);
            if let Some((line, _)) = status_line(strings, lang, status, StatusOf::Place) {
                out.push(Utterance::new(lang, line));
            }
        }
        out.push(Utterance::new(lang, strings.get(lang, "detail-hours")));
        out.extend(
            hours_spoken(strings, lang, hours)
                .into_iter()
                .map(|line| Utterance::new(lang, line)),
        );
    }
    out.extend(localized(&location.notes, lang));
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::hours::WeeklyHours;

    fn strings() -> Strings {
        Strings::embedded().0
    }

    fn service(extra: &str) -> Service {
        toml::from_str(&format!(
            r#"
id = "x"
categories = ["money"]
cantons = ["VD"]
url = "https://example.org"
source = "https://example.org"
reviewed = 2026-11-29
organization = {{ name = "X" }}
{extra}
[text.fr]
status = "complete"
title = "Titre"
summary = "Résumé."
eligibility = ["c1", "c2", "c3", "c4", "c5", "c6", "c7", "c8"]
keywords = []
"#
        ))
        .unwrap()
    }

    fn said(utterances: &[Utterance]) -> Vec<&str> {
        utterances.iter().map(|u| u.text.as_str()).collect()
    }

    #[test]
    fn six_conditions_then_more_conditions_as_on_screen() {
        let strings = strings();
        let service = service("");
        let short = service_spoken(&strings, &service, Lang::Fr, Reading::default());
        let short = said(&short);
        assert!(short.contains(&"c6") && !short.contains(&"c7"), "{short:?}");
        assert!(short.contains(&"Autres conditions (2)"), "{short:?}");
        let all = Reading {
            all_conditions: true,
            ..Reading::default()
        };
        let long = service_spoken(&strings, &service, Lang::Fr, all);
        let long = said(&long);
        assert!(long.contains(&"c8"), "{long:?}");
        assert!(!long.iter().any(|u| u.starts_with("Autres conditions")));
    }

    #[test]
    fn the_office_for_the_kiosk_commune_is_said_first_and_open_now_is_said() {
        let strings = strings();
        let service = service(
            r#"
[[phones]]
number = "021 000 00 00"
[phones.hours]
tuesday = ["08:00-12:00"]
[[locations]]
name = "Bureau Nord"
address_1 = "Rue 1"
postal_code = "1400"
city = "Yverdon-les-Bains"
serves = ["Yverdon-les-Bains"]
[[locations]]
name = "Bureau Lausanne"
address_1 = "Rue 2"
postal_code = "1004"
city = "Lausanne"
serves = ["Lausanne"]
[locations.hours]
tuesday = ["08:00-12:00"]
"#,
        );
        let here = Here {
            canton: "VD".parse().unwrap(),
            commune: Some("Lausanne".parse().unwrap()),
        };
        let reading = Reading {
            here: Some(&here),
            // Tuesday 1 December 2026.
            now: Some(Moment {
                date: jiff::civil::date(2026, 12, 1),
                time: "09:00".parse().unwrap(),
            }),
            all_conditions: false,
        };
        let spoken = service_spoken(&strings, &service, Lang::En, reading);
        let spoken = said(&spoken);
        let at = |text: &str| spoken.iter().position(|u| u.starts_with(text));
        let for_lausanne = at("For Lausanne:").unwrap();
        assert_eq!(at("Bureau Lausanne"), Some(for_lausanne + 1), "{spoken:?}");
        assert!(at("Bureau Lausanne") < at("Bureau Nord"));
        assert!(spoken.contains(&"Open now · Closes at 12:00"), "{spoken:?}");
        assert!(
            spoken.contains(&"The line answers now · Until 12:00"),
            "{spoken:?}"
        );
    }

    #[test]
    fn phone_numbers_are_read_in_groups() {
        assert_eq!(phone_spoken("+41 22 546 19 00"), "+41, 22, 546, 19, 00");
        assert_eq!(phone_spoken("143"), "143");
        assert_eq!(phone_spoken("022/546.19.00"), "022, 546, 19, 00");
    }

    #[test]
    fn hours_are_said_in_words_not_digits_and_dashes() {
        let hours: WeeklyHours = toml::from_str(
            "monday = [\"08:30-12:00\", \"13:30-17:00\"]\ntuesday = [\"08:30-12:00\", \"13:30-17:00\"]\nwednesday = [\"08:30-12:00\", \"13:30-17:00\"]\nthursday = [\"08:30-12:00\", \"13:30-17:00\"]\nfriday = [\"08:30-12:00\", \"13:30-17:00\"]\nsaturday = [\"09:00-11:00\"]\n",
        )
        .unwrap();
        let strings = strings();
        assert_eq!(
            hours_spoken(&strings, Lang::En, &hours),
            vec![
                "Monday to Friday, 8:30 to 12 and 13:30 to 17",
                "Saturday, 9 to 11"
            ]
        );
        assert_eq!(
            hours_spoken(&strings, Lang::Fr, &hours)[0],
            "du lundi au vendredi, de 8:30 à 12 et de 13:30 à 17"
        );
        assert_eq!(
            hours_shown(&strings, Lang::Fr, &hours)[1],
            "samedi: 09:00–11:00"
        );
    }
}
