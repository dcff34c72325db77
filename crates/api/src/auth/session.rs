//! Opening a session: a refresh token (cookie) and an access token (body).

use actix_web::HttpResponse;
use chrono::{DateTime, Utc};
use msj_contract::auth::{CurrentUser, OrganizationSummary, SessionResponse};
use msj_db::AsyncPgConnection;
use msj_db::organizations::OrganizationRow;
use msj_db::users::UserRow;
use msj_domain::accounts::ACCESS_TOKEN_LIFETIME;
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
    }
}

/// A session just opened: the answer's body and the refresh token for the cookie.
#[derive(Debug)]
pub struct Opened {
    body: SessionResponse,
    refresh: String,
}

impl Opened {
    /// 200 with the session and the refresh cookie.
    pub fn respond(self, secure_cookie: bool) -> HttpResponse {
        HttpResponse::Ok()
            .cookie(cookie::with_token(self.refresh, secure_cookie))
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
    let access_token =
        jwt::issue(&state.config.jwt_keys, user.id, now).map_err(ApiError::internal)?;
    let body = SessionResponse {
        access_token,
        expires_in: u32::try_from(ACCESS_TOKEN_LIFETIME.num_seconds()).unwrap_or(900),
        user: current_user(user, organization),
    };
    Ok(Opened { body, refresh })
}
