//! `GET /api/v1/organizations` and `GET /api/v1/organizations/{id}`.

use actix_web::{get, web};
use msj_contract::Problem;
use msj_contract::organizations::Organization;
use msj_domain::access::Scope;
use msj_domain::access::organizations::list_organizations;
use uuid::Uuid;

use super::{dto, jurisdiction};
use crate::ApiError;
use crate::app::AppState;
use crate::auth::Agent;

/// The services the caller may see: every one for the central admin, their own and the
/// linked ones for everyone else.
#[utoipa::path(
    operation_id = "list_organizations",
    tag = "organizations",
    security(("bearer" = [])),
    responses((status = 200, description = "Services by name.", body = Vec<Organization>))
)]
#[get("/organizations")]
pub async fn list(
    Agent(agent): Agent,
    state: web::Data<AppState>,
) -> Result<web::Json<Vec<Organization>>, ApiError> {
    let mut conn = msj_db::pool::connection(&state.pool).await?;
    let reach = jurisdiction(&mut conn, agent.organization.id).await?;
    let rows = match list_organizations(&agent.actor(), &reach) {
        Scope::Nationwide => msj_db::organizations::list(&mut conn, None).await?,
        Scope::Organizations(ids) => msj_db::organizations::list(&mut conn, Some(&ids)).await?,
        Scope::OwnOrganization => {
            msj_db::organizations::list(&mut conn, Some(&[agent.organization.id])).await?
        }
        Scope::Nothing => Vec::new(),
    };
    let ids: Vec<Uuid> = rows.iter().map(|row| row.id).collect();
    let links = msj_db::organizations::links_of(&mut conn, &ids).await?;
    Ok(web::Json(
        rows.iter()
            .map(|row| dto::organization(row, &links))
            .collect(),
    ))
}

/// One service, if the caller may see it.
#[utoipa::path(
    operation_id = "get_organization",
    tag = "organizations",
    security(("bearer" = [])),
    params(("id" = String, Path, description = "Service id.")),
    responses(
        (status = 200, description = "The service.", body = Organization),
        (status = 404, description = "Unknown, or outside the caller's jurisdiction.", body = Problem, content_type = "application/problem+json"),
    )
)]
#[get("/organizations/{id}")]
pub async fn show(
    Agent(agent): Agent,
    state: web::Data<AppState>,
    id: web::Path<Uuid>,
) -> Result<web::Json<Organization>, ApiError> {
    let id = id.into_inner();
    let mut conn = msj_db::pool::connection(&state.pool).await?;
    let reach = jurisdiction(&mut conn, agent.organization.id).await?;
    if !list_organizations(&agent.actor(), &reach).includes(id, agent.organization.id) {
        return Err(ApiError::not_found());
    }
    let row = msj_db::organizations::find(&mut conn, id)
        .await?
        .ok_or_else(ApiError::not_found)?;
    let links = msj_db::organizations::links_of(&mut conn, &[id]).await?;
    Ok(web::Json(dto::organization(&row, &links)))
}
