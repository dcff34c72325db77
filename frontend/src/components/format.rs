//! Dates and names as French readers expect them.

use chrono::{Datelike, NaiveDate};

const WEEKDAYS: [&str; 7] = [
    "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
];
const MONTHS: [&str; 12] = [
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

/// « lundi 12 mars 2027 ».
pub fn long_date(date: NaiveDate) -> String {
    let weekday = WEEKDAYS[date.weekday().num_days_from_monday() as usize];
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

/// « 12/03/2027 14:05 » in the browser's zone.
pub fn local_moment<Tz: chrono::TimeZone>(instant: &chrono::DateTime<Tz>) -> String
where
    Tz::Offset: std::fmt::Display,
{
    let date = js_sys::Date::new(&wasm_bindgen::JsValue::from_str(&instant.to_rfc3339()));
    let options = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&options, &"dateStyle".into(), &"short".into());
    let _ = js_sys::Reflect::set(&options, &"timeStyle".into(), &"short".into());
    String::from(date.to_locale_string("fr-FR", &options))
}
