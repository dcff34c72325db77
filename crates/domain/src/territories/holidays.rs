//! Public holidays of each territory, as the State's reference dataset "Jours fériés en
//! France" (PyPI `jours-feries-france`) computes them, zone by zone. The test fixture
//! `tests/fixtures/public_holidays_2020_2040.csv` holds that reference for 2020–2040.

use chrono::{Datelike, Days, NaiveDate};
use serde::Serialize;

use super::Territory;

/// One public holiday ("jour férié").
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct PublicHoliday {
    /// The day.
    pub date: NaiveDate,
    /// French name, as in the reference dataset ("Lundi de Pâques", "Abolition de l'esclavage", …).
    pub name: &'static str,
}

/// Public holidays of `territory` in `year`, sorted by date. Two holidays may fall on the
/// same day (Ascension and the abolition of slavery in Martinique in 2031): both are listed.
///
/// The rules are those in force today. Holidays tied to Easter are computed for the years
/// where the Gregorian computus is defined (1583–9999); outside them only the fixed-date
/// holidays are returned.
pub fn public_holidays(territory: Territory, year: i32) -> Vec<PublicHoliday> {
    let mut days = Vec::with_capacity(14);
    let mut fixed = |month: u32, day: u32, name: &'static str| {
        if let Some(date) = NaiveDate::from_ymd_opt(year, month, day) {
            days.push(PublicHoliday { date, name });
        }
    };
    fixed(1, 1, "1er janvier");
    fixed(5, 1, "1er mai");
    fixed(5, 8, "8 mai");
    fixed(7, 14, "14 juillet");
    fixed(8, 15, "Assomption");
    fixed(11, 1, "Toussaint");
    fixed(11, 11, "11 novembre");
    fixed(12, 25, "Jour de Noël");

    let easter = easter_sunday(year);
    let after_easter = |offset: u64, name: &'static str| {
        let date = easter?.checked_add_days(Days::new(offset))?;
        Some(PublicHoliday { date, name })
    };
    days.extend(after_easter(1, "Lundi de Pâques"));
    days.extend(after_easter(39, "Ascension"));
    days.extend(after_easter(50, "Lundi de Pentecôte"));

    if territory == Territory::AlsaceMoselle {
        let good_friday = easter.and_then(|sunday| sunday.checked_sub_days(Days::new(2)));
        days.extend(good_friday.map(|date| PublicHoliday {
            date,
            name: "Vendredi saint",
        }));
        let boxing_day = NaiveDate::from_ymd_opt(year, 12, 26);
        days.extend(boxing_day.map(|date| PublicHoliday {
            date,
            name: "2ème jour de Noël",
        }));
    }

    let abolition = abolition_of_slavery(territory, year)
        .and_then(|(month, day)| NaiveDate::from_ymd_opt(year, month, day));
    days.extend(abolition.map(|date| PublicHoliday {
        date,
        name: "Abolition de l'esclavage",
    }));

    days.sort_by_key(|holiday| holiday.date);
    days
}

/// Whether `date` is a public holiday in `territory`.
pub fn is_public_holiday(territory: Territory, date: NaiveDate) -> bool {
    public_holidays(territory, date.year())
        .iter()
        .any(|holiday| holiday.date == date)
}

/// Easter Sunday of the Gregorian calendar, when the computus is defined for `year`.
fn easter_sunday(year: i32) -> Option<NaiveDate> {
    let easter = computus::gregorian(year).ok()?;
    NaiveDate::from_ymd_opt(easter.year, easter.month, easter.day)
}

/// Month and day of the commemoration of the abolition of slavery, where it is a holiday.
fn abolition_of_slavery(territory: Territory, year: i32) -> Option<(u32, u32)> {
    match territory {
        Territory::Mayotte => Some((4, 27)),
        Territory::Martinique => Some((5, 22)),
        Territory::Guadeloupe => Some((5, 27)),
        Territory::SaintMartin if year >= 2018 => Some((5, 28)),
        Territory::SaintMartin => Some((5, 27)),
        Territory::Guyane => Some((6, 10)),
        Territory::SaintBarthelemy => Some((10, 9)),
        Territory::Reunion if year >= 1981 => Some((12, 20)),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    #[test]
    fn easter_sundays() {
        assert_eq!(easter_sunday(2024), Some(date(2024, 3, 31)));
        assert_eq!(easter_sunday(2025), Some(date(2025, 4, 20)));
        assert_eq!(easter_sunday(1200), None);
    }
}
