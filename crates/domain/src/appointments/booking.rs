//! When a free-time appointment may take place (SPEC §2, domain §4.6).

use chrono::{DateTime, LocalResult, Months, NaiveDate, NaiveDateTime, TimeZone, Utc};
use chrono_tz::Tz;

use crate::dates::french_date;
use crate::field_problem::FieldProblem;
use crate::territories::{Territory, is_working_day};

/// Smallest and largest duration of an appointment, in minutes.
pub const DURATION_RANGE: std::ops::RangeInclusive<i32> = 5..=480;

/// Where and when the appointment would take place.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct BookingCalendar {
    /// Territory of the place's service (public holidays).
    pub territory: Territory,
    /// Zone of the place's service.
    pub zone: Tz,
    /// Whether the type may fall on a weekend or a public holiday.
    pub allowed_on_weekends: bool,
    /// First day the place can be used.
    pub valid_from: Option<NaiveDate>,
    /// Last day the place can be used.
    pub valid_until: Option<NaiveDate>,
}

fn problem(code: &'static str, detail: impl Into<String>) -> FieldProblem {
    FieldProblem::new("/starts_at", code, detail)
}

/// Parses a local date-time typed as `2027-03-12T14:30` (seconds optional).
pub fn parse_local(text: &str) -> Result<NaiveDateTime, FieldProblem> {
    ["%Y-%m-%dT%H:%M", "%Y-%m-%dT%H:%M:%S"]
        .iter()
        .find_map(|format| NaiveDateTime::parse_from_str(text.trim(), format).ok())
        .ok_or_else(|| {
            problem(
                "invalid_local_date_time",
                "Date et heure attendues au format AAAA-MM-JJTHH:MM (heure locale du lieu).",
            )
        })
}

/// The instant of a local date-time in `zone`: a time skipped by a change to summer time is
/// refused; a repeated one (change to winter time) is the first of the two.
pub fn resolve_local(local: NaiveDateTime, zone: Tz) -> Result<DateTime<Utc>, FieldProblem> {
    match zone.from_local_datetime(&local) {
        LocalResult::Single(at) | LocalResult::Ambiguous(at, _) => Ok(at.with_timezone(&Utc)),
        LocalResult::None => Err(problem(
            "nonexistent_local_time",
            "Cette heure n'existe pas ce jour-là (passage à l'heure d'été) : choisissez une autre heure.",
        )),
    }
}

/// Checks a booking at local `local` seen at `now`: in the future, at most one year ahead, on a
/// working day of the territory unless the type allows weekends, inside the place's validity
/// window. Returns the instant.
pub fn check_start(
    local: NaiveDateTime,
    calendar: &BookingCalendar,
    now: DateTime<Utc>,
) -> Result<DateTime<Utc>, FieldProblem> {
    let starts_at = resolve_local(local, calendar.zone)?;
    let date = local.date();
    if starts_at <= now {
        return Err(problem(
            "appointment_in_past",
            "La convocation ne peut pas être dans le passé.",
        ));
    }
    let limit = now.checked_add_months(Months::new(12)).unwrap_or(now);
    if starts_at > limit {
        return Err(problem(
            "appointment_too_far",
            "La convocation ne peut pas être prise plus d'un an en avance.",
        ));
    }
    if !calendar.allowed_on_weekends && !is_working_day(calendar.territory, date) {
        return Err(problem(
            "non_working_day",
            format!(
                "Le {} n'est pas un jour ouvré (week-end ou jour férié).",
                french_date(date)
            ),
        ));
    }
    if let Some(from) = calendar.valid_from.filter(|from| date < *from) {
        return Err(problem(
            "place_not_yet_valid",
            format!(
                "Ce lieu de convocation sera disponible à partir du {}.",
                french_date(from)
            ),
        ));
    }
    if let Some(until) = calendar.valid_until.filter(|until| date > *until) {
        return Err(problem(
            "place_no_longer_valid",
            format!(
                "Ce lieu de convocation n'est plus disponible après le {}.",
                french_date(until)
            ),
        ));
    }
    Ok(starts_at)
}

/// Checks a duration in minutes.
pub fn check_duration(minutes: i32) -> Result<i32, FieldProblem> {
    if DURATION_RANGE.contains(&minutes) {
        Ok(minutes)
    } else {
        Err(FieldProblem::new(
            "/duration_min",
            "invalid_duration",
            "La durée doit être comprise entre 5 minutes et 8 heures.",
        ))
    }
}
