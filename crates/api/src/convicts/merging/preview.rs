//! `GET /api/v1/convicts/merge-preview`.

use actix_web::{get, web};
use msj_contract::Problem;
use msj_contract::convicts::ConvictMerge;
use serde::Deserialize;
use utoipa::IntoParams;
use uuid::Uuid;

use crate::ApiError;
use crate::app::AppState;
use crate::auth::Agent;

/// The two records to merge.
#[derive(Debug, Deserialize, IntoParams)]
#[serde(deny_unknown_fields)]
pub struct MergeQuery {
    /// The record kept.
    kept: Uuid,
    /// The duplicate.
    duplicate: Uuid,
}

/// « Aperçu »: what merging `duplicate` into `kept` would move or delete, and what to check
/// first. Nothing is changed.
#[utoipa::path(
    operation_id = "preview_convict_merge",
    tag = "convicts",
    security(("bearer" = [])),
    params(MergeQuery),
    responses(
        (status = 200, description = "What the merge would do.", body = ConvictMerge),
        (status = 403, description = "`forbidden` (not the central admin) or `impersonation_forbidden`.", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "Unknown probationer.", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "`divestment_pending`: a transfer of the duplicate is pending.", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "`same_convict`, or an id that is not a UUID.", body = Problem, content_type = "application/problem+json"),
    )
)]
#[get("/convicts/merge-preview")]
pub async fn preview(
    Agent(agent): Agent,
    state: web::Data<AppState>,
    query: web::Query<MergeQuery>,
) -> Result<web::Json<ConvictMerge>, ApiError> {
    let mut conn = msj_db::pool::connection(&state.pool).await?;
    let (_, _, _, report) = super::prepare(&mut conn, &agent, query.kept, query.duplicate).await?;
    Ok(web::Json(report))
}
