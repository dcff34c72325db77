//! What is persisted about failed sign-ins (features §4.3).

use chrono::{DateTime, TimeDelta, Utc};

/// Failed sign-ins in a row that lock the account (the 9th warns).
pub const MAX_FAILED_ATTEMPTS: u32 = 10;

/// How long a lock lasts before the account unlocks by itself.
pub const LOCK_DURATION: TimeDelta = TimeDelta::hours(24);

/// The lockout columns of an agent account. The default is an unlocked account with no
/// failure, which is also what an admin unlock writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct LockState {
    /// Failed sign-ins since the last success or unlock.
    pub failed_attempts: u32,
    /// When the account was locked, if it is.
    pub locked_at: Option<DateTime<Utc>>,
}

impl LockState {
    /// When the lock ends, if the account was locked.
    pub fn locked_until(&self) -> Option<DateTime<Utc>> {
        self.locked_at.map(|at| {
            at.checked_add_signed(LOCK_DURATION)
                .unwrap_or(DateTime::<Utc>::MAX_UTC)
        })
    }

    /// Whether the account is locked at `now`.
    pub fn is_locked(&self, now: DateTime<Utc>) -> bool {
        self.locked_until().is_some_and(|until| now < until)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lock_lasts_exactly_a_day() {
        let at = DateTime::from_timestamp(1_750_000_000, 0).unwrap();
        let state = LockState {
            failed_attempts: MAX_FAILED_ATTEMPTS,
            locked_at: Some(at),
        };
        assert_eq!(state.locked_until(), Some(at + TimeDelta::hours(24)));
        assert!(state.is_locked(at));
        assert!(state.is_locked(at + TimeDelta::hours(24) - TimeDelta::seconds(1)));
        assert!(!state.is_locked(at + TimeDelta::hours(24)));
        assert!(!LockState::default().is_locked(at));
    }
}
