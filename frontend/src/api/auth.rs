//! Sign-in, the signed-in agent, sign-out, invitations and password resets (`/api/v1/auth/…`).

use super::{ApiError, client};
use crate::session::Session;
use gloo_net::http::Method;
use msj_contract::auth::{
    AcceptInvitationRequest, CurrentUser, LoginRequest, PasswordResetConfirmation,
    PasswordResetRequest, SessionResponse,
};

/// `GET /auth/me`: the signed-in agent, with the menu their role opens.
pub async fn me(session: Session) -> Result<CurrentUser, ApiError> {
    client::get(session, "/auth/me").await
}

/// `POST /auth/login`: opens a session (and sets the refresh cookie).
pub async fn login(request: &LoginRequest) -> Result<SessionResponse, ApiError> {
    let body = client::body(request)?;
    let response = client::send(Method::POST, "/auth/login", None, Some(&body)).await?;
    client::json(response).await
}

/// `POST /auth/logout`: revokes the session and clears the refresh cookie.
pub async fn logout(token: Option<String>) -> Result<(), ApiError> {
    client::send(Method::POST, "/auth/logout", token.as_deref(), None)
        .await
        .map(drop)
}

/// `POST /auth/invitations/{token}`: the invited agent chooses a password and is signed in.
pub async fn accept_invitation(
    token: &str,
    request: &AcceptInvitationRequest,
) -> Result<SessionResponse, ApiError> {
    let body = client::body(request)?;
    let path = format!("/auth/invitations/{}", encode(token));
    let response = client::send(Method::POST, &path, None, Some(&body)).await?;
    client::json(response).await
}

/// `POST /auth/password-reset`: asks for a reset link by email (same answer for any address).
pub async fn request_password_reset(request: &PasswordResetRequest) -> Result<(), ApiError> {
    let body = client::body(request)?;
    client::send(Method::POST, "/auth/password-reset", None, Some(&body))
        .await
        .map(drop)
}

/// `POST /auth/password-reset/{token}`: sets a new password.
pub async fn reset_password(
    token: &str,
    request: &PasswordResetConfirmation,
) -> Result<(), ApiError> {
    let body = client::body(request)?;
    let path = format!("/auth/password-reset/{}", encode(token));
    client::send(Method::POST, &path, None, Some(&body))
        .await
        .map(drop)
}

fn encode(segment: &str) -> String {
    String::from(js_sys::encode_uri_component(segment))
}
