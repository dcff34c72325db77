//! The audit log (`/api/v1/audit`).

use super::{ApiError, client};
use crate::session::Session;
use msj_contract::audit::AuditPage;

/// `GET /audit` with a ready query string (`?…` or empty).
pub async fn list(session: Session, query: String) -> Result<AuditPage, ApiError> {
    client::get(session, &format!("/audit{query}")).await
}
