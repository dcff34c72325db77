//! Sums of `stats_monthly` over a period, grouped by one breakdown.

use chrono::{DateTime, NaiveDate, Utc};
use diesel::prelude::*;
use diesel::sql_types::{BigInt, Date, Nullable, Text, Uuid as SqlUuid};
use diesel_async::{AsyncPgConnection, RunQueryDsl};
use uuid::Uuid;

use crate::schema::stats_refreshes;

/// How the figures are grouped.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Breakdown {
    /// By month (`key` is `AAAA-MM`).
    Month,
    /// By appointment type (`key` is the type's key).
    AppointmentType,
    /// By place (`key` is its id).
    Place,
    /// By agent (`key` is their id; no key for appointments without an agent).
    Agent,
}

impl Breakdown {
    /// (key, label, order) expressions and the joins they need.
    fn sql(self) -> (&'static str, &'static str) {
        match self {
            Self::Month => (
                "to_char(s.month, 'YYYY-MM') AS key, to_char(s.month, 'YYYY-MM') AS label, \
                 to_char(s.month, 'YYYY-MM') AS sort",
                "",
            ),
            Self::AppointmentType => (
                "t.key AS key, t.name AS label, lpad(t.position::text, 4, '0') AS sort",
                "JOIN appointment_types t ON t.id = s.appointment_type_id",
            ),
            Self::Place => (
                "p.id::text AS key, p.name || ' (' || o.name || ')' AS label, \
                 o.name || ' ' || p.name AS sort",
                "JOIN places p ON p.id = s.place_id JOIN organizations o ON o.id = s.organization_id",
            ),
            Self::Agent => (
                "u.id::text AS key, coalesce(u.last_name || ' ' || u.first_name, '') AS label, \
                 coalesce(u.last_name || ' ' || u.first_name, '~') AS sort",
                "LEFT JOIN users u ON u.id = s.agent_id",
            ),
        }
    }
}

/// The sums of one group.
#[derive(Debug, Clone, PartialEq, Eq, QueryableByName)]
pub struct GroupRow {
    /// The group's key (see [`Breakdown`]).
    #[diesel(sql_type = Nullable<Text>)]
    pub key: Option<String>,
    /// Its name: the month, the type's name, « lieu (service) », « NOM Prénom ».
    #[diesel(sql_type = Text)]
    pub label: String,
    /// Appointments not canceled.
    #[diesel(sql_type = BigInt)]
    pub convocations: i64,
    /// Canceled appointments.
    #[diesel(sql_type = BigInt)]
    pub canceled: i64,
    /// Honoured.
    #[diesel(sql_type = BigInt)]
    pub fulfilled: i64,
    /// Missed.
    #[diesel(sql_type = BigInt)]
    pub no_show: i64,
    /// Excused.
    #[diesel(sql_type = BigInt)]
    pub excused: i64,
    /// Past and still booked.
    #[diesel(sql_type = BigInt)]
    pub unknown: i64,
    /// Sum of the booking-to-appointment delays, in seconds.
    #[diesel(sql_type = BigInt)]
    pub delay_seconds: i64,
    /// Sorties d'audience with a legal delay.
    #[diesel(sql_type = BigInt)]
    pub legal_total: i64,
    /// Those within it.
    #[diesel(sql_type = BigInt)]
    pub legal_within: i64,
    /// SMS handed to the gateway.
    #[diesel(sql_type = BigInt)]
    pub sms_sent: i64,
    /// SMS delivered.
    #[diesel(sql_type = BigInt)]
    pub sms_delivered: i64,
    /// SMS failed.
    #[diesel(sql_type = BigInt)]
    pub sms_failed: i64,
    /// SMS not sent: no phone or SMS refused.
    #[diesel(sql_type = BigInt)]
    pub sms_opted_out: i64,
}

/// The sums per group of `breakdown` over the months `from` to `to` (first days, both
/// included), of one service or (`None`) of every service, in the group's natural order.
pub async fn group_sums(
    conn: &mut AsyncPgConnection,
    breakdown: Breakdown,
    organization: Option<Uuid>,
    from: NaiveDate,
    to: NaiveDate,
) -> QueryResult<Vec<GroupRow>> {
    let (columns, joins) = breakdown.sql();
    let query = format!(
        "SELECT {columns}, \
            sum(s.convocations)::bigint AS convocations, sum(s.canceled)::bigint AS canceled, \
            sum(s.fulfilled)::bigint AS fulfilled, sum(s.no_show)::bigint AS no_show, \
            sum(s.excused)::bigint AS excused, sum(s.unknown)::bigint AS unknown, \
            sum(s.delay_seconds)::bigint AS delay_seconds, \
            sum(s.legal_total)::bigint AS legal_total, \
            sum(s.legal_within)::bigint AS legal_within, sum(s.sms_sent)::bigint AS sms_sent, \
            sum(s.sms_delivered)::bigint AS sms_delivered, \
            sum(s.sms_failed)::bigint AS sms_failed, \
            sum(s.sms_opted_out)::bigint AS sms_opted_out \
         FROM stats_monthly s {joins} \
         WHERE s.month BETWEEN $1 AND $2 AND ($3::uuid IS NULL OR s.organization_id = $3) \
         GROUP BY 1, 2, 3 ORDER BY 3, 2"
    );
    diesel::sql_query(query)
        .bind::<Date, _>(from)
        .bind::<Date, _>(to)
        .bind::<Nullable<SqlUuid>, _>(organization)
        .load(conn)
        .await
}

/// When the figures were last rebuilt; `None` before the first rebuild.
pub async fn refreshed_at(conn: &mut AsyncPgConnection) -> QueryResult<Option<DateTime<Utc>>> {
    stats_refreshes::table
        .select(stats_refreshes::refreshed_at)
        .first(conn)
        .await
        .optional()
}
