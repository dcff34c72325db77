//! `POST /api/v1/users/{id}/impersonation`.

use actix_web::http::StatusCode;
use actix_web::{post, web};
use diesel_async::AsyncConnection;
use msj_contract::Problem;
use msj_contract::auth::SessionResponse;
use msj_db::impersonations::ImpersonationRow;
use msj_domain::access::impersonation::{ImpersonationTarget, SensitiveAction, impersonate};
use msj_domain::roles::Role;
use uuid::Uuid;

use super::acting_answer;
use crate::app::AppState;
use crate::auth::Agent;
use crate::{ApiError, audit};

/// « Se connecter en tant que cet agent »: the central administrator acts as the agent until
/// they stop. The answer holds an access token acting as the agent; the refresh cookie is
/// unchanged (still the administrator's session). Audited `user.impersonate_start`.
#[utoipa::path(
    operation_id = "start_impersonation",
    tag = "users",
    security(("bearer" = [])),
    params(("id" = String, Path, description = "The agent to act as.")),
    responses(
        (status = 200, description = "Acting as the agent: their access token, and the agent with `impersonated_by`.", body = SessionResponse),
        (status = 403, description = "`forbidden` (not the central admin), `cannot_impersonate_admin`, `cannot_impersonate_self`, `agent_deactivated`, or `impersonation_forbidden` (already acting as an agent).", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "Unknown agent, or an API token's account.", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "`impersonation_in_progress`: this session already acts as an agent.", body = Problem, content_type = "application/problem+json"),
    )
)]
#[post("/users/{id}/impersonation")]
pub async fn start(
    Agent(admin): Agent,
    state: web::Data<AppState>,
    id: web::Path<Uuid>,
) -> Result<web::Json<SessionResponse>, ApiError> {
    admin.refuse_while_impersonating(SensitiveAction::StartImpersonation)?;
    let mut conn = msj_db::pool::connection(&state.pool).await?;
    let (agent, organization) = msj_db::users::find_with_organization(&mut conn, *id)
        .await?
        .ok_or_else(ApiError::not_found)?;
    let target = ImpersonationTarget {
        user_id: agent.id,
        role: agent.role.parse::<Role>().map_err(ApiError::internal)?,
        api_client: agent.api_client,
        deactivated: agent.deactivated_at.is_some(),
    };
    impersonate(&admin.actor(), &target).into_result()?;
    let now = state.clock.now();
    let row = ImpersonationRow {
        id: Uuid::now_v7(),
        admin_id: admin.user.id,
        agent_id: agent.id,
        session_id: admin.session_id,
        started_at: now,
        ended_at: None,
    };
    conn.transaction::<_, ApiError, _>(async |conn| {
        if !msj_db::impersonations::start(conn, &row).await? {
            return Err(ApiError::new(
                StatusCode::CONFLICT,
                "impersonation_in_progress",
                "Vous êtes déjà connecté(e) en tant qu'un agent : revenez d'abord à votre compte.",
            ));
        }
        audit::record(
            conn,
            &admin,
            now,
            "user.impersonate_start",
            "user",
            Some(agent.id),
        )
        .await
    })
    .await?;
    let answer = acting_answer(
        &state,
        &admin.user,
        (&agent, &organization),
        admin.session_id,
        row.id,
        now,
    )?;
    Ok(web::Json(answer))
}
