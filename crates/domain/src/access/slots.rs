//! Slot templates and slots: who may manage them, and which slot-system types (features
//! §2.7, §3.5; domain §4.5).

use super::{Actor, Decision, DenialReason};
use crate::appointment_types::AppointmentTypeKey::{
    self, SapDdse, SortieAudienceSap, SortieAudienceSpip,
};
use crate::roles::{OrganizationType, Role};

/// Roles managing weekly templates, in their own service.
const TEMPLATE_ROLES: [Role; 7] = [
    Role::Admin,
    Role::LocalAdmin,
    Role::DirGreffBex,
    Role::Jap,
    Role::DirGreffSap,
    Role::GreffSap,
    Role::Dpip,
];

/// Roles managing slots (the central admin in their jurisdiction, the others in their own
/// service).
const SLOT_ROLES: [Role; 10] = [
    Role::Admin,
    Role::LocalAdmin,
    Role::DirGreffBex,
    Role::Jap,
    Role::DirGreffSap,
    Role::GreffSap,
    Role::SecretaryCourt,
    Role::Dpip,
    Role::SecretarySpip,
    Role::Overseer,
];

/// The slot-system types a role works with in a service of `organization_type`: the central
/// admin and BEX directors all three; SAP roles the SAP sortie; SPIP roles the SPIP sortie and
/// SAP DDSE; the overseer SAP DDSE; a local admin after its service's type.
pub fn slot_types_for(role: Role, organization_type: OrganizationType) -> Vec<AppointmentTypeKey> {
    match role {
        Role::Admin | Role::DirGreffBex => vec![SortieAudienceSap, SortieAudienceSpip, SapDdse],
        Role::Jap | Role::DirGreffSap | Role::GreffSap | Role::SecretaryCourt => {
            vec![SortieAudienceSap]
        }
        Role::Dpip | Role::SecretarySpip => vec![SortieAudienceSpip, SapDdse],
        Role::Overseer => vec![SapDdse],
        Role::LocalAdmin => match organization_type {
            OrganizationType::Tj => vec![SortieAudienceSap, SapDdse],
            OrganizationType::Spip => vec![SortieAudienceSpip, SapDdse],
        },
        _ => Vec::new(),
    }
}

/// Whether a place of a service of `organization_type` may hold slots of `kind`: the SAP
/// sortie in a TJ, the SPIP sortie in a SPIP, SAP DDSE anywhere.
pub fn fits_place(kind: AppointmentTypeKey, organization_type: OrganizationType) -> bool {
    match kind {
        SortieAudienceSap => organization_type == OrganizationType::Tj,
        SortieAudienceSpip => organization_type == OrganizationType::Spip,
        other => other == SapDdse,
    }
}

/// Where the slot or template is: its place's service and type, and the slot-system type.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SlotTarget<Id> {
    /// The place's service.
    pub organization_id: Id,
    /// That service's type.
    pub organization_type: OrganizationType,
    /// The slot-system type.
    pub kind: AppointmentTypeKey,
}

fn decide<Id: Copy + Eq>(
    actor: &Actor<Id>,
    target: &SlotTarget<Id>,
    roles: &[Role],
    admin_reach: &[Id],
) -> Decision {
    super::require_charter(actor).and_then(|| {
        if !roles.contains(&actor.role) {
            return Decision::Denied(DenialReason::Forbidden);
        }
        let in_reach = actor.belongs_to(target.organization_id)
            || (actor.role == Role::Admin && admin_reach.contains(&target.organization_id));
        if !in_reach {
            return Decision::Denied(DenialReason::OutOfScope);
        }
        let allowed = slot_types_for(actor.role, actor.organization_type).contains(&target.kind)
            && fits_place(target.kind, target.organization_type);
        Decision::allow_if(allowed, DenialReason::Forbidden)
    })
}

/// Viewing, creating, editing or deleting weekly templates: own service only.
pub fn manage_slot_templates<Id: Copy + Eq>(
    actor: &Actor<Id>,
    target: &SlotTarget<Id>,
) -> Decision {
    decide(actor, target, &TEMPLATE_ROLES, &[])
}

/// Listing, creating, resizing or closing slots: the central admin in `jurisdiction`, the
/// others in their own service.
pub fn manage_slots<Id: Copy + Eq>(
    actor: &Actor<Id>,
    target: &SlotTarget<Id>,
    jurisdiction: &[Id],
) -> Decision {
    decide(actor, target, &SLOT_ROLES, jurisdiction)
}

/// Whether the role manages slots at all (the slot list is empty otherwise).
pub fn lists_slots(role: Role) -> bool {
    SLOT_ROLES.contains(&role)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn actor(role: Role, organization_type: OrganizationType) -> Actor<u8> {
        Actor::sample(role, organization_type)
    }

    fn target(
        organization_id: u8,
        organization_type: OrganizationType,
        kind: AppointmentTypeKey,
    ) -> SlotTarget<u8> {
        SlotTarget {
            organization_id,
            organization_type,
            kind,
        }
    }

    #[test]
    fn slots_follow_the_matrix_over_the_nineteen_roles() {
        for role in Role::ALL {
            let home = if role.fits_organization_type(OrganizationType::Spip) {
                OrganizationType::Spip
            } else {
                OrganizationType::Tj
            };
            let ddse = target(10, home, SapDdse);
            let allowed = manage_slots(&actor(role, home), &ddse, &[10, 11]).is_allowed();
            let expected = matches!(
                role,
                Role::Admin
                    | Role::LocalAdmin
                    | Role::DirGreffBex
                    | Role::Dpip
                    | Role::SecretarySpip
                    | Role::Overseer
            );
            assert_eq!(allowed, expected, "{role:?} on SAP DDSE slots");
            let templates = manage_slot_templates(&actor(role, home), &ddse).is_allowed();
            let expected = matches!(
                role,
                Role::Admin | Role::LocalAdmin | Role::DirGreffBex | Role::Dpip
            );
            assert_eq!(templates, expected, "{role:?} on SAP DDSE templates");
        }
        let jap = actor(Role::Jap, OrganizationType::Tj);
        assert!(
            manage_slots(
                &jap,
                &target(10, OrganizationType::Tj, SortieAudienceSap),
                &[]
            )
            .is_allowed()
        );
        assert!(
            manage_slot_templates(&jap, &target(10, OrganizationType::Tj, SortieAudienceSap))
                .is_allowed()
        );
        let secretary = actor(Role::SecretaryCourt, OrganizationType::Tj);
        let sap = target(10, OrganizationType::Tj, SortieAudienceSap);
        assert!(manage_slots(&secretary, &sap, &[]).is_allowed());
        assert!(!manage_slot_templates(&secretary, &sap).is_allowed());
    }

    #[test]
    fn the_central_admin_reaches_the_jurisdiction_others_their_service() {
        let linked = target(11, OrganizationType::Spip, SortieAudienceSpip);
        assert!(
            manage_slots(
                &actor(Role::Admin, OrganizationType::Tj),
                &linked,
                &[10, 11]
            )
            .is_allowed()
        );
        assert_eq!(
            manage_slot_templates(&actor(Role::Admin, OrganizationType::Tj), &linked),
            Decision::Denied(DenialReason::OutOfScope)
        );
        assert_eq!(
            manage_slots(
                &actor(Role::Dpip, OrganizationType::Spip),
                &linked,
                &[10, 11]
            ),
            Decision::Denied(DenialReason::OutOfScope)
        );
    }

    #[test]
    fn types_fit_the_place_and_the_role() {
        assert!(!fits_place(SortieAudienceSap, OrganizationType::Spip));
        assert!(!fits_place(SortieAudienceSpip, OrganizationType::Tj));
        assert!(
            fits_place(SapDdse, OrganizationType::Tj)
                && fits_place(SapDdse, OrganizationType::Spip)
        );
        assert!(!fits_place(
            AppointmentTypeKey::SuiviSpip,
            OrganizationType::Spip
        ));
        let overseer = actor(Role::Overseer, OrganizationType::Spip);
        assert_eq!(
            manage_slots(
                &overseer,
                &target(10, OrganizationType::Spip, SortieAudienceSpip),
                &[]
            ),
            Decision::Denied(DenialReason::Forbidden)
        );
        assert_eq!(
            slot_types_for(Role::LocalAdmin, OrganizationType::Tj),
            [SortieAudienceSap, SapDdse]
        );
        assert!(slot_types_for(Role::Cpip, OrganizationType::Spip).is_empty());
    }
}
