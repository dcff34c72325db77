//! Deactivating and reactivating agents.

use chrono::{DateTime, Utc};
use diesel::prelude::*;
use diesel_async::{AsyncPgConnection, RunQueryDsl};
use uuid::Uuid;

use crate::schema::{refresh_tokens, users};

/// Sets the agent's `deactivated_at` (`None` reactivates) when it differs, in one
/// conditional update; `true` when the state changed.
pub async fn set_deactivated(
    conn: &mut AsyncPgConnection,
    id: Uuid,
    deactivated_at: Option<DateTime<Utc>>,
    now: DateTime<Utc>,
) -> QueryResult<bool> {
    let target = users::table.find(id);
    let changed = match deactivated_at {
        Some(at) => {
            diesel::update(target.filter(users::deactivated_at.is_null()))
                .set((users::deactivated_at.eq(at), users::updated_at.eq(now)))
                .execute(conn)
                .await?
        }
        None => {
            diesel::update(target.filter(users::deactivated_at.is_not_null()))
                .set((
                    users::deactivated_at.eq(None::<DateTime<Utc>>),
                    users::updated_at.eq(now),
                ))
                .execute(conn)
                .await?
        }
    };
    Ok(changed > 0)
}

/// Revokes every live refresh token of the agent (all their sessions).
pub async fn revoke_sessions(
    conn: &mut AsyncPgConnection,
    user_id: Uuid,
    now: DateTime<Utc>,
) -> QueryResult<usize> {
    diesel::update(
        refresh_tokens::table
            .filter(refresh_tokens::user_id.eq(user_id))
            .filter(refresh_tokens::revoked_at.is_null()),
    )
    .set(refresh_tokens::revoked_at.eq(now))
    .execute(conn)
    .await
}
