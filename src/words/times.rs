//! Opening times in words: "Open now · closes at 12:00", days and slots
//! on screen and aloud.

use crate::hours::{Slot, TimeOfDay, Weekday, WeeklyHours};
use crate::i18n::{Arg, Strings};
use crate::lang::Lang;
use crate::opening::{DayOff, OpenStatus};

pub fn day_name(strings: &Strings, lang: Lang, day: Weekday) -> String {
    strings.get(lang, &format!("day-{}", day.key()))
}

/// What a status line is about: a place that opens, or a phone line that
/// answers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StatusOf {
    Place,
    Line,
}

/// "Open now · closes at 12:00" or "Closed today: public holiday · opens
/// tomorrow at 08:30" (for a phone: "The line answers now · until 12:00"),
/// and whether it is open.
pub fn status_line(
    strings: &Strings,
    lang: Lang,
    status: OpenStatus,
    of: StatusOf,
) -> Option<(String, bool)> {
    let t = |id: &str| strings.get(lang, id);
    let line = of == StatusOf::Line;
    let closed_now = |today: Option<DayOff>| match (today, line) {
        (Some(DayOff::Holiday(_)), false) => t("detail-closed-holiday"),
        (Some(DayOff::Closure), false) => t("detail-closed-exceptionally"),
        (Some(_), true) => t("detail-line-holiday"),
        (None, false) => t("detail-closed-now"),
        (None, true) => t("detail-line-closed-now"),
    };
    match status {
        OpenStatus::Open { closes } => {
            let (now, until) = if line {
                ("detail-line-open-now", "detail-line-until")
            } else {
                ("detail-open-now", "detail-closes-at")
            };
            let time = closes.to_string();
            let until = strings.get_with(lang, until, &[("time", Arg::Text(&time))]);
            Some((format!("{} · {until}", t(now)), true))
        }
        OpenStatus::Closed {
            date,
            day,
            days_ahead,
            opens,
            today,
        } => {
            let day = match days_ahead {
                0 => t("day-today"),
                1 => t("day-tomorrow"),
                2..7 => day_name(strings, lang, day),
                // A week or more away: the weekday alone would mislead.
                _ => format!(
                    "{} {:02}.{:02}.",
                    day_name(strings, lang, day),
                    date.day(),
                    date.month()
                ),
            };
            let id = if line {
                "detail-line-answers-at"
            } else {
                "detail-opens-at"
            };
            let time = opens.to_string();
            let next = strings.get_with(
                lang,
                id,
                &[("day", Arg::Text(&day)), ("time", Arg::Text(&time))],
            );
            Some((format!("{} · {next}", closed_now(today)), false))
        }
        OpenStatus::ClosedLong { today } => Some((closed_now(today), false)),
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
