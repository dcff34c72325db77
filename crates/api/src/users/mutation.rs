//! `POST /api/v1/users/{id}/mutation`: an agent moves to another service of the same type.

use actix_web::http::StatusCode;
use actix_web::{post, web};
use diesel_async::AsyncConnection;
use msj_contract::Problem;
use msj_contract::users::{User, UserMutation};
use msj_domain::access::impersonation::SensitiveAction;
use msj_domain::access::mutation::transfer_agent;
use msj_domain::roles::OrganizationType;
use uuid::Uuid;

use super::dto;
use crate::ApiError;
use crate::app::AppState;
use crate::audit;
use crate::auth::Agent;
use crate::error::JsonBody;
use crate::mail::mutation_texts::{agent_left, agent_moved};
use crate::mail::outbox::queue;

/// Moves an agent into the caller's service (or, for the central admin, `organization_id`), of
/// the same type: their probationers lose them as referent, their appointments to come are
/// unassigned, and the agent and the former service's local admins are emailed.
#[utoipa::path(operation_id = "move_user", tag = "users", security(("bearer" = [])),
    params(("id" = String, Path, description = "Agent id.")),
    request_body(content = UserMutation),
    responses((status = 200, description = "The agent in their new service.", body = User),
        (status = 403, description = "Not an admin of the receiving service, or services of different types.", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "Unknown agent or service.", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "`same_service`.", body = Problem, content_type = "application/problem+json")))]
#[post("/users/{id}/mutation")]
pub async fn move_agent(
    Agent(agent): Agent,
    state: web::Data<AppState>,
    id: web::Path<Uuid>,
    body: JsonBody<UserMutation>,
) -> Result<web::Json<User>, ApiError> {
    agent.refuse_while_impersonating(SensitiveAction::MoveAgent)?;
    let to = match body.0.organization_id.as_deref() {
        Some(text) => ApiError::parse_id("/organization_id", text)?,
        None => agent.organization.id,
    };
    let mut conn = msj_db::pool::connection(&state.pool).await?;
    let user = msj_db::users::find(&mut conn, id.into_inner())
        .await?
        .filter(|user| !user.api_client)
        .ok_or_else(ApiError::not_found)?;
    let from = msj_db::organizations::find(&mut conn, user.organization_id)
        .await?
        .ok_or_else(ApiError::not_found)?;
    let target = msj_db::organizations::find(&mut conn, to)
        .await?
        .ok_or_else(ApiError::not_found)?;
    let kind = |text: &str| text.parse::<OrganizationType>().map_err(ApiError::internal);
    transfer_agent(
        &agent.actor(),
        kind(&from.kind)?,
        target.id,
        kind(&target.kind)?,
    )
    .into_result()?;
    if from.id == target.id {
        return Err(ApiError::new(
            StatusCode::CONFLICT,
            "same_service",
            "Cet agent travaille déjà dans ce service.",
        ));
    }
    let now = state.clock.now();
    let link = state.config.public_url.clone();
    let moved = conn
        .transaction::<_, ApiError, _>(async |conn| {
            let released = msj_db::users::move_to_service(conn, user.id, target.id, now).await?;
            queue(
                conn,
                "agent_moved",
                &user.email,
                agent_moved(&user.first_name, &target.name, &link),
                now,
            )
            .await?;
            let name = format!("{} {}", user.first_name, user.last_name);
            for admin in msj_db::users::local_admin_emails(conn, from.id).await? {
                queue(
                    conn,
                    "agent_left",
                    &admin,
                    agent_left(&name, &target.name, released, &link),
                    now,
                )
                .await?;
            }
            audit::record(conn, &agent, now, "user.mutation", "user", Some(user.id)).await?;
            msj_db::users::find(conn, user.id)
                .await?
                .ok_or_else(ApiError::not_found)
        })
        .await?;
    Ok(web::Json(dto::user(&moved)))
}
