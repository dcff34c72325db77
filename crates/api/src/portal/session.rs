//! Probationer sessions: a rotating refresh token in the portal cookie (30 days from the
//! sign-in) and a 15-minute access token of the portal audience.

use actix_web::http::StatusCode;
use actix_web::{HttpRequest, HttpResponse, post, web};
use chrono::{DateTime, Utc};
use diesel_async::AsyncConnection;
use msj_contract::Problem;
use msj_contract::portal::PortalSession;
use msj_db::AsyncPgConnection;
use msj_db::convicts::ConvictRow;
use msj_db::portal::sessions;
use msj_domain::accounts::ACCESS_TOKEN_LIFETIME;
use msj_domain::portal::SESSION_LIFETIME;
use uuid::Uuid;

use crate::ApiError;
use crate::app::AppState;
use crate::auth::cookie::PORTAL;
use crate::auth::jwt::{self, Audience};
use crate::auth::secret_token;

/// A session just opened: the body and the refresh token for the cookie.
#[derive(Debug)]
pub struct Opened {
    body: PortalSession,
    refresh: String,
}

impl Opened {
    /// 200 with the session and the refresh cookie.
    pub fn respond(self, secure_cookie: bool) -> HttpResponse {
        HttpResponse::Ok()
            .cookie(PORTAL.with_token(self.refresh, secure_cookie))
            .json(self.body)
    }
}

/// Issues a refresh token (of `family`, ending at `expires_at`; a new family of 30 days for
/// a sign-in) and an access token.
pub async fn open(
    conn: &mut AsyncPgConnection,
    state: &AppState,
    convict: &ConvictRow,
    family: Option<(Uuid, DateTime<Utc>)>,
    now: DateTime<Utc>,
) -> Result<Opened, ApiError> {
    let refresh = secret_token::generate();
    let (family, expires_at) = family.unwrap_or_else(|| (Uuid::now_v7(), now + SESSION_LIFETIME));
    let digest = secret_token::digest(&refresh);
    sessions::insert(conn, convict.id, family, &digest, now, expires_at).await?;
    let access_token = jwt::issue_for(&state.config.jwt_keys, Audience::Portal, convict.id, now)
        .map_err(ApiError::internal)?;
    let body = PortalSession {
        access_token,
        expires_in: u32::try_from(ACCESS_TOKEN_LIFETIME.num_seconds()).unwrap_or(900),
        first_name: convict.first_name.clone(),
    };
    Ok(Opened { body, refresh })
}

fn expired() -> ApiError {
    ApiError::new(
        StatusCode::UNAUTHORIZED,
        "session_expired",
        "Votre session est terminée : reconnectez-vous avec votre numéro de téléphone.",
    )
}

/// New tokens for the session of the portal cookie.
#[utoipa::path(
    operation_id = "portal_refresh_session",
    tag = "portal",
    responses(
        (status = 200, description = "New access token; the `msj_portal_refresh` cookie carries the next refresh token.", body = PortalSession),
        (status = 401, description = "`session_expired`: no session, 30 days passed, signed out, or a reused token (the whole session is then revoked).", body = Problem, content_type = "application/problem+json"),
    )
)]
#[post("/portal/auth/refresh")]
pub async fn refresh_session(
    request: HttpRequest,
    state: web::Data<AppState>,
) -> Result<HttpResponse, ApiError> {
    let token = PORTAL.read(&request).ok_or_else(expired)?;
    let now = state.clock.now();
    let mut conn = msj_db::pool::connection(&state.pool).await?;
    let secure = state.secure_cookies();
    let state = state.into_inner();
    let opened = conn
        .transaction::<_, ApiError, _>(async move |conn| {
            let row = sessions::find_for_update(conn, &secret_token::digest(&token)).await?;
            let Some(row) = row.filter(|row| row.revoked_at.is_none()) else { return Ok(None) };
            if row.replaced_at.is_some() || now >= row.expires_at {
                if row.replaced_at.is_some() {
                    tracing::warn!(family = %row.family_id, "portal refresh token reused: session revoked");
                }
                sessions::revoke_family(conn, row.family_id, now).await?;
                return Ok(None);
            }
            sessions::mark_replaced(conn, row.id, now).await?;
            let convict = msj_db::convicts::find(conn, row.convict_id).await?;
            let Some(convict) = convict.filter(|convict| convict.archived_at.is_none()) else {
                return Ok(None);
            };
            open(conn, &state, &convict, Some((row.family_id, row.expires_at)), now).await.map(Some)
        })
        .await?;
    opened
        .map(|opened| opened.respond(secure))
        .ok_or_else(expired)
}

/// Signs the device out: its session is revoked and the cookie erased.
#[utoipa::path(
    operation_id = "portal_logout",
    tag = "portal",
    responses((status = 204, description = "Signed out (also when there was no session)."))
)]
#[post("/portal/auth/logout")]
pub async fn sign_out(
    request: HttpRequest,
    state: web::Data<AppState>,
) -> Result<HttpResponse, ApiError> {
    if let Some(token) = PORTAL.read(&request) {
        let now = state.clock.now();
        let mut conn = msj_db::pool::connection(&state.pool).await?;
        if let Some(row) =
            sessions::find_for_update(&mut conn, &secret_token::digest(&token)).await?
        {
            sessions::revoke_family(&mut conn, row.family_id, now).await?;
        }
    }
    Ok(HttpResponse::NoContent()
        .cookie(PORTAL.cleared(state.secure_cookies()))
        .finish())
}
