//! `GET /api/v1/divestments`: the requests addressed to or made by the caller's service.

use actix_web::http::StatusCode;
use actix_web::{get, web};
use msj_contract::Problem;
use msj_contract::divestments::DivestmentPage;
use serde::Deserialize;
use utoipa::IntoParams;

use super::view::render;
use crate::ApiError;
use crate::app::AppState;
use crate::appointments::zone_of;
use crate::auth::Agent;
use crate::pagination::Page;

/// Which requests.
#[derive(Debug, Deserialize, IntoParams)]
#[serde(deny_unknown_fields)]
pub struct DivestmentQuery {
    /// `incoming` (« Entrantes », to answer) or `outgoing` (« Sortantes », made by the service).
    direction: String,
    /// `pending` (« En cours », the default) or `done` (« Terminées »).
    status: Option<String>,
    /// Page number, from 1.
    page: Option<i64>,
    /// Page size, 1 to 100 (50 by default).
    per_page: Option<i64>,
}

/// The requests addressed to (`incoming`) or made by (`outgoing`) the caller's service, with
/// every source's answer, most recent first.
#[utoipa::path(operation_id = "list_divestments", tag = "divestments", security(("bearer" = [])),
    params(DivestmentQuery),
    responses((status = 200, description = "A page of requests.", body = DivestmentPage),
        (status = 400, description = "`invalid_query`.", body = Problem, content_type = "application/problem+json")))]
#[get("/divestments")]
pub async fn list(
    Agent(agent): Agent,
    state: web::Data<AppState>,
    query: web::Query<DivestmentQuery>,
) -> Result<web::Json<DivestmentPage>, ApiError> {
    let bad = |detail: &str| ApiError::new(StatusCode::BAD_REQUEST, "invalid_query", detail);
    let outgoing = match query.direction.as_str() {
        "incoming" => false,
        "outgoing" => true,
        _ => return Err(bad("direction : incoming ou outgoing.")),
    };
    let pending = match query.status.as_deref() {
        None | Some("pending") => true,
        Some("done") => false,
        Some(_) => return Err(bad("status : pending ou done.")),
    };
    if !agent.charter_accepted() {
        return Err(ApiError::new(
            StatusCode::FORBIDDEN,
            "charter_required",
            "Acceptez la charte de sécurité.",
        ));
    }
    let page = Page::read(query.page, query.per_page)?;
    let mut conn = msj_db::pool::connection(&state.pool).await?;
    let (rows, total) = msj_db::divestments::list(
        &mut conn,
        agent.organization.id,
        outgoing,
        pending,
        page.size,
        page.offset(),
    )
    .await?;
    let zone = zone_of(&agent.organization)?;
    Ok(web::Json(DivestmentPage {
        items: render(&mut conn, &rows, zone).await?,
        total,
        page: page.number,
        per_page: page.size,
    }))
}
