//! `POST /api/v1/auth/refresh`: exchanges the refresh cookie for a new access token and a new
//! refresh token (rotation). A token presented twice revokes its whole family; a session idle
//! for 60 minutes is over. While the session's administrator acts as an agent, the new access
//! token is the agent's (with the impersonation claim); the refresh token stays the
//! administrator's own, so stopping returns to their session.

use actix_web::http::StatusCode;
use actix_web::{HttpRequest, HttpResponse, post, web};
use diesel_async::AsyncConnection;
use msj_contract::Problem;
use msj_contract::auth::SessionResponse;
use msj_db::auth::refresh_tokens;
use msj_domain::accounts::{REFRESH_IDLE_TIMEOUT, is_expired};

use super::{cookie, secret_token, session};
use crate::ApiError;
use crate::app::AppState;

fn expired() -> ApiError {
    ApiError::new(
        StatusCode::UNAUTHORIZED,
        "session_expired",
        "Votre session est expirée, veuillez vous reconnecter pour continuer.",
    )
}

/// New tokens for the session of the refresh cookie.
#[utoipa::path(
    operation_id = "refresh_session",
    tag = "auth",
    responses(
        (status = 200, description = "New access token; the cookie carries the next refresh token.", body = SessionResponse),
        (status = 401, description = "No session, idle for 60 minutes, signed out, or a reused token (the whole session is then revoked).", body = Problem, content_type = "application/problem+json"),
    )
)]
#[post("/auth/refresh")]
pub async fn refresh(
    request: HttpRequest,
    state: web::Data<AppState>,
) -> Result<HttpResponse, ApiError> {
    let token = cookie::AGENT.read(&request).ok_or_else(expired)?;
    let now = state.clock.now();
    let mut conn = msj_db::pool::connection(&state.pool).await?;
    let secure = state.secure_cookies();
    let state = state.into_inner();
    let outcome = conn
        .transaction::<_, ApiError, _>(async move |conn| {
                let row = refresh_tokens::find_for_update(conn, &secret_token::digest(&token))
                    .await?;
                let Some(row) = row.filter(|row| row.revoked_at.is_none()) else { return Ok(None) };
                if row.replaced_at.is_some() || is_expired(row.created_at, REFRESH_IDLE_TIMEOUT, now) {
                    if row.replaced_at.is_some() {
                        tracing::warn!(family = %row.family_id, "refresh token reused: session revoked");
                    }
                    refresh_tokens::revoke_family(conn, row.family_id, now).await?;
                    return Ok(None);
                }
                refresh_tokens::mark_replaced(conn, row.id, now).await?;
                let found = msj_db::users::find_with_organization(conn, row.user_id).await?;
                let Some((user, organization)) = found.filter(|(user, _)| user.deactivated_at.is_none()) else {
                    refresh_tokens::revoke_family(conn, row.family_id, now).await?;
                    return Ok(None);
                };
                let opened = session::open(conn, &state, &user, &organization, Some(row.family_id), now).await?;
                let acting = crate::impersonation::acting(conn, &state, &user, row.family_id, now).await?;
                Ok(Some(match acting {
                    Some(body) => opened.answering(body),
                    None => opened,
                }))
        })
        .await?;
    outcome
        .map(|opened| opened.respond(secure))
        .ok_or_else(expired)
}
