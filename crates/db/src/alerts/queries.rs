//! Reads and writes of alerts.

use chrono::{DateTime, Utc};
use diesel::prelude::*;
use diesel_async::{AsyncPgConnection, RunQueryDsl};
use uuid::Uuid;

use super::{AlertChanges, AlertRow};
use crate::schema::{alert_reads, alerts};

/// Adds an alert.
pub async fn insert(conn: &mut AsyncPgConnection, row: &AlertRow) -> QueryResult<()> {
    diesel::insert_into(alerts::table)
        .values(row)
        .execute(conn)
        .await
        .map(drop)
}

/// The alert `id`.
pub async fn find(conn: &mut AsyncPgConnection, id: Uuid) -> QueryResult<Option<AlertRow>> {
    alerts::table
        .find(id)
        .select(AlertRow::as_select())
        .first(conn)
        .await
        .optional()
}

/// Replaces the fields of `id`; the row as changed, `None` when it is gone.
pub async fn update(
    conn: &mut AsyncPgConnection,
    id: Uuid,
    changes: &AlertChanges,
) -> QueryResult<Option<AlertRow>> {
    diesel::update(alerts::table.find(id))
        .set(changes)
        .returning(AlertRow::as_returning())
        .get_result(conn)
        .await
        .optional()
}

/// Deletes `id` (and its reads); whether it existed.
pub async fn delete(conn: &mut AsyncPgConnection, id: Uuid) -> QueryResult<bool> {
    diesel::delete(alerts::table.find(id))
        .execute(conn)
        .await
        .map(|deleted| deleted == 1)
}

/// A page of alerts, newest first, and the total.
pub async fn page(
    conn: &mut AsyncPgConnection,
    limit: i64,
    offset: i64,
) -> QueryResult<(Vec<AlertRow>, i64)> {
    let rows = alerts::table
        .order((alerts::created_at.desc(), alerts::id.desc()))
        .select(AlertRow::as_select())
        .limit(limit)
        .offset(offset)
        .load(conn)
        .await?;
    let total = alerts::table.count().get_result(conn).await?;
    Ok((rows, total))
}

/// The alerts `user` has not read, newest first; the caller keeps those meant for them.
pub async fn unread(conn: &mut AsyncPgConnection, user: Uuid) -> QueryResult<Vec<AlertRow>> {
    let read = alert_reads::table
        .filter(alert_reads::user_id.eq(user))
        .select(alert_reads::alert_id);
    alerts::table
        .filter(alerts::id.ne_all(read))
        .order((alerts::created_at.desc(), alerts::id.desc()))
        .select(AlertRow::as_select())
        .load(conn)
        .await
}

/// Records that `user` read `alert` (once: a second call changes nothing).
pub async fn mark_read(
    conn: &mut AsyncPgConnection,
    alert: Uuid,
    user: Uuid,
    now: DateTime<Utc>,
) -> QueryResult<()> {
    diesel::insert_into(alert_reads::table)
        .values((
            alert_reads::alert_id.eq(alert),
            alert_reads::user_id.eq(user),
            alert_reads::read_at.eq(now),
        ))
        .on_conflict_do_nothing()
        .execute(conn)
        .await
        .map(drop)
}
