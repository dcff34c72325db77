//! The month views of sorties d'audience (features §2.5, §3.3) and their extra fields
//! (domain §1.12): who sees which view, over which places, and who may change a value —
//! the reference checked nothing there (features §4.6 (a)).

use super::appointments::{AppointmentFacts, view_appointment};
use super::{Actor, Decision, DenialReason};
use crate::appointment_types::AppointmentTypeKey;
use crate::roles::{OrganizationType, Role, RoleGroup};

/// Viewing the month view of `kind`: the JAP view (Sortie d'audience SAP) for the central
/// admin, TJ local admins, SAP and BEX roles; the SPIP and SAP DDSE views for every role.
pub fn view_month<Id: Copy + Eq>(actor: &Actor<Id>, kind: AppointmentTypeKey) -> Decision {
    super::require_charter(actor).and_then(|| {
        let allowed = kind != AppointmentTypeKey::SortieAudienceSap
            || match actor.role.group() {
                RoleGroup::Admin | RoleGroup::Bex | RoleGroup::Sap => true,
                RoleGroup::LocalAdmin => actor.organization_type == OrganizationType::Tj,
                RoleGroup::Spip => false,
            };
        Decision::allow_if(allowed, DenialReason::Forbidden)
    })
}

/// Whether the role's month views cover its jurisdiction (its service and the linked ones)
/// rather than its own service only: the central admin, local admins, BEX and SAP roles.
pub fn month_view_covers_jurisdiction(role: Role) -> bool {
    matches!(
        role.group(),
        RoleGroup::Admin | RoleGroup::LocalAdmin | RoleGroup::Bex | RoleGroup::Sap
    )
}

/// Defining the extra fields of a TJ: the central admin, and the TJ's local admins.
pub fn manage_extra_fields<Id: Copy + Eq>(
    actor: &Actor<Id>,
    organization_id: Id,
    organization_type: OrganizationType,
) -> Decision {
    super::require_charter(actor).and_then(|| match actor.role {
        _ if organization_type != OrganizationType::Tj => Decision::Denied(DenialReason::Forbidden),
        Role::Admin => Decision::Allowed,
        Role::LocalAdmin => {
            Decision::allow_if(actor.belongs_to(organization_id), DenialReason::OutOfScope)
        }
        _ => Decision::Denied(DenialReason::Forbidden),
    })
}

/// Changing the value of an extra field of the service `field_organization_id` on an
/// appointment: whoever may see the appointment (ownership and habilitation, features §3.3),
/// in a jurisdiction that includes the field's service.
pub fn edit_extra_value<Id: Copy + Eq>(
    actor: &Actor<Id>,
    facts: &AppointmentFacts<'_, Id>,
    jurisdiction: &[Id],
    field_organization_id: Id,
) -> Decision {
    view_appointment(actor, facts, jurisdiction).and_then(|| {
        Decision::allow_if(
            jurisdiction.contains(&field_organization_id),
            DenialReason::Forbidden,
        )
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn actor(role: Role, organization_type: OrganizationType) -> Actor<u8> {
        Actor::sample(role, organization_type)
    }

    fn home(role: Role) -> OrganizationType {
        if role.fits_organization_type(OrganizationType::Tj) {
            OrganizationType::Tj
        } else {
            OrganizationType::Spip
        }
    }

    #[test]
    fn the_jap_view_is_for_courts_the_others_for_everyone() {
        for role in Role::ALL {
            let who = actor(role, home(role));
            let jap = view_month(&who, AppointmentTypeKey::SortieAudienceSap).is_allowed();
            let expected = !matches!(role.group(), RoleGroup::Spip);
            assert_eq!(jap, expected, "{role:?}");
            assert!(view_month(&who, AppointmentTypeKey::SortieAudienceSpip).is_allowed());
            assert!(view_month(&who, AppointmentTypeKey::SapDdse).is_allowed());
        }
        let spip_admin = actor(Role::LocalAdmin, OrganizationType::Spip);
        assert!(!view_month(&spip_admin, AppointmentTypeKey::SortieAudienceSap).is_allowed());
        assert!(month_view_covers_jurisdiction(Role::Bex));
        assert!(!month_view_covers_jurisdiction(Role::Cpip));
    }

    #[test]
    fn extra_fields_belong_to_the_central_admin_and_the_courts_local_admins() {
        for role in Role::ALL {
            let allowed = manage_extra_fields(&actor(role, home(role)), 10, OrganizationType::Tj)
                .is_allowed();
            assert_eq!(
                allowed,
                matches!(role, Role::Admin | Role::LocalAdmin),
                "{role:?}"
            );
        }
        let local = actor(Role::LocalAdmin, OrganizationType::Tj);
        assert_eq!(
            manage_extra_fields(&local, 11, OrganizationType::Tj),
            Decision::Denied(DenialReason::OutOfScope)
        );
        assert!(
            !manage_extra_fields(
                &actor(Role::Admin, OrganizationType::Tj),
                11,
                OrganizationType::Spip
            )
            .is_allowed()
        );
    }
}
