//! Broadcast alerts (`/api/v1/alerts`): written by the central admin for a service and/or a
//! role, shown at the top of the agent application until each agent marks them read.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

/// An alert.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[cfg_attr(feature = "openapi", schema(example = json!({
    "id": "0193a1b2-7c3d-7e4f-8a9b-0c1d2e3f4a5b", "title": "Maintenance samedi",
    "text": "L'application sera indisponible samedi de 8 h à 10 h.", "kind": "warning",
    "organization_id": null, "role": "cpip", "role_label": "CPIP",
    "created_at": "2027-03-01T09:00:00Z", "updated_at": "2027-03-01T09:00:00Z"
})))]
pub struct Alert {
    /// Id.
    pub id: String,
    /// Title.
    pub title: String,
    /// Text.
    pub text: String,
    /// `info`, `success` or `warning` (the DSFR alert it shows as).
    pub kind: String,
    /// The service whose agents see it; absent: every service.
    pub organization_id: Option<String>,
    /// The role whose agents see it; absent: every role.
    pub role: Option<String>,
    /// French name of the role.
    pub role_label: Option<String>,
    /// Creation.
    pub created_at: DateTime<Utc>,
    /// Last change.
    pub updated_at: DateTime<Utc>,
}

/// A page of alerts, newest first.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct AlertPage {
    /// Alerts of the page.
    pub items: Vec<Alert>,
    /// How many in all.
    pub total: i64,
    /// Page number, from 1.
    pub page: i64,
    /// Page size.
    pub per_page: i64,
}

/// `POST /api/v1/alerts` and `PUT /api/v1/alerts/{id}`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[cfg_attr(feature = "openapi", schema(example = json!({
    "title": "Maintenance samedi", "text": "L'application sera indisponible samedi de 8 h à 10 h.",
    "kind": "warning", "organization_id": null, "role": "cpip"
})))]
pub struct AlertInput {
    /// Title (120 characters at most).
    pub title: String,
    /// Text (1000 characters at most).
    pub text: String,
    /// `info`, `success` or `warning`.
    pub kind: String,
    /// The service whose agents see it; absent or null: every service.
    #[serde(default)]
    pub organization_id: Option<String>,
    /// The role key whose agents see it; absent or null: every role.
    #[serde(default)]
    pub role: Option<String>,
}
