//! Taking and freeing a slot's seats: conditional updates, safe under concurrency (the row
//! lock of the UPDATE serialises bookers; the CHECK constraint guards the bounds).

use chrono::{DateTime, Utc};
use diesel::prelude::*;
use diesel_async::{AsyncPgConnection, RunQueryDsl};
use uuid::Uuid;

use crate::schema::slots;

/// Takes one seat of an open slot that has one left; `false` when it is full or closed.
pub async fn take_seat(
    conn: &mut AsyncPgConnection,
    slot_id: Uuid,
    now: DateTime<Utc>,
) -> QueryResult<bool> {
    diesel::update(
        slots::table
            .filter(slots::id.eq(slot_id))
            .filter(slots::open.eq(true))
            .filter(slots::used_capacity.lt(slots::capacity)),
    )
    .set((
        slots::used_capacity.eq(slots::used_capacity + 1),
        slots::updated_at.eq(now),
    ))
    .execute(conn)
    .await
    .map(|changed| changed == 1)
}

/// Gives back one seat (never below zero).
pub async fn free_seat(
    conn: &mut AsyncPgConnection,
    slot_id: Uuid,
    now: DateTime<Utc>,
) -> QueryResult<()> {
    diesel::update(
        slots::table
            .filter(slots::id.eq(slot_id))
            .filter(slots::used_capacity.gt(0)),
    )
    .set((
        slots::used_capacity.eq(slots::used_capacity - 1),
        slots::updated_at.eq(now),
    ))
    .execute(conn)
    .await
    .map(drop)
}

/// Gives back the seats of a probationer's appointments to come that hold one (before the
/// record is deleted with its appointments).
pub async fn free_seats_of_convict(
    conn: &mut AsyncPgConnection,
    convict_id: Uuid,
    now: DateTime<Utc>,
) -> QueryResult<usize> {
    diesel::sql_query(
        "UPDATE slots s SET used_capacity = greatest(s.used_capacity - held.seats, 0), updated_at = $2 \
         FROM (SELECT slot_id, count(*)::int AS seats FROM appointments \
               WHERE convict_id = $1 AND slot_id IS NOT NULL AND state = 'booked' AND starts_at > $2 \
               GROUP BY slot_id) held \
         WHERE s.id = held.slot_id",
    )
    .bind::<diesel::sql_types::Uuid, _>(convict_id)
    .bind::<diesel::sql_types::Timestamptz, _>(now)
    .execute(conn)
    .await
}
