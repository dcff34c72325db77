//! `GET` and `DELETE /api/v1/users/{id}`.

use actix_web::{HttpResponse, delete, get, web};
use msj_contract::Problem;
use msj_contract::users::User;
use msj_domain::access::impersonation::SensitiveAction;
use msj_domain::access::users::{delete_user, view_user};
use uuid::Uuid;

use super::dto;
use crate::ApiError;
use crate::app::AppState;
use crate::auth::Agent;

/// An agent's profile: oneself, or an agent the caller manages.
#[utoipa::path(
    operation_id = "get_user",
    tag = "users",
    security(("bearer" = [])),
    params(("id" = String, Path, description = "Agent id.")),
    responses(
        (status = 200, description = "The agent.", body = User),
        (status = 404, description = "Unknown agent, or outside the caller's reach.", body = Problem, content_type = "application/problem+json"),
    )
)]
#[get("/users/{id}")]
pub async fn show(
    Agent(agent): Agent,
    state: web::Data<AppState>,
    id: web::Path<Uuid>,
) -> Result<web::Json<User>, ApiError> {
    let mut conn = msj_db::pool::connection(&state.pool).await?;
    let (row, target) = dto::target(&mut conn, id.into_inner()).await?;
    view_user(&agent.actor(), &target).into_result()?;
    Ok(web::Json(dto::user(&row)))
}

/// Deletes an agent: never oneself; only the central admin deletes admins; local admins and
/// directors of greffe in their service, within the roles they may give.
#[utoipa::path(
    operation_id = "delete_user",
    tag = "users",
    security(("bearer" = [])),
    params(("id" = String, Path, description = "Agent id.")),
    responses(
        (status = 204, description = "Deleted."),
        (status = 403, description = "`cannot_delete_self`, `only_admins_delete_admins` or `forbidden`.", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "Unknown agent, or outside the caller's reach.", body = Problem, content_type = "application/problem+json"),
    )
)]
#[delete("/users/{id}")]
pub async fn remove(
    Agent(agent): Agent,
    state: web::Data<AppState>,
    id: web::Path<Uuid>,
) -> Result<HttpResponse, ApiError> {
    agent.refuse_while_impersonating(SensitiveAction::DeleteAgent)?;
    let mut conn = msj_db::pool::connection(&state.pool).await?;
    let (row, target) = dto::target(&mut conn, id.into_inner()).await?;
    delete_user(&agent.actor(), &target).into_result()?;
    msj_db::users::delete(&mut conn, row.id).await?;
    Ok(HttpResponse::NoContent().finish())
}
