//! Properties of the agent-management rules over random actors and targets.

use msj_domain::access::users::{
    UserTarget, change_role, delete_user, edit_user, invite, roles_offered_for_invitation,
    unlock_user, view_user,
};
use msj_domain::access::{Actor, Decision, DenialReason};
use msj_domain::roles::{OrganizationType, Role};
use proptest::prelude::*;

fn role() -> impl Strategy<Value = Role> {
    prop::sample::select(Role::ALL.to_vec())
}

fn kind() -> impl Strategy<Value = OrganizationType> {
    prop::sample::select(OrganizationType::ALL.to_vec())
}

fn actor() -> impl Strategy<Value = Actor<u8>> {
    (0u8..4, role(), 0u8..3, kind(), any::<bool>()).prop_map(
        |(user_id, role, organization_id, organization_type, charter_accepted)| Actor {
            user_id,
            role,
            organization_id,
            organization_type,
            charter_accepted,
        },
    )
}

fn target() -> impl Strategy<Value = UserTarget<u8>> {
    (0u8..4, role(), 0u8..3).prop_map(|(user_id, role, organization_id)| UserTarget {
        user_id,
        role,
        organization_id,
    })
}

fn decisions(actor: &Actor<u8>, target: &UserTarget<u8>, new_role: Role) -> [Decision; 5] {
    [
        view_user(actor, target),
        edit_user(actor, target),
        change_role(actor, target, new_role),
        delete_user(actor, target),
        unlock_user(actor, target),
    ]
}

proptest! {
    /// Before the charter is accepted, every rule answers `security_charter_not_accepted`.
    #[test]
    fn the_charter_comes_first(actor in actor(), target in target(), new_role in role()) {
        let actor = Actor { charter_accepted: false, ..actor };
        let denied = Decision::Denied(DenialReason::SecurityCharterNotAccepted);
        for decision in decisions(&actor, &target, new_role) {
            prop_assert_eq!(decision, denied);
        }
        let invitation = invite(&actor, new_role, target.organization_id, OrganizationType::Tj);
        prop_assert_eq!(invitation, denied);
    }

    /// Acting on an agent implies seeing them; nobody re-roles or deletes themselves; only
    /// admins delete admins.
    #[test]
    fn acting_needs_seeing(actor in actor(), target in target(), new_role in role()) {
        let [view, edit, change, delete, unlock] = decisions(&actor, &target, new_role);
        for decision in [edit, change, delete, unlock] {
            prop_assert!(!decision.is_allowed() || view.is_allowed());
        }
        if actor.is(target.user_id) {
            prop_assert!(!change.is_allowed());
            prop_assert!(!delete.is_allowed());
        }
        if target.role == Role::Admin && actor.role != Role::Admin {
            prop_assert!(!delete.is_allowed());
            prop_assert!(!change.is_allowed());
        }
        if change.is_allowed() && new_role == Role::Admin {
            prop_assert_eq!(actor.role, Role::Admin);
        }
    }

    /// The invitation form offers exactly the roles `invite` accepts into the own service.
    #[test]
    fn offered_roles_match_invite(actor in actor(), kind in kind()) {
        let offered = roles_offered_for_invitation(&actor, kind);
        for role in Role::ALL {
            let allowed = invite(&actor, role, actor.organization_id, kind).is_allowed();
            prop_assert_eq!(offered.contains(&role), allowed);
        }
    }
}
