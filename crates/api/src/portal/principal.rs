//! The signed-in probationer: read from a portal access token (audience `msj-portal`) and
//! loaded from the database on every request, so that archiving or deletion applies at once.
//! Agent tokens are refused here, as portal tokens are on agent endpoints.

use std::future::Future;
use std::pin::Pin;

use actix_web::dev::Payload;
use actix_web::http::StatusCode;
use actix_web::{FromRequest, HttpRequest};
use msj_db::convicts::ConvictRow;

use crate::ApiError;
use crate::auth::jwt::{self, Audience};
use crate::auth::principal::state_and_bearer;

/// A probationer signed in to their portal.
#[derive(Debug, Clone)]
pub struct Probationer(pub ConvictRow);

fn unauthenticated() -> ApiError {
    ApiError::new(
        StatusCode::UNAUTHORIZED,
        "unauthenticated",
        "Connectez-vous à votre espace avec votre numéro de téléphone.",
    )
}

async fn load(request: HttpRequest) -> Result<Probationer, ApiError> {
    let (state, token) = state_and_bearer(&request)?;
    let token = token.ok_or_else(unauthenticated)?;
    let convict_id = jwt::verify_for(
        &state.config.jwt_keys,
        Audience::Portal,
        token,
        state.clock.now(),
    )
    .ok_or_else(unauthenticated)?;
    let mut conn = msj_db::pool::connection(&state.pool).await?;
    msj_db::convicts::find(&mut conn, convict_id)
        .await?
        .filter(|convict| convict.archived_at.is_none())
        .map(Probationer)
        .ok_or_else(unauthenticated)
}

impl FromRequest for Probationer {
    type Error = ApiError;
    type Future = Pin<Box<dyn Future<Output = Result<Self, ApiError>>>>;

    fn from_request(request: &HttpRequest, _: &mut Payload) -> Self::Future {
        Box::pin(load(request.clone()))
    }
}
