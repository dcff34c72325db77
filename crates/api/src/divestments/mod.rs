//! Transfers of a probationer between services (`/api/v1/divestments`, SPEC §5).

mod answer;
mod create;
mod effects;
mod guard;
mod lists;
mod stalled;
mod town;
mod view;

use utoipa_actix_web::service_config::ServiceConfig;

pub use create::{Asked, request};
pub use guard::unless_pending;
pub use stalled::{Stalled, run as run_stalled};
pub use town::after_town_change;

/// Routes under `/api/v1`.
pub fn routes(cfg: &mut ServiceConfig) {
    cfg.service(create::create)
        .service(lists::list)
        .service(answer::answer);
}
