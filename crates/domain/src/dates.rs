//! Dates and times in French words, as the history and the SMS show them.

use chrono::{Datelike, NaiveDate, NaiveTime, Timelike};

/// Weekday names, Monday first.
pub const DAYS: [&str; 7] = [
    "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
];
/// Month names, January first.
pub const MONTHS: [&str; 12] = [
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
];

/// « vendredi 12 mars 2027 » (« 1er » for the first day of a month).
pub fn french_date(date: NaiveDate) -> String {
    let day = match date.day() {
        1 => "1er".to_owned(),
        day => day.to_string(),
    };
    format!(
        "{} {day} {} {}",
        DAYS[date.weekday().num_days_from_monday() as usize],
        MONTHS[date.month0() as usize],
        date.year()
    )
}

/// « 14 h 30 », « 9 h 05 », « 8 h ».
pub fn french_time(time: NaiveTime) -> String {
    match time.minute() {
        0 => format!("{} h", time.hour()),
        minute => format!("{} h {minute:02}", time.hour()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_and_times_in_words() {
        let date = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
        assert_eq!(french_date(date(2027, 3, 12)), "vendredi 12 mars 2027");
        assert_eq!(french_date(date(2026, 8, 1)), "samedi 1er août 2026");
        assert_eq!(french_date(date(2026, 12, 27)), "dimanche 27 décembre 2026");
        let time = |h, m| NaiveTime::from_hms_opt(h, m, 0).unwrap();
        assert_eq!(french_time(time(14, 30)), "14 h 30");
        assert_eq!(french_time(time(9, 5)), "9 h 05");
        assert_eq!(french_time(time(8, 0)), "8 h");
    }
}
