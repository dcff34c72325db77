//! `POST /api/v1/users/{id}/unlock`.

use actix_web::{HttpResponse, post, web};
use msj_contract::Problem;
use msj_domain::access::impersonation::SensitiveAction;
use msj_domain::access::users::unlock_user;
use uuid::Uuid;

use super::dto;
use crate::ApiError;
use crate::app::AppState;
use crate::auth::Agent;

/// Unlocks an agent locked after too many failed sign-ins (central admin only).
#[utoipa::path(
    operation_id = "unlock_user",
    tag = "users",
    security(("bearer" = [])),
    params(("id" = String, Path, description = "Agent id.")),
    responses(
        (status = 204, description = "Unlocked; the failure counter is reset."),
        (status = 403, description = "Not the central admin.", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "Unknown agent.", body = Problem, content_type = "application/problem+json"),
    )
)]
#[post("/users/{id}/unlock")]
pub async fn unlock(
    Agent(agent): Agent,
    state: web::Data<AppState>,
    id: web::Path<Uuid>,
) -> Result<HttpResponse, ApiError> {
    agent.refuse_while_impersonating(SensitiveAction::UnlockAgent)?;
    let mut conn = msj_db::pool::connection(&state.pool).await?;
    let (row, target) = dto::target(&mut conn, id.into_inner()).await?;
    unlock_user(&agent.actor(), &target).into_result()?;
    msj_db::users::set_lock_state(&mut conn, row.id, 0, None).await?;
    Ok(HttpResponse::NoContent().finish())
}
