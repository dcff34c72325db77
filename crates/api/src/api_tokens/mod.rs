//! Integrator API tokens (`/api/v1/api-tokens`, SPEC §8): administrators create a token for
//! a service, a role and scopes; its secret (`msj_…`) is shown once and stored as a SHA-256.
//! A request bearing it acts through the token's technical account, as that role in that
//! service, limited to its scopes and to `MSJ_API_TOKEN_RATE_LIMIT` requests a minute.

mod authenticate;
mod create;
mod dto;
mod list;
pub mod openapi;
mod rate_limit;
mod revoke;

pub use authenticate::{authenticate, caller_of};
pub use rate_limit::RateLimiter;

use utoipa_actix_web::service_config::ServiceConfig;

/// Routes under `/api/v1`.
pub fn routes(cfg: &mut ServiceConfig) {
    cfg.service(create::create)
        .service(list::list)
        .service(revoke::revoke);
}
