//! Reference data anyone may read: territories, time zones and public holidays (used by the
//! SPA's date pickers and by integrators to know which days can be booked).

mod holidays;
mod territories;

use utoipa_actix_web::service_config::ServiceConfig;

/// Routes of this area, under `/api/v1`.
pub fn routes(cfg: &mut ServiceConfig) {
    cfg.service(territories::list).service(holidays::list);
}
