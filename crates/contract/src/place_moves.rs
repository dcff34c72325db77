//! Place moves (« déménagements », `/api/v1/places/{id}/move` and `/api/v1/place-moves`).

use serde::{Deserialize, Serialize};

/// `POST /api/v1/places/{id}/move`: the new place (same fields as a place's creation; its
/// service and appointment types are those of the old place) and the first day there.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[cfg_attr(feature = "openapi", schema(example = json!({
    "date": "2027-04-01", "name": "SPIP 75 - Site Chapelle", "address": "40 rue de la Chapelle, 75018 Paris",
    "phone": "01 53 26 00 00", "main_contact_method": "phone"
})))]
pub struct PlaceMoveInput {
    /// First day at the new place (tomorrow at the earliest, in the service's time zone).
    pub date: Option<chrono::NaiveDate>,
    /// Name of the new place.
    #[serde(default)]
    pub name: String,
    /// Postal address.
    #[serde(default)]
    pub address: String,
    /// Phone number.
    #[serde(default)]
    pub phone: Option<String>,
    /// Email.
    #[serde(default)]
    pub email: Option<String>,
    /// `phone` (default) or `email`.
    #[serde(default)]
    pub main_contact_method: Option<String>,
    /// Page with information on the place.
    #[serde(default)]
    pub information_url: Option<String>,
    /// Access and transports (1 000 characters at most).
    #[serde(default)]
    pub access_info: Option<String>,
    /// Opening hours (500 characters at most).
    #[serde(default)]
    pub opening_hours: Option<String>,
    /// What to bring, one item a line (1 000 characters at most).
    #[serde(default)]
    pub what_to_bring: Option<String>,
}

/// A recorded move and what it moved.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[cfg_attr(feature = "openapi", schema(example = json!({
    "id": "0193a1b2-7c3d-7e4f-8a9b-0c1d2e3f4a5b", "old_place_id": "0193a1b2-7c3d-7e4f-8a9b-0c1d2e3f4a5c",
    "old_place_name": "SPIP 75", "new_place_id": "0193a1b2-7c3d-7e4f-8a9b-0c1d2e3f4a5d",
    "new_place_name": "SPIP 75 - Site Chapelle", "date": "2027-04-01",
    "created_at": "2027-03-01T09:00:00Z", "agendas": 2, "slot_templates": 6, "slots": 140, "appointments": 37
})))]
pub struct PlaceMove {
    /// Id.
    pub id: String,
    /// The place that closes the day before the date.
    pub old_place_id: String,
    /// Its name.
    pub old_place_name: String,
    /// The place created, open from the date.
    pub new_place_id: String,
    /// Its name.
    pub new_place_name: String,
    /// First day at the new place.
    pub date: chrono::NaiveDate,
    /// When the move was recorded.
    pub created_at: chrono::DateTime<chrono::Utc>,
    /// Agendas duplicated (« <nom> transféré - JJ/MM/AAAA »).
    pub agendas: i32,
    /// Recurring slot definitions duplicated.
    pub slot_templates: i32,
    /// Slots dated on or after the date moved.
    pub slots: i32,
    /// Appointments on or after the date moved (their pending SMS name the new place).
    pub appointments: i32,
}
