//! Integrator API tokens (`/api/v1/api-tokens`): list, creation, revocation.

use super::{ApiError, client};
use crate::session::Session;
use gloo_net::http::Method;
use msj_contract::api_tokens::{ApiTokenPage, ApiTokenRequest, CreatedApiToken};
use serde_json::Value;

/// `GET /api-tokens` with a ready query string (`?…` or empty).
pub async fn list(session: Session, query: String) -> Result<ApiTokenPage, ApiError> {
    client::get(session, &format!("/api-tokens{query}")).await
}

/// `POST /api-tokens`: the token and its secret, shown once.
pub async fn create(
    session: Session,
    request: ApiTokenRequest,
) -> Result<CreatedApiToken, ApiError> {
    client::call(session, Method::POST, "/api-tokens", &request).await
}

/// `DELETE /api-tokens/{id}`.
pub async fn revoke(session: Session, id: String) -> Result<(), ApiError> {
    let path = format!("/api-tokens/{id}");
    let body = Value::Object(Default::default());
    client::act(session, Method::DELETE, &path, &body).await
}
