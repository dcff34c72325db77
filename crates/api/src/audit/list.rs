//! `GET /api/v1/audit`.

use actix_web::{get, web};
use chrono::{DateTime, Utc};
use msj_contract::Problem;
use msj_contract::audit::{AuditEvent, AuditPage};
use msj_db::audit::AuditFilter;
use msj_domain::access::audit::read_audit;
use serde::Deserialize;
use uuid::Uuid;

use crate::ApiError;
use crate::app::AppState;
use crate::auth::Agent;
use crate::pagination::Page;

/// Filters of the audit log.
#[derive(Debug, Deserialize, utoipa::IntoParams)]
#[serde(deny_unknown_fields)]
pub struct AuditQuery {
    /// Events of this agent (as actor or real actor).
    actor_id: Option<Uuid>,
    /// Events about this object.
    object_id: Option<Uuid>,
    /// This action only (`convict.read`, `appointment.cancel`…).
    action: Option<String>,
    /// From this instant (RFC 3339).
    from: Option<DateTime<Utc>>,
    /// Before this instant (RFC 3339).
    until: Option<DateTime<Utc>>,
    /// Page number, from 1.
    page: Option<i64>,
    /// Page size (at most 100).
    per_page: Option<i64>,
}

/// Who read or changed what, newest first (central admins). Entries are kept one year.
#[utoipa::path(operation_id = "list_audit_events", tag = "audit", security(("bearer" = [])),
    params(AuditQuery),
    responses((status = 200, description = "A page of events.", body = AuditPage),
        (status = 403, description = "Central admins only.", body = Problem, content_type = "application/problem+json")))]
#[get("/audit")]
pub async fn list(
    Agent(agent): Agent,
    state: web::Data<AppState>,
    query: web::Query<AuditQuery>,
) -> Result<web::Json<AuditPage>, ApiError> {
    read_audit(&agent.actor()).into_result()?;
    let query = query.into_inner();
    let page = Page::read(query.page, query.per_page)?;
    let filter = AuditFilter {
        actor_id: query.actor_id,
        object_id: query.object_id,
        action: query.action,
        from: query.from,
        until: query.until,
    };
    let mut conn = msj_db::pool::connection(&state.pool).await?;
    let (rows, total) = msj_db::audit::page(&mut conn, &filter, page.size, page.offset()).await?;
    let id = |id: Option<Uuid>| id.map(|id| id.to_string());
    Ok(web::Json(AuditPage {
        items: rows
            .into_iter()
            .map(|row| AuditEvent {
                id: row.id.to_string(),
                occurred_at: row.occurred_at,
                actor_id: id(row.actor_id),
                real_actor_id: id(row.real_actor_id),
                organization_id: id(row.organization_id),
                ip: row.ip,
                action: row.action,
                object_type: row.object_type,
                object_id: id(row.object_id),
            })
            .collect(),
        total,
        page: page.number,
        per_page: page.size,
    }))
}
