//! The audit log: `GET /api/v1/audit` (admins).

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

/// One audited read or change.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct AuditEvent {
    /// Id.
    pub id: String,
    /// When.
    pub occurred_at: DateTime<Utc>,
    /// The agent on whose behalf the request ran.
    pub actor_id: Option<String>,
    /// The agent really acting (differs while impersonating).
    pub real_actor_id: Option<String>,
    /// The actor's service.
    pub organization_id: Option<String>,
    /// Client address.
    pub ip: Option<String>,
    /// Action (`convict.read`, `convict.list`, `appointment.cancel`…).
    pub action: String,
    /// Kind of object.
    pub object_type: String,
    /// The object.
    pub object_id: Option<String>,
}

/// A page of audit events, newest first.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct AuditPage {
    /// Events of this page.
    pub items: Vec<AuditEvent>,
    /// How many in all.
    pub total: i64,
    /// Page number, from 1.
    pub page: i64,
    /// Page size.
    pub per_page: i64,
}
