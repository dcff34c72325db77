//! `POST /api/v1/auth/invitations/{token}`: the invited agent chooses a password and is
//! signed in.

use actix_web::{HttpResponse, post, web};
use diesel_async::AsyncConnection;
use msj_contract::Problem;
use msj_contract::auth::{AcceptInvitationRequest, SessionResponse};
use msj_db::auth::user_tokens::INVITATION;

use super::{new_password, one_time_link, session};
use crate::ApiError;
use crate::app::AppState;
use crate::error::JsonBody;

/// Accepts an invitation (link valid 7 days, single use).
#[utoipa::path(
    operation_id = "accept_invitation",
    tag = "auth",
    params(("token" = String, Path, description = "The token of the invitation link.")),
    request_body(content = AcceptInvitationRequest, example = json!({"password": "Quatre-Saisons-2026!"})),
    responses(
        (status = 200, description = "Account created and signed in.", body = SessionResponse),
        (status = 404, description = "`invitation_not_found`: unknown or already used.", body = Problem, content_type = "application/problem+json"),
        (status = 410, description = "`invitation_expired`.", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "The password breaks a rule (`errors[]` at `/password`).", body = Problem, content_type = "application/problem+json"),
    )
)]
#[post("/auth/invitations/{token}")]
pub async fn accept(
    state: web::Data<AppState>,
    token: web::Path<String>,
    body: JsonBody<AcceptInvitationRequest>,
) -> Result<HttpResponse, ApiError> {
    let hash = new_password::checked_hash(body.0.password).await?;
    let now = state.clock.now();
    let mut conn = msj_db::pool::connection(&state.pool).await?;
    let secure = state.secure_cookies();
    let state = state.into_inner();
    let opened = conn
        .transaction::<_, ApiError, _>(async move |conn| {
            let user_id = one_time_link::set_password(conn, INVITATION, &token, &hash, now).await?;
            let (user, organization) = msj_db::users::find_with_organization(conn, user_id)
                .await?
                .ok_or_else(ApiError::not_found)?;
            session::open(conn, &state, &user, &organization, None, now).await
        })
        .await?;
    Ok(opened.respond(secure))
}
