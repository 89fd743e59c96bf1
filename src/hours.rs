//! Opening hours: time slots within a day and a week of them.

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// A time of day to the minute, 00:00 to 24:00.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct TimeOfDay {
    minutes: u16,
}

impl TimeOfDay {
    pub const MIDNIGHT: TimeOfDay = TimeOfDay { minutes: 0 };
    pub const END_OF_DAY: TimeOfDay = TimeOfDay { minutes: 24 * 60 };

    pub fn new(hour: u8, minute: u8) -> Option<Self> {
        let minutes = u16::from(hour) * 60 + u16::from(minute);
        (minute < 60 && minutes <= 24 * 60).then_some(TimeOfDay { minutes })
    }

    pub fn hour(self) -> u8 {
        (self.minutes / 60) as u8
    }

    pub fn minute(self) -> u8 {
        (self.minutes % 60) as u8
    }

    pub fn minutes_since_midnight(self) -> u16 {
        self.minutes
    }
}

impl fmt::Display for TimeOfDay {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:02}:{:02}", self.hour(), self.minute())
    }
}

/// Why a time or a slot could not be read.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum HoursError {
    #[error("`{0}` is not a time — write hours and minutes as HH:MM, for example 08:30")]
    NotATime(String),
    #[error(
        "`{0}` is not a time of day — hours go from 00 to 23 (24:00 for the end of the day), minutes from 00 to 59"
    )]
    OutOfRange(String),
    #[error("`{0}` is not a time slot — write it as HH:MM-HH:MM, for example \"08:30-12:00\"")]
    NotASlot(String),
    #[error("the slot `{0}` ends before it starts — write the opening time first")]
    EndsBeforeStart(String),
    #[error("the slots `{0}` and `{1}` overlap — merge them into one, or correct the times")]
    Overlap(Slot, Slot),
}

impl FromStr for TimeOfDay {
    type Err = HoursError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let s = s.trim();
        let (h, m) = s
            .split_once(':')
            .ok_or_else(|| HoursError::NotATime(s.to_owned()))?;
        let two_digits = |part: &str| -> Result<u8, HoursError> {
            if (1..=2).contains(&part.len()) && part.bytes().all(|b| b.is_ascii_digit()) {
                part.parse().map_err(|_| HoursError::NotATime(s.to_owned()))
            } else {
                Err(HoursError::NotATime(s.to_owned()))
            }
        };
        let (hour, minute) = (two_digits(h)?, two_digits(m)?);
        if m.len() != 2 {
            return Err(HoursError::NotATime(s.to_owned()));
        }
        TimeOfDay::new(hour, minute).ok_or_else(|| HoursError::OutOfRange(s.to_owned()))
    }
}

/// One opening slot within a day, such as 08:30–12:00.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Slot {
    pub opens: TimeOfDay,
    pub closes: TimeOfDay,
}

impl Slot {
    pub fn contains(self, time: TimeOfDay) -> bool {
        self.opens <= time && time < self.closes
    }

    pub fn overlaps(self, other: Slot) -> bool {
        self.opens < other.closes && other.opens < self.closes
    }
}

impl fmt::Display for Slot {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}-{}", self.opens, self.closes)
    }
}

impl FromStr for Slot {
    type Err = HoursError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let (opens, closes) = s
            .split_once(['-', '–'])
            .ok_or_else(|| HoursError::NotASlot(s.to_owned()))?;
        let slot = Slot {
            opens: opens.parse()?,
            closes: closes.parse()?,
        };
        if slot.closes <= slot.opens {
            return Err(HoursError::EndsBeforeStart(s.to_owned()));
        }
        Ok(slot)
    }
}

impl<'de> Deserialize<'de> for Slot {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = String::deserialize(deserializer)?;
        text.parse().map_err(serde::de::Error::custom)
    }
}

impl Serialize for Slot {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

/// Days of the week, Monday first as in Switzerland.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Weekday {
    Monday,
    Tuesday,
    Wednesday,
    Thursday,
    Friday,
    Saturday,
    Sunday,
}

impl Weekday {
    pub const ALL: [Weekday; 7] = [
        Weekday::Monday,
        Weekday::Tuesday,
        Weekday::Wednesday,
        Weekday::Thursday,
        Weekday::Friday,
        Weekday::Saturday,
        Weekday::Sunday,
    ];

    /// The key used in content files, and HSDS's `byday` code.
    pub fn key(self) -> &'static str {
        match self {
            Weekday::Monday => "monday",
            Weekday::Tuesday => "tuesday",
            Weekday::Wednesday => "wednesday",
            Weekday::Thursday => "thursday",
            Weekday::Friday => "friday",
            Weekday::Saturday => "saturday",
            Weekday::Sunday => "sunday",
        }
    }

    /// The day of an HSDS (iCalendar) `byday` code such as `MO`.
    pub fn from_byday(code: &str) -> Option<Weekday> {
        Weekday::ALL.into_iter().find(|day| day.byday() == code)
    }

    pub fn byday(self) -> &'static str {
        match self {
            Weekday::Monday => "MO",
            Weekday::Tuesday => "TU",
            Weekday::Wednesday => "WE",
            Weekday::Thursday => "TH",
            Weekday::Friday => "FR",
            Weekday::Saturday => "SA",
            Weekday::Sunday => "SU",
        }
    }
}

/// The slots of one day, in order, none overlapping another.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
#[serde(transparent)]
pub struct DaySlots(Vec<Slot>);

impl DaySlots {
    /// Slots sorted by opening time; refuses two slots that overlap.
    pub fn new(mut slots: Vec<Slot>) -> Result<Self, HoursError> {
        slots.sort();
        if let Some(pair) = slots.windows(2).find(|pair| pair[0].overlaps(pair[1])) {
            return Err(HoursError::Overlap(pair[0], pair[1]));
        }
        Ok(DaySlots(slots))
    }

    pub fn slots(&self) -> &[Slot] {
        &self.0
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

impl<'de> Deserialize<'de> for DaySlots {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        DaySlots::new(Vec::deserialize(deserializer)?).map_err(serde::de::Error::custom)
    }
}

/// A week of opening slots; a day with no slot is closed.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize, Serialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct WeeklyHours {
    #[serde(default, skip_serializing_if = "DaySlots::is_empty")]
    pub monday: DaySlots,
    #[serde(default, skip_serializing_if = "DaySlots::is_empty")]
    pub tuesday: DaySlots,
    #[serde(default, skip_serializing_if = "DaySlots::is_empty")]
    pub wednesday: DaySlots,
    #[serde(default, skip_serializing_if = "DaySlots::is_empty")]
    pub thursday: DaySlots,
    #[serde(default, skip_serializing_if = "DaySlots::is_empty")]
    pub friday: DaySlots,
    #[serde(default, skip_serializing_if = "DaySlots::is_empty")]
    pub saturday: DaySlots,
    #[serde(default, skip_serializing_if = "DaySlots::is_empty")]
    pub sunday: DaySlots,
}

impl WeeklyHours {
    pub fn day(&self, day: Weekday) -> &[Slot] {
        match day {
            Weekday::Monday => &self.monday.0,
            Weekday::Tuesday => &self.tuesday.0,
            Weekday::Wednesday => &self.wednesday.0,
            Weekday::Thursday => &self.thursday.0,
            Weekday::Friday => &self.friday.0,
            Weekday::Saturday => &self.saturday.0,
            Weekday::Sunday => &self.sunday.0,
        }
    }

    pub fn is_empty(&self) -> bool {
        Weekday::ALL.iter().all(|&day| self.day(day).is_empty())
    }
}

impl Weekday {
    /// The day after this one.
    pub fn next(self) -> Weekday {
        let i = Weekday::ALL.iter().position(|&d| d == self).unwrap_or(0);
        Weekday::ALL[(i + 1) % 7]
    }

    pub fn from_jiff(day: jiff::civil::Weekday) -> Weekday {
        match day {
            jiff::civil::Weekday::Monday => Weekday::Monday,
            jiff::civil::Weekday::Tuesday => Weekday::Tuesday,
            jiff::civil::Weekday::Wednesday => Weekday::Wednesday,
            jiff::civil::Weekday::Thursday => Weekday::Thursday,
            jiff::civil::Weekday::Friday => Weekday::Friday,
            jiff::civil::Weekday::Saturday => Weekday::Saturday,
            jiff::civil::Weekday::Sunday => Weekday::Sunday,
        }
    }
}

impl WeeklyHours {
    /// Days with the same slots, grouped when they follow each other
    /// ("Monday to Friday, 8:30 to 12:00"); closed days are left out.
    pub fn runs(&self) -> Vec<(Weekday, Weekday, &[Slot])> {
        let mut runs: Vec<(Weekday, Weekday, &[Slot])> = Vec::new();
        for day in Weekday::ALL {
            let slots = self.day(day);
            match runs.last_mut() {
                Some((_, last, same)) if *same == slots && last.next() == day => *last = day,
                _ if slots.is_empty() => {}
                _ => runs.push((day, day, slots)),
            }
        }
        runs
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn runs_group_following_days_with_the_same_slots() {
        let hours: WeeklyHours = toml::from_str(
            "monday = [\"08:30-12:00\"]\ntuesday = [\"08:30-12:00\"]\nwednesday = [\"08:30-12:00\"]\nthursday = [\"13:00-17:00\"]\nsaturday = [\"08:30-12:00\"]\n",
        )
        .unwrap();
        let runs: Vec<(Weekday, Weekday, usize)> = hours
            .runs()
            .into_iter()
            .map(|(a, b, slots)| (a, b, slots.len()))
            .collect();
        assert_eq!(
            runs,
            vec![
                (Weekday::Monday, Weekday::Wednesday, 1),
                (Weekday::Thursday, Weekday::Thursday, 1),
                (Weekday::Saturday, Weekday::Saturday, 1),
            ]
        );
    }

    fn slot(s: &str) -> Slot {
        s.parse().unwrap()
    }

    #[test]
    fn reads_times_and_slots() {
        assert_eq!(slot("08:30-12:00").to_string(), "08:30-12:00");
        assert_eq!(slot("8:30 - 12:00").opens, TimeOfDay::new(8, 30).unwrap());
        assert_eq!(slot("18:00-24:00").closes, TimeOfDay::END_OF_DAY);
    }

    #[test]
    fn refuses_impossible_times() {
        assert!(matches!(
            "25:00-26:00".parse::<Slot>(),
            Err(HoursError::OutOfRange(_))
        ));
        assert!(matches!(
            "08:60-09:00".parse::<Slot>(),
            Err(HoursError::OutOfRange(_))
        ));
        assert!(matches!(
            "8h30-12h".parse::<Slot>(),
            Err(HoursError::NotATime(_))
        ));
        assert!(matches!(
            "08:30".parse::<Slot>(),
            Err(HoursError::NotASlot(_))
        ));
        assert!(matches!(
            "12:00-08:00".parse::<Slot>(),
            Err(HoursError::EndsBeforeStart(_))
        ));
        assert!(matches!(
            "08:00-08:00".parse::<Slot>(),
            Err(HoursError::EndsBeforeStart(_))
        ));
    }

    #[test]
    fn refuses_overlapping_slots_and_sorts_the_rest() {
        let err = DaySlots::new(vec![slot("11:30-14:00"), slot("08:00-12:00")]).unwrap_err();
        assert_eq!(
            err,
            HoursError::Overlap(slot("08:00-12:00"), slot("11:30-14:00"))
        );
        let day = DaySlots::new(vec![slot("14:00-16:00"), slot("08:00-14:00")]).unwrap();
        assert_eq!(day.slots(), &[slot("08:00-14:00"), slot("14:00-16:00")]);
        assert!(slot("09:00-10:00").contains(TimeOfDay::new(9, 0).unwrap()));
        assert!(!slot("09:00-10:00").contains(TimeOfDay::new(10, 0).unwrap()));
    }
}
