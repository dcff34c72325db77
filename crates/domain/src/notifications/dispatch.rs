//! What the worker decides when it claims a due SMS (SPEC §4): send it, or mark it `unsent`
//! with a reason; and how it retries after a gateway failure.

use chrono::{DateTime, TimeDelta, Utc};

use super::{NotificationKind, too_late};
use crate::appointments::AppointmentState;

/// At most this many appointment SMS per probationer in a rolling 24 hours.
pub const DAILY_CAP: i64 = 5;
/// Send attempts before a message is `failed`.
pub const MAX_ATTEMPTS: i32 = 5;
/// Gateway codes that no retry will fix: 16 (unroutable) and 100 (invalid number).
pub const PERMANENT_CODES: [&str; 2] = ["16", "100"];

/// Why a due SMS is not sent.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum UnsentReason {
    /// The probationer has no phone or refuses SMS.
    CannotReceiveSms,
    /// The appointment is no longer in the state the message is about.
    WrongState,
    /// It would arrive less than an hour before the appointment, or after it.
    TooLate,
    /// Five appointment SMS already went to this person in the last 24 hours.
    RateLimited,
}

impl UnsentReason {
    /// Stable key, as stored and in the API.
    pub fn key(self) -> &'static str {
        match self {
            Self::CannotReceiveSms => "cannot_receive_sms",
            Self::WrongState => "wrong_state",
            Self::TooLate => "too_late",
            Self::RateLimited => "rate_limited",
        }
    }
}

/// What the worker knows when it claims a message.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DueSms {
    /// Its kind.
    pub kind: NotificationKind,
    /// The appointment's state now.
    pub state: AppointmentState,
    /// The appointment's start.
    pub starts_at: DateTime<Utc>,
    /// Whether the probationer can receive SMS now.
    pub reachable: bool,
    /// Appointment SMS sent to the probationer in the last 24 hours.
    pub sent_last_day: i64,
}

/// Sends (`Ok`) or gives the reason not to: the person must be reachable; summon, reminder and
/// reschedule need a booked appointment to come, a cancelation a canceled one to come, a
/// no-show message a no-show; none may leave less than an hour before the appointment (the
/// no-show message excepted); the daily cap applies to all of them.
pub fn guard(sms: &DueSms, now: DateTime<Utc>) -> Result<(), UnsentReason> {
    use NotificationKind::{Cancelation, NoShow, Reminder, Reschedule, Summon};
    if !sms.reachable {
        return Err(UnsentReason::CannotReceiveSms);
    }
    let right_state = match sms.kind {
        Summon | Reminder | Reschedule => sms.state == AppointmentState::Booked,
        Cancelation => sms.state == AppointmentState::Canceled,
        NoShow => sms.state == AppointmentState::NoShow,
        _ => true,
    };
    if !right_state {
        return Err(UnsentReason::WrongState);
    }
    if sms.kind != NoShow && too_late(now, sms.starts_at) {
        return Err(UnsentReason::TooLate);
    }
    if sms.sent_last_day >= DAILY_CAP {
        return Err(UnsentReason::RateLimited);
    }
    Ok(())
}

/// Delay before attempt `attempts + 1` after a transient failure: 1, 2, 4, 8 minutes…
pub fn backoff(attempts: i32) -> TimeDelta {
    let exponent = u32::try_from(attempts.clamp(1, 10) - 1).unwrap_or(0);
    TimeDelta::minutes(1_i64 << exponent)
}

/// Whether a gateway code means the number will never receive the message.
pub fn is_permanent(code: &str) -> bool {
    PERMANENT_CODES.contains(&code)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn due(
        kind: NotificationKind,
        state: AppointmentState,
        hours_ahead: i64,
    ) -> (DueSms, DateTime<Utc>) {
        let now = DateTime::from_timestamp(1_800_000_000, 0).unwrap();
        let sms = DueSms {
            kind,
            state,
            starts_at: now + TimeDelta::hours(hours_ahead),
            reachable: true,
            sent_last_day: 0,
        };
        (sms, now)
    }

    #[test]
    fn guards() {
        use AppointmentState as S;
        use NotificationKind as K;
        let (sms, now) = due(K::Reminder, S::Booked, 48);
        assert_eq!(guard(&sms, now), Ok(()));
        let unreachable = DueSms {
            reachable: false,
            ..sms
        };
        assert_eq!(
            guard(&unreachable, now),
            Err(UnsentReason::CannotReceiveSms)
        );
        let canceled = DueSms {
            state: S::Canceled,
            ..sms
        };
        assert_eq!(guard(&canceled, now), Err(UnsentReason::WrongState));
        let capped = DueSms {
            sent_last_day: 5,
            ..sms
        };
        assert_eq!(guard(&capped, now), Err(UnsentReason::RateLimited));
        assert_eq!(
            guard(
                &DueSms {
                    sent_last_day: 4,
                    ..sms
                },
                now
            ),
            Ok(())
        );
        let (late, now) = due(K::Summon, S::Booked, 0);
        assert_eq!(guard(&late, now), Err(UnsentReason::TooLate));
        let (cancel, now) = due(K::Cancelation, S::Canceled, 24);
        assert_eq!(guard(&cancel, now), Ok(()));
        let (missed, now) = due(K::NoShow, S::NoShow, -2);
        assert_eq!(
            guard(&missed, now),
            Ok(()),
            "the no-show SMS goes after the appointment"
        );
        let rebooked = DueSms {
            state: S::Booked,
            ..missed
        };
        assert_eq!(guard(&rebooked, now), Err(UnsentReason::WrongState));
    }

    #[test]
    fn retries() {
        assert_eq!(backoff(1), TimeDelta::minutes(1));
        assert_eq!(backoff(4), TimeDelta::minutes(8));
        assert!(is_permanent("16") && is_permanent("100") && !is_permanent("3"));
    }
}
