//! `POST /api/v1/divestments/{id}/answer`: a source service accepts or refuses.

use actix_web::http::StatusCode;
use actix_web::{post, web};
use diesel_async::AsyncConnection;
use msj_contract::Problem;
use msj_contract::divestments::{Divestment, DivestmentAnswer};
use msj_domain::access::divestments::{answer_divestment, force_answer};
use msj_domain::divestments::{
    ADMIN_COMMENT, AnswerState, DivestmentState, IGNORED_AFTER_REFUSAL, after_refusal,
    check_comment, overall,
};
use msj_domain::roles::Role;
use uuid::Uuid;

use super::effects::{Refusal, apply, states_with};
use super::view::render;
use crate::ApiError;
use crate::app::AppState;
use crate::appointments::zone_of;
use crate::audit;
use crate::auth::Agent;
use crate::error::JsonBody;

fn conflict(code: &'static str, detail: &str) -> ApiError {
    ApiError::new(StatusCode::CONFLICT, code, detail)
}

/// Accepts or refuses a pending request for the caller's service (local admins, JAP, greffe
/// and directors of greffe SAP, SPIP secretaries). When every source has answered positively
/// the probationer moves to the requester's jurisdiction (referent CPIP cleared); the first
/// refusal refuses it, ignores the other answers, removes the requester's services and
/// restores the previous town; the requester is emailed either way. Central admins may force
/// the answer of any source (`organization_id`; audited). Answers are decided one at a time.
#[utoipa::path(operation_id = "answer_divestment", tag = "divestments", security(("bearer" = [])),
    params(("id" = String, Path, description = "Request id.")),
    request_body(content = DivestmentAnswer),
    responses((status = 200, description = "The request after the answer.", body = Divestment),
        (status = 403, description = "The caller's role does not answer transfers.", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "Unknown request, or none addressed to the caller's service.", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "`divestment_closed` or `already_answered`.", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "`invalid_decision`, `too_long`.", body = Problem, content_type = "application/problem+json")))]
#[post("/divestments/{id}/answer")]
pub async fn answer(
    Agent(agent): Agent,
    state: web::Data<AppState>,
    id: web::Path<Uuid>,
    body: JsonBody<DivestmentAnswer>,
) -> Result<web::Json<Divestment>, ApiError> {
    let request = body.0;
    let forced = agent.role == Role::Admin;
    let source = match (&request.organization_id, forced) {
        (Some(text), true) => ApiError::parse_id("/organization_id", text)?,
        _ => agent.organization.id,
    };
    let actor = agent.actor();
    if forced {
        force_answer(&actor).into_result()?;
    } else {
        answer_divestment(&actor, source).into_result()?;
    }
    let accept = match request.decision.as_str() {
        "accept" => true,
        "refuse" => false,
        _ => {
            return Err(ApiError::invalid_field(
                "/decision",
                "invalid_decision",
                "Décision attendue : accept ou refuse.",
            ));
        }
    };
    let comment = if forced {
        Some(ADMIN_COMMENT.to_owned())
    } else {
        check_comment(request.comment.as_deref())?
    };
    let now = state.clock.now();
    let public_url = state.config.public_url.clone();
    let id = id.into_inner();
    let mut conn = msj_db::pool::connection(&state.pool).await?;
    let row = conn
        .transaction::<_, ApiError, _>(async |conn| {
            let row = msj_db::divestments::lock(conn, id)
                .await?
                .ok_or_else(ApiError::not_found)?;
            let answers = msj_db::divestments::answers_of(conn, &[row.id]).await?;
            let mine = answers
                .iter()
                .find(|answer| answer.organization_id == source)
                .ok_or_else(ApiError::not_found)?;
            if row.state != DivestmentState::Pending.key() {
                return Err(conflict(
                    "divestment_closed",
                    "Cette demande de dessaisissement est close.",
                ));
            }
            let current = AnswerState::from_key(&mine.state).unwrap_or(AnswerState::Pending);
            if !matches!(current, AnswerState::Pending | AnswerState::Ignored) {
                return Err(conflict(
                    "already_answered",
                    "Votre service a déjà répondu à cette demande.",
                ));
            }
            let decision = if accept {
                AnswerState::Accepted
            } else {
                AnswerState::Refused
            };
            msj_db::divestments::set_answer(
                conn,
                mine.id,
                decision.key(),
                comment.as_deref(),
                Some(agent.user.id),
                now,
            )
            .await?;
            let states = states_with(&answers, mine.id, decision);
            let convict = msj_db::convicts::find(conn, row.convict_id)
                .await?
                .ok_or_else(ApiError::not_found)?;
            match overall(&states) {
                DivestmentState::Refused => {
                    for (answer, after) in answers.iter().zip(after_refusal(&states)) {
                        if after.key() != answer.state && answer.id != mine.id {
                            msj_db::divestments::set_answer(
                                conn,
                                answer.id,
                                after.key(),
                                Some(IGNORED_AFTER_REFUSAL),
                                None,
                                now,
                            )
                            .await?;
                        }
                    }
                    msj_db::divestments::decide(conn, row.id, DivestmentState::Refused.key(), now)
                        .await?;
                    let service = agent.organization.name.clone();
                    let by = format!(
                        "{} {} ({service}, {}{})",
                        agent.user.first_name,
                        agent.user.last_name,
                        agent.user.email,
                        agent
                            .user
                            .phone
                            .as_deref()
                            .map(|phone| format!(", {phone}"))
                            .unwrap_or_default()
                    );
                    let refusal = Refusal {
                        by: &by,
                        comment: comment.as_deref(),
                    };
                    apply(conn, &row, &convict, Some(refusal), false, &public_url, now).await?;
                }
                DivestmentState::Accepted | DivestmentState::AutoAccepted => {
                    msj_db::divestments::decide(conn, row.id, DivestmentState::Accepted.key(), now)
                        .await?;
                    apply(conn, &row, &convict, None, false, &public_url, now).await?;
                }
                DivestmentState::Pending => {}
            }
            let action = if forced {
                "divestment.force_answer"
            } else {
                "divestment.answer"
            };
            audit::record(conn, &agent, now, action, "convict", Some(convict.id)).await?;
            Ok(row)
        })
        .await?;
    let zone = zone_of(&agent.organization)?;
    let refreshed = msj_db::divestments::find(&mut conn, row.id)
        .await?
        .ok_or_else(ApiError::not_found)?;
    let view = render(&mut conn, &[refreshed], zone)
        .await?
        .pop()
        .ok_or_else(ApiError::not_found)?;
    Ok(web::Json(view))
}
