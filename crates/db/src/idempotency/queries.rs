//! Claiming, completing, releasing and purging keys. The primary key (caller, key) makes
//! parallel claims safe: one insert wins, the others read the winner's row.

use chrono::{DateTime, Utc};
use diesel::prelude::*;
use diesel::upsert::excluded;
use diesel_async::{AsyncPgConnection, RunQueryDsl};
use uuid::Uuid;

use super::IdempotencyRow;
use crate::schema::idempotency_keys as keys;

/// Claims `row`'s key for its request. It is taken over when the existing row expired, or
/// is still running after `abandoned_before` (its process died). `Ok(None)`: claimed;
/// `Ok(Some(existing))`: someone else's claim or answer.
pub async fn claim(
    conn: &mut AsyncPgConnection,
    row: &IdempotencyRow,
    abandoned_before: DateTime<Utc>,
) -> QueryResult<Option<IdempotencyRow>> {
    // `ON CONFLICT … DO UPDATE … WHERE` (the filter of the upsert).
    use diesel::query_dsl::methods::FilterDsl;
    let claimed = diesel::insert_into(keys::table)
        .values(row)
        .on_conflict((keys::caller_id, keys::idempotency_key))
        .do_update()
        .set((
            keys::method.eq(excluded(keys::method)),
            keys::path.eq(excluded(keys::path)),
            keys::fingerprint.eq(excluded(keys::fingerprint)),
            keys::status.eq(None::<i16>),
            keys::response_body.eq(None::<Vec<u8>>),
            keys::response_headers.eq(excluded(keys::response_headers)),
            keys::created_at.eq(excluded(keys::created_at)),
            keys::expires_at.eq(excluded(keys::expires_at)),
        ))
        .filter(
            keys::expires_at.le(row.created_at).or(keys::status
                .is_null()
                .and(keys::created_at.lt(abandoned_before))),
        )
        .execute(conn)
        .await?;
    if claimed == 1 {
        return Ok(None);
    }
    keys::table
        .find((row.caller_id, &row.idempotency_key))
        .select(IdempotencyRow::as_select())
        .first(conn)
        .await
        .optional()
        .map(|existing| existing.or_else(|| Some(row.clone())))
}

/// Stores the answer of the claimed request.
pub async fn complete(
    conn: &mut AsyncPgConnection,
    caller_id: Uuid,
    key: &str,
    status: i16,
    body: &[u8],
    headers: serde_json::Value,
) -> QueryResult<()> {
    diesel::update(keys::table.find((caller_id, key)))
        .set((
            keys::status.eq(status),
            keys::response_body.eq(body),
            keys::response_headers.eq(headers),
        ))
        .execute(conn)
        .await
        .map(drop)
}

/// Gives the key back (the request failed in a way worth retrying).
pub async fn release(conn: &mut AsyncPgConnection, caller_id: Uuid, key: &str) -> QueryResult<()> {
    diesel::delete(keys::table.find((caller_id, key)))
        .execute(conn)
        .await
        .map(drop)
}

/// Deletes the keys expired at `now`; returns how many.
pub async fn purge(conn: &mut AsyncPgConnection, now: DateTime<Utc>) -> QueryResult<usize> {
    diesel::delete(keys::table.filter(keys::expires_at.le(now)))
        .execute(conn)
        .await
}
