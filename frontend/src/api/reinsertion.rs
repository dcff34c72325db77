//! Reinsertion resources (`/api/v1/reinsertion-resources`).

use super::{ApiError, client};
use crate::session::Session;
use gloo_net::http::Method;
use msj_contract::reinsertion::{
    ReinsertionResource, ReinsertionResourceInput, ReinsertionResourcePage,
};
use serde_json::Value;

/// `GET /reinsertion-resources?departement=&page=&per_page=`.
pub async fn list(
    session: Session,
    departement: String,
    page: i64,
    per_page: i64,
) -> Result<ReinsertionResourcePage, ApiError> {
    let pairs = [
        ("departement", departement),
        ("page", page.to_string()),
        ("per_page", per_page.to_string()),
    ];
    let path = format!("/reinsertion-resources{}", client::query(&pairs));
    client::get(session, &path).await
}

/// `POST /reinsertion-resources`.
pub async fn create(
    session: Session,
    request: ReinsertionResourceInput,
) -> Result<ReinsertionResource, ApiError> {
    client::call(session, Method::POST, "/reinsertion-resources", &request).await
}

/// `PUT /reinsertion-resources/{id}`.
pub async fn update(
    session: Session,
    id: String,
    request: ReinsertionResourceInput,
) -> Result<ReinsertionResource, ApiError> {
    let path = format!("/reinsertion-resources/{id}");
    client::call(session, Method::PUT, &path, &request).await
}

/// `DELETE /reinsertion-resources/{id}`.
pub async fn delete(session: Session, id: String) -> Result<(), ApiError> {
    let path = format!("/reinsertion-resources/{id}");
    client::act(session, Method::DELETE, &path, &Value::Null).await
}
