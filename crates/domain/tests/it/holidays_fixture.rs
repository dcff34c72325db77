//! Public holidays against the State's reference (tests/fixtures/README.md).

use std::collections::{HashMap, HashSet};

use chrono::{Datelike, NaiveDate};
use msj_domain::territories::{Territory, is_public_holiday, is_working_day, public_holidays};

const FIXTURE: &str = include_str!("../fixtures/public_holidays_2020_2040.csv");
const YEARS: std::ops::RangeInclusive<i32> = 2020..=2040;

type Holidays = HashMap<(Territory, i32), Vec<(NaiveDate, String)>>;

fn reference() -> Holidays {
    let mut lines = FIXTURE.lines();
    assert_eq!(lines.next(), Some("territory;date;name"));
    let mut holidays = Holidays::new();
    for line in lines {
        let fields: Vec<_> = line.split(';').collect();
        let [territory, date, name] = fields[..] else {
            panic!("bad line {line:?}");
        };
        let territory: Territory = territory.parse().unwrap();
        let date = NaiveDate::parse_from_str(date, "%Y-%m-%d").unwrap();
        holidays
            .entry((territory, date.year()))
            .or_default()
            .push((date, name.to_owned()));
    }
    holidays
}

#[test]
fn the_fixture_covers_every_territory_and_year() {
    let reference = reference();
    assert_eq!(reference.len(), Territory::ALL.len() * YEARS.count());
}

#[test]
fn public_holidays_equal_the_reference_for_every_territory_and_year() {
    let reference = reference();
    for territory in Territory::ALL {
        for year in YEARS {
            let ours: Vec<_> = public_holidays(territory, year)
                .into_iter()
                .map(|h| (h.date, h.name.to_owned()))
                .collect();
            assert_eq!(ours, reference[&(territory, year)], "{territory} {year}");
        }
    }
}

#[test]
fn every_day_is_classified_like_the_reference() {
    let reference: HashSet<(Territory, NaiveDate)> = reference()
        .into_iter()
        .flat_map(|((territory, _), days)| days.into_iter().map(move |(date, _)| (territory, date)))
        .collect();
    let first = NaiveDate::from_ymd_opt(*YEARS.start(), 1, 1).unwrap();
    let last = NaiveDate::from_ymd_opt(*YEARS.end(), 12, 31).unwrap();
    for territory in Territory::ALL {
        for date in first.iter_days().take_while(|d| *d <= last) {
            let holiday = reference.contains(&(territory, date));
            assert_eq!(
                is_public_holiday(territory, date),
                holiday,
                "{territory} {date}"
            );
            if holiday {
                assert!(!is_working_day(territory, date), "{territory} {date}");
            }
        }
    }
}
