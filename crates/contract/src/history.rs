//! The business history: `GET /api/v1/history`.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

/// One history item.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct HistoryItem {
    /// Id.
    pub id: String,
    /// `appointment`, `notification` or `convict`.
    pub category: String,
    /// Event key (`book_appointment`, `add_phone_convict`…).
    pub event: String,
    /// French text.
    pub content: String,
    /// The appointment it is about.
    pub appointment_id: Option<String>,
    /// Name of the agent who acted.
    pub actor_name: Option<String>,
    /// When.
    pub created_at: DateTime<Utc>,
}

/// A page of history items, newest first.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct HistoryPage {
    /// Items of this page.
    pub items: Vec<HistoryItem>,
    /// How many in all.
    pub total: i64,
    /// Page number, from 1.
    pub page: i64,
    /// Page size.
    pub per_page: i64,
}
