//! Renewing the access token with the refresh cookie. The server rotates the refresh token
//! and revokes the whole session when an old one is reused, so concurrent callers share one
//! request in flight instead of racing.

use super::{ApiError, client};
use crate::components::Notice;
use crate::session::Session;
use futures::future::{FutureExt, LocalBoxFuture, Shared};
use gloo_net::http::Method;
use msj_contract::auth::SessionResponse;

/// The refresh request in flight, awaited by every caller that needs a new token.
pub(crate) type RefreshFlight = Shared<LocalBoxFuture<'static, Result<SessionResponse, ApiError>>>;

/// At start-up: reopens the session of a reloaded page from the refresh cookie, if any.
pub async fn restore(session: Session) {
    match refresh(session).await {
        Ok(response) => session.start(response),
        Err(error) if error.is_unreachable() => {
            session.sign_out(Some(Notice::error(error.message())))
        }
        Err(_) => session.sign_out(None),
    }
}

/// After a 401: gets a new access token, or ends the session (« session expirée »).
pub async fn renew(session: Session) -> Result<(), ApiError> {
    match refresh(session).await {
        Ok(response) => {
            session.open(response);
            Ok(())
        }
        Err(error) => {
            if !error.is_unreachable() {
                session.expire();
            }
            Err(error)
        }
    }
}

async fn refresh(session: Session) -> Result<SessionResponse, ApiError> {
    let flight = match session.refresh_flight() {
        Some(flight) => flight,
        None => {
            let flight = request().boxed_local().shared();
            session.set_refresh_flight(Some(flight.clone()));
            flight
        }
    };
    let outcome = flight.clone().await;
    if session
        .refresh_flight()
        .is_some_and(|current| current.ptr_eq(&flight))
    {
        session.set_refresh_flight(None);
    }
    outcome
}

async fn request() -> Result<SessionResponse, ApiError> {
    let response = client::send(Method::POST, "/auth/refresh", None, None).await?;
    client::json(response).await
}
