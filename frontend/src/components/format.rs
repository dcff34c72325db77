//! Dates and names as French readers expect them.

use chrono::{Datelike, Days, NaiveDate};
use msj_domain::dates::{DAYS, MONTHS};

/// « lundi 12 mars 2027 ».
pub fn long_date(date: NaiveDate) -> String {
    let weekday = DAYS[date.weekday().num_days_from_monday() as usize];
    format!("{weekday} {}", month_day(date))
}

/// « 12 mars 2027 ».
pub fn month_day(date: NaiveDate) -> String {
    let month = MONTHS[date.month0() as usize];
    format!("{} {month} {}", date.day(), date.year())
}

/// « mars 2027 ».
pub fn month_year(date: NaiveDate) -> String {
    format!("{} {}", MONTHS[date.month0() as usize], date.year())
}

/// « 12/03/2027 ».
pub fn short_date(date: NaiveDate) -> String {
    format!("{:02}/{:02}/{}", date.day(), date.month(), date.year())
}

/// « 14h30 » from « 14:30 ».
pub fn french_time(time: &str) -> String {
    time.replacen(':', "h", 1)
}

/// « Prénom NOM ».
pub fn person(first_name: &str, last_name: &str) -> String {
    format!("{first_name} {}", last_name.to_uppercase())
}

/// Today in the browser's time zone.
pub fn today() -> NaiveDate {
    let now = js_sys::Date::new_0();
    NaiveDate::from_ymd_opt(
        now.get_full_year() as i32,
        now.get_month() + 1,
        now.get_date(),
    )
    .unwrap_or_default()
}

/// « 12/03/2027 à 14h30 »: an instant in the browser's time zone.
pub fn local_moment<Tz: chrono::TimeZone>(instant: &chrono::DateTime<Tz>) -> String {
    moment(js_sys::Date::new(&wasm_bindgen::JsValue::from_f64(
        instant.timestamp_millis() as f64,
    )))
}

/// [`local_moment`] of an RFC 3339 text; `None` when the browser cannot read it.
pub fn local_moment_text(instant: &str) -> Option<String> {
    let local = js_sys::Date::new(&wasm_bindgen::JsValue::from_str(instant));
    (!local.get_time().is_nan()).then(|| moment(local))
}

/// « 12/03/2027 à 14h30 » of a browser date.
fn moment(local: js_sys::Date) -> String {
    format!(
        "{:02}/{:02}/{} à {:02}h{:02}",
        local.get_date(),
        local.get_month() + 1,
        local.get_full_year(),
        local.get_hours(),
        local.get_minutes()
    )
}

/// The instant (RFC 3339) of midnight in the browser's time zone, `days` after `date`
/// (`AAAA-MM-JJ`); empty when `date` is not a date.
pub fn local_midnight(date: &str, days: u64) -> String {
    let Some(day) = date
        .parse::<NaiveDate>()
        .ok()
        .and_then(|day| day.checked_add_days(Days::new(days)))
    else {
        return String::new();
    };
    let local = js_sys::Date::new_with_year_month_day(
        day.year().unsigned_abs(),
        day.month0() as i32,
        day.day() as i32,
    );
    String::from(local.to_iso_string())
}
