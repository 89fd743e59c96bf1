//! Public holidays of the cantons of Geneva and Vaud, computed for any year,
//! so that "open now" is true on Ascension or the Jeûne genevois.
//!
//! Geneva — Loi sur les jours fériés (J 1 45), art. 1, al. 1: 1 January,
//! Good Friday, Easter Monday, Ascension, Whit Monday, 1 August, Jeûne
//! genevois, Christmas, 31 December (Restoration of the Republic). Al. 2:
//! for employers outside the federal Labour Act (the public administration),
//! a holiday that falls on a Sunday is followed by a holiday on the Monday;
//! the State's staff rules say the same for 1 January, 1 August and
//! 25 December (RPAC B 5 05.01, art. 32, https://www.ge.ch/node/12381).
//! The law as reprinted by the Geneva unions' federation:
//! https://www.cgas.ch/SPIP/spip.php?article1286
//!
//! Vaud — Loi sur le personnel de l'Etat de Vaud, art. 123: 1 and 2 January,
//! Good Friday, Easter Monday, Ascension, Whit Monday, 1 August, Lundi du
//! Jeûne, Christmas; quoted with the dates of each year on
//! https://www.vd.ch/formation/jours-feries-et-vacances-scolaires/jours-feries-et-vacances-scolaires-2029
//!
//! Other cantons: only 1 August, the one holiday of federal law; the kiosks
//! stand in Geneva and Vaud.

use jiff::Span;
use jiff::civil::{Date, Weekday};

/// A public holiday, by its name.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Holiday {
    NewYear,
    /// 2 January (Vaud).
    SecondOfJanuary,
    GoodFriday,
    EasterMonday,
    Ascension,
    WhitMonday,
    NationalDay,
    /// Thursday after the first Sunday of September (Geneva).
    JeuneGenevois,
    /// Monday after the third Sunday of September (Vaud).
    LundiDuJeune,
    Christmas,
    /// 31 December, Restoration of the Republic (Geneva).
    Restoration,
    /// The Monday after a Geneva holiday that fell on a Sunday.
    MondayAfter(SundayHoliday),
}

/// The Geneva holidays whose Monday after is off when they fall on a Sunday.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum SundayHoliday {
    NewYear,
    NationalDay,
    Christmas,
}

/// Easter Sunday of a Gregorian year (the anonymous algorithm published by
/// Meeus, after Jones and Butcher). Valid for every year jiff can hold.
pub fn easter(year: i16) -> Option<Date> {
    let y = i32::from(year);
    let a = y % 19;
    let b = y / 100;
    let c = y % 100;
    let d = b / 4;
    let e = b % 4;
    let f = (b + 8) / 25;
    let g = (b - f + 1) / 3;
    let h = (19 * a + b - d - g + 15) % 30;
    let i = c / 4;
    let k = c % 4;
    let l = (32 + 2 * e + 2 * i - h - k) % 7;
    let m = (a + 11 * h + 22 * l) / 451;
    let month = (h + l - 7 * m + 114) / 31;
    let day = (h + l - 7 * m + 114) % 31 + 1;
    Date::new(year, i8::try_from(month).ok()?, i8::try_from(day).ok()?).ok()
}

/// The `n`th (1-based) Sunday of September.
fn sunday_of_september(year: i16, n: i8) -> Option<Date> {
    let first = Date::new(year, 9, 1).ok()?;
    let to_sunday = 6 - i64::from(first.weekday().to_monday_zero_offset());
    plus(Some(first), to_sunday + 7 * i64::from(n - 1))
}

fn plus(day: Option<Date>, days: i64) -> Option<Date> {
    day.and_then(|d| d.checked_add(Span::new().days(days)).ok())
}

/// The public holidays of `canton` (a two-letter code) in `year`, in
/// calendar order.
pub fn holidays(canton: &str, year: i16) -> Vec<(Date, Holiday)> {
    let fixed = |month: i8, day: i8| Date::new(year, month, day).ok();
    let easter = easter(year);
    let common = [
        (fixed(1, 1), Holiday::NewYear),
        (plus(easter, -2), Holiday::GoodFriday),
        (plus(easter, 1), Holiday::EasterMonday),
        (plus(easter, 39), Holiday::Ascension),
        (plus(easter, 50), Holiday::WhitMonday),
        (fixed(8, 1), Holiday::NationalDay),
        (fixed(12, 25), Holiday::Christmas),
    ];
    let mut days: Vec<(Option<Date>, Holiday)> = match canton {
        "GE" => {
            let mut days = common.to_vec();
            days.push((
                plus(sunday_of_september(year, 1), 4),
                Holiday::JeuneGenevois,
            ));
            days.push((fixed(12, 31), Holiday::Restoration));
            let sundays = [
                (fixed(1, 1), SundayHoliday::NewYear),
                (fixed(8, 1), SundayHoliday::NationalDay),
                (fixed(12, 25), SundayHoliday::Christmas),
            ];
            for (day, holiday) in sundays {
                if day.is_some_and(|d| d.weekday() == Weekday::Sunday) {
                    days.push((plus(day, 1), Holiday::MondayAfter(holiday)));
                }
            }
            // 31 December of last year on a Sunday: 1 January is already off.
            days
        }
        "VD" => {
            let mut days = common.to_vec();
            days.push((fixed(1, 2), Holiday::SecondOfJanuary));
            days.push((plus(sunday_of_september(year, 3), 1), Holiday::LundiDuJeune));
            days
        }
        _ => vec![(fixed(8, 1), Holiday::NationalDay)],
    };
    days.sort_by_key(|(day, _)| *day);
    days.into_iter()
        .filter_map(|(day, holiday)| day.map(|d| (d, holiday)))
        .collect()
}

/// The holiday of `canton` on `day`, if it is one.
pub fn holiday(canton: &str, day: Date) -> Option<Holiday> {
    holidays(canton, day.year())
        .into_iter()
        .find(|(d, _)| *d == day)
        .map(|(_, holiday)| holiday)
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    #[test]
    fn easter_sundays() {
        for (year, month, day) in [
            (2024, 3, 31),
            (2025, 4, 20),
            (2026, 4, 5),
            (2027, 3, 28),
            (2029, 4, 1),
            (2038, 4, 25),
            (2285, 3, 22),
            (1943, 4, 25),
        ] {
            assert_eq!(easter(year), Some(date(year, month, day)), "{year}");
        }
    }

    fn names(canton: &str, year: i16) -> Vec<(String, Holiday)> {
        holidays(canton, year)
            .into_iter()
            .map(|(d, h)| (d.to_string(), h))
            .collect()
    }

    #[test]
    fn vaud_2029_as_published_by_the_canton() {
        use Holiday::*;
        let expected = [
            ("2029-01-01", NewYear),
            ("2029-01-02", SecondOfJanuary),
            ("2029-03-30", GoodFriday),
            ("2029-04-02", EasterMonday),
            ("2029-05-10", Ascension),
            ("2029-05-21", WhitMonday),
            ("2029-08-01", NationalDay),
            ("2029-09-17", LundiDuJeune),
            ("2029-12-25", Christmas),
        ];
        let expected: Vec<(String, Holiday)> = expected
            .iter()
            .map(|(d, h)| ((*d).to_owned(), *h))
            .collect();
        assert_eq!(names("VD", 2029), expected);
        // 2023: Lundi du Jeûne 18 September, Ascension 18 May (vd.ch).
        assert_eq!(holiday("VD", date(2023, 9, 18)), Some(LundiDuJeune));
        assert_eq!(holiday("VD", date(2023, 5, 18)), Some(Ascension));
        assert_eq!(holiday("VD", date(2023, 9, 7)), None);
    }

    #[test]
    fn geneva_across_years() {
        use Holiday::*;
        // Jeûne genevois: 5 September 2024, 11 September 2025.
        assert_eq!(holiday("GE", date(2024, 9, 5)), Some(JeuneGenevois));
        assert_eq!(holiday("GE", date(2025, 9, 11)), Some(JeuneGenevois));
        // 2026: 1 September is a Tuesday, first Sunday the 6th → Thursday 10th.
        assert_eq!(holiday("GE", date(2026, 9, 10)), Some(JeuneGenevois));
        // 2030: 1 September is a Sunday → Thursday 5th.
        assert_eq!(holiday("GE", date(2030, 9, 5)), Some(JeuneGenevois));
        assert_eq!(holiday("GE", date(2026, 12, 31)), Some(Restoration));
        assert_eq!(holiday("GE", date(2026, 1, 2)), None);
        assert_eq!(holiday("VD", date(2026, 12, 31)), None);
        assert_eq!(holiday("GE", date(2025, 4, 18)), Some(GoodFriday));
        assert_eq!(holiday("GE", date(2025, 4, 21)), Some(EasterMonday));
        assert_eq!(holiday("GE", date(2025, 5, 29)), Some(Ascension));
        assert_eq!(holiday("GE", date(2025, 6, 9)), Some(WhitMonday));
        assert_eq!(holiday("GE", date(2027, 3, 26)), Some(GoodFriday));
        assert_eq!(holiday("GE", date(2027, 5, 6)), Some(Ascension));
        assert_eq!(holiday("GE", date(2038, 4, 26)), Some(EasterMonday));
        assert_eq!(holiday("GE", date(2038, 6, 14)), Some(WhitMonday));
        assert_eq!(names("GE", 2026).len(), 9);
    }

    #[test]
    fn geneva_gives_the_monday_after_a_sunday_holiday() {
        use Holiday::*;
        // 25 December 2022 and 1 January 2023 were Sundays.
        assert_eq!(
            holiday("GE", date(2022, 12, 26)),
            Some(MondayAfter(SundayHoliday::Christmas))
        );
        assert_eq!(
            holiday("GE", date(2023, 1, 2)),
            Some(MondayAfter(SundayHoliday::NewYear))
        );
        // 1 August 2027 is a Sunday.
        assert_eq!(
            holiday("GE", date(2027, 8, 2)),
            Some(MondayAfter(SundayHoliday::NationalDay))
        );
        assert_eq!(holiday("VD", date(2022, 12, 26)), None);
    }

    #[test]
    fn vaud_fasting_monday_is_after_the_third_sunday() {
        use Holiday::*;
        // 2024: Sundays of September 1, 8, 15 → Monday 16th.
        assert_eq!(holiday("VD", date(2024, 9, 16)), Some(LundiDuJeune));
        // 2025: 7, 14, 21 → Monday 22nd.
        assert_eq!(holiday("VD", date(2025, 9, 22)), Some(LundiDuJeune));
        assert_eq!(holiday("GE", date(2025, 9, 22)), None);
        assert_eq!(holiday("ZH", date(2025, 8, 1)), Some(NationalDay));
        assert_eq!(holiday("ZH", date(2025, 12, 25)), None);
    }
}
