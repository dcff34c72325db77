//! Services, places and agendas: who may list and manage them (features §3.1, §3.5, §3.6).
//!
//! The *jurisdiction* of a service is itself plus the services linked to it (a TJ and its
//! SPIPs); callers pass it in, since it lives in the database.

use super::{Actor, Decision, DenialReason, Scope};
use crate::roles::Role;

/// The services an actor may list: the central admin every one; everyone else their
/// jurisdiction.
pub fn list_organizations<Id: Copy + Eq>(actor: &Actor<Id>, jurisdiction: &[Id]) -> Scope<Id> {
    match (actor.charter_accepted, actor.role) {
        (false, _) => Scope::Nothing,
        (true, Role::Admin) => Scope::Nationwide,
        (true, _) => Scope::Organizations(jurisdiction.to_vec()),
    }
}

/// Creating a service: the central admin only.
pub fn create_organization<Id: Copy + Eq>(actor: &Actor<Id>) -> Decision {
    super::require_charter(actor)
        .and_then(|| Decision::allow_if(actor.role == Role::Admin, DenialReason::Forbidden))
}

/// Changing a service's settings (zone, email, inter-ressort, quiet hours): the central admin.
pub fn edit_organization<Id: Copy + Eq>(actor: &Actor<Id>) -> Decision {
    create_organization(actor)
}

/// Creating, editing or archiving a place of `organization_id`: the central admin in their
/// jurisdiction; local admins, directors of greffe, JAP, greffe SAP and DPIP in their own
/// service.
pub fn manage_places<Id: Copy + Eq>(
    actor: &Actor<Id>,
    organization_id: Id,
    jurisdiction: &[Id],
) -> Decision {
    let own_service_roles = [
        Role::LocalAdmin,
        Role::DirGreffBex,
        Role::Jap,
        Role::DirGreffSap,
        Role::GreffSap,
        Role::Dpip,
    ];
    reach(actor, organization_id, jurisdiction, &own_service_roles)
}

/// Adding or renaming an agenda of a place of `organization_id`: the central admin in their
/// jurisdiction, local admins and greffe SAP in their own service.
pub fn manage_agendas<Id: Copy + Eq>(
    actor: &Actor<Id>,
    organization_id: Id,
    jurisdiction: &[Id],
) -> Decision {
    reach(
        actor,
        organization_id,
        jurisdiction,
        &[Role::LocalAdmin, Role::GreffSap],
    )
}

fn reach<Id: Copy + Eq>(
    actor: &Actor<Id>,
    organization_id: Id,
    jurisdiction: &[Id],
    own_service_roles: &[Role],
) -> Decision {
    super::require_charter(actor).and_then(|| {
        if actor.role == Role::Admin {
            Decision::allow_if(
                jurisdiction.contains(&organization_id),
                DenialReason::OutOfScope,
            )
        } else if own_service_roles.contains(&actor.role) {
            Decision::allow_if(actor.belongs_to(organization_id), DenialReason::OutOfScope)
        } else {
            Decision::Denied(DenialReason::Forbidden)
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::roles::OrganizationType;

    fn actor(role: Role) -> Actor<u8> {
        let organization_type = if role.fits_organization_type(OrganizationType::Spip) {
            OrganizationType::Spip
        } else {
            OrganizationType::Tj
        };
        Actor::sample(role, organization_type)
    }

    #[test]
    fn places_follow_the_matrix_over_the_nineteen_roles() {
        let managers = [
            Role::Admin,
            Role::LocalAdmin,
            Role::DirGreffBex,
            Role::Jap,
            Role::DirGreffSap,
            Role::GreffSap,
            Role::Dpip,
        ];
        for role in Role::ALL {
            let own = manage_places(&actor(role), 10, &[10, 11]);
            assert_eq!(own.is_allowed(), managers.contains(&role), "{role:?}");
            let linked = manage_places(&actor(role), 11, &[10, 11]);
            assert_eq!(
                linked.is_allowed(),
                role == Role::Admin,
                "{role:?} in a linked service"
            );
        }
        assert_eq!(
            manage_places(&actor(Role::Dpip), 11, &[10, 11]),
            Decision::Denied(DenialReason::OutOfScope)
        );
        assert_eq!(
            manage_places(&actor(Role::Cpip), 10, &[10]),
            Decision::Denied(DenialReason::Forbidden)
        );
    }

    #[test]
    fn agendas_belong_to_local_admins_and_greffe_sap() {
        for role in Role::ALL {
            let allowed = manage_agendas(&actor(role), 10, &[10]).is_allowed();
            assert_eq!(
                allowed,
                matches!(role, Role::Admin | Role::LocalAdmin | Role::GreffSap),
                "{role:?}"
            );
        }
    }

    #[test]
    fn only_the_central_admin_creates_services_and_lists_them_all() {
        for role in Role::ALL {
            assert_eq!(
                create_organization(&actor(role)).is_allowed(),
                role == Role::Admin,
                "{role:?}"
            );
        }
        assert_eq!(
            list_organizations(&actor(Role::Admin), &[10]),
            Scope::Nationwide
        );
        assert_eq!(
            list_organizations(&actor(Role::Cpip), &[10, 11]),
            Scope::Organizations(vec![10, 11])
        );
        let mut unsigned = actor(Role::Admin);
        unsigned.charter_accepted = false;
        assert_eq!(list_organizations(&unsigned, &[10]), Scope::Nothing);
        assert!(!create_organization(&unsigned).is_allowed());
    }
}
