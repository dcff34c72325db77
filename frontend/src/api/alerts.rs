//! Broadcast alerts (`/api/v1/alerts`): the admin's list and changes, the agent's unread ones.

use super::{ApiError, client};
use crate::session::Session;
use gloo_net::http::Method;
use msj_contract::alerts::{Alert, AlertInput, AlertPage};
use serde_json::Value;

/// `GET /alerts?page=&per_page=`.
pub async fn list(session: Session, page: i64, per_page: i64) -> Result<AlertPage, ApiError> {
    let pairs = [
        ("page", page.to_string()),
        ("per_page", per_page.to_string()),
    ];
    client::get(session, &format!("/alerts{}", client::query(&pairs))).await
}

/// `POST /alerts`.
pub async fn create(session: Session, request: AlertInput) -> Result<Alert, ApiError> {
    client::call(session, Method::POST, "/alerts", &request).await
}

/// `PUT /alerts/{id}`.
pub async fn update(session: Session, id: String, request: AlertInput) -> Result<Alert, ApiError> {
    client::call(session, Method::PUT, &format!("/alerts/{id}"), &request).await
}

/// `DELETE /alerts/{id}`.
pub async fn delete(session: Session, id: String) -> Result<(), ApiError> {
    client::act(
        session,
        Method::DELETE,
        &format!("/alerts/{id}"),
        &Value::Null,
    )
    .await
}

/// `GET /alerts/unread`: the alerts meant for the agent, not read yet.
pub async fn unread(session: Session) -> Result<Vec<Alert>, ApiError> {
    client::get(session, "/alerts/unread").await
}

/// `POST /alerts/{id}/read`.
pub async fn mark_read(session: Session, id: String) -> Result<(), ApiError> {
    let body = Value::Object(Default::default());
    client::act(session, Method::POST, &format!("/alerts/{id}/read"), &body).await
}
