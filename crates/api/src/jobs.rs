//! Periodic jobs (ARCHITECTURE "Jobs"): each claims its period in `job_runs` first, so that
//! when several processes run the loop each period runs once. A run that dies half-way is not
//! retried for that period; the jobs are idempotent and the next period catches up.

use std::time::Duration;

use chrono::{DateTime, Utc};
use msj_db::DbPool;

use crate::ApiError;
use crate::clock::Clock;
use crate::divestments::run_stalled;
use crate::retention::{archive_idle, delete_archived, purge_audit};
use crate::slots::generate_parallel;
pub use msj_domain::jobs::{
    DAILY, IDEMPOTENCY_PURGE, RETENTION_ARCHIVE, RETENTION_AUDIT, RETENTION_DELETE,
    SLOT_GENERATION, STALLED_DIVESTMENTS, STATS_REFRESH,
};

/// Pause between two looks at the clock.
const POLL: Duration = Duration::from_secs(60);

/// The period of a daily job at `now`: the UTC date.
fn day(now: DateTime<Utc>) -> String {
    now.date_naive().to_string()
}

/// The period of an hourly job at `now`: the UTC date and hour.
pub fn hour(now: DateTime<Utc>) -> String {
    now.format("%Y-%m-%dT%H").to_string()
}

/// Runs the jobs whose period has come and nobody claimed; returns their names. `public_url`
/// starts the links of the emails.
pub async fn run_due(
    pool: &DbPool,
    clock: &Clock,
    public_url: &str,
) -> Result<Vec<&'static str>, ApiError> {
    let now = clock.now();
    let mut conn = msj_db::pool::connection(pool).await?;
    let mut ran = Vec::new();
    let daily = DAILY.map(|job| (job, day(now)));
    for (job, period) in daily.into_iter().chain([(STATS_REFRESH, hour(now))]) {
        if !msj_db::jobs::claim_run(&mut conn, job, &period, now).await? {
            continue;
        }
        let report = match job {
            SLOT_GENERATION => {
                serde_json::to_value(generate_parallel(pool, now, &|_, _| {}).await?)
            }
            STALLED_DIVESTMENTS => {
                serde_json::to_value(run_stalled(&mut conn, public_url, now).await?)
            }
            STATS_REFRESH => Ok(serde_json::json!({
                "groups": crate::stats::refresh(pool, now).await?
            })),
            IDEMPOTENCY_PURGE => Ok(serde_json::json!({
                "purged": msj_db::idempotency::purge(&mut conn, now).await?
            })),
            RETENTION_ARCHIVE => serde_json::to_value(archive_idle(&mut conn, now).await?),
            RETENTION_DELETE => serde_json::to_value(delete_archived(&mut conn, now).await?),
            _ => serde_json::to_value(purge_audit(&mut conn, now).await?),
        }
        .unwrap_or_default();
        tracing::info!(job, %period, %report, "job done");
        msj_db::jobs::finish_run(&mut conn, job, &period, clock.now(), report).await?;
        ran.push(job);
    }
    Ok(ran)
}

/// Runs forever: the due jobs, then a pause.
pub async fn run(pool: DbPool, clock: Clock, public_url: String) {
    loop {
        if let Err(error) = run_due(&pool, &clock, &public_url).await {
            tracing::error!(%error, "jobs");
        }
        tokio::time::sleep(POLL).await;
    }
}
