//! Prometheus metrics at `/metrics`: request counts and latencies by route pattern (the
//! Swagger UI's files excepted).

use actix_web_prom::{PrometheusMetrics, PrometheusMetricsBuilder};

/// Builds the metrics middleware. Build it once and clone it into every worker so that all
/// workers share one registry.
pub fn prometheus() -> Result<PrometheusMetrics, String> {
    PrometheusMetricsBuilder::new("msj")
        .endpoint("/metrics")
        .mask_unmatched_patterns("UNMATCHED")
        .exclude_regex("^/api/docs")
        .build()
        .map_err(|error| error.to_string())
}
