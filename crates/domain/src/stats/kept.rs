//! Which months a rebuild of the figures recomputes. Older months keep the figures they had:
//! retention deletes the appointments of people archived for 6 months, who had no appointment
//! in the 12 months before that, so the statistics of those months must not follow them.

use chrono::{Datelike, Months, NaiveDate};

use crate::retention::{ARCHIVED_MONTHS, IDLE_MONTHS};

/// Months recomputed by each rebuild: the current one and the 12 before it. Appointments
/// older than this rarely change, and retention never deletes them before 18 months.
pub const REBUILT_MONTHS: u32 = 13;

// Retention never deletes an appointment of a recomputed month.
const _: () = assert!(REBUILT_MONTHS <= IDLE_MONTHS + ARCHIVED_MONTHS);

/// First day of the oldest month recomputed on `today`.
pub fn first_rebuilt_month(today: NaiveDate) -> NaiveDate {
    today.with_day(1).unwrap_or(today) - Months::new(REBUILT_MONTHS - 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_current_month_and_the_twelve_before_are_recomputed() {
        let today = NaiveDate::from_ymd_opt(2027, 3, 31).unwrap();
        let first = NaiveDate::from_ymd_opt(2026, 3, 1).unwrap();
        assert_eq!(first_rebuilt_month(today), first);
        let first_day = NaiveDate::from_ymd_opt(2027, 3, 1).unwrap();
        assert_eq!(first_rebuilt_month(first_day), first);
    }
}
