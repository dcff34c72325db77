//! Creating, resizing and closing slots.

use chrono::{DateTime, Utc};
use diesel::prelude::*;
use diesel_async::{AsyncPgConnection, RunQueryDsl};
use uuid::Uuid;

use super::SlotRow;
use crate::schema::{appointment_types, slots};

/// Rows per INSERT statement.
const CHUNK: usize = 1000;

/// Inserts slots, skipping those that exist (same agenda, type and instant); returns how many
/// were inserted.
pub async fn insert_slots(conn: &mut AsyncPgConnection, rows: &[SlotRow]) -> QueryResult<usize> {
    let mut inserted = 0;
    for chunk in rows.chunks(CHUNK) {
        inserted += diesel::insert_into(slots::table)
            .values(chunk)
            .on_conflict_do_nothing()
            .execute(conn)
            .await?;
    }
    Ok(inserted)
}

/// The slots `ids` with their type key.
pub async fn find_slots(
    conn: &mut AsyncPgConnection,
    ids: &[Uuid],
) -> QueryResult<Vec<(SlotRow, String)>> {
    slots::table
        .inner_join(appointment_types::table)
        .filter(slots::id.eq_any(ids))
        .select((SlotRow::as_select(), appointment_types::key))
        .load(conn)
        .await
}

/// Sets a slot's capacity unless seats already taken exceed it (checked in the same
/// statement); `false` when they do.
pub async fn set_capacity(
    conn: &mut AsyncPgConnection,
    id: Uuid,
    capacity: i32,
    now: DateTime<Utc>,
) -> QueryResult<bool> {
    diesel::update(
        slots::table
            .filter(slots::id.eq(id))
            .filter(slots::used_capacity.le(capacity)),
    )
    .set((slots::capacity.eq(capacity), slots::updated_at.eq(now)))
    .execute(conn)
    .await
    .map(|changed| changed == 1)
}

/// Closes the slots `ids` (their appointments stay); returns how many were open.
pub async fn close_slots(
    conn: &mut AsyncPgConnection,
    ids: &[Uuid],
    now: DateTime<Utc>,
) -> QueryResult<usize> {
    diesel::update(
        slots::table
            .filter(slots::id.eq_any(ids))
            .filter(slots::open.eq(true)),
    )
    .set((slots::open.eq(false), slots::updated_at.eq(now)))
    .execute(conn)
    .await
}
