//! `POST /api/v1/appointments/{id}/reschedule`.

use actix_web::http::StatusCode;
use actix_web::{HttpResponse, post, web};
use diesel_async::AsyncConnection;
use msj_contract::Problem;
use msj_contract::appointments::{Appointment, RescheduleAppointment};
use msj_db::appointments::{AppointmentRow, StateChange};
use msj_domain::access::appointments::reschedule_appointment;
use msj_domain::appointments::{
    BookingCalendar, SmsChoice, Timing, check_duration, check_reschedule, check_sms_choice,
    check_start, parse_local,
};
use msj_domain::history::{HistoryEvent, texts};
use msj_domain::notifications::NotificationKind;
use uuid::Uuid;

use super::context::{calendar_of, load};
use super::create::sms_choice;
use super::effects::{Writer, moment, reachable};
use super::seats::{chosen_slot, slot_full};
use super::show::render;
use crate::ApiError;
use crate::app::AppState;
use crate::audit;
use crate::auth::Agent;
use crate::error::JsonBody;

/// Moves a booked, future appointment to a new time in the same agenda and type (SPEC §2;
/// slot-system types: to a free slot of the same agenda, the old seat given back):
/// a new appointment keeps the assigned agent, the creating service, the prosecutor number
/// and the extra field values, and points to the old one, which is canceled without SMS. `sms` =
/// `now_and_reminder` sends the reschedule SMS; the reminder of the new time is planned.
#[utoipa::path(operation_id = "reschedule_appointment", tag = "appointments", security(("bearer" = [])),
    params(("id" = String, Path, description = "Appointment id.")), request_body(content = RescheduleAppointment),
    responses((status = 201, description = "The new appointment.", body = Appointment),
        (status = 403, description = "Only the service of the place or the one that booked it.", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "Unknown, or outside the caller's scope.", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "`invalid_transition`, `appointment_not_future`, `concurrent_update` or `slot_full`.", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "Invalid new time or slot (`slot_required`, `unknown_slot`, `slot_other_agenda`), or missing SMS choice.", body = Problem, content_type = "application/problem+json")))]
#[post("/appointments/{id}/reschedule")]
pub async fn reschedule(
    Agent(agent): Agent,
    state: web::Data<AppState>,
    id: web::Path<Uuid>,
    body: JsonBody<RescheduleAppointment>,
) -> Result<HttpResponse, ApiError> {
    let request = body.0;
    let mut conn = msj_db::pool::connection(&state.pool).await?;
    let loaded = load(&mut conn, id.into_inner(), agent.organization.id).await?;
    reschedule_appointment(&agent.actor(), &loaded.facts(), &loaded.jurisdiction).into_result()?;
    let now = state.clock.now();
    check_reschedule(loaded.state, Timing::of(loaded.row.starts_at, now))
        .map_err(|error| ApiError::new(StatusCode::CONFLICT, error.code(), error.to_string()))?;
    let slot = if loaded.kind.is_slot_system() {
        let (slot, _) = chosen_slot(&mut conn, request.slot_id.as_deref(), loaded.kind).await?;
        if slot.agenda_id != loaded.row.agenda_id {
            return Err(ApiError::invalid_field(
                "/slot_id",
                "slot_other_agenda",
                "Choisissez un créneau libre du même agenda.",
            ));
        }
        Some(slot)
    } else {
        None
    };
    let place = msj_db::appointments::open_place(&mut conn, loaded.row.place_id)
        .await?
        .ok_or_else(|| {
            ApiError::invalid_field(
                "/starts_at",
                "unknown_place",
                "Le lieu de cette convocation est archivé.",
            )
        })?;
    let (territory, zone) = calendar_of(&loaded.place_organization)?;
    let settings = loaded.plan_settings(&mut conn).await?;
    let calendar = BookingCalendar {
        territory,
        zone,
        allowed_on_weekends: loaded.kind.allowed_on_weekends(),
        valid_from: place.valid_from,
        valid_until: place.valid_until,
    };
    let (starts_at, duration) = match (&slot, request.starts_at.as_deref()) {
        (Some(slot), _) => {
            check_start(slot.local_date.and_time(slot.local_time), &calendar, now)?;
            (slot.starts_at, slot.duration_min)
        }
        (None, Some(text)) => (
            check_start(parse_local(text)?, &calendar, now)?,
            check_duration(request.duration_min.unwrap_or(loaded.row.duration_min))?,
        ),
        (None, None) => {
            return Err(ApiError::invalid_field(
                "/starts_at",
                "required",
                "Champ obligatoire.",
            ));
        }
    };
    let choice = check_sms_choice(reachable(&loaded.convict), sms_choice(request.sms))?;
    let old = loaded.row.clone();
    let new = AppointmentRow {
        id: Uuid::now_v7(),
        starts_at,
        duration_min: duration,
        slot_id: slot.as_ref().map(|slot| slot.id),
        state: "booked".to_owned(),
        created_by: Some(agent.user.id),
        rescheduled_from_id: Some(old.id),
        excuse_reason: None,
        excuse_comment: None,
        created_at: now,
        updated_at: now,
        ..old.clone()
    };
    let writer = Writer {
        actor_id: Some(agent.user.id),
        now,
    };
    let new_id = new.id;
    let convict = loaded.convict.clone();
    conn.transaction::<_, ApiError, _>(async move |conn| {
        msj_db::appointments::change_state(
            conn,
            old.id,
            "booked",
            "canceled",
            StateChange::default(),
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
        msj_db::appointments::cancel_pending_reminder(conn, old.id, now).await?;
        if let Some(seat) = old.slot_id {
            msj_db::slots::free_seat(conn, seat, now).await?;
        }
        if let Some(seat) = new.slot_id
            && !msj_db::slots::take_seat(conn, seat, now).await?
        {
            return Err(slot_full());
        }
        msj_db::appointments::insert(conn, &new).await?;
        msj_db::extra_fields::copy_values(conn, old.id, new.id, now).await?;
        let text = texts::rescheduled(moment(old.starts_at, zone), moment(new.starts_at, zone));
        writer
            .append(
                conn,
                writer.item(
                    new.convict_id,
                    Some(new.id),
                    HistoryEvent::RescheduleAppointment,
                    text,
                ),
            )
            .await?;
        let immediate =
            (choice == Some(SmsChoice::NowAndReminder)).then_some(NotificationKind::Reschedule);
        writer
            .plan_sms(conn, &new, &convict, &settings, immediate)
            .await?;
        audit::record(
            conn,
            &agent,
            now,
            "appointment.reschedule",
            "appointment",
            Some(new.id),
        )
        .await
    })
    .await?;
    Ok(HttpResponse::Created().json(render(&mut conn, new_id, zone, now).await?))
}
