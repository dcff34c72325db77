//! Broadcast alerts (`/api/v1/alerts`): the central admin writes them for a service and/or a
//! role; each agent concerned sees the unread ones at the top of the application and marks
//! them read.

mod admin;
mod dto;
mod input;
mod own;

use utoipa_actix_web::service_config::ServiceConfig;

/// Routes under `/api/v1`.
pub fn routes(cfg: &mut ServiceConfig) {
    cfg.service(own::unread)
        .service(own::mark_read)
        .service(admin::list)
        .service(admin::create)
        .service(admin::update)
        .service(admin::delete);
}
