//! Creating, resizing and closing slots.

use chrono::{DateTime, Utc};
use diesel::prelude::*;
use diesel_async::{AsyncPgConnection, RunQueryDsl};
use uuid::Uuid;

use super::SlotRow;
use crate::schema::{appointment_types, slots};

/// Rows per INSERT statement.
const CHUNK: usize = 10_000;

/// Inserts slots, skipping those that exist (same agenda, type and instant); returns how many
/// were inserted. The rows travel as one array per column (`unnest`): hundreds of thousands of
/// slots are generated at once.
pub async fn insert_slots(conn: &mut AsyncPgConnection, rows: &[SlotRow]) -> QueryResult<usize> {
    use diesel::sql_types::{
        Array, Bool, Date, Int4, Nullable, Time, Timestamptz, Uuid as SqlUuid,
    };
    let mut inserted = 0;
    for chunk in rows.chunks(CHUNK) {
        let column = |f: fn(&SlotRow) -> Uuid| chunk.iter().map(f).collect::<Vec<_>>();
        inserted += diesel::sql_query(
            "INSERT INTO slots (id, agenda_id, appointment_type_id, slot_template_id, local_date, \
                 local_time, starts_at, duration_min, capacity, used_capacity, open, created_at, updated_at) \
             SELECT * FROM unnest($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13) \
             ON CONFLICT DO NOTHING",
        )
        .bind::<Array<SqlUuid>, _>(column(|row| row.id))
        .bind::<Array<SqlUuid>, _>(column(|row| row.agenda_id))
        .bind::<Array<SqlUuid>, _>(column(|row| row.appointment_type_id))
        .bind::<Array<Nullable<SqlUuid>>, _>(chunk.iter().map(|row| row.slot_template_id).collect::<Vec<_>>())
        .bind::<Array<Date>, _>(chunk.iter().map(|row| row.local_date).collect::<Vec<_>>())
        .bind::<Array<Time>, _>(chunk.iter().map(|row| row.local_time).collect::<Vec<_>>())
        .bind::<Array<Timestamptz>, _>(chunk.iter().map(|row| row.starts_at).collect::<Vec<_>>())
        .bind::<Array<Int4>, _>(chunk.iter().map(|row| row.duration_min).collect::<Vec<_>>())
        .bind::<Array<Int4>, _>(chunk.iter().map(|row| row.capacity).collect::<Vec<_>>())
        .bind::<Array<Int4>, _>(chunk.iter().map(|row| row.used_capacity).collect::<Vec<_>>())
        .bind::<Array<Bool>, _>(chunk.iter().map(|row| row.open).collect::<Vec<_>>())
        .bind::<Array<Timestamptz>, _>(chunk.iter().map(|row| row.created_at).collect::<Vec<_>>())
        .bind::<Array<Timestamptz>, _>(chunk.iter().map(|row| row.updated_at).collect::<Vec<_>>())
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
