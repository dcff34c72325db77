//! Reinsertion resources: the local admins keep those of their service, the central admin
//! any of them; every agent may read them (they are public).

use super::{Actor, Decision, DenialReason, require_charter};
use crate::roles::Role;

/// Adding resources (and the « Ressources de réinsertion » screen): local and central admins.
pub fn manage_resources<Id: Copy + Eq>(actor: &Actor<Id>) -> Decision {
    require_charter(actor).and_then(|| {
        Decision::allow_if(
            matches!(actor.role, Role::Admin | Role::LocalAdmin),
            DenialReason::Forbidden,
        )
    })
}

/// Changing or deleting a resource owned by `owner`: the central admin, or a local admin of
/// that service.
pub fn edit_resource<Id: Copy + Eq>(actor: &Actor<Id>, owner: Id) -> Decision {
    manage_resources(actor).and_then(|| {
        Decision::allow_if(
            actor.role == Role::Admin || actor.belongs_to(owner),
            DenialReason::Forbidden,
        )
    })
}

/// Reading the list in the API: any agent who accepted the charter.
pub fn read_resources<Id>(actor: &Actor<Id>) -> Decision {
    require_charter(actor)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::roles::OrganizationType::{Spip, Tj};
    use crate::roles::Role::*;

    #[test]
    fn local_admins_keep_their_own_and_admins_all() {
        let local = Actor::sample(LocalAdmin, Spip);
        assert!(manage_resources(&local).is_allowed());
        assert!(edit_resource(&local, 10).is_allowed());
        assert_eq!(
            edit_resource(&local, 11),
            Decision::Denied(DenialReason::Forbidden)
        );
        let admin = Actor::sample(Admin, Tj);
        assert!(edit_resource(&admin, 11).is_allowed());
    }

    #[test]
    fn other_roles_only_read() {
        for role in [Cpip, Dpip, SecretarySpip, Overseer] {
            let agent = Actor::sample(role, Spip);
            assert!(!manage_resources(&agent).is_allowed(), "{role:?}");
            assert!(!edit_resource(&agent, 10).is_allowed(), "{role:?}");
            assert!(read_resources(&agent).is_allowed(), "{role:?}");
        }
        assert!(!manage_resources(&Actor::sample(Jap, Tj)).is_allowed());
    }

    #[test]
    fn nothing_before_the_charter() {
        let actor = Actor {
            charter_accepted: false,
            ..Actor::sample(Admin, Tj)
        };
        assert_eq!(
            edit_resource(&actor, 10),
            Decision::Denied(DenialReason::SecurityCharterNotAccepted)
        );
        assert!(!read_resources(&actor).is_allowed());
    }
}
