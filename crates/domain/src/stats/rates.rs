//! Rates and means of a [`Tally`]: percentages with one decimal, `None` when there is
//! nothing to divide by.

use super::Tally;

const SECONDS_PER_DAY: f64 = 86_400.0;

/// `part` out of `whole` in percent, rounded to one decimal; `None` when `whole` is 0.
pub fn percent(part: i64, whole: i64) -> Option<f64> {
    (whole > 0).then(|| round1(part as f64 * 100.0 / whole as f64))
}

/// The mean of `count` durations adding up to `seconds`, in days rounded to one decimal;
/// `None` when `count` is 0.
pub fn mean_days(seconds: i64, count: i64) -> Option<f64> {
    (count > 0).then(|| round1(seconds as f64 / count as f64 / SECONDS_PER_DAY))
}

fn round1(value: f64) -> f64 {
    (value * 10.0).round() / 10.0
}

/// The rates of a group of appointments.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Rates {
    /// Honoured, out of the convocations with an outcome ([`Tally::with_outcome`]).
    pub fulfilled: Option<f64>,
    /// Missed, out of the same.
    pub no_show: Option<f64>,
    /// Excused, out of the same.
    pub excused: Option<f64>,
    /// Still « Planifié » once past, out of the same.
    pub unknown: Option<f64>,
    /// Mean (not median) days between booking and appointment, over the convocations.
    pub mean_delay_days: Option<f64>,
    /// Sorties d'audience within the legal delay, out of those with a legal delay.
    pub legal_within: Option<f64>,
}

impl Rates {
    /// The rates of `tally`.
    pub fn of(tally: &Tally) -> Self {
        let outcome = tally.with_outcome();
        Self {
            fulfilled: percent(tally.fulfilled, outcome),
            no_show: percent(tally.no_show, outcome),
            excused: percent(tally.excused, outcome),
            unknown: percent(tally.unknown, outcome),
            mean_delay_days: mean_days(tally.delay_seconds, tally.convocations),
            legal_within: percent(tally.legal_within, tally.legal_total),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn percentages_round_to_one_decimal() {
        assert_eq!(percent(1, 3), Some(33.3));
        assert_eq!(percent(2, 3), Some(66.7));
        assert_eq!(percent(3, 3), Some(100.0));
        assert_eq!(percent(0, 0), None);
    }

    #[test]
    fn mean_delay_in_days() {
        assert_eq!(mean_days(3 * 86_400 + 43_200, 1), Some(3.5));
        assert_eq!(mean_days(86_400 * 10, 3), Some(3.3));
        assert_eq!(mean_days(0, 0), None);
    }

    #[test]
    fn rates_count_outcomes_only() {
        let tally = Tally {
            convocations: 6,
            fulfilled: 2,
            no_show: 1,
            excused: 0,
            unknown: 1,
            delay_seconds: 6 * 86_400 * 7,
            legal_total: 4,
            legal_within: 3,
            ..Tally::default()
        };
        let rates = Rates::of(&tally);
        assert_eq!(
            (rates.fulfilled, rates.no_show, rates.excused, rates.unknown),
            (Some(50.0), Some(25.0), Some(0.0), Some(25.0))
        );
        assert_eq!(rates.mean_delay_days, Some(7.0));
        assert_eq!(rates.legal_within, Some(75.0));
        let empty = Rates::of(&Tally::default());
        assert_eq!((empty.fulfilled, empty.legal_within), (None, None));
    }
}
