//! Agents of the services: invitations, list, profiles, role changes, deletion, unlocking,
//! deactivation (`/api/v1/users`).

mod deactivation;
mod dto;
mod invite;
mod list;
mod mutation;
mod show;
mod unlock;
mod update;

use utoipa_actix_web::service_config::ServiceConfig;

pub use dto::role_label;

/// Routes under `/api/v1`.
pub fn routes(cfg: &mut ServiceConfig) {
    cfg.service(invite::invite)
        .service(list::list)
        .service(show::show)
        .service(show::remove)
        .service(update::update)
        .service(unlock::unlock)
        .service(deactivation::deactivate)
        .service(deactivation::reactivate)
        .service(mutation::move_agent);
}
