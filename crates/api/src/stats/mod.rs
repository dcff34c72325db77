//! Statistics (`/api/v1/stats`, features §2.11): per month, appointment type, place and agent,
//! of one service or of the country, read from the monthly figures the `stats.refresh` job
//! rebuilds every hour; each table also as CSV.

mod csv;
mod export;
mod figures;
mod read;
mod refresh;
mod target;

use utoipa_actix_web::service_config::ServiceConfig;

pub use refresh::{refresh, refresh_blocking};

/// Routes under `/api/v1`.
pub fn routes(cfg: &mut ServiceConfig) {
    cfg.service(read::statistics).service(export::table);
}
