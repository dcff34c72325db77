//! What the slot endpoints accept.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// `POST /api/v1/slot-templates`: one template per weekday × time, from `first` to `last`
/// every `interval_min` minutes (never past `last`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[cfg_attr(feature = "openapi", schema(example = json!({
    "agenda_id": "0190f3b4-8a8e-7cc4-9a53-4b8a2f9e1d21", "appointment_type": "sortie_audience_spip",
    "week_days": [1, 3], "first": "14:00", "last": "16:00", "interval_min": 30,
    "duration_min": 30, "capacity": 3
})))]
pub struct SlotTemplateBatch {
    /// The agenda.
    pub agenda_id: String,
    /// The slot-system type key.
    pub appointment_type: String,
    /// ISO weekdays, 1 = Monday … 5 = Friday.
    pub week_days: Vec<u8>,
    /// First time, `HH:MM`.
    pub first: String,
    /// Last time, `HH:MM` (included when on the interval).
    pub last: String,
    /// Minutes between two times, 1–60.
    pub interval_min: u32,
    /// Duration in minutes.
    pub duration_min: i32,
    /// Seats per slot, 1–100.
    pub capacity: i32,
}

/// `PATCH /api/v1/slot-templates/{id}`: fields to change (slots already generated keep theirs).
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[cfg_attr(feature = "openapi", schema(example = json!({"local_time": "14:15", "capacity": 4})))]
pub struct SlotTemplateUpdate {
    /// Local time, `HH:MM`.
    #[serde(default)]
    pub local_time: Option<String>,
    /// Duration in minutes.
    #[serde(default)]
    pub duration_min: Option<i32>,
    /// Seats.
    #[serde(default)]
    pub capacity: Option<i32>,
}

/// A range of times: `first`, `first + interval_min`, … up to `last` included.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct TimeRange {
    /// First time, `HH:MM`.
    pub first: String,
    /// Last time, `HH:MM`.
    pub last: String,
    /// Minutes between two times, 1–60.
    pub interval_min: u32,
}

/// `POST /api/v1/slots/batch`: one slot per date × time; all or nothing.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[cfg_attr(feature = "openapi", schema(example = json!({
    "agenda_id": "0190f3b4-8a8e-7cc4-9a53-4b8a2f9e1d21", "appointment_type": "sortie_audience_sap",
    "dates": ["2027-03-15", "2027-03-17"], "times": ["09:00"],
    "ranges": [{"first": "14:00", "last": "15:00", "interval_min": 20}],
    "duration_min": 20, "capacity": 2
})))]
pub struct SlotBatch {
    /// The agenda.
    pub agenda_id: String,
    /// The slot-system type key.
    pub appointment_type: String,
    /// Local dates (at most 366).
    pub dates: Vec<NaiveDate>,
    /// Single local times, `HH:MM`.
    #[serde(default)]
    pub times: Vec<String>,
    /// Ranges of times.
    #[serde(default)]
    pub ranges: Vec<TimeRange>,
    /// Duration in minutes.
    pub duration_min: i32,
    /// Seats per slot, 1–100.
    pub capacity: i32,
}

/// `PATCH /api/v1/slots/{id}`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[cfg_attr(feature = "openapi", schema(example = json!({"capacity": 2})))]
pub struct CapacityUpdate {
    /// New capacity, at least the seats taken.
    pub capacity: i32,
}

/// `POST /api/v1/slots/close`: the slots to close.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[cfg_attr(feature = "openapi", schema(example = json!({"slot_ids": ["0190f3b4-8a8e-7cc4-9a53-4b8a2f9e1d41"]})))]
pub struct SlotSelection {
    /// Slot ids (at most 500).
    pub slot_ids: Vec<String>,
}
