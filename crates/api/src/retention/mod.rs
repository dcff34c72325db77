//! The daily retention jobs (SPEC §9, features §2.15): archive the records idle for 12
//! months, delete those archived for more than 6 months, purge the audit entries older than
//! one year. The rules and boundaries are msj-domain's; the work is set-based SQL in batches.

mod runs;

pub use runs::{
    ArchiveReport, AuditPurgeReport, DeleteReport, archive_idle, delete_archived, purge_audit,
};

/// The three jobs at once, now, on the database at `database_url` (`msj retention run`).
pub fn run_blocking(
    database_url: &str,
) -> Result<(ArchiveReport, DeleteReport, AuditPurgeReport), String> {
    let url = database_url.to_owned();
    crate::cli::block_on(async move {
        let pool = msj_db::build_pool(&url, 1).map_err(|error| error.to_string())?;
        let mut conn = msj_db::pool::connection(&pool)
            .await
            .map_err(|error| error.to_string())?;
        let now = chrono::Utc::now();
        let text = |error: crate::ApiError| error.to_string();
        let archive = archive_idle(&mut conn, now).await.map_err(text)?;
        let delete = delete_archived(&mut conn, now).await.map_err(text)?;
        let audit = purge_audit(&mut conn, now).await.map_err(text)?;
        Ok((archive, delete, audit))
    })?
}
