//! Properties of SMS planning and of the quiet hours at claim time, in the zones of every
//! territory (UTC−10 Tahiti, UTC−9:30 Marquesas … UTC+12 Wallis) and across the changes to
//! and from summer time of Europe/Paris and America/Miquelon.

use chrono::{DateTime, Days, NaiveDate, NaiveDateTime, NaiveTime, TimeDelta, TimeZone, Utc};
use chrono_tz::Tz;
use msj_domain::notifications::{
    NotificationKind, PlanSettings, QuietHours, first_valid_instant, plan, reminder_due,
};
use proptest::prelude::*;

const ZONES: [Tz; 12] = [
    chrono_tz::Europe::Paris,
    chrono_tz::America::Miquelon,
    chrono_tz::Pacific::Tahiti,
    chrono_tz::Pacific::Marquesas,
    chrono_tz::Pacific::Gambier,
    chrono_tz::Pacific::Wallis,
    chrono_tz::Pacific::Noumea,
    chrono_tz::America::Cayenne,
    chrono_tz::America::Martinique,
    chrono_tz::America::Guadeloupe,
    chrono_tz::Indian::Reunion,
    chrono_tz::Indian::Mayotte,
];

/// Local dates of changes to or from summer time (at 02:00 local).
const CHANGES: [(Tz, (i32, u32, u32)); 6] = [
    (chrono_tz::Europe::Paris, (2027, 3, 28)),
    (chrono_tz::Europe::Paris, (2027, 10, 31)),
    (chrono_tz::Europe::Paris, (2028, 3, 26)),
    (chrono_tz::America::Miquelon, (2027, 3, 14)),
    (chrono_tz::America::Miquelon, (2027, 11, 7)),
    (chrono_tz::America::Miquelon, (2028, 3, 12)),
];

fn zone() -> impl Strategy<Value = Tz> {
    prop::sample::select(ZONES.to_vec())
}

/// An instant between 2027-01-01 and the end of 2028.
fn instant() -> impl Strategy<Value = DateTime<Utc>> {
    (0..2 * 365 * 24 * 60_i64).prop_map(|minutes| {
        Utc.with_ymd_and_hms(2027, 1, 1, 0, 0, 0).unwrap() + TimeDelta::minutes(minutes)
    })
}

/// Quiet hours starting between 19:00 and 23:45 and ending between 06:00 and 09:45.
fn quiet_hours() -> impl Strategy<Value = QuietHours> {
    (19..24_u32, 6..10_u32, 0..4_u32, 0..4_u32).prop_map(|(start, end, a, b)| QuietHours {
        start: NaiveTime::from_hms_opt(start, a * 15, 0).unwrap(),
        end: NaiveTime::from_hms_opt(end, b * 15, 0).unwrap(),
    })
}

fn immediate() -> impl Strategy<Value = Option<NotificationKind>> {
    prop_oneof![
        Just(None),
        Just(Some(NotificationKind::Summon)),
        Just(Some(NotificationKind::Reschedule)),
    ]
}

fn local(at: DateTime<Utc>, zone: Tz) -> NaiveDateTime {
    at.with_timezone(&zone).naive_local()
}

fn exists(local: NaiveDateTime, zone: Tz) -> bool {
    zone.from_local_datetime(&local).earliest().is_some()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    /// Nothing is planned in the past or inside the quiet hours; the immediate message goes
    /// now or at the end of the quiet hours, within a day.
    #[test]
    fn planned_sms_are_never_past_nor_at_night(
        zone in zone(),
        quiet in quiet_hours(),
        now in instant(),
        ahead in 0..400 * 24 * 60_i64,
        days in 1..=2_u64,
        immediate in immediate(),
    ) {
        let starts_at = now + TimeDelta::minutes(ahead);
        let settings = PlanSettings { zone, quiet_hours: quiet, reminder_days: days };
        for sms in plan(starts_at, &settings, now, immediate) {
            prop_assert!(sms.due_at >= now);
            prop_assert!(!quiet.contains(local(sms.due_at, zone).time()), "{sms:?}");
            if Some(sms.kind) == immediate {
                prop_assert!(sms.due_at - now <= TimeDelta::hours(24));
                prop_assert_eq!(sms.due_at == now, !quiet.contains(local(now, zone).time()));
            }
        }
    }

    /// A daytime appointment booked more than `days + 1` days ahead gets its reminder on the
    /// date `days` before, at the same local time, at least an hour before it.
    #[test]
    fn the_reminder_keeps_the_local_time_days_before(
        zone in zone(),
        now in instant(),
        day in 3..365_u64,
        minute in (9 * 60)..(20 * 60_u32),
        days in 1..=2_u64,
        immediate in immediate(),
    ) {
        let date = local(now, zone).date().checked_add_days(Days::new(day)).unwrap();
        let time = NaiveTime::from_hms_opt(minute / 60, minute % 60, 0).unwrap();
        let starts_at = first_valid_instant(date.and_time(time), zone);
        let settings = PlanSettings { zone, quiet_hours: QuietHours::default(), reminder_days: days };
        let planned = plan(starts_at, &settings, now, immediate);
        let reminder = planned.iter().find(|sms| sms.kind == NotificationKind::Reminder);
        let reminder = reminder.expect("a reminder is planned");
        let sent = local(reminder.due_at, zone);
        prop_assert_eq!(sent, local(starts_at, zone) - Days::new(days));
        prop_assert!(starts_at - reminder.due_at >= TimeDelta::hours(1));
    }

    /// On the nights the clocks change, the reminder is the same local time `days` before,
    /// or the first minute after it that exists; never earlier, never twice an hour off.
    #[test]
    fn reminders_across_changes_of_summer_time(
        change in prop::sample::select(CHANGES.to_vec()),
        days in 1..=2_u64,
        minute in 0..(5 * 60_u32),
    ) {
        let (zone, (y, m, d)) = change;
        let night = NaiveDate::from_ymd_opt(y, m, d).unwrap();
        let time = NaiveTime::from_hms_opt(minute / 60, minute % 60, 0).unwrap();
        let wanted = night.and_time(time);
        let starts_at = first_valid_instant(wanted + Days::new(days), zone);
        prop_assume!(local(starts_at, zone) == wanted + Days::new(days));
        let due = reminder_due(starts_at, zone, days);
        let sent = local(due, zone);
        if exists(wanted, zone) {
            prop_assert_eq!(sent, wanted);
            prop_assert_eq!(due, zone.from_local_datetime(&wanted).earliest().unwrap().to_utc());
        } else {
            prop_assert!(sent > wanted && sent - wanted <= TimeDelta::hours(1));
            prop_assert!(!exists(sent - TimeDelta::minutes(1), zone));
        }
    }

    /// A message claimed at any instant leaves at once outside the quiet hours; inside them
    /// it waits for their end, less than a day, and transactional codes never wait.
    #[test]
    fn claimed_at_night_waits_for_the_end_of_the_quiet_hours(
        zone in zone(),
        quiet in quiet_hours(),
        now in instant(),
    ) {
        let night = quiet.contains(local(now, zone).time());
        for kind in [NotificationKind::Summon, NotificationKind::Reminder, NotificationKind::NoShow] {
            match quiet.hold(kind, zone, now) {
                None => prop_assert!(!night),
                Some(until) => {
                    prop_assert!(night && until > now);
                    prop_assert!(until - now <= TimeDelta::hours(24));
                    prop_assert!(!quiet.contains(local(until, zone).time()));
                    prop_assert!(quiet.contains(local(until - TimeDelta::minutes(1), zone).time()));
                }
            }
        }
        prop_assert_eq!(quiet.hold(NotificationKind::PortalCode, zone, now), None);
    }
}
