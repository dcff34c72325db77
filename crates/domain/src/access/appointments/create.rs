//! Booking a new appointment (features §3.3 row "Create", §3.4; domain §4.6).

use crate::access::{Actor, Decision, DenialReason, require_charter};
use crate::appointment_types::{AppointmentTypeKey, bookable_by};
use crate::roles::{OrganizationType, Role, RoleGroup};

/// What a booking targets.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct BookingTarget<'a, Id> {
    /// The appointment type.
    pub kind: AppointmentTypeKey,
    /// The service owning the chosen place.
    pub place_organization_id: Id,
    /// The services following the probationer.
    pub convict_organizations: &'a [Id],
}

/// Booking: the role must offer the type; the place must belong to a service following the
/// probationer. Then inter-ressort BEX agents may book anywhere; BEX agents (BEX types), TJ
/// local admins and SAP agents (SAP types) and central admins need the probationer in their
/// jurisdiction; everyone else needs the place to be in their own service.
pub fn create_appointment<Id: Copy + Eq>(
    actor: &Actor<Id>,
    target: &BookingTarget<'_, Id>,
    jurisdiction: &[Id],
    inter_ressort: bool,
) -> Decision {
    let kind = target.kind;
    let in_jurisdiction = target
        .convict_organizations
        .iter()
        .any(|id| jurisdiction.contains(id));
    let tj_local_admin =
        actor.role == Role::LocalAdmin && actor.organization_type == OrganizationType::Tj;
    let needs_jurisdiction = match actor.role.group() {
        RoleGroup::Admin => true,
        RoleGroup::Bex => kind.in_bex_list(),
        RoleGroup::Sap => kind.in_sap_list(),
        RoleGroup::LocalAdmin => tj_local_admin && kind.in_sap_list(),
        RoleGroup::Spip => false,
    };
    require_charter(actor)
        .and_then(|| {
            Decision::allow_if(
                bookable_by(actor.role, actor.organization_type, kind),
                DenialReason::AppointmentTypeNotAllowed,
            )
        })
        .and_then(|| {
            Decision::allow_if(
                target
                    .convict_organizations
                    .contains(&target.place_organization_id),
                DenialReason::PlaceNotFollowingConvict,
            )
        })
        .and_then(|| {
            if actor.role.can_use_inter_ressort(inter_ressort) {
                Decision::Allowed
            } else if needs_jurisdiction {
                Decision::allow_if(in_jurisdiction, DenialReason::ConvictOutsideJurisdiction)
            } else {
                Decision::allow_if(
                    actor.belongs_to(target.place_organization_id),
                    DenialReason::PlaceOutOfReach,
                )
            }
        })
}
