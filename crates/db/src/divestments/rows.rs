//! Row types of `divestments` and `organization_divestments`.

use chrono::{DateTime, Utc};
use diesel::prelude::*;
use uuid::Uuid;

use crate::schema::{divestments, organization_divestments};

/// A transfer request.
#[derive(Debug, Clone, PartialEq, Eq, Queryable, Selectable, Insertable, Identifiable)]
#[diesel(table_name = divestments)]
pub struct DivestmentRow {
    /// Id.
    pub id: Uuid,
    /// The probationer.
    pub convict_id: Uuid,
    /// The requesting (target) service.
    pub organization_id: Uuid,
    /// The requesting agent.
    pub user_id: Option<Uuid>,
    /// `pending`, `accepted`, `auto_accepted` or `refused`.
    pub state: String,
    /// The town before a change of town created it.
    pub previous_city_id: Option<Uuid>,
    /// When it was decided.
    pub decided_at: Option<DateTime<Utc>>,
    /// Creation time.
    pub created_at: DateTime<Utc>,
    /// Last change.
    pub updated_at: DateTime<Utc>,
}

/// The answer of one source service.
#[derive(Debug, Clone, PartialEq, Eq, Queryable, Selectable, Insertable, Identifiable)]
#[diesel(table_name = organization_divestments)]
pub struct AnswerRow {
    /// Id.
    pub id: Uuid,
    /// The request.
    pub divestment_id: Uuid,
    /// The source service.
    pub organization_id: Uuid,
    /// `pending`, `accepted`, `auto_accepted`, `refused` or `ignored`.
    pub state: String,
    /// Comment (120 characters at most).
    pub comment: Option<String>,
    /// The agent who answered.
    pub answered_by: Option<Uuid>,
    /// When it was answered.
    pub decided_at: Option<DateTime<Utc>>,
    /// Last reminder email about it.
    pub last_reminder_at: Option<DateTime<Utc>>,
    /// Creation time.
    pub created_at: DateTime<Utc>,
    /// Last change.
    pub updated_at: DateTime<Utc>,
}
