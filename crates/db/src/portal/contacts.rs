//! What an agent shares with the probationers they follow (phone, email).

use chrono::{DateTime, Utc};
use diesel::prelude::*;
use diesel::upsert::excluded;
use diesel_async::{AsyncPgConnection, RunQueryDsl};
use uuid::Uuid;

use crate::schema::contact_sharing;

/// An agent's choice: `(share_phone, share_email)`, both off when never set.
pub async fn sharing(conn: &mut AsyncPgConnection, user_id: Uuid) -> QueryResult<(bool, bool)> {
    contact_sharing::table
        .find(user_id)
        .select((contact_sharing::share_phone, contact_sharing::share_email))
        .first(conn)
        .await
        .optional()
        .map(Option::unwrap_or_default)
}

/// Stores an agent's choice.
pub async fn set_sharing(
    conn: &mut AsyncPgConnection,
    user_id: Uuid,
    share_phone: bool,
    share_email: bool,
    now: DateTime<Utc>,
) -> QueryResult<()> {
    diesel::insert_into(contact_sharing::table)
        .values((
            contact_sharing::user_id.eq(user_id),
            contact_sharing::share_phone.eq(share_phone),
            contact_sharing::share_email.eq(share_email),
            contact_sharing::updated_at.eq(now),
        ))
        .on_conflict(contact_sharing::user_id)
        .do_update()
        .set((
            contact_sharing::share_phone.eq(excluded(contact_sharing::share_phone)),
            contact_sharing::share_email.eq(excluded(contact_sharing::share_email)),
            contact_sharing::updated_at.eq(excluded(contact_sharing::updated_at)),
        ))
        .execute(conn)
        .await
        .map(drop)
}
