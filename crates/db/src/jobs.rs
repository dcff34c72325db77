//! Periodic jobs claim their period in `job_runs`: whichever process inserts the row runs it.

use chrono::{DateTime, Utc};
use diesel::prelude::*;
use diesel_async::{AsyncPgConnection, RunQueryDsl};

use crate::schema::job_runs;

/// Claims (`job`, `period`); `false` when another run already has it.
pub async fn claim_run(
    conn: &mut AsyncPgConnection,
    job: &str,
    period: &str,
    now: DateTime<Utc>,
) -> QueryResult<bool> {
    diesel::insert_into(job_runs::table)
        .values((
            job_runs::job.eq(job),
            job_runs::period.eq(period),
            job_runs::started_at.eq(now),
        ))
        .on_conflict_do_nothing()
        .execute(conn)
        .await
        .map(|inserted| inserted == 1)
}

/// Records the end of a claimed run and what it did.
pub async fn finish_run(
    conn: &mut AsyncPgConnection,
    job: &str,
    period: &str,
    now: DateTime<Utc>,
    report: serde_json::Value,
) -> QueryResult<()> {
    diesel::update(job_runs::table.find((job, period)))
        .set((job_runs::finished_at.eq(now), job_runs::report.eq(report)))
        .execute(conn)
        .await
        .map(drop)
}
