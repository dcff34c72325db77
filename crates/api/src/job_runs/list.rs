//! `GET /api/v1/job-runs`.

use actix_web::{get, web};
use msj_contract::Problem;
use msj_contract::job_runs::{JobCount, JobRun, JobRunPage};
use msj_db::jobs::JobRunRow;
use msj_domain::access::audit::read_job_runs;
use msj_domain::jobs::{count_label, job_label};
use serde::Deserialize;

use crate::ApiError;
use crate::app::AppState;
use crate::auth::Agent;
use crate::pagination::Page;

/// Page of the list.
#[derive(Debug, Deserialize, utoipa::IntoParams)]
#[serde(deny_unknown_fields)]
pub struct JobRunQuery {
    /// Page number, from 1.
    page: Option<i64>,
    /// Page size (at most 100).
    per_page: Option<i64>,
}

fn run(row: JobRunRow) -> JobRun {
    let counts = row
        .report
        .as_ref()
        .and_then(serde_json::Value::as_object)
        .map(|report| {
            report
                .iter()
                .filter_map(|(key, value)| {
                    value.as_i64().map(|value| JobCount {
                        key: key.clone(),
                        label: count_label(key).to_owned(),
                        value,
                    })
                })
                .collect()
        })
        .unwrap_or_default();
    JobRun {
        label: job_label(&row.job).to_owned(),
        job: row.job,
        period: row.period,
        started_at: row.started_at,
        finished_at: row.finished_at,
        counts,
    }
}

/// The runs of the periodic jobs (slot generation, transfers, purges, retention), newest
/// first, with what each did (central admins).
#[utoipa::path(operation_id = "list_job_runs", tag = "operations", security(("bearer" = [])),
    params(JobRunQuery),
    responses((status = 200, description = "A page of runs.", body = JobRunPage),
        (status = 400, description = "Bad page.", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "Central admins only.", body = Problem, content_type = "application/problem+json")))]
#[get("/job-runs")]
pub async fn list(
    Agent(agent): Agent,
    state: web::Data<AppState>,
    query: web::Query<JobRunQuery>,
) -> Result<web::Json<JobRunPage>, ApiError> {
    read_job_runs(&agent.actor()).into_result()?;
    let page = Page::read(query.page, query.per_page)?;
    let mut conn = msj_db::pool::connection(&state.pool).await?;
    let (rows, total) = msj_db::jobs::page(&mut conn, page.size, page.offset()).await?;
    Ok(web::Json(JobRunPage {
        items: rows.into_iter().map(run).collect(),
        total,
        page: page.number,
        per_page: page.size,
    }))
}
