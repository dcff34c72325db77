//! Place moves (« déménagements », domain §4.8): the central admin moves a place to a new
//! one of the same service from a date, at once and in one transaction; the list of moves.

mod dto;
mod list;
mod moving;

use utoipa_actix_web::service_config::ServiceConfig;

/// Routes under `/api/v1`.
pub fn routes(cfg: &mut ServiceConfig) {
    cfg.service(moving::move_place).service(list::list);
}
