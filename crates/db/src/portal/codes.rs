//! One-time sign-in codes, by number digest.

use chrono::{DateTime, Utc};
use diesel::prelude::*;
use diesel_async::{AsyncPgConnection, RunQueryDsl};
use uuid::Uuid;

use crate::schema::portal_codes;

/// One code.
#[derive(Debug, Clone, PartialEq, Eq, Queryable, Selectable)]
#[diesel(table_name = portal_codes)]
pub struct PortalCodeRow {
    /// Id.
    pub id: Uuid,
    /// The probationer, `None` for a number nobody may sign in with.
    pub convict_id: Option<Uuid>,
    /// SHA-256 of the code and the id.
    pub code_digest: Vec<u8>,
    /// Wrong entries.
    pub attempts: i32,
    /// When it opened a session.
    pub consumed_at: Option<DateTime<Utc>>,
    /// When it was sent.
    pub created_at: DateTime<Utc>,
}

/// Serialises the code requests of one number until the end of the transaction.
pub async fn lock_number(conn: &mut AsyncPgConnection, phone_digest: &[u8]) -> QueryResult<()> {
    let key = i64::from_be_bytes(phone_digest[..8].try_into().unwrap_or([0; 8]));
    diesel::sql_query(format!("SELECT pg_advisory_xact_lock({key})"))
        .execute(conn)
        .await
        .map(drop)
}

/// Codes sent to this number since `since`.
pub async fn sent_since(
    conn: &mut AsyncPgConnection,
    phone_digest: &[u8],
    since: DateTime<Utc>,
) -> QueryResult<i64> {
    portal_codes::table
        .filter(portal_codes::phone_digest.eq(phone_digest))
        .filter(portal_codes::created_at.gt(since))
        .count()
        .get_result(conn)
        .await
}

/// Stores a code.
pub async fn insert(
    conn: &mut AsyncPgConnection,
    id: Uuid,
    phone_digest: &[u8],
    convict_id: Option<Uuid>,
    code_digest: &[u8],
    now: DateTime<Utc>,
) -> QueryResult<()> {
    diesel::insert_into(portal_codes::table)
        .values((
            portal_codes::id.eq(id),
            portal_codes::phone_digest.eq(phone_digest),
            portal_codes::convict_id.eq(convict_id),
            portal_codes::code_digest.eq(code_digest),
            portal_codes::created_at.eq(now),
        ))
        .execute(conn)
        .await
        .map(drop)
}

/// The number's latest code, locked until the end of the transaction.
pub async fn latest_for_update(
    conn: &mut AsyncPgConnection,
    phone_digest: &[u8],
) -> QueryResult<Option<PortalCodeRow>> {
    portal_codes::table
        .filter(portal_codes::phone_digest.eq(phone_digest))
        .order(portal_codes::created_at.desc())
        .select(PortalCodeRow::as_select())
        .for_update()
        .first(conn)
        .await
        .optional()
}

/// Counts a wrong entry.
pub async fn add_attempt(conn: &mut AsyncPgConnection, id: Uuid) -> QueryResult<()> {
    diesel::update(portal_codes::table.find(id))
        .set(portal_codes::attempts.eq(portal_codes::attempts + 1))
        .execute(conn)
        .await
        .map(drop)
}

/// Marks the code used.
pub async fn consume(
    conn: &mut AsyncPgConnection,
    id: Uuid,
    now: DateTime<Utc>,
) -> QueryResult<()> {
    diesel::update(portal_codes::table.find(id))
        .set(portal_codes::consumed_at.eq(now))
        .execute(conn)
        .await
        .map(drop)
}

/// Deletes the codes created before `before`; returns how many.
pub async fn purge(conn: &mut AsyncPgConnection, before: DateTime<Utc>) -> QueryResult<usize> {
    diesel::delete(portal_codes::table.filter(portal_codes::created_at.lt(before)))
        .execute(conn)
        .await
}
