//! Probationers (`/api/v1/convicts`).

mod create;
mod dto;
mod show;

use utoipa_actix_web::service_config::ServiceConfig;

/// Routes under `/api/v1`.
pub fn routes(cfg: &mut ServiceConfig) {
    cfg.service(create::create).service(show::show);
}
