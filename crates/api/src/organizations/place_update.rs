//! `PATCH /api/v1/places/{id}` and `POST /api/v1/places/{id}/archive`.

use actix_web::{HttpResponse, patch, post, web};
use diesel_async::AsyncConnection;
use msj_contract::Problem;
use msj_contract::organizations::{Place, PlaceUpdate};
use msj_db::organizations::{PlaceChanges, PlaceRow};
use msj_domain::access::organizations::manage_places;
use msj_domain::places::{check_contact, check_types_chosen};
use uuid::Uuid;

use super::{dto, jurisdiction, place_preparation, place_settings};
use crate::ApiError;
use crate::app::AppState;
use crate::auth::Agent;
use crate::auth::principal::AgentPrincipal;
use crate::error::JsonBody;

/// The place `id`, if the agent may manage it.
async fn managed_place(
    conn: &mut msj_db::AsyncPgConnection,
    agent: &AgentPrincipal,
    id: Uuid,
) -> Result<PlaceRow, ApiError> {
    let place = msj_db::organizations::find_place(conn, id)
        .await?
        .ok_or_else(ApiError::not_found)?;
    let reach = jurisdiction(conn, agent.organization.id).await?;
    manage_places(&agent.actor(), place.organization_id, &reach).into_result()?;
    Ok(place)
}

fn optional_text(value: Option<String>) -> Option<Option<String>> {
    value.map(|text| Some(text.trim().to_owned()).filter(|text| !text.is_empty()))
}

/// Changes a place (same roles as creation); its contact details are checked again when
/// the request changes one of them.
#[utoipa::path(
    operation_id = "update_place",
    tag = "organizations",
    security(("bearer" = [])),
    params(("id" = String, Path, description = "Place id.")),
    request_body(content = PlaceUpdate),
    responses(
        (status = 200, description = "The place as changed.", body = Place),
        (status = 403, description = "The caller's role does not manage places.", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "Unknown place, or outside the caller's reach.", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "Invalid field.", body = Problem, content_type = "application/problem+json"),
    )
)]
#[patch("/places/{id}")]
pub async fn update(
    Agent(agent): Agent,
    state: web::Data<AppState>,
    id: web::Path<Uuid>,
    body: JsonBody<PlaceUpdate>,
) -> Result<web::Json<Place>, ApiError> {
    let request = body.0;
    let mut conn = msj_db::pool::connection(&state.pool).await?;
    let place = managed_place(&mut conn, &agent, id.into_inner()).await?;
    let settings = place_settings::read(
        request.main_contact_method.as_deref(),
        request.information_url.as_deref(),
        (
            request.valid_from.or(place.valid_from),
            request.valid_until.or(place.valid_until),
        ),
    )?;
    let preparation = place_preparation::read(
        request.access_info.as_deref(),
        request.opening_hours.as_deref(),
        request.what_to_bring.as_deref(),
    )?;
    let name = request.name.map(|name| name.trim().to_owned());
    let address = request.address.map(|address| address.trim().to_owned());
    for (pointer, value) in [("/name", &name), ("/address", &address)] {
        if value.as_deref() == Some("") {
            return Err(ApiError::invalid_field(
                pointer,
                "required",
                "Champ obligatoire.",
            ));
        }
    }
    if request.phone.is_some() || request.email.is_some() || settings.contact.is_some() {
        let contact = match settings.contact {
            Some(contact) => contact,
            None => place.main_contact_method.parse()?,
        };
        check_contact(
            contact,
            request.phone.as_deref().or(place.phone.as_deref()),
            request.email.as_deref().or(place.email.as_deref()),
        )?;
    }
    if let Some(keys) = &request.appointment_types {
        check_types_chosen(keys.len())?;
        let known = msj_db::organizations::known_type_keys(&mut conn, keys).await?;
        if let Some(unknown) = keys.iter().position(|key| !known.contains(key)) {
            return Err(ApiError::invalid_field(
                &format!("/appointment_types/{unknown}"),
                "invalid_appointment_type",
                "Type de convocation inconnu.",
            ));
        }
        let keys: Vec<&str> = keys.iter().map(String::as_str).collect();
        msj_db::organizations::replace_types(&mut conn, place.id, &keys).await?;
    }
    let changes = PlaceChanges {
        name,
        address,
        phone: optional_text(request.phone),
        email: optional_text(request.email),
        main_contact_method: settings.contact.map(|contact| contact.key().to_owned()),
        information_url: settings.information_url,
        valid_from: request.valid_from.map(Some),
        valid_until: request.valid_until.map(Some),
        archived_at: None,
        access_info: preparation.access_info,
        opening_hours: preparation.opening_hours,
        what_to_bring: preparation.what_to_bring,
    };
    msj_db::organizations::update_place(&mut conn, place.id, &changes).await?;
    let row = msj_db::organizations::find_place(&mut conn, place.id)
        .await?
        .ok_or_else(ApiError::not_found)?;
    let types = msj_db::organizations::offered_types(&mut conn, &[row.id]).await?;
    let agendas = msj_db::organizations::agendas_of(&mut conn, &[row.id]).await?;
    Ok(web::Json(dto::place(&row, &types, &agendas)))
}

/// Archives a place with its agendas, and deletes their recurring slots (with the slots they
/// generated that hold no appointment): it leaves the lists and takes no new appointment.
#[utoipa::path(
    operation_id = "archive_place",
    tag = "organizations",
    security(("bearer" = [])),
    params(("id" = String, Path, description = "Place id.")),
    responses(
        (status = 204, description = "Archived."),
        (status = 403, description = "The caller's role does not manage places.", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "Unknown place, or outside the caller's reach.", body = Problem, content_type = "application/problem+json"),
    )
)]
#[post("/places/{id}/archive")]
pub async fn archive(
    Agent(agent): Agent,
    state: web::Data<AppState>,
    id: web::Path<Uuid>,
) -> Result<HttpResponse, ApiError> {
    let mut conn = msj_db::pool::connection(&state.pool).await?;
    let place = managed_place(&mut conn, &agent, id.into_inner()).await?;
    let now = state.clock.now();
    conn.transaction::<_, ApiError, _>(async |conn| {
        let changes = PlaceChanges {
            archived_at: Some(now),
            ..PlaceChanges::default()
        };
        msj_db::organizations::update_place(conn, place.id, &changes).await?;
        msj_db::organizations::archive_agendas(conn, place.id, now).await?;
        let templates = msj_db::slots::templates_of_place(conn, place.id).await?;
        msj_db::slots::delete_templates(conn, &templates).await?;
        Ok(())
    })
    .await?;
    Ok(HttpResponse::NoContent().finish())
}
