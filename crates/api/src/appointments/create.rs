//! `POST /api/v1/appointments`: booking an appointment at a free time or in a slot.

use actix_web::http::StatusCode;
use actix_web::{HttpResponse, post, web};
use diesel_async::AsyncConnection;
use msj_contract::Problem;
use msj_contract::appointments::{Appointment, NewAppointment};
use msj_db::AsyncPgConnection;
use msj_db::appointments::AppointmentRow;
use msj_db::organizations::{OrganizationRow, PlaceRow};
use msj_db::slots::SlotRow;
use msj_domain::access::appointments::{BookingTarget, create_appointment};
use msj_domain::access::divestments::book_while_pending;
use msj_domain::appointment_types::AppointmentTypeKey;
use msj_domain::appointments::{
    BookingCalendar, SmsChoice, check_duration, check_sms_choice, check_start, parse_local,
};
use msj_domain::history::{HistoryEvent, texts};
use msj_domain::notifications::NotificationKind;
use uuid::Uuid;

use super::context::{bookable_convict, calendar_of, plan_settings};
use super::effects::{Writer, moment, person, reachable};
use super::seats::{chosen_slot, slot_full};
use super::show::render;
use crate::ApiError;
use crate::app::AppState;
use crate::audit;
use crate::auth::Agent;
use crate::auth::principal::AgentPrincipal;
use crate::divestments::unless_pending;
use crate::error::JsonBody;

const DEFAULT_DURATION_MIN: i32 = 30;
const MAX_PROSECUTOR_NUMBER_CHARS: usize = 100;

/// The agent's SMS choice in domain terms.
pub fn sms_choice(choice: Option<msj_contract::appointments::SmsChoice>) -> Option<SmsChoice> {
    choice.map(|choice| match choice {
        msj_contract::appointments::SmsChoice::NowAndReminder => SmsChoice::NowAndReminder,
        msj_contract::appointments::SmsChoice::ReminderOnly => SmsChoice::ReminderOnly,
    })
}

/// The appointment type of the request, or 422.
pub(super) fn type_key(key: &str) -> Result<AppointmentTypeKey, ApiError> {
    key.parse().map_err(
        |error: msj_domain::appointment_types::UnknownAppointmentType| {
            ApiError::invalid_field(
                "/appointment_type",
                "unknown_appointment_type",
                error.to_string(),
            )
        },
    )
}

/// Where and when the appointment takes place.
struct Spot {
    place: PlaceRow,
    place_organization: OrganizationRow,
    slot: Option<SlotRow>,
}

/// The place of a free-time booking, or the slot of a slot-system one.
async fn spot(
    conn: &mut AsyncPgConnection,
    request: &NewAppointment,
    kind: AppointmentTypeKey,
) -> Result<Spot, ApiError> {
    if kind.is_slot_system() {
        let (slot, agenda) = chosen_slot(conn, request.slot_id.as_deref(), kind).await?;
        return Ok(Spot {
            place: agenda.place,
            place_organization: agenda.organization,
            slot: Some(slot),
        });
    }
    if request.slot_id.is_some() {
        return Err(ApiError::invalid_field(
            "/slot_id",
            "slot_not_for_type",
            "Ce type de convocation se prend à une date et une heure libres, sans créneau.",
        ));
    }
    let place_id = request
        .place_id
        .as_deref()
        .ok_or_else(|| required("/place_id"))?;
    let place = place(conn, place_id, kind).await?;
    let place_organization = msj_db::organizations::find(conn, place.organization_id)
        .await?
        .ok_or_else(ApiError::not_found)?;
    Ok(Spot {
        place,
        place_organization,
        slot: None,
    })
}

fn required(pointer: &str) -> ApiError {
    ApiError::invalid_field(pointer, "required", "Champ obligatoire.")
}

/// The agenda of the booking: the one named (of this place), or the place's only one.
async fn agenda(
    conn: &mut AsyncPgConnection,
    place: &PlaceRow,
    requested: Option<&str>,
) -> Result<Uuid, ApiError> {
    let agendas = msj_db::organizations::agendas_of(conn, &[place.id]).await?;
    match requested {
        Some(text) => {
            let id = ApiError::parse_id("/agenda_id", text)?;
            agendas
                .iter()
                .find(|agenda| agenda.id == id)
                .map(|agenda| agenda.id)
                .ok_or_else(|| {
                    ApiError::invalid_field(
                        "/agenda_id",
                        "unknown_agenda",
                        "Cet agenda n'appartient pas à ce lieu.",
                    )
                })
        }
        None => match agendas.as_slice() {
            [only] => Ok(only.id),
            _ => Err(ApiError::invalid_field(
                "/agenda_id",
                "agenda_required",
                "Choisissez un agenda de ce lieu.",
            )),
        },
    }
}

/// The place, open and offering `kind`, or 422.
async fn place(
    conn: &mut AsyncPgConnection,
    text: &str,
    kind: AppointmentTypeKey,
) -> Result<PlaceRow, ApiError> {
    let id = ApiError::parse_id("/place_id", text)?;
    let place = msj_db::appointments::open_place(conn, id)
        .await?
        .ok_or_else(|| {
            ApiError::invalid_field("/place_id", "unknown_place", "Lieu inconnu ou archivé.")
        })?;
    let offered = msj_db::organizations::offered_types(conn, &[place.id]).await?;
    if !offered.iter().any(|(_, key)| key == kind.key()) {
        return Err(ApiError::invalid_field(
            "/place_id",
            "type_not_offered",
            "Ce lieu ne propose pas ce type de convocation.",
        ));
    }
    Ok(place)
}

fn prosecutor_number(text: Option<&str>) -> Result<Option<String>, ApiError> {
    let number = text.map(str::trim).filter(|text| !text.is_empty());
    if number.is_some_and(|number| number.chars().count() > MAX_PROSECUTOR_NUMBER_CHARS) {
        return Err(ApiError::invalid_field(
            "/prosecutor_number",
            "too_long",
            "100 caractères au plus.",
        ));
    }
    Ok(number.map(str::to_owned))
}

/// Books an appointment (SPEC §2): in the future, at most one year ahead, on a working day of
/// the place's territory unless the type allows weekends, at a place of a service following
/// the probationer, with the SMS choice when the person can receive SMS. Free-time types give
/// a place and a local time; slot-system types a slot, whose seat is taken in the same
/// transaction (409 `slot_full` when the last one is gone, whatever the concurrency). The
/// summon SMS (when chosen) and the reminder are planned at once.
#[utoipa::path(operation_id = "create_appointment", tag = "appointments", security(("bearer" = [])),
    request_body(content = NewAppointment),
    responses((status = 201, description = "Booked.", body = Appointment),
        (status = 403, description = "`appointment_type_not_allowed`, `convict_outside_jurisdiction` or `place_out_of_reach`.", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "Unknown probationer, or outside the caller's scope.", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "`convict_archived`, `divestment_pending` or `slot_full`.", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "Invalid field: `sms_choice_required`, `nonexistent_local_time`, `appointment_in_past`, `appointment_too_far`, `non_working_day`, `type_not_offered`, `slot_required`, `unknown_slot`, `slot_type_mismatch`, `slot_not_for_type`…", body = Problem, content_type = "application/problem+json")))]
#[post("/appointments")]
pub async fn create(
    Agent(agent): Agent,
    state: web::Data<AppState>,
    body: JsonBody<NewAppointment>,
) -> Result<HttpResponse, ApiError> {
    let request = body.0;
    let now = state.clock.now();
    let convict_id = ApiError::parse_id("/convict_id", &request.convict_id)?;
    let kind = type_key(&request.appointment_type)?;
    let local = match (kind.is_slot_system(), request.starts_at.as_deref()) {
        (true, _) => None,
        (false, Some(text)) => Some(parse_local(text)?),
        (false, None) => return Err(required("/starts_at")),
    };
    let duration = check_duration(request.duration_min.unwrap_or(DEFAULT_DURATION_MIN))?;
    let prosecutor_number = prosecutor_number(request.prosecutor_number.as_deref())?;
    let mut conn = msj_db::pool::connection(&state.pool).await?;
    let (convict, convict_organizations, reach) =
        bookable_convict(&mut conn, &agent, convict_id).await?;
    let actor = agent.actor();
    if convict.archived_at.is_some() {
        return Err(ApiError::new(
            StatusCode::CONFLICT,
            "convict_archived",
            "Ce dossier est archivé : désarchivez-le avant de convoquer.",
        ));
    }
    let inter_ressort = agent.organization.use_inter_ressort;
    unless_pending(&mut conn, convict.id, |pending| {
        book_while_pending(&actor, pending.organization_id, inter_ressort)
    })
    .await?;
    let Spot {
        place,
        place_organization,
        slot,
    } = spot(&mut conn, &request, kind).await?;
    let target = BookingTarget {
        kind,
        place_organization_id: place.organization_id,
        convict_organizations: &convict_organizations,
    };
    create_appointment(
        &actor,
        &target,
        &reach,
        agent.organization.use_inter_ressort,
    )
    .into_result()?;
    let (territory, zone) = calendar_of(&place_organization)?;
    let settings = plan_settings(&mut conn, &place_organization, kind.key()).await?;
    let calendar = BookingCalendar {
        territory,
        zone,
        allowed_on_weekends: kind.allowed_on_weekends(),
        valid_from: place.valid_from,
        valid_until: place.valid_until,
    };
    let (agenda_id, starts_at, duration) = match (&slot, local) {
        (Some(slot), _) => {
            let local = slot.local_date.and_time(slot.local_time);
            check_start(local, &calendar, now)?;
            (slot.agenda_id, slot.starts_at, slot.duration_min)
        }
        (None, Some(local)) => {
            let agenda_id = agenda(&mut conn, &place, request.agenda_id.as_deref()).await?;
            (agenda_id, check_start(local, &calendar, now)?, duration)
        }
        (None, None) => return Err(required("/starts_at")),
    };
    let choice = check_sms_choice(reachable(&convict), sms_choice(request.sms))?;
    let extra = if kind.is_slot_system() {
        crate::slots::booking_values(
            &mut conn,
            agent.organization.id,
            &convict_organizations,
            &place_organization,
            kind,
            &request.extra_fields,
        )
        .await?
    } else {
        Vec::new()
    };
    let type_id = msj_db::appointments::type_id(&mut conn, kind.key())
        .await?
        .ok_or_else(|| ApiError::internal("missing appointment type"))?;
    let row = AppointmentRow {
        id: Uuid::now_v7(),
        convict_id: convict.id,
        appointment_type_id: type_id,
        place_id: place.id,
        agenda_id,
        starts_at,
        duration_min: duration,
        slot_id: slot.as_ref().map(|slot| slot.id),
        state: "booked".to_owned(),
        assigned_agent_id: assignee(&agent, kind),
        creating_organization_id: agent.organization.id,
        created_by: Some(agent.user.id),
        prosecutor_number,
        rescheduled_from_id: None,
        excuse_reason: None,
        excuse_comment: None,
        created_at: now,
        updated_at: now,
    };
    let writer = Writer {
        actor_id: Some(agent.user.id),
        now,
    };
    let id = row.id;
    conn.transaction::<_, ApiError, _>(async move |conn| {
        if let Some(slot) = row.slot_id
            && !msj_db::slots::take_seat(conn, slot, now).await?
        {
            return Err(slot_full());
        }
        msj_db::appointments::insert(conn, &row).await?;
        for (field, value) in &extra {
            msj_db::extra_fields::set_value(conn, row.id, *field, Some(value), now, row.created_by)
                .await?;
        }
        let booked = texts::booked(
            &person(&convict),
            moment(starts_at, zone),
            &place.name,
            kind.is_phone_call(),
        );
        writer
            .append(
                conn,
                writer.item(
                    convict.id,
                    Some(row.id),
                    HistoryEvent::BookAppointment,
                    booked,
                ),
            )
            .await?;
        let immediate =
            (choice == Some(SmsChoice::NowAndReminder)).then_some(NotificationKind::Summon);
        writer
            .plan_sms(conn, &row, &convict, &settings, immediate)
            .await?;
        audit::record(
            conn,
            &agent,
            now,
            "appointment.create",
            "appointment",
            Some(row.id),
        )
        .await
    })
    .await?;
    let view = render(&mut conn, id, zone, now).await?;
    Ok(HttpResponse::Created().json(view))
}

/// For assignable SPIP types, the booking agent when their role can be assigned (an API
/// token's account is nobody's agent référent).
fn assignee(agent: &AgentPrincipal, kind: AppointmentTypeKey) -> Option<Uuid> {
    (kind.is_spip_assignable()
        && agent.role.can_have_appointments_assigned()
        && !agent.user.api_client)
        .then_some(agent.user.id)
}
