//! Runs of the periodic jobs: `GET /api/v1/job-runs` (admins).

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

/// One run of a periodic job.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[cfg_attr(feature = "openapi", schema(example = json!({
    "job": "retention.archive", "label": "Archivage des dossiers inactifs", "period": "2027-03-01",
    "started_at": "2027-03-01T00:00:05Z", "finished_at": "2027-03-01T00:00:07Z",
    "counts": [{"key": "archived", "label": "Dossiers archivés", "value": 42}]
})))]
pub struct JobRun {
    /// Job key (`slots.generate`, `divestments.stalled`, `idempotency.purge`,
    /// `retention.archive`, `retention.delete`, `retention.audit`).
    pub job: String,
    /// French name of the job.
    pub label: String,
    /// The period the run claimed (the UTC date of a daily job).
    pub period: String,
    /// When it started.
    pub started_at: DateTime<Utc>,
    /// When it finished; absent while it runs or when it stopped half-way.
    pub finished_at: Option<DateTime<Utc>>,
    /// What it did (empty until it finished).
    pub counts: Vec<JobCount>,
}

/// One count of a run's report.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct JobCount {
    /// Key in the report (`archived`, `deleted`, `appointments`, `purged`, `created`…).
    pub key: String,
    /// French name.
    pub label: String,
    /// How many.
    pub value: i64,
}

/// A page of runs, newest first.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct JobRunPage {
    /// Runs of this page.
    pub items: Vec<JobRun>,
    /// How many in all.
    pub total: i64,
    /// Page number, from 1.
    pub page: i64,
    /// Page size.
    pub per_page: i64,
}
