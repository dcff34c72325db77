//! Public holidays: hand-checked examples beside the fixture.

use chrono::NaiveDate;
use msj_domain::territories::{Territory, is_public_holiday, public_holidays};

fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

#[test]
fn metropole_2025() {
    let days: Vec<_> = public_holidays(Territory::Metropole, 2025)
        .iter()
        .map(|h| h.date.format("%m-%d").to_string())
        .collect();
    assert_eq!(
        days,
        [
            "01-01", "04-21", "05-01", "05-08", "05-29", "06-09", "07-14", "08-15", "11-01",
            "11-11", "12-25"
        ]
    );
}

#[test]
fn alsace_moselle_adds_good_friday_and_boxing_day() {
    assert!(is_public_holiday(
        Territory::AlsaceMoselle,
        date(2025, 4, 18)
    ));
    assert!(is_public_holiday(
        Territory::AlsaceMoselle,
        date(2025, 12, 26)
    ));
    assert!(!is_public_holiday(Territory::Metropole, date(2025, 4, 18)));
    assert_eq!(public_holidays(Territory::AlsaceMoselle, 2025).len(), 13);
}

#[test]
fn abolition_days() {
    assert!(is_public_holiday(Territory::Reunion, date(2025, 12, 20)));
    assert!(is_public_holiday(Territory::SaintMartin, date(2025, 5, 28)));
    assert!(is_public_holiday(Territory::SaintMartin, date(2017, 5, 27)));
    assert!(!is_public_holiday(Territory::Reunion, date(1980, 12, 20)));
    assert!(!is_public_holiday(Territory::Metropole, date(2025, 5, 22)));
}

#[test]
fn coinciding_holidays_are_both_listed() {
    let names: Vec<_> = public_holidays(Territory::Martinique, 2031)
        .into_iter()
        .filter(|h| h.date == date(2031, 5, 22))
        .map(|h| h.name)
        .collect();
    assert_eq!(names, ["Ascension", "Abolition de l'esclavage"]);
}

#[test]
fn outside_the_computus_range_only_fixed_days_remain() {
    assert_eq!(public_holidays(Territory::Metropole, 1500).len(), 8);
}
