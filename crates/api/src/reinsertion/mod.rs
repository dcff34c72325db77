//! Reinsertion resources per département (`/api/v1/reinsertion-resources`): kept by the
//! local admins of each service (the central admin: all), shown on the public pages
//! « Investir ma réinsertion ».

mod dto;
mod input;
mod list;
mod write;

use utoipa_actix_web::service_config::ServiceConfig;

/// Routes under `/api/v1`.
pub fn routes(cfg: &mut ServiceConfig) {
    cfg.service(list::list)
        .service(write::create)
        .service(write::update)
        .service(write::delete);
}
