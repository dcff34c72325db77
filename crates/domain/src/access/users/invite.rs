//! Inviting new agents.

use super::manager::Manager;
use crate::access::{Actor, Decision, DenialReason, require_charter};
use crate::roles::{OrganizationType, Role};

/// Inviting an agent with `role` into an organisation. Admins: any service, any role; local
/// admins: their own service, any role but admin; directors of greffe: their own service,
/// neither admin nor local admin; others never. The role must also fit the organisation's
/// type (`role_not_allowed_for_organization`).
pub fn invite<Id: Copy + Eq>(
    actor: &Actor<Id>,
    role: Role,
    organization_id: Id,
    organization_type: OrganizationType,
) -> Decision {
    let manager = Manager::of(actor.role);
    require_charter(actor)
        .and_then(|| match manager {
            None => Decision::Denied(DenialReason::Forbidden),
            Some(Manager::Admin) => Decision::Allowed,
            Some(Manager::LocalAdmin | Manager::Director) => {
                Decision::allow_if(actor.belongs_to(organization_id), DenialReason::OutOfScope)
            }
        })
        .and_then(|| {
            let reached = manager.is_some_and(|m| m.reaches(role));
            Decision::allow_if(reached, DenialReason::CannotInviteRole)
        })
        .and_then(|| {
            Decision::allow_if(
                role.fits_organization_type(organization_type),
                DenialReason::RoleNotAllowedForOrganization,
            )
        })
}

/// The roles the invitation form offers for a service of `organization_type`: those
/// [`invite`] allows into the actor's own service (or any service, for an admin), in
/// [`Role::ALL`] order.
pub fn roles_offered_for_invitation<Id: Copy + Eq>(
    actor: &Actor<Id>,
    organization_type: OrganizationType,
) -> Vec<Role> {
    Role::ALL
        .into_iter()
        .filter(|role| invite(actor, *role, actor.organization_id, organization_type).is_allowed())
        .collect()
}
