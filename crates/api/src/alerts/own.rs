//! `GET /api/v1/alerts/unread` and `POST /api/v1/alerts/{id}/read`: the alerts meant for the
//! caller, and marking one read.

use actix_web::{HttpResponse, get, post, web};
use msj_contract::Problem;
use msj_contract::alerts::Alert;
use msj_db::alerts::AlertRow;
use msj_domain::access::alerts::read_own_alerts;
use msj_domain::alerts::concerns;
use msj_domain::roles::Role;
use uuid::Uuid;

use super::dto;
use crate::ApiError;
use crate::app::AppState;
use crate::auth::Agent;
use crate::auth::principal::AgentPrincipal;

/// Whether `row` is meant for `agent`.
fn for_agent(row: &AlertRow, agent: &AgentPrincipal) -> bool {
    match row.role.as_deref().map(str::parse::<Role>).transpose() {
        Ok(role) => concerns(
            row.organization_id.as_ref(),
            role,
            &agent.organization.id,
            agent.role,
        ),
        Err(_) => false,
    }
}

/// The alerts meant for the caller (their service or all, their role or all) that they have
/// not marked read, newest first.
#[utoipa::path(operation_id = "list_unread_alerts", tag = "alerts", security(("bearer" = [])),
    responses((status = 200, description = "Unread alerts.", body = Vec<Alert>),
        (status = 403, description = "The security charter is not accepted.", body = Problem, content_type = "application/problem+json")))]
#[get("/alerts/unread")]
pub async fn unread(
    Agent(agent): Agent,
    state: web::Data<AppState>,
) -> Result<web::Json<Vec<Alert>>, ApiError> {
    read_own_alerts(&agent.actor()).into_result()?;
    let mut conn = msj_db::pool::connection(&state.pool).await?;
    let rows = msj_db::alerts::unread(&mut conn, agent.user.id).await?;
    Ok(web::Json(
        rows.into_iter()
            .filter(|row| for_agent(row, &agent))
            .map(dto::alert)
            .collect(),
    ))
}

/// Marks an alert read for the caller; again changes nothing.
#[utoipa::path(operation_id = "mark_alert_read", tag = "alerts", security(("bearer" = [])),
    params(("id" = String, Path, description = "Alert id.")),
    responses((status = 204, description = "Read."),
        (status = 403, description = "The security charter is not accepted.", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "Unknown alert, or not meant for the caller.", body = Problem, content_type = "application/problem+json")))]
#[post("/alerts/{id}/read")]
pub async fn mark_read(
    Agent(agent): Agent,
    state: web::Data<AppState>,
    id: web::Path<Uuid>,
) -> Result<HttpResponse, ApiError> {
    read_own_alerts(&agent.actor()).into_result()?;
    let mut conn = msj_db::pool::connection(&state.pool).await?;
    let row = msj_db::alerts::find(&mut conn, *id)
        .await?
        .filter(|row| for_agent(row, &agent))
        .ok_or_else(ApiError::not_found)?;
    msj_db::alerts::mark_read(&mut conn, row.id, agent.user.id, state.clock.now()).await?;
    Ok(HttpResponse::NoContent().finish())
}
