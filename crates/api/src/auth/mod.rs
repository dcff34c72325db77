//! Agent authentication: passwords, access tokens (JWT with `kid`), rotating refresh tokens
//! in an HttpOnly cookie, invitations and password resets, and the request principal.

pub mod common_passwords;
pub mod cookie;
pub mod jwt;
pub mod password;
pub mod principal;
pub mod secret_token;

mod invitation;
mod login;
mod logout;
mod me;
mod new_password;
mod one_time_link;
mod password_reset;
mod refresh;
pub(crate) mod session;
mod switch;

pub use principal::{Agent, Principal, SignedIn};

use utoipa_actix_web::service_config::ServiceConfig;

/// Routes under `/api/v1/auth` (not behind the charter gate).
pub fn routes(cfg: &mut ServiceConfig) {
    cfg.service(login::login)
        .service(refresh::refresh)
        .service(logout::logout)
        .service(me::me)
        .service(switch::switch)
        .service(switch::targets)
        .service(invitation::accept)
        .service(password_reset::request)
        .service(password_reset::confirm);
}
