//! The security charter (`/api/v1/security-charter`).

use super::{ApiError, client};
use crate::session::Session;
use gloo_net::http::Method;
use msj_contract::auth::CurrentUser;
use msj_contract::charter::{AcceptCharterRequest, SecurityCharter};

/// `GET /security-charter`: the current version, and whether the agent accepted it.
pub async fn current(session: Session) -> Result<SecurityCharter, ApiError> {
    let response = client::send_as_agent(session, Method::GET, "/security-charter", None).await?;
    client::json(response).await
}

/// `POST /security-charter`: accepts the version read.
pub async fn accept(session: Session, version: i32) -> Result<(), ApiError> {
    let body = client::body(&AcceptCharterRequest { version })?;
    client::send_as_agent(session, Method::POST, "/security-charter", Some(&body))
        .await
        .map(drop)
}

/// `GET /auth/me`: the agent again once the charter is accepted, with the menu their role now
/// opens (it is empty before the acceptance).
pub async fn agent(session: Session) -> Result<CurrentUser, ApiError> {
    client::get(session, "/auth/me").await
}
