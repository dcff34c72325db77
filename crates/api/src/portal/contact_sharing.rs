//! `GET`/`PUT /api/v1/auth/me/contact-sharing`: the agent chooses whether the probationers
//! they are the referent of see their phone and email in their portal (off until chosen).

use actix_web::{get, put, web};
use msj_contract::Problem;
use msj_contract::portal::ContactSharing;

use crate::ApiError;
use crate::app::AppState;
use crate::auth::Agent;
use crate::error::JsonBody;

/// What the signed-in agent shares with their probationers.
#[utoipa::path(
    operation_id = "get_contact_sharing",
    tag = "portal",
    security(("bearer" = [])),
    responses(
        (status = 200, description = "The agent's choice (both off until chosen).", body = ContactSharing),
        (status = 401, description = "Not signed in.", body = Problem, content_type = "application/problem+json"),
    )
)]
#[get("/auth/me/contact-sharing")]
pub async fn read(
    Agent(agent): Agent,
    state: web::Data<AppState>,
) -> Result<web::Json<ContactSharing>, ApiError> {
    let mut conn = msj_db::pool::connection(&state.pool).await?;
    let (share_phone, share_email) =
        msj_db::portal::contacts::sharing(&mut conn, agent.user.id).await?;
    Ok(web::Json(ContactSharing {
        share_phone,
        share_email,
    }))
}

/// Changes what the signed-in agent shares with their probationers.
#[utoipa::path(
    operation_id = "set_contact_sharing",
    tag = "portal",
    security(("bearer" = [])),
    request_body(content = ContactSharing),
    responses(
        (status = 200, description = "Recorded.", body = ContactSharing),
        (status = 401, description = "Not signed in.", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "Malformed body.", body = Problem, content_type = "application/problem+json"),
    )
)]
#[put("/auth/me/contact-sharing")]
pub async fn write(
    Agent(agent): Agent,
    state: web::Data<AppState>,
    body: JsonBody<ContactSharing>,
) -> Result<web::Json<ContactSharing>, ApiError> {
    let choice = body.0;
    let mut conn = msj_db::pool::connection(&state.pool).await?;
    msj_db::portal::contacts::set_sharing(
        &mut conn,
        agent.user.id,
        choice.share_phone,
        choice.share_email,
        state.clock.now(),
    )
    .await?;
    Ok(web::Json(choice))
}
