//! Transfers between services (`/api/v1/divestments`).

use super::{ApiError, client};
use crate::session::Session;
use gloo_net::http::Method;
use msj_contract::divestments::{Divestment, NewDivestment};

/// `POST /divestments`: asks the services following the probationer to hand them over.
pub async fn create(session: Session, convict_id: String) -> Result<Divestment, ApiError> {
    client::call(
        session,
        Method::POST,
        "/divestments",
        &NewDivestment { convict_id },
    )
    .await
}
