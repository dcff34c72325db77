//! `Idempotency-Key` on `POST /api/v1/…` (SPEC §8), for every authenticated caller (agents
//! and API tokens), as actix middleware.
//!
//! The first request with a key claims (caller, key) in `idempotency_keys` (the primary key
//! makes parallel claims safe), runs, and its answer is stored for 24 hours. Then:
//! - the same request again gets the stored answer, with `Idempotent-Replayed: true`;
//! - the same key with another method, path or body: 422 `idempotency_key_reused`;
//! - the same key while the first request still runs: 409 `idempotency_key_in_progress`.
//!
//! Answers that a retry may change (5xx, 401, 403, 408, 409, 429) are not kept: the key is
//! released. A claim left running for 2 minutes (its process died) may be taken over.
//! Requests without the header, or whose caller is not authenticated, pass untouched.

mod caller;
mod replay;

use actix_web::body::{BoxBody, MessageBody};
use actix_web::dev::{Payload, ServiceRequest, ServiceResponse};
use actix_web::http::{Method, StatusCode};
use actix_web::middleware::Next;
use actix_web::web;
use chrono::Duration;
use msj_db::idempotency::IdempotencyRow;
use sha2::{Digest, Sha256};

use crate::ApiError;
use crate::app::AppState;

/// The request header.
pub const HEADER: &str = "Idempotency-Key";
/// How long an answer is replayed.
const KEPT: Duration = Duration::hours(24);
/// After how long a claim still running is deemed abandoned.
const LEASE: Duration = Duration::minutes(2);
/// Largest body read (as the JSON extractor's).
const BODY_LIMIT: usize = 1 << 20;

fn bad_key() -> ApiError {
    ApiError::new(
        StatusCode::BAD_REQUEST,
        "invalid_idempotency_key",
        "L'en-tête Idempotency-Key doit compter de 1 à 255 caractères ASCII visibles.",
    )
}

/// The key of a `POST /api/v1/…` request that has one (`Err` when it is malformed).
fn key_of(request: &ServiceRequest) -> Option<Result<String, ApiError>> {
    if request.method() != Method::POST || !request.path().starts_with("/api/v1/") {
        return None;
    }
    let value = request.headers().get(HEADER)?;
    Some(
        value
            .to_str()
            .ok()
            .filter(|key| {
                (1..=255).contains(&key.len()) && key.bytes().all(|b| b.is_ascii_graphic())
            })
            .map(str::to_owned)
            .ok_or_else(bad_key),
    )
}

/// The middleware.
pub async fn middleware(
    mut request: ServiceRequest,
    next: Next<impl MessageBody + 'static>,
) -> Result<ServiceResponse<BoxBody>, actix_web::Error> {
    let key = match key_of(&request) {
        None => {
            return next
                .call(request)
                .await
                .map(ServiceResponse::map_into_boxed_body);
        }
        Some(Err(error)) => return Ok(request.error_response(error)),
        Some(Ok(key)) => key,
    };
    let state = request
        .app_data::<web::Data<AppState>>()
        .cloned()
        .ok_or_else(|| ApiError::internal("no state"))?;
    let Some(caller_id) = caller::identify(&state, request.headers()).await? else {
        return next
            .call(request)
            .await
            .map(ServiceResponse::map_into_boxed_body);
    };
    let payload = request.extract::<web::Payload>().await?;
    let body = match payload.to_bytes_limited(BODY_LIMIT).await {
        Ok(Ok(body)) => body,
        Ok(Err(error)) => return Err(error),
        Err(_) => return Ok(request.error_response(replay::too_large())),
    };
    request.set_payload(Payload::from(body.clone()));
    let now = state.clock.now();
    let row = IdempotencyRow {
        caller_id,
        idempotency_key: key,
        method: request.method().to_string(),
        path: request
            .uri()
            .path_and_query()
            .map_or_else(String::new, |p| p.to_string()),
        fingerprint: Sha256::digest(&body).to_vec(),
        status: None,
        response_body: None,
        response_headers: serde_json::Value::Array(Vec::new()),
        created_at: now,
        expires_at: now + KEPT,
    };
    let mut conn = msj_db::pool::connection(&state.pool)
        .await
        .map_err(ApiError::from)?;
    if let Some(existing) = msj_db::idempotency::claim(&mut conn, &row, now - LEASE)
        .await
        .map_err(ApiError::from)?
    {
        return Ok(request.into_response(replay::answer(&existing, &row)?));
    }
    drop(conn);
    let outcome = next.call(request).await;
    replay::keep(&state, &row, outcome).await
}
