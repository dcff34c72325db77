//! Data retention (SPEC §9, features §2.15): a probationer with no convocation and no change of
//! service for 12 months is archived; an archived record is deleted 6 months later with its
//! convocations, SMS and history; audit entries are kept one year. The daily jobs pass the
//! boundaries computed here to their SQL.

use chrono::{DateTime, Months, Utc};

/// Months without convocation nor change of service before a record is archived.
pub const IDLE_MONTHS: u32 = 12;
/// Months an archived record is kept before it is deleted.
pub const ARCHIVED_MONTHS: u32 = 6;
/// Months audit entries are kept (one year).
pub const AUDIT_MONTHS: u32 = 12;
/// Records archived or deleted per transaction.
pub const BATCH: i64 = 5_000;

fn months_before(now: DateTime<Utc>, months: u32) -> DateTime<Utc> {
    now.checked_sub_months(Months::new(months))
        .unwrap_or(DateTime::<Utc>::MIN_UTC)
}

/// The archiving boundary at `now`: activity on or after it keeps a record open.
pub fn idle_since(now: DateTime<Utc>) -> DateTime<Utc> {
    months_before(now, IDLE_MONTHS)
}

/// Records archived before this instant are deleted at `now`.
pub fn deletable_before(now: DateTime<Utc>) -> DateTime<Utc> {
    months_before(now, ARCHIVED_MONTHS)
}

/// Audit entries that occurred before this instant are purged at `now`.
pub fn audit_kept_since(now: DateTime<Utc>) -> DateTime<Utc> {
    months_before(now, AUDIT_MONTHS)
}

/// What the archiving looks at for one open record.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Activity {
    /// When the record was created.
    pub created_at: DateTime<Utc>,
    /// The latest convocation (past or to come), if any.
    pub last_appointment: Option<DateTime<Utc>>,
    /// The latest link to a service (the latest change of service).
    pub last_service_link: Option<DateTime<Utc>>,
    /// A transfer between services awaits an answer.
    pub pending_transfer: bool,
}

/// Whether an open record is archived at `now`: created 12 months ago or more, no convocation
/// and no service link on or after that boundary, and no pending transfer.
pub fn archives(activity: &Activity, now: DateTime<Utc>) -> bool {
    let since = idle_since(now);
    let before = |at: Option<DateTime<Utc>>| at.is_none_or(|at| at < since);
    !activity.pending_transfer
        && activity.created_at <= since
        && before(activity.last_appointment)
        && before(activity.last_service_link)
}

/// Whether a record archived at `archived_at` is deleted at `now`.
pub fn deletes(archived_at: DateTime<Utc>, now: DateTime<Utc>) -> bool {
    archived_at < deletable_before(now)
}

/// Whether an audit entry of `occurred_at` is purged at `now`.
pub fn purges_audit(occurred_at: DateTime<Utc>, now: DateTime<Utc>) -> bool {
    occurred_at < audit_kept_since(now)
}

#[cfg(test)]
mod tests;
