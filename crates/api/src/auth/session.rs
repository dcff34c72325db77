//! Opening a session: a refresh token (cookie) and an access token (body).

use actix_web::HttpResponse;
use chrono::{DateTime, Utc};
use msj_contract::auth::{AgentMenu, CurrentUser, OrganizationSummary, SessionResponse};
use msj_db::AsyncPgConnection;
use msj_db::organizations::OrganizationRow;
use msj_db::users::UserRow;
use msj_domain::access::Actor;
use msj_domain::access::menu::{ServiceTraits, menu_for};
use msj_domain::accounts::ACCESS_TOKEN_LIFETIME;
use msj_domain::roles::{OrganizationType, Role};
use uuid::Uuid;

use super::{cookie, jwt, secret_token};
use crate::ApiError;
use crate::app::AppState;
use crate::charter::CURRENT_VERSION;
use crate::users::role_label;

/// The agent as the SPA sees them.
pub fn current_user(user: &UserRow, organization: &OrganizationRow) -> CurrentUser {
    CurrentUser {
        id: user.id.to_string(),
        email: user.email.clone(),
        first_name: user.first_name.clone(),
        last_name: user.last_name.clone(),
        role: user.role.clone(),
        role_label: role_label(&user.role),
        organization: OrganizationSummary {
            id: organization.id.to_string(),
            name: organization.name.clone(),
            kind: organization.kind.clone(),
        },
        security_charter_accepted: user.charter_version == Some(CURRENT_VERSION),
        menu: menu(user, organization),
        impersonated_by: None,
    }
}

/// The agent's menu; empty when the stored role or service type is unknown.
fn menu(user: &UserRow, organization: &OrganizationRow) -> AgentMenu {
    let (Ok(role), Ok(organization_type)) = (
        user.role.parse::<Role>(),
        organization.kind.parse::<OrganizationType>(),
    ) else {
        return AgentMenu::default();
    };
    let actor = Actor {
        user_id: user.id,
        role,
        organization_id: organization.id,
        organization_type,
        charter_accepted: user.charter_version == Some(CURRENT_VERSION),
    };
    let menu = menu_for(
        &actor,
        ServiceTraits {
            has_headquarter: organization.headquarter_id.is_some(),
            inter_ressort: organization.use_inter_ressort,
        },
    );
    AgentMenu {
        month_views: menu
            .month_views
            .iter()
            .map(|kind| kind.key().to_owned())
            .collect(),
        administration: menu.has_administration(),
        places: menu.places,
        slot_templates: menu.slot_templates,
        slots: menu.slots,
        sms_templates: menu.sms_templates,
        failing_numbers: menu.failing_numbers,
        agents: menu.agents,
        services: menu.services,
        reinsertion_resources: menu.reinsertion_resources,
        transfers: menu.transfers,
        audit: menu.audit,
        api_tokens: menu.api_tokens,
        statistics: menu.statistics,
        job_runs: menu.job_runs,
        alerts: menu.alerts,
        convict_operations: menu.convict_operations,
        switch_service: menu.switch_service,
        town_fields: menu.town_fields,
        my_convicts_filter: menu.my_convicts_filter,
        ressort_filter: menu.ressort_filter,
    }
}

/// A session just opened: the answer's body and the refresh token for the cookie.
#[derive(Debug)]
pub struct Opened {
    body: SessionResponse,
    refresh: String,
}

impl Opened {
    /// The same session, answering `body` instead (the agent an administrator acts as).
    pub fn answering(self, body: SessionResponse) -> Self {
        Self { body, ..self }
    }

    /// 200 with the session and the refresh cookie.
    pub fn respond(self, secure_cookie: bool) -> HttpResponse {
        HttpResponse::Ok()
            .cookie(cookie::AGENT.with_token(self.refresh, secure_cookie))
            .json(self.body)
    }
}

/// Issues a refresh token of `family` (a new family for a sign-in) and an access token.
pub async fn open(
    conn: &mut AsyncPgConnection,
    state: &AppState,
    user: &UserRow,
    organization: &OrganizationRow,
    family: Option<Uuid>,
    now: DateTime<Utc>,
) -> Result<Opened, ApiError> {
    let refresh = secret_token::generate();
    let family = family.unwrap_or_else(Uuid::now_v7);
    msj_db::auth::refresh_tokens::insert(
        conn,
        user.id,
        family,
        &secret_token::digest(&refresh),
        now,
    )
    .await?;
    let said = jwt::AgentToken {
        sub: user.id,
        sid: Some(family),
        imp: None,
    };
    let body = response(state, said, current_user(user, organization), now)?;
    Ok(Opened { body, refresh })
}

/// The body of a session answer: an access token saying `said`, for `user`.
pub fn response(
    state: &AppState,
    said: jwt::AgentToken,
    user: CurrentUser,
    now: DateTime<Utc>,
) -> Result<SessionResponse, ApiError> {
    let access_token =
        jwt::issue_agent(&state.config.jwt_keys, said, now).map_err(ApiError::internal)?;
    Ok(SessionResponse {
        access_token,
        expires_in: u32::try_from(ACCESS_TOKEN_LIFETIME.num_seconds()).unwrap_or(900),
        user,
    })
}
