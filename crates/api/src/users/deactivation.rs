//! `POST` and `DELETE /api/v1/users/{id}/deactivation`: deactivating and reactivating an
//! agent.

use actix_web::{delete, post, web};
use chrono::{DateTime, Utc};
use diesel_async::AsyncConnection;
use msj_contract::Problem;
use msj_contract::users::User;
use msj_domain::access::impersonation::SensitiveAction;
use msj_domain::access::users::deactivate_user;
use uuid::Uuid;

use super::dto;
use crate::app::AppState;
use crate::auth::Agent;
use crate::auth::principal::AgentPrincipal;
use crate::{ApiError, audit};

/// Deactivates an agent: they can no longer sign in, their sessions are revoked and their
/// access tokens refused at once, and any impersonation by or of them ends. Same reach as
/// deleting an agent (central admin: anyone but themselves; local admins and directors of
/// greffe: the agents of their service their role reaches). Audited `user.deactivate`.
#[utoipa::path(
    operation_id = "deactivate_user",
    tag = "users",
    security(("bearer" = [])),
    params(("id" = String, Path, description = "Agent id.")),
    responses(
        (status = 200, description = "The agent, deactivated (already deactivated: unchanged).", body = User),
        (status = 403, description = "`cannot_deactivate_self`, `only_admins_deactivate_admins`, `forbidden` or `impersonation_forbidden`.", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "Unknown agent, or outside the caller's reach.", body = Problem, content_type = "application/problem+json"),
    )
)]
#[post("/users/{id}/deactivation")]
pub async fn deactivate(
    Agent(agent): Agent,
    state: web::Data<AppState>,
    id: web::Path<Uuid>,
) -> Result<web::Json<User>, ApiError> {
    let now = state.clock.now();
    set(&agent, &state, *id, Some(now)).await.map(web::Json)
}

/// Reactivates a deactivated agent: they may sign in again. Same reach as deactivating.
/// Audited `user.reactivate`.
#[utoipa::path(
    operation_id = "reactivate_user",
    tag = "users",
    security(("bearer" = [])),
    params(("id" = String, Path, description = "Agent id.")),
    responses(
        (status = 200, description = "The agent, active (already active: unchanged).", body = User),
        (status = 403, description = "`cannot_deactivate_self`, `only_admins_deactivate_admins`, `forbidden` or `impersonation_forbidden`.", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "Unknown agent, or outside the caller's reach.", body = Problem, content_type = "application/problem+json"),
    )
)]
#[delete("/users/{id}/deactivation")]
pub async fn reactivate(
    Agent(agent): Agent,
    state: web::Data<AppState>,
    id: web::Path<Uuid>,
) -> Result<web::Json<User>, ApiError> {
    set(&agent, &state, *id, None).await.map(web::Json)
}

async fn set(
    agent: &AgentPrincipal,
    state: &AppState,
    id: Uuid,
    deactivated_at: Option<DateTime<Utc>>,
) -> Result<User, ApiError> {
    agent.refuse_while_impersonating(SensitiveAction::DeactivateAgent)?;
    let mut conn = msj_db::pool::connection(&state.pool).await?;
    let (row, target) = dto::target(&mut conn, id).await?;
    deactivate_user(&agent.actor(), &target).into_result()?;
    let now = state.clock.now();
    conn.transaction::<_, ApiError, _>(async |conn| {
        if !msj_db::users::set_deactivated(conn, row.id, deactivated_at, now).await? {
            return Ok(());
        }
        let action = if deactivated_at.is_some() {
            msj_db::users::revoke_sessions(conn, row.id, now).await?;
            msj_db::impersonations::end_involving(conn, row.id, now).await?;
            "user.deactivate"
        } else {
            "user.reactivate"
        };
        audit::record(conn, agent, now, action, "user", Some(row.id)).await
    })
    .await?;
    let row = msj_db::users::find(&mut conn, row.id)
        .await?
        .ok_or_else(ApiError::not_found)?;
    Ok(dto::user(&row))
}
