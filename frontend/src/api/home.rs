//! The home page (`/api/v1/home`) and the service switch (`/api/v1/auth/me/service`).

use super::{ApiError, client};
use crate::session::Session;
use gloo_net::http::Method;
use msj_contract::auth::CurrentUser;
use msj_contract::home::Home;
use msj_contract::organizations::Organization;
use msj_contract::users::UserMutation;

/// `GET /home`.
pub async fn home(session: Session) -> Result<Home, ApiError> {
    client::get(session, "/home").await
}

/// `GET /auth/me/services`: the services the agent may move to.
pub async fn switch_targets(session: Session) -> Result<Vec<Organization>, ApiError> {
    client::get(session, "/auth/me/services").await
}

/// `POST /auth/me/service`: moves the agent to another service.
pub async fn switch_service(
    session: Session,
    organization_id: String,
) -> Result<CurrentUser, ApiError> {
    let request = UserMutation {
        organization_id: Some(organization_id),
    };
    client::call(session, Method::POST, "/auth/me/service", &request).await
}
