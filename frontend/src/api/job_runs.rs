//! Runs of the periodic jobs (`/api/v1/job-runs`).

use super::{ApiError, client};
use crate::session::Session;
use msj_contract::job_runs::JobRunPage;

/// `GET /job-runs` with a ready query string (`?…` or empty).
pub async fn list(session: Session, query: String) -> Result<JobRunPage, ApiError> {
    client::get(session, &format!("/job-runs{query}")).await
}
