//! Row types of `appointments` and `notifications`.

use chrono::{DateTime, Utc};
use diesel::prelude::*;
use uuid::Uuid;

use crate::schema::{appointments, notifications};

/// One appointment (also what is inserted).
#[derive(Debug, Clone, PartialEq, Eq, Queryable, Selectable, Insertable)]
#[diesel(table_name = appointments)]
pub struct AppointmentRow {
    /// Id.
    pub id: Uuid,
    /// The probationer.
    pub convict_id: Uuid,
    /// Its type.
    pub appointment_type_id: Uuid,
    /// Its place.
    pub place_id: Uuid,
    /// Its agenda.
    pub agenda_id: Uuid,
    /// Start instant.
    pub starts_at: DateTime<Utc>,
    /// Duration in minutes.
    pub duration_min: i32,
    /// Slot (slot-system types only).
    pub slot_id: Option<Uuid>,
    /// State key.
    pub state: String,
    /// Assigned agent.
    pub assigned_agent_id: Option<Uuid>,
    /// Service of the booking agent.
    pub creating_organization_id: Uuid,
    /// Booking agent.
    pub created_by: Option<Uuid>,
    /// Prosecutor (parquet) number.
    pub prosecutor_number: Option<String>,
    /// The appointment this one replaces.
    pub rescheduled_from_id: Option<Uuid>,
    /// Why the person was excused.
    pub excuse_reason: Option<String>,
    /// Comment on the excuse.
    pub excuse_comment: Option<String>,
    /// Creation time.
    pub created_at: DateTime<Utc>,
    /// Last change.
    pub updated_at: DateTime<Utc>,
}

/// One SMS row.
#[derive(Debug, Clone, PartialEq, Eq, Queryable, Selectable, Insertable)]
#[diesel(table_name = notifications)]
pub struct NotificationRow {
    /// Id.
    pub id: Uuid,
    /// The appointment.
    pub appointment_id: Uuid,
    /// Kind key.
    pub kind: String,
    /// State key.
    pub state: String,
    /// When it is due.
    pub due_at: DateTime<Utc>,
    /// Text as sent.
    pub content: Option<String>,
    /// Gateway code of the last refusal or failure receipt.
    pub response_code: Option<String>,
    /// Why it was not sent (`unsent`).
    pub unsent_reason: Option<String>,
    /// When the gateway accepted it.
    pub sent_at: Option<DateTime<Utc>>,
    /// Creation time.
    pub created_at: DateTime<Utc>,
    /// Last change.
    pub updated_at: DateTime<Utc>,
}
