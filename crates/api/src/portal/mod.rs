//! The probationer portal's API (SPEC §7): sign-in with a one-time SMS code, sessions of
//! their own audience, the probationer's convocations, profile and SMS preference; and the
//! agents' side: the invitation SMS and what they share with their probationers. The SMS
//! worker sends the portal's messages ([`sending`]).

mod appointments;
mod code;
mod contact_sharing;
mod invitation;
mod me;
mod phone;
pub mod principal;
pub mod sending;
mod session;
mod verify;

use msj_contract::portal::PortalInvitation;
use msj_db::portal::accounts::PortalAccountRow;
use msj_domain::portal::MAX_INVITATIONS;
use utoipa_actix_web::service_config::ServiceConfig;

pub use principal::Probationer;

/// Routes under `/api/v1`: `portal/*` (outside the charter gate: probationers have none) and
/// the agents' invitation and contact sharing.
pub fn routes(cfg: &mut ServiceConfig) {
    cfg.service(code::send_code)
        .service(verify::verify)
        .service(session::refresh_session)
        .service(session::sign_out)
        .service(appointments::list)
        .service(me::me)
        .service(me::set_sms)
        .service(invitation::invite)
        .service(contact_sharing::read)
        .service(contact_sharing::write);
}

/// A probationer's portal as agents see it.
pub fn invitation_view(account: &PortalAccountRow) -> PortalInvitation {
    PortalInvitation {
        invitations: account.invitations,
        max_invitations: MAX_INVITATIONS,
        last_invited_at: account.last_invited_at,
        activated_at: account.activated_at,
    }
}
