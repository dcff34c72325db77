//! Probationers (`/api/v1/convicts`).

pub(crate) mod actions;
mod create;
mod dto;
mod list;
mod merging;
mod profile;
mod show;
mod update;

use utoipa_actix_web::service_config::ServiceConfig;

/// Routes under `/api/v1`.
pub fn routes(cfg: &mut ServiceConfig) {
    cfg.service(create::create)
        .service(merging::preview::preview)
        .service(merging::merge::merge)
        .service(list::list)
        .service(show::show)
        .service(actions::archive)
        .service(actions::unarchive)
        .service(actions::remove)
        .service(actions::assign)
        .service(actions::unassign)
        .service(update::update)
        .service(update::reactivate_sms);
}
