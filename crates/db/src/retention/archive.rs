//! Archiving idle records: no convocation, no new service link and no creation on or after
//! the boundary, no pending transfer. Each archived record gets its history item.

use chrono::{DateTime, Utc};
use diesel::sql_types::{BigInt, Nullable, Text, Timestamptz};
use diesel::{QueryResult, QueryableByName};
use diesel_async::{AsyncPgConnection, RunQueryDsl};
use uuid::Uuid;

/// What one batch did.
#[derive(Debug, Clone, Copy, PartialEq, Eq, QueryableByName)]
pub struct ArchiveBatch {
    /// Records selected (the batch is the last when fewer than asked).
    #[diesel(sql_type = BigInt)]
    pub selected: i64,
    /// Records archived.
    #[diesel(sql_type = BigInt)]
    pub archived: i64,
    /// The greatest id selected: the next batch starts after it.
    #[diesel(sql_type = Nullable<diesel::sql_types::Uuid>)]
    pub last: Option<Uuid>,
}

/// The history item written for each archived record.
#[derive(Debug, Clone, Copy)]
pub struct ArchiveItem<'a> {
    /// History category key.
    pub category: &'a str,
    /// History event key.
    pub event: &'a str,
    /// French text.
    pub content: &'a str,
}

/// Archives at `now`, in id order after `after`, at most `limit` records idle since `since`;
/// rows locked by another transaction are left for the next run.
pub async fn archive_batch(
    conn: &mut AsyncPgConnection,
    since: DateTime<Utc>,
    now: DateTime<Utc>,
    after: Uuid,
    limit: i64,
    item: ArchiveItem<'_>,
) -> QueryResult<ArchiveBatch> {
    diesel::sql_query(
        "WITH candidates AS ( \
           SELECT c.id FROM convicts c \
           WHERE c.id > $3 AND c.archived_at IS NULL AND c.created_at <= $1 \
             AND NOT EXISTS (SELECT 1 FROM appointments a WHERE a.convict_id = c.id AND a.starts_at >= $1) \
             AND NOT EXISTS (SELECT 1 FROM convict_organizations l WHERE l.convict_id = c.id AND l.created_at >= $1) \
             AND NOT EXISTS (SELECT 1 FROM divestments d WHERE d.convict_id = c.id AND d.state = 'pending') \
           ORDER BY c.id LIMIT $4 \
           FOR UPDATE OF c SKIP LOCKED \
         ), archived AS ( \
           UPDATE convicts c SET archived_at = $2, updated_at = $2 \
           FROM candidates WHERE c.id = candidates.id AND c.archived_at IS NULL \
           RETURNING c.id \
         ), items AS ( \
           INSERT INTO history_items (id, convict_id, category, event, content, created_at) \
           SELECT gen_random_uuid(), id, $5, $6, $7, $2 FROM archived \
         ) \
         SELECT (SELECT count(*) FROM candidates) AS selected, \
                (SELECT count(*) FROM archived) AS archived, \
                (SELECT id FROM candidates ORDER BY id DESC LIMIT 1) AS last",
    )
    .bind::<Timestamptz, _>(since)
    .bind::<Timestamptz, _>(now)
    .bind::<diesel::sql_types::Uuid, _>(after)
    .bind::<BigInt, _>(limit)
    .bind::<Text, _>(item.category)
    .bind::<Text, _>(item.event)
    .bind::<Text, _>(item.content)
    .get_result(conn)
    .await
}
