//! Properties of the sign-in lockout along random sequences of attempts.

use chrono::{DateTime, TimeDelta, Utc};
use msj_domain::accounts::{LOCK_DURATION, LockState, LoginOutcome, login_outcome};
use proptest::prelude::*;

fn start() -> DateTime<Utc> {
    DateTime::from_timestamp(1_750_000_000, 0).unwrap()
}

proptest! {
    /// Along any sequence of attempts with time moving forward: never a success while locked,
    /// every lock ends exactly 24 h after it began, and a success always resets the state.
    #[test]
    fn lockout_invariants(
        steps in prop::collection::vec((any::<bool>(), 0i64..20_000), 0..80),
    ) {
        let mut state = LockState::default();
        let mut now = start();
        for (password_ok, minutes) in steps {
            now += TimeDelta::minutes(minutes);
            let was_locked = state.is_locked(now);
            let attempt = login_outcome(state, password_ok, now);
            match attempt.outcome {
                LoginOutcome::Success => {
                    prop_assert!(!was_locked);
                    prop_assert_eq!(attempt.state, LockState::default());
                }
                LoginOutcome::Locked { until } => {
                    prop_assert!(was_locked);
                    prop_assert_eq!(Some(until - LOCK_DURATION), state.locked_at);
                    prop_assert_eq!(attempt.state, state);
                }
                LoginOutcome::LockedNow => {
                    prop_assert_eq!(attempt.state.locked_at, Some(now));
                    let until = now + TimeDelta::hours(24);
                    prop_assert_eq!(attempt.state.locked_until(), Some(until));
                }
                LoginOutcome::Failed { attempts, warn_last_chance } => {
                    prop_assert!(!was_locked);
                    prop_assert!(attempts < 10);
                    prop_assert_eq!(warn_last_chance, attempts == 9);
                    prop_assert_eq!(attempt.state.failed_attempts, attempts);
                }
            }
            prop_assert_eq!(was_locked, matches!(attempt.outcome, LoginOutcome::Locked { .. }));
            state = attempt.state;
        }
    }

    /// A lock holds until exactly 24 h later, whatever the password, then lifts by itself.
    #[test]
    fn a_lock_lasts_exactly_24_hours(seconds in 0i64..86_400, password_ok in any::<bool>()) {
        let locked = LockState { failed_attempts: 10, locked_at: Some(start()) };
        let during = login_outcome(locked, password_ok, start() + TimeDelta::seconds(seconds));
        prop_assert_eq!(during.outcome, LoginOutcome::Locked { until: start() + LOCK_DURATION });
        let later = start() + LOCK_DURATION + TimeDelta::seconds(seconds);
        let after = login_outcome(locked, password_ok, later);
        let still_locked = matches!(after.outcome, LoginOutcome::Locked { .. });
        prop_assert!(!still_locked);
        prop_assert_eq!(after.outcome == LoginOutcome::Success, password_ok);
    }
}
