//! Delivery receipts: the state they set and whom a message was for.

use chrono::{DateTime, Utc};
use diesel::prelude::*;
use diesel_async::{AsyncPgConnection, RunQueryDsl};
use uuid::Uuid;

use crate::schema::{appointments, convicts, notifications};

/// Records a delivery receipt for a sent message, unless a later one was recorded; `false`
/// when nothing changed (unknown id, not sent yet, or an older receipt).
pub async fn record_receipt(
    conn: &mut AsyncPgConnection,
    id: Uuid,
    state: &str,
    code: Option<&str>,
    at: DateTime<Utc>,
) -> QueryResult<bool> {
    diesel::update(
        notifications::table
            .filter(notifications::id.eq(id))
            .filter(notifications::state.eq_any(["sent", "delivered", "failed"]))
            .filter(notifications::sent_at.is_not_null())
            .filter(
                notifications::receipt_at
                    .is_null()
                    .or(notifications::receipt_at.lt(at)),
            ),
    )
    .set((
        notifications::state.eq(state),
        notifications::response_code.eq(code),
        notifications::receipt_at.eq(at),
        notifications::updated_at.eq(at),
    ))
    .execute(conn)
    .await
    .map(|changed| changed > 0)
}

/// Whom a message was for: (probationer, appointment, kind, first name, last name).
pub async fn recipient(
    conn: &mut AsyncPgConnection,
    id: Uuid,
) -> QueryResult<Option<(Uuid, Uuid, String, String, String)>> {
    notifications::table
        .inner_join(appointments::table.inner_join(convicts::table))
        .filter(notifications::id.eq(id))
        .select((
            convicts::id,
            appointments::id,
            notifications::kind,
            convicts::first_name,
            convicts::last_name,
        ))
        .first(conn)
        .await
        .optional()
}
