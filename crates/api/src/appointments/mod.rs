//! Appointments (`/api/v1/appointments`): booking free-time types, reading, listing, the
//! transitions of the lifecycle and rescheduling.

mod context;
mod convocation;
mod create;
mod dto;
mod effects;
mod list;
mod options;
mod reschedule;
mod seats;
mod show;
mod transitions;

pub use context::{calendar_of, followers, load as load_appointment, local_midnight, zone_of};
pub use effects::{Writer, moment, reachable};

use utoipa_actix_web::service_config::ServiceConfig;

/// Routes under `/api/v1`.
pub fn routes(cfg: &mut ServiceConfig) {
    cfg.service(create::create)
        .service(options::options)
        .service(options::slots)
        .service(list::list)
        .service(show::show)
        .service(convocation::convocation)
        .service(transitions::fulfil)
        .service(transitions::miss)
        .service(transitions::excuse)
        .service(transitions::cancel)
        .service(transitions::rebook)
        .service(reschedule::reschedule);
}
