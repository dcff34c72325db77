//! `POST /api/v1/sms/receipts`: delivery receipts signed by the gateway.

use actix_web::http::StatusCode;
use actix_web::{HttpRequest, HttpResponse, post, web};
use chrono::{DateTime, Utc};
use hmac::{Hmac, Mac};
use msj_contract::Problem;
use msj_domain::history::{HistoryEvent, texts};
use msj_domain::notifications::{NotificationKind, ReceiptStatus, within_window};
use secrecy::ExposeSecret;
use serde::Deserialize;
use sha2::Sha256;
use uuid::Uuid;

use crate::ApiError;
use crate::app::AppState;
use crate::appointments::Writer;

/// Header carrying `t=<unix seconds>,v1=<hex HMAC-SHA256(secret, "<t>.<raw body>")>`.
pub const SIGNATURE_HEADER: &str = "x-msj-signature";

/// A delivery receipt.
#[derive(Debug, Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
#[schema(example = json!({"client_ref": "0193a000-0000-7000-8000-0000000000e1", "status": "delivered", "code": "0", "at": "2027-03-10T13:30:05Z"}))]
pub struct Receipt {
    /// The notification id given as client reference.
    client_ref: Uuid,
    /// `delivered` or `failed`.
    status: String,
    /// The network's code.
    #[serde(default)]
    code: Option<String>,
    /// When the network reported it.
    at: DateTime<Utc>,
}

fn unauthorized(code: &'static str, detail: &str) -> ApiError {
    ApiError::new(StatusCode::UNAUTHORIZED, code, detail)
}

fn hex(text: &str) -> Option<Vec<u8>> {
    if !text.len().is_multiple_of(2) {
        return None;
    }
    (0..text.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(text.get(i..i + 2)?, 16).ok())
        .collect()
}

/// Checks the signature of `body`, made less than 5 minutes ago.
fn verify(
    request: &HttpRequest,
    body: &[u8],
    secret: &str,
    now: DateTime<Utc>,
) -> Result<(), ApiError> {
    let invalid = || unauthorized("invalid_signature", "Signature absente ou invalide.");
    let header = request
        .headers()
        .get(SIGNATURE_HEADER)
        .and_then(|value| value.to_str().ok())
        .ok_or_else(invalid)?;
    let part = |name: &str| {
        header
            .split(',')
            .find_map(|part| part.trim().strip_prefix(name))
    };
    let (Some(t), Some(v1)) = (part("t="), part("v1=")) else {
        return Err(invalid());
    };
    let signed_at = t
        .parse::<i64>()
        .ok()
        .and_then(|t| DateTime::from_timestamp(t, 0))
        .ok_or_else(invalid)?;
    if !within_window(signed_at, now) {
        return Err(unauthorized(
            "signature_expired",
            "Signature trop ancienne (plus de 5 minutes).",
        ));
    }
    let mut mac = Hmac::<Sha256>::new_from_slice(secret.as_bytes()).map_err(|_| invalid())?;
    mac.update(t.as_bytes());
    mac.update(b".");
    mac.update(body);
    mac.verify_slice(&hex(v1).ok_or_else(invalid)?)
        .map_err(|_| invalid())
}

/// Records a delivery receipt (`delivered` / `failed`) of a sent SMS. Signed by the gateway
/// with the shared secret: header `X-MSJ-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256(secret,
/// "<t>.<raw body>")>`, refused outside a 5-minute window. A receipt older than the one
/// recorded is ignored; a failure is written on the probationer's timeline; answering 204 either
/// way, so the gateway stops retrying.
#[utoipa::path(operation_id = "record_sms_receipt", tag = "notifications",
    request_body(content = Receipt),
    params(("X-MSJ-Signature" = String, Header, description = "`t=<unix seconds>,v1=<hex HMAC-SHA256>`.")),
    responses((status = 204, description = "Recorded (or older than the one recorded)."),
        (status = 400, description = "Not JSON.", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "`invalid_signature` or `signature_expired`.", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "Unknown status.", body = Problem, content_type = "application/problem+json")))]
#[post("/sms/receipts")]
pub async fn receive(
    request: HttpRequest,
    state: web::Data<AppState>,
    body: web::Bytes,
) -> Result<HttpResponse, ApiError> {
    let secret = state.config.sms_receipt_secret.as_ref().ok_or_else(|| {
        unauthorized(
            "invalid_signature",
            "Les accusés de réception ne sont pas configurés.",
        )
    })?;
    verify(&request, &body, secret.expose_secret(), state.clock.now())?;
    let receipt: Receipt = serde_json::from_slice(&body).map_err(|_| {
        ApiError::new(
            StatusCode::BAD_REQUEST,
            "invalid_json",
            "Corps JSON invalide.",
        )
    })?;
    let status = ReceiptStatus::parse(&receipt.status).ok_or_else(|| {
        ApiError::invalid_field(
            "/status",
            "invalid_status",
            "Statut attendu : delivered ou failed.",
        )
    })?;
    let mut conn = msj_db::pool::connection(&state.pool).await?;
    let recorded = msj_db::notifications::record_receipt(
        &mut conn,
        receipt.client_ref,
        status.state(),
        receipt.code.as_deref(),
        receipt.at,
    )
    .await?;
    if !recorded {
        tracing::info!(notification = %receipt.client_ref, "receipt ignored");
    } else if status == ReceiptStatus::Failed
        && let Some((convict, appointment, kind, first, last)) =
            msj_db::notifications::recipient(&mut conn, receipt.client_ref).await?
        && let Some(kind) = NotificationKind::from_key(&kind)
    {
        let writer = Writer {
            actor_id: None,
            now: state.clock.now(),
        };
        let text =
            texts::sms_undelivered(kind, &format!("{first} {last}"), receipt.code.as_deref());
        let item = writer.item(
            convict,
            Some(appointment),
            HistoryEvent::FailNotification,
            text,
        );
        msj_db::history::append(&mut conn, &[item]).await?;
    }
    Ok(HttpResponse::NoContent().finish())
}
