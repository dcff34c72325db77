//! One run of each retention job, batch after batch, with its counts.

use chrono::{DateTime, Utc};
use msj_db::AsyncPgConnection;
use msj_db::retention::{ArchiveItem, archive_batch, delete_batch, purge_audit_batch};
use msj_domain::history::{HistoryEvent, texts};
use msj_domain::retention::{BATCH, audit_kept_since, deletable_before, idle_since};
use serde::Serialize;
use uuid::Uuid;

use crate::ApiError;

/// Audit entries deleted per statement.
const AUDIT_BATCH: i64 = BATCH * 10;

/// What the archiving did.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct ArchiveReport {
    /// Records archived.
    pub archived: i64,
}

/// What the deletion did.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct DeleteReport {
    /// Records deleted.
    pub deleted: i64,
    /// Their convocations (with their SMS and history).
    pub appointments: i64,
}

/// What the audit purge did.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct AuditPurgeReport {
    /// Audit entries deleted.
    pub purged: i64,
}

/// Archives at `now` the records idle for 12 months, each with its history item.
pub async fn archive_idle(
    conn: &mut AsyncPgConnection,
    now: DateTime<Utc>,
) -> Result<ArchiveReport, ApiError> {
    let event = HistoryEvent::ArchiveConvict;
    let content = texts::archived_when_idle();
    let item = ArchiveItem {
        category: event.category().key(),
        event: event.key(),
        content: &content,
    };
    let since = idle_since(now);
    let mut report = ArchiveReport::default();
    let mut after = Uuid::nil();
    loop {
        let batch = archive_batch(conn, since, now, after, BATCH, item).await?;
        report.archived += batch.archived;
        match batch.last {
            Some(last) if batch.selected == BATCH => after = last,
            _ => return Ok(report),
        }
    }
}

/// Deletes at `now` the records archived more than 6 months ago, with their convocations.
pub async fn delete_archived(
    conn: &mut AsyncPgConnection,
    now: DateTime<Utc>,
) -> Result<DeleteReport, ApiError> {
    let before = deletable_before(now);
    let mut report = DeleteReport::default();
    loop {
        let batch = delete_batch(conn, before, now, BATCH).await?;
        report.deleted += batch.convicts;
        report.appointments += batch.appointments;
        if batch.selected < BATCH {
            return Ok(report);
        }
    }
}

/// Purges at `now` the audit entries older than one year.
pub async fn purge_audit(
    conn: &mut AsyncPgConnection,
    now: DateTime<Utc>,
) -> Result<AuditPurgeReport, ApiError> {
    let before = audit_kept_since(now);
    let mut report = AuditPurgeReport::default();
    loop {
        let purged = i64::try_from(purge_audit_batch(conn, before, AUDIT_BATCH).await?)
            .unwrap_or(AUDIT_BATCH);
        report.purged += purged;
        if purged < AUDIT_BATCH {
            return Ok(report);
        }
    }
}
