//! `GET /api/v1/stats/{table}`: one table of the statistics, in JSON or as a CSV file.

use actix_web::http::StatusCode;
use actix_web::http::header::{CONTENT_DISPOSITION, CONTENT_TYPE};
use actix_web::{HttpResponse, get, web};
use msj_contract::Problem;
use msj_contract::stats::StatsRow;
use msj_db::stats::Breakdown;
use msj_domain::stats::Tally;

use super::csv::document;
use super::figures::{figures, row, tally};
use super::read::{groups, month_key};
use super::target::StatsQuery;
use crate::ApiError;
use crate::app::AppState;
use crate::auth::Agent;

/// The tables: (path key, breakdown, first CSV column, file name part).
const TABLES: [(&str, Breakdown, &str, &str); 4] = [
    ("months", Breakdown::Month, "Mois", "mois"),
    (
        "appointment-types",
        Breakdown::AppointmentType,
        "Type de convocation",
        "types",
    ),
    ("places", Breakdown::Place, "Lieu", "lieux"),
    ("agents", Breakdown::Agent, "Agent", "agents"),
];

/// One table of the statistics (`months`, `appointment-types`, `places` or `agents`), with
/// the same parameters and permissions as `GET /stats`. With `format=csv`: a file for
/// spreadsheets (UTF-8 with BOM, `;` separator, French headers, rates with a decimal comma,
/// a last « Total » line).
#[utoipa::path(operation_id = "get_statistics_table", tag = "stats", security(("bearer" = [])),
    params(("table" = String, Path, description = "`months`, `appointment-types`, `places` or `agents`.", example = "months"), StatsQuery),
    responses((status = 200, description = "The rows (JSON), or the CSV file with `format=csv`.",
            content((Vec<StatsRow> = "application/json"), (String = "text/csv", example = "\u{feff}Mois;Convocations;Annulées;…\r\nmars 2027;8;1;…\r\n"))),
        (status = 400, description = "Bad month, reversed or too long period, bad service id or format.", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "The role reads no statistics, or not the national ones.", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "Unknown table or service, or another service than the caller's.", body = Problem, content_type = "application/problem+json")))]
#[get("/stats/{table}")]
pub async fn table(
    Agent(agent): Agent,
    state: web::Data<AppState>,
    path: web::Path<String>,
    query: web::Query<StatsQuery>,
) -> Result<HttpResponse, ApiError> {
    let (_, breakdown, column, file) = TABLES
        .into_iter()
        .find(|(key, ..)| *key == path.as_str())
        .ok_or_else(ApiError::not_found)?;
    let csv = match query.format.as_deref() {
        None | Some("json") => false,
        Some("csv") => true,
        Some(_) => {
            return Err(ApiError::new(
                StatusCode::BAD_REQUEST,
                "invalid_query",
                "Format inconnu : « json » ou « csv ».",
            ));
        }
    };
    let mut conn = msj_db::pool::connection(&state.pool).await?;
    let target = query.target(&agent, &mut conn, state.clock.now()).await?;
    let groups = groups(&mut conn, breakdown, &target).await?;
    let rows: Vec<StatsRow> = groups.iter().map(|group| row(breakdown, group)).collect();
    if !csv {
        return Ok(HttpResponse::Ok().json(rows));
    }
    let mut total = Tally::default();
    groups.iter().for_each(|group| total += tally(group));
    let name = format!(
        "statistiques-{file}-{}-{}.csv",
        month_key(target.period.from),
        month_key(target.period.to)
    );
    Ok(HttpResponse::Ok()
        .insert_header((CONTENT_TYPE, "text/csv; charset=utf-8"))
        .insert_header((
            CONTENT_DISPOSITION,
            format!("attachment; filename=\"{name}\""),
        ))
        .body(document(column, &rows, &figures(&total))))
}
