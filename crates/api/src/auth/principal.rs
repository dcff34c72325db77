//! Who is calling: read from the `Authorization: Bearer` access token and loaded from the
//! database on every request, so that role changes, moves and deletions apply at once. A
//! bearer starting with `msj_` is an integrator API token: it yields the token's technical
//! account, authorised as the token's role in its service within its scopes (see
//! [`crate::api_tokens`]).

use std::future::Future;
use std::pin::Pin;

use actix_web::dev::Payload;
use actix_web::http::StatusCode;
use actix_web::http::header::AUTHORIZATION;
use actix_web::{FromRequest, HttpRequest, web};
use msj_db::organizations::OrganizationRow;
use msj_db::users::UserRow;
use msj_domain::access::Actor;
use msj_domain::access::api_tokens::SECRET_PREFIX;
use msj_domain::access::impersonation::{SensitiveAction, sensitive_action};
use msj_domain::roles::{OrganizationType, Role};
use uuid::Uuid;

use super::jwt;
use crate::app::AppState;
use crate::charter::CURRENT_VERSION;
use crate::{ApiError, api_tokens};

/// A signed-in agent, as the database knows them now.
#[derive(Debug, Clone)]
pub struct AgentPrincipal {
    /// The agent.
    pub user: UserRow,
    /// Their service.
    pub organization: OrganizationRow,
    /// Their role.
    pub role: Role,
    /// Their service's type.
    pub organization_type: OrganizationType,
    /// Address of the client, for the audit log.
    pub ip: Option<String>,
    /// The session (refresh-token family) the access token was issued in, if any.
    pub session_id: Option<Uuid>,
    /// Set while a central administrator acts as this agent.
    pub impersonation: Option<Impersonation>,
}

/// A central administrator acting as the principal's agent.
#[derive(Debug, Clone)]
pub struct Impersonation {
    /// The open `impersonations` row.
    pub id: Uuid,
    /// The administrator (the audit log's real actor).
    pub admin: UserRow,
}

impl AgentPrincipal {
    /// Whether the agent accepted the current security charter. An API token has no human
    /// to accept it and is never held back by it.
    pub fn charter_accepted(&self) -> bool {
        self.user.api_client || self.user.charter_version == Some(CURRENT_VERSION)
    }

    /// Who really acts: the administrator while impersonating, else the agent.
    pub fn real_actor_id(&self) -> Uuid {
        self.impersonation
            .as_ref()
            .map_or(self.user.id, |impersonation| impersonation.admin.id)
    }

    /// Refuses `action` with 403 `impersonation_forbidden` while impersonating.
    pub fn refuse_while_impersonating(&self, action: SensitiveAction) -> Result<(), ApiError> {
        sensitive_action(self.impersonation.is_some(), action)
            .into_result()
            .map_err(ApiError::from)
    }

    /// The agent as the domain's permission rules see them.
    pub fn actor(&self) -> Actor<Uuid> {
        Actor {
            user_id: self.user.id,
            role: self.role,
            organization_id: self.organization.id,
            organization_type: self.organization_type,
            charter_accepted: self.charter_accepted(),
        }
    }
}

/// Any authenticated caller. Probationers and integrator tokens join with their features.
#[derive(Debug, Clone)]
pub enum Principal {
    /// An agent of a service.
    Agent(AgentPrincipal),
}

/// An authenticated agent, whether or not they accepted the charter (for `auth/*` and the
/// charter endpoints only).
#[derive(Debug, Clone)]
pub struct SignedIn(pub AgentPrincipal);

/// An authenticated agent who accepted the current charter: what every other endpoint asks
/// for. Refused with 403 `security_charter_not_accepted` otherwise.
#[derive(Debug, Clone)]
pub struct Agent(pub AgentPrincipal);

fn unauthenticated() -> ApiError {
    ApiError::new(
        StatusCode::UNAUTHORIZED,
        "unauthenticated",
        "Authentification requise : connectez-vous.",
    )
}

/// The server's state and the `Authorization: Bearer` token of a request (`None` without one).
pub fn state_and_bearer(
    request: &HttpRequest,
) -> Result<(&web::Data<AppState>, Option<&str>), ApiError> {
    let state = request
        .app_data::<web::Data<AppState>>()
        .ok_or_else(|| ApiError::internal("no state"))?;
    let token = request
        .headers()
        .get(AUTHORIZATION)
        .and_then(|value| value.to_str().ok())
        .and_then(|value| value.strip_prefix("Bearer "))
        .map(str::trim);
    Ok((state, token))
}

async fn load(request: HttpRequest) -> Result<Principal, ApiError> {
    let (state, token) = state_and_bearer(&request)?;
    let token = token.ok_or_else(unauthenticated)?;
    if token.starts_with(SECRET_PREFIX) {
        return api_tokens::authenticate(&request, state, token)
            .await
            .map(Principal::Agent);
    }
    let claims = jwt::verify_agent(&state.config.jwt_keys, token, state.clock.now())
        .ok_or_else(unauthenticated)?;
    let mut conn = msj_db::pool::connection(&state.pool).await?;
    let (user, organization) = msj_db::users::find_with_organization(&mut conn, claims.sub)
        .await?
        .filter(|(user, _)| !user.api_client)
        .ok_or_else(unauthenticated)?;
    if user.deactivated_at.is_some() {
        return Err(deactivated());
    }
    let impersonation = match claims.imp {
        Some(id) => Some(impersonation(&mut conn, id, user.id).await?),
        None => None,
    };
    let mut agent = agent_principal(&request, user, organization)?;
    agent.session_id = claims.sid;
    agent.impersonation = impersonation;
    Ok(Principal::Agent(agent))
}

/// 401 `account_deactivated`: the agent's account was deactivated.
pub(crate) fn deactivated() -> ApiError {
    ApiError::new(
        StatusCode::UNAUTHORIZED,
        "account_deactivated",
        "Votre compte est désactivé. Contactez votre administrateur pour le réactiver.",
    )
}

/// The open impersonation `id` of `agent_id`, with its administrator, still active; 401
/// once it was stopped.
async fn impersonation(
    conn: &mut msj_db::AsyncPgConnection,
    id: Uuid,
    agent_id: Uuid,
) -> Result<Impersonation, ApiError> {
    let row = msj_db::impersonations::find_open(conn, id)
        .await?
        .filter(|row| row.agent_id == agent_id)
        .ok_or_else(unauthenticated)?;
    let admin = msj_db::users::find(conn, row.admin_id)
        .await?
        .filter(|admin| admin.deactivated_at.is_none())
        .ok_or_else(unauthenticated)?;
    Ok(Impersonation { id, admin })
}

/// The principal of `user` of `organization`, calling through `request`.
pub(crate) fn agent_principal(
    request: &HttpRequest,
    user: UserRow,
    organization: OrganizationRow,
) -> Result<AgentPrincipal, ApiError> {
    let role: Role = user.role.parse().map_err(ApiError::internal)?;
    let organization_type: OrganizationType =
        organization.kind.parse().map_err(ApiError::internal)?;
    Ok(AgentPrincipal {
        user,
        organization,
        role,
        organization_type,
        ip: request.peer_addr().map(|addr| addr.ip().to_string()),
        session_id: None,
        impersonation: None,
    })
}

impl FromRequest for Principal {
    type Error = ApiError;
    type Future = Pin<Box<dyn Future<Output = Result<Self, ApiError>>>>;

    fn from_request(request: &HttpRequest, _: &mut Payload) -> Self::Future {
        Box::pin(load(request.clone()))
    }
}

impl FromRequest for SignedIn {
    type Error = ApiError;
    type Future = Pin<Box<dyn Future<Output = Result<Self, ApiError>>>>;

    fn from_request(request: &HttpRequest, _: &mut Payload) -> Self::Future {
        let request = request.clone();
        Box::pin(async move {
            let Principal::Agent(agent) = load(request).await?;
            Ok(Self(agent))
        })
    }
}

impl FromRequest for Agent {
    type Error = ApiError;
    type Future = Pin<Box<dyn Future<Output = Result<Self, ApiError>>>>;

    fn from_request(request: &HttpRequest, _: &mut Payload) -> Self::Future {
        let request = request.clone();
        Box::pin(async move {
            let Principal::Agent(agent) = load(request).await?;
            if !agent.charter_accepted() {
                return Err(ApiError::new(
                    StatusCode::FORBIDDEN,
                    "security_charter_not_accepted",
                    "Vous devez accepter la charte de sécurité pour continuer à utiliser Mon Suivi Justice.",
                ));
            }
            Ok(Self(agent))
        })
    }
}
