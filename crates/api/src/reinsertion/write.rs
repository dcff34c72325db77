//! `POST /api/v1/reinsertion-resources`, `PUT` and `DELETE /api/v1/reinsertion-resources/{id}`.

use actix_web::{HttpResponse, delete, post, put, web};
use msj_contract::Problem;
use msj_contract::reinsertion::{ReinsertionResource, ReinsertionResourceInput};
use msj_db::reinsertion::ResourceRow;
use msj_domain::access::reinsertion::{edit_resource, manage_resources};
use uuid::Uuid;

use super::{dto, input};
use crate::ApiError;
use crate::app::AppState;
use crate::auth::Agent;
use crate::error::JsonBody;

/// Adds a resource: local admins for their service, the central admin for any service.
#[utoipa::path(operation_id = "create_reinsertion_resource", tag = "reinsertion", security(("bearer" = [])),
    request_body(content = ReinsertionResourceInput),
    responses((status = 201, description = "Created.", body = ReinsertionResource),
        (status = 403, description = "Local and central admins only; a local admin keeps the resources of their own service.", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "Invalid field.", body = Problem, content_type = "application/problem+json")))]
#[post("/reinsertion-resources")]
pub async fn create(
    Agent(agent): Agent,
    state: web::Data<AppState>,
    body: JsonBody<ReinsertionResourceInput>,
) -> Result<HttpResponse, ApiError> {
    manage_resources(&agent.actor()).into_result()?;
    let now = state.clock.now();
    let mut conn = msj_db::pool::connection(&state.pool).await?;
    let fields = input::read(&mut conn, &agent, &body.0, agent.organization.id, now).await?;
    let row = ResourceRow {
        id: Uuid::now_v7(),
        organization_id: fields.organization_id,
        departement: fields.departement,
        category: fields.category,
        title: fields.title,
        description: fields.description,
        url: fields.url,
        phone: fields.phone,
        address: fields.address,
        created_at: now,
        updated_at: now,
    };
    msj_db::reinsertion::insert(&mut conn, &row).await?;
    Ok(HttpResponse::Created().json(dto::resource(row, &agent.actor())))
}

/// Replaces the fields of a resource (same rules as creation).
#[utoipa::path(operation_id = "update_reinsertion_resource", tag = "reinsertion", security(("bearer" = [])),
    params(("id" = String, Path, description = "Resource id.")),
    request_body(content = ReinsertionResourceInput),
    responses((status = 200, description = "The resource as changed.", body = ReinsertionResource),
        (status = 403, description = "Not a resource the caller keeps.", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "Unknown resource.", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "Invalid field.", body = Problem, content_type = "application/problem+json")))]
#[put("/reinsertion-resources/{id}")]
pub async fn update(
    Agent(agent): Agent,
    state: web::Data<AppState>,
    id: web::Path<Uuid>,
    body: JsonBody<ReinsertionResourceInput>,
) -> Result<web::Json<ReinsertionResource>, ApiError> {
    let mut conn = msj_db::pool::connection(&state.pool).await?;
    let row = msj_db::reinsertion::find(&mut conn, *id)
        .await?
        .ok_or_else(ApiError::not_found)?;
    edit_resource(&agent.actor(), row.organization_id).into_result()?;
    let now = state.clock.now();
    let fields = input::read(&mut conn, &agent, &body.0, row.organization_id, now).await?;
    msj_db::reinsertion::update(&mut conn, row.id, &fields).await?;
    let row = msj_db::reinsertion::find(&mut conn, row.id)
        .await?
        .ok_or_else(ApiError::not_found)?;
    Ok(web::Json(dto::resource(row, &agent.actor())))
}

/// Deletes a resource (same rules as creation).
#[utoipa::path(operation_id = "delete_reinsertion_resource", tag = "reinsertion", security(("bearer" = [])),
    params(("id" = String, Path, description = "Resource id.")),
    responses((status = 204, description = "Deleted."),
        (status = 403, description = "Not a resource the caller keeps.", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "Unknown resource.", body = Problem, content_type = "application/problem+json")))]
#[delete("/reinsertion-resources/{id}")]
pub async fn delete(
    Agent(agent): Agent,
    state: web::Data<AppState>,
    id: web::Path<Uuid>,
) -> Result<HttpResponse, ApiError> {
    let mut conn = msj_db::pool::connection(&state.pool).await?;
    let row = msj_db::reinsertion::find(&mut conn, *id)
        .await?
        .ok_or_else(ApiError::not_found)?;
    edit_resource(&agent.actor(), row.organization_id).into_result()?;
    msj_db::reinsertion::delete(&mut conn, row.id).await?;
    Ok(HttpResponse::NoContent().finish())
}
