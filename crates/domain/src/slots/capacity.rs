//! Capacity of a slot: how many people it can take.

use crate::field_problem::FieldProblem;

/// Checks a slot's capacity: 1 to 100 places, and at least the `used` ones already booked.
pub fn check_capacity(capacity: i32, used: i32) -> Result<i32, FieldProblem> {
    if !(1..=100).contains(&capacity) {
        return Err(FieldProblem::new(
            "/capacity",
            "invalid_capacity",
            "La capacité doit être comprise entre 1 et 100.",
        ));
    }
    if capacity < used {
        return Err(FieldProblem::new(
            "/capacity",
            "capacity_below_used",
            format!("La nouvelle capacité doit être au minimum de {used} place(s)."),
        ));
    }
    Ok(capacity)
}

/// The free seats a month view shows for a slot: what the appointments holding one leave of
/// its capacity while it is open; none once it is closed.
pub fn free_seats(open: bool, capacity: i32, taken: usize) -> usize {
    match open {
        true => usize::try_from(capacity).unwrap_or(0).saturating_sub(taken),
        false => 0,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn capacity_bounds_and_used_places() {
        assert_eq!(check_capacity(1, 0), Ok(1));
        assert_eq!(check_capacity(100, 100), Ok(100));
        assert_eq!(check_capacity(0, 0).unwrap_err().code, "invalid_capacity");
        assert_eq!(check_capacity(101, 0).unwrap_err().code, "invalid_capacity");
        let below = check_capacity(3, 4).unwrap_err();
        assert_eq!(below.code, "capacity_below_used");
        assert_eq!(
            below.detail,
            "La nouvelle capacité doit être au minimum de 4 place(s)."
        );
    }

    #[test]
    fn free_seats_of_open_slots_only() {
        assert_eq!(free_seats(true, 3, 1), 2);
        assert_eq!(free_seats(true, 2, 3), 0);
        assert_eq!(free_seats(false, 3, 1), 0);
    }
}
