//! Who sends a request, for the keys: the agent of a valid access token or the account of a
//! working API token; `None` otherwise (the handler then answers 401 itself).

use actix_web::http::header::{AUTHORIZATION, HeaderMap};
use msj_domain::access::api_tokens::SECRET_PREFIX;
use uuid::Uuid;

use crate::app::AppState;
use crate::auth::jwt;
use crate::{ApiError, api_tokens};

/// The caller's user id.
pub async fn identify(state: &AppState, headers: &HeaderMap) -> Result<Option<Uuid>, ApiError> {
    let Some(bearer) = headers
        .get(AUTHORIZATION)
        .and_then(|value| value.to_str().ok())
        .and_then(|value| value.strip_prefix("Bearer "))
        .map(str::trim)
    else {
        return Ok(None);
    };
    if bearer.starts_with(SECRET_PREFIX) {
        return api_tokens::caller_of(state, bearer).await;
    }
    Ok(jwt::verify(
        &state.config.jwt_keys,
        bearer,
        state.clock.now(),
    ))
}
