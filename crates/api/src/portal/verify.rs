//! `POST /api/v1/portal/auth/verify`: the number and the code open a session. Five wrong
//! entries use the code up; a number nobody may sign in with gets the very same answers.

use actix_web::http::StatusCode;
use actix_web::{HttpResponse, post, web};
use diesel_async::AsyncConnection;
use msj_contract::FieldError;
use msj_contract::Problem;
use msj_contract::portal::{CodeVerification, PortalSession};
use msj_db::portal::{accounts, codes};
use msj_domain::history::{HistoryEvent, texts};
use msj_domain::portal::{CodeAttempt, CodeRefusal, check_code, is_well_formed};

use super::phone::{code_digest, digest, number};
use super::session;
use crate::ApiError;
use crate::app::AppState;
use crate::appointments::Writer;
use crate::error::JsonBody;

fn refused(refusal: CodeRefusal) -> ApiError {
    let mut error = ApiError::new(
        StatusCode::UNPROCESSABLE_ENTITY,
        refusal.code(),
        refusal.to_string(),
    );
    error.errors = vec![FieldError {
        pointer: "/code".to_owned(),
        code: refusal.code().to_owned(),
        detail: refusal.to_string(),
    }];
    error
}

/// Opens a probationer session with the code received by SMS.
#[utoipa::path(
    operation_id = "portal_verify_code",
    tag = "portal",
    request_body(content = CodeVerification),
    responses(
        (status = 200, description = "Signed in; the `msj_portal_refresh` cookie (30 days, `/api/v1/portal/auth`) carries the refresh token.", body = PortalSession),
        (status = 422, description = "`invalid_phone`, `invalid_code` (with the tries left), `code_expired` (10 minutes), `code_attempts_exceeded` (5 wrong entries) or `no_code`.", body = Problem, content_type = "application/problem+json"),
    )
)]
#[post("/portal/auth/verify")]
pub async fn verify(
    state: web::Data<AppState>,
    body: JsonBody<CodeVerification>,
) -> Result<HttpResponse, ApiError> {
    let CodeVerification { phone, code } = body.0;
    let phone = number(&phone)?;
    let code = code.split_whitespace().collect::<String>();
    let now = state.clock.now();
    let secure = state.secure_cookies();
    let mut conn = msj_db::pool::connection(&state.pool).await?;
    let state = state.into_inner();
    let outcome = conn
        .transaction::<_, ApiError, _>(async move |conn| {
            let latest = codes::latest_for_update(conn, &digest(&phone)).await?;
            let well_formed = is_well_formed(&code);
            let matches = latest.as_ref().is_some_and(|row| {
                well_formed
                    && row.convict_id.is_some()
                    && code_digest(row.id, &code) == row.code_digest
            });
            let attempt = latest.as_ref().map(|row| CodeAttempt {
                created_at: row.created_at,
                attempts: row.attempts,
                consumed: row.consumed_at.is_some(),
            });
            if let Err(refusal) = check_code(attempt, matches, now) {
                if let (true, Some(row)) = (refusal.counts_as_attempt(), &latest) {
                    codes::add_attempt(conn, row.id).await?;
                }
                return Ok(Err(refused(refusal)));
            }
            let Some((id, convict_id)) = latest.and_then(|row| row.convict_id.map(|c| (row.id, c)))
            else {
                return Ok(Err(refused(CodeRefusal::NoCode)));
            };
            codes::consume(conn, id, now).await?;
            let convict = msj_db::convicts::find(conn, convict_id).await?;
            let Some(convict) = convict
                .filter(|c| c.archived_at.is_none() && c.phone.as_deref() == Some(phone.as_str()))
            else {
                return Ok(Err(refused(CodeRefusal::NoCode)));
            };
            let first = accounts::find(conn, convict.id)
                .await?
                .is_some_and(|a| a.activated_at.is_none());
            if first {
                accounts::activate(conn, convict.id, now).await?;
                let writer = Writer {
                    actor_id: None,
                    now,
                };
                let item = writer.item(
                    convict.id,
                    None,
                    HistoryEvent::ActivatePortalConvict,
                    texts::portal_activated(),
                );
                writer.append(conn, item).await?;
            }
            session::open(conn, &state, &convict, None, now)
                .await
                .map(Ok)
        })
        .await?;
    // A refusal is returned inside `Ok` so that the attempt count is committed.
    outcome.map(|opened| opened.respond(secure))
}
