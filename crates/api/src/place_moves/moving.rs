//! `POST /api/v1/places/{id}/move`.

use actix_web::http::StatusCode;
use actix_web::{HttpResponse, post, web};
use chrono::{DateTime, NaiveDate, Utc};
use diesel_async::AsyncConnection;
use msj_contract::Problem;
use msj_contract::organizations::NewPlace;
use msj_contract::place_moves::{PlaceMove, PlaceMoveInput};
use msj_db::AsyncPgConnection;
use msj_db::organizations::PlaceRow;
use msj_db::place_moves::{MovedCounts, PlaceMoveRow};
use msj_domain::access::place_moves::move_places;
use msj_domain::place_moves::{
    MoveRefusal, MovedPlace, check_date, check_movable, first_instant, last_day_of_old_place,
    moved_agenda_name,
};
use msj_domain::territories::Territory;
use uuid::Uuid;

use super::dto;
use crate::app::AppState;
use crate::auth::Agent;
use crate::auth::principal::AgentPrincipal;
use crate::error::JsonBody;
use crate::organizations::new_place::place_row;
use crate::{ApiError, audit};

/// Moves a place (central admin only), at once: a new place of the same service with the old
/// one's appointment types, open from `date`; the old place closes the day before; each agenda
/// is copied (« <nom> transféré - JJ/MM/AAAA ») with its recurring slots; slots and
/// appointments from `date` move to the copies, so their pending SMS name the new place.
#[utoipa::path(operation_id = "move_place", tag = "place_moves", security(("bearer" = [])),
    params(("id" = String, Path, description = "Id of the place that moves.")),
    request_body(content = PlaceMoveInput),
    responses((status = 201, description = "Moved; what moved.", body = PlaceMove),
        (status = 403, description = "Not the central admin.", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "Unknown place.", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "`place_archived`, or `place_already_moved` (also when two moves of the place race).", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "Invalid field: `required`, `move_date_not_in_future` (today or before), `move_before_opening`, `move_after_closing`, or a place field.", body = Problem, content_type = "application/problem+json")))]
#[post("/places/{id}/move")]
pub async fn move_place(
    Agent(agent): Agent,
    state: web::Data<AppState>,
    id: web::Path<Uuid>,
    body: JsonBody<PlaceMoveInput>,
) -> Result<HttpResponse, ApiError> {
    move_places(&agent.actor()).into_result()?;
    let input = body.0;
    let date = input
        .date
        .ok_or_else(|| ApiError::invalid_field("/date", "required", "Champ obligatoire."))?;
    let new_place = place_row(
        &NewPlace {
            organization_id: None,
            name: input.name,
            address: input.address,
            phone: input.phone,
            email: input.email,
            appointment_types: Vec::new(),
            main_contact_method: input.main_contact_method,
            information_url: input.information_url,
            valid_from: Some(date),
            valid_until: None,
            access_info: input.access_info,
            opening_hours: input.opening_hours,
            what_to_bring: input.what_to_bring,
        },
        Uuid::nil(),
    )?;
    let now = state.clock.now();
    let mut conn = msj_db::pool::connection(&state.pool).await?;
    let (row, old_name) = conn
        .transaction::<_, ApiError, _>(async |conn| {
            run(
                conn,
                &agent,
                id.into_inner(),
                new_place.clone(),
                (date, now),
            )
            .await
        })
        .await?;
    let name = new_place.name;
    Ok(HttpResponse::Created().json(dto::place_move(&row, old_name, name)))
}

fn refusal(refusal: MoveRefusal) -> ApiError {
    match refusal {
        MoveRefusal::Archived => ApiError::new(
            StatusCode::CONFLICT,
            "place_archived",
            "Ce lieu est archivé : il ne peut pas déménager.",
        ),
        MoveRefusal::AlreadyMoved => ApiError::new(
            StatusCode::CONFLICT,
            "place_already_moved",
            "Ce lieu a déjà déménagé (ou un déménagement vient d'être enregistré) : rechargez la liste des lieux.",
        ),
        MoveRefusal::OutsideValidity(problem) => problem.into(),
    }
}

/// The move, under the old place's row lock; the record and the old place's name.
async fn run(
    conn: &mut AsyncPgConnection,
    agent: &AgentPrincipal,
    old_id: Uuid,
    mut place: PlaceRow,
    (date, now): (NaiveDate, DateTime<Utc>),
) -> Result<(PlaceMoveRow, String), ApiError> {
    let locked = msj_db::place_moves::lock_place(conn, old_id)
        .await?
        .ok_or_else(ApiError::not_found)?;
    let territory: Territory = locked.territory.parse().map_err(ApiError::internal)?;
    let zone = territory
        .resolve_time_zone(&locked.time_zone)
        .unwrap_or_else(|_| territory.time_zone());
    check_date(date, now.with_timezone(&zone).date_naive())?;
    let state = MovedPlace {
        archived: locked.archived,
        already_moved: locked.already_moved,
        valid_from: locked.place.valid_from,
        valid_until: locked.place.valid_until,
    };
    check_movable(state, date).map_err(refusal)?;
    place.organization_id = locked.place.organization_id;
    msj_db::organizations::insert_place_if_absent(conn, &place).await?;
    msj_db::place_moves::copy_types(conn, old_id, place.id).await?;
    msj_db::place_moves::close_place(conn, old_id, last_day_of_old_place(date)).await?;
    let agendas = msj_db::place_moves::old_agendas(conn, old_id).await?;
    let mut total = MovedCounts::default();
    for agenda in &agendas {
        let name = moved_agenda_name(&agenda.name, date);
        let target = (Uuid::now_v7(), place.id, name.as_str());
        let when = (date, first_instant(date, zone), now);
        let moved = msj_db::place_moves::move_agenda(conn, agenda, target, when).await?;
        total.slot_templates += moved.slot_templates;
        total.slots += moved.slots;
        total.appointments += moved.appointments;
    }
    let row = PlaceMoveRow {
        id: Uuid::now_v7(),
        old_place_id: old_id,
        new_place_id: place.id,
        move_date: date,
        moved_by: Some(agent.user.id),
        created_at: now,
        agendas: i32::try_from(agendas.len()).unwrap_or(i32::MAX),
        slot_templates: total.slot_templates,
        slots: total.slots,
        appointments: total.appointments,
    };
    msj_db::place_moves::insert(conn, &row).await?;
    audit::record(conn, agent, now, "place.move", "place", Some(old_id)).await?;
    Ok((row, locked.place.name))
}
