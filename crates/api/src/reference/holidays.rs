//! `GET /api/v1/territories/{territory}/public-holidays?year=`.

use actix_web::http::StatusCode;
use actix_web::{get, web};
use chrono::Datelike;
use msj_contract::Problem;
use msj_contract::reference::{PublicHoliday, PublicHolidays};
use msj_domain::territories::{Territory, public_holidays};
use serde::Deserialize;
use utoipa::IntoParams;

use crate::ApiError;

/// Years for which holidays are computed.
const YEARS: std::ops::RangeInclusive<i32> = 1900..=2200;

/// Query of the holiday list.
#[derive(Debug, Deserialize, IntoParams)]
#[serde(deny_unknown_fields)]
pub struct HolidayQuery {
    /// Calendar year (1900–2200); the current year when absent.
    #[param(example = 2026)]
    year: Option<i32>,
}

/// Public holidays of a territory in a year: no appointment can be booked on them (except for
/// the types allowed on weekends and holidays).
#[utoipa::path(
    operation_id = "list_public_holidays",
    tag = "reference",
    params(
        ("territory" = String, Path, description = "Territory key, as listed by `GET /api/v1/territories`.", example = "reunion"),
        HolidayQuery,
    ),
    responses(
        (status = 200, description = "The holidays, by date.", body = PublicHolidays),
        (status = 400, description = "Unknown territory or invalid year.", body = Problem, content_type = "application/problem+json"),
    )
)]
#[get("/territories/{territory}/public-holidays")]
pub async fn list(
    territory: web::Path<Territory>,
    query: web::Query<HolidayQuery>,
) -> Result<web::Json<PublicHolidays>, ApiError> {
    let territory = territory.into_inner();
    let year = query.year.unwrap_or_else(|| chrono::Utc::now().year());
    if !YEARS.contains(&year) {
        return Err(ApiError::new(
            StatusCode::BAD_REQUEST,
            "invalid_query",
            format!(
                "L'année doit être comprise entre {} et {}.",
                YEARS.start(),
                YEARS.end()
            ),
        ));
    }
    let holidays = public_holidays(territory, year)
        .into_iter()
        .map(|holiday| PublicHoliday {
            date: holiday.date,
            name: holiday.name.to_owned(),
        })
        .collect();
    Ok(web::Json(PublicHolidays {
        territory: territory.key().to_owned(),
        year,
        holidays,
    }))
}
