//! The sign-in lockout rule: lock after 10 failures in a row (warn at the 9th), unlock by
//! itself after 24 h; a locked account refuses even the right password.

use chrono::{DateTime, Utc};

use super::{LockState, MAX_FAILED_ATTEMPTS};

/// What a sign-in attempt gives.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LoginOutcome {
    /// Right password, account not locked: signed in, counter reset.
    Success,
    /// Wrong password, account not locked yet.
    Failed {
        /// Failures in a row, this one included.
        attempts: u32,
        /// This was the 9th failure: one more locks the account.
        warn_last_chance: bool,
    },
    /// Wrong password for the 10th time: the account locks now.
    LockedNow,
    /// The account is locked: refused whatever the password.
    Locked {
        /// When it unlocks by itself.
        until: DateTime<Utc>,
    },
}

/// The outcome of an attempt and the lockout state to persist.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LoginAttempt {
    /// What to answer.
    pub outcome: LoginOutcome,
    /// What to store.
    pub state: LockState,
}

/// Evaluates a sign-in attempt at `now`. A lock that has run its 24 h is lifted first, and
/// the counter restarts from 0.
pub fn login_outcome(state: LockState, password_ok: bool, now: DateTime<Utc>) -> LoginAttempt {
    let state = match state.locked_until() {
        Some(until) if now < until => {
            let outcome = LoginOutcome::Locked { until };
            return LoginAttempt { outcome, state };
        }
        Some(_) => LockState::default(),
        None => state,
    };
    if password_ok {
        return LoginAttempt {
            outcome: LoginOutcome::Success,
            state: LockState::default(),
        };
    }
    let attempts = state.failed_attempts.saturating_add(1);
    if attempts >= MAX_FAILED_ATTEMPTS {
        return LoginAttempt {
            outcome: LoginOutcome::LockedNow,
            state: LockState {
                failed_attempts: attempts,
                locked_at: Some(now),
            },
        };
    }
    LoginAttempt {
        outcome: LoginOutcome::Failed {
            attempts,
            warn_last_chance: attempts == MAX_FAILED_ATTEMPTS - 1,
        },
        state: LockState {
            failed_attempts: attempts,
            locked_at: None,
        },
    }
}

#[cfg(test)]
mod tests {
    use chrono::TimeDelta;

    use super::*;

    #[test]
    fn ten_failures_lock_for_a_day_with_a_warning_at_the_ninth() {
        let now = DateTime::from_timestamp(1_750_000_000, 0).unwrap();
        let mut state = LockState::default();
        for attempt in 1..=9 {
            let step = login_outcome(state, false, now);
            let warn_last_chance = attempt == 9;
            let failed = LoginOutcome::Failed {
                attempts: attempt,
                warn_last_chance,
            };
            assert_eq!(step.outcome, failed);
            state = step.state;
        }
        let step = login_outcome(state, false, now);
        assert_eq!(step.outcome, LoginOutcome::LockedNow);
        assert_eq!(step.state.locked_at, Some(now));
        let until = now + TimeDelta::hours(24);
        let later = login_outcome(step.state, true, until - TimeDelta::seconds(1));
        assert_eq!(later.outcome, LoginOutcome::Locked { until });
        assert_eq!(later.state, step.state);
        let unlocked = login_outcome(step.state, false, until);
        assert_eq!(
            unlocked.outcome,
            LoginOutcome::Failed {
                attempts: 1,
                warn_last_chance: false
            }
        );
        assert_eq!(
            login_outcome(step.state, true, until).outcome,
            LoginOutcome::Success
        );
    }
}
