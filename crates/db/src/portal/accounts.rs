//! A probationer's portal account: invitations sent (at most 2) and first sign-in.

use chrono::{DateTime, Utc};
use diesel::prelude::*;
use diesel_async::{AsyncPgConnection, RunQueryDsl};
use uuid::Uuid;

use crate::schema::portal_accounts;

/// One account.
#[derive(Debug, Clone, PartialEq, Eq, Queryable, Selectable)]
#[diesel(table_name = portal_accounts)]
pub struct PortalAccountRow {
    /// The probationer.
    pub convict_id: Uuid,
    /// Invitations sent.
    pub invitations: i32,
    /// The last one.
    pub last_invited_at: Option<DateTime<Utc>>,
    /// First sign-in.
    pub activated_at: Option<DateTime<Utc>>,
}

/// The account of `convict_id`, if they were ever invited.
pub async fn find(
    conn: &mut AsyncPgConnection,
    convict_id: Uuid,
) -> QueryResult<Option<PortalAccountRow>> {
    portal_accounts::table
        .find(convict_id)
        .select(PortalAccountRow::as_select())
        .first(conn)
        .await
        .optional()
}

/// Counts one more invitation unless `limit` were already sent (checked in the same
/// statement, so parallel requests never exceed it). Returns the new count, or `None` when
/// the limit was reached.
pub async fn count_invitation(
    conn: &mut AsyncPgConnection,
    convict_id: Uuid,
    limit: i32,
    now: DateTime<Utc>,
) -> QueryResult<Option<i32>> {
    #[derive(QueryableByName)]
    struct Count {
        #[diesel(sql_type = diesel::sql_types::Integer)]
        invitations: i32,
    }
    diesel::sql_query(
        "INSERT INTO portal_accounts (convict_id, invitations, last_invited_at) VALUES ($1, 1, $2) \
         ON CONFLICT (convict_id) DO UPDATE \
         SET invitations = portal_accounts.invitations + 1, last_invited_at = excluded.last_invited_at \
         WHERE portal_accounts.invitations < $3 \
         RETURNING invitations",
    )
    .bind::<diesel::sql_types::Uuid, _>(convict_id)
    .bind::<diesel::sql_types::Timestamptz, _>(now)
    .bind::<diesel::sql_types::Integer, _>(limit)
    .get_result::<Count>(conn)
    .await
    .optional()
    .map(|count| count.map(|count| count.invitations))
}

/// Records the first sign-in (later ones change nothing).
pub async fn activate(
    conn: &mut AsyncPgConnection,
    convict_id: Uuid,
    now: DateTime<Utc>,
) -> QueryResult<()> {
    diesel::update(portal_accounts::table.find(convict_id))
        .filter(portal_accounts::activated_at.is_null())
        .set(portal_accounts::activated_at.eq(now))
        .execute(conn)
        .await
        .map(drop)
}

/// The probationer who may sign in with this number: invited, not archived.
pub async fn invited_with_phone(
    conn: &mut AsyncPgConnection,
    phone: &str,
) -> QueryResult<Option<Uuid>> {
    use crate::schema::convicts;
    convicts::table
        .inner_join(portal_accounts::table)
        .filter(convicts::phone.eq(phone))
        .filter(convicts::archived_at.is_null())
        .select(convicts::id)
        .first(conn)
        .await
        .optional()
}
