//! Slots of the slot-system types (SPEC §3): weekly templates (`/api/v1/slot-templates`),
//! their generation six months ahead, bulk creation and the list of slots (`/api/v1/slots`).

mod batch;
mod context;
mod dto;
mod edit;
mod extra_fields;
mod generation;
mod list;
mod month_view;
mod templates;

pub use dto::slot as slot_view;
pub use extra_fields::{booking_fields, booking_values};
pub use generation::{Generated, generate_all, generate_blocking, generate_parallel};

use utoipa_actix_web::service_config::ServiceConfig;

/// Routes under `/api/v1`.
pub fn routes(cfg: &mut ServiceConfig) {
    cfg.service(templates::list)
        .service(templates::create)
        .service(templates::update)
        .service(templates::delete_one)
        .service(templates::delete_many)
        .service(batch::create)
        .service(edit::close_many)
        .service(month_view::month_view)
        .service(list::list)
        .service(edit::resize)
        .service(edit::close_one)
        .service(extra_fields::list)
        .service(extra_fields::create)
        .service(extra_fields::remove)
        .service(extra_fields::set_value);
}
