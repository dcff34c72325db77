//! Place moves (« déménagements », domain §4.8): the date, whether a place may move, and the
//! names and days the move gives.

mod window;

pub use window::{MoveRefusal, MovedPlace, check_date, check_movable};

use chrono::NaiveDate;

/// The name of the copy of agenda `name` in the new place: « <nom> transféré - JJ/MM/AAAA ».
pub fn moved_agenda_name(name: &str, date: NaiveDate) -> String {
    format!("{name} transféré - {}", date.format("%d/%m/%Y"))
}

/// The last day the old place takes appointments: the day before the move.
pub fn last_day_of_old_place(date: NaiveDate) -> NaiveDate {
    date.pred_opt().unwrap_or(date)
}

/// The first instant of the move day in `zone`: appointments from then on move.
#[cfg(feature = "server")]
pub fn first_instant(date: NaiveDate, zone: chrono_tz::Tz) -> chrono::DateTime<chrono::Utc> {
    use chrono::TimeZone;
    let midnight = date.and_time(chrono::NaiveTime::MIN);
    zone.from_local_datetime(&midnight)
        .earliest()
        .map_or_else(|| midnight.and_utc(), |at| at.with_timezone(&chrono::Utc))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_and_days_of_a_move() {
        let date = NaiveDate::from_ymd_opt(2027, 3, 1).unwrap_or_default();
        assert_eq!(
            moved_agenda_name("Agenda SPIP 75", date),
            "Agenda SPIP 75 transféré - 01/03/2027"
        );
        assert_eq!(
            last_day_of_old_place(date),
            NaiveDate::from_ymd_opt(2027, 2, 28).unwrap_or_default()
        );
    }

    #[cfg(feature = "server")]
    #[test]
    fn the_move_starts_at_local_midnight() {
        let date = NaiveDate::from_ymd_opt(2027, 3, 1).unwrap_or_default();
        assert_eq!(
            first_instant(date, chrono_tz::Europe::Paris).to_rfc3339(),
            "2027-02-28T23:00:00+00:00"
        );
        assert_eq!(
            first_instant(date, chrono_tz::Indian::Reunion).to_rfc3339(),
            "2027-02-28T20:00:00+00:00"
        );
    }
}
