//! `GET /api/v1/api-tokens`.

use actix_web::http::StatusCode;
use actix_web::{get, web};
use msj_contract::Problem;
use msj_contract::api_tokens::ApiTokenPage;
use msj_domain::access::Scope;
use msj_domain::access::api_tokens::manage_api_tokens;
use serde::Deserialize;
use utoipa::IntoParams;

use super::dto;
use crate::ApiError;
use crate::app::AppState;
use crate::auth::Agent;
use crate::pagination::Page;

/// Page of the token list.
#[derive(Debug, Deserialize, IntoParams)]
#[serde(deny_unknown_fields)]
pub struct TokenQuery {
    /// Page number, from 1.
    #[param(example = 1)]
    page: Option<i64>,
    /// Page size, 1 to 100 (50 by default).
    #[param(example = 50)]
    per_page: Option<i64>,
}

/// The tokens the caller manages, newest first, revoked ones included: every service's for
/// the central admin, their service's for a local admin.
#[utoipa::path(
    operation_id = "list_api_tokens",
    tag = "api_tokens",
    security(("bearer" = [])),
    params(TokenQuery),
    responses(
        (status = 200, description = "A page of tokens (never their secrets).", body = ApiTokenPage),
        (status = 403, description = "The caller manages no tokens.", body = Problem, content_type = "application/problem+json"),
    )
)]
#[get("/api-tokens")]
pub async fn list(
    Agent(agent): Agent,
    state: web::Data<AppState>,
    query: web::Query<TokenQuery>,
) -> Result<web::Json<ApiTokenPage>, ApiError> {
    let page = Page::read(query.page, query.per_page)?;
    let organization = match manage_api_tokens(&agent.actor()) {
        Scope::Nationwide => None,
        Scope::OwnOrganization => Some(agent.organization.id),
        Scope::Organizations(_) | Scope::Nothing => {
            return Err(ApiError::new(
                StatusCode::FORBIDDEN,
                "forbidden",
                "Vous ne gérez pas de jetons d'API.",
            ));
        }
    };
    let mut conn = msj_db::pool::connection(&state.pool).await?;
    let (rows, total) =
        msj_db::api_tokens::page(&mut conn, organization, page.size, page.offset()).await?;
    Ok(web::Json(ApiTokenPage {
        items: dto::tokens(&mut conn, &rows).await?,
        total,
        page: page.number,
        per_page: page.size,
    }))
}
