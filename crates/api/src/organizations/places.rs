//! `GET /api/v1/places` and `POST /api/v1/places`.

use actix_web::http::StatusCode;
use actix_web::{HttpResponse, get, post, web};
use msj_contract::Problem;
use msj_contract::organizations::{NewPlace, Place, PlaceActions};
use msj_domain::access::organizations::{manage_agendas, manage_places};
use uuid::Uuid;

use super::{dto, jurisdiction, new_place};
use crate::ApiError;
use crate::app::AppState;
use crate::auth::Agent;
use crate::error::JsonBody;
use msj_domain::places::{check_types_chosen, first_agenda_name};

/// The places of the caller's jurisdiction (their service and the linked ones), with the
/// appointment types they offer and their agendas.
#[utoipa::path(
    operation_id = "list_places",
    tag = "organizations",
    security(("bearer" = [])),
    responses((status = 200, description = "Places by name.", body = Vec<Place>))
)]
#[get("/places")]
pub async fn list(
    Agent(agent): Agent,
    state: web::Data<AppState>,
) -> Result<web::Json<Vec<Place>>, ApiError> {
    let mut conn = msj_db::pool::connection(&state.pool).await?;
    let reach = jurisdiction(&mut conn, agent.organization.id).await?;
    let rows = msj_db::organizations::list_places(&mut conn, Some(&reach)).await?;
    let ids: Vec<Uuid> = rows.iter().map(|row| row.id).collect();
    let types = msj_db::organizations::offered_types(&mut conn, &ids).await?;
    let agendas = msj_db::organizations::agendas_of(&mut conn, &ids).await?;
    let actor = agent.actor();
    Ok(web::Json(
        rows.iter()
            .map(|row| Place {
                actions: Some(PlaceActions {
                    edit: manage_places(&actor, row.organization_id, &reach).is_allowed(),
                    agendas: manage_agendas(&actor, row.organization_id, &reach).is_allowed(),
                }),
                ..dto::place(row, &types, &agendas)
            })
            .collect(),
    ))
}

/// Creates a place: local admins, directors of greffe, JAP, greffe SAP and DPIP in their
/// service; the central admin in their jurisdiction.
#[utoipa::path(
    operation_id = "create_place",
    tag = "organizations",
    security(("bearer" = [])),
    request_body(content = NewPlace),
    responses(
        (status = 201, description = "Created.", body = Place),
        (status = 403, description = "The caller's role does not manage places.", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "Unknown service, or outside the caller's reach.", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "Invalid field, or an unknown appointment type.", body = Problem, content_type = "application/problem+json"),
    )
)]
#[post("/places")]
pub async fn create(
    Agent(agent): Agent,
    state: web::Data<AppState>,
    body: JsonBody<NewPlace>,
) -> Result<HttpResponse, ApiError> {
    let request = body.0;
    let organization_id = match request.organization_id.as_deref() {
        Some(id) => ApiError::parse_id("/organization_id", id)?,
        None => agent.organization.id,
    };
    let place = new_place::place_row(&request, organization_id)?;
    check_types_chosen(request.appointment_types.len())?;
    let mut conn = msj_db::pool::connection(&state.pool).await?;
    let reach = jurisdiction(&mut conn, agent.organization.id).await?;
    manage_places(&agent.actor(), organization_id, &reach).into_result()?;
    let known =
        msj_db::organizations::known_type_keys(&mut conn, &request.appointment_types).await?;
    if let Some(unknown) = request
        .appointment_types
        .iter()
        .position(|key| !known.contains(key))
    {
        return Err(ApiError::invalid_field(
            &format!("/appointment_types/{unknown}"),
            "invalid_appointment_type",
            "Type de convocation inconnu.",
        ));
    }
    msj_db::organizations::insert_place_if_absent(&mut conn, &place).await?;
    let keys: Vec<&str> = request
        .appointment_types
        .iter()
        .map(String::as_str)
        .collect();
    msj_db::organizations::offer_types(&mut conn, place.id, &keys).await?;
    let agenda = first_agenda_name(&place.name);
    msj_db::organizations::insert_agenda(&mut conn, Uuid::now_v7(), place.id, &agenda).await?;
    let row = msj_db::organizations::find_place(&mut conn, place.id)
        .await?
        .ok_or_else(|| {
            ApiError::new(
                StatusCode::CONFLICT,
                "place_conflict",
                "Le lieu n'a pas pu être créé.",
            )
        })?;
    let types = msj_db::organizations::offered_types(&mut conn, &[row.id]).await?;
    Ok(HttpResponse::Created().json(dto::place(&row, &types, &[])))
}
