//! Transfers between services (`/api/v1/divestments`).

use super::{ApiError, client};
use crate::session::Session;
use gloo_net::http::Method;
use msj_contract::divestments::{Divestment, DivestmentAnswer, DivestmentPage, NewDivestment};

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

/// `GET /divestments` with a ready query string (`direction`, `status`, `page`, `per_page`).
pub async fn list(session: Session, query: String) -> Result<DivestmentPage, ApiError> {
    client::get(session, &format!("/divestments{query}")).await
}

/// `POST /divestments/{id}/answer`: the caller's service accepts or refuses.
pub async fn answer(
    session: Session,
    id: String,
    answer: DivestmentAnswer,
) -> Result<Divestment, ApiError> {
    let path = format!("/divestments/{id}/answer");
    client::call(session, Method::POST, &path, &answer).await
}
