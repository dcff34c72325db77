//! `POST /api/v1/auth/login`.

use actix_web::http::StatusCode;
use actix_web::{HttpResponse, post, web};
use diesel_async::AsyncConnection;
use msj_contract::Problem;
use msj_contract::auth::{LoginRequest, SessionResponse};
use msj_domain::accounts::{LockState, LoginOutcome, login_outcome};

use super::{password, session};
use crate::ApiError;
use crate::app::AppState;
use crate::error::JsonBody;

fn invalid_credentials() -> ApiError {
    ApiError::new(
        StatusCode::UNAUTHORIZED,
        "invalid_credentials",
        "Email ou mot de passe incorrect.",
    )
}

/// Signs an agent in. Ten wrong passwords in a row lock the account for 24 hours (the ninth
/// answer warns); a locked account refuses even the right password.
#[utoipa::path(
    operation_id = "login",
    tag = "auth",
    request_body(content = LoginRequest),
    responses(
        (status = 200, description = "Signed in; the `msj_refresh` cookie carries the refresh token.", body = SessionResponse),
        (status = 401, description = "`invalid_credentials`, or `last_attempt_before_lock` at the ninth failure.", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "`account_locked`, or `account_deactivated` (right password, deactivated account).", body = Problem, content_type = "application/problem+json"),
    )
)]
#[post("/auth/login")]
pub async fn login(
    state: web::Data<AppState>,
    body: JsonBody<LoginRequest>,
) -> Result<HttpResponse, ApiError> {
    let LoginRequest {
        email,
        password: typed,
    } = body.0;
    let email = email.trim().to_lowercase();
    let now = state.clock.now();
    let mut conn = msj_db::pool::connection(&state.pool).await?;
    let secure = state.secure_cookies();
    let state = state.into_inner();
    let outcome = conn.transaction::<_, ApiError, _>(async move |conn| {
            let user = msj_db::users::find_by_email_for_update(conn, &email).await?;
            let Some(user) = user.filter(|user| user.password_hash.is_some()) else {
                password::verify(typed, password::decoy_hash()).await?;
                return Err(invalid_credentials());
            };
            let hash = user.password_hash.clone().unwrap_or_default();
            let password_ok = password::verify(typed, hash).await?;
            let previous = LockState {
                failed_attempts: u32::try_from(user.failed_attempts).unwrap_or(0),
                locked_at: user.locked_at,
            };
            let attempt = login_outcome(previous, password_ok, now);
            if attempt.state != previous {
                let failed = i32::try_from(attempt.state.failed_attempts).unwrap_or(i32::MAX);
                msj_db::users::set_lock_state(conn, user.id, failed, attempt.state.locked_at)
                    .await?;
            }
            match attempt.outcome {
                LoginOutcome::Success if user.deactivated_at.is_some() => Ok(Err(ApiError::new(
                    StatusCode::FORBIDDEN,
                    "account_deactivated",
                    "Votre compte est désactivé. Contactez votre administrateur pour le réactiver.",
                ))),
                LoginOutcome::Success => {
                    let organization = msj_db::organizations::find(conn, user.organization_id)
                        .await?
                        .ok_or_else(|| ApiError::internal("agent without a service"))?;
                    session::open(conn, &state, &user, &organization, None, now).await.map(Ok)
                }
                LoginOutcome::Failed { warn_last_chance: false, .. } => Ok(Err(invalid_credentials())),
                LoginOutcome::Failed { warn_last_chance: true, .. } => Ok(Err(ApiError::new(
                    StatusCode::UNAUTHORIZED,
                    "last_attempt_before_lock",
                    "Email ou mot de passe incorrect. Il vous reste une chance avant que votre compte soit bloqué.",
                ))),
                LoginOutcome::LockedNow | LoginOutcome::Locked { .. } => Ok(Err(ApiError::new(
                    StatusCode::FORBIDDEN,
                    "account_locked",
                    "Votre compte est verrouillé. Il sera débloqué automatiquement 24 heures après le blocage, ou plus tôt par un administrateur.",
                ))),
            }
    })
    .await?;
    // A refusal is returned inside `Ok` so that the lockout bookkeeping is committed.
    outcome.map(|opened| opened.respond(secure))
}
