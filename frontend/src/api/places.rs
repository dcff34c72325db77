//! Places, agendas and appointment types (`/api/v1/places`, `/api/v1/agendas`,
//! `/api/v1/appointment-types`) and the weekly slot templates of an agenda
//! (`/api/v1/slot-templates`).

use super::{ApiError, client};
use crate::session::Session;
use gloo_net::http::Method;
use msj_contract::organizations::{
    Agenda, AppointmentType, NewAgenda, NewPlace, Place, PlaceUpdate,
};
use msj_contract::slots::{BatchResult, SlotTemplate, SlotTemplateBatch, SlotTemplateUpdate};
use serde_json::Value;

/// `GET /places`: the places of the agent's jurisdiction.
pub async fn list(session: Session) -> Result<Vec<Place>, ApiError> {
    client::get(session, "/places").await
}

/// `GET /appointment-types`.
pub async fn types(session: Session) -> Result<Vec<AppointmentType>, ApiError> {
    client::get(session, "/appointment-types").await
}

/// `POST /places`.
pub async fn create(session: Session, request: NewPlace) -> Result<Place, ApiError> {
    client::call(session, Method::POST, "/places", &request).await
}

/// `PATCH /places/{id}`.
pub async fn update(session: Session, id: String, request: PlaceUpdate) -> Result<Place, ApiError> {
    client::call(session, Method::PATCH, &format!("/places/{id}"), &request).await
}

/// `POST /places/{id}/archive`.
pub async fn archive(session: Session, id: String) -> Result<(), ApiError> {
    let path = format!("/places/{id}/archive");
    client::act(
        session,
        Method::POST,
        &path,
        &Value::Object(Default::default()),
    )
    .await
}

/// `POST /places/{id}/agendas`.
pub async fn add_agenda(
    session: Session,
    place_id: String,
    name: String,
) -> Result<Agenda, ApiError> {
    let path = format!("/places/{place_id}/agendas");
    client::call(session, Method::POST, &path, &NewAgenda { name }).await
}

/// `PATCH /agendas/{id}`: renames the agenda.
pub async fn rename_agenda(session: Session, id: String, name: String) -> Result<Agenda, ApiError> {
    let path = format!("/agendas/{id}");
    client::call(session, Method::PATCH, &path, &NewAgenda { name }).await
}

/// `GET /slot-templates?agenda_id=`: the weekly templates of an agenda.
pub async fn templates(session: Session, agenda_id: String) -> Result<Vec<SlotTemplate>, ApiError> {
    let path = format!(
        "/slot-templates{}",
        client::query(&[("agenda_id", agenda_id)])
    );
    client::get(session, &path).await
}

/// `POST /slot-templates`: one template per weekday × time.
pub async fn create_templates(
    session: Session,
    request: SlotTemplateBatch,
) -> Result<BatchResult, ApiError> {
    client::call(session, Method::POST, "/slot-templates", &request).await
}

/// `PATCH /slot-templates/{id}`.
pub async fn update_template(
    session: Session,
    id: String,
    request: SlotTemplateUpdate,
) -> Result<SlotTemplate, ApiError> {
    let path = format!("/slot-templates/{id}");
    client::call(session, Method::PATCH, &path, &request).await
}

/// `DELETE /slot-templates/{id}`: one template (and its slots no appointment used).
pub async fn delete_template(session: Session, id: String) -> Result<(), ApiError> {
    delete(session, &format!("/slot-templates/{id}")).await
}

/// `DELETE /slot-templates?agenda_id=`: every template of the agenda.
pub async fn delete_all_templates(session: Session, agenda_id: String) -> Result<(), ApiError> {
    let path = format!(
        "/slot-templates{}",
        client::query(&[("agenda_id", agenda_id)])
    );
    delete(session, &path).await
}

async fn delete(session: Session, path: &str) -> Result<(), ApiError> {
    client::send_as_agent(session, Method::DELETE, path, None)
        .await
        .map(drop)
}
