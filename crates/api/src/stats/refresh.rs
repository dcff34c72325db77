//! The rebuild of the monthly figures: by the hourly job, and by `msj stats refresh`.

use chrono::{DateTime, Utc};
use msj_db::DbPool;
use msj_db::stats::LegalDelays;
use msj_domain::appointment_types::AppointmentTypeKey;
use msj_domain::slots::legal_delay_days;
use msj_domain::stats::first_rebuilt_month;

use crate::ApiError;
use crate::jobs::{STATS_REFRESH, hour};

/// The domain's legal delays, in days, for the database.
fn legal_delays() -> LegalDelays {
    let days = |kind| {
        legal_delay_days(kind)
            .map(|(first, last)| (first as i32, last as i32))
            .unwrap_or((0, -1))
    };
    LegalDelays {
        sap: days(AppointmentTypeKey::SortieAudienceSap),
        spip: days(AppointmentTypeKey::SortieAudienceSpip),
    }
}

/// Rebuilds the monthly figures as of `now`: every month the first time, then the recent
/// months only (the domain's `first_rebuilt_month`; older figures stay as they were, even once
/// retention has deleted their appointments). Returns the number of groups written.
pub async fn refresh(pool: &DbPool, now: DateTime<Utc>) -> Result<usize, ApiError> {
    let mut conn = msj_db::pool::connection(pool).await?;
    let from_month = msj_db::stats::refreshed_at(&mut conn)
        .await?
        .map(|_| first_rebuilt_month(now.date_naive()));
    Ok(msj_db::stats::rebuild(&mut conn, now, legal_delays(), from_month).await?)
}

/// [`refresh`] now, recorded as this hour's run of the job (which then does not run again
/// before the next hour).
async fn refresh_now(pool: &DbPool) -> Result<usize, ApiError> {
    let now = Utc::now();
    let period = hour(now);
    let mut conn = msj_db::pool::connection(pool).await?;
    msj_db::jobs::claim_run(&mut conn, STATS_REFRESH, &period, now).await?;
    let groups = refresh(pool, now).await?;
    let report = serde_json::json!({ "groups": groups });
    msj_db::jobs::finish_run(&mut conn, STATS_REFRESH, &period, Utc::now(), report).await?;
    Ok(groups)
}

/// The `msj stats refresh` command, on the database at `database_url`.
pub fn refresh_blocking(database_url: &str) -> Result<usize, String> {
    let url = database_url.to_owned();
    crate::cli::block_on(async move {
        let pool = msj_db::build_pool(&url, 2).map_err(|error| error.to_string())?;
        refresh_now(&pool).await.map_err(|error| error.to_string())
    })?
}
