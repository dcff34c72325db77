//! Whether an appointment is past or future, the only time fact the lifecycle needs.

use chrono::{DateTime, Utc};

/// Position of the appointment's start relative to now.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Timing {
    /// The appointment has started (or is over).
    Past,
    /// The appointment has not started yet.
    Future,
}

impl Timing {
    /// Timing of an appointment starting at `starts_at`, seen at `now`. An appointment that
    /// starts right now counts as past.
    pub fn of(starts_at: DateTime<Utc>, now: DateTime<Utc>) -> Self {
        if starts_at > now {
            Self::Future
        } else {
            Self::Past
        }
    }
}

#[cfg(test)]
mod tests {
    use chrono::TimeDelta;

    use super::*;

    #[test]
    fn past_from_the_start_instant() {
        let now = DateTime::from_timestamp(1_750_000_000, 0).unwrap();
        assert_eq!(Timing::of(now + TimeDelta::seconds(1), now), Timing::Future);
        assert_eq!(Timing::of(now, now), Timing::Past);
        assert_eq!(Timing::of(now - TimeDelta::days(1), now), Timing::Past);
    }
}
