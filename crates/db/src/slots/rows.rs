//! Row types of `slot_templates` and `slots`.

use chrono::{DateTime, NaiveDate, NaiveTime, Utc};
use diesel::prelude::*;
use uuid::Uuid;

use crate::schema::{slot_templates, slots};

/// A weekly slot template.
#[derive(Debug, Clone, PartialEq, Eq, Queryable, Selectable, Insertable, Identifiable)]
#[diesel(table_name = slot_templates)]
pub struct SlotTemplateRow {
    /// Id.
    pub id: Uuid,
    /// The agenda.
    pub agenda_id: Uuid,
    /// The slot-system type.
    pub appointment_type_id: Uuid,
    /// ISO weekday, 1 = Monday … 5 = Friday.
    pub week_day: i16,
    /// Local start time.
    pub local_time: NaiveTime,
    /// Duration in minutes.
    pub duration_min: i32,
    /// Seats.
    pub capacity: i32,
    /// Creation time.
    pub created_at: DateTime<Utc>,
    /// Last change.
    pub updated_at: DateTime<Utc>,
}

/// One bookable slot.
#[derive(Debug, Clone, PartialEq, Eq, Queryable, Selectable, Insertable, Identifiable)]
#[diesel(table_name = slots)]
pub struct SlotRow {
    /// Id.
    pub id: Uuid,
    /// The agenda.
    pub agenda_id: Uuid,
    /// The slot-system type.
    pub appointment_type_id: Uuid,
    /// The template it was generated from, if any.
    pub slot_template_id: Option<Uuid>,
    /// Local date at the place.
    pub local_date: NaiveDate,
    /// Local time at the place.
    pub local_time: NaiveTime,
    /// The instant.
    pub starts_at: DateTime<Utc>,
    /// Duration in minutes.
    pub duration_min: i32,
    /// Seats.
    pub capacity: i32,
    /// Seats taken.
    pub used_capacity: i32,
    /// Offered for booking.
    pub open: bool,
    /// Creation time.
    pub created_at: DateTime<Utc>,
    /// Last change.
    pub updated_at: DateTime<Utc>,
}
