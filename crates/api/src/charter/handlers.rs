//! `GET` and `POST /api/v1/security-charter`.

use actix_web::http::StatusCode;
use actix_web::{HttpResponse, get, post, web};
use msj_contract::Problem;
use msj_contract::charter::{AcceptCharterRequest, SecurityCharter};
use msj_domain::access::impersonation::SensitiveAction;

use super::{CURRENT_VERSION, sections};
use crate::ApiError;
use crate::app::AppState;
use crate::auth::SignedIn;
use crate::error::JsonBody;

/// The current charter, and when the caller accepted it (if they did).
#[utoipa::path(
    operation_id = "get_security_charter",
    tag = "auth",
    security(("bearer" = [])),
    responses(
        (status = 200, description = "The current version of the charter.", body = SecurityCharter),
        (status = 401, description = "Not signed in.", body = Problem, content_type = "application/problem+json"),
    )
)]
#[get("/security-charter")]
pub async fn show(SignedIn(agent): SignedIn) -> web::Json<SecurityCharter> {
    let accepted_at = agent
        .charter_accepted()
        .then(|| agent.user.charter_accepted_at.map(|at| at.to_rfc3339()))
        .flatten();
    web::Json(SecurityCharter {
        version: CURRENT_VERSION,
        title: "Charte de sécurité de Mon Suivi Justice".to_owned(),
        sections: sections(),
        accepted_at,
    })
}

/// Accepts the charter version read. Every other endpoint answers 403
/// `security_charter_not_accepted` until then.
#[utoipa::path(
    operation_id = "accept_security_charter",
    tag = "auth",
    security(("bearer" = [])),
    request_body(content = AcceptCharterRequest, example = json!({"version": 1})),
    responses(
        (status = 204, description = "Accepted."),
        (status = 409, description = "The version read is not the current one (`charter_version_outdated`).", body = Problem, content_type = "application/problem+json"),
    )
)]
#[post("/security-charter")]
pub async fn accept(
    SignedIn(agent): SignedIn,
    state: web::Data<AppState>,
    body: JsonBody<AcceptCharterRequest>,
) -> Result<HttpResponse, ApiError> {
    agent.refuse_while_impersonating(SensitiveAction::AcceptCharter)?;
    if body.0.version != CURRENT_VERSION {
        return Err(ApiError::new(
            StatusCode::CONFLICT,
            "charter_version_outdated",
            "La charte a changé depuis votre lecture : relisez la version en vigueur.",
        ));
    }
    let mut conn = msj_db::pool::connection(&state.pool).await?;
    msj_db::users::accept_charter(&mut conn, agent.user.id, CURRENT_VERSION, state.clock.now())
        .await?;
    Ok(HttpResponse::NoContent().finish())
}
