//! `GET /api/v1/users`.

use actix_web::http::StatusCode;
use actix_web::{get, web};
use msj_contract::Problem;
use msj_contract::users::UserPage;
use msj_domain::access::Scope;
use msj_domain::access::users::list_users;
use serde::Deserialize;
use utoipa::IntoParams;

use super::dto;
use crate::ApiError;
use crate::app::AppState;
use crate::auth::Agent;
use crate::pagination::Page;

/// Page of a list.
#[derive(Debug, Deserialize, IntoParams)]
#[serde(deny_unknown_fields)]
pub struct Pagination {
    /// Page number, from 1.
    #[param(example = 1)]
    page: Option<i64>,
    /// Page size, 1 to 100 (50 by default).
    #[param(example = 50)]
    per_page: Option<i64>,
}

/// The agents the caller may manage, by name: every service for the central admin, their own
/// service for local admins and directors of greffe.
#[utoipa::path(
    operation_id = "list_users",
    tag = "users",
    security(("bearer" = [])),
    params(Pagination),
    responses(
        (status = 200, description = "A page of agents.", body = UserPage),
        (status = 403, description = "The caller manages no agents.", body = Problem, content_type = "application/problem+json"),
    )
)]
#[get("/users")]
pub async fn list(
    Agent(agent): Agent,
    state: web::Data<AppState>,
    query: web::Query<Pagination>,
) -> Result<web::Json<UserPage>, ApiError> {
    let page = Page::read(query.page, query.per_page)?;
    let organization = match list_users(&agent.actor()) {
        Scope::Nationwide => None,
        Scope::OwnOrganization => Some(agent.organization.id),
        Scope::Organizations(_) | Scope::Nothing => {
            return Err(ApiError::new(
                StatusCode::FORBIDDEN,
                "forbidden",
                "Vous ne gérez pas d'agents.",
            ));
        }
    };
    let mut conn = msj_db::pool::connection(&state.pool).await?;
    let (rows, total) =
        msj_db::users::list(&mut conn, organization, page.size, page.offset()).await?;
    Ok(web::Json(UserPage {
        items: rows.iter().map(dto::user).collect(),
        total,
        page: page.number,
        per_page: page.size,
    }))
}
