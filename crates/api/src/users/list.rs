//! `GET /api/v1/users`.

use actix_web::http::StatusCode;
use actix_web::{get, web};
use msj_contract::Problem;
use msj_contract::users::UserPage;
use msj_db::users::UserFilter;
use msj_domain::access::Scope;
use msj_domain::access::users::list_users;
use msj_domain::identity::search_key;
use serde::Deserialize;
use utoipa::IntoParams;
use uuid::Uuid;

use super::dto;
use crate::ApiError;
use crate::app::AppState;
use crate::auth::Agent;
use crate::pagination::Page;

/// Filters and page of the agent list.
#[derive(Debug, Deserialize, IntoParams)]
#[serde(deny_unknown_fields)]
pub struct UserQuery {
    /// Agents whose last name, first name or email address starts with this text (accents,
    /// case and hyphens ignored).
    #[param(example = "mart")]
    q: Option<String>,
    /// Agents of this service only; outside the caller's list, 404.
    organization_id: Option<Uuid>,
    /// Page number, from 1.
    #[param(example = 1)]
    page: Option<i64>,
    /// Page size, 1 to 100 (50 by default).
    #[param(example = 50)]
    per_page: Option<i64>,
}

/// The agents the caller may manage, by name: every service for the central admin, their own
/// service for local admins and directors of greffe; optionally one service, or a name search.
#[utoipa::path(
    operation_id = "list_users",
    tag = "users",
    security(("bearer" = [])),
    params(UserQuery),
    responses(
        (status = 200, description = "A page of agents.", body = UserPage),
        (status = 403, description = "The caller manages no agents.", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "`organization_id` names a service outside the caller's list.", body = Problem, content_type = "application/problem+json"),
    )
)]
#[get("/users")]
pub async fn list(
    Agent(agent): Agent,
    state: web::Data<AppState>,
    query: web::Query<UserQuery>,
) -> Result<web::Json<UserPage>, ApiError> {
    let page = Page::read(query.page, query.per_page)?;
    let scope = list_users(&agent.actor());
    let own = agent.organization.id;
    let organization = match (&scope, query.organization_id) {
        (Scope::Organizations(_) | Scope::Nothing, _) => {
            return Err(ApiError::new(
                StatusCode::FORBIDDEN,
                "forbidden",
                "Vous ne gérez pas d'agents.",
            ));
        }
        (_, Some(id)) if !scope.includes(id, own) => return Err(ApiError::not_found()),
        (_, Some(id)) => Some(id),
        (Scope::Nationwide, None) => None,
        (Scope::OwnOrganization, None) => Some(own),
    };
    let key = query
        .q
        .as_deref()
        .map(search_key)
        .filter(|key| !key.is_empty());
    let filter = UserFilter { organization, key };
    let mut conn = msj_db::pool::connection(&state.pool).await?;
    let (rows, total) = msj_db::users::list(&mut conn, &filter, page.size, page.offset()).await?;
    Ok(web::Json(UserPage {
        items: rows.iter().map(dto::user).collect(),
        total,
        page: page.number,
        per_page: page.size,
    }))
}
