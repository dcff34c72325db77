//! `GET /api/v1/place-moves`.

use actix_web::{get, web};
use msj_contract::Problem;
use msj_contract::place_moves::PlaceMove;
use msj_domain::access::place_moves::move_places;

use super::dto;
use crate::ApiError;
use crate::app::AppState;
use crate::auth::Agent;

/// Every place move, newest first (central admin only).
#[utoipa::path(operation_id = "list_place_moves", tag = "place_moves", security(("bearer" = [])),
    responses((status = 200, description = "The moves, newest first.", body = Vec<PlaceMove>),
        (status = 403, description = "Not the central admin.", body = Problem, content_type = "application/problem+json")))]
#[get("/place-moves")]
pub async fn list(
    Agent(agent): Agent,
    state: web::Data<AppState>,
) -> Result<web::Json<Vec<PlaceMove>>, ApiError> {
    move_places(&agent.actor()).into_result()?;
    let mut conn = msj_db::pool::connection(&state.pool).await?;
    let rows = msj_db::place_moves::list(&mut conn).await?;
    Ok(web::Json(
        rows.into_iter()
            .map(|(row, old, new)| dto::place_move(&row, old, new))
            .collect(),
    ))
}
