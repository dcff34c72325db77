//! Places and appointment types (`/api/v1/places`, `/api/v1/appointment-types`).

use super::{ApiError, client};
use crate::session::Session;
use msj_contract::organizations::{AppointmentType, Place};

/// `GET /places`: the places of the agent's jurisdiction.
pub async fn list(session: Session) -> Result<Vec<Place>, ApiError> {
    client::get(session, "/places").await
}

/// `GET /appointment-types`.
pub async fn types(session: Session) -> Result<Vec<AppointmentType>, ApiError> {
    client::get(session, "/appointment-types").await
}
