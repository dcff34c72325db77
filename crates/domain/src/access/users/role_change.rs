//! Changing an agent's role.

use super::UserTarget;
use super::manager::{Manager, sees};
use crate::access::{Actor, Decision, DenialReason, require_charter};
use crate::roles::Role;

/// Giving `new_role` to an agent. Nobody changes their own role (gap (b) of features §4.6:
/// handlers call this whenever the submitted role differs from the current one). Admins:
/// anyone else; local admins: others of their service, not admins, never to admin;
/// directors of greffe and other roles: never. Whether `new_role` fits the target's
/// organisation is [`Role::check_organization_type`].
pub fn change_role<Id: Copy + Eq>(
    actor: &Actor<Id>,
    target: &UserTarget<Id>,
    new_role: Role,
) -> Decision {
    require_charter(actor)
        .and_then(|| {
            Decision::allow_if(!actor.is(target.user_id), DenialReason::CannotChangeOwnRole)
        })
        .and_then(|| sees(actor, target))
        .and_then(|| match Manager::of(actor.role) {
            Some(Manager::Admin) => Decision::Allowed,
            Some(manager @ Manager::LocalAdmin) => Decision::allow_if(
                manager.reaches(target.role),
                DenialReason::Forbidden,
            )
            .and_then(|| {
                Decision::allow_if(manager.reaches(new_role), DenialReason::CannotAssignRole)
            }),
            Some(Manager::Director) | None => Decision::Denied(DenialReason::Forbidden),
        })
}
