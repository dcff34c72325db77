//! `GET /api/v1/convicts/{id}`.

use actix_web::{get, web};
use msj_contract::Problem;
use msj_contract::convicts::Convict;
use msj_domain::access::convicts::view_convict;
use uuid::Uuid;

use super::dto;
use crate::ApiError;
use crate::app::AppState;
use crate::auth::Agent;

/// A probationer's record with its profile (referent, pending transfer, the buttons the
/// caller gets): for BEX roles any, for others those their service follows.
#[utoipa::path(
    operation_id = "get_convict",
    tag = "convicts",
    security(("bearer" = [])),
    params(("id" = String, Path, description = "Probationer id.")),
    responses(
        (status = 200, description = "The record.", body = Convict),
        (status = 404, description = "Unknown, or not followed by the caller's service.", body = Problem, content_type = "application/problem+json"),
    )
)]
#[get("/convicts/{id}")]
pub async fn show(
    Agent(agent): Agent,
    state: web::Data<AppState>,
    id: web::Path<Uuid>,
) -> Result<web::Json<Convict>, ApiError> {
    let mut conn = msj_db::pool::connection(&state.pool).await?;
    let row = msj_db::convicts::find(&mut conn, id.into_inner())
        .await?
        .ok_or_else(ApiError::not_found)?;
    let followers: Vec<_> = dto::followers(&mut conn, &[row.id])
        .await?
        .into_iter()
        .map(|(_, org)| org)
        .collect();
    let followed_by: Vec<Uuid> = followers
        .iter()
        .filter_map(|org| Uuid::parse_str(&org.id).ok())
        .collect();
    view_convict(&agent.actor(), &followed_by).into_result()?;
    let now = state.clock.now();
    crate::audit::record(
        &mut conn,
        &agent,
        now,
        "convict.read",
        "convict",
        Some(row.id),
    )
    .await?;
    let mut convict = dto::convict(&row, followers);
    super::profile::complete(&mut conn, &agent, &row, &followed_by, &mut convict).await?;
    Ok(web::Json(convict))
}
