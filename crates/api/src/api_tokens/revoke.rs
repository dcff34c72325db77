//! `DELETE /api/v1/api-tokens/{id}`.

use actix_web::{HttpResponse, delete, web};
use msj_contract::Problem;
use msj_domain::access::api_tokens::revoke_api_token;
use msj_domain::access::impersonation::SensitiveAction;
use uuid::Uuid;

use crate::app::AppState;
use crate::auth::Agent;
use crate::{ApiError, audit};

/// Revokes a token: it stops working at once. Revoking it again changes nothing (the first
/// revocation time stays).
#[utoipa::path(
    operation_id = "revoke_api_token",
    tag = "api_tokens",
    security(("bearer" = [])),
    params(("id" = Uuid, Path, description = "The token.")),
    responses(
        (status = 204, description = "Revoked (or already revoked)."),
        (status = 403, description = "The caller manages no tokens.", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "Unknown token, or of another service.", body = Problem, content_type = "application/problem+json"),
    )
)]
#[delete("/api-tokens/{id}")]
pub async fn revoke(
    Agent(agent): Agent,
    state: web::Data<AppState>,
    id: web::Path<Uuid>,
) -> Result<HttpResponse, ApiError> {
    agent.refuse_while_impersonating(SensitiveAction::RevokeApiToken)?;
    let now = state.clock.now();
    let mut conn = msj_db::pool::connection(&state.pool).await?;
    let (token, user, _) = msj_db::api_tokens::find(&mut conn, id.into_inner())
        .await?
        .ok_or_else(ApiError::not_found)?;
    revoke_api_token(&agent.actor(), user.organization_id).into_result()?;
    if msj_db::api_tokens::revoke(&mut conn, token.id, now).await? {
        audit::record(
            &mut conn,
            &agent,
            now,
            "api_token.revoke",
            "api_token",
            Some(token.id),
        )
        .await?;
    }
    Ok(HttpResponse::NoContent().finish())
}
