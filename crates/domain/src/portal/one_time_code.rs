//! One-time sign-in codes (SPEC §7): 6 digits sent by SMS, valid 10 minutes, 5 attempts, at
//! most 3 codes per hour for one number. Unknown numbers follow the same rules (their code
//! simply never matches), so the answers never tell whether a number is known.

use chrono::{DateTime, TimeDelta, Utc};

/// How long a code can be used.
pub const CODE_LIFETIME: TimeDelta = TimeDelta::minutes(10);
/// Wrong entries allowed for one code.
pub const MAX_CODE_ATTEMPTS: i32 = 5;
/// Codes one number may ask for in an hour.
pub const MAX_CODES_PER_HOUR: i64 = 3;
/// Digits of a code.
pub const CODE_DIGITS: usize = 6;

/// Whether `typed` (spaces removed) has the shape of a code: 6 digits.
pub fn is_well_formed(typed: &str) -> bool {
    typed.len() == CODE_DIGITS && typed.chars().all(|c| c.is_ascii_digit())
}

/// Whether one more code may be sent to a number that asked `sent_last_hour` times in the
/// last hour.
pub fn may_send_code(sent_last_hour: i64) -> bool {
    sent_last_hour < MAX_CODES_PER_HOUR
}

/// The latest code of a number, as stored.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CodeAttempt {
    /// When it was sent.
    pub created_at: DateTime<Utc>,
    /// Wrong entries so far.
    pub attempts: i32,
    /// Whether it already opened a session.
    pub consumed: bool,
}

/// Why an entered code does not open a session.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum CodeRefusal {
    /// No usable code for this number.
    #[error("Aucun code en cours pour ce numéro : demandez un nouveau code.")]
    NoCode,
    /// The code is more than 10 minutes old.
    #[error("Ce code a expiré (il est valable 10 minutes) : demandez un nouveau code.")]
    Expired,
    /// Five wrong entries.
    #[error("Trop d'essais avec ce code : demandez un nouveau code.")]
    TooManyAttempts,
    /// Wrong code, `remaining` tries left.
    #[error("Code incorrect. Il vous reste {remaining} essai(s).")]
    Wrong {
        /// Tries left with this code.
        remaining: i32,
    },
}

impl CodeRefusal {
    /// Stable code.
    pub fn code(self) -> &'static str {
        match self {
            Self::NoCode => "no_code",
            Self::Expired => "code_expired",
            Self::TooManyAttempts => "code_attempts_exceeded",
            Self::Wrong { .. } => "invalid_code",
        }
    }

    /// Whether this entry counts as a wrong attempt.
    pub fn counts_as_attempt(self) -> bool {
        matches!(self, Self::Wrong { .. })
    }
}

/// Checks an entry against the number's latest code; `matches` tells whether the digits are
/// those of the code.
pub fn check_code(
    latest: Option<CodeAttempt>,
    matches: bool,
    now: DateTime<Utc>,
) -> Result<(), CodeRefusal> {
    let latest = latest
        .filter(|code| !code.consumed)
        .ok_or(CodeRefusal::NoCode)?;
    if now >= latest.created_at + CODE_LIFETIME {
        return Err(CodeRefusal::Expired);
    }
    if latest.attempts >= MAX_CODE_ATTEMPTS {
        return Err(CodeRefusal::TooManyAttempts);
    }
    if matches {
        Ok(())
    } else {
        Err(CodeRefusal::Wrong {
            remaining: MAX_CODE_ATTEMPTS - latest.attempts - 1,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn code(minutes_ago: i64, attempts: i32) -> Option<CodeAttempt> {
        Some(CodeAttempt {
            created_at: now() - TimeDelta::minutes(minutes_ago),
            attempts,
            consumed: false,
        })
    }

    fn now() -> DateTime<Utc> {
        "2027-03-12T10:00:00Z".parse().unwrap()
    }

    #[test]
    fn a_fresh_code_opens_once() {
        assert_eq!(check_code(code(9, 0), true, now()), Ok(()));
        let consumed = code(1, 0).map(|c| CodeAttempt {
            consumed: true,
            ..c
        });
        assert_eq!(check_code(consumed, true, now()), Err(CodeRefusal::NoCode));
        assert_eq!(check_code(None, true, now()), Err(CodeRefusal::NoCode));
    }

    #[test]
    fn ten_minutes_then_expired() {
        assert_eq!(
            check_code(code(10, 0), true, now()),
            Err(CodeRefusal::Expired)
        );
    }

    #[test]
    fn five_wrong_entries_then_locked() {
        assert_eq!(
            check_code(code(1, 0), false, now()),
            Err(CodeRefusal::Wrong { remaining: 4 })
        );
        assert_eq!(
            check_code(code(1, 4), false, now()),
            Err(CodeRefusal::Wrong { remaining: 0 })
        );
        assert_eq!(
            check_code(code(1, 5), true, now()),
            Err(CodeRefusal::TooManyAttempts)
        );
        assert!(CodeRefusal::Wrong { remaining: 1 }.counts_as_attempt());
        assert!(!CodeRefusal::Expired.counts_as_attempt());
    }

    #[test]
    fn a_code_is_six_digits() {
        assert!(is_well_formed("012345"));
        assert!(
            !is_well_formed("12345") && !is_well_formed("12345a") && !is_well_formed("1234567")
        );
    }

    #[test]
    fn three_codes_an_hour() {
        assert!(may_send_code(2));
        assert!(!may_send_code(3));
    }
}
