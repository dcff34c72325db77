//! Operations endpoints: liveness, readiness and Prometheus metrics.

mod metrics;

use std::time::Duration;

use actix_web::http::StatusCode;
use actix_web::{get, web};
use msj_contract::Problem;
use msj_contract::status::Status;

use crate::ApiError;
use crate::app::AppState;
use crate::telemetry::pii::mask;

pub use metrics::prometheus;

/// Longest wait for the database in a readiness check.
const READY_TIMEOUT: Duration = Duration::from_secs(2);

fn ok() -> web::Json<Status> {
    web::Json(Status {
        status: "ok".into(),
        version: env!("CARGO_PKG_VERSION").into(),
    })
}

/// Liveness: the process answers. For the load balancer's health check.
#[utoipa::path(
    tag = "operations",
    responses((status = 200, description = "The process is alive.", body = Status))
)]
#[get("/health")]
pub async fn health() -> web::Json<Status> {
    ok()
}

/// Readiness: the database answers within 2 seconds. Take the replica out of rotation
/// otherwise.
#[utoipa::path(
    tag = "operations",
    responses(
        (status = 200, description = "Ready to serve.", body = Status),
        (status = 503, description = "The database does not answer.", body = Problem, content_type = "application/problem+json"),
    )
)]
#[get("/ready")]
pub async fn ready(state: web::Data<AppState>) -> Result<web::Json<Status>, ApiError> {
    let cause = match tokio::time::timeout(READY_TIMEOUT, msj_db::ping(&state.pool)).await {
        Ok(Ok(())) => return Ok(ok()),
        Ok(Err(error)) => error.to_string(),
        Err(_) => format!("no answer within {READY_TIMEOUT:?}"),
    };
    tracing::warn!(cause = %mask(&cause), "not ready: database unavailable");
    Err(ApiError::new(
        StatusCode::SERVICE_UNAVAILABLE,
        "database_unavailable",
        "La base de données ne répond pas.",
    ))
}
