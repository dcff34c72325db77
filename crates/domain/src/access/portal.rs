//! Inviting a probationer to their portal (features §2.14): the central admin, and the DPIP,
//! local admins, SPIP secretaries and SAP roles for the probationers their service follows;
//! a CPIP for the probationers they are the referent of.

use super::convicts::view_convict;
use super::{Actor, Decision, DenialReason};
use crate::roles::{Role, RoleGroup};

/// Sending (or sending again) the portal invitation of a probationer followed by
/// `followed_by`, whose referent is `referent`.
pub fn invite_to_portal<Id: Copy + Eq>(
    actor: &Actor<Id>,
    followed_by: &[Id],
    referent: Option<Id>,
) -> Decision {
    view_convict(actor, followed_by).and_then(|| {
        let allowed = match actor.role {
            Role::Admin | Role::Dpip | Role::LocalAdmin | Role::SecretarySpip => true,
            Role::Cpip => referent == Some(actor.user_id),
            role => role.group() == RoleGroup::Sap,
        };
        Decision::allow_if(allowed, DenialReason::Forbidden)
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::roles::OrganizationType;

    const OWN: u8 = 10;
    const OTHER: u8 = 20;
    const ME: u8 = 1;

    fn allowed(
        role: Role,
        kind: OrganizationType,
        followed_by: &[u8],
        referent: Option<u8>,
    ) -> bool {
        invite_to_portal(&Actor::sample(role, kind), followed_by, referent).is_allowed()
    }

    #[test]
    fn spip_managers_and_sap_roles_invite_their_services_probationers() {
        for role in [
            Role::Dpip,
            Role::LocalAdmin,
            Role::SecretarySpip,
            Role::Admin,
        ] {
            assert!(
                allowed(role, OrganizationType::Spip, &[OWN], None),
                "{role:?}"
            );
        }
        for role in [
            Role::Jap,
            Role::GreffSap,
            Role::DirGreffSap,
            Role::SecretaryCourt,
        ] {
            assert!(
                allowed(role, OrganizationType::Tj, &[OWN], None),
                "{role:?}"
            );
            assert!(
                !allowed(role, OrganizationType::Tj, &[OTHER], None),
                "{role:?}"
            );
        }
    }

    #[test]
    fn a_cpip_invites_only_their_own_probationers() {
        assert!(allowed(
            Role::Cpip,
            OrganizationType::Spip,
            &[OWN],
            Some(ME)
        ));
        assert!(!allowed(Role::Cpip, OrganizationType::Spip, &[OWN], None));
        assert!(!allowed(
            Role::Cpip,
            OrganizationType::Spip,
            &[OWN],
            Some(2)
        ));
    }

    #[test]
    fn bex_educators_and_others_never_invite() {
        for role in [
            Role::Bex,
            Role::Prosecutor,
            Role::GreffCo,
            Role::Educator,
            Role::Psychologist,
            Role::Overseer,
        ] {
            let kind = if role.group() == RoleGroup::Spip {
                OrganizationType::Spip
            } else {
                OrganizationType::Tj
            };
            assert!(!allowed(role, kind, &[OWN], Some(ME)), "{role:?}");
        }
    }

    #[test]
    fn another_services_probationer_is_out_of_scope() {
        let actor = Actor::sample(Role::Dpip, OrganizationType::Spip);
        assert_eq!(
            invite_to_portal(&actor, &[OTHER], None),
            Decision::Denied(DenialReason::OutOfScope)
        );
    }
}
