//! `POST /api/v1/organizations`.

use actix_web::http::StatusCode;
use actix_web::{HttpResponse, post, web};
use msj_contract::Problem;
use msj_contract::organizations::{NewOrganization, Organization};
use msj_domain::access::organizations::create_organization;
use msj_domain::roles::OrganizationType;
use msj_domain::services::check_new_service;
use msj_domain::territories::Territory;
use uuid::Uuid;

use super::dto;
use crate::ApiError;
use crate::app::AppState;
use crate::auth::Agent;
use crate::error::JsonBody;

/// Creates a service (central admin), linked to services of the other type.
#[utoipa::path(
    operation_id = "create_organization",
    tag = "organizations",
    security(("bearer" = [])),
    request_body(content = NewOrganization),
    responses(
        (status = 201, description = "Created.", body = Organization),
        (status = 403, description = "Not the central admin.", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "`organization_conflict`: the name is taken, or the JAPAT court exists.", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "Invalid field.", body = Problem, content_type = "application/problem+json"),
    )
)]
#[post("/organizations")]
pub async fn create(
    Agent(agent): Agent,
    state: web::Data<AppState>,
    body: JsonBody<NewOrganization>,
) -> Result<HttpResponse, ApiError> {
    create_organization(&agent.actor()).into_result()?;
    let request = body.0;
    let name = request.name.trim().to_owned();
    if name.is_empty() {
        return Err(ApiError::invalid_field(
            "/name",
            "required",
            "Champ obligatoire.",
        ));
    }
    let kind: OrganizationType = request
        .kind
        .parse()
        .map_err(|_| ApiError::invalid_field("/kind", "invalid_value", "« spip » ou « tj »."))?;
    let territory: Territory = request.territory.parse().map_err(|_| {
        ApiError::invalid_field("/territory", "invalid_territory", "Territoire inconnu.")
    })?;
    let time_zone = match request.time_zone.as_deref() {
        Some(zone) => territory.check_time_zone(zone).map_err(|error| {
            ApiError::invalid_field("/time_zone", error.code(), error.to_string())
        })?,
        None => territory.default_time_zone(),
    };
    let linked = request
        .linked_organization_ids
        .iter()
        .map(|id| ApiError::parse_id("/linked_organization_ids", id))
        .collect::<Result<Vec<_>, _>>()?;
    let mut conn = msj_db::pool::connection(&state.pool).await?;
    let mut linked_kinds = Vec::with_capacity(linked.len());
    for id in &linked {
        let other = msj_db::organizations::find(&mut conn, *id).await?;
        linked_kinds.push(other.and_then(|other| other.kind.parse::<OrganizationType>().ok()));
    }
    check_new_service(kind, request.is_japat_court, &linked_kinds)?;
    let headquarter = match request
        .headquarter
        .as_deref()
        .map(str::trim)
        .filter(|name| !name.is_empty())
    {
        Some(name) => Some(msj_db::organizations::upsert_headquarter(&mut conn, name).await?),
        None => None,
    };
    let row = msj_db::organizations::NewOrganization {
        id: Uuid::now_v7(),
        name,
        kind: kind.key().to_owned(),
        territory: territory.key().to_owned(),
        time_zone: time_zone.to_owned(),
        structural_email: request
            .structural_email
            .filter(|email| !email.trim().is_empty()),
        headquarter_id: headquarter,
        use_inter_ressort: request.use_inter_ressort,
        is_japat_court: request.is_japat_court,
    };
    if !msj_db::organizations::insert(&mut conn, &row).await? {
        return Err(ApiError::new(
            StatusCode::CONFLICT,
            "organization_conflict",
            "Un service porte déjà ce nom, ou la juridiction JAPAT existe déjà.",
        ));
    }
    for other in linked {
        let (spip, tj) = if kind == OrganizationType::Spip {
            (row.id, other)
        } else {
            (other, row.id)
        };
        msj_db::organizations::link(&mut conn, spip, tj).await?;
    }
    let created = msj_db::organizations::find(&mut conn, row.id)
        .await?
        .ok_or_else(ApiError::not_found)?;
    let links = msj_db::organizations::links_of(&mut conn, &[row.id]).await?;
    Ok(HttpResponse::Created().json(dto::organization(&created, &links)))
}
