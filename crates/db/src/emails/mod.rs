//! The email outbox: rows are written in the transaction that decides to send, and a worker
//! claims due rows with `FOR UPDATE SKIP LOCKED` and a lease, so that several replicas never
//! send the same email twice at once and a crashed worker's claim is retaken.

use chrono::{DateTime, Utc};
use diesel::prelude::*;
use diesel::sql_types::{BigInt, Timestamptz};
use diesel_async::{AsyncPgConnection, RunQueryDsl};
use uuid::Uuid;

use crate::schema::emails;

/// An email to send.
#[derive(Debug, Clone, PartialEq, Eq, Insertable)]
#[diesel(table_name = emails)]
pub struct NewEmail {
    /// Id.
    pub id: Uuid,
    /// What it is (`invitation`, `password_reset`, …).
    pub kind: String,
    /// Recipient.
    pub to_address: String,
    /// Subject.
    pub subject: String,
    /// Plain-text body.
    pub text_body: String,
    /// HTML body.
    pub html_body: String,
    /// Due time.
    pub next_attempt_at: DateTime<Utc>,
    /// Creation time.
    pub created_at: DateTime<Utc>,
}

/// A claimed email.
#[derive(Debug, Clone, PartialEq, Eq, QueryableByName)]
#[diesel(table_name = emails)]
pub struct EmailRow {
    /// Id.
    pub id: Uuid,
    /// What it is.
    pub kind: String,
    /// Recipient.
    pub to_address: String,
    /// Subject.
    pub subject: String,
    /// Plain-text body.
    pub text_body: String,
    /// HTML body.
    pub html_body: String,
    /// Attempts so far.
    pub attempts: i32,
}

/// Adds an email to the outbox.
pub async fn enqueue(conn: &mut AsyncPgConnection, email: &NewEmail) -> QueryResult<()> {
    diesel::insert_into(emails::table)
        .values(email)
        .execute(conn)
        .await
        .map(drop)
}

/// Claims up to `limit` due emails for `lease` (their lease must lapse before anyone else
/// may take them) and counts the attempt.
pub async fn claim_due(
    conn: &mut AsyncPgConnection,
    now: DateTime<Utc>,
    lease_until: DateTime<Utc>,
    limit: i64,
) -> QueryResult<Vec<EmailRow>> {
    diesel::sql_query(
        "UPDATE emails SET leased_until = $2, attempts = attempts + 1 \
         WHERE id IN (SELECT id FROM emails \
             WHERE state = 'pending' AND next_attempt_at <= $1 \
               AND (leased_until IS NULL OR leased_until < $1) \
             ORDER BY next_attempt_at LIMIT $3 FOR UPDATE SKIP LOCKED) \
         RETURNING id, kind, to_address, subject, text_body, html_body, attempts",
    )
    .bind::<Timestamptz, _>(now)
    .bind::<Timestamptz, _>(lease_until)
    .bind::<BigInt, _>(limit)
    .load(conn)
    .await
}

/// Records a delivery.
pub async fn mark_sent(
    conn: &mut AsyncPgConnection,
    id: Uuid,
    now: DateTime<Utc>,
) -> QueryResult<()> {
    diesel::update(emails::table.find(id))
        .set((
            emails::state.eq("sent"),
            emails::sent_at.eq(now),
            emails::leased_until.eq(None::<DateTime<Utc>>),
        ))
        .execute(conn)
        .await
        .map(drop)
}

/// Records a failed attempt at `now`: retried at `retry_at`, or given up when `None`.
pub async fn mark_failed_attempt(
    conn: &mut AsyncPgConnection,
    id: Uuid,
    error: &str,
    now: DateTime<Utc>,
    retry_at: Option<DateTime<Utc>>,
) -> QueryResult<()> {
    let state = if retry_at.is_some() {
        "pending"
    } else {
        "failed"
    };
    diesel::update(emails::table.find(id))
        .set((
            emails::state.eq(state),
            emails::last_error.eq(error),
            emails::leased_until.eq(None::<DateTime<Utc>>),
            emails::next_attempt_at.eq(retry_at.unwrap_or(now)),
        ))
        .execute(conn)
        .await
        .map(drop)
}
