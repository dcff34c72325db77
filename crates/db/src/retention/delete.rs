//! Deleting records archived long ago (their convocations, SMS, history, transfers, service
//! links and portal rows go by the foreign keys' cascades; the seats their convocations to
//! come held are given back) and purging old audit entries.

use chrono::{DateTime, Utc};
use diesel::sql_types::{BigInt, Timestamptz};
use diesel::{QueryResult, QueryableByName};
use diesel_async::{AsyncPgConnection, RunQueryDsl};

/// What one batch deleted.
#[derive(Debug, Clone, Copy, PartialEq, Eq, QueryableByName)]
pub struct DeleteBatch {
    /// Records selected (the batch is the last when fewer than asked).
    #[diesel(sql_type = BigInt)]
    pub selected: i64,
    /// Records deleted.
    #[diesel(sql_type = BigInt)]
    pub convicts: i64,
    /// Their convocations.
    #[diesel(sql_type = BigInt)]
    pub appointments: i64,
}

/// Deletes at `now` at most `limit` records archived before `archived_before`.
pub async fn delete_batch(
    conn: &mut AsyncPgConnection,
    archived_before: DateTime<Utc>,
    now: DateTime<Utc>,
    limit: i64,
) -> QueryResult<DeleteBatch> {
    diesel::sql_query(
        "WITH doomed AS ( \
           SELECT id FROM convicts WHERE archived_at < $1 LIMIT $3 FOR UPDATE SKIP LOCKED \
         ), freed AS ( \
           UPDATE slots s SET used_capacity = greatest(s.used_capacity - held.seats, 0), updated_at = $2 \
           FROM (SELECT slot_id, count(*)::int AS seats FROM appointments \
                 WHERE convict_id IN (SELECT id FROM doomed) AND slot_id IS NOT NULL \
                   AND state = 'booked' AND starts_at > $2 \
                 GROUP BY slot_id) held \
           WHERE s.id = held.slot_id \
         ), gone AS ( \
           DELETE FROM convicts c USING doomed WHERE c.id = doomed.id RETURNING c.id \
         ) \
         SELECT (SELECT count(*) FROM doomed) AS selected, \
                (SELECT count(*) FROM gone) AS convicts, \
                (SELECT count(*) FROM appointments WHERE convict_id IN (SELECT id FROM gone)) AS appointments",
    )
    .bind::<Timestamptz, _>(archived_before)
    .bind::<Timestamptz, _>(now)
    .bind::<BigInt, _>(limit)
    .get_result(conn)
    .await
}

/// Deletes at most `limit` audit entries that occurred before `before`; how many.
pub async fn purge_audit_batch(
    conn: &mut AsyncPgConnection,
    before: DateTime<Utc>,
    limit: i64,
) -> QueryResult<usize> {
    diesel::sql_query(
        "DELETE FROM audit_events WHERE id IN \
         (SELECT id FROM audit_events WHERE occurred_at < $1 LIMIT $2)",
    )
    .bind::<Timestamptz, _>(before)
    .bind::<BigInt, _>(limit)
    .execute(conn)
    .await
}
