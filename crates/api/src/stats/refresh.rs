//! The rebuild of the monthly figures: by the hourly job, and by `msj stats refresh`.

use chrono::{DateTime, Utc};
use msj_db::DbPool;
use msj_db::stats::LegalDelays;
use msj_domain::appointment_types::AppointmentTypeKey;
use msj_domain::slots::legal_delay_days;

use crate::ApiError;

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

/// Rebuilds the monthly figures as of `now`; returns the number of groups written.
pub async fn refresh(pool: &DbPool, now: DateTime<Utc>) -> Result<usize, ApiError> {
    let mut conn = msj_db::pool::connection(pool).await?;
    Ok(msj_db::stats::rebuild(&mut conn, now, legal_delays()).await?)
}

/// [`refresh`] now, on the database at `database_url` (the `msj stats refresh` command).
pub fn refresh_blocking(database_url: &str) -> Result<usize, String> {
    let url = database_url.to_owned();
    crate::cli::block_on(async move {
        let pool = msj_db::build_pool(&url, 1).map_err(|error| error.to_string())?;
        refresh(&pool, Utc::now())
            .await
            .map_err(|error| error.to_string())
    })?
}
