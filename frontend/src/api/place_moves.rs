//! Place moves (`/api/v1/places/{id}/move`, `/api/v1/place-moves`).

use super::{ApiError, client};
use crate::session::Session;
use gloo_net::http::Method;
use msj_contract::place_moves::{PlaceMove, PlaceMoveInput};

/// `POST /places/{id}/move`.
pub async fn create(
    session: Session,
    id: String,
    request: PlaceMoveInput,
) -> Result<PlaceMove, ApiError> {
    client::call(
        session,
        Method::POST,
        &format!("/places/{id}/move"),
        &request,
    )
    .await
}

/// `GET /place-moves`.
pub async fn list(session: Session) -> Result<Vec<PlaceMove>, ApiError> {
    client::get(session, "/place-moves").await
}
