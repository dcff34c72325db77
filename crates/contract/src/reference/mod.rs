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

/// A town of the SRJ referential, with the services competent for it that use MSJ.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[cfg_attr(feature = "openapi", schema(example = json!({
    "id": "0190f3b4-8a8e-7cc4-9a53-4b8a2f9e1d09", "name": "Saint-Denis", "zipcode": "97400", "insee_code": "97411",
    "services": [{"id": "0190f3b4-8a8e-7cc4-9a53-4b8a2f9e1d01", "name": "SPIP 974", "kind": "spip"}]
})))]
pub struct City {
    /// Id.
    pub id: String,
    /// Name.
    pub name: String,
    /// Postcode.
    pub zipcode: String,
    /// INSEE code.
    pub insee_code: String,
    /// Its TJ and SPIP, when they use MSJ (empty otherwise).
    pub services: Vec<crate::auth::OrganizationSummary>,
}
