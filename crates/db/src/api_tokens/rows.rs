//! Row types of `api_tokens`.

use chrono::{DateTime, Utc};
use diesel::prelude::*;
use uuid::Uuid;

use crate::schema::api_tokens;

/// One token (also what is inserted).
#[derive(Debug, Clone, PartialEq, Eq, Queryable, Selectable, Insertable)]
#[diesel(table_name = api_tokens)]
pub struct ApiTokenRow {
    /// Id.
    pub id: Uuid,
    /// The technical account the token acts through.
    pub user_id: Uuid,
    /// What the token is for, as its creator named it.
    pub name: String,
    /// First characters of the secret (not enough to use it).
    pub prefix: String,
    /// SHA-256 of the secret.
    pub token_hash: Vec<u8>,
    /// Scope keys (`convicts:read`…).
    pub scopes: Vec<String>,
    /// The agent who created it.
    pub created_by: Option<Uuid>,
    /// Creation time.
    pub created_at: DateTime<Utc>,
    /// When it stops working, if ever.
    pub expires_at: Option<DateTime<Utc>>,
    /// Last use, to the minute.
    pub last_used_at: Option<DateTime<Utc>>,
    /// When it was revoked.
    pub revoked_at: Option<DateTime<Utc>>,
}

/// A token to insert: the same fields.
pub type NewApiToken = ApiTokenRow;
