//! Broadcast alerts and who read them.

mod queries;

pub use queries::*;

use chrono::{DateTime, Utc};
use diesel::prelude::*;
use uuid::Uuid;

use crate::schema::alerts;

/// One alert (also what is inserted).
#[derive(Debug, Clone, PartialEq, Eq, Queryable, Selectable, Insertable)]
#[diesel(table_name = alerts)]
pub struct AlertRow {
    /// Id.
    pub id: Uuid,
    /// Title.
    pub title: String,
    /// Text.
    pub body: String,
    /// `info`, `success` or `warning`.
    pub kind: String,
    /// Target service; `None`: every service.
    pub organization_id: Option<Uuid>,
    /// Target role key; `None`: every role.
    pub role: Option<String>,
    /// The admin who wrote it.
    pub created_by: Option<Uuid>,
    /// Creation.
    pub created_at: DateTime<Utc>,
    /// Last change.
    pub updated_at: DateTime<Utc>,
}

/// The fields an update replaces.
#[derive(Debug, Clone, PartialEq, Eq, AsChangeset)]
#[diesel(table_name = alerts, treat_none_as_null = true)]
pub struct AlertChanges {
    /// Title.
    pub title: String,
    /// Text.
    pub body: String,
    /// Kind key.
    pub kind: String,
    /// Target service.
    pub organization_id: Option<Uuid>,
    /// Target role key.
    pub role: Option<String>,
    /// Now.
    pub updated_at: DateTime<Utc>,
}
