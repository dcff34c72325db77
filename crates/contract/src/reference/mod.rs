//! Reference data: territories, their time zones and public holidays.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// A territory where a service can sit.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[cfg_attr(feature = "openapi", schema(example = json!({
    "key": "polynesie_francaise",
    "label": "Polynésie française",
    "default_time_zone": "Pacific/Tahiti",
    "time_zones": ["Pacific/Tahiti", "Pacific/Marquesas", "Pacific/Gambier"]
})))]
pub struct Territory {
    /// Stable key, e.g. `reunion`.
    pub key: String,
    /// French name.
    pub label: String,
    /// IANA zone given to a new service of this territory.
    pub default_time_zone: String,
    /// IANA zones a service of this territory may use.
    pub time_zones: Vec<String>,
}

/// The public holidays of a territory in one year.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[cfg_attr(feature = "openapi", schema(example = json!({
    "territory": "alsace_moselle",
    "year": 2026,
    "holidays": [{"date": "2026-01-01", "name": "1er janvier"}, {"date": "2026-04-03", "name": "Vendredi saint"}]
})))]
pub struct PublicHolidays {
    /// Territory key.
    pub territory: String,
    /// Calendar year.
    pub year: i32,
    /// Holidays, by date.
    pub holidays: Vec<PublicHoliday>,
}

/// One public holiday.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct PublicHoliday {
    /// The day.
    pub date: NaiveDate,
    /// French name.
    pub name: String,
}
