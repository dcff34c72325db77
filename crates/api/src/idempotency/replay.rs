//! The answers: a stored one replayed, the conflicts, and keeping a fresh answer.

use actix_web::body::{BoxBody, MessageBody, to_bytes};
use actix_web::dev::ServiceResponse;
use actix_web::http::StatusCode;
use actix_web::http::header::{CONTENT_TYPE, HeaderName, LOCATION};
use actix_web::{HttpResponse, web};
use msj_db::idempotency::IdempotencyRow;

use crate::ApiError;
use crate::app::AppState;

/// Answer header marking a replay.
pub const REPLAYED: &str = "Idempotent-Replayed";
/// Headers of an answer worth replaying.
const KEPT_HEADERS: [HeaderName; 2] = [CONTENT_TYPE, LOCATION];

/// 413 for a body past the limit.
pub fn too_large() -> ApiError {
    ApiError::new(
        StatusCode::PAYLOAD_TOO_LARGE,
        "payload_too_large",
        "Le corps de la requête dépasse 1 Mio.",
    )
}

/// What to answer when the key is taken by `existing` and `row` is this request.
pub fn answer(existing: &IdempotencyRow, row: &IdempotencyRow) -> Result<HttpResponse, ApiError> {
    let same = existing.method == row.method
        && existing.path == row.path
        && existing.fingerprint == row.fingerprint;
    if !same {
        return Err(ApiError::new(
            StatusCode::UNPROCESSABLE_ENTITY,
            "idempotency_key_reused",
            "Cette clé d'idempotence a déjà servi pour une autre requête : utilisez une nouvelle clé.",
        ));
    }
    let (Some(status), Some(body)) = (existing.status, &existing.response_body) else {
        return Err(ApiError::new(
            StatusCode::CONFLICT,
            "idempotency_key_in_progress",
            "Une requête avec cette clé d'idempotence est en cours : réessayez dans un instant.",
        ));
    };
    let status = u16::try_from(status)
        .ok()
        .and_then(|code| StatusCode::from_u16(code).ok())
        .ok_or_else(|| ApiError::internal("stored status"))?;
    let mut response = HttpResponse::build(status);
    let pairs: Vec<(String, String)> =
        serde_json::from_value(existing.response_headers.clone()).unwrap_or_default();
    for (name, value) in pairs {
        response.insert_header((name, value));
    }
    response.insert_header((REPLAYED, "true"));
    Ok(response.body(body.clone()))
}

/// Stores the answer of the claimed request `row`, or releases the key when a retry may
/// change the answer; the answer goes on unchanged.
pub async fn keep(
    state: &web::Data<AppState>,
    row: &IdempotencyRow,
    outcome: Result<ServiceResponse<impl MessageBody + 'static>, actix_web::Error>,
) -> Result<ServiceResponse<BoxBody>, actix_web::Error> {
    let mut conn = msj_db::pool::connection(&state.pool)
        .await
        .map_err(ApiError::from)?;
    let response = match outcome {
        Ok(response) if kept(response.status()) => response,
        other => {
            msj_db::idempotency::release(&mut conn, row.caller_id, &row.idempotency_key)
                .await
                .map_err(ApiError::from)?;
            return other.map(ServiceResponse::map_into_boxed_body);
        }
    };
    let (request, response) = response.into_parts();
    let (response, body) = response.into_parts();
    let bytes = to_bytes(body).await.map_err(|error| {
        let error: Box<dyn std::error::Error> = error.into();
        ApiError::internal(error)
    })?;
    let headers: Vec<(&str, &str)> = KEPT_HEADERS
        .iter()
        .filter_map(|name| {
            let value = response.headers().get(name)?.to_str().ok()?;
            Some((name.as_str(), value))
        })
        .collect();
    let status = i16::try_from(response.status().as_u16()).map_err(ApiError::internal)?;
    msj_db::idempotency::complete(
        &mut conn,
        row.caller_id,
        &row.idempotency_key,
        status,
        &bytes,
        serde_json::json!(headers),
    )
    .await
    .map_err(ApiError::from)?;
    let response = response.set_body(bytes).map_into_boxed_body();
    Ok(ServiceResponse::new(request, response))
}

/// Whether an answer with `status` is replayed (a retry could not change it).
fn kept(status: StatusCode) -> bool {
    !status.is_server_error() && !matches!(status.as_u16(), 401 | 403 | 408 | 409 | 429)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn answers_worth_replaying() {
        assert!(kept(StatusCode::CREATED) && kept(StatusCode::UNPROCESSABLE_ENTITY));
        assert!(!kept(StatusCode::CONFLICT) && !kept(StatusCode::TOO_MANY_REQUESTS));
        assert!(!kept(StatusCode::INTERNAL_SERVER_ERROR) && !kept(StatusCode::FORBIDDEN));
    }
}
