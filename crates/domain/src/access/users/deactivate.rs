//! Deactivating and reactivating agents (SPEC §11): the same reach as deleting them
//! (features §3.6), since a deactivated account is a deleted one that can come back.

use super::UserTarget;
use super::manager::{Manager, sees};
use crate::access::{Actor, Decision, DenialReason, require_charter};
use crate::roles::Role;

/// Deactivating or reactivating an agent. Never oneself; only admins for admins; local admins
/// and directors of greffe for the agents of their own service their role reaches; other
/// roles never.
pub fn deactivate_user<Id: Copy + Eq>(actor: &Actor<Id>, target: &UserTarget<Id>) -> Decision {
    let manager = Manager::of(actor.role);
    require_charter(actor)
        .and_then(|| {
            Decision::allow_if(
                !actor.is(target.user_id),
                DenialReason::CannotDeactivateSelf,
            )
        })
        .and_then(|| sees(actor, target))
        .and_then(|| Decision::allow_if(manager.is_some(), DenialReason::Forbidden))
        .and_then(|| {
            Decision::allow_if(
                target.role != Role::Admin || manager == Some(Manager::Admin),
                DenialReason::OnlyAdminsDeactivateAdmins,
            )
        })
        .and_then(|| {
            let reached = manager.is_some_and(|m| m.reaches(target.role));
            Decision::allow_if(reached, DenialReason::Forbidden)
        })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::roles::OrganizationType::{Spip, Tj};

    fn target(role: Role, organization_id: u8) -> UserTarget<u8> {
        UserTarget {
            user_id: 2,
            role,
            organization_id,
        }
    }

    #[test]
    fn managers_deactivate_within_their_reach() {
        let admin = Actor::sample(Role::Admin, Tj);
        assert!(deactivate_user(&admin, &target(Role::Admin, 99)).is_allowed());
        let local = Actor::sample(Role::LocalAdmin, Spip);
        assert!(deactivate_user(&local, &target(Role::Cpip, 10)).is_allowed());
        assert_eq!(
            deactivate_user(&local, &target(Role::Cpip, 11)),
            Decision::Denied(DenialReason::OutOfScope)
        );
        assert_eq!(
            deactivate_user(&local, &target(Role::Admin, 10)),
            Decision::Denied(DenialReason::OnlyAdminsDeactivateAdmins)
        );
        let director = Actor::sample(Role::DirGreffSap, Tj);
        assert_eq!(
            deactivate_user(&director, &target(Role::LocalAdmin, 10)),
            Decision::Denied(DenialReason::Forbidden)
        );
        assert!(deactivate_user(&director, &target(Role::GreffSap, 10)).is_allowed());
    }

    #[test]
    fn nobody_deactivates_themselves_and_other_roles_never() {
        let admin = Actor::sample(Role::Admin, Tj);
        let me = UserTarget {
            user_id: 1,
            role: Role::Admin,
            organization_id: 10,
        };
        assert_eq!(
            deactivate_user(&admin, &me),
            Decision::Denied(DenialReason::CannotDeactivateSelf)
        );
        let cpip = Actor::sample(Role::Cpip, Spip);
        assert!(!deactivate_user(&cpip, &target(Role::Cpip, 10)).is_allowed());
        let mut pending = Actor::sample(Role::Admin, Tj);
        pending.charter_accepted = false;
        assert_eq!(
            deactivate_user(&pending, &target(Role::Cpip, 10)),
            Decision::Denied(DenialReason::SecurityCharterNotAccepted)
        );
    }
}
