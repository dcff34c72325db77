//! `GET /api/v1/cities?q=`.

use actix_web::http::StatusCode;
use actix_web::{get, web};
use msj_contract::Problem;
use msj_contract::auth::OrganizationSummary;
use msj_contract::reference::City;
use msj_domain::identity::{MIN_SEARCH_CHARS, search_key};
use serde::Deserialize;
use utoipa::IntoParams;
use uuid::Uuid;

use crate::ApiError;
use crate::app::AppState;
use crate::auth::Agent;

/// Most towns answered.
const LIMIT: i64 = 20;

/// Query of the town search.
#[derive(Debug, Deserialize, IntoParams)]
#[serde(deny_unknown_fields)]
pub struct CityQuery {
    /// Start of the town's name (accents, case and hyphens ignored) or of its postcode; 3
    /// characters at least.
    #[param(example = "saint-den")]
    q: String,
}

/// Towns whose name or postcode starts with `q`, with their TJ and SPIP when they use MSJ
/// (for the residence of a probationer followed by an inter-ressort court).
#[utoipa::path(
    operation_id = "search_cities",
    tag = "reference",
    security(("bearer" = [])),
    params(CityQuery),
    responses(
        (status = 200, description = "At most 20 towns, by name.", body = Vec<City>),
        (status = 400, description = "`q` shorter than 3 characters.", body = Problem, content_type = "application/problem+json"),
    )
)]
#[get("/cities")]
pub async fn search(
    _agent: Agent,
    state: web::Data<AppState>,
    query: web::Query<CityQuery>,
) -> Result<web::Json<Vec<City>>, ApiError> {
    let key = search_key(&query.q);
    if key.chars().count() < MIN_SEARCH_CHARS {
        return Err(ApiError::new(
            StatusCode::BAD_REQUEST,
            "invalid_query",
            "Saisissez au moins 3 caractères.",
        ));
    }
    let mut conn = msj_db::pool::connection(&state.pool).await?;
    let cities = msj_db::cities::search(&mut conn, &key, LIMIT).await?;
    let ids: Vec<Uuid> = cities
        .iter()
        .flat_map(|city| city.organization_ids.clone())
        .collect();
    let organizations = msj_db::organizations::list(&mut conn, Some(&ids)).await?;
    Ok(web::Json(
        cities
            .into_iter()
            .map(|city| City {
                id: city.id.to_string(),
                services: organizations
                    .iter()
                    .filter(|org| city.organization_ids.contains(&org.id))
                    .map(|org| OrganizationSummary {
                        id: org.id.to_string(),
                        name: org.name.clone(),
                        kind: org.kind.clone(),
                    })
                    .collect(),
                name: city.name,
                zipcode: city.zipcode,
                insee_code: city.insee_code,
            })
            .collect(),
    ))
}
