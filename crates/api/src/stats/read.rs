//! `GET /api/v1/stats`.

use actix_web::http::StatusCode;
use actix_web::{get, web};
use msj_contract::Problem;
use msj_contract::stats::{Statistics, StatsRow};
use msj_db::stats::{Breakdown, GroupRow};
use msj_domain::stats::Tally;

use super::figures::{figures, row, tally};
use super::target::{StatsQuery, Target};
use crate::ApiError;
use crate::app::AppState;
use crate::auth::Agent;

/// The groups of `breakdown` for `target`.
pub async fn groups(
    conn: &mut msj_db::pool::PooledConnection,
    breakdown: Breakdown,
    target: &Target,
) -> Result<Vec<GroupRow>, ApiError> {
    let organization = target.organization.as_ref().map(|row| row.id);
    let (from, to) = (target.period.from, target.period.to);
    Ok(msj_db::stats::group_sums(conn, breakdown, organization, from, to).await?)
}

/// The rows of `breakdown` for `target`.
pub async fn table(
    conn: &mut msj_db::pool::PooledConnection,
    breakdown: Breakdown,
    target: &Target,
) -> Result<Vec<StatsRow>, ApiError> {
    let rows = groups(conn, breakdown, target).await?;
    Ok(rows.iter().map(|group| row(breakdown, group)).collect())
}

/// `AAAA-MM` of the first day of a month.
pub fn month_key(date: chrono::NaiveDate) -> String {
    date.format("%Y-%m").to_string()
}

/// The figures of a service (by default the caller's) or of the country over a period of
/// months (by default the last 12), in all and per month, appointment type, place and agent.
/// Local admins, DPIP and directeurs de greffe read their own service's; the central admin
/// any service's and the national ones. The figures are those of the last hourly refresh.
#[utoipa::path(operation_id = "get_statistics", tag = "stats", security(("bearer" = [])),
    params(StatsQuery),
    responses((status = 200, description = "The statistics.", body = Statistics),
        (status = 400, description = "Bad month, reversed or too long period, bad service id, `format` other than `json`.", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "The role reads no statistics, or not the national ones.", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "Unknown service, or another service than the caller's.", body = Problem, content_type = "application/problem+json")))]
#[get("/stats")]
pub async fn statistics(
    Agent(agent): Agent,
    state: web::Data<AppState>,
    query: web::Query<StatsQuery>,
) -> Result<web::Json<Statistics>, ApiError> {
    if query
        .format
        .as_deref()
        .is_some_and(|format| format != "json")
    {
        return Err(ApiError::new(
            StatusCode::BAD_REQUEST,
            "invalid_query",
            "Le CSV s'obtient table par table : /api/v1/stats/{table}?format=csv.",
        ));
    }
    let mut conn = msj_db::pool::connection(&state.pool).await?;
    let target = query.target(&agent, &mut conn, state.clock.now()).await?;
    let month_groups = groups(&mut conn, Breakdown::Month, &target).await?;
    let mut total = Tally::default();
    month_groups.iter().for_each(|group| total += tally(group));
    let months = month_groups
        .iter()
        .map(|group| row(Breakdown::Month, group))
        .collect();
    let appointment_types = table(&mut conn, Breakdown::AppointmentType, &target).await?;
    let places = table(&mut conn, Breakdown::Place, &target).await?;
    let agents = table(&mut conn, Breakdown::Agent, &target).await?;
    let refreshed_at = msj_db::stats::refreshed_at(&mut conn).await?;
    Ok(web::Json(Statistics {
        organization_id: target.organization.as_ref().map(|o| o.id.to_string()),
        scope_label: target
            .organization
            .as_ref()
            .map_or_else(|| "National".to_owned(), |o| o.name.clone()),
        from: month_key(target.period.from),
        to: month_key(target.period.to),
        refreshed_at: refreshed_at.map(|at| at.to_rfc3339()),
        total: figures(&total),
        months,
        appointment_types,
        places,
        agents,
    }))
}
