//! `POST /api/v1/appointments/{id}/fulfil|miss|excuse|cancel|rebook`.

use actix_web::http::StatusCode;
use actix_web::{post, web};
use diesel_async::AsyncConnection;
use msj_contract::Problem;
use msj_contract::appointments::{
    Appointment, CancelAppointment, ExcuseAppointment, MissAppointment,
};
use msj_db::appointments::StateChange;
use msj_domain::access::appointments::{cancel_appointment, record_attendance};
use msj_domain::appointments::{
    AppointmentEvent, ExcuseReason, SideEffect, Timing, check_send_sms, transition,
};
use msj_domain::history::{AgentRef, HistoryEvent, texts};
use msj_domain::notifications::plan;
use uuid::Uuid;

use super::context::{Loaded, load};
use super::effects::{Writer, moment, person, reachable};
use super::seats::slot_full;
use super::show::render;
use crate::ApiError;
use crate::app::AppState;
use crate::audit;
use crate::auth::Agent;
use crate::auth::principal::AgentPrincipal;
use crate::error::JsonBody;

const MAX_COMMENT_CHARS: usize = 500;

/// What the agent said with the action.
#[derive(Debug, Clone, Default)]
struct Input {
    send_sms: Option<bool>,
    excuse: StateChange,
    excuse_reason: Option<ExcuseReason>,
}

fn excuse_input(request: ExcuseAppointment) -> Result<Input, ApiError> {
    let reason = request
        .reason
        .as_deref()
        .map(|key| {
            ExcuseReason::ALL
                .into_iter()
                .find(|reason| reason.key() == key)
                .ok_or_else(|| {
                    ApiError::invalid_field(
                        "/reason",
                        "invalid_excuse_reason",
                        "Motif inconnu : medical, work, family, court_legal ou other.",
                    )
                })
        })
        .transpose()?;
    let comment = request
        .comment
        .map(|text| text.trim().to_owned())
        .filter(|text| !text.is_empty());
    if comment
        .as_ref()
        .is_some_and(|text| text.chars().count() > MAX_COMMENT_CHARS)
    {
        return Err(ApiError::invalid_field(
            "/comment",
            "too_long",
            "500 caractères au plus.",
        ));
    }
    Ok(Input {
        send_sms: None,
        excuse: StateChange {
            excuse_reason: reason.map(|reason| reason.key().to_owned()),
            excuse_comment: comment,
        },
        excuse_reason: reason,
    })
}

fn history_text(
    loaded: &Loaded,
    agent: &AgentPrincipal,
    event: AppointmentEvent,
    input: &Input,
) -> Result<(HistoryEvent, String), ApiError> {
    let at = moment(loaded.row.starts_at, loaded.zone()?);
    let who = person(&loaded.convict);
    Ok(match event {
        AppointmentEvent::Fulfil => (HistoryEvent::FulfilAppointment, texts::fulfilled(&who, at)),
        AppointmentEvent::Miss => (HistoryEvent::MissAppointment, texts::missed(&who, at)),
        AppointmentEvent::Excuse => (
            HistoryEvent::ExcuseAppointment,
            texts::excused(
                &who,
                at,
                input.excuse_reason,
                input.excuse.excuse_comment.as_deref(),
            ),
        ),
        AppointmentEvent::Cancel => (HistoryEvent::CancelAppointment, texts::canceled(at)),
        AppointmentEvent::Rebook => {
            let name = format!("{} {}", agent.user.first_name, agent.user.last_name);
            (
                HistoryEvent::RebookAppointment,
                texts::rebooked(
                    at,
                    AgentRef {
                        name: &name,
                        role: agent.role,
                    },
                ),
            )
        }
    })
}

async fn apply(
    agent: AgentPrincipal,
    state: &AppState,
    id: Uuid,
    event: AppointmentEvent,
    input: Input,
) -> Result<web::Json<Appointment>, ApiError> {
    let mut conn = msj_db::pool::connection(&state.pool).await?;
    let loaded = load(&mut conn, id, agent.organization.id).await?;
    let actor = agent.actor();
    let decision = match event {
        AppointmentEvent::Cancel => {
            cancel_appointment(&actor, &loaded.facts(), &loaded.jurisdiction)
        }
        _ => record_attendance(&actor, &loaded.facts(), &loaded.jurisdiction),
    };
    decision.into_result()?;
    let now = state.clock.now();
    let accepted = transition(loaded.state, event, Timing::of(loaded.row.starts_at, now))
        .map_err(|error| ApiError::new(StatusCode::CONFLICT, error.code(), error.to_string()))?;
    let offered = accepted.effects.iter().find_map(|effect| match effect {
        SideEffect::OfferSms(kind) => Some(*kind),
        _ => None,
    });
    let send = match offered {
        Some(_) => check_send_sms(reachable(&loaded.convict), input.send_sms)?,
        None => false,
    };
    let (history_event, text) = history_text(&loaded, &agent, event, &input)?;
    let settings = loaded.plan_settings(&mut conn).await?;
    let zone = settings.zone;
    let writer = Writer {
        actor_id: Some(agent.user.id),
        now,
    };
    let action = format!("appointment.{}", event.key());
    conn.transaction::<_, ApiError, _>(async move |conn| {
        let row = msj_db::appointments::change_state(
            conn,
            loaded.row.id,
            loaded.state.key(),
            accepted.state.key(),
            input.excuse,
            now,
        )
        .await?
        .ok_or_else(|| {
            ApiError::new(
                StatusCode::CONFLICT,
                "concurrent_update",
                "Cette convocation vient d'être modifiée par quelqu'un d'autre : rechargez-la.",
            )
        })?;
        for effect in &accepted.effects {
            match effect {
                SideEffect::RecordHistory(_) => {
                    writer
                        .append(
                            conn,
                            writer.item(row.convict_id, Some(row.id), history_event, text.clone()),
                        )
                        .await?;
                }
                SideEffect::CancelPendingReminder => writer.cancel_reminder(conn, &row).await?,
                SideEffect::PlanReminder if reachable(&loaded.convict) => {
                    let reminders = plan(row.starts_at, &settings, now, None)
                        .into_iter()
                        .map(|sms| (sms.kind, sms.due_at));
                    writer.insert_sms(conn, &row, zone, reminders).await?;
                }
                SideEffect::OfferSms(kind) if send => {
                    writer
                        .insert_sms(conn, &row, zone, std::iter::once((*kind, now)))
                        .await?;
                }
                SideEffect::FreeSeat => {
                    if let Some(slot) = row.slot_id {
                        msj_db::slots::free_seat(conn, slot, now).await?;
                    }
                }
                SideEffect::TakeSeat => {
                    if let Some(slot) = row.slot_id
                        && !msj_db::slots::take_seat(conn, slot, now).await?
                    {
                        return Err(slot_full());
                    }
                }
                // Unreachable people get no SMS.
                SideEffect::PlanReminder | SideEffect::OfferSms(_) => {}
            }
        }
        audit::record(conn, &agent, now, &action, "appointment", Some(row.id)).await
    })
    .await?;
    Ok(web::Json(render(&mut conn, id, zone, now).await?))
}

/// « Honoré »: the probationer came (past and booked; features §3.3 fulfilment rule).
#[utoipa::path(operation_id = "fulfil_appointment", tag = "appointments", security(("bearer" = [])),
    params(("id" = String, Path, description = "Appointment id.")),
    responses((status = 200, description = "Now `fulfilled`.", body = Appointment),
        (status = 403, description = "The caller may not record attendance for it.", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "Unknown, or outside the caller's scope.", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "`invalid_transition`, `appointment_not_past` or `concurrent_update`.", body = Problem, content_type = "application/problem+json")))]
#[post("/appointments/{id}/fulfil")]
pub async fn fulfil(
    Agent(agent): Agent,
    state: web::Data<AppState>,
    id: web::Path<Uuid>,
) -> Result<web::Json<Appointment>, ApiError> {
    apply(
        agent,
        &state,
        id.into_inner(),
        AppointmentEvent::Fulfil,
        Input::default(),
    )
    .await
}

/// « Manqué »: the probationer did not come (past and booked); `send_sms` sends the no-show
/// SMS, and is required when the person can receive SMS.
#[utoipa::path(operation_id = "miss_appointment", tag = "appointments", security(("bearer" = [])),
    params(("id" = String, Path, description = "Appointment id.")), request_body(content = MissAppointment),
    responses((status = 200, description = "Now `no_show`.", body = Appointment),
        (status = 403, description = "The caller may not record attendance for it.", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "`invalid_transition`, `appointment_not_past` or `concurrent_update`.", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "`sms_choice_required`.", body = Problem, content_type = "application/problem+json")))]
#[post("/appointments/{id}/miss")]
pub async fn miss(
    Agent(agent): Agent,
    state: web::Data<AppState>,
    id: web::Path<Uuid>,
    body: JsonBody<MissAppointment>,
) -> Result<web::Json<Appointment>, ApiError> {
    let input = Input {
        send_sms: body.0.send_sms,
        ..Input::default()
    };
    apply(
        agent,
        &state,
        id.into_inner(),
        AppointmentEvent::Miss,
        input,
    )
    .await
}

/// « Excusé » (booked, past or future; a future one drops its reminder), with an optional
/// reason and comment.
#[utoipa::path(operation_id = "excuse_appointment", tag = "appointments", security(("bearer" = [])),
    params(("id" = String, Path, description = "Appointment id.")), request_body(content = ExcuseAppointment),
    responses((status = 200, description = "Now `excused`.", body = Appointment),
        (status = 403, description = "The caller may not record attendance for it.", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "`invalid_transition` or `concurrent_update`.", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "`invalid_excuse_reason` or a comment over 500 characters.", body = Problem, content_type = "application/problem+json")))]
#[post("/appointments/{id}/excuse")]
pub async fn excuse(
    Agent(agent): Agent,
    state: web::Data<AppState>,
    id: web::Path<Uuid>,
    body: JsonBody<ExcuseAppointment>,
) -> Result<web::Json<Appointment>, ApiError> {
    let input = excuse_input(body.0)?;
    apply(
        agent,
        &state,
        id.into_inner(),
        AppointmentEvent::Excuse,
        input,
    )
    .await
}

/// « Annulé » (booked and future): the reminder is canceled; `send_sms` sends the cancelation
/// SMS and is required when the person can receive SMS.
#[utoipa::path(operation_id = "cancel_appointment", tag = "appointments", security(("bearer" = [])),
    params(("id" = String, Path, description = "Appointment id.")), request_body(content = CancelAppointment),
    responses((status = 200, description = "Now `canceled`.", body = Appointment),
        (status = 404, description = "Unknown, or outside the caller's scope.", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "`invalid_transition`, `appointment_not_future` or `concurrent_update`.", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "`sms_choice_required`.", body = Problem, content_type = "application/problem+json")))]
#[post("/appointments/{id}/cancel")]
pub async fn cancel(
    Agent(agent): Agent,
    state: web::Data<AppState>,
    id: web::Path<Uuid>,
    body: JsonBody<CancelAppointment>,
) -> Result<web::Json<Appointment>, ApiError> {
    let input = Input {
        send_sms: body.0.send_sms,
        ..Input::default()
    };
    apply(
        agent,
        &state,
        id.into_inner(),
        AppointmentEvent::Cancel,
        input,
    )
    .await
}

/// Back to « Planifié » from Honoré, Manqué or Excusé; a future one gets its reminder again.
#[utoipa::path(operation_id = "rebook_appointment", tag = "appointments", security(("bearer" = [])),
    params(("id" = String, Path, description = "Appointment id.")),
    responses((status = 200, description = "Now `booked`.", body = Appointment),
        (status = 403, description = "The caller may not record attendance for it.", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "`invalid_transition`, `concurrent_update` or `slot_full` (the seat it gave back was taken meanwhile).", body = Problem, content_type = "application/problem+json")))]
#[post("/appointments/{id}/rebook")]
pub async fn rebook(
    Agent(agent): Agent,
    state: web::Data<AppState>,
    id: web::Path<Uuid>,
) -> Result<web::Json<Appointment>, ApiError> {
    apply(
        agent,
        &state,
        id.into_inner(),
        AppointmentEvent::Rebook,
        Input::default(),
    )
    .await
}
