//! `DELETE /api/v1/users/{id}/impersonation`: « Revenir à mon compte ».

use actix_web::{delete, web};
use msj_contract::Problem;
use msj_contract::auth::SessionResponse;
use uuid::Uuid;

use crate::app::AppState;
use crate::auth::SignedIn;
use crate::auth::jwt::AgentToken;
use crate::auth::session::{current_user, response};
use crate::{ApiError, audit};

/// Stops acting as the agent `id`: the impersonation ends at once (its access tokens are
/// refused from now on) and the answer is the administrator's own access. Audited
/// `user.impersonate_stop`. Open even when the agent has not accepted the security charter
/// (the administrator must always be able to come back).
#[utoipa::path(
    operation_id = "stop_impersonation",
    tag = "users",
    security(("bearer" = [])),
    params(("id" = String, Path, description = "The agent acted as.")),
    responses(
        (status = 200, description = "Back to the administrator's own account.", body = SessionResponse),
        (status = 401, description = "The impersonation was already stopped.", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "`no_impersonation`: the caller is not acting as this agent.", body = Problem, content_type = "application/problem+json"),
    )
)]
#[delete("/users/{id}/impersonation")]
pub async fn stop(
    SignedIn(agent): SignedIn,
    state: web::Data<AppState>,
    id: web::Path<Uuid>,
) -> Result<web::Json<SessionResponse>, ApiError> {
    let impersonation = agent
        .impersonation
        .as_ref()
        .filter(|_| agent.user.id == *id)
        .ok_or_else(|| {
            ApiError::new(
                actix_web::http::StatusCode::NOT_FOUND,
                "no_impersonation",
                "Vous n'êtes pas connecté(e) en tant que cet agent.",
            )
        })?;
    let now = state.clock.now();
    let mut conn = msj_db::pool::connection(&state.pool).await?;
    if msj_db::impersonations::end(&mut conn, impersonation.id, now).await? {
        audit::record(
            &mut conn,
            &agent,
            now,
            "user.impersonate_stop",
            "user",
            Some(*id),
        )
        .await?;
    }
    let (admin, organization) =
        msj_db::users::find_with_organization(&mut conn, impersonation.admin.id)
            .await?
            .ok_or_else(ApiError::not_found)?;
    let said = AgentToken {
        sub: admin.id,
        sid: agent.session_id,
        imp: None,
    };
    Ok(web::Json(response(
        &state,
        said,
        current_user(&admin, &organization),
        now,
    )?))
}
