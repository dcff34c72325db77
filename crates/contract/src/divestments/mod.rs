//! Transfers of a probationer between services (« dessaisissements », SPEC §5).

use chrono::{DateTime, FixedOffset};
use serde::{Deserialize, Serialize};

/// `POST /api/v1/divestments`: the caller's service asks to follow the probationer.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[cfg_attr(feature = "openapi", schema(example = json!({"convict_id": "0193a000-0000-7000-8000-0000000000c1"})))]
pub struct NewDivestment {
    /// The probationer.
    pub convict_id: String,
}

/// `POST /api/v1/divestments/{id}/answer`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[cfg_attr(feature = "openapi", schema(example = json!({"decision": "refuse", "comment": "Suivi en cours : audience le 12 mars."})))]
pub struct DivestmentAnswer {
    /// `accept` or `refuse`.
    pub decision: String,
    /// Comment (120 characters at most), sent to the requester on refusal.
    #[serde(default)]
    pub comment: Option<String>,
    /// The source service answered for (central admins forcing an answer; others answer for
    /// their own service).
    #[serde(default)]
    pub organization_id: Option<String>,
}

/// The answer of one source service.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct SourceAnswer {
    /// The source service.
    pub organization_id: String,
    /// Its name.
    pub organization_name: String,
    /// `pending`, `accepted`, `auto_accepted`, `refused` or `ignored`.
    pub state: String,
    /// French label.
    pub state_label: String,
    /// Comment.
    pub comment: Option<String>,
    /// When it answered.
    pub decided_at: Option<DateTime<FixedOffset>>,
}

/// A transfer request.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Divestment {
    /// Id.
    pub id: String,
    /// The probationer.
    pub convict_id: String,
    /// The probationer's name, « Prénom NOM ».
    pub convict_name: String,
    /// The requesting service.
    pub organization_id: String,
    /// Its name.
    pub organization_name: String,
    /// `pending`, `accepted`, `auto_accepted` or `refused`.
    pub state: String,
    /// French label.
    pub state_label: String,
    /// When it was asked.
    pub created_at: DateTime<FixedOffset>,
    /// When it was decided.
    pub decided_at: Option<DateTime<FixedOffset>>,
    /// One answer per source service.
    pub answers: Vec<SourceAnswer>,
}

/// A page of transfer requests.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct DivestmentPage {
    /// The requests of this page, most recent first.
    pub items: Vec<Divestment>,
    /// How many in all.
    pub total: i64,
    /// Page number, from 1.
    pub page: i64,
    /// Page size.
    pub per_page: i64,
}
