//! Central administrators acting as an agent: one row per impersonation, open until
//! `ended_at` is set.

use chrono::{DateTime, Utc};
use diesel::prelude::*;
use diesel_async::{AsyncPgConnection, RunQueryDsl};
use uuid::Uuid;

use crate::schema::impersonations;

/// One impersonation.
#[derive(Debug, Clone, PartialEq, Eq, Queryable, Selectable, Insertable)]
#[diesel(table_name = impersonations)]
pub struct ImpersonationRow {
    /// Id (the `imp` claim of the access tokens issued during it).
    pub id: Uuid,
    /// The central administrator.
    pub admin_id: Uuid,
    /// The agent acted as.
    pub agent_id: Uuid,
    /// The administrator's session (refresh-token family), if any.
    pub session_id: Option<Uuid>,
    /// Start.
    pub started_at: DateTime<Utc>,
    /// End (`None` while open).
    pub ended_at: Option<DateTime<Utc>>,
}

/// Opens `row`; `Ok(false)` when the session already has an open impersonation.
pub async fn start(conn: &mut AsyncPgConnection, row: &ImpersonationRow) -> QueryResult<bool> {
    diesel::insert_into(impersonations::table)
        .values(row)
        .on_conflict_do_nothing()
        .execute(conn)
        .await
        .map(|inserted| inserted > 0)
}

/// The open impersonation `id`.
pub async fn find_open(
    conn: &mut AsyncPgConnection,
    id: Uuid,
) -> QueryResult<Option<ImpersonationRow>> {
    impersonations::table
        .find(id)
        .filter(impersonations::ended_at.is_null())
        .select(ImpersonationRow::as_select())
        .first(conn)
        .await
        .optional()
}

/// The open impersonation of the administrator's session `session_id`.
pub async fn open_in_session(
    conn: &mut AsyncPgConnection,
    session_id: Uuid,
) -> QueryResult<Option<ImpersonationRow>> {
    impersonations::table
        .filter(impersonations::session_id.eq(session_id))
        .filter(impersonations::ended_at.is_null())
        .select(ImpersonationRow::as_select())
        .first(conn)
        .await
        .optional()
}

/// Ends the impersonation `id` if still open; `true` when this call ended it.
pub async fn end(conn: &mut AsyncPgConnection, id: Uuid, now: DateTime<Utc>) -> QueryResult<bool> {
    diesel::update(
        impersonations::table
            .find(id)
            .filter(impersonations::ended_at.is_null()),
    )
    .set(impersonations::ended_at.eq(now))
    .execute(conn)
    .await
    .map(|ended| ended > 0)
}

/// Ends every open impersonation of the session `session_id` (sign-out).
pub async fn end_in_session(
    conn: &mut AsyncPgConnection,
    session_id: Uuid,
    now: DateTime<Utc>,
) -> QueryResult<usize> {
    diesel::update(
        impersonations::table
            .filter(impersonations::session_id.eq(session_id))
            .filter(impersonations::ended_at.is_null()),
    )
    .set(impersonations::ended_at.eq(now))
    .execute(conn)
    .await
}

/// Ends every open impersonation by or of the agent `user_id` (deactivation).
pub async fn end_involving(
    conn: &mut AsyncPgConnection,
    user_id: Uuid,
    now: DateTime<Utc>,
) -> QueryResult<usize> {
    diesel::update(
        impersonations::table
            .filter(
                impersonations::admin_id
                    .eq(user_id)
                    .or(impersonations::agent_id.eq(user_id)),
            )
            .filter(impersonations::ended_at.is_null()),
    )
    .set(impersonations::ended_at.eq(now))
    .execute(conn)
    .await
}
