//! `GET /api/v1/appointments/options` and `…/options/slots`: what the new-appointment form
//! offers for one probationer (features §2.4), decided by the booking rules themselves.

use actix_web::{get, web};
use chrono::TimeDelta;
use msj_contract::Problem;
use msj_contract::appointments::{
    BookingOptions, BookingPlace, BookingSlots, BookingType, LegalDelay, NamedRef,
};
use msj_db::slots::SlotFilter;
use msj_domain::access::appointments::{BookingTarget, create_appointment};
use msj_domain::appointment_types::{AppointmentTypeKey, bookable_by};
use msj_domain::slots::legal_window;
use serde::Deserialize;
use utoipa::IntoParams;
use uuid::Uuid;

use super::context::{bookable_convict, zone_of};
use super::create::type_key;
use crate::ApiError;
use crate::app::AppState;
use crate::auth::Agent;
use crate::auth::principal::AgentPrincipal;

/// At most this many free slots are offered.
const MAX_SLOTS: i64 = 300;

/// The probationer to book.
#[derive(Debug, Deserialize, IntoParams)]
#[serde(deny_unknown_fields)]
pub struct OptionsQuery {
    /// Probationer id.
    convict_id: Uuid,
}

/// Free slots of one type at one place.
#[derive(Debug, Deserialize, IntoParams)]
#[serde(deny_unknown_fields)]
pub struct SlotsQuery {
    /// Probationer id.
    convict_id: Uuid,
    /// Slot-system type key.
    #[param(example = "sortie_audience_spip")]
    appointment_type: String,
    /// Place id.
    place_id: Uuid,
    /// One agenda (all the place's agendas when absent).
    agenda_id: Option<Uuid>,
}

fn may_book(
    agent: &AgentPrincipal,
    kind: AppointmentTypeKey,
    place_organization_id: Uuid,
    organizations: &[Uuid],
    reach: &[Uuid],
) -> bool {
    let target = BookingTarget {
        kind,
        place_organization_id,
        convict_organizations: organizations,
    };
    create_appointment(
        &agent.actor(),
        &target,
        reach,
        agent.organization.use_inter_ressort,
    )
    .is_allowed()
}

/// The types the caller's role books, each with the places (of the services following the
/// probationer) where the caller may book it. A type without places is listed too, so that
/// the form can say why nothing is offered.
#[utoipa::path(operation_id = "booking_options", tag = "appointments", security(("bearer" = [])),
    params(OptionsQuery),
    responses((status = 200, description = "Types and places.", body = BookingOptions),
        (status = 404, description = "Unknown probationer, or outside the caller's reach.", body = Problem, content_type = "application/problem+json")))]
#[get("/appointments/options")]
pub async fn options(
    Agent(agent): Agent,
    state: web::Data<AppState>,
    query: web::Query<OptionsQuery>,
) -> Result<web::Json<BookingOptions>, ApiError> {
    let mut conn = msj_db::pool::connection(&state.pool).await?;
    let (_, organizations, reach) = bookable_convict(&mut conn, &agent, query.convict_id).await?;
    let places = msj_db::organizations::list_places(&mut conn, Some(&organizations)).await?;
    let ids: Vec<Uuid> = places.iter().map(|place| place.id).collect();
    let offered = msj_db::organizations::offered_types(&mut conn, &ids).await?;
    let agendas = msj_db::organizations::agendas_of(&mut conn, &ids).await?;
    let mut types = Vec::new();
    for (key, name, slot_system, _, _) in
        msj_db::organizations::appointment_types(&mut conn).await?
    {
        let Ok(kind) = key.parse::<AppointmentTypeKey>() else {
            continue;
        };
        if !bookable_by(agent.role, agent.organization_type, kind) {
            continue;
        }
        let places = places
            .iter()
            .filter(|place| offered.contains(&(place.id, key.clone())))
            .filter(|place| may_book(&agent, kind, place.organization_id, &organizations, &reach))
            .map(|place| BookingPlace {
                id: place.id.to_string(),
                name: place.name.clone(),
                address: place.address.clone(),
                agendas: agendas
                    .iter()
                    .filter(|agenda| agenda.place_id == place.id)
                    .map(|agenda| NamedRef {
                        id: agenda.id.to_string(),
                        name: agenda.name.clone(),
                    })
                    .collect(),
            })
            .collect();
        types.push(BookingType {
            key,
            name,
            slot_system,
            sortie_audience: kind.is_slot_system(),
            places,
        });
    }
    Ok(web::Json(BookingOptions { types }))
}

/// The free slots to come (at most 300) of a slot-system type at a place where the caller may
/// book the probationer, with the legal delay of a sortie d'audience booked today and the TJ's
/// extra fields asked at booking.
#[utoipa::path(operation_id = "booking_slots", tag = "appointments", security(("bearer" = [])),
    params(SlotsQuery),
    responses((status = 200, description = "Free slots by start.", body = BookingSlots),
        (status = 404, description = "Unknown probationer or place, or outside the caller's reach.", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "`unknown_appointment_type`, or a type not booked in slots.", body = Problem, content_type = "application/problem+json")))]
#[get("/appointments/options/slots")]
pub async fn slots(
    Agent(agent): Agent,
    state: web::Data<AppState>,
    query: web::Query<SlotsQuery>,
) -> Result<web::Json<BookingSlots>, ApiError> {
    let kind = type_key(&query.appointment_type)?;
    if !kind.is_slot_system() {
        return Err(ApiError::invalid_field(
            "/appointment_type",
            "not_slot_system",
            "Ce type de convocation ne se prend pas sur des créneaux.",
        ));
    }
    let mut conn = msj_db::pool::connection(&state.pool).await?;
    let (_, organizations, reach) = bookable_convict(&mut conn, &agent, query.convict_id).await?;
    let place = msj_db::organizations::find_place(&mut conn, query.place_id)
        .await?
        .ok_or_else(ApiError::not_found)?;
    if !may_book(&agent, kind, place.organization_id, &organizations, &reach) {
        return Err(ApiError::not_found());
    }
    let place_organization = msj_db::organizations::find(&mut conn, place.organization_id)
        .await?
        .ok_or_else(ApiError::not_found)?;
    let zone = zone_of(&place_organization)?;
    let now = state.clock.now();
    let filter = SlotFilter {
        organization_ids: vec![place.organization_id],
        type_keys: vec![kind.key().to_owned()],
        from: Some(now + TimeDelta::minutes(1)),
        until: None,
        place_id: Some(place.id),
        agenda_id: query.agenda_id,
        include_full: false,
        limit: MAX_SLOTS,
        offset: 0,
    };
    let (rows, _) = msj_db::slots::list_slots(&mut conn, &filter).await?;
    let today = now.with_timezone(&zone).date_naive();
    let (extra_fields, extra_fields_required) = crate::slots::booking_fields(
        &mut conn,
        agent.organization.id,
        &organizations,
        &place_organization,
        kind,
    )
    .await?;
    Ok(web::Json(BookingSlots {
        extra_fields,
        extra_fields_required,
        legal_delay: legal_window(kind, today).map(|window| LegalDelay {
            first: window.first,
            last: window.last,
            outside: false,
        }),
        slots: rows
            .iter()
            .map(|row| crate::slots::slot_view(row, zone))
            .collect(),
    }))
}
