//! Claiming due SMS and recording what became of them (SPEC §4 outbox).

use chrono::{DateTime, TimeDelta, Utc};
use diesel::prelude::*;
use diesel_async::{AsyncPgConnection, RunQueryDsl};
use uuid::Uuid;

use crate::appointments::{AppointmentRow, NotificationRow};
use crate::convicts::ConvictRow;
use crate::organizations::{OrganizationRow, PlaceRow};
use crate::schema::{
    appointment_types, appointments, convicts, notifications, organizations, places, sms_outbox,
};

/// A claimed SMS and everything sending it needs.
#[derive(Debug, Clone, Queryable)]
pub struct ClaimedSms {
    /// The message.
    pub notification: NotificationRow,
    /// Send attempts so far, this one included.
    pub attempts: i32,
    /// Its appointment.
    pub appointment: AppointmentRow,
    /// The probationer.
    pub convict: ConvictRow,
    /// Key of the appointment type.
    pub type_key: String,
    /// The place.
    pub place: PlaceRow,
    /// The service owning the place.
    pub organization: OrganizationRow,
    /// That service's sender name.
    pub sender: String,
}

#[derive(QueryableByName)]
struct Claimed {
    #[diesel(sql_type = diesel::sql_types::Uuid)]
    id: Uuid,
}

/// Claims up to `batch` messages due at `now` (or whose worker's lease ran out), for
/// `lease`: their state becomes `programmed` and their attempts grow by one. Rows another
/// worker is claiming are skipped, never waited for.
pub async fn claim(
    conn: &mut AsyncPgConnection,
    now: DateTime<Utc>,
    lease: TimeDelta,
    batch: i64,
) -> QueryResult<Vec<ClaimedSms>> {
    let ids: Vec<Claimed> = diesel::sql_query(
        "UPDATE notifications SET state = 'programmed', lease_until = $1 + $2::interval, \
             attempts = attempts + 1, updated_at = $1 \
         WHERE id IN ( \
             SELECT id FROM notifications \
             WHERE (state = 'created' AND due_at <= $1) \
                OR (state = 'programmed' AND lease_until < $1) \
             ORDER BY due_at LIMIT $3 FOR UPDATE SKIP LOCKED) \
         RETURNING id",
    )
    .bind::<diesel::sql_types::Timestamptz, _>(now)
    .bind::<diesel::sql_types::Text, _>(format!("{} seconds", lease.num_seconds()))
    .bind::<diesel::sql_types::BigInt, _>(batch)
    .load(conn)
    .await?;
    if ids.is_empty() {
        return Ok(Vec::new());
    }
    notifications::table
        .inner_join(
            appointments::table
                .inner_join(convicts::table)
                .inner_join(appointment_types::table)
                .inner_join(places::table.inner_join(organizations::table)),
        )
        .filter(notifications::id.eq_any(ids.into_iter().map(|row| row.id).collect::<Vec<_>>()))
        .order(notifications::due_at)
        .select((
            NotificationRow::as_select(),
            notifications::attempts,
            AppointmentRow::as_select(),
            ConvictRow::as_select(),
            appointment_types::key,
            PlaceRow::as_select(),
            OrganizationRow::as_select(),
            organizations::sms_sender,
        ))
        .load(conn)
        .await
}

/// Appointment SMS sent to a probationer since `since`.
pub async fn sent_since(
    conn: &mut AsyncPgConnection,
    convict_id: Uuid,
    since: DateTime<Utc>,
) -> QueryResult<i64> {
    notifications::table
        .inner_join(appointments::table)
        .filter(appointments::convict_id.eq(convict_id))
        .filter(notifications::sent_at.gt(since))
        .count()
        .get_result(conn)
        .await
}

/// How a claimed message ended (for now).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outcome {
    /// Accepted by the gateway.
    Sent {
        /// Text sent.
        content: String,
        /// Number written to.
        phone: String,
        /// The gateway's message id.
        external_id: Option<String>,
    },
    /// Not sent, for this reason (an `unsent_reason` key).
    Unsent(&'static str),
    /// Refused for good by the gateway.
    Failed {
        /// Gateway code.
        code: String,
        /// Number written to.
        phone: String,
    },
    /// Claimed inside the quiet hours: waits until `until`, the attempt not counted.
    Postponed {
        /// When it may leave.
        until: DateTime<Utc>,
        /// Attempts before this claim.
        attempts: i32,
    },
    /// Refused this time: tried again at `retry_at`.
    Retry {
        /// Gateway code or transport error.
        code: String,
        /// Number written to.
        phone: String,
        /// When to try again.
        retry_at: DateTime<Utc>,
    },
}

/// The columns an outcome sets (`None`: left as they are).
#[derive(AsChangeset)]
#[diesel(table_name = notifications)]
struct Finished {
    state: &'static str,
    content: Option<String>,
    target_phone: Option<String>,
    external_id: Option<String>,
    sent_at: Option<DateTime<Utc>>,
    unsent_reason: Option<&'static str>,
    response_code: Option<String>,
    due_at: Option<DateTime<Utc>>,
    attempts: Option<i32>,
    lease_until: Option<Option<DateTime<Utc>>>,
    updated_at: DateTime<Utc>,
}

impl Finished {
    fn of(outcome: Outcome, now: DateTime<Utc>) -> Self {
        let base = |state| Self {
            state,
            content: None,
            target_phone: None,
            external_id: None,
            sent_at: None,
            unsent_reason: None,
            response_code: None,
            due_at: None,
            attempts: None,
            lease_until: Some(None),
            updated_at: now,
        };
        match outcome {
            Outcome::Sent {
                content,
                phone,
                external_id,
            } => Self {
                content: Some(content),
                target_phone: Some(phone),
                external_id,
                sent_at: Some(now),
                ..base("sent")
            },
            Outcome::Unsent(reason) => Self {
                unsent_reason: Some(reason),
                ..base("unsent")
            },
            Outcome::Postponed { until, attempts } => Self {
                due_at: Some(until),
                attempts: Some(attempts),
                ..base("created")
            },
            Outcome::Failed { code, phone } => Self {
                response_code: Some(code),
                target_phone: Some(phone),
                ..base("failed")
            },
            Outcome::Retry {
                code,
                phone,
                retry_at,
            } => Self {
                response_code: Some(code),
                target_phone: Some(phone),
                due_at: Some(retry_at),
                ..base("created")
            },
        }
    }
}

/// Records the outcome of a claimed message, if it is still `programmed` (a cancelation in
/// the meantime wins); `false` otherwise.
pub async fn finish(
    conn: &mut AsyncPgConnection,
    id: Uuid,
    outcome: Outcome,
    now: DateTime<Utc>,
) -> QueryResult<bool> {
    diesel::update(
        notifications::table
            .filter(notifications::id.eq(id))
            .filter(notifications::state.eq("programmed")),
    )
    .set(Finished::of(outcome, now))
    .execute(conn)
    .await
    .map(|changed| changed > 0)
}

/// The development gateway: keeps the message once per client reference.
pub async fn outbox_accept(
    conn: &mut AsyncPgConnection,
    client_reference: Uuid,
    destination: &str,
    sender: &str,
    message: &str,
    now: DateTime<Utc>,
) -> QueryResult<()> {
    diesel::insert_into(sms_outbox::table)
        .values((
            sms_outbox::client_reference.eq(client_reference),
            sms_outbox::destination.eq(destination),
            sms_outbox::sender.eq(sender),
            sms_outbox::message.eq(message),
            sms_outbox::accepted_at.eq(now),
        ))
        .on_conflict_do_nothing()
        .execute(conn)
        .await
        .map(drop)
}

/// A number the gateway refused for good (codes 16 and 100) for a service's appointments.
#[derive(Debug, Clone, PartialEq, Eq, QueryableByName)]
pub struct FailingNumber {
    /// The number written to.
    #[diesel(sql_type = diesel::sql_types::Text)]
    pub phone: String,
    /// The last gateway code.
    #[diesel(sql_type = diesel::sql_types::Text)]
    pub code: String,
    /// The last failure.
    #[diesel(sql_type = diesel::sql_types::Timestamptz)]
    pub last_failure_at: DateTime<Utc>,
    /// How many messages failed.
    #[diesel(sql_type = diesel::sql_types::BigInt)]
    pub failures: i64,
    /// The probationer.
    #[diesel(sql_type = diesel::sql_types::Uuid)]
    pub convict_id: Uuid,
    /// Their first name.
    #[diesel(sql_type = diesel::sql_types::Text)]
    pub first_name: String,
    /// Their last name.
    #[diesel(sql_type = diesel::sql_types::Text)]
    pub last_name: String,
}

/// The numbers permanently refused for appointments at the places of `organization_id`,
/// most recent first.
pub async fn failing_numbers(
    conn: &mut AsyncPgConnection,
    organization_id: Uuid,
) -> QueryResult<Vec<FailingNumber>> {
    diesel::sql_query(
        "SELECT n.target_phone AS phone, max(n.response_code) AS code, \
             max(n.updated_at) AS last_failure_at, count(*) AS failures, \
             c.id AS convict_id, c.first_name, c.last_name \
         FROM notifications n \
         JOIN appointments a ON a.id = n.appointment_id \
         JOIN places p ON p.id = a.place_id \
         JOIN convicts c ON c.id = a.convict_id \
         WHERE p.organization_id = $1 AND n.state = 'failed' \
           AND n.response_code IN ('16', '100') AND n.target_phone IS NOT NULL \
         GROUP BY n.target_phone, c.id \
         ORDER BY last_failure_at DESC LIMIT 500",
    )
    .bind::<diesel::sql_types::Uuid, _>(organization_id)
    .load(conn)
    .await
}

/// One message kept by the development gateway.
#[derive(Debug, Clone, PartialEq, Eq, Queryable)]
pub struct OutboxMessage {
    /// Client reference (the notification id).
    pub client_reference: Uuid,
    /// Number.
    pub destination: String,
    /// Sender name.
    pub sender: String,
    /// Text.
    pub message: String,
    /// When it was accepted.
    pub accepted_at: DateTime<Utc>,
}

/// A page of the development outbox, newest first, and the total.
pub async fn outbox_page(
    conn: &mut AsyncPgConnection,
    limit: i64,
    offset: i64,
) -> QueryResult<(Vec<OutboxMessage>, i64)> {
    let rows = sms_outbox::table
        .order((sms_outbox::accepted_at.desc(), sms_outbox::client_reference))
        .select((
            sms_outbox::client_reference,
            sms_outbox::destination,
            sms_outbox::sender,
            sms_outbox::message,
            sms_outbox::accepted_at,
        ))
        .limit(limit)
        .offset(offset)
        .load(conn)
        .await?;
    let total = sms_outbox::table.count().get_result(conn).await?;
    Ok((rows, total))
}
