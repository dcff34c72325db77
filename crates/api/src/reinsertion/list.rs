//! `GET /api/v1/reinsertion-resources`.

use actix_web::http::StatusCode;
use actix_web::{get, web};
use msj_contract::Problem;
use msj_contract::reinsertion::ReinsertionResourcePage;
use msj_domain::access::reinsertion::read_resources;
use msj_domain::departements;
use serde::Deserialize;

use super::dto;
use crate::ApiError;
use crate::app::AppState;
use crate::auth::Agent;
use crate::pagination::Page;

/// Filters of the list.
#[derive(Debug, Deserialize, utoipa::IntoParams)]
#[serde(deny_unknown_fields)]
pub struct ResourceQuery {
    /// Resources of this département only (`92`, `2A`, `974`…).
    departement: Option<String>,
    /// Page number, from 1.
    page: Option<i64>,
    /// Page size (at most 100).
    per_page: Option<i64>,
}

/// The reinsertion resources of every département, or of one, by département, category and
/// title; each says whether the caller may change it. Every agent may read them.
#[utoipa::path(operation_id = "list_reinsertion_resources", tag = "reinsertion", security(("bearer" = [])),
    params(ResourceQuery),
    responses((status = 200, description = "A page of resources.", body = ReinsertionResourcePage),
        (status = 400, description = "Unknown département or bad page.", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "The security charter is not accepted.", body = Problem, content_type = "application/problem+json")))]
#[get("/reinsertion-resources")]
pub async fn list(
    Agent(agent): Agent,
    state: web::Data<AppState>,
    query: web::Query<ResourceQuery>,
) -> Result<web::Json<ReinsertionResourcePage>, ApiError> {
    let actor = agent.actor();
    read_resources(&actor).into_result()?;
    let query = query.into_inner();
    let page = Page::read(query.page, query.per_page)?;
    let departement = query
        .departement
        .as_deref()
        .filter(|code| !code.trim().is_empty())
        .map(|code| {
            departements::check(code).map_err(|problem| {
                ApiError::new(StatusCode::BAD_REQUEST, "invalid_query", problem.detail)
            })
        })
        .transpose()?;
    let mut conn = msj_db::pool::connection(&state.pool).await?;
    let (rows, total) =
        msj_db::reinsertion::page(&mut conn, departement, page.size, page.offset()).await?;
    Ok(web::Json(ReinsertionResourcePage {
        items: rows
            .into_iter()
            .map(|row| dto::resource(row, &actor))
            .collect(),
        total,
        page: page.number,
        per_page: page.size,
    }))
}
