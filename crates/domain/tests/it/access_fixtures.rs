//! Agents and targets shared by the permission tests.

use msj_domain::access::users::UserTarget;
use msj_domain::access::{Actor, Decision};
use msj_domain::roles::{OrganizationType, Role};

/// The actor's own organisation.
pub const OWN: u32 = 10;
/// Another organisation.
pub const OTHER: u32 = 20;

/// Agent 1 with `role` in organisation [`OWN`] of type `kind`, charter accepted.
pub fn actor_in(role: Role, kind: OrganizationType) -> Actor<u32> {
    Actor {
        user_id: 1,
        role,
        organization_id: OWN,
        organization_type: kind,
        charter_accepted: true,
    }
}

/// Agent 1 with `role` in organisation [`OWN`], a TJ when the role fits one, else a SPIP.
pub fn actor(role: Role) -> Actor<u32> {
    let kind = if role.fits_organization_type(OrganizationType::Tj) {
        OrganizationType::Tj
    } else {
        OrganizationType::Spip
    };
    actor_in(role, kind)
}

/// Agent 2 with `role` in `organization_id`.
pub fn target(role: Role, organization_id: u32) -> UserTarget<u32> {
    UserTarget {
        user_id: 2,
        role,
        organization_id,
    }
}

/// The actor as a target.
pub fn me(actor: &Actor<u32>) -> UserTarget<u32> {
    UserTarget {
        user_id: actor.user_id,
        role: actor.role,
        organization_id: actor.organization_id,
    }
}

/// `allowed`, or the denial code.
pub fn code(decision: Decision) -> &'static str {
    decision
        .into_result()
        .err()
        .map_or("allowed", |reason| reason.code())
}
