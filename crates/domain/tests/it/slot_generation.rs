//! Slots: generation over changes of summer time and territory holidays, validity windows,
//! and properties of the generation and of batch times in the zones of every territory.

use chrono::{DateTime, Datelike, NaiveDate, NaiveTime, TimeDelta, TimeZone, Utc, Weekday};
use chrono_tz::Tz;
use msj_domain::slots::{
    GeneratedSlot, MAX_INTERVAL_MIN, PlaceCalendar, SlotTemplate, TimeRange, batch_times, generate,
    horizon, template_times,
};
use msj_domain::territories::{Territory, is_working_day};
use proptest::prelude::*;

fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

fn time(h: u32, m: u32) -> NaiveTime {
    NaiveTime::from_hms_opt(h, m, 0).unwrap()
}

fn utc(y: i32, mo: u32, d: u32, h: u32, mi: u32) -> DateTime<Utc> {
    Utc.with_ymd_and_hms(y, mo, d, h, mi, 0).unwrap()
}

fn calendar(territory: Territory) -> PlaceCalendar {
    PlaceCalendar {
        territory,
        zone: territory.time_zone(),
        valid_from: None,
        valid_until: None,
    }
}

fn template(weekday: Weekday, local_time: NaiveTime) -> SlotTemplate<u32> {
    SlotTemplate {
        id: 7,
        weekday,
        local_time,
    }
}

fn instants(slots: &[GeneratedSlot<u32>], from: NaiveDate, to: NaiveDate) -> Vec<DateTime<Utc>> {
    slots
        .iter()
        .filter(|slot| from <= slot.date && slot.date <= to)
        .map(|slot| slot.starts_at)
        .collect()
}

fn dates(slots: &[GeneratedSlot<u32>]) -> Vec<NaiveDate> {
    slots.iter().map(|slot| slot.date).collect()
}

#[test]
fn local_time_stays_across_paris_summer_time_changes() {
    let monday = [template(Weekday::Mon, time(10, 0))];
    let paris = calendar(Territory::Metropole);
    // Monday 15 March, 10:00 in Paris: that slot starts now, so it is skipped.
    let spring = generate(&monday, &paris, utc(2027, 3, 15, 9, 0));
    assert_eq!(
        instants(&spring, date(2027, 3, 1), date(2027, 4, 5)),
        [utc(2027, 3, 22, 9, 0), utc(2027, 4, 5, 8, 0)],
        "Easter Monday 29 March is a holiday"
    );
    let autumn = generate(&monday, &paris, utc(2027, 10, 1, 9, 0));
    assert_eq!(
        instants(&autumn, date(2027, 10, 25), date(2027, 11, 8)),
        [utc(2027, 10, 25, 8, 0), utc(2027, 11, 8, 9, 0)],
        "1 November is a holiday"
    );
    assert!(autumn.iter().all(|slot| slot.local_time == time(10, 0)));
}

#[test]
fn local_time_stays_across_miquelon_summer_time_changes() {
    let monday = [template(Weekday::Mon, time(10, 0))];
    let miquelon = calendar(Territory::SaintPierreEtMiquelon);
    let spring = generate(&monday, &miquelon, utc(2027, 3, 1, 12, 0));
    assert_eq!(
        instants(&spring, date(2027, 3, 8), date(2027, 3, 15)),
        [utc(2027, 3, 8, 13, 0), utc(2027, 3, 15, 12, 0)]
    );
    let autumn = generate(&monday, &miquelon, utc(2027, 10, 1, 12, 0));
    assert_eq!(
        instants(&autumn, date(2027, 11, 1), date(2027, 11, 8)),
        [utc(2027, 11, 8, 13, 0)],
        "1 November is a holiday"
    );
}

#[test]
fn abolition_of_slavery_differs_between_guadeloupe_and_martinique() {
    let templates = [
        template(Weekday::Wed, time(9, 0)),
        template(Weekday::Fri, time(9, 0)),
    ];
    let now = utc(2026, 5, 1, 12, 0);
    let guadeloupe = dates(&generate(&templates, &calendar(Territory::Guadeloupe), now));
    let martinique = dates(&generate(&templates, &calendar(Territory::Martinique), now));
    let (friday_22, wednesday_27) = (date(2026, 5, 22), date(2026, 5, 27));
    assert!(guadeloupe.contains(&friday_22) && !guadeloupe.contains(&wednesday_27));
    assert!(!martinique.contains(&friday_22) && martinique.contains(&wednesday_27));
}

#[test]
fn alsace_moselle_skips_boxing_day_and_good_friday() {
    let templates = [
        template(Weekday::Tue, time(14, 0)),
        template(Weekday::Fri, time(14, 0)),
    ];
    let now = utc(2028, 12, 1, 12, 0);
    let metropole = dates(&generate(&templates, &calendar(Territory::Metropole), now));
    let alsace = dates(&generate(
        &templates,
        &calendar(Territory::AlsaceMoselle),
        now,
    ));
    for holiday in [date(2028, 12, 26), date(2029, 3, 30)] {
        assert!(metropole.contains(&holiday), "{holiday}");
        assert!(!alsace.contains(&holiday), "{holiday}");
    }
    assert_eq!(metropole.len(), alsace.len() + 2);
}

#[test]
fn a_place_moving_out_then_in_splits_the_slots() {
    let wednesday = [template(Weekday::Wed, time(14, 0))];
    let now = utc(2027, 3, 1, 8, 0);
    let open = calendar(Territory::Metropole);
    let old = PlaceCalendar {
        valid_until: Some(date(2027, 4, 14)),
        ..open
    };
    let new = PlaceCalendar {
        valid_from: Some(date(2027, 4, 15)),
        ..open
    };
    let before = generate(&wednesday, &old, now);
    let after = generate(&wednesday, &new, now);
    assert_eq!(before.last().unwrap().date, date(2027, 4, 14));
    assert_eq!(after.first().unwrap().date, date(2027, 4, 21));
    let both: Vec<_> = before.into_iter().chain(after).collect();
    assert_eq!(both, generate(&wednesday, &open, now));
}

fn territory_and_zone() -> impl Strategy<Value = (Territory, Tz)> {
    prop::sample::select(Territory::ALL.to_vec()).prop_flat_map(|territory| {
        let zones: Vec<Tz> = territory
            .allowed_time_zones()
            .iter()
            .map(|name| name.parse().unwrap())
            .collect();
        (Just(territory), prop::sample::select(zones))
    })
}

/// An instant between 2027-01-01 and the end of 2028.
fn instant() -> impl Strategy<Value = DateTime<Utc>> {
    (0..2 * 365 * 24 * 60_i64)
        .prop_map(|minutes| utc(2027, 1, 1, 0, 0) + TimeDelta::minutes(minutes))
}

fn templates() -> impl Strategy<Value = Vec<SlotTemplate<usize>>> {
    prop::collection::vec((0..7_u8, 0..24 * 12_u32), 1..5).prop_map(|drawn| {
        drawn
            .into_iter()
            .enumerate()
            .map(|(id, (day, step))| SlotTemplate {
                id,
                weekday: Weekday::try_from(day).unwrap(),
                local_time: time(step / 12, step % 12 * 5),
            })
            .collect()
    })
}

fn window() -> impl Strategy<Value = Option<NaiveDate>> {
    prop::option::of((0..900_u64).prop_map(|days| date(2027, 1, 1) + chrono::Days::new(days)))
}

proptest! {
    #[test]
    fn generated_slots_follow_the_calendar(
        (territory, zone) in territory_and_zone(),
        now in instant(),
        templates in templates(),
        valid_from in window(),
        valid_until in window(),
    ) {
        let calendar = PlaceCalendar { territory, zone, valid_from, valid_until };
        let slots = generate(&templates, &calendar, now);
        prop_assert_eq!(&slots, &generate(&templates, &calendar, now));
        let (first, last) = horizon(now.with_timezone(&zone).date_naive());
        let mut keys: Vec<_> = slots.iter().map(|slot| (slot.template_id, slot.date)).collect();
        keys.sort_unstable();
        keys.dedup();
        prop_assert_eq!(keys.len(), slots.len());
        prop_assert!(slots.windows(2).all(|pair| pair[0].starts_at <= pair[1].starts_at));
        for slot in &slots {
            let template = templates[slot.template_id];
            prop_assert_eq!(slot.date.weekday(), template.weekday);
            prop_assert_eq!(slot.local_time, template.local_time);
            prop_assert!(is_working_day(territory, slot.date));
            prop_assert!(first <= slot.date && slot.date <= last);
            prop_assert!(valid_from.is_none_or(|from| from <= slot.date));
            prop_assert!(valid_until.is_none_or(|until| slot.date <= until));
            prop_assert!(slot.starts_at > now);
            let local = slot.starts_at.with_timezone(&zone).naive_local();
            prop_assert_eq!(local, slot.date.and_time(slot.local_time));
        }
        for day in first.succ_opt().unwrap().iter_days().take_while(|day| *day <= last) {
            let open = is_working_day(territory, day)
                && valid_from.is_none_or(|from| from <= day)
                && valid_until.is_none_or(|until| day <= until);
            for template in templates.iter().filter(|t| open && t.weekday == day.weekday()) {
                prop_assert!(keys.binary_search(&(template.id, day)).is_ok());
            }
        }
    }

    #[test]
    fn template_times_step_by_the_interval_up_to_the_last(
        first in 0..24 * 60_u32,
        span in 0..24 * 60_u32,
        interval in 1..=MAX_INTERVAL_MIN,
    ) {
        let first_time = time(first / 60, first % 60);
        let end = (first + span).min(24 * 60 - 1);
        let last_time = time(end / 60, end % 60);
        let times = template_times(first_time, last_time, interval).unwrap();
        prop_assert_eq!(times[0], first_time);
        prop_assert!(times.iter().all(|at| *at <= last_time));
        let step = TimeDelta::minutes(i64::from(interval));
        prop_assert!(times.windows(2).all(|pair| pair[1] - pair[0] == step));
        let latest = *times.last().unwrap();
        let after = latest + step;
        prop_assert!(after > last_time || after < latest, "the next step passes the last time or midnight");
    }

    #[test]
    fn batch_times_are_sorted_without_duplicates(
        singles in prop::collection::vec(0..24 * 60_u32, 0..6),
        ranges in prop::collection::vec((0..24 * 60_u32, 0..240_u32, 1..=MAX_INTERVAL_MIN), 0..4),
    ) {
        let at = |minutes: u32| time(minutes / 60, minutes % 60);
        let singles: Vec<_> = singles.into_iter().map(at).collect();
        let ranges: Vec<_> = ranges
            .into_iter()
            .map(|(first, span, interval_min)| TimeRange {
                first: at(first),
                last: at((first + span).min(24 * 60 - 1)),
                interval_min,
            })
            .collect();
        match batch_times(&singles, &ranges) {
            Ok(times) => {
                prop_assert!(times.windows(2).all(|pair| pair[0] < pair[1]));
                prop_assert!(singles.iter().all(|single| times.contains(single)));
                for range in &ranges {
                    let expanded = template_times(range.first, range.last, range.interval_min).unwrap();
                    prop_assert!(expanded.iter().all(|time| times.contains(time)));
                }
            }
            Err(problem) => {
                prop_assert!(singles.is_empty() && ranges.is_empty());
                prop_assert_eq!(problem.code, "times_required");
            }
        }
    }
}
