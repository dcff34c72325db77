//! `Idempotency-Key` requests (SPEC §8): a row per (caller, key), claimed before the request
//! runs and completed with its answer, replayed for 24 hours.

mod queries;

pub use queries::*;

use chrono::{DateTime, Utc};
use diesel::prelude::*;
use uuid::Uuid;

use crate::schema::idempotency_keys;

/// One key (also what a claim inserts).
#[derive(Debug, Clone, PartialEq, Eq, Queryable, Selectable, Insertable)]
#[diesel(table_name = idempotency_keys)]
pub struct IdempotencyRow {
    /// The user (agent or token account) who sent it.
    pub caller_id: Uuid,
    /// The key.
    pub idempotency_key: String,
    /// HTTP method.
    pub method: String,
    /// Path and query.
    pub path: String,
    /// SHA-256 of the body.
    pub fingerprint: Vec<u8>,
    /// Status of the answer; `None` while the request runs.
    pub status: Option<i16>,
    /// Body of the answer.
    pub response_body: Option<Vec<u8>>,
    /// `[[name, value], …]` of the answer's headers to replay.
    pub response_headers: serde_json::Value,
    /// When the request was claimed.
    pub created_at: DateTime<Utc>,
    /// When the key may be used again for another request.
    pub expires_at: DateTime<Utc>,
}
