//! Public pages, server-rendered (SPEC §7): usable without JavaScript, with the DSFR styles.

mod page;

pub use page::escape;
mod stop_sms;

use actix_web::web;

/// Routes outside `/api`, registered before the web application's catch-all.
pub fn routes(cfg: &mut web::ServiceConfig) {
    cfg.service(stop_sms::short_link)
        .service(stop_sms::confirm)
        .service(stop_sms::stop);
}
