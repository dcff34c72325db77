//! Rotating refresh tokens of probationer sessions, one family per sign-in.

use chrono::{DateTime, Utc};
use diesel::prelude::*;
use diesel_async::{AsyncPgConnection, RunQueryDsl};
use uuid::Uuid;

use crate::schema::portal_refresh_tokens as tokens;

/// One refresh token.
#[derive(Debug, Clone, PartialEq, Eq, Queryable, Selectable)]
#[diesel(table_name = tokens)]
pub struct PortalTokenRow {
    /// Id.
    pub id: Uuid,
    /// The probationer.
    pub convict_id: Uuid,
    /// Sign-in it descends from.
    pub family_id: Uuid,
    /// End of the session on the device (30 days after the sign-in).
    pub expires_at: DateTime<Utc>,
    /// When it was exchanged for a new one.
    pub replaced_at: Option<DateTime<Utc>>,
    /// When it was revoked (sign-out, reuse).
    pub revoked_at: Option<DateTime<Utc>>,
}

/// Stores a new token of `family_id`, valid until `expires_at`.
pub async fn insert(
    conn: &mut AsyncPgConnection,
    convict_id: Uuid,
    family_id: Uuid,
    token_hash: &[u8],
    now: DateTime<Utc>,
    expires_at: DateTime<Utc>,
) -> QueryResult<()> {
    diesel::insert_into(tokens::table)
        .values((
            tokens::id.eq(Uuid::now_v7()),
            tokens::convict_id.eq(convict_id),
            tokens::family_id.eq(family_id),
            tokens::token_hash.eq(token_hash),
            tokens::created_at.eq(now),
            tokens::expires_at.eq(expires_at),
        ))
        .execute(conn)
        .await
        .map(drop)
}

/// The token with this digest, locked for update.
pub async fn find_for_update(
    conn: &mut AsyncPgConnection,
    token_hash: &[u8],
) -> QueryResult<Option<PortalTokenRow>> {
    tokens::table
        .filter(tokens::token_hash.eq(token_hash))
        .select(PortalTokenRow::as_select())
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
    diesel::update(tokens::table.find(id))
        .set(tokens::replaced_at.eq(now))
        .execute(conn)
        .await
        .map(drop)
}

/// Revokes every live token of a family.
pub async fn revoke_family(
    conn: &mut AsyncPgConnection,
    family_id: Uuid,
    now: DateTime<Utc>,
) -> QueryResult<()> {
    diesel::update(
        tokens::table
            .filter(tokens::family_id.eq(family_id))
            .filter(tokens::revoked_at.is_null()),
    )
    .set(tokens::revoked_at.eq(now))
    .execute(conn)
    .await
    .map(drop)
}
