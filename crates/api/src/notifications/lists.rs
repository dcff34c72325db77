//! `GET /api/v1/notifications/failing-numbers` and `GET /api/v1/notifications?gateway=outbox`.

use actix_web::http::StatusCode;
use actix_web::{get, web};
use msj_contract::Problem;
use msj_contract::notifications::{FailingNumber, OutboxMessage, OutboxPage};
use msj_domain::access::templates::{manage_templates, view_failing_numbers};
use serde::Deserialize;
use utoipa::IntoParams;
use uuid::Uuid;

use crate::ApiError;
use crate::app::AppState;
use crate::auth::Agent;
use crate::pagination::Page;

/// Which service.
#[derive(Debug, Deserialize, IntoParams)]
#[serde(deny_unknown_fields)]
pub struct ServiceQuery {
    /// The service (default: the caller's).
    organization_id: Option<Uuid>,
}

/// The numbers the gateway refused for good (codes 16 and 100) for the appointments at a
/// service's places: to correct them with the person. Central admins for any service, local
/// admins for their own.
#[utoipa::path(operation_id = "list_failing_numbers", tag = "notifications", security(("bearer" = [])),
    params(ServiceQuery),
    responses((status = 200, description = "Most recent first.", body = [FailingNumber]),
        (status = 403, description = "Admins and local admins only.", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "Another service (local admins).", body = Problem, content_type = "application/problem+json")))]
#[get("/notifications/failing-numbers")]
pub async fn failing_numbers(
    Agent(agent): Agent,
    state: web::Data<AppState>,
    query: web::Query<ServiceQuery>,
) -> Result<web::Json<Vec<FailingNumber>>, ApiError> {
    let organization = query.organization_id.unwrap_or(agent.organization.id);
    view_failing_numbers(&agent.actor(), organization).into_result()?;
    let mut conn = msj_db::pool::connection(&state.pool).await?;
    let rows = msj_db::notifications::failing_numbers(&mut conn, organization).await?;
    Ok(web::Json(
        rows.into_iter()
            .map(|row| FailingNumber {
                phone: row.phone,
                code: row.code,
                last_failure_at: row.last_failure_at,
                failures: row.failures,
                convict_id: row.convict_id.to_string(),
                convict_name: format!("{} {}", row.first_name, row.last_name),
            })
            .collect(),
    ))
}

/// Query of the outbox.
#[derive(Debug, Deserialize, IntoParams)]
#[serde(deny_unknown_fields)]
pub struct OutboxQuery {
    /// `outbox`: the development gateway's messages.
    gateway: String,
    /// Page number, from 1.
    page: Option<i64>,
    /// Page size (at most 100).
    per_page: Option<i64>,
}

/// The messages the development gateway kept instead of sending them (central admins).
#[utoipa::path(operation_id = "list_outbox_messages", tag = "notifications", security(("bearer" = [])),
    params(OutboxQuery),
    responses((status = 200, description = "Newest first.", body = OutboxPage),
        (status = 400, description = "`gateway` other than `outbox`.", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "Central admins only.", body = Problem, content_type = "application/problem+json")))]
#[get("/notifications")]
pub async fn outbox(
    Agent(agent): Agent,
    state: web::Data<AppState>,
    query: web::Query<OutboxQuery>,
) -> Result<web::Json<OutboxPage>, ApiError> {
    manage_templates(&agent.actor()).into_result()?;
    if query.gateway != "outbox" {
        return Err(ApiError::new(
            StatusCode::BAD_REQUEST,
            "invalid_query",
            "gateway : outbox.",
        ));
    }
    let page = Page::read(query.page, query.per_page)?;
    let mut conn = msj_db::pool::connection(&state.pool).await?;
    let (rows, total) =
        msj_db::notifications::outbox_page(&mut conn, page.size, page.offset()).await?;
    Ok(web::Json(OutboxPage {
        items: rows
            .into_iter()
            .map(|row| OutboxMessage {
                client_reference: row.client_reference.to_string(),
                destination: row.destination,
                sender: row.sender,
                message: row.message,
                accepted_at: row.accepted_at,
            })
            .collect(),
        total,
        page: page.number,
        per_page: page.size,
    }))
}
