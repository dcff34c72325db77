//! Statistics (features §2.11): the central admin reads those of any service and the national
//! ones; the local admin and the directors (DPIP, directeurs de greffe) those of their own
//! service only.

use super::{Actor, Decision, DenialReason, require_charter};
use crate::roles::Role;

/// Roles that read the statistics of their own service.
const SERVICE_ROLES: [Role; 4] = [
    Role::LocalAdmin,
    Role::Dpip,
    Role::DirGreffBex,
    Role::DirGreffSap,
];

/// Whether `role` has a « Statistiques » page.
pub fn reads_stats(role: Role) -> bool {
    role == Role::Admin || SERVICE_ROLES.contains(&role)
}

/// Reading the statistics of `organization`: the central admin for any service, the roles of
/// [`SERVICE_ROLES`] for their own (another service is answered as absent).
pub fn read_service_stats<Id: Copy + Eq>(actor: &Actor<Id>, organization: Id) -> Decision {
    require_charter(actor)
        .and_then(|| Decision::allow_if(reads_stats(actor.role), DenialReason::Forbidden))
        .and_then(|| {
            Decision::allow_if(
                actor.role == Role::Admin || actor.belongs_to(organization),
                DenialReason::OutOfScope,
            )
        })
}

/// Reading the national statistics: the central admin only.
pub fn read_national_stats<Id>(actor: &Actor<Id>) -> Decision {
    require_charter(actor)
        .and_then(|| Decision::allow_if(actor.role == Role::Admin, DenialReason::Forbidden))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::roles::OrganizationType::{Spip, Tj};
    use crate::roles::Role::*;

    #[test]
    fn the_admin_reads_every_service_and_the_country() {
        let admin = Actor::sample(Admin, Tj);
        assert!(read_service_stats(&admin, 10).is_allowed());
        assert!(read_service_stats(&admin, 11).is_allowed());
        assert!(read_national_stats(&admin).is_allowed());
    }

    #[test]
    fn local_admins_and_directors_read_their_own_service_only() {
        for (role, kind) in [
            (LocalAdmin, Spip),
            (LocalAdmin, Tj),
            (Dpip, Spip),
            (DirGreffBex, Tj),
            (DirGreffSap, Tj),
        ] {
            let actor = Actor::sample(role, kind);
            assert!(read_service_stats(&actor, 10).is_allowed(), "{role:?}");
            assert_eq!(
                read_service_stats(&actor, 11),
                Decision::Denied(DenialReason::OutOfScope),
                "{role:?}"
            );
            assert_eq!(
                read_national_stats(&actor),
                Decision::Denied(DenialReason::Forbidden),
                "{role:?}"
            );
        }
    }

    #[test]
    fn other_roles_read_none() {
        for (role, kind) in [(Cpip, Spip), (SecretarySpip, Spip), (Jap, Tj), (Bex, Tj)] {
            let actor = Actor::sample(role, kind);
            assert!(!reads_stats(role), "{role:?}");
            assert_eq!(
                read_service_stats(&actor, 10),
                Decision::Denied(DenialReason::Forbidden),
                "{role:?}"
            );
        }
    }

    #[test]
    fn nothing_before_the_charter() {
        let actor = Actor {
            charter_accepted: false,
            ..Actor::sample(Admin, Tj)
        };
        assert_eq!(
            read_national_stats(&actor),
            Decision::Denied(DenialReason::SecurityCharterNotAccepted)
        );
        assert!(!read_service_stats(&actor, 10).is_allowed());
    }
}
