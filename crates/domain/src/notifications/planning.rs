//! When the SMS of an appointment are due (SPEC §4, first part: quiet hours, the cap and late
//! sending come with the SMS engine).

use chrono::{DateTime, Days, TimeDelta, Utc};
use chrono_tz::Tz;

use super::quiet_hours::first_valid_instant;
use super::{NotificationKind, QuietHours};

/// Days between the reminder and the appointment by default (templates choose 1 or 2).
pub const REMINDER_DAYS: u64 = 2;

/// An appointment SMS leaving less than this before the appointment is not sent (`too_late`).
pub const LAST_CALL: TimeDelta = TimeDelta::hours(1);

/// Where the SMS are planned: the zone and quiet hours of the place's service, and the
/// reminder delay of the template.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PlanSettings {
    /// The service's zone.
    pub zone: Tz,
    /// The service's quiet hours.
    pub quiet_hours: QuietHours,
    /// Days between the reminder and the appointment (1 or 2).
    pub reminder_days: u64,
}

/// Whether an appointment SMS sent at `send_at` would reach the person too late (less than an
/// hour before the appointment, or after it started).
pub fn too_late(send_at: DateTime<Utc>, starts_at: DateTime<Utc>) -> bool {
    starts_at - send_at < LAST_CALL
}

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
    local
        .checked_sub_days(Days::new(days))
        .map_or(starts_at, |target| first_valid_instant(target, zone))
}

/// The SMS of an appointment starting at `starts_at`, booked (or moved, or made reachable
/// again) at `now`: the `immediate` message (summon, reschedule) now, and the reminder.
/// Inside the reminder delay the reminder is dropped when an immediate message goes, and goes
/// now otherwise; an appointment already started gets none. Quiet hours then defer them.
pub fn plan(
    starts_at: DateTime<Utc>,
    settings: &PlanSettings,
    now: DateTime<Utc>,
    immediate: Option<NotificationKind>,
) -> Vec<PlannedSms> {
    let zone = settings.zone;
    let mut planned: Vec<PlannedSms> = immediate
        .map(|kind| PlannedSms { kind, due_at: now })
        .into_iter()
        .collect();
    let due = reminder_due(starts_at, zone, settings.reminder_days);
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
        .into_iter()
        .map(|sms| PlannedSms {
            due_at: settings.quiet_hours.defer(sms.due_at, sms.kind, zone, now),
            ..sms
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use chrono::NaiveDate;

    use super::*;

    fn paris(y: i32, m: u32, d: u32, h: u32, min: u32) -> DateTime<Utc> {
        first_valid_instant(
            NaiveDate::from_ymd_opt(y, m, d)
                .unwrap()
                .and_hms_opt(h, min, 0)
                .unwrap(),
            chrono_tz::Europe::Paris,
        )
    }

    fn settings(reminder_days: u64) -> PlanSettings {
        PlanSettings {
            zone: chrono_tz::Europe::Paris,
            quiet_hours: QuietHours::default(),
            reminder_days,
        }
    }

    fn sms(kind: NotificationKind, due_at: DateTime<Utc>) -> PlannedSms {
        PlannedSms { kind, due_at }
    }

    #[test]
    fn summon_now_and_reminder_one_or_two_days_before() {
        let now = paris(2027, 3, 1, 10, 0);
        let starts = paris(2027, 3, 12, 14, 30);
        let planned = plan(starts, &settings(2), now, Some(NotificationKind::Summon));
        assert_eq!(
            planned,
            [
                sms(NotificationKind::Summon, now),
                sms(NotificationKind::Reminder, paris(2027, 3, 10, 14, 30)),
            ]
        );
        let planned = plan(starts, &settings(1), now, None);
        assert_eq!(
            planned,
            [sms(NotificationKind::Reminder, paris(2027, 3, 11, 14, 30))]
        );
    }

    #[test]
    fn inside_the_delay() {
        let now = paris(2027, 3, 11, 10, 0);
        let starts = paris(2027, 3, 12, 14, 30);
        let two_days = settings(2);
        assert_eq!(
            plan(starts, &two_days, now, Some(NotificationKind::Summon)).len(),
            1
        );
        assert_eq!(
            plan(starts, &two_days, now, None),
            [sms(NotificationKind::Reminder, now)]
        );
        assert!(plan(now, &two_days, now, None).is_empty());
    }

    #[test]
    fn quiet_hours_apply_to_the_plan() {
        let late = paris(2027, 3, 1, 22, 0);
        let starts = paris(2027, 3, 12, 8, 30);
        assert_eq!(
            plan(starts, &settings(2), late, Some(NotificationKind::Summon)),
            [
                sms(NotificationKind::Summon, paris(2027, 3, 2, 8, 0)),
                sms(NotificationKind::Reminder, paris(2027, 3, 10, 8, 30)),
            ]
        );
        let early = paris(2027, 3, 12, 7, 30);
        assert_eq!(
            plan(early, &settings(2), paris(2027, 3, 1, 10, 0), None),
            [sms(NotificationKind::Reminder, paris(2027, 3, 9, 20, 0))]
        );
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

    #[test]
    fn too_late_under_an_hour() {
        let starts = paris(2027, 3, 12, 14, 30);
        assert!(!too_late(paris(2027, 3, 12, 13, 30), starts));
        assert!(too_late(paris(2027, 3, 12, 13, 31), starts));
        assert!(too_late(paris(2027, 3, 12, 15, 0), starts));
    }
}
