//! The portal's transactional SMS: queued by the request, sent by the SMS worker.

use chrono::{DateTime, TimeDelta, Utc};
use diesel::prelude::*;
use diesel_async::{AsyncPgConnection, RunQueryDsl};
use uuid::Uuid;

use crate::schema::portal_sms;

/// A message to send.
#[derive(Debug, Clone, PartialEq, Eq, Queryable, Selectable)]
#[diesel(table_name = portal_sms)]
pub struct PortalSmsRow {
    /// Id (the gateway's client reference).
    pub id: Uuid,
    /// `portal_invitation` or `portal_code`.
    pub kind: String,
    /// E.164 number.
    pub destination: String,
    /// Sender name.
    pub sender: String,
    /// Text (cleared once a code went out).
    pub content: Option<String>,
    /// Sending attempts, this one included.
    pub attempts: i32,
    /// When it was queued.
    pub created_at: DateTime<Utc>,
}

/// A message queued for `convict_id`.
#[derive(Debug, Clone, Copy)]
pub struct NewPortalSms<'a> {
    /// The probationer.
    pub convict_id: Uuid,
    /// `portal_invitation` or `portal_code`.
    pub kind: &'a str,
    /// E.164 number.
    pub destination: &'a str,
    /// Sender name.
    pub sender: &'a str,
    /// Text.
    pub content: &'a str,
}

/// Queues a message.
pub async fn queue(
    conn: &mut AsyncPgConnection,
    sms: NewPortalSms<'_>,
    now: DateTime<Utc>,
) -> QueryResult<()> {
    diesel::insert_into(portal_sms::table)
        .values((
            portal_sms::id.eq(Uuid::now_v7()),
            portal_sms::convict_id.eq(sms.convict_id),
            portal_sms::kind.eq(sms.kind),
            portal_sms::destination.eq(sms.destination),
            portal_sms::sender.eq(sms.sender),
            portal_sms::content.eq(sms.content),
            portal_sms::created_at.eq(now),
        ))
        .execute(conn)
        .await
        .map(drop)
}

/// Claims up to `batch` messages for `lease` (SKIP LOCKED: workers never share one).
pub async fn claim(
    conn: &mut AsyncPgConnection,
    now: DateTime<Utc>,
    lease: TimeDelta,
    batch: i64,
) -> QueryResult<Vec<PortalSmsRow>> {
    diesel::sql_query(
        "UPDATE portal_sms SET state = 'programmed', lease_until = $1 + $2::interval, \
             attempts = attempts + 1 \
         WHERE id IN ( \
             SELECT id FROM portal_sms \
             WHERE state = 'created' OR (state = 'programmed' AND lease_until < $1) \
             ORDER BY created_at LIMIT $3 FOR UPDATE SKIP LOCKED) \
         RETURNING id, kind, destination, sender, content, attempts, created_at",
    )
    .bind::<diesel::sql_types::Timestamptz, _>(now)
    .bind::<diesel::sql_types::Text, _>(format!("{} seconds", lease.num_seconds()))
    .bind::<diesel::sql_types::BigInt, _>(batch)
    .load::<ClaimedRow>(conn)
    .await
    .map(|rows| rows.into_iter().map(ClaimedRow::into_row).collect())
}

#[derive(QueryableByName)]
#[diesel(table_name = portal_sms)]
struct ClaimedRow {
    id: Uuid,
    kind: String,
    destination: String,
    sender: String,
    content: Option<String>,
    attempts: i32,
    created_at: DateTime<Utc>,
}

impl ClaimedRow {
    fn into_row(self) -> PortalSmsRow {
        PortalSmsRow {
            id: self.id,
            kind: self.kind,
            destination: self.destination,
            sender: self.sender,
            content: self.content,
            attempts: self.attempts,
            created_at: self.created_at,
        }
    }
}

/// What became of a claimed message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PortalSmsOutcome {
    /// Accepted by the gateway; `clear` forgets the text (a sign-in code).
    Sent {
        /// The gateway's message id.
        external_id: Option<String>,
        /// Whether to clear the text.
        clear: bool,
    },
    /// Given up, with the gateway's code or our reason.
    Failed(String),
    /// To try again at the next poll.
    Retry,
}

/// Records the outcome of a claimed message.
pub async fn finish(
    conn: &mut AsyncPgConnection,
    id: Uuid,
    outcome: PortalSmsOutcome,
    now: DateTime<Utc>,
) -> QueryResult<()> {
    let row = portal_sms::table.find(id);
    let query = match outcome {
        PortalSmsOutcome::Sent { external_id, clear } => {
            if clear {
                diesel::update(row)
                    .set(portal_sms::content.eq(None::<String>))
                    .execute(conn)
                    .await?;
            }
            diesel::update(row)
                .set((
                    portal_sms::state.eq("sent"),
                    portal_sms::external_id.eq(external_id),
                    portal_sms::sent_at.eq(now),
                    portal_sms::lease_until.eq(None::<DateTime<Utc>>),
                ))
                .execute(conn)
                .await
        }
        PortalSmsOutcome::Failed(code) => {
            diesel::update(row)
                .set((
                    portal_sms::state.eq("failed"),
                    portal_sms::response_code.eq(code),
                    portal_sms::lease_until.eq(None::<DateTime<Utc>>),
                ))
                .execute(conn)
                .await
        }
        PortalSmsOutcome::Retry => {
            diesel::update(row)
                .set((
                    portal_sms::state.eq("created"),
                    portal_sms::lease_until.eq(None::<DateTime<Utc>>),
                ))
                .execute(conn)
                .await
        }
    };
    query.map(drop)
}

/// The sender name of the service that follows `convict_id` most recently (`MSJ` if none).
pub async fn sender_for(conn: &mut AsyncPgConnection, convict_id: Uuid) -> QueryResult<String> {
    use crate::schema::{convict_organizations, organizations};
    convict_organizations::table
        .inner_join(organizations::table)
        .filter(convict_organizations::convict_id.eq(convict_id))
        .order(convict_organizations::created_at.desc())
        .select(organizations::sms_sender)
        .first(conn)
        .await
        .optional()
        .map(|sender| sender.unwrap_or_else(|| "MSJ".to_owned()))
}
