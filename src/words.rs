//! Words for what the kiosk shows and says: opening times, days, phone
//! numbers, and a service read aloud in reading order. Shared by the screen
//! and by speech, so both always say the same thing.

use crate::content::{Field, Location, Service};
use crate::hours::{OpenStatus, Slot, TimeOfDay, Weekday, WeeklyHours};
use crate::i18n::{Arg, Strings};
use crate::lang::Lang;
use crate::speech::Utterance;

pub fn day_name(strings: &Strings, lang: Lang, day: Weekday) -> String {
    strings.get(lang, &format!("day-{}", day.key()))
}

/// "Open now · closes at 12:00" or "Closed now · opens tomorrow at 08:30",
/// and whether it is open.
pub fn status_line(strings: &Strings, lang: Lang, status: OpenStatus) -> Option<(String, bool)> {
    let t = |id: &str| strings.get(lang, id);
    match status {
        OpenStatus::Open { closes } => Some((
            format!(
                "{} · {}",
                t("detail-open-now"),
                strings.get_with(
                    lang,
                    "detail-closes-at",
                    &[("time", Arg::Text(&closes.to_string()))]
                )
            ),
            true,
        )),
        OpenStatus::Closed {
            day,
            days_ahead,
            opens,
        } => {
            let day = match days_ahead {
                0 => t("day-today"),
                1 => t("day-tomorrow"),
                _ => day_name(strings, lang, day),
            };
            Some((
                format!(
                    "{} · {}",
                    t("detail-closed-now"),
                    strings.get_with(
                        lang,
                        "detail-opens-at",
                        &[
                            ("day", Arg::Text(&day)),
                            ("time", Arg::Text(&opens.to_string()))
                        ]
                    )
                ),
                false,
            ))
        }
        OpenStatus::Unknown => None,
    }
}

/// One line per run of days: `range` names a run of several days, `slot`
/// one opening slot; `days_end` ends the days, `between` joins slots.
fn hours_lines(
    strings: &Strings,
    lang: Lang,
    hours: &WeeklyHours,
    range: impl Fn(String, String) -> String,
    slot: impl Fn(Slot) -> String,
    days_end: &str,
    between: &str,
) -> Vec<String> {
    hours
        .runs()
        .into_iter()
        .map(|(first, last, slots)| {
            let days = if first == last {
                day_name(strings, lang, first)
            } else {
                range(
                    day_name(strings, lang, first),
                    day_name(strings, lang, last),
                )
            };
            let slots: Vec<String> = slots.iter().map(|s| slot(*s)).collect();
            format!("{days}{days_end}{}", slots.join(between))
        })
        .collect()
}

/// On screen: "lundi – vendredi: 08:30–12:00, 13:30–17:00".
pub fn hours_shown(strings: &Strings, lang: Lang, hours: &WeeklyHours) -> Vec<String> {
    hours_lines(
        strings,
        lang,
        hours,
        |first, last| format!("{first} – {last}"),
        |s| format!("{}–{}", s.opens, s.closes),
        ": ",
        ", ",
    )
}

/// Aloud: "du lundi au vendredi, de 8:30 à 12 et de 13:30 à 17".
pub fn hours_spoken(strings: &Strings, lang: Lang, hours: &WeeklyHours) -> Vec<String> {
    let and = format!(" {} ", strings.get(lang, "speech-and"));
    hours_lines(
        strings,
        lang,
        hours,
        |first, last| {
            strings.get_with(
                lang,
                "speech-days",
                &[("first", Arg::Text(&first)), ("last", Arg::Text(&last))],
            )
        },
        |s| slot_spoken(strings, lang, s),
        ", ",
        &and,
    )
}

fn slot_spoken(strings: &Strings, lang: Lang, slot: Slot) -> String {
    strings.get_with(
        lang,
        "speech-slot",
        &[
            ("opens", Arg::Text(&time_spoken(slot.opens))),
            ("closes", Arg::Text(&time_spoken(slot.closes))),
        ],
    )
}

/// "8:30", not "08:30" (a leading zero is read out), and "12", not
/// "12:00" (read "twelve zero zero").
pub fn time_spoken(time: TimeOfDay) -> String {
    if time.minute() == 0 {
        time.hour().to_string()
    } else {
        format!("{}:{:02}", time.hour(), time.minute())
    }
}

/// "+41 22 546 19 00" → "+41, 22, 546, 19, 00": each group read as a number,
/// with a pause between groups, as people say Swiss numbers.
pub fn phone_spoken(number: &str) -> String {
    number
        .split(|c: char| c.is_whitespace() || c == '.' || c == '/' || c == '-')
        .filter(|group| !group.is_empty())
        .collect::<Vec<_>>()
        .join(", ")
}

/// A service read aloud, in the order the screen shows it. Parts shown in
/// French are read by the French voice.
pub fn service_spoken(strings: &Strings, service: &Service, lang: Lang) -> Vec<Utterance> {
    let shown = service.text(lang);
    let own = |field: Field| {
        if shown.in_french.contains(&field) {
            Lang::REFERENCE
        } else {
            lang
        }
    };
    let say = |lang: Lang, text: &str| Utterance::new(lang, text);
    let mut out = vec![say(own(Field::Title), shown.title)];
    if !shown.in_french.is_empty() {
        out.push(say(lang, &strings.get(lang, "detail-in-french")));
    }
    out.push(say(own(Field::Summary), shown.summary));
    let mut section = |title: &str, field: Field, items: &[String], numbered: bool| {
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
    section("detail-who", Field::Eligibility, shown.eligibility, false);
    section("detail-how", Field::HowToApply, shown.how_to_apply, true);
    section("detail-bring", Field::Documents, shown.documents, false);
    if let Some(fees) = shown.fees {
        out.push(say(lang, &strings.get(lang, "detail-fees")));
        out.push(say(own(Field::Fees), fees));
    }
    out.push(say(lang, &strings.get(lang, "detail-where")));
    out.push(say(Lang::REFERENCE, &service.organization.name));
    for location in &service.locations {
        out.extend(location_spoken(strings, lang, location));
    }
    for phone in &service.phones {
        out.push(say(
            lang,
            &format!(
                "{}: {}",
                strings.get(lang, "detail-phone"),
                phone_spoken(phone.number())
            ),
        ));
    }
    out
}

fn location_spoken(strings: &Strings, lang: Lang, location: &Location) -> Vec<Utterance> {
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
        out.push(Utterance::new(lang, strings.get(lang, "detail-hours")));
        out.extend(
            hours_spoken(strings, lang, hours)
                .into_iter()
                .map(|line| Utterance::new(lang, line)),
        );
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn strings() -> Strings {
        Strings::embedded().0
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
