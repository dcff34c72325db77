//! Requests bearing a token secret: the token must exist, be neither revoked nor expired,
//! stay within the rate limit and hold the scope of the route. Its last use is recorded at
//! most once a minute (one conditional update, not a write per request).

use actix_web::HttpRequest;
use actix_web::http::StatusCode;
use chrono::{DateTime, Duration, Utc};
use msj_db::api_tokens::{ApiTokenRow, TokenWithAccount};
use msj_domain::access::api_tokens::{ApiScope, check_scope};
use uuid::Uuid;

use crate::ApiError;
use crate::app::AppState;
use crate::auth::principal::{AgentPrincipal, agent_principal};
use crate::auth::secret_token;

/// How stale `last_used_at` may get.
const TOUCH_EVERY: Duration = Duration::minutes(1);

fn unauthorized(code: &'static str, detail: &str) -> ApiError {
    ApiError::new(StatusCode::UNAUTHORIZED, code, detail)
}

/// The token of `secret` if it works at `now`: 401 when unknown, revoked or expired.
async fn usable(
    conn: &mut msj_db::AsyncPgConnection,
    secret: &str,
    now: DateTime<Utc>,
) -> Result<TokenWithAccount, ApiError> {
    let found = msj_db::api_tokens::find_by_hash(conn, &secret_token::digest(secret))
        .await?
        .ok_or_else(|| unauthorized("unauthenticated", "Jeton d'API inconnu."))?;
    let token: &ApiTokenRow = &found.0;
    if token.revoked_at.is_some() {
        return Err(unauthorized(
            "api_token_revoked",
            "Ce jeton d'API a été révoqué.",
        ));
    }
    if token.expires_at.is_some_and(|end| end <= now) {
        return Err(unauthorized(
            "api_token_expired",
            "Ce jeton d'API a expiré.",
        ));
    }
    Ok(found)
}

/// The principal of a request bearing `secret`: the token's account, role and service.
/// 401 (unknown, revoked, expired), 429 `rate_limited` with `Retry-After`, 403
/// `scope_missing` or `closed_to_api_tokens`.
pub async fn authenticate(
    request: &HttpRequest,
    state: &AppState,
    secret: &str,
) -> Result<AgentPrincipal, ApiError> {
    let now = state.clock.now();
    let mut conn = msj_db::pool::connection(&state.pool).await?;
    let (token, user, organization) = usable(&mut conn, secret, now).await?;
    state.rate_limiter.check(token.id).map_err(|seconds| {
        ApiError::new(
            StatusCode::TOO_MANY_REQUESTS,
            "rate_limited",
            format!("Trop de requêtes pour ce jeton d'API : réessayez dans {seconds} s."),
        )
        .retry_after(seconds)
    })?;
    let granted: Vec<ApiScope> = token
        .scopes
        .iter()
        .filter_map(|key| ApiScope::parse(key))
        .collect();
    check_scope(&granted, request.method().as_str(), request.path()).map_err(|denial| {
        ApiError::new(StatusCode::FORBIDDEN, denial.code(), denial.to_string())
    })?;
    if token
        .last_used_at
        .is_none_or(|last| last <= now - TOUCH_EVERY)
    {
        msj_db::api_tokens::touch(&mut conn, token.id, now, TOUCH_EVERY).await?;
    }
    agent_principal(request, user, organization)
}

/// The account id of the token of `secret` if it works now (for `Idempotency-Key`).
pub async fn caller_of(state: &AppState, secret: &str) -> Result<Option<Uuid>, ApiError> {
    let mut conn = msj_db::pool::connection(&state.pool).await?;
    match usable(&mut conn, secret, state.clock.now()).await {
        Ok((token, _, _)) => Ok(Some(token.user_id)),
        Err(error) if error.status == StatusCode::UNAUTHORIZED => Ok(None),
        Err(error) => Err(error),
    }
}
