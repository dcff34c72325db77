//! `GET /api/v1/places` and `POST /api/v1/places`.

use actix_web::http::StatusCode;
use actix_web::{HttpResponse, get, post, web};
use msj_contract::Problem;
use msj_contract::organizations::{NewPlace, Place, PlaceActions};
use msj_domain::access::organizations::{manage_agendas, manage_places};
use uuid::Uuid;

use super::{dto, jurisdiction, place_preparation, place_settings};
use crate::ApiError;
use crate::app::AppState;
use crate::auth::{Agent, secret_token};
use crate::error::JsonBody;
use msj_domain::places::{ContactMethod, check_contact, check_types_chosen, first_agenda_name};

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
    let (name, address) = (
        request.name.trim().to_owned(),
        request.address.trim().to_owned(),
    );
    if name.is_empty() || address.is_empty() {
        return Err(ApiError::invalid_field(
            if name.is_empty() { "/name" } else { "/address" },
            "required",
            "Champ obligatoire.",
        ));
    }
    let settings = place_settings::read(
        request.main_contact_method.as_deref(),
        request.information_url.as_deref(),
        (request.valid_from, request.valid_until),
    )?;
    let preparation = place_preparation::read(
        request.access_info.as_deref(),
        request.opening_hours.as_deref(),
        request.what_to_bring.as_deref(),
    )?;
    let contact = settings.contact.unwrap_or(ContactMethod::Phone);
    check_contact(contact, request.phone.as_deref(), request.email.as_deref())?;
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
    let place = msj_db::organizations::PlaceRow {
        id: Uuid::now_v7(),
        organization_id,
        name,
        address,
        phone: request.phone.filter(|phone| !phone.trim().is_empty()),
        email: request.email.filter(|email| !email.trim().is_empty()),
        code: secret_token::short(8),
        main_contact_method: contact.key().to_owned(),
        information_url: settings.information_url.flatten(),
        valid_from: request.valid_from,
        valid_until: request.valid_until,
        access_info: preparation.access_info.flatten(),
        opening_hours: preparation.opening_hours.flatten(),
        what_to_bring: preparation.what_to_bring.flatten(),
    };
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
