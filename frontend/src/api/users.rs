//! Agents (`/api/v1/users`): list, profile, invitation, changes, mutation, unlock, deletion,
//! deactivation and impersonation.

use super::{ApiError, client};
use crate::session::Session;
use gloo_net::http::Method;
use msj_contract::auth::SessionResponse;
use msj_contract::users::{InvitationRequest, User, UserMutation, UserPage, UserUpdate};
use serde_json::Value;

/// `GET /users` with a ready query string (`?…` or empty).
pub async fn list(session: Session, query: String) -> Result<UserPage, ApiError> {
    client::get(session, &format!("/users{query}")).await
}

/// `GET /users/{id}`.
pub async fn get(session: Session, id: String) -> Result<User, ApiError> {
    client::get(session, &format!("/users/{id}")).await
}

/// `POST /users/invitations`.
pub async fn invite(session: Session, request: InvitationRequest) -> Result<User, ApiError> {
    client::call(session, Method::POST, "/users/invitations", &request).await
}

/// `PATCH /users/{id}`.
pub async fn update(session: Session, id: String, request: UserUpdate) -> Result<User, ApiError> {
    client::call(session, Method::PATCH, &format!("/users/{id}"), &request).await
}

/// `POST /users/{id}/mutation`: into `organization_id`, or the caller's service.
pub async fn mutate(
    session: Session,
    id: String,
    organization_id: Option<String>,
) -> Result<User, ApiError> {
    let path = format!("/users/{id}/mutation");
    let request = UserMutation { organization_id };
    client::call(session, Method::POST, &path, &request).await
}

/// `POST /users/{id}/unlock`.
pub async fn unlock(session: Session, id: String) -> Result<(), ApiError> {
    let path = format!("/users/{id}/unlock");
    client::act(
        session,
        Method::POST,
        &path,
        &Value::Object(Default::default()),
    )
    .await
}

/// `DELETE /users/{id}`.
pub async fn delete(session: Session, id: String) -> Result<(), ApiError> {
    let path = format!("/users/{id}");
    client::act(
        session,
        Method::DELETE,
        &path,
        &Value::Object(Default::default()),
    )
    .await
}

/// `POST /users/{id}/deactivation` (`deactivate`) or `DELETE` (reactivate).
pub async fn set_deactivated(
    session: Session,
    id: String,
    deactivate: bool,
) -> Result<User, ApiError> {
    let method = if deactivate {
        Method::POST
    } else {
        Method::DELETE
    };
    let path = format!("/users/{id}/deactivation");
    client::call(session, method, &path, &Value::Object(Default::default())).await
}

/// `POST /users/{id}/impersonation`: « Se connecter en tant que cet agent ».
pub async fn impersonate(session: Session, id: String) -> Result<SessionResponse, ApiError> {
    let path = format!("/users/{id}/impersonation");
    client::call(
        session,
        Method::POST,
        &path,
        &Value::Object(Default::default()),
    )
    .await
}

/// `DELETE /users/{id}/impersonation`: « Revenir à mon compte ».
pub async fn stop_impersonation(session: Session, id: String) -> Result<SessionResponse, ApiError> {
    let path = format!("/users/{id}/impersonation");
    client::call(
        session,
        Method::DELETE,
        &path,
        &Value::Object(Default::default()),
    )
    .await
}
