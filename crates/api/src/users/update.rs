//! `PATCH /api/v1/users/{id}`.

use actix_web::{patch, web};
use msj_contract::users::{User, UserUpdate};
use msj_contract::{FieldError, Problem};
use msj_domain::access::users::{change_role, edit_user};
use msj_domain::roles::{OrganizationType, Role};
use uuid::Uuid;

use super::dto;
use crate::ApiError;
use crate::app::AppState;
use crate::auth::Agent;
use crate::error::JsonBody;

/// Changes an agent. A new role must fit the agent's service; nobody changes their own role,
/// and only the central admin gives the admin role. The change applies from the agent's next
/// request.
#[utoipa::path(
    operation_id = "update_user",
    tag = "users",
    security(("bearer" = [])),
    params(("id" = String, Path, description = "Agent id.")),
    request_body(content = UserUpdate),
    responses(
        (status = 200, description = "The agent as changed.", body = User),
        (status = 403, description = "`cannot_change_own_role`, `cannot_assign_role` or `forbidden`.", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "Unknown agent, or outside the caller's service.", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "Unknown role, or one that does not fit the service.", body = Problem, content_type = "application/problem+json"),
    )
)]
#[patch("/users/{id}")]
pub async fn update(
    Agent(agent): Agent,
    state: web::Data<AppState>,
    id: web::Path<Uuid>,
    body: JsonBody<UserUpdate>,
) -> Result<web::Json<User>, ApiError> {
    let mut conn = msj_db::pool::connection(&state.pool).await?;
    let (row, target) = dto::target(&mut conn, id.into_inner()).await?;
    let actor = agent.actor();
    edit_user(&actor, &target).into_result()?;
    if let Some(role) = body.0.role {
        let invalid = |detail: &str| {
            ApiError::invalid_fields(vec![FieldError {
                pointer: "/role".into(),
                code: "invalid_role".into(),
                detail: detail.into(),
            }])
        };
        let role: Role = role.parse().map_err(|_| invalid("Rôle inconnu."))?;
        change_role(&actor, &target, role).into_result()?;
        let organization = msj_db::organizations::find(&mut conn, row.organization_id)
            .await
            .map_err(ApiError::internal)?
            .ok_or_else(ApiError::not_found)?;
        let kind: OrganizationType = organization.kind.parse().map_err(ApiError::internal)?;
        if !role.fits_organization_type(kind) {
            return Err(invalid("Ce rôle n'existe pas dans ce type de service."));
        }
        msj_db::users::set_role(&mut conn, row.id, role.key(), state.clock.now())
            .await
            .map_err(ApiError::internal)?;
    }
    let row = msj_db::users::find(&mut conn, row.id)
        .await
        .map_err(ApiError::internal)?
        .ok_or_else(ApiError::not_found)?;
    Ok(web::Json(dto::user(&row)))
}
