//! The month views of sorties d'audience and the extra fields of a TJ.

use std::collections::BTreeMap;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// An extra column of a TJ.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[cfg_attr(feature = "openapi", schema(example = json!({
    "id": "0190f3b4-8a8e-7cc4-9a53-4b8a2f9e1d51", "organization_id": "0190f3b4-8a8e-7cc4-9a53-4b8a2f9e1d02",
    "name": "Cabinet", "data_type": "text", "scope": "appointment_update",
    "appointment_types": ["sortie_audience_sap"]
})))]
pub struct ExtraField {
    /// Id.
    pub id: String,
    /// The TJ.
    pub organization_id: String,
    /// Column name.
    pub name: String,
    /// `text` or `date`.
    pub data_type: String,
    /// `appointment_create` (asked, and required, at booking) or `appointment_update` (filled
    /// in the month views).
    pub scope: String,
    /// Slot-system type keys it applies to.
    pub appointment_types: Vec<String>,
}

/// `POST /api/v1/extra-fields`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[cfg_attr(feature = "openapi", schema(example = json!({
    "name": "Date du jugement", "data_type": "date", "scope": "appointment_create",
    "appointment_types": ["sortie_audience_sap", "sortie_audience_spip"]
})))]
pub struct NewExtraField {
    /// The TJ (default: the caller's).
    #[serde(default)]
    pub organization_id: Option<String>,
    /// Column name (1–60 characters, unique in the TJ).
    pub name: String,
    /// `text` or `date`.
    pub data_type: String,
    /// `appointment_create` or `appointment_update`.
    pub scope: String,
    /// Slot-system type keys (at most 4 fields per type).
    pub appointment_types: Vec<String>,
}

/// `PUT /api/v1/appointments/{id}/extra-fields/{field_id}`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[cfg_attr(feature = "openapi", schema(example = json!({"value": "Cabinet 3"})))]
pub struct ExtraValue {
    /// Text (200 characters at most) or date `AAAA-MM-JJ`; blank clears it.
    pub value: String,
}

/// One seat of a slot: an appointment, or free.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct MonthSeat {
    /// The appointment holding it (none: a free seat).
    pub appointment_id: Option<String>,
    /// The probationer's id.
    pub convict_id: Option<String>,
    /// The probationer's name, « Prénom NOM ».
    pub convict_name: Option<String>,
    /// Prosecutor (parquet) number.
    pub prosecutor_number: Option<String>,
    /// « Service d'origine »: the service that booked it.
    pub creating_service: Option<String>,
    /// « Rôle »: the role of the booking agent.
    pub booked_by_role: Option<String>,
    /// The appointment's state.
    pub state: Option<String>,
    /// Extra field values by field id.
    pub extra: BTreeMap<String, String>,
}

/// A slot of the month view.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct MonthSlot {
    /// Slot id.
    pub id: String,
    /// Local time, `HH:MM`.
    pub local_time: String,
    /// Agenda name.
    pub agenda_name: String,
    /// Seats.
    pub capacity: i32,
    /// Seats taken.
    pub used_capacity: i32,
    /// Offered for booking.
    pub open: bool,
    /// One row per seat: the appointments first, then the free seats of an open slot.
    pub seats: Vec<MonthSeat>,
}

/// A working day with slots.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct MonthDay {
    /// Local date.
    pub date: NaiveDate,
    /// Its slots, by time.
    pub slots: Vec<MonthSlot>,
}

/// A place or an agenda to choose.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Choice {
    /// Id.
    pub id: String,
    /// Name.
    pub name: String,
}

/// `GET /api/v1/slots/month-view`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct MonthView {
    /// `jap`, `spip` or `ddse`.
    pub kind: String,
    /// The slot-system type key shown.
    pub appointment_type: String,
    /// `YYYY-MM`.
    pub month: String,
    /// Places the caller may choose.
    pub places: Vec<Choice>,
    /// The place shown (none when there is no eligible place).
    pub place_id: Option<String>,
    /// Agendas of that place.
    pub agendas: Vec<Choice>,
    /// Extra columns of the TJ (filled inline when their scope is `appointment_update`).
    pub extra_fields: Vec<ExtraField>,
    /// Working days with slots.
    pub days: Vec<MonthDay>,
}
