//! `GET /api/v1/slots/month-view`: the sorties d'audience of a month, seat by seat (features
//! §2.5).

use std::collections::BTreeMap;

use actix_web::http::StatusCode;
use actix_web::{get, web};
use chrono::{Months, NaiveDate};
use msj_contract::Problem;
use msj_contract::slots::{Choice, MonthDay, MonthSeat, MonthSlot, MonthView};
use msj_db::slots::{SeatHolder, SlotRow};
use msj_domain::access::month_views::{month_view_covers_jurisdiction, view_month};
use msj_domain::appointment_types::AppointmentTypeKey;
use msj_domain::roles::Role;
use msj_domain::slots::free_seats;
use serde::Deserialize;
use utoipa::IntoParams;
use uuid::Uuid;

use super::extra_fields::{field_organization, fields};
use crate::ApiError;
use crate::app::AppState;
use crate::auth::Agent;
use crate::organizations::jurisdiction;

/// Which month view.
#[derive(Debug, Deserialize, IntoParams)]
#[serde(deny_unknown_fields)]
pub struct MonthQuery {
    /// `jap` (Sortie d'audience SAP), `spip` (Sortie d'audience SPIP) or `ddse` (SAP DDSE).
    kind: String,
    /// `YYYY-MM`.
    #[param(example = "2027-03")]
    month: String,
    /// The place (default: the first eligible one).
    place_id: Option<Uuid>,
    /// One agenda of that place.
    agenda_id: Option<Uuid>,
}

fn bad_query(detail: &str) -> ApiError {
    ApiError::new(StatusCode::BAD_REQUEST, "invalid_query", detail)
}

fn seat(holder: &SeatHolder, values: &[(Uuid, Uuid, String)]) -> MonthSeat {
    MonthSeat {
        appointment_id: Some(holder.appointment_id.to_string()),
        convict_id: Some(holder.convict_id.to_string()),
        convict_name: Some(format!("{} {}", holder.first_name, holder.last_name)),
        prosecutor_number: holder.prosecutor_number.clone(),
        creating_service: Some(holder.creating_service.clone()),
        booked_by_role: holder
            .booker_role
            .as_deref()
            .and_then(|key| key.parse::<Role>().ok())
            .map(|role| role.label().to_owned()),
        state: Some(holder.state.clone()),
        extra: values
            .iter()
            .filter(|(appointment, _, _)| *appointment == holder.appointment_id)
            .map(|(_, field, value)| (field.to_string(), value.clone()))
            .collect(),
    }
}

fn free_seat() -> MonthSeat {
    MonthSeat {
        appointment_id: None,
        convict_id: None,
        convict_name: None,
        prosecutor_number: None,
        creating_service: None,
        booked_by_role: None,
        state: None,
        extra: BTreeMap::new(),
    }
}

/// One row per seat: the appointments, then the free seats of an open slot.
fn month_slot(
    slot: &SlotRow,
    agenda: &str,
    holders: &[SeatHolder],
    values: &[(Uuid, Uuid, String)],
) -> MonthSlot {
    let mut seats: Vec<MonthSeat> = holders
        .iter()
        .filter(|holder| holder.slot_id == Some(slot.id))
        .map(|holder| seat(holder, values))
        .collect();
    let free = free_seats(slot.open, slot.capacity, seats.len());
    seats.extend(std::iter::repeat_with(free_seat).take(free));
    MonthSlot {
        id: slot.id.to_string(),
        local_time: slot.local_time.format("%H:%M").to_string(),
        agenda_name: agenda.to_owned(),
        capacity: slot.capacity,
        used_capacity: slot.used_capacity,
        open: slot.open,
        seats,
    }
}

/// The sorties d'audience of a month at one place: per working day with slots, every seat of
/// every slot with the probationer, the parquet number, the booking service and role, and the
/// TJ's extra columns. The JAP view is for courts' roles; places are those of the caller's
/// jurisdiction (central admin, local admins, BEX and SAP roles) or service, offering the type.
#[utoipa::path(operation_id = "month_view", tag = "slots", security(("bearer" = [])),
    params(MonthQuery),
    responses((status = 200, description = "The month.", body = MonthView),
        (status = 400, description = "`invalid_query`.", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "The JAP view for a SPIP role.", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "A place or agenda outside the caller's reach.", body = Problem, content_type = "application/problem+json")))]
#[get("/slots/month-view")]
pub async fn month_view(
    Agent(agent): Agent,
    state: web::Data<AppState>,
    query: web::Query<MonthQuery>,
) -> Result<web::Json<MonthView>, ApiError> {
    let kind = match query.kind.as_str() {
        "jap" => AppointmentTypeKey::SortieAudienceSap,
        "spip" => AppointmentTypeKey::SortieAudienceSpip,
        "ddse" => AppointmentTypeKey::SapDdse,
        _ => return Err(bad_query("kind : jap, spip ou ddse.")),
    };
    let first = NaiveDate::parse_from_str(&format!("{}-01", query.month), "%Y-%m-%d")
        .map_err(|_| bad_query("month : AAAA-MM."))?;
    let last = first
        .checked_add_months(Months::new(1))
        .and_then(|next| next.pred_opt())
        .ok_or_else(|| bad_query("month : AAAA-MM."))?;
    view_month(&agent.actor(), kind).into_result()?;
    let mut conn = msj_db::pool::connection(&state.pool).await?;
    let organizations = if month_view_covers_jurisdiction(agent.role) {
        jurisdiction(&mut conn, agent.organization.id).await?
    } else {
        vec![agent.organization.id]
    };
    let places = msj_db::organizations::list_places(&mut conn, Some(&organizations)).await?;
    let offered = msj_db::organizations::offered_types(
        &mut conn,
        &places.iter().map(|place| place.id).collect::<Vec<_>>(),
    )
    .await?;
    let eligible: Vec<_> = places
        .into_iter()
        .filter(|place| {
            offered
                .iter()
                .any(|(id, key)| *id == place.id && key == kind.key())
        })
        .collect();
    let mut view = MonthView {
        kind: query.kind.clone(),
        appointment_type: kind.key().to_owned(),
        month: query.month.clone(),
        places: eligible
            .iter()
            .map(|place| Choice {
                id: place.id.to_string(),
                name: place.name.clone(),
            })
            .collect(),
        place_id: None,
        agendas: Vec::new(),
        extra_fields: Vec::new(),
        days: Vec::new(),
    };
    let place = match query.place_id {
        Some(id) => eligible
            .iter()
            .find(|place| place.id == id)
            .ok_or_else(ApiError::not_found)?,
        None => match eligible.first() {
            Some(place) => place,
            None => return Ok(web::Json(view)),
        },
    };
    view.place_id = Some(place.id.to_string());
    let agendas = msj_db::organizations::agendas_of(&mut conn, &[place.id]).await?;
    view.agendas = agendas
        .iter()
        .map(|agenda| Choice {
            id: agenda.id.to_string(),
            name: agenda.name.clone(),
        })
        .collect();
    let agenda_ids: Vec<Uuid> = match query.agenda_id {
        Some(id) if agendas.iter().any(|agenda| agenda.id == id) => vec![id],
        Some(_) => return Err(ApiError::not_found()),
        None => agendas.iter().map(|agenda| agenda.id).collect(),
    };
    let place_organization = msj_db::organizations::find(&mut conn, place.organization_id)
        .await?
        .ok_or_else(ApiError::not_found)?;
    if let Some(tj) = field_organization(&mut conn, &place_organization).await? {
        view.extra_fields = fields(&mut conn, tj)
            .await?
            .into_iter()
            .filter(|field| field.appointment_types.iter().any(|key| key == kind.key()))
            .collect();
    }
    let type_id = msj_db::appointments::type_id(&mut conn, kind.key())
        .await?
        .ok_or_else(|| ApiError::internal("missing appointment type"))?;
    let slots = msj_db::slots::month_slots(&mut conn, &agenda_ids, type_id, first, last).await?;
    let slot_ids: Vec<Uuid> = slots.iter().map(|(slot, _)| slot.id).collect();
    let holders = msj_db::slots::seat_holders(&mut conn, &slot_ids).await?;
    let values = msj_db::extra_fields::values_of(
        &mut conn,
        &holders
            .iter()
            .map(|holder| holder.appointment_id)
            .collect::<Vec<_>>(),
    )
    .await?;
    for (slot, agenda) in &slots {
        let row = month_slot(slot, agenda, &holders, &values);
        match view.days.last_mut() {
            Some(day) if day.date == slot.local_date => day.slots.push(row),
            _ => view.days.push(MonthDay {
                date: slot.local_date,
                slots: vec![row],
            }),
        }
    }
    Ok(web::Json(view))
}
