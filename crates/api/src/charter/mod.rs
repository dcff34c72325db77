//! The security charter (« Charte de sécurité »): versioned; an agent must accept the current
//! version before anything else.

mod handlers;
mod text;

pub use text::{CURRENT_VERSION, sections};

use utoipa_actix_web::service_config::ServiceConfig;

/// Routes under `/api/v1`.
pub fn routes(cfg: &mut ServiceConfig) {
    cfg.service(handlers::show).service(handlers::accept);
}
