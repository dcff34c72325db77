//! Single-use links sent by email.

use chrono::{DateTime, Utc};
use diesel::prelude::*;
use diesel_async::{AsyncPgConnection, RunQueryDsl};
use uuid::Uuid;

use crate::schema::user_tokens;

/// Purpose of an invitation link.
pub const INVITATION: &str = "invitation";
/// Purpose of a password-reset link.
pub const PASSWORD_RESET: &str = "password_reset";

/// One link.
#[derive(Debug, Clone, PartialEq, Eq, Queryable, Selectable)]
#[diesel(table_name = user_tokens)]
pub struct UserTokenRow {
    /// Id.
    pub id: Uuid,
    /// Agent.
    pub user_id: Uuid,
    /// `invitation` or `password_reset`.
    pub purpose: String,
    /// SHA-256 of the token.
    pub token_hash: Vec<u8>,
    /// Creation time.
    pub created_at: DateTime<Utc>,
    /// Expiry.
    pub expires_at: DateTime<Utc>,
    /// When it was used.
    pub used_at: Option<DateTime<Utc>>,
}

/// Stores a new link, invalidating the agent's earlier unused ones of the same purpose.
pub async fn replace(
    conn: &mut AsyncPgConnection,
    user_id: Uuid,
    purpose: &str,
    token_hash: &[u8],
    now: DateTime<Utc>,
    expires_at: DateTime<Utc>,
) -> QueryResult<()> {
    diesel::update(
        user_tokens::table
            .filter(user_tokens::user_id.eq(user_id))
            .filter(user_tokens::purpose.eq(purpose))
            .filter(user_tokens::used_at.is_null()),
    )
    .set(user_tokens::expires_at.eq(now))
    .execute(conn)
    .await?;
    diesel::insert_into(user_tokens::table)
        .values((
            user_tokens::id.eq(Uuid::now_v7()),
            user_tokens::user_id.eq(user_id),
            user_tokens::purpose.eq(purpose),
            user_tokens::token_hash.eq(token_hash),
            user_tokens::created_at.eq(now),
            user_tokens::expires_at.eq(expires_at),
        ))
        .execute(conn)
        .await
        .map(drop)
}

/// The unused link with this digest, locked for update.
pub async fn find_unused_for_update(
    conn: &mut AsyncPgConnection,
    purpose: &str,
    token_hash: &[u8],
) -> QueryResult<Option<UserTokenRow>> {
    user_tokens::table
        .filter(user_tokens::purpose.eq(purpose))
        .filter(user_tokens::token_hash.eq(token_hash))
        .filter(user_tokens::used_at.is_null())
        .select(UserTokenRow::as_select())
        .for_update()
        .first(conn)
        .await
        .optional()
}

/// Marks a link used.
pub async fn mark_used(
    conn: &mut AsyncPgConnection,
    id: Uuid,
    now: DateTime<Utc>,
) -> QueryResult<()> {
    diesel::update(user_tokens::table.find(id))
        .set(user_tokens::used_at.eq(now))
        .execute(conn)
        .await
        .map(drop)
}
