//! Generation of the slots of recurring templates over the next six months.
//!
//! Slots that already exist are not filtered here: the caller continues each template after
//! its last slot and the database's unique key (agenda, type, instant) skips any other, so
//! running the generation again only adds the missing ones.

use chrono::{DateTime, Datelike, LocalResult, Months, NaiveDate, NaiveTime, TimeZone, Utc};
use chrono_tz::Tz;

use crate::territories::{Territory, is_working_day};

/// How many months ahead slots are generated.
pub const HORIZON_MONTHS: u32 = 6;

/// A recurring slot: every working `weekday` at `local_time`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SlotTemplate<Id> {
    /// Identifier of the template.
    pub id: Id,
    /// Day of the week.
    pub weekday: chrono::Weekday,
    /// Local time of the place.
    pub local_time: NaiveTime,
}

/// The calendar of the place the templates belong to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PlaceCalendar {
    /// Territory of the place's service (public holidays).
    pub territory: Territory,
    /// Zone of the place's service.
    pub zone: Tz,
    /// First day the place can be used.
    pub valid_from: Option<NaiveDate>,
    /// Last day the place can be used (included).
    pub valid_until: Option<NaiveDate>,
}

/// One slot to create from a template.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct GeneratedSlot<Id> {
    /// The template it comes from.
    pub template_id: Id,
    /// Local date.
    pub date: NaiveDate,
    /// Local time.
    pub local_time: NaiveTime,
    /// The instant.
    pub starts_at: DateTime<Utc>,
}

/// The days covered by a generation run on `today`: `today ..= today + 6 months` (the end
/// of a shorter month when the day does not exist there, e.g. 31 August → 28 February).
pub fn horizon(today: NaiveDate) -> (NaiveDate, NaiveDate) {
    let end = today
        .checked_add_months(Months::new(HORIZON_MONTHS))
        .unwrap_or(NaiveDate::MAX);
    (today, end)
}

impl PlaceCalendar {
    /// Whether slots may be generated on `date`: a working day inside the validity window.
    fn is_open(&self, date: NaiveDate) -> bool {
        is_working_day(self.territory, date)
            && self.valid_from.is_none_or(|from| from <= date)
            && self.valid_until.is_none_or(|until| date <= until)
    }
}

/// The slots of `templates` over [`horizon`] of the place's local today, seen at `now`: on
/// each template's weekday, on working days of the territory inside the validity window,
/// strictly after `now`. A local time skipped by a change to summer time gives no slot that
/// day; a repeated one takes the first instant. Sorted by instant, then template order.
pub fn generate<Id: Copy>(
    templates: &[SlotTemplate<Id>],
    calendar: &PlaceCalendar,
    now: DateTime<Utc>,
) -> Vec<GeneratedSlot<Id>> {
    let (first, last) = horizon(now.with_timezone(&calendar.zone).date_naive());
    let mut slots = Vec::new();
    for date in first.iter_days().take_while(|date| *date <= last) {
        if !templates.iter().any(|t| t.weekday == date.weekday()) || !calendar.is_open(date) {
            continue;
        }
        for template in templates.iter().filter(|t| t.weekday == date.weekday()) {
            let starts_at = match calendar
                .zone
                .from_local_datetime(&date.and_time(template.local_time))
            {
                LocalResult::Single(at) | LocalResult::Ambiguous(at, _) => at.with_timezone(&Utc),
                LocalResult::None => continue,
            };
            if starts_at > now {
                slots.push(GeneratedSlot {
                    template_id: template.id,
                    date,
                    local_time: template.local_time,
                    starts_at,
                });
            }
        }
    }
    slots.sort_by_key(|slot| slot.starts_at);
    slots
}

#[cfg(test)]
mod tests {
    use chrono::Weekday;

    use super::*;

    fn date(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    fn time(h: u32, m: u32) -> NaiveTime {
        NaiveTime::from_hms_opt(h, m, 0).unwrap()
    }

    fn cairo() -> PlaceCalendar {
        PlaceCalendar {
            territory: Territory::Metropole,
            zone: chrono_tz::Africa::Cairo,
            valid_from: None,
            valid_until: None,
        }
    }

    #[test]
    fn horizon_is_six_months_clamped_at_month_ends() {
        assert_eq!(
            horizon(date(2027, 3, 15)),
            (date(2027, 3, 15), date(2027, 9, 15))
        );
        assert_eq!(
            horizon(date(2027, 8, 31)),
            (date(2027, 8, 31), date(2028, 2, 29))
        );
        assert_eq!(horizon(NaiveDate::MAX).1, NaiveDate::MAX);
    }

    #[test]
    fn a_time_skipped_on_a_working_day_gives_no_slot() {
        // Cairo moves to summer time on the last Friday of April at midnight.
        let template = SlotTemplate {
            id: 1,
            weekday: Weekday::Fri,
            local_time: time(0, 30),
        };
        let now = Utc.with_ymd_and_hms(2027, 4, 1, 12, 0, 0).unwrap();
        let dates: Vec<_> = generate(&[template], &cairo(), now)
            .iter()
            .map(|slot| slot.date)
            .filter(|day| day.month() == 4 || day.month() == 5 && day.day() < 8)
            .collect();
        assert_eq!(
            dates,
            [
                date(2027, 4, 2),
                date(2027, 4, 9),
                date(2027, 4, 16),
                date(2027, 4, 23),
                date(2027, 5, 7)
            ]
        );
    }

    #[test]
    fn a_repeated_time_takes_the_first_instant() {
        // Cairo leaves summer time on the last Thursday of October at midnight.
        let template = SlotTemplate {
            id: 1,
            weekday: Weekday::Thu,
            local_time: time(23, 30),
        };
        let now = Utc.with_ymd_and_hms(2027, 10, 1, 12, 0, 0).unwrap();
        let slots = generate(&[template], &cairo(), now);
        let repeated = slots
            .iter()
            .find(|slot| slot.date == date(2027, 10, 28))
            .unwrap();
        assert_eq!(
            repeated.starts_at,
            Utc.with_ymd_and_hms(2027, 10, 28, 20, 30, 0).unwrap()
        );
    }

    #[test]
    fn today_keeps_only_the_times_to_come() {
        let calendar = PlaceCalendar {
            zone: chrono_tz::Europe::Paris,
            ..cairo()
        };
        let at = |local_time| SlotTemplate {
            id: local_time,
            weekday: Weekday::Tue,
            local_time,
        };
        // Tuesday 2 March 2027, 10:00 in Paris.
        let now = Utc.with_ymd_and_hms(2027, 3, 2, 9, 0, 0).unwrap();
        let slots = generate(
            &[at(time(11, 0)), at(time(9, 0)), at(time(10, 0))],
            &calendar,
            now,
        );
        let first: Vec<_> = slots
            .iter()
            .take(4)
            .map(|s| (s.date, s.local_time))
            .collect();
        assert_eq!(
            first,
            [
                (date(2027, 3, 2), time(11, 0)),
                (date(2027, 3, 9), time(9, 0)),
                (date(2027, 3, 9), time(10, 0)),
                (date(2027, 3, 9), time(11, 0)),
            ]
        );
    }
}
