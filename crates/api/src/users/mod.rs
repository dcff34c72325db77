//! Agents of the services: invitations, list, role changes, unlocking (`/api/v1/users`).

mod dto;
mod invite;
mod list;
mod unlock;
mod update;

use utoipa_actix_web::service_config::ServiceConfig;

/// Routes under `/api/v1`.
pub fn routes(cfg: &mut ServiceConfig) {
    cfg.service(invite::invite)
        .service(list::list)
        .service(update::update)
        .service(unlock::unlock);
}
