//! Rotating refresh tokens, grouped in families (one family per sign-in).

use chrono::{DateTime, Utc};
use diesel::prelude::*;
use diesel_async::{AsyncPgConnection, RunQueryDsl};
use uuid::Uuid;

use crate::schema::refresh_tokens;

/// One refresh token.
#[derive(Debug, Clone, PartialEq, Eq, Queryable, Selectable)]
#[diesel(table_name = refresh_tokens)]
pub struct RefreshTokenRow {
    /// Id.
    pub id: Uuid,
    /// Agent.
    pub user_id: Uuid,
    /// Sign-in it descends from.
    pub family_id: Uuid,
    /// SHA-256 of the token.
    pub token_hash: Vec<u8>,
    /// Issue time (the last activity of the session).
    pub created_at: DateTime<Utc>,
    /// When it was exchanged for a new one.
    pub replaced_at: Option<DateTime<Utc>>,
    /// When it was revoked (sign-out, reuse).
    pub revoked_at: Option<DateTime<Utc>>,
}

/// Stores a new token of `family_id`.
pub async fn insert(
    conn: &mut AsyncPgConnection,
    user_id: Uuid,
    family_id: Uuid,
    token_hash: &[u8],
    now: DateTime<Utc>,
) -> QueryResult<()> {
    diesel::insert_into(refresh_tokens::table)
        .values((
            refresh_tokens::id.eq(Uuid::now_v7()),
            refresh_tokens::user_id.eq(user_id),
            refresh_tokens::family_id.eq(family_id),
            refresh_tokens::token_hash.eq(token_hash),
            refresh_tokens::created_at.eq(now),
        ))
        .execute(conn)
        .await
        .map(drop)
}

/// The token with this digest, locked for update.
pub async fn find_for_update(
    conn: &mut AsyncPgConnection,
    token_hash: &[u8],
) -> QueryResult<Option<RefreshTokenRow>> {
    refresh_tokens::table
        .filter(refresh_tokens::token_hash.eq(token_hash))
        .select(RefreshTokenRow::as_select())
        .for_update()
        .first(conn)
        .await
        .optional()
}

/// Marks a token exchanged.
pub async fn mark_replaced(
    conn: &mut AsyncPgConnection,
    id: Uuid,
    now: DateTime<Utc>,
) -> QueryResult<()> {
    diesel::update(refresh_tokens::table.find(id))
        .set(refresh_tokens::replaced_at.eq(now))
        .execute(conn)
        .await
        .map(drop)
}

/// Revokes every live token of a family.
pub async fn revoke_family(
    conn: &mut AsyncPgConnection,
    family_id: Uuid,
    now: DateTime<Utc>,
) -> QueryResult<usize> {
    diesel::update(
        refresh_tokens::table
            .filter(refresh_tokens::family_id.eq(family_id))
            .filter(refresh_tokens::revoked_at.is_null()),
    )
    .set(refresh_tokens::revoked_at.eq(now))
    .execute(conn)
    .await
}
