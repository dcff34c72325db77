//! Forgotten password: `POST /api/v1/auth/password-reset` sends a link valid 6 hours;
//! `POST /api/v1/auth/password-reset/{token}` sets the new password.

use actix_web::{HttpResponse, post, web};
use diesel_async::AsyncConnection;
use msj_contract::Problem;
use msj_contract::auth::{PasswordResetConfirmation, PasswordResetRequest};
use msj_db::auth::user_tokens::{self, PASSWORD_RESET};
use msj_domain::accounts::PASSWORD_RESET_LIFETIME;

use super::{new_password, one_time_link, secret_token};
use crate::ApiError;
use crate::app::AppState;
use crate::error::JsonBody;
use crate::mail::{outbox, templates};

/// Emails a reset link to the agent with this address. The answer is the same whether the
/// address is known or not.
#[utoipa::path(
    operation_id = "request_password_reset",
    tag = "auth",
    request_body(content = PasswordResetRequest, example = json!({"email": "jeanne.durand@justice.fr"})),
    responses((status = 202, description = "If the address is an agent's, a link is on its way."))
)]
#[post("/auth/password-reset")]
pub async fn request(
    state: web::Data<AppState>,
    body: JsonBody<PasswordResetRequest>,
) -> Result<HttpResponse, ApiError> {
    let email = body.0.email.trim().to_lowercase();
    let now = state.clock.now();
    let mut conn = msj_db::pool::connection(&state.pool).await?;
    let state = state.into_inner();
    conn.transaction::<_, ApiError, _>(async move |conn| {
        let Some(user) = msj_db::users::find_by_email(conn, &email).await? else {
            return Ok(());
        };
        let token = secret_token::generate();
        user_tokens::replace(
            conn,
            user.id,
            PASSWORD_RESET,
            &secret_token::digest(&token),
            now,
            now + PASSWORD_RESET_LIFETIME,
        )
        .await?;
        let link = format!("{}/mot-de-passe/{token}", state.config.public_url);
        outbox::queue(
            conn,
            "password_reset",
            &user.email,
            templates::password_reset(&user.first_name, &link),
            now,
        )
        .await
    })
    .await?;
    Ok(HttpResponse::Accepted().finish())
}

/// Sets a new password with a reset link (single use) and unlocks the account.
#[utoipa::path(
    operation_id = "confirm_password_reset",
    tag = "auth",
    params(("token" = String, Path, description = "The token of the reset link.")),
    request_body(content = PasswordResetConfirmation, example = json!({"password": "Quatre-Saisons-2026!"})),
    responses(
        (status = 204, description = "Password changed."),
        (status = 404, description = "`reset_link_not_found`.", body = Problem, content_type = "application/problem+json"),
        (status = 410, description = "`reset_link_expired`.", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "The password breaks a rule.", body = Problem, content_type = "application/problem+json"),
    )
)]
#[post("/auth/password-reset/{token}")]
pub async fn confirm(
    state: web::Data<AppState>,
    token: web::Path<String>,
    body: JsonBody<PasswordResetConfirmation>,
) -> Result<HttpResponse, ApiError> {
    let hash = new_password::checked_hash(body.0.password).await?;
    let now = state.clock.now();
    let mut conn = msj_db::pool::connection(&state.pool).await?;
    conn.transaction::<_, ApiError, _>(async move |conn| {
        one_time_link::set_password(conn, PASSWORD_RESET, &token, &hash, now).await
    })
    .await?;
    Ok(HttpResponse::NoContent().finish())
}
