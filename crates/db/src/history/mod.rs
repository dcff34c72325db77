//! The business history: append-only items per probationer and appointment.

use chrono::{DateTime, Utc};
use diesel::prelude::*;
use diesel_async::{AsyncPgConnection, RunQueryDsl};
use uuid::Uuid;

use crate::schema::{history_items, users};

/// One history item (also what is inserted).
#[derive(Debug, Clone, PartialEq, Eq, Queryable, Selectable, Insertable)]
#[diesel(table_name = history_items)]
pub struct HistoryRow {
    /// Id.
    pub id: Uuid,
    /// The probationer.
    pub convict_id: Uuid,
    /// The appointment, if the item is about one.
    pub appointment_id: Option<Uuid>,
    /// Category key.
    pub category: String,
    /// Event key.
    pub event: String,
    /// French text.
    pub content: String,
    /// Agent who acted.
    pub actor_id: Option<Uuid>,
    /// When.
    pub created_at: DateTime<Utc>,
}

/// Appends items.
pub async fn append(conn: &mut AsyncPgConnection, items: &[HistoryRow]) -> QueryResult<()> {
    if items.is_empty() {
        return Ok(());
    }
    diesel::insert_into(history_items::table)
        .values(items)
        .execute(conn)
        .await
        .map(|_| ())
}

/// Which items to read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum HistoryOf {
    /// A probationer's items.
    Convict(Uuid),
    /// The items of these appointments.
    Appointments(Vec<Uuid>),
}

/// A page of items, newest first, with the acting agent's name, and the total.
pub async fn page(
    conn: &mut AsyncPgConnection,
    of: HistoryOf,
    limit: i64,
    offset: i64,
) -> QueryResult<(Vec<(HistoryRow, Option<String>, Option<String>)>, i64)> {
    let filtered = || {
        let query = history_items::table.left_join(users::table).into_boxed();
        match &of {
            HistoryOf::Convict(id) => query.filter(history_items::convict_id.eq(*id)),
            HistoryOf::Appointments(ids) => {
                query.filter(history_items::appointment_id.eq_any(ids.clone()))
            }
        }
    };
    let rows = filtered()
        .order((history_items::created_at.desc(), history_items::id.desc()))
        .select((
            HistoryRow::as_select(),
            users::first_name.nullable(),
            users::last_name.nullable(),
        ))
        .limit(limit)
        .offset(offset)
        .load(conn)
        .await?;
    let total = filtered().count().get_result(conn).await?;
    Ok((rows, total))
}
