//! Public pages, server-rendered (SPEC §7): usable without JavaScript, with the DSFR styles.
//! « Préparer ma convocation » per place, the directory of services, « Comprendre ma
//! peine », « Investir ma réinsertion », the legal pages, STOP SMS, `robots.txt` and
//! `sitemap.xml`.

mod accessibility;
mod directory;
mod legal_notice;
mod not_found;
mod page;
mod place;
mod privacy;
mod reinsertion;
mod resources;
mod seo;
mod services;
mod stop_sms;
mod text;
mod understanding;

pub use text::escape;

use actix_web::web;

/// Routes outside `/api`, registered before the web application's catch-all.
pub fn routes(cfg: &mut web::ServiceConfig) {
    cfg.service(stop_sms::short_link)
        .service(stop_sms::confirm)
        .service(stop_sms::stop)
        .service(place::show)
        .service(services::list)
        .service(services::show)
        .service(understanding::show)
        .service(reinsertion::choose)
        .service(reinsertion::show)
        .service(legal_notice::show)
        .service(accessibility::show)
        .service(privacy::show)
        .service(seo::robots)
        .service(seo::sitemap);
}
