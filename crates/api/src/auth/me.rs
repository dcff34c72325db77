//! `GET /api/v1/auth/me`.

use actix_web::{get, web};
use msj_contract::Problem;
use msj_contract::auth::CurrentUser;

use super::SignedIn;
use super::session::current_user;

/// The signed-in agent, with their service and whether they accepted the security charter;
/// `impersonated_by` while a central administrator acts as them.
#[utoipa::path(
    operation_id = "get_current_user",
    tag = "auth",
    security(("bearer" = [])),
    responses(
        (status = 200, description = "The signed-in agent.", body = CurrentUser),
        (status = 401, description = "No valid access token.", body = Problem, content_type = "application/problem+json"),
    )
)]
#[get("/auth/me")]
pub async fn me(SignedIn(agent): SignedIn) -> web::Json<CurrentUser> {
    let mut user = current_user(&agent.user, &agent.organization);
    user.impersonated_by = agent
        .impersonation
        .as_ref()
        .map(|impersonation| crate::impersonation::impersonator(&impersonation.admin));
    web::Json(user)
}
