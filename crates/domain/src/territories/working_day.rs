//! Working days: neither a weekend nor a public holiday of the territory.

use chrono::{Datelike, NaiveDate, Weekday};

use super::{Territory, is_public_holiday};

/// Whether `date` is a working day in `territory`: not a Saturday, not a Sunday, not a
/// public holiday there.
pub fn is_working_day(territory: Territory, date: NaiveDate) -> bool {
    !matches!(date.weekday(), Weekday::Sat | Weekday::Sun) && !is_public_holiday(territory, date)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    #[test]
    fn weekends_are_not_working_days() {
        assert!(!is_working_day(Territory::Metropole, date(2025, 3, 1)));
        assert!(!is_working_day(Territory::Metropole, date(2025, 3, 2)));
        assert!(is_working_day(Territory::Metropole, date(2025, 3, 3)));
    }

    #[test]
    fn holidays_depend_on_the_territory() {
        let good_friday = date(2025, 4, 18);
        assert!(is_working_day(Territory::Metropole, good_friday));
        assert!(!is_working_day(Territory::AlsaceMoselle, good_friday));
        let abolition_guyane = date(2025, 6, 10);
        assert!(!is_working_day(Territory::Guyane, abolition_guyane));
        assert!(is_working_day(Territory::Martinique, abolition_guyane));
        assert!(!is_working_day(
            Territory::NouvelleCaledonie,
            date(2025, 7, 14)
        ));
    }
}
