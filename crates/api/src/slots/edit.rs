//! Changing slots: capacity, closing one, closing a selection (features §2.7).

use actix_web::http::StatusCode;
use actix_web::{HttpResponse, patch, post, web};
use msj_contract::Problem;
use msj_contract::slots::{CapacityUpdate, SlotCapacity, SlotSelection, SlotsClosed};
use msj_db::AsyncPgConnection;
use msj_db::slots::SlotRow;
use msj_domain::appointment_types::AppointmentTypeKey;
use msj_domain::slots::check_capacity;
use uuid::Uuid;

use super::context::{Managing, allow};
use crate::ApiError;
use crate::app::AppState;
use crate::auth::Agent;
use crate::auth::principal::AgentPrincipal;
use crate::error::JsonBody;
use crate::organizations::jurisdiction;

/// Most slots closed at once.
const MAX_SELECTION: usize = 500;

/// The slots `ids`, each checked against the caller's rights; 404 when one is unknown.
async fn managed(
    conn: &mut AsyncPgConnection,
    agent: &AgentPrincipal,
    ids: &[Uuid],
) -> Result<Vec<SlotRow>, ApiError> {
    let found = msj_db::slots::find_slots(conn, ids).await?;
    if found.len() != ids.len() {
        return Err(ApiError::not_found());
    }
    let mut agenda_ids: Vec<Uuid> = found.iter().map(|(slot, _)| slot.agenda_id).collect();
    agenda_ids.sort_unstable();
    agenda_ids.dedup();
    let agendas = msj_db::slots::slot_agendas(conn, &agenda_ids).await?;
    let reach = jurisdiction(conn, agent.organization.id).await?;
    for (slot, key) in &found {
        let agenda = agendas
            .iter()
            .find(|agenda| agenda.agenda_id == slot.agenda_id)
            .ok_or_else(ApiError::not_found)?;
        let kind: AppointmentTypeKey = key.parse().map_err(ApiError::internal)?;
        allow(agent, agenda, kind, Managing::Slots(&reach))?;
    }
    Ok(found.into_iter().map(|(slot, _)| slot).collect())
}

/// Changes a slot's capacity, never below the seats already taken.
#[utoipa::path(operation_id = "update_slot", tag = "slots", security(("bearer" = [])),
    params(("id" = String, Path, description = "Slot id.")),
    request_body(content = CapacityUpdate),
    responses((status = 200, description = "The new capacity and seats taken.", body = SlotCapacity),
        (status = 403, description = "Not allowed.", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "Unknown slot, or outside the caller's reach.", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "`invalid_capacity`, `capacity_below_used`.", body = Problem, content_type = "application/problem+json")))]
#[patch("/slots/{id}")]
pub async fn resize(
    Agent(agent): Agent,
    state: web::Data<AppState>,
    id: web::Path<Uuid>,
    body: JsonBody<CapacityUpdate>,
) -> Result<HttpResponse, ApiError> {
    let mut conn = msj_db::pool::connection(&state.pool).await?;
    let slot = managed(&mut conn, &agent, &[id.into_inner()])
        .await?
        .pop()
        .ok_or_else(ApiError::not_found)?;
    let capacity = check_capacity(body.0.capacity, slot.used_capacity)?;
    if !msj_db::slots::set_capacity(&mut conn, slot.id, capacity, state.clock.now()).await? {
        let used = msj_db::slots::find_slots(&mut conn, &[slot.id])
            .await?
            .first()
            .map_or(slot.used_capacity, |(slot, _)| slot.used_capacity);
        check_capacity(capacity, used)?;
        return Err(ApiError::new(
            StatusCode::CONFLICT,
            "capacity_changed",
            "Le créneau vient de changer : rechargez-le.",
        ));
    }
    let (slot, _) = msj_db::slots::find_slots(&mut conn, &[slot.id])
        .await?
        .pop()
        .ok_or_else(ApiError::not_found)?;
    Ok(HttpResponse::Ok().json(SlotCapacity {
        id: slot.id.to_string(),
        capacity: slot.capacity,
        used_capacity: slot.used_capacity,
    }))
}

/// Closes a slot: it is offered no more; its appointments stay.
#[utoipa::path(operation_id = "close_slot", tag = "slots", security(("bearer" = [])),
    params(("id" = String, Path, description = "Slot id.")),
    responses((status = 204, description = "Closed."),
        (status = 403, description = "Not allowed.", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "Unknown slot, or outside the caller's reach.", body = Problem, content_type = "application/problem+json")))]
#[post("/slots/{id}/close")]
pub async fn close_one(
    Agent(agent): Agent,
    state: web::Data<AppState>,
    id: web::Path<Uuid>,
) -> Result<HttpResponse, ApiError> {
    let mut conn = msj_db::pool::connection(&state.pool).await?;
    let slots = managed(&mut conn, &agent, &[id.into_inner()]).await?;
    let ids: Vec<Uuid> = slots.iter().map(|slot| slot.id).collect();
    msj_db::slots::close_slots(&mut conn, &ids, state.clock.now()).await?;
    Ok(HttpResponse::NoContent().finish())
}

/// Closes a selection of slots (all or none: each must be in the caller's reach).
#[utoipa::path(operation_id = "close_slots", tag = "slots", security(("bearer" = [])),
    request_body(content = SlotSelection),
    responses((status = 200, description = "How many were open and are now closed.", body = SlotsClosed),
        (status = 403, description = "Not allowed for one of them.", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "An unknown slot, or one outside the caller's reach.", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "Empty or more than 500 ids.", body = Problem, content_type = "application/problem+json")))]
#[post("/slots/close")]
pub async fn close_many(
    Agent(agent): Agent,
    state: web::Data<AppState>,
    body: JsonBody<SlotSelection>,
) -> Result<HttpResponse, ApiError> {
    let ids = body
        .0
        .slot_ids
        .iter()
        .enumerate()
        .map(|(index, text)| ApiError::parse_id(&format!("/slot_ids/{index}"), text))
        .collect::<Result<Vec<Uuid>, _>>()?;
    if ids.is_empty() || ids.len() > MAX_SELECTION {
        return Err(ApiError::invalid_field(
            "/slot_ids",
            "invalid_selection",
            "Choisissez de 1 à 500 créneaux.",
        ));
    }
    let mut unique = ids.clone();
    unique.sort_unstable();
    unique.dedup();
    let mut conn = msj_db::pool::connection(&state.pool).await?;
    managed(&mut conn, &agent, &unique).await?;
    let closed = msj_db::slots::close_slots(&mut conn, &unique, state.clock.now()).await?;
    Ok(HttpResponse::Ok().json(SlotsClosed { closed }))
}
