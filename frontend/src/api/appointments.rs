//! Appointments (`/api/v1/appointments`), the booking form's options and the history.

use super::{ApiError, client};
use crate::session::Session;
use gloo_net::http::Method;
use msj_contract::appointments::{
    Appointment, AppointmentPage, BookingOptions, BookingSlots, NewAppointment,
};
use msj_contract::history::HistoryPage;
use serde::Serialize;

/// `GET /appointments` with a ready query string (`?…` or empty).
pub async fn list(session: Session, query: String) -> Result<AppointmentPage, ApiError> {
    client::get(session, &format!("/appointments{query}")).await
}

/// `GET /appointments/{id}`.
pub async fn get(session: Session, id: String) -> Result<Appointment, ApiError> {
    client::get(session, &format!("/appointments/{id}")).await
}

/// `POST /appointments`.
pub async fn create(session: Session, request: NewAppointment) -> Result<Appointment, ApiError> {
    client::call(session, Method::POST, "/appointments", &request).await
}

/// `POST /appointments/{id}/{transition}` (`fulfil`, `miss`, `excuse`, `cancel`, `rebook`,
/// `reschedule`) with its body.
pub async fn transition<B: Serialize>(
    session: Session,
    id: String,
    transition: &'static str,
    body: B,
) -> Result<Appointment, ApiError> {
    let path = format!("/appointments/{id}/{transition}");
    client::call(session, Method::POST, &path, &body).await
}

/// `GET /appointments/options`: types and places for booking this probationer.
pub async fn options(session: Session, convict_id: String) -> Result<BookingOptions, ApiError> {
    let path = format!(
        "/appointments/options{}",
        client::query(&[("convict_id", convict_id)])
    );
    client::get(session, &path).await
}

/// `GET /appointments/options/slots`: free slots of a type at a place.
pub async fn free_slots(
    session: Session,
    convict_id: String,
    kind: String,
    place_id: String,
    agenda_id: String,
) -> Result<BookingSlots, ApiError> {
    let path = format!(
        "/appointments/options/slots{}",
        client::query(&[
            ("convict_id", convict_id),
            ("appointment_type", kind),
            ("place_id", place_id),
            ("agenda_id", agenda_id),
        ])
    );
    client::get(session, &path).await
}

/// `GET /history` of a probationer (`convict_id`) or an appointment (`appointment_id`).
pub async fn history(
    session: Session,
    key: &'static str,
    id: String,
) -> Result<HistoryPage, ApiError> {
    let path = format!(
        "/history{}",
        client::query(&[(key, id), ("per_page", "100".to_owned())])
    );
    client::get(session, &path).await
}

/// `GET /appointments/{id}/convocation`: the printable « avis de convocation » (HTML).
pub async fn convocation(session: Session, id: String) -> Result<String, ApiError> {
    let path = format!("/appointments/{id}/convocation");
    let response = client::send_as_agent(session, Method::GET, &path, None).await?;
    let status = response.status();
    response.text().await.map_err(|_| ApiError::bare(status))
}

/// `PUT /appointments/{id}/extra-fields/{field_id}` (`path`): sets or, blank, clears a value.
pub async fn set_extra(session: Session, path: String, value: String) -> Result<(), ApiError> {
    let body = msj_contract::slots::ExtraValue { value };
    client::act(session, Method::PUT, &path, &body).await
}
