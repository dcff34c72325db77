//! `POST /api/v1/places/{id}/agendas` and `PATCH /api/v1/agendas/{id}`.

use actix_web::http::StatusCode;
use actix_web::{HttpResponse, patch, post, web};
use msj_contract::Problem;
use msj_contract::organizations::{Agenda, NewAgenda};
use msj_domain::access::organizations::manage_agendas;
use uuid::Uuid;

use super::jurisdiction;
use crate::ApiError;
use crate::app::AppState;
use crate::auth::Agent;
use crate::error::JsonBody;

/// The trimmed name of an agenda, which may not be blank.
fn agenda_name(body: NewAgenda) -> Result<String, ApiError> {
    let name = body.name.trim().to_owned();
    if name.is_empty() {
        return Err(ApiError::invalid_field(
            "/name",
            "required",
            "Champ obligatoire.",
        ));
    }
    Ok(name)
}

/// Adds an agenda to a place: local admins and greffe SAP of the place's service, the central
/// admin in their jurisdiction.
#[utoipa::path(
    operation_id = "create_agenda",
    tag = "organizations",
    security(("bearer" = [])),
    params(("id" = String, Path, description = "Place id.")),
    request_body(content = NewAgenda),
    responses(
        (status = 201, description = "Created.", body = Agenda),
        (status = 403, description = "The caller's role does not manage agendas.", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "Unknown place, or outside the caller's reach.", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "`agenda_name_taken`.", body = Problem, content_type = "application/problem+json"),
    )
)]
#[post("/places/{id}/agendas")]
pub async fn create(
    Agent(agent): Agent,
    state: web::Data<AppState>,
    id: web::Path<Uuid>,
    body: JsonBody<NewAgenda>,
) -> Result<HttpResponse, ApiError> {
    let name = agenda_name(body.0)?;
    let mut conn = msj_db::pool::connection(&state.pool).await?;
    let place = msj_db::organizations::find_place(&mut conn, id.into_inner())
        .await?
        .ok_or_else(ApiError::not_found)?;
    let reach = jurisdiction(&mut conn, agent.organization.id).await?;
    manage_agendas(&agent.actor(), place.organization_id, &reach).into_result()?;
    let agenda_id = Uuid::now_v7();
    if !msj_db::organizations::insert_agenda(&mut conn, agenda_id, place.id, &name).await? {
        return Err(ApiError::new(
            StatusCode::CONFLICT,
            "agenda_name_taken",
            "Ce lieu a déjà un agenda de ce nom.",
        ));
    }
    Ok(HttpResponse::Created().json(Agenda {
        id: agenda_id.to_string(),
        name,
    }))
}

/// Renames an agenda (same roles as creation).
#[utoipa::path(
    operation_id = "rename_agenda",
    tag = "organizations",
    security(("bearer" = [])),
    params(("id" = String, Path, description = "Agenda id.")),
    request_body(content = NewAgenda),
    responses(
        (status = 200, description = "Renamed.", body = Agenda),
        (status = 403, description = "The caller's role does not manage agendas.", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "Unknown agenda, or outside the caller's reach.", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "`agenda_name_taken`.", body = Problem, content_type = "application/problem+json"),
    )
)]
#[patch("/agendas/{id}")]
pub async fn rename(
    Agent(agent): Agent,
    state: web::Data<AppState>,
    id: web::Path<Uuid>,
    body: JsonBody<NewAgenda>,
) -> Result<web::Json<Agenda>, ApiError> {
    let name = agenda_name(body.0)?;
    let mut conn = msj_db::pool::connection(&state.pool).await?;
    let agenda = msj_db::organizations::find_agenda(&mut conn, id.into_inner())
        .await?
        .ok_or_else(ApiError::not_found)?;
    let place = msj_db::organizations::find_place(&mut conn, agenda.place_id)
        .await?
        .ok_or_else(ApiError::not_found)?;
    let reach = jurisdiction(&mut conn, agent.organization.id).await?;
    manage_agendas(&agent.actor(), place.organization_id, &reach).into_result()?;
    if !msj_db::organizations::rename_agenda(&mut conn, agenda.id, &name).await? {
        return Err(ApiError::new(
            StatusCode::CONFLICT,
            "agenda_name_taken",
            "Ce lieu a déjà un agenda de ce nom.",
        ));
    }
    Ok(web::Json(Agenda {
        id: agenda.id.to_string(),
        name,
    }))
}
