//! The daily run over pending answers (domain §4.3 "Timer"): automatic acceptance after 10
//! days, reminders every 5 days.

use chrono::{DateTime, TimeDelta, Utc};

/// How long a source service has to answer before its answer may be auto-accepted.
pub const AUTO_ACCEPT_AFTER: TimeDelta = TimeDelta::days(10);
/// Time between two reminders to a silent service.
pub const REMINDER_EVERY: TimeDelta = TimeDelta::days(5);

/// Whether an answer pending since `created_at` has waited 10 days at `now`.
pub fn auto_accept_due(created_at: DateTime<Utc>, now: DateTime<Utc>) -> bool {
    created_at
        .checked_add_signed(AUTO_ACCEPT_AFTER)
        .is_some_and(|due| due <= now)
}

/// Whether a due answer is auto-accepted (comment [`super::TEN_DAYS_COMMENT`]): when the
/// probationer is archived, or has no future appointment outside the requester's
/// jurisdiction; otherwise it stays pending.
pub fn may_auto_accept(archived: bool, future_appointments_outside_target: bool) -> bool {
    archived || !future_appointments_outside_target
}

/// Whether a service with a pending answer gets a reminder at `now`: never reminded yet, or
/// last reminded 5 days ago or more.
pub fn reminder_due(last_reminder: Option<DateTime<Utc>>, now: DateTime<Utc>) -> bool {
    last_reminder.is_none_or(|last| {
        last.checked_add_signed(REMINDER_EVERY)
            .is_some_and(|due| due <= now)
    })
}
