//! "Open now" and "opens Monday at 08:30" on real dates: a week of hours,
//! less the public holidays of the canton and the closures staff wrote.
//!
//! A place or line with hours on Sunday is taken to keep its hours on
//! public holidays too (24/7 lines, night shelters); one without Sunday
//! hours is closed on public holidays.

use jiff::civil::Date;

use crate::content::{Canton, Location, Phone};
use crate::holidays::{self, Holiday};
use crate::hours::{TimeOfDay, Weekday, WeeklyHours};

/// The kiosks are in Switzerland: opening hours are Zurich time.
pub const TIME_ZONE: &str = "Europe/Zurich";

/// How far ahead "opens on …" looks; a place shut for longer says only
/// that it is closed.
const LOOK_AHEAD_DAYS: u8 = 60;

/// A moment in the kiosk's local time.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Moment {
    pub date: Date,
    pub time: TimeOfDay,
}

impl Moment {
    /// Now, in Europe/Zurich (summer time included). `None` only if the
    /// embedded time-zone data were missing.
    pub fn now() -> Option<Moment> {
        let zoned = jiff::Timestamp::now().in_tz(TIME_ZONE).ok()?;
        Some(Moment {
            date: zoned.date(),
            time: TimeOfDay::new(zoned.hour() as u8, zoned.minute() as u8)?,
        })
    }

    pub fn day(self) -> Weekday {
        Weekday::from_jiff(self.date.weekday())
    }
}

/// Why a day with weekly hours is off.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DayOff {
    Holiday(Holiday),
    /// A closure written in the place's `closed`.
    Closure,
}

/// Whether a place is open at a moment, and what changes next.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OpenStatus {
    /// Open now, until `closes` today.
    Open { closes: TimeOfDay },
    /// Closed now; opens on `date` (`days_ahead` after today) at `opens`.
    /// `today` says why today is off, when it is a holiday or a closure.
    Closed {
        date: Date,
        day: Weekday,
        days_ahead: u8,
        opens: TimeOfDay,
        today: Option<DayOff>,
    },
    /// Closed now, and not open again within the next weeks.
    ClosedLong { today: Option<DayOff> },
    /// No hours are known.
    Unknown,
}

/// Open now / opens at …, for weekly `hours` and the days off `off` says.
pub fn status(hours: &WeeklyHours, at: Moment, off: impl Fn(Date) -> Option<DayOff>) -> OpenStatus {
    if hours.is_empty() {
        return OpenStatus::Unknown;
    }
    let today = off(at.date);
    let mut date = at.date;
    for days_ahead in 0..=LOOK_AHEAD_DAYS {
        if off(date).is_none() {
            let slots = hours.day(Weekday::from_jiff(date.weekday()));
            if days_ahead == 0 {
                if let Some(slot) = slots.iter().find(|s| s.contains(at.time)) {
                    return OpenStatus::Open {
                        closes: slot.closes,
                    };
                }
            }
            if let Some(slot) = slots
                .iter()
                .find(|slot| days_ahead > 0 || slot.opens > at.time)
            {
                return OpenStatus::Closed {
                    date,
                    day: Weekday::from_jiff(date.weekday()),
                    days_ahead,
                    opens: slot.opens,
                    today,
                };
            }
        }
        match date.tomorrow() {
            Ok(next) => date = next,
            Err(_) => break,
        }
    }
    OpenStatus::ClosedLong { today }
}

/// The canton whose holidays apply: the place's own, else the kiosk's.
fn holiday_canton<'a>(own: Option<&'a Canton>, kiosk: &'a Canton) -> &'a str {
    own.unwrap_or(kiosk).as_str()
}

fn holiday_off(hours: &WeeklyHours, canton: &str, date: Date) -> Option<DayOff> {
    if !hours.day(Weekday::Sunday).is_empty() {
        return None;
    }
    holidays::holiday(canton, date).map(DayOff::Holiday)
}

/// Whether a place is open at `at`, for a kiosk in `kiosk`.
pub fn location_status(location: &Location, kiosk: &Canton, at: Moment) -> OpenStatus {
    let Some(hours) = &location.hours else {
        return OpenStatus::Unknown;
    };
    let canton = holiday_canton(location.canton.as_ref().map(|c| c.get_ref()), kiosk);
    status(hours, at, |date| {
        if location.closed_on(date) {
            Some(DayOff::Closure)
        } else {
            holiday_off(hours, canton, date)
        }
    })
}

/// Whether a phone line answers at `at`, for a kiosk in `kiosk`.
pub fn phone_status(phone: &Phone, kiosk: &Canton, at: Moment) -> OpenStatus {
    let Some(hours) = &phone.hours else {
        return OpenStatus::Unknown;
    };
    let canton = holiday_canton(phone.canton.as_ref().map(|c| c.get_ref()), kiosk);
    status(hours, at, |date| holiday_off(hours, canton, date))
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    fn at(date: Date, time: &str) -> Moment {
        Moment {
            date,
            time: time.parse().unwrap(),
        }
    }

    fn hours(text: &str) -> WeeklyHours {
        toml::from_str(text).unwrap()
    }

    fn no_day_off(_: Date) -> Option<DayOff> {
        None
    }

    #[test]
    fn open_now_and_opens_at_on_ordinary_days() {
        let hours =
            hours("monday = [\"08:30-12:00\", \"13:30-17:00\"]\nwednesday = [\"08:30-12:00\"]");
        // 2026-11-30 is a Monday.
        let monday = date(2026, 11, 30);
        let closes = |t: &str| OpenStatus::Open {
            closes: t.parse().unwrap(),
        };
        assert_eq!(
            status(&hours, at(monday, "09:00"), no_day_off),
            closes("12:00")
        );
        assert_eq!(
            status(&hours, at(monday, "16:59"), no_day_off),
            closes("17:00")
        );
        let opens = |date: Date, days_ahead, t: &str| OpenStatus::Closed {
            date,
            day: Weekday::from_jiff(date.weekday()),
            days_ahead,
            opens: t.parse().unwrap(),
            today: None,
        };
        assert_eq!(
            status(&hours, at(monday, "12:00"), no_day_off),
            opens(monday, 0, "13:30")
        );
        assert_eq!(
            status(&hours, at(monday, "17:00"), no_day_off),
            opens(date(2026, 12, 2), 2, "08:30")
        );
        assert_eq!(
            status(&hours, at(date(2026, 12, 3), "10:00"), no_day_off),
            opens(date(2026, 12, 7), 4, "08:30")
        );
        assert_eq!(
            status(&WeeklyHours::default(), at(monday, "09:00"), no_day_off),
            OpenStatus::Unknown
        );
    }

    fn place(extra: &str) -> Location {
        toml::from_str(&format!(
            "name = \"Office\"\naddress_1 = \"Rue 1\"\npostal_code = \"1204\"\ncity = \"Genève\"\n{extra}\n[hours]\nmonday = [\"08:30-12:00\", \"13:30-17:00\"]\nwednesday = [\"08:30-12:00\"]\nthursday = [\"08:30-12:00\"]\nfriday = [\"08:30-12:00\"]\n"
        ))
        .unwrap()
    }

    fn ge() -> Canton {
        "GE".parse().unwrap()
    }

    fn vd() -> Canton {
        "VD".parse().unwrap()
    }

    #[test]
    fn closed_on_public_holidays_of_the_kiosk_canton() {
        let office = place("");
        // Easter Monday 2026 is 6 April: closed, opens Wednesday 8.
        let status = location_status(&office, &ge(), at(date(2026, 4, 6), "10:00"));
        assert_eq!(
            status,
            OpenStatus::Closed {
                date: date(2026, 4, 8),
                day: Weekday::Wednesday,
                days_ahead: 2,
                opens: "08:30".parse().unwrap(),
                today: Some(DayOff::Holiday(Holiday::EasterMonday)),
            }
        );
        // Thursday 2 April 2026, Good Friday the 3rd, Easter Monday the 6th:
        // after Thursday noon, next opening is Wednesday.
        let status = location_status(&office, &vd(), at(date(2026, 4, 2), "13:00"));
        assert!(matches!(
            status,
            OpenStatus::Closed {
                days_ahead: 6,
                today: None,
                ..
            }
        ));
        // Jeûne genevois 2026 (Thursday 10 September) in Geneva, not in Vaud.
        let jeune = at(date(2026, 9, 10), "09:00");
        assert!(matches!(
            location_status(&office, &ge(), jeune),
            OpenStatus::Closed { .. }
        ));
        assert!(matches!(
            location_status(&office, &vd(), jeune),
            OpenStatus::Open { .. }
        ));
        // Lundi du Jeûne 2027 (20 September) in Vaud, not in Geneva.
        let lundi = at(date(2027, 9, 20), "09:00");
        assert!(matches!(
            location_status(&office, &vd(), lundi),
            OpenStatus::Closed { .. }
        ));
        assert!(matches!(
            location_status(&office, &ge(), lundi),
            OpenStatus::Open { .. }
        ));
        // Ascension 2038: Thursday 3 June.
        let ascension = at(date(2038, 6, 3), "09:00");
        assert!(matches!(
            location_status(&office, &ge(), ascension),
            OpenStatus::Closed { .. }
        ));
        // A cantonal office follows its own canton's holidays.
        let vaud_office = place("canton = \"VD\"");
        assert!(matches!(
            location_status(&vaud_office, &ge(), lundi),
            OpenStatus::Closed { .. }
        ));
    }

    #[test]
    fn closed_on_the_days_staff_wrote() {
        let office = place("closed = [2026-12-02, { from = 2026-12-21, to = 2027-01-05 }]");
        // Monday 30 November, after noon: Wednesday 2 December is closed.
        let status = location_status(&office, &ge(), at(date(2026, 11, 30), "17:30"));
        assert!(
            matches!(status, OpenStatus::Closed { date: d, .. } if d == date(2026, 12, 3)),
            "{status:?}"
        );
        // Christmas week: reopens Wednesday 6 January 2027.
        let status = location_status(&office, &ge(), at(date(2026, 12, 21), "09:00"));
        assert_eq!(
            status,
            OpenStatus::Closed {
                date: date(2027, 1, 6),
                day: Weekday::Wednesday,
                days_ahead: 16,
                opens: "08:30".parse().unwrap(),
                today: Some(DayOff::Closure),
            }
        );
        let long = place("closed = [{ from = 2026-01-01, to = 2026-12-31 }]");
        assert_eq!(
            location_status(&long, &ge(), at(date(2026, 6, 1), "09:00")),
            OpenStatus::ClosedLong {
                today: Some(DayOff::Closure)
            }
        );
    }

    #[test]
    fn lines_open_on_sundays_keep_their_hours_on_holidays() {
        let all_week = "00:00-24:00";
        let days: Vec<String> = Weekday::ALL
            .iter()
            .map(|d| format!("{} = [\"{all_week}\"]", d.key()))
            .collect();
        let phone: Phone =
            toml::from_str(&format!("number = \"143\"\n[hours]\n{}", days.join("\n"))).unwrap();
        let christmas = at(date(2026, 12, 25), "03:00");
        assert!(matches!(
            phone_status(&phone, &ge(), christmas),
            OpenStatus::Open { .. }
        ));
        let office_line: Phone =
            toml::from_str("number = \"022 000 00 00\"\n[hours]\nfriday = [\"08:00-12:00\"]")
                .unwrap();
        let christmas_morning = at(date(2026, 12, 25), "09:00");
        assert!(matches!(
            phone_status(&office_line, &ge(), christmas_morning),
            OpenStatus::Closed {
                today: Some(DayOff::Holiday(Holiday::Christmas)),
                ..
            }
        ));
    }

    #[test]
    fn zurich_time_is_available_offline() {
        assert!(Moment::now().is_some());
        let summer = date(2026, 7, 1).at(12, 0, 0, 0).in_tz(TIME_ZONE).unwrap();
        assert_eq!(summer.offset().seconds(), 2 * 3600);
        let winter = date(2026, 1, 1).at(12, 0, 0, 0).in_tz(TIME_ZONE).unwrap();
        assert_eq!(winter.offset().seconds(), 3600);
    }
}
