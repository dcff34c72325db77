//! The per-token rate limit: a generic cell rate algorithm (`governor`) keyed by token, in
//! the memory of each server process (so N replicas allow up to N times the limit).

use std::num::NonZeroU32;

use governor::clock::{Clock, DefaultClock};
use governor::{DefaultKeyedRateLimiter, Quota};
use uuid::Uuid;

/// Requests a minute per token, as a steady flow that may burst up to the whole minute.
pub struct RateLimiter {
    limiter: DefaultKeyedRateLimiter<Uuid>,
    clock: DefaultClock,
}

impl RateLimiter {
    /// A limit of `per_minute` requests a minute for each token.
    pub fn per_minute(per_minute: NonZeroU32) -> Self {
        Self {
            limiter: DefaultKeyedRateLimiter::keyed(Quota::per_minute(per_minute)),
            clock: DefaultClock::default(),
        }
    }

    /// Counts a request of `token`: `Err` with the whole seconds to wait when over the limit.
    pub fn check(&self, token: Uuid) -> Result<(), u64> {
        self.limiter.check_key(&token).map_err(|not_until| {
            let wait = not_until.wait_time_from(self.clock.now());
            (wait.as_secs() + u64::from(wait.subsec_nanos() > 0)).max(1)
        })
    }
}

impl std::fmt::Debug for RateLimiter {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("RateLimiter")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_token_has_its_own_allowance() {
        let limiter = RateLimiter::per_minute(NonZeroU32::MIN.saturating_add(1));
        let (a, b) = (Uuid::now_v7(), Uuid::now_v7());
        assert_eq!(limiter.check(a), Ok(()));
        assert_eq!(limiter.check(a), Ok(()));
        let wait = limiter.check(a).err().unwrap_or_default();
        assert!((29..=30).contains(&wait), "{wait}");
        assert_eq!(limiter.check(b), Ok(()));
    }
}
