//! How long credentials and links stay valid (SPEC §6).

use chrono::{DateTime, TimeDelta, Utc};

/// An agent access token (JWT), from issue.
pub const ACCESS_TOKEN_LIFETIME: TimeDelta = TimeDelta::minutes(15);

/// A refresh token is refused after this long without activity (from its last use).
pub const REFRESH_IDLE_TIMEOUT: TimeDelta = TimeDelta::minutes(60);

/// An invitation link, from issue.
pub const INVITATION_LIFETIME: TimeDelta = TimeDelta::days(7);

/// A password-reset link, from issue.
pub const PASSWORD_RESET_LIFETIME: TimeDelta = TimeDelta::hours(6);

/// Whether something issued (or last used) at `since` and valid for `lifetime` has expired at
/// `now`. It expires at the exact instant `since + lifetime`.
pub fn is_expired(since: DateTime<Utc>, lifetime: TimeDelta, now: DateTime<Utc>) -> bool {
    since
        .checked_add_signed(lifetime)
        .is_some_and(|end| now >= end)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn expires_at_the_boundary() {
        let since = DateTime::from_timestamp(1_750_000_000, 0).unwrap();
        let end = since + TimeDelta::minutes(15);
        let just_before = end - TimeDelta::nanoseconds(1);
        assert!(!is_expired(since, ACCESS_TOKEN_LIFETIME, since));
        assert!(!is_expired(since, ACCESS_TOKEN_LIFETIME, just_before));
        assert!(is_expired(since, ACCESS_TOKEN_LIFETIME, end));
        assert!(is_expired(
            since,
            ACCESS_TOKEN_LIFETIME,
            end + TimeDelta::days(1)
        ));
    }

    #[test]
    fn lifetimes_match_the_spec() {
        assert_eq!(REFRESH_IDLE_TIMEOUT, TimeDelta::hours(1));
        assert_eq!(INVITATION_LIFETIME, TimeDelta::hours(7 * 24));
        assert_eq!(PASSWORD_RESET_LIFETIME, TimeDelta::minutes(360));
    }

    #[test]
    fn an_unrepresentable_end_never_expires() {
        let since = DateTime::<Utc>::MAX_UTC;
        assert!(!is_expired(since, INVITATION_LIFETIME, since));
    }
}
