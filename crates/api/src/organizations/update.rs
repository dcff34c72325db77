//! `PATCH /api/v1/organizations/{id}`.

use actix_web::{patch, web};
use chrono::NaiveTime;
use msj_contract::Problem;
use msj_contract::organizations::{Organization, OrganizationUpdate};
use msj_db::organizations::OrganizationChanges;
use msj_domain::access::organizations::edit_organization;
use msj_domain::sms::check_sender_name;
use msj_domain::territories::Territory;
use uuid::Uuid;

use super::dto;
use crate::ApiError;
use crate::app::AppState;
use crate::auth::Agent;
use crate::error::JsonBody;

fn local_time(pointer: &str, value: Option<String>) -> Result<Option<NaiveTime>, ApiError> {
    value
        .map(|text| NaiveTime::parse_from_str(&text, "%H:%M"))
        .transpose()
        .map_err(|_| {
            ApiError::invalid_field(pointer, "invalid_time", "Heure attendue au format HH:MM.")
        })
}

/// Changes a service's settings (central admin): time zone (among those of its territory),
/// structural email, headquarter, inter-ressort, SMS quiet hours and sender name.
#[utoipa::path(
    operation_id = "update_organization",
    tag = "organizations",
    security(("bearer" = [])),
    params(("id" = String, Path, description = "Service id.")),
    request_body(content = OrganizationUpdate),
    responses(
        (status = 200, description = "The service as changed.", body = Organization),
        (status = 403, description = "Not the central admin.", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "Unknown service.", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "Invalid field.", body = Problem, content_type = "application/problem+json"),
    )
)]
#[patch("/organizations/{id}")]
pub async fn update(
    Agent(agent): Agent,
    state: web::Data<AppState>,
    id: web::Path<Uuid>,
    body: JsonBody<OrganizationUpdate>,
) -> Result<web::Json<Organization>, ApiError> {
    edit_organization(&agent.actor()).into_result()?;
    let request = body.0;
    let mut conn = msj_db::pool::connection(&state.pool).await?;
    let row = msj_db::organizations::find(&mut conn, id.into_inner())
        .await?
        .ok_or_else(ApiError::not_found)?;
    let territory: Territory = row.territory.parse().map_err(ApiError::internal)?;
    let time_zone = request
        .time_zone
        .map(|zone| territory.check_time_zone(&zone).map(str::to_owned))
        .transpose()
        .map_err(|error| ApiError::invalid_field("/time_zone", error.code(), error.to_string()))?;
    let headquarter_id = match request.headquarter.as_deref().map(str::trim) {
        None => None,
        Some("") => Some(None),
        Some(name) => Some(Some(
            msj_db::organizations::upsert_headquarter(&mut conn, name).await?,
        )),
    };
    let changes = OrganizationChanges {
        headquarter_id,
        time_zone,
        structural_email: request
            .structural_email
            .map(|email| email.trim().to_owned()),
        use_inter_ressort: request.use_inter_ressort,
        quiet_hours_start: local_time("/quiet_hours_start", request.quiet_hours_start)?,
        quiet_hours_end: local_time("/quiet_hours_end", request.quiet_hours_end)?,
        sms_sender: request
            .sms_sender
            .map(|name| check_sender_name(&name))
            .transpose()
            .map_err(|error| {
                ApiError::invalid_field("/sms_sender", error.code(), error.to_string())
            })?,
        updated_at: Some(state.clock.now()),
    };
    msj_db::organizations::update(&mut conn, row.id, &changes).await?;
    let row = msj_db::organizations::find(&mut conn, row.id)
        .await?
        .ok_or_else(ApiError::not_found)?;
    let links = msj_db::organizations::links_of(&mut conn, &[row.id]).await?;
    Ok(web::Json(dto::organization(&row, &links)))
}
