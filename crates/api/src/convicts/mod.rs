//! Probationers (`/api/v1/convicts`).

mod create;
mod dto;
mod list;
mod show;

use utoipa_actix_web::service_config::ServiceConfig;

/// Routes under `/api/v1`.
pub fn routes(cfg: &mut ServiceConfig) {
    cfg.service(create::create)
        .service(list::list)
        .service(show::show);
}
