//! Who manages tokens: the central admin for every service; a local admin for their own
//! service, with the roles they may give an agent they invite (features §3.6, reused);
//! nobody else. A token never manages tokens (the routes are closed to tokens).

use crate::access::users::invite;
use crate::access::{Actor, Decision, DenialReason, Scope, require_charter};
use crate::roles::{OrganizationType, Role};

/// The tokens the actor lists and revokes: every service's for the central admin, their
/// service's for a local admin, none otherwise.
pub fn manage_api_tokens<Id: Copy + Eq>(actor: &Actor<Id>) -> Scope<Id> {
    if !require_charter(actor).is_allowed() {
        return Scope::Nothing;
    }
    match actor.role {
        Role::Admin => Scope::Nationwide,
        Role::LocalAdmin => Scope::OwnOrganization,
        _ => Scope::Nothing,
    }
}

/// Creating a token acting as `role` in an organisation: as for inviting an agent with that
/// role there (`cannot_assign_role` for a role out of the actor's reach,
/// `role_not_allowed_for_organization` when it does not fit the service), for those who
/// manage tokens there (`forbidden` for the others, `out_of_scope` for another service).
pub fn create_api_token<Id: Copy + Eq>(
    actor: &Actor<Id>,
    role: Role,
    organization_id: Id,
    organization_type: OrganizationType,
) -> Decision {
    manage(actor, organization_id).and_then(|| {
        match invite(actor, role, organization_id, organization_type) {
            Decision::Denied(DenialReason::CannotInviteRole) => {
                Decision::Denied(DenialReason::CannotAssignRole)
            }
            decision => decision,
        }
    })
}

/// The roles the creation form offers for a service of `organization_type`: those
/// [`create_api_token`] allows in the actor's own service (or any service, for the central
/// admin), in [`Role::ALL`] order.
pub fn roles_offered_for_api_token<Id: Copy + Eq>(
    actor: &Actor<Id>,
    organization_type: OrganizationType,
) -> Vec<Role> {
    Role::ALL
        .into_iter()
        .filter(|role| {
            create_api_token(actor, *role, actor.organization_id, organization_type).is_allowed()
        })
        .collect()
}

/// Revoking a token of an organisation.
pub fn revoke_api_token<Id: Copy + Eq>(actor: &Actor<Id>, organization_id: Id) -> Decision {
    manage(actor, organization_id)
}

fn manage<Id: Copy + Eq>(actor: &Actor<Id>, organization_id: Id) -> Decision {
    require_charter(actor).and_then(|| match manage_api_tokens(actor) {
        Scope::Nothing => Decision::Denied(DenialReason::Forbidden),
        scope => Decision::allow_if(
            scope.includes(organization_id, actor.organization_id),
            DenialReason::OutOfScope,
        ),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::roles::OrganizationType::{Spip, Tj};
    use crate::roles::Role::*;

    fn denial(decision: Decision) -> Option<&'static str> {
        decision.into_result().err().map(DenialReason::code)
    }

    #[test]
    fn the_admin_creates_for_any_service_a_role_that_fits() {
        let admin = Actor::sample(Admin, Tj);
        assert!(create_api_token(&admin, Cpip, 99, Spip).is_allowed());
        assert!(create_api_token(&admin, Admin, 99, Tj).is_allowed());
        let wrong = create_api_token(&admin, Cpip, 99, Tj);
        assert_eq!(denial(wrong), Some("role_not_allowed_for_organization"));
        assert_eq!(manage_api_tokens(&admin), Scope::Nationwide);
    }

    #[test]
    fn a_local_admin_creates_for_their_service_only_below_admin() {
        let local = Actor::sample(LocalAdmin, Spip);
        assert!(create_api_token(&local, Cpip, 10, Spip).is_allowed());
        assert!(create_api_token(&local, LocalAdmin, 10, Spip).is_allowed());
        assert_eq!(
            denial(create_api_token(&local, Admin, 10, Spip)),
            Some("cannot_assign_role")
        );
        assert_eq!(
            denial(create_api_token(&local, Cpip, 11, Spip)),
            Some("out_of_scope")
        );
        assert_eq!(denial(revoke_api_token(&local, 11)), Some("out_of_scope"));
        assert!(revoke_api_token(&local, 10).is_allowed());
        assert_eq!(manage_api_tokens(&local), Scope::OwnOrganization);
        let offered = roles_offered_for_api_token(&local, Spip);
        assert!(offered.contains(&Cpip) && !offered.contains(&Admin) && !offered.contains(&Jap));
    }

    #[test]
    fn nobody_else_manages_tokens() {
        for (role, kind) in [
            (Cpip, Spip),
            (Dpip, Spip),
            (DirGreffSap, Tj),
            (Bex, Tj),
            (Jap, Tj),
        ] {
            let actor = Actor::sample(role, kind);
            assert_eq!(
                denial(create_api_token(&actor, role, 10, kind)),
                Some("forbidden")
            );
            assert_eq!(denial(revoke_api_token(&actor, 10)), Some("forbidden"));
            assert_eq!(manage_api_tokens(&actor), Scope::Nothing);
        }
        let unsigned = Actor {
            charter_accepted: false,
            ..Actor::sample(Admin, Tj)
        };
        let refused = create_api_token(&unsigned, Cpip, 10, Spip);
        assert_eq!(denial(refused), Some("security_charter_not_accepted"));
    }
}
