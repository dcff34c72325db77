//! Moving an agent to another service of the same type (« mutation », features §2.10), and
//! switching one's own service within a headquarter.

use super::{Actor, Decision, DenialReason};
use crate::roles::{OrganizationType, Role};

/// Moving an agent of a service of type `from` into the service `to` (of type `to_type`):
/// the central admin, or a local admin of `to`; both services of the same type.
pub fn transfer_agent<Id: Copy + Eq>(
    actor: &Actor<Id>,
    from: OrganizationType,
    to: Id,
    to_type: OrganizationType,
) -> Decision {
    super::require_charter(actor).and_then(|| {
        if from != to_type {
            return Decision::Denied(DenialReason::Forbidden);
        }
        match actor.role {
            Role::Admin => Decision::Allowed,
            Role::LocalAdmin => Decision::allow_if(actor.belongs_to(to), DenialReason::OutOfScope),
            _ => Decision::Denied(DenialReason::Forbidden),
        }
    })
}

/// Switching one's own service (features §2.1, §3.6): the central admin to any service; a
/// SPIP local admin, an overseer or a psychologist to another SPIP of their headquarter.
pub fn switch_service<Id: Copy + Eq>(
    actor: &Actor<Id>,
    own_headquarter: Option<Id>,
    target_headquarter: Option<Id>,
    target_type: OrganizationType,
) -> Decision {
    super::require_charter(actor).and_then(|| match actor.role {
        Role::Admin => Decision::Allowed,
        Role::LocalAdmin | Role::Overseer | Role::Psychologist
            if actor.organization_type == OrganizationType::Spip =>
        {
            Decision::allow_if(
                own_headquarter.is_some()
                    && own_headquarter == target_headquarter
                    && target_type == actor.organization_type,
                DenialReason::OutOfScope,
            )
        }
        _ => Decision::Denied(DenialReason::Forbidden),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn central_and_local_admins_move_agents_between_services_of_a_type() {
        for role in Role::ALL {
            let kind = if role.fits_organization_type(OrganizationType::Spip) {
                OrganizationType::Spip
            } else {
                OrganizationType::Tj
            };
            let actor = Actor::sample(role, kind);
            let allowed = transfer_agent(&actor, kind, 10, kind).is_allowed();
            assert_eq!(
                allowed,
                matches!(role, Role::Admin | Role::LocalAdmin),
                "{role:?}"
            );
            let other_type = match kind {
                OrganizationType::Spip => OrganizationType::Tj,
                OrganizationType::Tj => OrganizationType::Spip,
            };
            assert!(!transfer_agent(&actor, other_type, 10, kind).is_allowed());
            if role == Role::LocalAdmin {
                assert_eq!(
                    transfer_agent(&actor, kind, 11, kind),
                    Decision::Denied(DenialReason::OutOfScope)
                );
            }
        }
    }

    #[test]
    fn services_are_switched_within_a_headquarter() {
        for role in Role::ALL {
            let kind = if role.fits_organization_type(OrganizationType::Spip) {
                OrganizationType::Spip
            } else {
                OrganizationType::Tj
            };
            let actor = Actor::sample(role, kind);
            let allowed = switch_service(&actor, Some(5), Some(5), kind).is_allowed();
            let expected = role == Role::Admin
                || (kind == OrganizationType::Spip
                    && matches!(role, Role::LocalAdmin | Role::Overseer | Role::Psychologist));
            assert_eq!(allowed, expected, "{role:?}");
            assert_eq!(
                switch_service(&actor, Some(5), Some(6), kind).is_allowed(),
                role == Role::Admin
            );
            assert_eq!(
                switch_service(&actor, None, None, kind).is_allowed(),
                role == Role::Admin
            );
            assert_eq!(
                switch_service(&actor, Some(5), Some(5), OrganizationType::Tj).is_allowed(),
                role == Role::Admin || (expected && kind == OrganizationType::Tj),
                "{role:?}: never to a service of another type"
            );
        }
    }
}
