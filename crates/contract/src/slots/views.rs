//! What the slot endpoints answer.

use chrono::{DateTime, FixedOffset, NaiveDate};
use serde::{Deserialize, Serialize};

/// A weekly template: every `week_day` at `local_time`, a slot of `capacity` seats.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[cfg_attr(feature = "openapi", schema(example = json!({
    "id": "0190f3b4-8a8e-7cc4-9a53-4b8a2f9e1d31", "agenda_id": "0190f3b4-8a8e-7cc4-9a53-4b8a2f9e1d21",
    "appointment_type": "sortie_audience_spip", "week_day": 1, "local_time": "14:00",
    "duration_min": 30, "capacity": 3
})))]
pub struct SlotTemplate {
    /// Id.
    pub id: String,
    /// The agenda.
    pub agenda_id: String,
    /// The slot-system type key.
    pub appointment_type: String,
    /// ISO weekday: 1 = Monday … 5 = Friday.
    pub week_day: u8,
    /// Local time, `HH:MM`.
    pub local_time: String,
    /// Duration in minutes.
    pub duration_min: i32,
    /// Seats.
    pub capacity: i32,
}

/// What a batch created.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[cfg_attr(feature = "openapi", schema(example = json!({"created": 24, "skipped": 2})))]
pub struct BatchResult {
    /// Rows created.
    pub created: usize,
    /// Rows that already existed, left as they were.
    pub skipped: usize,
}

/// A bookable slot.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Slot {
    /// Id.
    pub id: String,
    /// The slot-system type key.
    pub appointment_type: String,
    /// Place id.
    pub place_id: String,
    /// Place name.
    pub place_name: String,
    /// Agenda id.
    pub agenda_id: String,
    /// Agenda name.
    pub agenda_name: String,
    /// Start, with the offset of the place's zone.
    pub starts_at: DateTime<FixedOffset>,
    /// Local date at the place.
    pub local_date: NaiveDate,
    /// Local time at the place, `HH:MM`.
    pub local_time: String,
    /// Duration in minutes.
    pub duration_min: i32,
    /// Seats.
    pub capacity: i32,
    /// Seats taken.
    pub used_capacity: i32,
    /// Offered for booking.
    pub open: bool,
    /// The weekly template it comes from, if any.
    pub slot_template_id: Option<String>,
}

/// A page of slots.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct SlotPage {
    /// The slots of this page, by start.
    pub items: Vec<Slot>,
    /// How many in all.
    pub total: i64,
    /// Page number, from 1.
    pub page: i64,
    /// Page size.
    pub per_page: i64,
}

/// What a deletion of weekly templates removed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[cfg_attr(feature = "openapi", schema(example = json!({"templates": 5, "slots": 120})))]
pub struct TemplatesDeleted {
    /// Templates deleted.
    pub templates: usize,
    /// Their slots deleted (those no appointment ever used; the others stay, detached).
    pub slots: usize,
}

/// A slot's seats after a change of capacity.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[cfg_attr(feature = "openapi", schema(example = json!({"id": "0190f3b4-8a8e-7cc4-9a53-4b8a2f9e1d41", "capacity": 2, "used_capacity": 1})))]
pub struct SlotCapacity {
    /// Slot id.
    pub id: String,
    /// Seats.
    pub capacity: i32,
    /// Seats taken.
    pub used_capacity: i32,
}

/// How many slots a bulk close closed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[cfg_attr(feature = "openapi", schema(example = json!({"closed": 12})))]
pub struct SlotsClosed {
    /// Slots that were open and are now closed.
    pub closed: usize,
}
