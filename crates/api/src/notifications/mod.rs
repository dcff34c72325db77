//! SMS: templates (`/api/v1/notification-templates`, central admins), gateways and the
//! worker that sends due messages.

pub mod gateway;
mod lists;
pub mod receipts;
pub(crate) mod sending;
mod templates;
pub mod worker;

use utoipa_actix_web::service_config::ServiceConfig;

/// Routes under `/api/v1`.
pub fn routes(cfg: &mut ServiceConfig) {
    cfg.service(receipts::receive)
        .service(lists::failing_numbers)
        .service(lists::outbox)
        .service(templates::preview)
        .service(templates::list)
        .service(templates::update)
        .service(templates::restore);
}
