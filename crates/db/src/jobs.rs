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

/// One run of a periodic job.
#[derive(Debug, Clone, PartialEq, Queryable, Selectable)]
#[diesel(table_name = job_runs)]
pub struct JobRunRow {
    /// Job key (`slots.generate`, `retention.archive`…).
    pub job: String,
    /// The period claimed (the UTC date of a daily job).
    pub period: String,
    /// When it started.
    pub started_at: DateTime<Utc>,
    /// When it finished; `None` while running, or when it died half-way.
    pub finished_at: Option<DateTime<Utc>>,
    /// What it did (counts).
    pub report: Option<serde_json::Value>,
}

/// A page of runs, newest first, and the total.
pub async fn page(
    conn: &mut AsyncPgConnection,
    limit: i64,
    offset: i64,
) -> QueryResult<(Vec<JobRunRow>, i64)> {
    let rows = job_runs::table
        .order((job_runs::started_at.desc(), job_runs::job))
        .select(JobRunRow::as_select())
        .limit(limit)
        .offset(offset)
        .load(conn)
        .await?;
    let total = job_runs::table.count().get_result(conn).await?;
    Ok((rows, total))
}
