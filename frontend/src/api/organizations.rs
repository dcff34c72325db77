//! Services (`/api/v1/organizations`), their territories (`/api/v1/territories`) and the extra
//! columns of a court's sorties d'audience (`/api/v1/extra-fields`).

use super::{ApiError, client};
use crate::session::Session;
use gloo_net::http::Method;
use msj_contract::organizations::{NewOrganization, Organization, OrganizationUpdate};
use msj_contract::reference::Territory;
use msj_contract::slots::{ExtraField, NewExtraField};
use serde_json::Value;

/// `GET /organizations`: the services the agent may see, by name.
pub async fn list(session: Session) -> Result<Vec<Organization>, ApiError> {
    client::get(session, "/organizations").await
}

/// `GET /organizations/{id}`.
pub async fn get(session: Session, id: String) -> Result<Organization, ApiError> {
    client::get(session, &format!("/organizations/{id}")).await
}

/// `POST /organizations`.
pub async fn create(session: Session, request: NewOrganization) -> Result<Organization, ApiError> {
    client::call(session, Method::POST, "/organizations", &request).await
}

/// `PATCH /organizations/{id}`.
pub async fn update(
    session: Session,
    id: String,
    request: OrganizationUpdate,
) -> Result<Organization, ApiError> {
    client::call(
        session,
        Method::PATCH,
        &format!("/organizations/{id}"),
        &request,
    )
    .await
}

/// `GET /territories`: the territories and their time zones.
pub async fn territories(session: Session) -> Result<Vec<Territory>, ApiError> {
    client::get(session, "/territories").await
}

/// `GET /extra-fields?organization_id=`: the extra columns of a court.
pub async fn extra_fields(
    session: Session,
    organization_id: String,
) -> Result<Vec<ExtraField>, ApiError> {
    let path = format!(
        "/extra-fields{}",
        client::query(&[("organization_id", organization_id)])
    );
    client::get(session, &path).await
}

/// `POST /extra-fields`.
pub async fn add_extra_field(
    session: Session,
    request: NewExtraField,
) -> Result<ExtraField, ApiError> {
    client::call(session, Method::POST, "/extra-fields", &request).await
}

/// `DELETE /extra-fields/{id}`.
pub async fn delete_extra_field(session: Session, id: String) -> Result<(), ApiError> {
    let path = format!("/extra-fields/{id}");
    client::act(
        session,
        Method::DELETE,
        &path,
        &Value::Object(Default::default()),
    )
    .await
}
