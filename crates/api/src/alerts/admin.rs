//! `GET` and `POST /api/v1/alerts`, `PUT` and `DELETE /api/v1/alerts/{id}` (central admins).

use actix_web::{HttpResponse, delete, get, post, put, web};
use msj_contract::Problem;
use msj_contract::alerts::{Alert, AlertInput, AlertPage};
use msj_db::alerts::AlertRow;
use msj_domain::access::alerts::manage_alerts;
use serde::Deserialize;
use uuid::Uuid;

use super::{dto, input};
use crate::ApiError;
use crate::app::AppState;
use crate::audit;
use crate::auth::Agent;
use crate::error::JsonBody;
use crate::pagination::Page;

/// Page of the list.
#[derive(Debug, Deserialize, utoipa::IntoParams)]
#[serde(deny_unknown_fields)]
pub struct AlertQuery {
    /// Page number, from 1.
    page: Option<i64>,
    /// Page size (at most 100).
    per_page: Option<i64>,
}

/// Every alert, newest first.
#[utoipa::path(operation_id = "list_alerts", tag = "alerts", security(("bearer" = [])),
    params(AlertQuery),
    responses((status = 200, description = "A page of alerts.", body = AlertPage),
        (status = 400, description = "Bad page.", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "Central admins only.", body = Problem, content_type = "application/problem+json")))]
#[get("/alerts")]
pub async fn list(
    Agent(agent): Agent,
    state: web::Data<AppState>,
    query: web::Query<AlertQuery>,
) -> Result<web::Json<AlertPage>, ApiError> {
    manage_alerts(&agent.actor()).into_result()?;
    let page = Page::read(query.page, query.per_page)?;
    let mut conn = msj_db::pool::connection(&state.pool).await?;
    let (rows, total) = msj_db::alerts::page(&mut conn, page.size, page.offset()).await?;
    Ok(web::Json(AlertPage {
        items: rows.into_iter().map(dto::alert).collect(),
        total,
        page: page.number,
        per_page: page.size,
    }))
}

/// Broadcasts an alert to the agents of a service (or all) with a role (or all).
#[utoipa::path(operation_id = "create_alert", tag = "alerts", security(("bearer" = [])),
    request_body(content = AlertInput),
    responses((status = 201, description = "Created.", body = Alert),
        (status = 403, description = "Central admins only.", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "Invalid field (`required`, `too_long`, `invalid_kind`, `invalid_role`, `invalid_id`).", body = Problem, content_type = "application/problem+json")))]
#[post("/alerts")]
pub async fn create(
    Agent(agent): Agent,
    state: web::Data<AppState>,
    body: JsonBody<AlertInput>,
) -> Result<HttpResponse, ApiError> {
    manage_alerts(&agent.actor()).into_result()?;
    let now = state.clock.now();
    let mut conn = msj_db::pool::connection(&state.pool).await?;
    let fields = input::read(&mut conn, &body.0, now).await?;
    let row = AlertRow {
        id: Uuid::now_v7(),
        title: fields.title,
        body: fields.body,
        kind: fields.kind,
        organization_id: fields.organization_id,
        role: fields.role,
        created_by: Some(agent.user.id),
        created_at: now,
        updated_at: now,
    };
    msj_db::alerts::insert(&mut conn, &row).await?;
    audit::record(
        &mut conn,
        &agent,
        now,
        "alert.create",
        "alert",
        Some(row.id),
    )
    .await?;
    Ok(HttpResponse::Created().json(dto::alert(row)))
}

/// Replaces an alert's fields (same rules as creation); agents who read it see it no more.
#[utoipa::path(operation_id = "update_alert", tag = "alerts", security(("bearer" = [])),
    params(("id" = String, Path, description = "Alert id.")),
    request_body(content = AlertInput),
    responses((status = 200, description = "The alert as changed.", body = Alert),
        (status = 403, description = "Central admins only.", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "Unknown alert.", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "Invalid field.", body = Problem, content_type = "application/problem+json")))]
#[put("/alerts/{id}")]
pub async fn update(
    Agent(agent): Agent,
    state: web::Data<AppState>,
    id: web::Path<Uuid>,
    body: JsonBody<AlertInput>,
) -> Result<web::Json<Alert>, ApiError> {
    manage_alerts(&agent.actor()).into_result()?;
    let now = state.clock.now();
    let mut conn = msj_db::pool::connection(&state.pool).await?;
    let fields = input::read(&mut conn, &body.0, now).await?;
    let row = msj_db::alerts::update(&mut conn, *id, &fields)
        .await?
        .ok_or_else(ApiError::not_found)?;
    audit::record(
        &mut conn,
        &agent,
        now,
        "alert.update",
        "alert",
        Some(row.id),
    )
    .await?;
    Ok(web::Json(dto::alert(row)))
}

/// Deletes an alert: nobody sees it any more.
#[utoipa::path(operation_id = "delete_alert", tag = "alerts", security(("bearer" = [])),
    params(("id" = String, Path, description = "Alert id.")),
    responses((status = 204, description = "Deleted."),
        (status = 403, description = "Central admins only.", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "Unknown alert.", body = Problem, content_type = "application/problem+json")))]
#[delete("/alerts/{id}")]
pub async fn delete(
    Agent(agent): Agent,
    state: web::Data<AppState>,
    id: web::Path<Uuid>,
) -> Result<HttpResponse, ApiError> {
    manage_alerts(&agent.actor()).into_result()?;
    let mut conn = msj_db::pool::connection(&state.pool).await?;
    if !msj_db::alerts::delete(&mut conn, *id).await? {
        return Err(ApiError::not_found());
    }
    let now = state.clock.now();
    audit::record(&mut conn, &agent, now, "alert.delete", "alert", Some(*id)).await?;
    Ok(HttpResponse::NoContent().finish())
}
