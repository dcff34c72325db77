//! When the SMS of an appointment are due (SPEC §4, first part: quiet hours, the cap and late
//! sending come with the SMS engine).

use chrono::{DateTime, Days, LocalResult, TimeDelta, TimeZone, Utc};
use chrono_tz::Tz;

use super::NotificationKind;

/// Days between the reminder and the appointment, until templates choose 1 or 2.
pub const REMINDER_DAYS: u64 = 2;

/// One SMS to create.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PlannedSms {
    /// Its kind.
    pub kind: NotificationKind,
    /// When it is due.
    pub due_at: DateTime<Utc>,
}

/// The reminder's due instant: the same local time `days` days before the appointment, in
/// the service's zone; a local time skipped by a change to summer time moves to the first
/// minute that exists after it; a repeated one is the first of the two.
pub fn reminder_due(starts_at: DateTime<Utc>, zone: Tz, days: u64) -> DateTime<Utc> {
    let local = starts_at.with_timezone(&zone).naive_local();
    let Some(target) = local.checked_sub_days(Days::new(days)) else {
        return starts_at;
    };
    (0..=24 * 60)
        .find_map(
            |minute| match zone.from_local_datetime(&(target + TimeDelta::minutes(minute))) {
                LocalResult::Single(at) | LocalResult::Ambiguous(at, _) => {
                    Some(at.with_timezone(&Utc))
                }
                LocalResult::None => None,
            },
        )
        .unwrap_or(starts_at)
}

/// The SMS of an appointment starting at `starts_at`, booked (or moved, or made reachable
/// again) at `now`: the `immediate` message (summon, reschedule) now, and the reminder.
/// Inside the reminder delay the reminder is dropped when an immediate message goes, and goes
/// now otherwise; an appointment already started gets none.
pub fn plan(
    starts_at: DateTime<Utc>,
    zone: Tz,
    now: DateTime<Utc>,
    immediate: Option<NotificationKind>,
) -> Vec<PlannedSms> {
    let mut planned: Vec<PlannedSms> = immediate
        .map(|kind| PlannedSms { kind, due_at: now })
        .into_iter()
        .collect();
    let due = reminder_due(starts_at, zone, REMINDER_DAYS);
    let reminder = match (starts_at > now, due > now, immediate) {
        (false, _, _) => None,
        (true, true, _) => Some(due),
        (true, false, None) => Some(now),
        (true, false, Some(_)) => None,
    };
    planned.extend(reminder.map(|due_at| PlannedSms {
        kind: NotificationKind::Reminder,
        due_at,
    }));
    planned
}

#[cfg(test)]
mod tests {
    use chrono::NaiveDate;

    use super::*;

    fn paris(y: i32, m: u32, d: u32, h: u32, min: u32) -> DateTime<Utc> {
        chrono_tz::Europe::Paris
            .from_local_datetime(
                &NaiveDate::from_ymd_opt(y, m, d)
                    .unwrap()
                    .and_hms_opt(h, min, 0)
                    .unwrap(),
            )
            .earliest()
            .unwrap()
            .with_timezone(&Utc)
    }

    #[test]
    fn summon_now_and_reminder_two_days_before() {
        let now = paris(2027, 3, 1, 10, 0);
        let starts = paris(2027, 3, 12, 14, 30);
        let planned = plan(
            starts,
            chrono_tz::Europe::Paris,
            now,
            Some(NotificationKind::Summon),
        );
        assert_eq!(
            planned,
            [
                PlannedSms {
                    kind: NotificationKind::Summon,
                    due_at: now
                },
                PlannedSms {
                    kind: NotificationKind::Reminder,
                    due_at: paris(2027, 3, 10, 14, 30)
                },
            ]
        );
    }

    #[test]
    fn inside_the_delay() {
        let now = paris(2027, 3, 11, 10, 0);
        let starts = paris(2027, 3, 12, 14, 30);
        let zone = chrono_tz::Europe::Paris;
        assert_eq!(
            plan(starts, zone, now, Some(NotificationKind::Summon)).len(),
            1
        );
        assert_eq!(
            plan(starts, zone, now, None),
            [PlannedSms {
                kind: NotificationKind::Reminder,
                due_at: now
            }]
        );
        assert!(plan(now, zone, now, None).is_empty());
    }

    #[test]
    fn reminder_in_a_dst_gap_moves_to_the_first_valid_minute() {
        // 28 March 2027: 02:00 → 03:00 in Paris. An appointment on the 30th at 02:30 local.
        let starts = paris(2027, 3, 30, 2, 30);
        assert_eq!(
            reminder_due(starts, chrono_tz::Europe::Paris, 2),
            paris(2027, 3, 28, 3, 0)
        );
    }
}
