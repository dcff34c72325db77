//! `PATCH /api/v1/users/{id}`.

use actix_web::{patch, web};
use msj_contract::Problem;
use msj_contract::users::{User, UserUpdate};
use msj_db::users::ProfileChanges;
use msj_domain::access::impersonation::SensitiveAction;
use msj_domain::access::users::{change_role, edit_user};
use msj_domain::identity::{normalize_first_name, normalize_last_name};
use msj_domain::roles::{OrganizationType, Role};
use uuid::Uuid;

use super::dto;
use crate::ApiError;
use crate::app::AppState;
use crate::auth::Agent;
use crate::error::JsonBody;

/// Changes an agent: names and phone (oneself, or an agent the caller manages), role. A new
/// role must fit the agent's service; nobody changes their own role,
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
    agent.refuse_while_impersonating(SensitiveAction::EditAgent)?;
    let request = body.0;
    let mut conn = msj_db::pool::connection(&state.pool).await?;
    let (row, target) = dto::target(&mut conn, id.into_inner()).await?;
    let actor = agent.actor();
    edit_user(&actor, &target).into_result()?;
    let name = |pointer: &str, value: Option<String>, normalize: fn(&str) -> String| {
        value
            .map(|value| normalize(&value))
            .map_or(Ok(None), |value| {
                if value.is_empty() {
                    Err(ApiError::invalid_field(
                        pointer,
                        "required",
                        "Champ obligatoire.",
                    ))
                } else {
                    Ok(Some(value))
                }
            })
    };
    let mut changes = ProfileChanges {
        first_name: name("/first_name", request.first_name, normalize_first_name)?,
        last_name: name("/last_name", request.last_name, normalize_last_name)?,
        phone: request
            .phone
            .map(|phone| Some(phone.trim().to_owned()).filter(|phone| !phone.is_empty())),
        role: None,
        updated_at: Some(state.clock.now()),
    };
    if let Some(role) = request.role {
        let role: Role = role
            .parse()
            .map_err(|_| ApiError::invalid_field("/role", "invalid_role", "Rôle inconnu."))?;
        change_role(&actor, &target, role).into_result()?;
        let organization = msj_db::organizations::find(&mut conn, row.organization_id)
            .await?
            .ok_or_else(ApiError::not_found)?;
        let kind: OrganizationType = organization.kind.parse().map_err(ApiError::internal)?;
        if !role.fits_organization_type(kind) {
            return Err(ApiError::invalid_field(
                "/role",
                "invalid_role",
                "Ce rôle n'existe pas dans ce type de service.",
            ));
        }
        changes.role = Some(role.key().to_owned());
    }
    msj_db::users::update_profile(&mut conn, row.id, &changes).await?;
    let row = msj_db::users::find(&mut conn, row.id)
        .await?
        .ok_or_else(ApiError::not_found)?;
    Ok(web::Json(dto::user(&row)))
}
