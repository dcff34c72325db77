//! `POST /api/v1/users/invitations`.

use actix_web::http::StatusCode;
use actix_web::{HttpResponse, post, web};
use diesel_async::AsyncConnection;
use msj_contract::Problem;
use msj_contract::users::{InvitationRequest, User};
use msj_db::auth::user_tokens::{self, INVITATION};
use msj_db::users::NewUser;
use msj_domain::access::impersonation::SensitiveAction;
use msj_domain::access::users::invite as may_invite;
use msj_domain::accounts::{INVITATION_LIFETIME, normalize_email};
use msj_domain::identity::{normalize_first_name, normalize_last_name};
use msj_domain::roles::{OrganizationType, Role};
use uuid::Uuid;

use super::dto;
use crate::ApiError;
use crate::app::AppState;
use crate::auth::{Agent, secret_token};
use crate::error::JsonBody;
use crate::mail::{outbox, templates};

/// 409 for an email already in use: `agent_in_other_service` (about that agent, who may be
/// moved here) when they work in another service of the same type, `email_taken` otherwise.
async fn taken(
    conn: &mut msj_db::AsyncPgConnection,
    email: &str,
    organization: &msj_db::organizations::OrganizationRow,
) -> ApiError {
    let taken = || {
        ApiError::new(
            StatusCode::CONFLICT,
            "email_taken",
            "Un agent utilise déjà cette adresse email.",
        )
    };
    let Ok(Some(existing)) = msj_db::users::find_by_email(conn, email).await else {
        return taken();
    };
    match msj_db::organizations::find(conn, existing.organization_id).await {
        Ok(Some(service)) if service.id != organization.id && service.kind == organization.kind => ApiError::new(
            StatusCode::CONFLICT,
            "agent_in_other_service",
            format!(
                "Cet agent travaille au service « {} » : vous pouvez le muter dans votre service, ce qui le retirera de son service actuel.",
                service.name
            ),
        )
        .about(format!("/api/v1/users/{}", existing.id)),
        _ => taken(),
    }
}

/// Invites an agent: creates the account and emails a link valid 7 days to choose a
/// password. Admins invite into any service with any role; local admins into their service,
/// local admins included; directors of greffe into their service, neither admins nor local
/// admins.
#[utoipa::path(
    operation_id = "invite_user",
    tag = "users",
    security(("bearer" = [])),
    request_body(content = InvitationRequest),
    responses(
        (status = 201, description = "Invited; the email is on its way.", body = User),
        (status = 403, description = "`cannot_invite_role` or `forbidden`.", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "Unknown service, or outside the caller's.", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "`email_taken`, or `agent_in_other_service` (`instance` names the agent, who may be moved with `POST /api/v1/users/{id}/mutation`).", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "Invalid field, or a role that does not fit the service.", body = Problem, content_type = "application/problem+json"),
    )
)]
#[post("/users/invitations")]
pub async fn invite(
    Agent(agent): Agent,
    state: web::Data<AppState>,
    body: JsonBody<InvitationRequest>,
) -> Result<HttpResponse, ApiError> {
    agent.refuse_while_impersonating(SensitiveAction::InviteAgent)?;
    let request = body.0;
    let role: Role = request
        .role
        .parse()
        .map_err(|_| ApiError::invalid_field("/role", "invalid_role", "Rôle inconnu."))?;
    let email = normalize_email(&request.email)
        .map_err(|error| ApiError::invalid_field("/email", error.code(), error.to_string()))?;
    let (first_name, last_name) = (
        normalize_first_name(&request.first_name),
        normalize_last_name(&request.last_name),
    );
    if first_name.is_empty() || last_name.is_empty() {
        return Err(ApiError::invalid_field(
            if first_name.is_empty() {
                "/first_name"
            } else {
                "/last_name"
            },
            "required",
            "Champ obligatoire.",
        ));
    }
    let organization_id = match request.organization_id.as_deref() {
        Some(id) => ApiError::parse_id("/organization_id", id)?,
        None => agent.organization.id,
    };
    let now = state.clock.now();
    let mut conn = msj_db::pool::connection(&state.pool).await?;
    let state = state.into_inner();
    let row = conn
        .transaction::<_, ApiError, _>(async move |conn| {
            let organization = msj_db::organizations::find(conn, organization_id)
                .await?
                .ok_or_else(ApiError::not_found)?;
            let kind: OrganizationType = organization.kind.parse().map_err(ApiError::internal)?;
            may_invite(&agent.actor(), role, organization.id, kind).into_result()?;
            let new = NewUser {
                id: Uuid::now_v7(),
                organization_id,
                email,
                first_name,
                last_name,
                role: role.key().to_owned(),
                phone: request.phone.filter(|phone| !phone.trim().is_empty()),
                password_hash: None,
                invited_by: Some(agent.user.id),
            };
            let Some(row) = msj_db::users::insert(conn, &new).await? else {
                return Err(taken(conn, &new.email, &organization).await);
            };
            let token = secret_token::generate();
            let digest = secret_token::digest(&token);
            user_tokens::replace(
                conn,
                row.id,
                INVITATION,
                &digest,
                now,
                now + INVITATION_LIFETIME,
            )
            .await?;
            let link = format!("{}/invitation/{token}", state.config.public_url);
            let email = templates::invitation(&row.first_name, &organization.name, &link);
            outbox::queue(conn, "invitation", &row.email, email, now).await?;
            Ok(row)
        })
        .await?;
    Ok(HttpResponse::Created().json(dto::user(&row)))
}
