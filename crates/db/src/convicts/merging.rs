//! Merging a duplicate record into the kept one, in the caller's transaction: both rows are
//! locked (in id order, so that two merges of the same pair never deadlock), then the
//! duplicate's appointments (their SMS follow), history and services move, and the duplicate
//! is deleted with what is only its own (portal access, finished transfers).

use chrono::{DateTime, Utc};
use diesel::prelude::*;
use diesel::sql_types::{BigInt, Bool, Timestamptz, Uuid as SqlUuid};
use diesel_async::{AsyncPgConnection, RunQueryDsl};
use uuid::Uuid;

use super::ConvictRow;
use crate::schema::convicts;

/// What a merge moves or drops.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, QueryableByName)]
pub struct MergeCounts {
    /// Appointments moved.
    #[diesel(sql_type = BigInt)]
    pub appointments: i64,
    /// SMS of those appointments.
    #[diesel(sql_type = BigInt)]
    pub notifications: i64,
    /// History items moved.
    #[diesel(sql_type = BigInt)]
    pub history_items: i64,
    /// Services following the duplicate that will follow the kept record too.
    #[diesel(sql_type = BigInt)]
    pub organizations_added: i64,
    /// Finished transfers of the duplicate, deleted with it.
    #[diesel(sql_type = BigInt)]
    pub divestments_dropped: i64,
    /// Whether the duplicate has a portal account (deleted with it).
    #[diesel(sql_type = Bool)]
    pub portal_account: bool,
}

/// Both records, locked for update in id order; `None` when either is absent.
pub async fn lock_pair(
    conn: &mut AsyncPgConnection,
    kept: Uuid,
    duplicate: Uuid,
) -> QueryResult<Option<(ConvictRow, ConvictRow)>> {
    let rows: Vec<ConvictRow> = convicts::table
        .filter(convicts::id.eq_any([kept, duplicate]))
        .order(convicts::id)
        .select(ConvictRow::as_select())
        .for_update()
        .load(conn)
        .await?;
    let find = |id: Uuid| rows.iter().find(|row| row.id == id).cloned();
    Ok(find(kept).zip(find(duplicate)))
}

/// What merging `duplicate` into `kept` moves or drops.
pub async fn counts(
    conn: &mut AsyncPgConnection,
    kept: Uuid,
    duplicate: Uuid,
) -> QueryResult<MergeCounts> {
    diesel::sql_query(
        "SELECT \
           (SELECT count(*) FROM appointments WHERE convict_id = $2) AS appointments, \
           (SELECT count(*) FROM notifications n JOIN appointments a ON a.id = n.appointment_id \
             WHERE a.convict_id = $2) AS notifications, \
           (SELECT count(*) FROM history_items WHERE convict_id = $2) AS history_items, \
           (SELECT count(*) FROM convict_organizations d WHERE d.convict_id = $2 AND NOT EXISTS \
             (SELECT 1 FROM convict_organizations k WHERE k.convict_id = $1 \
               AND k.organization_id = d.organization_id)) AS organizations_added, \
           (SELECT count(*) FROM divestments WHERE convict_id = $2) AS divestments_dropped, \
           EXISTS (SELECT 1 FROM portal_accounts WHERE convict_id = $2) AS portal_account",
    )
    .bind::<SqlUuid, _>(kept)
    .bind::<SqlUuid, _>(duplicate)
    .get_result(conn)
    .await
}

/// Moves the duplicate's appointments, history and services to `kept` and deletes it.
/// Call inside a transaction, after [`lock_pair`].
pub async fn merge(
    conn: &mut AsyncPgConnection,
    kept: Uuid,
    duplicate: Uuid,
    now: DateTime<Utc>,
) -> QueryResult<()> {
    diesel::sql_query(
        "INSERT INTO convict_organizations (convict_id, organization_id, created_at) \
         SELECT $1, organization_id, $3 FROM convict_organizations WHERE convict_id = $2 \
         ON CONFLICT DO NOTHING",
    )
    .bind::<SqlUuid, _>(kept)
    .bind::<SqlUuid, _>(duplicate)
    .bind::<Timestamptz, _>(now)
    .execute(conn)
    .await?;
    let statements = [
        "UPDATE appointments SET convict_id = $1 WHERE convict_id = $2",
        // History items are append-only (no UPDATE): each is re-inserted, unchanged, under
        // the kept record.
        "WITH moved AS (DELETE FROM history_items WHERE convict_id = $2 RETURNING *) \
         INSERT INTO history_items \
           (id, convict_id, appointment_id, category, event, content, actor_id, created_at) \
         SELECT id, $1, appointment_id, category, event, content, actor_id, created_at FROM moved",
        "DELETE FROM convicts WHERE id = $2",
    ];
    for statement in statements {
        diesel::sql_query(statement)
            .bind::<SqlUuid, _>(kept)
            .bind::<SqlUuid, _>(duplicate)
            .execute(conn)
            .await?;
    }
    Ok(())
}
