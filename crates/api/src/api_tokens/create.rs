//! `POST /api/v1/api-tokens`.

use actix_web::{HttpResponse, post, web};
use diesel_async::AsyncConnection;
use msj_contract::Problem;
use msj_contract::api_tokens::{ApiTokenRequest, CreatedApiToken};
use msj_db::api_tokens::ApiTokenRow;
use msj_db::users::NewUser;
use msj_domain::access::api_tokens::{SECRET_PREFIX, check_token_fields, create_api_token};
use msj_domain::access::impersonation::SensitiveAction;
use msj_domain::field_problem::FieldProblem;
use msj_domain::roles::{OrganizationType, Role};
use uuid::Uuid;

use super::dto;
use crate::app::AppState;
use crate::auth::{Agent, secret_token};
use crate::error::JsonBody;
use crate::{ApiError, audit};

/// Characters of the secret kept to recognise it (`msj_` and 6 more).
const PREFIX_LENGTH: usize = 10;

/// Creates a token acting as `role` in a service, within `scopes`. The secret is in this
/// answer only: it is stored as a SHA-256 and cannot be shown again. The central admin
/// creates tokens for any service; a local admin for their own, with the roles they may give
/// an agent they invite.
#[utoipa::path(
    operation_id = "create_api_token",
    tag = "api_tokens",
    security(("bearer" = [])),
    request_body(content = ApiTokenRequest),
    responses(
        (status = 201, description = "Created; `secret` is shown this once.", body = CreatedApiToken, example = json!({
            "token": {"id": "0193a3c4-5b6d-7e8f-9a0b-1c2d3e4f5a6b", "name": "Logiciel de gestion du SPIP 92", "prefix": "msj_q3ZrT0",
                "organization": {"id": "0190f3b4-8a8e-7cc4-9a53-4b8a2f9e1d01", "name": "SPIP 92"},
                "role": "secretary_spip", "role_label": "Secrétariat SPIP", "scopes": ["convicts:read", "appointments:read", "appointments:write"],
                "created_by": {"id": "0190f3b4-8a8e-7cc4-9a53-4b8a2f9e1d00", "name": "Jeanne DURAND"},
                "created_at": "2026-11-23T09:30:00Z", "expires_at": "2027-12-31T23:00:00Z", "last_used_at": null, "revoked_at": null},
            "secret": "msj_q3ZrT0vH7xW2kL9mN4pQ8sU1yB6cD5eF0gJ3hK7iM2o"
        })),
        (status = 403, description = "`forbidden`, or `cannot_assign_role`.", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "Unknown service, or outside the caller's.", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "Invalid field (`/name`, `/role`, `/scopes`, `/expires_at`), or a role that does not fit the service.", body = Problem, content_type = "application/problem+json"),
    )
)]
#[post("/api-tokens")]
pub async fn create(
    Agent(agent): Agent,
    state: web::Data<AppState>,
    body: JsonBody<ApiTokenRequest>,
) -> Result<HttpResponse, ApiError> {
    agent.refuse_while_impersonating(SensitiveAction::CreateApiToken)?;
    let request = body.0;
    let now = state.clock.now();
    let mut problems = Vec::new();
    let role = request.role.parse::<Role>().map_err(|_| {
        problems.push(FieldProblem::new("/role", "invalid_role", "Rôle inconnu."));
    });
    let organization_id = Uuid::parse_str(request.organization_id.trim()).map_err(|_| {
        let detail = "Identifiant invalide.";
        problems.push(FieldProblem::new("/organization_id", "invalid_id", detail));
    });
    let fields = check_token_fields(&request.name, &request.scopes, request.expires_at, now)
        .map_err(|mut more| problems.append(&mut more));
    let (Ok(role), Ok(organization_id), Ok(fields)) = (role, organization_id, fields) else {
        return Err(problems.into());
    };
    let secret = format!("{SECRET_PREFIX}{}", secret_token::generate());
    let token = ApiTokenRow {
        id: Uuid::now_v7(),
        user_id: Uuid::now_v7(),
        prefix: secret.chars().take(PREFIX_LENGTH).collect(),
        token_hash: secret_token::digest(&secret),
        scopes: fields.scopes.iter().map(|scope| scope.key()).collect(),
        created_by: Some(agent.user.id),
        created_at: now,
        expires_at: request.expires_at,
        last_used_at: None,
        revoked_at: None,
        name: fields.name,
    };
    let mut conn = msj_db::pool::connection(&state.pool).await?;
    let created = conn
        .transaction::<_, ApiError, _>(async move |conn| {
            let organization = msj_db::organizations::find(conn, organization_id)
                .await?
                .ok_or_else(ApiError::not_found)?;
            let kind: OrganizationType = organization.kind.parse().map_err(ApiError::internal)?;
            create_api_token(&agent.actor(), role, organization.id, kind).into_result()?;
            msj_db::api_tokens::insert_account(
                conn,
                &account(&token, organization.id, role, &agent),
            )
            .await?;
            msj_db::api_tokens::insert(conn, &token).await?;
            audit::record(
                conn,
                &agent,
                now,
                "api_token.create",
                "api_token",
                Some(token.id),
            )
            .await?;
            let row = msj_db::api_tokens::find(conn, token.id)
                .await?
                .ok_or_else(|| ApiError::internal("token just created is missing"))?;
            dto::tokens(conn, &[row]).await
        })
        .await?;
    let token = created
        .into_iter()
        .next()
        .ok_or_else(|| ApiError::internal("no token view"))?;
    Ok(HttpResponse::Created().json(CreatedApiToken { token, secret }))
}

/// The technical account of `token`: its role in its service, no password, named after it
/// so that the audit log reads « Jeton d'API « name » ».
fn account(
    token: &ApiTokenRow,
    organization_id: Uuid,
    role: Role,
    creator: &crate::auth::principal::AgentPrincipal,
) -> NewUser {
    NewUser {
        id: token.user_id,
        organization_id,
        email: format!("jeton-{}@api-tokens.msj.invalid", token.id.simple()),
        first_name: "Jeton d'API".to_owned(),
        last_name: format!("« {} »", token.name),
        role: role.key().to_owned(),
        phone: None,
        password_hash: None,
        invited_by: Some(creator.user.id),
    }
}
