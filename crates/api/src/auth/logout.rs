//! `POST /api/v1/auth/logout`.

use actix_web::{HttpRequest, HttpResponse, post, web};

use super::{cookie, secret_token};
use crate::ApiError;
use crate::app::AppState;

/// Ends the session: its refresh tokens are revoked, an impersonation in it is stopped and the
/// cookie erased. Always 204.
#[utoipa::path(operation_id = "logout", tag = "auth", responses((status = 204, description = "Signed out.")))]
#[post("/auth/logout")]
pub async fn logout(
    request: HttpRequest,
    state: web::Data<AppState>,
) -> Result<HttpResponse, ApiError> {
    if let Some(token) = cookie::AGENT.read(&request) {
        let mut conn = msj_db::pool::connection(&state.pool).await?;
        let found =
            msj_db::auth::refresh_tokens::find_for_update(&mut conn, &secret_token::digest(&token))
                .await?;
        if let Some(row) = found {
            let now = state.clock.now();
            msj_db::auth::refresh_tokens::revoke_family(&mut conn, row.family_id, now).await?;
            msj_db::impersonations::end_in_session(&mut conn, row.family_id, now).await?;
        }
    }
    Ok(HttpResponse::NoContent()
        .cookie(cookie::AGENT.cleared(state.secure_cookies()))
        .finish())
}
