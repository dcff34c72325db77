//! Quiet hours: no appointment SMS at night (SPEC §4; 21:00–08:00 by default).

use chrono::{
    DateTime, Days, LocalResult, NaiveDate, NaiveDateTime, NaiveTime, TimeDelta, TimeZone, Utc,
};
use chrono_tz::Tz;

use super::NotificationKind;

/// A service's quiet hours, in its local time. `start == end` means none.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct QuietHours {
    /// When they start (21:00 by default).
    pub start: NaiveTime,
    /// When they end (08:00 by default).
    pub end: NaiveTime,
}

impl Default for QuietHours {
    fn default() -> Self {
        Self {
            start: NaiveTime::from_hms_opt(21, 0, 0).unwrap_or(NaiveTime::MIN),
            end: NaiveTime::from_hms_opt(8, 0, 0).unwrap_or(NaiveTime::MIN),
        }
    }
}

/// The instant of a local date-time; a time skipped by a change to summer time moves to the
/// first minute that exists after it; a repeated one is the first of the two.
pub fn first_valid_instant(local: NaiveDateTime, zone: Tz) -> DateTime<Utc> {
    (0..=24 * 60)
        .find_map(
            |minute| match zone.from_local_datetime(&(local + TimeDelta::minutes(minute))) {
                LocalResult::Single(at) | LocalResult::Ambiguous(at, _) => {
                    Some(at.with_timezone(&Utc))
                }
                LocalResult::None => None,
            },
        )
        .unwrap_or_else(|| local.and_utc())
}

impl QuietHours {
    /// Whether a local time falls inside the quiet hours.
    pub fn contains(&self, time: NaiveTime) -> bool {
        match self.start.cmp(&self.end) {
            std::cmp::Ordering::Equal => false,
            std::cmp::Ordering::Less => self.start <= time && time < self.end,
            std::cmp::Ordering::Greater => time >= self.start || time < self.end,
        }
    }

    /// When an SMS due at `due` may leave, seen at `now`: at once outside quiet hours; inside
    /// them, a reminder moves back to the last « start − 1 h » (20:00) before `due` unless that
    /// is already past, any other appointment SMS (and such a reminder) waits for their end;
    /// transactional SMS are exempt.
    pub fn defer(
        &self,
        due: DateTime<Utc>,
        kind: NotificationKind,
        zone: Tz,
        now: DateTime<Utc>,
    ) -> DateTime<Utc> {
        let local = due.with_timezone(&zone).naive_local();
        if kind.is_transactional() || !self.contains(local.time()) {
            return due;
        }
        let at = |date: NaiveDate, time: NaiveTime| first_valid_instant(date.and_time(time), zone);
        let day = local.date();
        let previous = |date: NaiveDate| date.checked_sub_days(Days::new(1)).unwrap_or(date);
        let next = |date: NaiveDate| date.checked_add_days(Days::new(1)).unwrap_or(date);
        let evening = self.start - TimeDelta::hours(1);
        let today_evening = at(day, evening);
        let evening_before = if today_evening <= due {
            today_evening
        } else {
            at(previous(day), evening)
        };
        if kind == NotificationKind::Reminder && evening_before >= now {
            return evening_before;
        }
        let today_end = at(day, self.end);
        if today_end > due {
            today_end
        } else {
            at(next(day), self.end)
        }
    }

    /// When a message claimed at `now` must wait (a retry, a late worker or new settings put it
    /// inside the quiet hours): the end of the quiet hours; `None` when it may leave now.
    pub fn hold(
        &self,
        kind: NotificationKind,
        zone: Tz,
        now: DateTime<Utc>,
    ) -> Option<DateTime<Utc>> {
        let local = now.with_timezone(&zone).time();
        (!kind.is_transactional() && self.contains(local))
            .then(|| self.defer(now, kind, zone, now))
            .filter(|until| *until > now)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn paris(d: u32, h: u32, m: u32) -> DateTime<Utc> {
        first_valid_instant(
            NaiveDate::from_ymd_opt(2027, 3, d)
                .unwrap()
                .and_hms_opt(h, m, 0)
                .unwrap(),
            chrono_tz::Europe::Paris,
        )
    }

    #[test]
    fn quiet_hours_across_midnight() {
        let quiet = QuietHours::default();
        let time = |h, m| NaiveTime::from_hms_opt(h, m, 0).unwrap();
        assert!(
            quiet.contains(time(21, 0))
                && quiet.contains(time(3, 0))
                && quiet.contains(time(7, 59))
        );
        assert!(!quiet.contains(time(8, 0)) && !quiet.contains(time(20, 59)));
        let none = QuietHours {
            start: time(8, 0),
            end: time(8, 0),
        };
        assert!(!none.contains(time(3, 0)));
        let lunch = QuietHours {
            start: time(12, 0),
            end: time(14, 0),
        };
        assert!(lunch.contains(time(13, 0)) && !lunch.contains(time(14, 0)));
    }

    #[test]
    fn reminders_move_back_to_the_evening_others_wait_for_the_morning() {
        let quiet = QuietHours::default();
        let zone = chrono_tz::Europe::Paris;
        let now = paris(1, 9, 0);
        let defer = |due, kind| quiet.defer(due, kind, zone, now);
        assert_eq!(
            defer(paris(10, 22, 30), NotificationKind::Reminder),
            paris(10, 20, 0)
        );
        assert_eq!(
            defer(paris(10, 7, 0), NotificationKind::Reminder),
            paris(9, 20, 0)
        );
        assert_eq!(
            defer(paris(10, 22, 30), NotificationKind::Cancelation),
            paris(11, 8, 0)
        );
        assert_eq!(
            defer(paris(10, 7, 0), NotificationKind::Summon),
            paris(10, 8, 0)
        );
        assert_eq!(
            defer(paris(10, 12, 0), NotificationKind::Summon),
            paris(10, 12, 0)
        );
        assert_eq!(
            defer(paris(10, 23, 0), NotificationKind::PortalCode),
            paris(10, 23, 0)
        );
        let late_evening = paris(10, 22, 30);
        assert_eq!(
            quiet.defer(late_evening, NotificationKind::Reminder, zone, late_evening),
            paris(11, 8, 0),
            "a reminder due now at night waits for the morning"
        );
    }

    #[test]
    fn a_message_claimed_at_night_waits_for_the_morning() {
        let quiet = QuietHours::default();
        let zone = chrono_tz::Europe::Paris;
        let hold = |now, kind| quiet.hold(kind, zone, now);
        assert_eq!(
            hold(paris(10, 21, 5), NotificationKind::Reminder),
            Some(paris(11, 8, 0))
        );
        assert_eq!(
            hold(paris(11, 3, 0), NotificationKind::Summon),
            Some(paris(11, 8, 0))
        );
        assert_eq!(hold(paris(11, 8, 0), NotificationKind::Summon), None);
        assert_eq!(hold(paris(10, 20, 59), NotificationKind::Reminder), None);
        assert_eq!(hold(paris(10, 23, 0), NotificationKind::PortalCode), None);
    }
}
