//! Whether a place may move on a date.

use chrono::NaiveDate;

use crate::dates::french_date;
use crate::field_problem::FieldProblem;

/// The state of the old place, read under its row lock.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct MovedPlace {
    /// Whether the place is archived.
    pub archived: bool,
    /// Whether a move of this place is already recorded.
    pub already_moved: bool,
    /// First day of validity.
    pub valid_from: Option<NaiveDate>,
    /// Last day of validity.
    pub valid_until: Option<NaiveDate>,
}

/// Why a place may not move.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum MoveRefusal {
    /// The place is archived.
    Archived,
    /// The place has already moved (or is moving in a concurrent request).
    AlreadyMoved,
    /// The date does not fall inside the place's validity window.
    OutsideValidity(FieldProblem),
}

/// Checks the move date seen on the service's local `today`: tomorrow at the earliest.
pub fn check_date(date: NaiveDate, today: NaiveDate) -> Result<(), FieldProblem> {
    if date <= today {
        return Err(FieldProblem::new(
            "/date",
            "move_date_not_in_future",
            "Le déménagement ne peut pas être dans le passé ni aujourd'hui : choisissez une date à partir de demain.",
        ));
    }
    Ok(())
}

/// Checks that `place` may move on `date`: not archived, not moved yet, and still open the day
/// before the move (the old place keeps at least one day and is not already closed).
pub fn check_movable(place: MovedPlace, date: NaiveDate) -> Result<(), MoveRefusal> {
    if place.archived {
        return Err(MoveRefusal::Archived);
    }
    if place.already_moved {
        return Err(MoveRefusal::AlreadyMoved);
    }
    let last_day = super::last_day_of_old_place(date);
    if let Some(from) = place.valid_from.filter(|from| last_day < *from) {
        return Err(MoveRefusal::OutsideValidity(FieldProblem::new(
            "/date",
            "move_before_opening",
            format!(
                "Ce lieu n'ouvre que le {} : le déménagement doit suivre cette date.",
                french_date(from)
            ),
        )));
    }
    if let Some(until) = place.valid_until.filter(|until| last_day > *until) {
        return Err(MoveRefusal::OutsideValidity(FieldProblem::new(
            "/date",
            "move_after_closing",
            format!(
                "Ce lieu n'est plus disponible après le {} : le déménagement doit avoir lieu au plus tard le lendemain.",
                french_date(until)
            ),
        )));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2027, 3, d).unwrap_or_default()
    }

    #[test]
    fn the_date_is_tomorrow_at_the_earliest() {
        assert!(check_date(day(11), day(10)).is_ok());
        for date in [day(10), day(9)] {
            assert_eq!(
                check_date(date, day(10)).map_err(|p| p.code),
                Err("move_date_not_in_future")
            );
        }
    }

    #[test]
    fn an_open_place_moves_once() {
        let open = MovedPlace {
            archived: false,
            already_moved: false,
            valid_from: None,
            valid_until: None,
        };
        assert_eq!(check_movable(open, day(20)), Ok(()));
        let archived = MovedPlace {
            archived: true,
            ..open
        };
        assert_eq!(check_movable(archived, day(20)), Err(MoveRefusal::Archived));
        let moved = MovedPlace {
            already_moved: true,
            ..open
        };
        assert_eq!(
            check_movable(moved, day(20)),
            Err(MoveRefusal::AlreadyMoved)
        );
    }

    #[test]
    fn the_old_place_keeps_at_least_one_day() {
        let window = MovedPlace {
            archived: false,
            already_moved: false,
            valid_from: Some(day(10)),
            valid_until: Some(day(20)),
        };
        assert!(check_movable(window, day(11)).is_ok());
        assert!(check_movable(window, day(21)).is_ok());
        let code = |date| match check_movable(window, date) {
            Err(MoveRefusal::OutsideValidity(problem)) => Some(problem.code),
            _ => None,
        };
        assert_eq!(code(day(10)), Some("move_before_opening"));
        assert_eq!(code(day(22)), Some("move_after_closing"));
    }
}
