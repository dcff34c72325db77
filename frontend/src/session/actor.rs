//! The signed-in agent as the permission rules of msj-domain see them, so that screens offer
//! only what the API will allow (the API still checks every request).

use msj_contract::auth::CurrentUser;
use msj_domain::access::Actor;

/// The actor of `user`; `None` for a role or service type this application does not know.
pub fn actor(user: &CurrentUser) -> Option<Actor<&str>> {
    Some(Actor {
        user_id: user.id.as_str(),
        role: user.role.parse().ok()?,
        organization_id: user.organization.id.as_str(),
        organization_type: user.organization.kind.parse().ok()?,
        charter_accepted: user.security_charter_accepted,
    })
}
