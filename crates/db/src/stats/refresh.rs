//! The rebuild of `stats_monthly`, in one transaction: readers see the previous figures until
//! it commits, and two rebuilds never run at once. A rebuild may start at a month: older rows
//! are kept as they are.

use chrono::{DateTime, NaiveDate, Utc};
use diesel::sql_types::{Date, Integer, Nullable, Timestamptz};
use diesel_async::{AsyncConnection, AsyncPgConnection, RunQueryDsl};

use crate::DbError;

/// The legal delays of the sorties d'audience, in days after the hearing, both included
/// (the domain's `legal_delay_days`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LegalDelays {
    /// Sortie d'audience SAP.
    pub sap: (i32, i32),
    /// Sortie d'audience SPIP.
    pub spip: (i32, i32),
}

/// The figures of every group, computed into a temporary table (a plain `SELECT` into a new
/// table may use parallel workers, an `INSERT … SELECT` may not). Months are those of the
/// place's service time zone; the hearing is the booking day. `$6`, when set, skips the
/// appointments of earlier months (two days of margin for the time zones; the rows of
/// earlier months are dropped afterwards).
const COMPUTE: &str = "\
CREATE TEMPORARY TABLE stats_rebuild ON COMMIT DROP AS
SELECT p.organization_id,
    date_trunc('month', a.starts_at AT TIME ZONE o.time_zone)::date AS month,
    a.appointment_type_id, a.place_id, a.assigned_agent_id AS agent_id,
    count(*) FILTER (WHERE a.state <> 'canceled') AS convocations,
    count(*) FILTER (WHERE a.state = 'canceled') AS canceled,
    count(*) FILTER (WHERE a.state = 'fulfilled') AS fulfilled,
    count(*) FILTER (WHERE a.state = 'no_show') AS no_show,
    count(*) FILTER (WHERE a.state = 'excused') AS excused,
    count(*) FILTER (WHERE a.state = 'booked' AND a.starts_at < $1) AS unknown,
    coalesce(sum(extract(epoch FROM a.starts_at - a.created_at)::bigint)
        FILTER (WHERE a.state <> 'canceled'), 0)::bigint AS delay_seconds,
    count(*) FILTER (WHERE a.state <> 'canceled'
        AND t.key IN ('sortie_audience_sap', 'sortie_audience_spip')) AS legal_total,
    count(*) FILTER (WHERE a.state <> 'canceled' AND (
        (t.key = 'sortie_audience_sap' AND d.days BETWEEN $2 AND $3)
        OR (t.key = 'sortie_audience_spip' AND d.days BETWEEN $4 AND $5))) AS legal_within,
    coalesce(sum(n.sent), 0)::bigint AS sms_sent,
    coalesce(sum(n.delivered), 0)::bigint AS sms_delivered,
    coalesce(sum(n.failed), 0)::bigint AS sms_failed,
    coalesce(sum(n.opted_out), 0)::bigint AS sms_opted_out
FROM appointments a
JOIN places p ON p.id = a.place_id
JOIN organizations o ON o.id = p.organization_id
JOIN appointment_types t ON t.id = a.appointment_type_id
CROSS JOIN LATERAL (SELECT (a.starts_at AT TIME ZONE o.time_zone)::date
    - (a.created_at AT TIME ZONE o.time_zone)::date AS days) d
LEFT JOIN (SELECT appointment_id,
        count(*) FILTER (WHERE sent_at IS NOT NULL) AS sent,
        count(*) FILTER (WHERE state = 'delivered') AS delivered,
        count(*) FILTER (WHERE state = 'failed') AS failed,
        count(*) FILTER (WHERE state = 'unsent' AND unsent_reason = 'cannot_receive_sms')
            AS opted_out
    FROM notifications GROUP BY appointment_id) n ON n.appointment_id = a.id
WHERE $6::date IS NULL OR a.starts_at >= $6::date - 2
GROUP BY 1, 2, 3, 4, 5";

/// The columns of `stats_monthly`, in the order of [`COMPUTE`].
const COLUMNS: &str = "organization_id, month, appointment_type_id, place_id, agent_id, \
    convocations, canceled, fulfilled, no_show, excused, unknown, delay_seconds, legal_total, \
    legal_within, sms_sent, sms_delivered, sms_failed, sms_opted_out";

/// Rebuilds the figures as of `now` (past appointments still booked count as unknown) of
/// every month, or of the months from `from_month` on; returns the number of rows written.
pub async fn rebuild(
    conn: &mut AsyncPgConnection,
    now: DateTime<Utc>,
    delays: LegalDelays,
    from_month: Option<NaiveDate>,
) -> Result<usize, DbError> {
    conn.transaction::<_, DbError, _>(async |conn| {
        // Sorting three million appointments by group stays in memory.
        diesel::sql_query("SET LOCAL work_mem = '256MB'")
            .execute(conn)
            .await?;
        diesel::sql_query("LOCK TABLE stats_monthly IN EXCLUSIVE MODE")
            .execute(conn)
            .await?;
        diesel::sql_query(COMPUTE)
            .bind::<Timestamptz, _>(now)
            .bind::<Integer, _>(delays.sap.0)
            .bind::<Integer, _>(delays.sap.1)
            .bind::<Integer, _>(delays.spip.0)
            .bind::<Integer, _>(delays.spip.1)
            .bind::<Nullable<Date>, _>(from_month)
            .execute(conn)
            .await?;
        for delete in [
            "DELETE FROM stats_rebuild WHERE month < $1",
            "DELETE FROM stats_monthly WHERE $1::date IS NULL OR month >= $1",
        ] {
            diesel::sql_query(delete)
                .bind::<Nullable<Date>, _>(from_month)
                .execute(conn)
                .await?;
        }
        let rows = diesel::sql_query(format!(
            "INSERT INTO stats_monthly ({COLUMNS}) SELECT {COLUMNS} FROM stats_rebuild"
        ))
        .execute(conn)
        .await?;
        diesel::sql_query(
            "INSERT INTO stats_refreshes (id, refreshed_at) VALUES (true, $1) \
                 ON CONFLICT (id) DO UPDATE SET refreshed_at = EXCLUDED.refreshed_at",
        )
        .bind::<Timestamptz, _>(now)
        .execute(conn)
        .await?;
        Ok(rows)
    })
    .await
}
