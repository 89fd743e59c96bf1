//! Words for what the kiosk shows and says: opening times, days, phone
//! numbers, the conditions shown. Pages (`ui::page`) use them for both the
//! shown and the spoken form.

mod times;

pub use times::{StatusOf, day_name, hours_shown, hours_spoken, status_line, time_spoken};

use crate::content::{MAX_ELIGIBILITY, Service};
use crate::i18n::{Arg, Strings};
use crate::lang::Lang;
use crate::place::{Commune, Contacts, Here};

/// "+41 22 546 19 00" → "+41, 22, 546, 19, 00": each group read as a number,
/// with a pause between groups, as people say Swiss numbers.
pub fn phone_spoken(number: &str) -> String {
    number
        .split(|c: char| c.is_whitespace() || c == '.' || c == '/' || c == '-')
        .filter(|group| !group.is_empty())
        .collect::<Vec<_>>()
        .join(", ")
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::hours::WeeklyHours;

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
