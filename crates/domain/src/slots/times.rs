//! Times of a batch of slots: recurring templates from a first to a last time, and one-off
//! bulk creations from single times and ranges.

use chrono::{NaiveTime, TimeDelta};

use crate::field_problem::FieldProblem;

/// Largest interval between two slots of a batch, in minutes.
pub const MAX_INTERVAL_MIN: u32 = 60;

const INTERVAL_RANGE: &str = "L'intervalle doit être compris entre 1 et 60 minutes.";
const START_AFTER_END: &str = "L'heure de début doit être avant l'heure de fin.";

/// A range of one-off slot times: `first`, `first + interval_min`, … up to `last` included.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TimeRange {
    /// First time.
    pub first: NaiveTime,
    /// Last possible time (reached only if it falls on a step).
    pub last: NaiveTime,
    /// Minutes between two times, 1 to 60.
    pub interval_min: u32,
}

/// `first`, `first + interval`, … while ≤ `last`; never past `last` nor past midnight.
/// The interval must be 1..=60 and `first ≤ last`.
fn steps(first: NaiveTime, last: NaiveTime, interval_min: u32) -> Vec<NaiveTime> {
    let step = TimeDelta::minutes(i64::from(interval_min));
    std::iter::successors(Some(first), |at| {
        let (next, wrapped) = at.overflowing_add_signed(step);
        (wrapped == 0 && next <= last).then_some(next)
    })
    .collect()
}

/// Times of a recurring-slot batch: `first`, `first + interval_min`, … while ≤ `last`.
/// `first == last` gives one time.
pub fn template_times(
    first: NaiveTime,
    last: NaiveTime,
    interval_min: u32,
) -> Result<Vec<NaiveTime>, FieldProblem> {
    let invalid = |detail| FieldProblem::new("/interval_min", "invalid_interval", detail);
    if interval_min == 0 {
        return Err(invalid(
            "Impossible de créer des créneaux récurrents avec un intervalle de 0 minute.",
        ));
    }
    if interval_min > MAX_INTERVAL_MIN {
        return Err(invalid(INTERVAL_RANGE));
    }
    if first > last {
        return Err(FieldProblem::new(
            "/last",
            "start_after_end",
            START_AFTER_END,
        ));
    }
    Ok(steps(first, last, interval_min))
}

/// Times of a one-off bulk creation: the single times plus every range expanded, sorted and
/// without duplicates. At least one time is required.
pub fn batch_times(
    singles: &[NaiveTime],
    ranges: &[TimeRange],
) -> Result<Vec<NaiveTime>, FieldProblem> {
    let mut times = singles.to_vec();
    for range in ranges {
        if !(1..=MAX_INTERVAL_MIN).contains(&range.interval_min) {
            return Err(FieldProblem::new(
                "/ranges",
                "invalid_interval",
                INTERVAL_RANGE,
            ));
        }
        if range.first > range.last {
            return Err(FieldProblem::new(
                "/ranges",
                "start_after_end",
                START_AFTER_END,
            ));
        }
        times.extend(steps(range.first, range.last, range.interval_min));
    }
    times.sort_unstable();
    times.dedup();
    if times.is_empty() {
        return Err(FieldProblem::new(
            "/times",
            "times_required",
            "Vous devez indiquer au minimum une heure ou un intervalle de temps (supérieur à 0).",
        ));
    }
    Ok(times)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn time(h: u32, m: u32) -> NaiveTime {
        NaiveTime::from_hms_opt(h, m, 0).unwrap()
    }

    #[test]
    fn template_times_stop_at_the_last_time() {
        assert_eq!(
            template_times(time(9, 0), time(10, 0), 25),
            Ok(vec![time(9, 0), time(9, 25), time(9, 50)])
        );
        assert_eq!(
            template_times(time(9, 0), time(10, 0), 30),
            Ok(vec![time(9, 0), time(9, 30), time(10, 0)])
        );
        assert_eq!(
            template_times(time(14, 0), time(14, 0), 15),
            Ok(vec![time(14, 0)])
        );
        let late = template_times(time(23, 30), time(23, 59), 60).unwrap();
        assert_eq!(late, [time(23, 30)], "no wrap past midnight");
    }

    #[test]
    fn template_times_errors() {
        let code = |first, last, interval| template_times(first, last, interval).unwrap_err();
        let zero = code(time(9, 0), time(10, 0), 0);
        assert_eq!(
            (zero.pointer, zero.code),
            ("/interval_min", "invalid_interval")
        );
        assert!(zero.detail.contains("0 minute"));
        let wide = code(time(9, 0), time(10, 0), 61);
        assert_eq!(wide.detail, INTERVAL_RANGE);
        let reversed = code(time(10, 0), time(9, 0), 15);
        assert_eq!(
            (reversed.pointer, reversed.code),
            ("/last", "start_after_end")
        );
    }

    #[test]
    fn batch_times_merge_singles_and_ranges() {
        let range = TimeRange {
            first: time(9, 0),
            last: time(10, 0),
            interval_min: 20,
        };
        assert_eq!(
            batch_times(&[time(11, 0), time(9, 20)], &[range]),
            Ok(vec![
                time(9, 0),
                time(9, 20),
                time(9, 40),
                time(10, 0),
                time(11, 0)
            ])
        );
        let empty = batch_times(&[], &[]).unwrap_err();
        assert_eq!((empty.pointer, empty.code), ("/times", "times_required"));
        let zero = TimeRange {
            interval_min: 0,
            ..range
        };
        assert_eq!(
            batch_times(&[], &[zero]).unwrap_err().code,
            "invalid_interval"
        );
        let reversed = TimeRange {
            first: time(11, 0),
            ..range
        };
        let problem = batch_times(&[], &[reversed]).unwrap_err();
        assert_eq!(
            (problem.pointer, problem.code),
            ("/ranges", "start_after_end")
        );
    }
}
