//! `POST /api/v1/portal/auth/code`: sends a one-time sign-in code by SMS. Every well-formed
//! number gets the same answer, known or not; a number that asked 3 times in the last hour is
//! told to wait, known or not.

use actix_web::http::StatusCode;
use actix_web::{HttpResponse, post, web};
use chrono::TimeDelta;
use diesel_async::AsyncConnection;
use msj_contract::Problem;
use msj_contract::portal::{CodeRequest, CodeSent};
use msj_db::portal::{accounts, codes, sms};
use msj_domain::portal::{CODE_DIGITS, CODE_LIFETIME, code_text, may_send_code};
use rand::Rng;
use uuid::Uuid;

use super::phone::{code_digest, number};
use crate::ApiError;
use crate::app::AppState;
use crate::error::JsonBody;

fn sent() -> CodeSent {
    CodeSent {
        detail: "Si ce numéro a accès à un espace Mon Suivi Justice, un code de connexion vient de lui être envoyé par SMS.".to_owned(),
        expires_in: u32::try_from(CODE_LIFETIME.num_seconds()).unwrap_or(600),
    }
}

fn too_many() -> ApiError {
    ApiError::new(
        StatusCode::TOO_MANY_REQUESTS,
        "too_many_codes",
        "Vous avez demandé 3 codes en moins d'une heure : attendez avant d'en demander un autre.",
    )
    .retry_after(3600)
}

/// Sends a sign-in code to a probationer's number. The answer is the same whether or not the
/// number belongs to someone invited to the portal.
#[utoipa::path(
    operation_id = "portal_send_code",
    tag = "portal",
    request_body(content = CodeRequest),
    responses(
        (status = 202, description = "The code is on its way when the number may sign in (the answer does not say whether it may).", body = CodeSent),
        (status = 422, description = "`invalid_phone` or `not_mobile`.", body = Problem, content_type = "application/problem+json"),
        (status = 429, description = "`too_many_codes`: 3 codes in the last hour for this number (`Retry-After` in seconds).", body = Problem, content_type = "application/problem+json"),
    )
)]
#[post("/portal/auth/code")]
pub async fn send_code(
    state: web::Data<AppState>,
    body: JsonBody<CodeRequest>,
) -> Result<HttpResponse, ApiError> {
    let phone = number(&body.0.phone)?;
    let now = state.clock.now();
    let host = host_of(&state.config.public_url);
    let mut conn = msj_db::pool::connection(&state.pool).await?;
    let accepted = conn
        .transaction::<_, ApiError, _>(async move |conn| {
            let digest = super::phone::digest(&phone);
            codes::lock_number(conn, &digest).await?;
            if !may_send_code(codes::sent_since(conn, &digest, now - TimeDelta::hours(1)).await?) {
                return Ok(false);
            }
            let id = Uuid::now_v7();
            let code = format!(
                "{:0CODE_DIGITS$}",
                rand::rng().random_range(0..10u32.pow(CODE_DIGITS as u32))
            );
            let convict = accounts::invited_with_phone(conn, &phone).await?;
            codes::insert(conn, id, &digest, convict, &code_digest(id, &code), now).await?;
            if let Some(convict_id) = convict {
                let sender = sms::sender_for(conn, convict_id).await?;
                let text = code_text(&code, &host);
                let message = sms::NewPortalSms {
                    convict_id,
                    kind: "portal_code",
                    destination: &phone,
                    sender: &sender,
                    content: &text,
                };
                sms::queue(conn, message, now).await?;
            }
            Ok(true)
        })
        .await?;
    if accepted {
        Ok(HttpResponse::Accepted().json(sent()))
    } else {
        Err(too_many())
    }
}

/// The host name of the public address, for the WebOTP line of the SMS.
fn host_of(public_url: &str) -> String {
    let rest = public_url
        .split_once("://")
        .map_or(public_url, |(_, rest)| rest);
    rest.split(['/', ':']).next().unwrap_or(rest).to_owned()
}
