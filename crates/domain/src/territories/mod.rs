//! The 13 French territories where a service can sit, their time zones, public holidays
//! and working days (SPEC §1, §3).

mod error;
mod holidays;
mod territory;
mod time_zones;
mod working_day;

pub use error::TerritoryError;
pub use holidays::{PublicHoliday, is_public_holiday, public_holidays};
pub use territory::Territory;
pub use working_day::is_working_day;
