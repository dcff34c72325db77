//! Place moves (« déménagements »): the old place locked, the copy of its agendas and slot
//! definitions, the slots and appointments moved from a date, and the record of each move.

mod agendas;
mod queries;

pub use agendas::{AgendaCopy, MovedCounts, move_agenda, old_agendas};
pub use queries::{LockedPlace, close_place, copy_types, insert, list, lock_place};

use chrono::{DateTime, NaiveDate, Utc};
use diesel::prelude::*;
use uuid::Uuid;

use crate::schema::place_moves;

/// One recorded move (also what is inserted).
#[derive(Debug, Clone, PartialEq, Eq, Queryable, Selectable, Insertable)]
#[diesel(table_name = place_moves)]
pub struct PlaceMoveRow {
    /// Id.
    pub id: Uuid,
    /// The place that closes the day before the date.
    pub old_place_id: Uuid,
    /// The place created by the move.
    pub new_place_id: Uuid,
    /// First day at the new place.
    pub move_date: NaiveDate,
    /// The central admin who moved it.
    pub moved_by: Option<Uuid>,
    /// When.
    pub created_at: DateTime<Utc>,
    /// Agendas duplicated.
    pub agendas: i32,
    /// Recurring slot definitions duplicated.
    pub slot_templates: i32,
    /// Slots moved.
    pub slots: i32,
    /// Appointments moved.
    pub appointments: i32,
}
