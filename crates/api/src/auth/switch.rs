//! `POST /api/v1/auth/me/service`: « Changer d'antenne » / « Changer de service ».

use actix_web::{get, post, web};
use msj_contract::Problem;
use msj_contract::auth::CurrentUser;
use msj_contract::organizations::Organization;
use msj_contract::users::UserMutation;
use msj_domain::access::impersonation::SensitiveAction;
use msj_domain::access::mutation::switch_service;
use msj_domain::roles::OrganizationType;

use super::session::current_user;
use crate::ApiError;
use crate::app::AppState;
use crate::audit;
use crate::auth::Agent;
use crate::error::JsonBody;

/// Moves the caller to another service: the central admin to any, a SPIP local admin, an
/// overseer or a psychologist to another service of their headquarter.
#[utoipa::path(operation_id = "switch_service", tag = "auth", security(("bearer" = [])),
    request_body(content = UserMutation),
    responses((status = 200, description = "The agent in the chosen service.", body = CurrentUser),
        (status = 403, description = "The caller's role does not switch services.", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "Unknown service, or outside the caller's headquarter.", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "`organization_id` missing or invalid.", body = Problem, content_type = "application/problem+json")))]
#[post("/auth/me/service")]
pub async fn switch(
    Agent(agent): Agent,
    state: web::Data<AppState>,
    body: JsonBody<UserMutation>,
) -> Result<web::Json<CurrentUser>, ApiError> {
    agent.refuse_while_impersonating(SensitiveAction::SwitchService)?;
    let text = body.0.organization_id.ok_or_else(|| {
        ApiError::invalid_field("/organization_id", "required", "Champ obligatoire.")
    })?;
    let to = ApiError::parse_id("/organization_id", &text)?;
    let mut conn = msj_db::pool::connection(&state.pool).await?;
    let target = msj_db::organizations::find(&mut conn, to)
        .await?
        .ok_or_else(ApiError::not_found)?;
    let target_type = target
        .kind
        .parse::<OrganizationType>()
        .map_err(|_| ApiError::not_found())?;
    switch_service(
        &agent.actor(),
        agent.organization.headquarter_id,
        target.headquarter_id,
        target_type,
    )
    .into_result()?;
    let now = state.clock.now();
    msj_db::users::set_service(&mut conn, agent.user.id, target.id, now).await?;
    audit::record(
        &mut conn,
        &agent,
        now,
        "user.switch_service",
        "user",
        Some(agent.user.id),
    )
    .await?;
    let user = msj_db::users::find(&mut conn, agent.user.id)
        .await?
        .ok_or_else(ApiError::not_found)?;
    Ok(web::Json(current_user(&user, &target)))
}

/// The services the caller may move to with `POST /auth/me/service`, by name: any other for
/// the central admin; the other services of the same kind of their headquarter for a SPIP
/// local admin, an overseer or a psychologist; none for the other roles.
#[utoipa::path(operation_id = "switch_service_targets", tag = "auth", security(("bearer" = [])),
    responses((status = 200, description = "Services, by name.", body = Vec<Organization>)))]
#[get("/auth/me/services")]
pub async fn targets(
    Agent(agent): Agent,
    state: web::Data<AppState>,
) -> Result<web::Json<Vec<Organization>>, ApiError> {
    let mut conn = msj_db::pool::connection(&state.pool).await?;
    let rows = msj_db::organizations::list(&mut conn, None).await?;
    let allowed: Vec<_> = rows
        .iter()
        .filter(|row| row.id != agent.organization.id)
        .filter(|row| {
            row.kind.parse::<OrganizationType>().is_ok_and(|kind| {
                switch_service(
                    &agent.actor(),
                    agent.organization.headquarter_id,
                    row.headquarter_id,
                    kind,
                )
                .is_allowed()
            })
        })
        .collect();
    let ids: Vec<_> = allowed.iter().map(|row| row.id).collect();
    let links = msj_db::organizations::links_of(&mut conn, &ids).await?;
    Ok(web::Json(
        allowed
            .into_iter()
            .map(|row| crate::organizations::organization(row, &links))
            .collect(),
    ))
}
